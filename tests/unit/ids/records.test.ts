import assert from 'node:assert/strict';
import { ID_RECOGNIZERS } from '../../../electron/services/redaction/patterns/ids';
import { describe, it } from 'node:test';
import { ID_LABEL_RECOGNIZER } from '../../../electron/services/redaction/patterns/ids/id-label';
import { RECORD_RECOGNIZERS } from '../../../electron/services/redaction/patterns/ids/records';
import { usernameRecognizer } from '../../../electron/services/redaction/patterns/username';
import { phoneRecognizer } from '../../../electron/services/redaction/structured/phone';
import { mergeCandidates } from '../../../electron/services/redaction/merge';

// Two rules of one subtype may read the same value (a coded reference after "claim number"): the
// engine merges them into one finding, and so does this list.
const found = (text: string) =>
  RECORD_RECOGNIZERS.flatMap((r) => r.detect(text))
    .filter((c) => c.score >= 0.5)
    .map((c) => [c.subtype, text.slice(c.start, c.end)])
    .filter(([subtype, value], i, all) => all.findIndex(([s, v]) => s === subtype && v === value) === i);

describe('numbers that are personal because of their label', () => {
  it('finds medical record, bank account, sort code and customer numbers next to their labels', () => {
    const text = 'Patient MRN: 00458213. Sort code 20-32-06. Customer ID: AB-4471920.';
    assert.deepEqual(found(text), [
      ['MEDICAL_RECORD_NUMBER', '00458213'],
      ['UK_SORT_CODE', '20-32-06'],
      ['CUSTOMER_NUMBER', 'AB-4471920'],
    ]);
    assert.deepEqual(found('Paid from account no. 41926837 today.'), [['BANK_ACCOUNT', '41926837']]);
  });
  it("reads a student's matriculation number after its name, also with its school and year", () => {
    assert.deepEqual(found('Name: Ngozi Eze; Matric No: UNN/2019/123456; Dept: Pharmacy'), [
      ['CUSTOMER_NUMBER', 'UNN/2019/123456'],
    ]);
    assert.deepEqual(found('Matrikelnummer 4711234; 학번 20191234'), [
      ['CUSTOMER_NUMBER', '4711234'],
      ['CUSTOMER_NUMBER', '20191234'],
    ]);
    // Not a date or a page reference without the name.
    assert.deepEqual(found('see UNN/2019/123456 and page 12/2019/1234'), []);
  });
  it("reads a court's claim number, with the court's letters and the year in it, after its label", () => {
    assert.deepEqual(found('Re: Claim No. HQ23X01234 — Adebayo Holdings Ltd; claim number F00LS123'), [
      ['CUSTOMER_NUMBER', 'HQ23X01234'],
      ['CUSTOMER_NUMBER', 'F00LS123'],
    ]);
    assert.deepEqual(found('model AB12CD3456 in stock'), []);
  });
  it('reads a RIB (France, Morocco, Tunisia) after its name, scored higher when its key holds', () => {
    const rib = (text: string) =>
      RECORD_RECOGNIZERS.flatMap((r) => r.detect(text))
        .filter((c) => c.subtype === 'BANK_ACCOUNT' && c.score >= 0.5)
        .map((c) => [text.slice(c.start, c.end), c.score, !!c.validated]);
    // The key makes the number divisible by 97 (30004 00823 00012345678 19 is such a RIB).
    assert.deepEqual(rib('RIB : 30004 00823 00012345678 19'), [['30004 00823 00012345678 19', 1, true]]);
    assert.deepEqual(rib('mon RIB 30004008230001234567819'), [['30004008230001234567819', 1, true]]);
    // A Moroccan RIB whose key fails: still the account after its name, not validated.
    assert.deepEqual(rib('Beneficiary: F. Benali, RIB 230 780 0123456789012345 67, Casablanca'), [
      ['230 780 0123456789012345 67', 0.7, false],
    ]);
    // No "RIB" near, or a rib that is a bone: nothing.
    assert.deepEqual(rib('Reference 30004 00823 00012345678 19'), []);
    assert.deepEqual(rib('broken rib 12 weeks ago, 3 ribs in 2019'), []);
  });
  it('knows the short labels of staff numbers', () => {
    assert.deepEqual(found('Review for Daniel Kim (emp no. 44721): exceeds expectations. Staff ID: 0048812.'), [
      ['CUSTOMER_NUMBER', '44721'],
      ['CUSTOMER_NUMBER', '0048812'],
    ]);
    assert.deepEqual(found('HR ticket: Jonathan Pryce (emp. no. 88213) reported it; emp # 55120'), [
      ['CUSTOMER_NUMBER', '88213'],
      ['CUSTOMER_NUMBER', '55120'],
    ]);
    assert.deepEqual(found('The EMP 2024 conference had 12000 visitors.'), []);
    // A staff number whose prefix says what it is.
    assert.deepEqual(found('laptop assigned to Rebecca Otieno (EMP-00417); EID20931 too'), [
      ['CUSTOMER_NUMBER', 'EMP-00417'],
      ['CUSTOMER_NUMBER', 'EID20931'],
    ]);
    assert.deepEqual(found('the EMP-2024 roadmap; emp-00417'), []);
    // A soldier's service number and military ID.
    assert.deepEqual(found('Sgt. Marcus Reid, Service no. 25149873; military ID 30418827'), [
      ['CUSTOMER_NUMBER', '25149873'],
      ['CUSTOMER_NUMBER', '30418827'],
    ]);
  });
  it("takes any country's passport number after the word, Russia's series and number too", () => {
    assert.deepEqual(found('Name: ALEXANDER PETROV  DOB: 14 AUG 1979  PASSPORT: 7512345678'), [
      ['PASSPORT', '7512345678'],
    ]);
    assert.deepEqual(found('passport no. 4509 123456'), [['PASSPORT', '4509 123456']]);
    assert.deepEqual(found('passport 75 4829163, flight SU 2580'), [['PASSPORT', '75 4829163']]);
    // A French passport's two digits, two letters and five digits.
    assert.deepEqual(found('Ms. Fatou Diallo (passport 09AB12345) shall pay'), [['PASSPORT', '09AB12345']]);
    assert.deepEqual(found('part 09AB12345 is in stock'), []);
    // Right after its label, whatever else the digits pass for (this one also passes Canada's SIN check).
    const text = 'Passport number: 533812947';
    const merged = mergeCandidates(
      text,
      ID_RECOGNIZERS.flatMap((r) => r.detect(text)),
    ).map((c) => c.subtype);
    assert.deepEqual(merged, ['PASSPORT']);
    assert.deepEqual(found('Order 7512345678 ships tomorrow'), []);
  });
  it('knows a Brazilian account and branch with their check digit, where named', () => {
    assert.deepEqual(found('Banco do Brasil, agência 1234-5, conta corrente 12345-6, titular Fernanda Lima'), [
      ['BANK_ACCOUNT', '1234-5'],
      ['BANK_ACCOUNT', '12345-6'],
    ]);
    assert.deepEqual(found('Pedido 12345-6 enviado'), []);
  });
  it("knows a health insurer's member ID", () => {
    assert.deepEqual(found('Patient name: Rosa Martínez; Insurance ID: XWZ-99812-004; Group: 44102'), [
      ['CUSTOMER_NUMBER', 'XWZ-99812-004'],
    ]);
  });
  it("reads a label joined into a record's key as the label ('customer_id=88123', 'passport-number')", () => {
    assert.deepEqual(found('ERROR Payment failed for customer_id=88213 email=d.okafor@mail.com'), [
      ['CUSTOMER_NUMBER', '88213'],
    ]);
    assert.deepEqual(found('{"member_id": "55120882"} employee-id: 20931'), [
      ['CUSTOMER_NUMBER', '55120882'],
      ['CUSTOMER_NUMBER', '20931'],
    ]);
    // Not words glued without a sign.
    assert.deepEqual(found('customerid=88213'), []);
  });
  it("takes an account number right after its label over a phone's reading of it", () => {
    const text = 'Account Number: 004417789921';
    const all = [...ID_RECOGNIZERS, phoneRecognizer].flatMap((r) => r.detect(text));
    assert.deepEqual(
      mergeCandidates(text, all).map((c) => [c.type, c.subtype]),
      [['ID_NUMBER', 'BANK_ACCOUNT']],
    );
  });

  it("knows a policy's number in other languages and a professional's certificate", () => {
    assert.deepEqual(found('póliza 0077-8812-33; Certificate No. RN-448120'), [
      ['CUSTOMER_NUMBER', '0077-8812-33'],
      ['CUSTOMER_NUMBER', 'RN-448120'],
    ]);
  });

  it('reads a student number after "student no."', () => {
    assert.deepEqual(found('Amara Nwachukwu (student no. 20211847) of the University of Ibadan'), [
      ['CUSTOMER_NUMBER', '20211847'],
    ]);
  });
  it('knows the staff number of other languages', () => {
    assert.deepEqual(found('Jürgen Brandt, Personalnummer 004512, wohnhaft in München'), [
      ['CUSTOMER_NUMBER', '004512'],
    ]);
    assert.deepEqual(found('matricule 0045871 au service RH; personeelsnummer 88412'), [
      ['CUSTOMER_NUMBER', '0045871'],
      ['CUSTOMER_NUMBER', '88412'],
    ]);
  });
  it("reads a social security number of another country's shape after its name", () => {
    assert.deepEqual(found("SELECT * FROM users WHERE ssn = '850312-1234';"), [['SSN', '850312-1234']]);
    // The US shape is the US rule's to accept or turn down; a short number or a date is none.
    assert.deepEqual(found('SSN: 078-05-1120; ssn 2024; SSN 12/03/1985'), []);
  });
  it('reads a case number after its name whole, letters and all', () => {
    assert.deepEqual(found('Case no. 2022-CV-01873 was filed; Docket No. CV-2023-004512.'), [
      ['CASE_NUMBER', '2022-CV-01873'],
      ['CASE_NUMBER', 'CV-2023-004512'],
    ]);
    // A US federal court's number: the digits at its end alone would leave the rest readable.
    assert.ok(
      found('Case number 1:21-cv-04567 in SDNY').some(([s, v]) => s === 'CASE_NUMBER' && v === '1:21-cv-04567'),
    );
    assert.deepEqual(found('Az. 3 O 123/21 vom Landgericht Köln'), [['CASE_NUMBER', '3 O 123/21']]);
    // Not without its name.
    assert.deepEqual(found('The 2022-CV-01873 draft and release 1:21-cv-04567 of the tool.'), []);
  });
  it('knows the customer number of German, French, Dutch and Italian bills', () => {
    assert.deepEqual(found('Herr Möller, Kundennr. 4711-0815; Votre numéro client : 20458713.'), [
      ['CUSTOMER_NUMBER', '4711-0815'],
      ['CUSTOMER_NUMBER', '20458713'],
    ]);
    assert.deepEqual(found('klantnummer 55120882, codice cliente 0048812'), [
      ['CUSTOMER_NUMBER', '55120882'],
      ['CUSTOMER_NUMBER', '0048812'],
    ]);
  });
  it('knows policy, claim, badge and student numbers, also glued to "#" and dated', () => {
    assert.deepEqual(
      found(
        'Siobhan (employee #48213), insured by Geico policy #4420019877, claim #CLM-2024-778812, badge 77341, ' +
          'matrícula 2021104553.',
      ),
      [
        ['CUSTOMER_NUMBER', '48213'],
        ['CUSTOMER_NUMBER', '4420019877'],
        ['CUSTOMER_NUMBER', 'CLM-2024-778812'],
        ['CUSTOMER_NUMBER', '77341'],
        ['CUSTOMER_NUMBER', '2021104553'],
      ],
    );
    // A health plan's member ID in three dashed groups, and its group number.
    assert.deepEqual(found('my insurance member ID is XKJ-4402-991 and my group number is 00471; group number 3'), [
      ['CUSTOMER_NUMBER', 'XKJ-4402-991'],
      ['CUSTOMER_NUMBER', '00471'],
    ]);
    // A group number of seven digits and two dashed groups, which a phone word's "number" does not take.
    assert.deepEqual(found('Aetna member ID W482917365 and group number 0123456-010-00001'), [
      ['CUSTOMER_NUMBER', 'W482917365'],
      ['CUSTOMER_NUMBER', '0123456-010-00001'],
    ]);
    // "#" alone, or an ID label that is not one of these: a national ID failing its check stays out.
    assert.deepEqual(found('Issue #48213 and Turkish ID 10000000146.'), []);
  });
  it('knows dashed record numbers and the labels of health plans and insurance policies', () => {
    assert.deepEqual(
      found(
        'MRN: 4471-928-03\nHealth plan beneficiary number: HPB-88213477\nInsurance policy POL-2023-558812; ' +
          'subscriber ID 99120034',
      ),
      [
        ['MEDICAL_RECORD_NUMBER', '4471-928-03'],
        ['CUSTOMER_NUMBER', 'HPB-88213477'],
        ['CUSTOMER_NUMBER', 'POL-2023-558812'],
        ['CUSTOMER_NUMBER', '99120034'],
      ],
    );
    // Too few digits for a record number.
    assert.deepEqual(found('MRN 12-34'), []);
    // A US federal court's case number after the bare word, with its judge's initials.
    assert.deepEqual(found('Respondent: Walmart Inc.; Case 3:23-cv-01457-JD, N.D. Cal.'), [
      ['CASE_NUMBER', '3:23-cv-01457-JD'],
    ]);
    // An Indian university's register number after "roll no.".
    assert.deepEqual(found('Hi, this is Arjun Mehta, roll no. 21BCE1234 at VIT Vellore.'), [
      ['CUSTOMER_NUMBER', '21BCE1234'],
    ]);
    // An Indian hospital's unique health ID.
    assert.deepEqual(found('lab report for Mr. Anil Kumar Reddy (UHID 2023-045781) from Apollo'), [
      ['MEDICAL_RECORD_NUMBER', '2023-045781'],
    ]);
    // A claim number in dashed digit groups; a coded reference after "claim" or "policy" alone.
    assert.deepEqual(
      found('Claim number: 4471-22-0913. Your claim CLM-2024-55812 under policy POL-99812-A is approved.'),
      [
        ['CUSTOMER_NUMBER', '4471-22-0913'],
        ['CUSTOMER_NUMBER', 'CLM-2024-55812'],
        ['CUSTOMER_NUMBER', 'POL-99812-A'],
      ],
    );
    // Capitals glued to the digits after those words.
    assert.deepEqual(found('insured under Aetna policy W284719305; the policy ISO27001 applies'), [
      ['CUSTOMER_NUMBER', 'W284719305'],
    ]);
    // A year, a country or department code and a serial: all of it, not the serial alone.
    assert.deepEqual(found('Her student ID is 2023-FR-88412; employee ID: 2019-HR-00042.'), [
      ['CUSTOMER_NUMBER', '2023-FR-88412'],
      ['CUSTOMER_NUMBER', '2019-HR-00042'],
    ]);
    // Bare digits after those words alone are amounts and years as often; lower-case codes are none.
    assert.deepEqual(found('I claim 50000 dollars under policy 2019-2020; the claim abc-12345 was a test.'), []);
  });
  it('reports nothing without a label, or for placeholder digits', () => {
    assert.deepEqual(found('We shipped 00458213 units; the code 20-32-06 expired. Account no. 12345678.'), []);
  });
  it('a number named as an identifier is not read as a phone number', () => {
    const phones = (t: string) => phoneRecognizer.detect(t).map((c) => t.slice(c.start, c.end));
    assert.deepEqual(phones('Passport number: 533380006'), []);
    assert.deepEqual(phones('Account no. 0171 5555 555'), []);
    assert.deepEqual(phones('Passport office phone: 0171 5555 555'), ['0171 5555 555']);
    assert.deepEqual(phones('(UHID 2023-045781)'), []);
  });
});

describe('a number after the bare word "ID"', () => {
  const ids = (t: string) => ID_LABEL_RECOGNIZER.detect(t).map((c) => t.slice(c.start, c.end));
  it('takes five digits or more, with a short prefix', () => {
    assert.deepEqual(
      ids('Student Mei-Ling Chow (ID 20231187); Employee Ravi Shah (ID E-77213); Transaction ID: 88231776'),
      ['20231187', 'E-77213', '88231776'],
    );
  });
  it("leaves a count, an example, and a nationality's or country's ID to the national rules", () => {
    assert.deepEqual(
      ids('ID 5 and ID 12; ID 123456789; Turkish ID 10000000146, Emirates ID 784198512345671, Kenya ID 23456789'),
      [],
    );
    assert.deepEqual(ids('the idea 55123, Android 12345, balance ID -102161490'), []);
    // Idaho's ZIP code after a town.
    assert.deepEqual(ids('4417 Willow Creek Lane, Apt 12B, Boise, ID 83702.'), []);
  });
});

describe('account numbers in groups', () => {
  it('takes a grouped number after "account", not a short one or a card', () => {
    const found = (t: string) =>
      ID_RECOGNIZERS.flatMap((r) => r.detect(t))
        .filter((c) => c.subtype === 'BANK_ACCOUNT' && c.score >= 0.5)
        .map((c) => t.slice(c.start, c.end));
    assert.deepEqual(found('overcharged on my British Gas account 8500 1234 5678.'), ['8500 1234 5678']);
    assert.deepEqual(found('account 8772-1134-5590 is closed'), ['8772-1134-5590']);
    assert.deepEqual(found('account manager 555 1234 today; the 8500 1234 5678 order'), []);
    // A Russian account's 20 digits and a Mexican CLABE's 18 after their names; not a bare long number.
    assert.deepEqual(found('Beneficiary: Svetlana Morozova, account 40817810099910004312, BIK 044525225'), [
      '40817810099910004312',
    ]);
    assert.deepEqual(found('CLABE 032180000118359719 de BBVA'), ['032180000118359719']);
    assert.deepEqual(found('tracking 123456789012345678901 shipped; order 40817810099910004312'), []);
  });
});

describe('usernames', () => {
  const names = (t: string) => usernameRecognizer.detect(t).map((c) => t.slice(c.start, c.end));
  it('takes the value after a username or login label', () => {
    assert.deepEqual(names('Username: jsmith82, password: x. login=ana.k; user_id: 88123'), [
      'jsmith82',
      'ana.k',
      '88123',
    ]);
    // A label before a key=value pair: the account is the value, not the key.
    assert.deepEqual(names('Login: username=kpatel_91 password=x'), ['kpatel_91']);
    assert.deepEqual(names('login: user_id: 4471'), ['4471']);
  });
  it('takes an account name greeted or addressed as a person', () => {
    assert.deepEqual(names('Attention Keeley_Kuhic98, your new PIN is ready. Hi jsmith82! Dear mark.t_77,'), [
      'Keeley_Kuhic98',
      'jsmith82',
      'mark.t_77',
    ]);
    // A name, a model's version, a word and its e-mail address are not.
    assert.deepEqual(names('Hi Anna, hello GPT4 and v2.1; hi john.doe@example.com; Hello World'), []);
  });
  it('takes a bare "user" key only with "=" (logs and code), not a chat turn\'s "User:"', () => {
    assert.deepEqual(names('auth failed for user=jdoe ip=203.0.113.45; connect(host="h", user="etl")'), [
      'jdoe',
      'etl',
    ]);
    assert.deepEqual(names('User: summarise this thread. if user == admin: pass'), []);
    // A record's quoted "user" key with a quoted account: no chat turn. A person's name there is the name rules'.
    assert.deepEqual(names(`{"user": "dmitri.volkov", "ip": "94.25.171.3"} {'user': 'jdoe_88'}`), [
      'dmitri.volkov',
      'jdoe_88',
    ]);
    assert.deepEqual(names('{"user": "Anna Berg"} {"user": "admin"}'), []);
    // Code and contractions are no accounts; a possessive keeps its account.
    assert.deepEqual(names("userId: faker.string.uuid(), if the user isn't root, the user won't log in"), []);
    assert.deepEqual(names("user=jdoe's account"), ['jdoe']);
    // A variable named like an app in lower case; a word after "user".
    assert.deepEqual(names('file, function, line = tbinfo[-1]\n# these are user settable'), []);
    assert.deepEqual(names('LINE: mika.t, line id: mika.t'), ['mika.t', 'mika.t']);
  });
  it('takes an account name after the bare word in logs, but not a word', () => {
    assert.deepEqual(names('The server was accessed by user jsmith from 198.51.100.23; login a.kumar failed'), [
      'jsmith',
      'a.kumar',
    ]);
    // After "user id", also quoted, and after "logs in as".
    assert.deepEqual(names("Reset the token for user id 'nkhumalo'; the job logs in as svc_backup nightly."), [
      'nkhumalo',
      'svc_backup',
    ]);
    assert.deepEqual(names("The user 'interface' was logged in as expected."), []);
    // The speakers of a pasted chat log, not its roles.
    assert.deepEqual(
      names('[09:14] sam.k: hey\n[09:15] jordan_b: ok\n10:02 PM <Priya>: fine\n[10:03] System: joined'),
      ['sam.k', 'jordan_b', 'Priya'],
    );
    // The sides of a support chat are roles too.
    assert.deepEqual(names('[10:42] Agent: hello\n[10:43] Customer: hi\n[10:44] dana.k: ok'), ['dana.k']);
    // A log pasted on one line: two turns or more; a time before a heading is no turn.
    assert.deepEqual(names('Analyze this chat: [09:01] kevin_m: yo did u send it? [09:02] jess.w: got it thx'), [
      'kevin_m',
      'jess.w',
    ]);
    assert.deepEqual(names('meeting at [10:00] Agenda: budget'), []);
    // An IRC-style log without times: two nicks, or one that is no word; not HTML, nor a usage line's placeholder.
    assert.deepEqual(names('<jdoe> can someone reset my pw?\n<admin_kate> done'), ['jdoe', 'admin_kate']);
    assert.deepEqual(names('<kasia_w> the key is rotated'), ['kasia_w']);
    assert.deepEqual(names('<div> hello there\n<p> Some text</p>\n  <regex>  provide a regex\n<kevin> hi'), []);
    // The word for an account name in other languages, only before a handle's shape.
    assert.deepEqual(
      names('Ihr Benutzername lautet hschneider84. Votre compte utilisateur jgirard_75; su usuario es mgarcia_22'),
      ['hschneider84', 'jgirard_75', 'mgarcia_22'],
    );
    assert.deepEqual(names('Der Benutzer wurde gelöscht; le compte 12345 est fermé; usuario nuevo'), []);
    // The account a pasted command logs in as; not a shared account, nor prose about the flag.
    assert.deepEqual(
      names('docker login -u jdoe -p x\nmysql -u kpatel -p\npsql -U etl_ro -h db\nmysql -uroot -p\nthe ssh -l option'),
      ['jdoe', 'kpatel', 'etl_ro'],
    );
    assert.deepEqual(names('logged for username elmira.rolfson42 with password x; user name is required'), [
      'elmira.rolfson42',
    ]);
    assert.deepEqual(
      names(
        'user interface, account settings, the user experience, user admin, user authenticated, account permissions, ' +
          'User test.user+tag@sub.example.co.uk, the account SID AC12, account PIN, user ID, ' +
          'twilio: account sid AC2f8e3b9c0d1a4e5f6a7b8c9d0e1f2a3b',
      ),
      [],
    );
    // The head of an IBAN in groups, its check failing or not, is no account name.
    assert.deepEqual(names('payment to account DE27 1002 0500 0001 5067 59 is confirmed; account GB82 WEST 1234'), []);
  });
  it('takes an account name in a sentence, after "is" or what it is for', () => {
    assert.deepEqual(
      names(
        'My username on the portal is sk8er_grl_99. Username for the VPN: jdoe88; my gamertag is xXShadowXx ' +
          'and my handle is `ana_k`.',
      ),
      ['sk8er_grl_99', 'jdoe88', 'xXShadowXx', 'ana_k'],
    );
    assert.deepEqual(names('use the account name Gaylord_Skiles when you log in'), ['Gaylord_Skiles']);
    // Quoted before its host, as MySQL writes it.
    assert.deepEqual(names("Access denied for user 'billing_svc'@'10.0.3.17' (using password: YES)"), ['billing_svc']);
    assert.deepEqual(
      names('the username is required; the handle is broken; your login is the email address; Username for: later'),
      [],
    );
  });
  it("takes the account in a code comment's marker and a one-word commit trailer", () => {
    assert.deepEqual(
      names('# TODO(mkowalczyk): remove\n// FIXME(j.smith) later\nReviewed-by: tkoenig\nTODO(user): x; TODO(#123)'),
      ['mkowalczyk', 'j.smith', 'tkoenig'],
    );
    // A trailer with a full name is a person's (the name rules'), not an account.
    assert.deepEqual(names('Signed-off-by: Lena Fischer <lena@fischer.dev>'), []);
  });
  it("takes the user of a web server's access log line", () => {
    const log =
      '192.168.1.23 - jdoe [10/Oct/2023:13:55:36 -0700] "GET /api/users HTTP/1.1" 200 2326\n' +
      '10.0.0.5 - - [10/Oct/2023:13:55:37 +0000] "GET / HTTP/1.1" 200 12\n' +
      'fe80::1 ident42 mkowalski [01/Jan/2024:00:00:01 -0500] "POST /login HTTP/1.1" 302 0';
    assert.deepEqual(names(log), ['jdoe', 'ident42', 'mkowalski']);
    // Not a bracketed timestamp of another shape, nor one in the middle of a line.
    assert.deepEqual(names('build - step [10:55:36] done; see a b c [10/Oct/2023:13:55:36 -0700]'), []);
  });
  it("takes a payment service's customer and account ids", () => {
    const text = 'payment failed customer_id=cus_NffrFeUfNV2Hib account acct_1032D82eZvKYlo2C; cus_short, focus_area';
    assert.deepEqual(
      usernameRecognizer
        .detect(text)
        .filter((c) => c.subtype === 'CUSTOMER_NUMBER')
        .map((c) => text.slice(c.start, c.end)),
      ['cus_NffrFeUfNV2Hib', 'acct_1032D82eZvKYlo2C'],
    );
  });
  it('takes the account under a *_USER key and of a login line in a log', () => {
    assert.deepEqual(
      names('services:\n  db:\n    environment:\n      POSTGRES_USER: fjohnson\n      DB_USERNAME="ana.k"\n'),
      ['fjohnson', 'ana.k'],
    );
    // A nested "user" key of a config (indented: no chat turn), not a shared account or a sentence.
    assert.deepEqual(names('db:\n  host: prod-db.internal\n  user: svc_billing\n  password: x'), ['svc_billing']);
    assert.deepEqual(names('db:\n  user: root\nchat:\n  user: hello there\nuser: jdoe42'), []);
    assert.deepEqual(
      names(
        '[09:14:22] WARN Login failed for jessica.alvarez from 10.20.30.40\n' +
          'sshd[7]: Failed password for invalid user oracle from 1.2.3.4\nsshd[7]: Accepted publickey for jdoe from 5.6.7.8',
      ),
      ['jessica.alvarez', 'jdoe'],
    );
    assert.deepEqual(
      names('login attempt for user root; authentication failed for the account; MYSQL_USER: ${DB}'),
      [],
    );
    // A key after "failed for" is no account: its value follows.
    assert.deepEqual(names('ERROR auth failed for email=t.nguyen@vietbank.vn; login failed for user: 42'), []);
    // A key is short: a long run of capitals before "_USER" is not walked back over (a paste of
    // "A_USER_USER_USER..." would otherwise cost quadratic time).
    assert.deepEqual(names(`${'A'.repeat(70)}_USER: bob`), []);
  });
  it('takes a Windows domain account after a word that says it is one', () => {
    assert.deepEqual(
      names('Unlock AD account CORP\\jsmith; logged on as ACME\\svc_backup; runas /user:CONTOSO\\a.kumar cmd'),
      ['CORP\\jsmith', 'ACME\\svc_backup', 'CONTOSO\\a.kumar'],
    );
    // Not a path, a registry key, an escape in code, a shared account or a domain account without its word.
    assert.deepEqual(
      names('see C:\\Users\\Public; key HKLM\\Software\\Foo; print("ERROR\\nfailed"); user CORP\\Administrator'),
      [],
    );
    assert.deepEqual(names('the share is FILES\\reports now'), []);
  });

  it('takes a messenger account after the app name', () => {
    assert.deepEqual(
      names('Mr Li Wei (WeChat: liwei_sh88, QQ 123456789); Telegram @ana_k, Skype live:ana.k_1, Line ID: mika.t'),
      ['liwei_sh88', '123456789', 'ana_k', 'ana.k_1', 'mika.t'],
    );
    // A Skype id of the "live:.cid." form.
    assert.deepEqual(names('His Skype is live:.cid.5f1a2b3c4d'), ['cid.5f1a2b3c4d']);
    assert.deepEqual(
      names(
        'line 42: error; signal handler; the Telegram channel; join our Discord server; Discord webhook: https://x',
      ),
      [],
    );
  });
  it('takes the account name of a home directory path, but not a shared account', () => {
    assert.deepEqual(
      names(
        'File "/home/alice/project/main.py"; cd /Users/j.doe/Desktop; C:\\Users\\MariaG\\cv.docx; /mnt/c/Users/bob/x',
      ),
      ['alice', 'j.doe', 'MariaG', 'bob'],
    );
    assert.deepEqual(names('/home/runner/work/repo and C:\\Users\\Public\\x and ls /home/'), []);
    // Deployment and daemon accounts of a server's traceback ("/home/deploy/app/billing/charge.py").
    assert.deepEqual(names('/home/deploy/app/x.py /home/postgres/.psql_history /home/gitlab-runner/builds'), []);
  });
  it('leaves prose, e-mail addresses and unlabelled words alone', () => {
    assert.deepEqual(names('Username: required. user name: admin@example.com. Ask jsmith82.'), []);
    // A field's type in code or a schema.
    assert.deepEqual(names('def get_user(user_id: int) -> User: …; username: varchar(64)'), []);
  });
});
