// Contact, financial and network recognizers: valid values, broken checksums, edge cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardRecognizer, issuer, luhn } from '../../../electron/services/redaction/structured/card';
import { bicRecognizer } from '../../../electron/services/redaction/structured/bic';
import { cryptoRecognizer } from '../../../electron/services/redaction/structured/crypto';
import { dateRecognizer } from '../../../electron/services/redaction/structured/date';
import { emailRecognizer } from '../../../electron/services/redaction/structured/email';
import { ibanRecognizer } from '../../../electron/services/redaction/structured/iban';
import { STRUCTURED_RECOGNIZERS } from '../../../electron/services/redaction/structured';
import { ipRecognizer } from '../../../electron/services/redaction/structured/ip';
import { macRecognizer } from '../../../electron/services/redaction/structured/mac';
import { NATIONAL, phoneRecognizer, possibleIn } from '../../../electron/services/redaction/structured/phone';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { urlRecognizer } from '../../../electron/services/redaction/structured/url';
import { isTld } from '../../../electron/services/redaction/structured/tld';
import { handleRecognizer } from '../../../electron/services/redaction/structured/handle';
import { upiRecognizer } from '../../../electron/services/redaction/structured/upi';
import type { Recognizer } from '../../../electron/services/redaction/types';
import { seeded } from '../support/random';

const found = (r: Recognizer, text: string) =>
  r
    .detect(text)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end));

describe('email', () => {
  it('finds addresses with plus tags, subdomains, IDN and IP literals, without trailing punctuation', () => {
    assert.deepEqual(found(emailRecognizer, 'Mail ana.silva+work@mail.example.co.uk, or a@xn--d1acufc.xn--p1ai.'), [
      'ana.silva+work@mail.example.co.uk',
      'a@xn--d1acufc.xn--p1ai',
    ]);
    assert.deepEqual(found(emailRecognizer, 'ssh to user@192.168.1.100 now'), ['user@192.168.1.100']);
  });
  it('does not read the password and host of a URL as an address', () => {
    assert.deepEqual(found(emailRecognizer, 'postgres://admin:S3cr3tPw@db.internal.example.com:5432/prod'), []);
    assert.deepEqual(found(emailRecognizer, 'mysql://root:S3cureP@ss!@db.example.com/app'), []);
    assert.deepEqual(found(emailRecognizer, 'https://john@example.com/path and mailto:ana@example.org'), [
      'ana@example.org',
    ]);
  });
  it('leaves out the quotes, backticks or braces around an address', () => {
    // A SQL row: the opening quote became part of the address and "'" was left outside the placeholder.
    assert.deepEqual(
      found(emailRecognizer, "VALUES (1017, 'priya.raman@northwind.io', `ops@example.com`, {dev@example.org})"),
      ['priya.raman@northwind.io', 'ops@example.com', 'dev@example.org'],
    );
    // Inside the local part an apostrophe is the address's own.
    assert.deepEqual(found(emailRecognizer, "mail o'brien@example.ie"), ["o'brien@example.ie"]);
  });
  it("leaves out a log's key glued to an address, and keeps other '=' in a local part", () => {
    assert.deepEqual(
      found(emailRecognizer, 'user=k.mueller@contoso.de ip=10.0.0.1 to=ops@example.com customer_email=ana@example.org'),
      ['k.mueller@contoso.de', 'ops@example.com', 'ana@example.org'],
    );
    // A URL's path and query before the address in a web server's log.
    assert.deepEqual(found(emailRecognizer, '"GET /api/users/8812/profile?email=t.okafor@gmail.com HTTP/1.1"'), [
      't.okafor@gmail.com',
    ]);
    // A bounce address's '=' is its own: "jane" must stay inside the match.
    assert.deepEqual(found(emailRecognizer, 'bounce-123-jane=example.com@lists.example.net'), [
      'bounce-123-jane=example.com@lists.example.net',
    ]);
  });
  it('takes addresses written to escape scrapers, with the "at" in brackets or capitals', () => {
    assert.deepEqual(
      found(
        emailRecognizer,
        'write to jane [at] example [dot] com, john(at)gmail(dot)com or j.smith AT contoso DOT com; cc ana@example.org',
      ),
      ['jane [at] example [dot] com', 'john(at)gmail(dot)com', 'j.smith AT contoso DOT com', 'ana@example.org'],
    );
    // English "at", an unknown top-level domain, or no domain at all.
    assert.deepEqual(
      found(emailRecognizer, 'ana at example dot org; meet AT noon (at) the cafe; x [at] y [dot] notatld'),
      [],
    );
    // Tabs around the capital AT, and marks that share a space.
    assert.deepEqual(found(emailRecognizer, 'xx\tAT\tmail.example.com'), ['xx\tAT\tmail.example.com']);
    assert.deepEqual(found(emailRecognizer, 'see AT AT jane-info DOT info'), ['AT AT jane-info DOT info']);
  });
  it('takes an address spelled out in lower case when it looks like one, not English "at"', () => {
    assert.deepEqual(
      found(
        emailRecognizer,
        'reach me at john dot doe at gmail dot com, or j.smith at outlook.com; email: ana at contoso dot org; ' +
          'I am jdoe at gmail dot com',
      ),
      ['john dot doe at gmail dot com', 'j.smith at outlook.com', 'ana at contoso dot org', 'jdoe at gmail dot com'],
    );
    // English: a plain word before "at", a domain of no mail provider, no word about mail.
    assert.deepEqual(
      found(
        emailRecognizer,
        'look at this dot com bubble; we met at example.com; v2.0 at github.com; see you at 5 dot 30',
      ),
      [],
    );
  });
  it('finds the obfuscated addresses a plain scan of the whole text with the rule finds', () => {
    // The rule is tried only where an "at" mark ends a local part; the matches must be the same.
    const rule = new RegExp(
      String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?:[ \t]*[[({<][ \t]*[Aa][Tt][ \t]*[\])}>][ \t]*|[ \t]+AT[ \t]+)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:[ \t]*[[({<][ \t]*[Dd][Oo][Tt][ \t]*[\])}>][ \t]*|[ \t]+DOT[ \t]+|\.))+([A-Za-z]{2,24}))(?![A-Za-z0-9])`,
      'g',
    );
    const parts = ['jane', ' ', '[at]', '(at)', ' AT ', ' at ', 'example', '.', ' [dot] ', ' DOT ', 'com', 'org'];
    const more = ['(dot)', 'x', '-', '_', 'a.b', '\t', '<AT>', 'john99', 'AT', '((at))', 'c0m', 'info'];
    const pieces = [...parts, ...more];
    const next = seeded(42);
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = 3 + Math.floor(next() * 14); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)];
      const want = [...t.matchAll(rule)].filter((m) => isTld(m[3]!)).map((m) => `${m.index}:${m[0].length}`);
      const got = emailRecognizer
        .detect(t)
        .filter((c) => c.subtype === 'OBFUSCATED')
        .map((c) => `${c.start}:${c.end - c.start}`);
      assert.deepEqual(got, want, JSON.stringify(t));
    }
  });
  it('takes addresses on company networks and in documentation', () => {
    assert.deepEqual(
      found(
        emailRecognizer,
        'Author: Natasha Ivanova <n.ivanova@corp.example>, cc jdoe@fs01.corp.local, ops@billing.internal',
      ),
      ['n.ivanova@corp.example', 'jdoe@fs01.corp.local', 'ops@billing.internal'],
    );
  });
  it('rejects unfinished or fake domains', () => {
    assert.deepEqual(found(emailRecognizer, 'my email is info@presidio. and x@y.notatld'), []);
  });
  it('takes an address URL-encoded in a query string or a log line', () => {
    assert.deepEqual(
      found(emailRecognizer, 'GET /signup?email=nadia.haddad%40gmail.com&x=1; e=j.doe%40corp.example; 50%40off.now'),
      ['nadia.haddad%40gmail.com', 'j.doe%40corp.example'],
    );
  });
  it('takes an address glued to Chinese or Japanese text, without the text', () => {
    assert.deepEqual(found(emailRecognizer, '请发到邮箱wangwei@163.com。メールはtaro.tanaka@example.co.jpまで'), [
      'wangwei@163.com',
      'taro.tanaka@example.co.jp',
    ]);
    // A Latin or Cyrillic letter glued to it is still part of a longer word.
    assert.deepEqual(found(emailRecognizer, 'éwang@163.com'), []);
  });
  it('keeps UTF-16 offsets after emoji and combining characters', () => {
    const text = '👩‍💻 é̃ bob@example.com';
    const [c] = emailRecognizer.detect(text);
    assert.equal(text.slice(c!.start, c!.end), 'bob@example.com');
  });
});

describe('credit card', () => {
  it('implements Luhn and issuer ranges', () => {
    assert.equal(luhn('4111111111111111'), true);
    assert.equal(luhn('4111111111111112'), false);
    assert.equal(issuer('378282246310005'), 'AMEX');
    assert.equal(issuer('5555555555554444'), 'MASTERCARD');
    assert.equal(issuer('2223003122003222'), 'MASTERCARD');
  });
  it('finds grouped and compact numbers and never one that fails Luhn', () => {
    const text = '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881 but not 4012 8888 8888 1882';
    assert.deepEqual(found(cardRecognizer, text), ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']);
  });
  it('needs card context for unknown issuer ranges', () => {
    assert.deepEqual(found(cardRecognizer, 'ref 213176828496175'), []);
    // Not digits after a letter: a driving licence "D4817-29305-71642" holds a run that passes Luhn.
    assert.deepEqual(
      found(cardRecognizer, "My driver's license number is D4817-29305-71642 and it expires next June."),
      [],
    );
    assert.deepEqual(found(cardRecognizer, 'CC#4111111111111111'), ['4111111111111111']);
    assert.deepEqual(found(cardRecognizer, 'my card 213176828496175 is lost'), ['213176828496175']);
  });
  it('finds a card followed by other digits', () => {
    assert.deepEqual(found(cardRecognizer, 'Order #4532015112830366-001 paid'), ['4532015112830366']);
  });
  it('does not take mixed separators or repeated digits', () => {
    assert.deepEqual(found(cardRecognizer, '4012-8888 8888.1881 0000000000000000'), []);
  });
  it('takes no part of a number written in fours that fails the check for a card; two cards in a row stay two', () => {
    // "0151 1283 0367" passes Luhn on its own: it is the end of a mistyped card number.
    assert.deepEqual(found(cardRecognizer, 'card number: 4532 0151 1283 0367 (one digit is wrong)'), []);
    assert.deepEqual(found(cardRecognizer, 'cards 4111 1111 1111 1111 5555 5555 5555 4444'), [
      '4111 1111 1111 1111',
      '5555 5555 5555 4444',
    ]);
  });
});

describe('IBAN', () => {
  it('validates mod-97 and the country length, compact or grouped, in any case', () => {
    assert.deepEqual(found(ibanRecognizer, 'Pay DE89 3704 0044 0532 0130 00 now'), ['DE89 3704 0044 0532 0130 00']);
    assert.deepEqual(found(ibanRecognizer, 'GB82WEST12345698765432'), ['GB82WEST12345698765432']);
    assert.deepEqual(found(ibanRecognizer, 'my iban is gb42nawi04454264788619'), ['gb42nawi04454264788619']);
  });
  it('never reports an IBAN that fails its checksum', () => {
    assert.deepEqual(found(ibanRecognizer, 'DE89 3704 0044 0532 0130 01 and AL47 212A 1009 0000 0002 3569 8741'), []);
  });
  it('does not swallow the next word', () => {
    assert.deepEqual(found(ibanRecognizer, 'GB82 WEST 1234 5698 7654 32 AND MORE'), ['GB82 WEST 1234 5698 7654 32']);
  });
  it('finds an IBAN after words that start an IBAN-shaped match which fails', () => {
    // "es 00384-221 y su cuenta ES91…" matches the rule from "es" (Spain's code and two digits).
    assert.deepEqual(
      found(ibanRecognizer, 'su número de cliente es 00384-221 y su cuenta ES91 2100 0418 4502 0005 1332.'),
      ['ES91 2100 0418 4502 0005 1332'],
    );
    assert.deepEqual(found(ibanRecognizer, 'code AB 12 GB33 BUKB 2020 1555 5555 55'), ['GB33 BUKB 2020 1555 5555 55']);
    assert.deepEqual(found(ibanRecognizer, 'nr NL 12 NL91 ABNA 0417 1643 00, dank'), ['NL91 ABNA 0417 1643 00']);
  });
  it('finds an IBAN that starts a few words after the one before it', () => {
    // The first match runs on over "to NL91 ABNA 04…" before it is cut to France's length.
    assert.deepEqual(
      found(ibanRecognizer, 'from IBAN FR76 3000 6000 0112 3456 7890 189 to NL91 ABNA 0417 1643 00 on 1 March'),
      ['FR76 3000 6000 0112 3456 7890 189', 'NL91 ABNA 0417 1643 00'],
    );
  });
});

describe('phone', () => {
  it('finds a number read out in words after a phone word, or ten digit words anywhere', () => {
    assert.deepEqual(found(phoneRecognizer, 'Call me at five five five, one two three, four five six seven. Thanks!'), [
      'five five five, one two three, four five six seven',
    ]);
    assert.deepEqual(found(phoneRecognizer, 'it is oh seven seven zero zero - nine zero zero one two three'), [
      'oh seven seven zero zero - nine zero zero one two three',
    ]);
    // Listed after an e-mail address, as contact details are: a phone without its word.
    assert.deepEqual(found(phoneRecognizer, 'guardian Lucía López (lucia.lopez@yahoo.es, 622 45 78 90).'), [
      '622 45 78 90',
    ]);
    assert.deepEqual(found(phoneRecognizer, 'mail me at a@b.com, 12 34 56 78 are the codes'), []);
    // Digits written one by one with blanks between them: the whole number, not its first seven.
    assert.deepEqual(found(phoneRecognizer, 'my number is 0 7 7 0 0 9 0 0 4 6 1'), ['0 7 7 0 0 9 0 0 4 6 1']);
    // "double" and "triple" say a digit twice or three times, as people read numbers out.
    assert.deepEqual(found(phoneRecognizer, 'call me on oh seven seven double oh nine double eight three two one'), [
      'oh seven seven double oh nine double eight three two one',
    ]);
    // Counting is no number: too few words without a phone word, a word that is no digit, or a word's piece.
    assert.deepEqual(found(phoneRecognizer, 'one two three four five six seven'), []);
    assert.deepEqual(found(phoneRecognizer, 'one two three four five six seven eight nine ten apples'), []);
    assert.deepEqual(found(phoneRecognizer, 'call someone two three four five six seven eightfold'), []);
  });
  it('finds international numbers validated by libphonenumber', () => {
    assert.deepEqual(found(phoneRecognizer, 'Call +44 20 7946 0958 or +1 (415) 555-2671.'), [
      '+44 20 7946 0958',
      '+1 (415) 555-2671',
    ]);
    // Right after a vCard's colon, with its country code; a colon before digits is a time's.
    assert.deepEqual(found(phoneRecognizer, 'TEL;TYPE=CELL:+34 612 48 93 27'), ['+34 612 48 93 27']);
  });
  it('finds national numbers next to a phone word', () => {
    assert.deepEqual(found(phoneRecognizer, 'Mobile: 0341 8387176\nDesk: 5403926876'), ['0341 8387176', '5403926876']);
    assert.deepEqual(found(phoneRecognizer, '416 60 039 office'), ['416 60 039']);
    // Signature-block abbreviations.
    assert.deepEqual(found(phoneRecognizer, 'Address: 42 Wallaby Way, Sydney NSW 2000. Mob 0412 345 678'), [
      '0412 345 678',
    ]);
    assert.deepEqual(found(phoneRecognizer, 'Ph: 02 9374 4000'), ['02 9374 4000']);
  });
  it('leaves a closing parenthesis that is not its own', () => {
    assert.deepEqual(found(phoneRecognizer, 'Kevin (kevin@example.com, 617-555-0143) will call.'), ['617-555-0143']);
    assert.deepEqual(found(phoneRecognizer, 'Call (415) 555-2671 now'), ['(415) 555-2671']);
  });
  it('knows phone words in other languages', () => {
    for (const [text, number] of [
      ['Telepono: 09171234567', '09171234567'],
      ['Mi teléfono es 612 345 678', '612 345 678'],
      ['Cep telefonu: 0532 123 45 67', '0532 123 45 67'],
      ['Rufnummer 030 12345678', '030 12345678'],
      // German compounds and the word "number" of other languages.
      ['meine Handynummer 0151 23456789.', '0151 23456789'],
      ['Mobilnummer: 0171 2345678', '0171 2345678'],
      ['Cześć, mój numer to 512 345 678.', '512 345 678'],
      ['Celular: (11) 91234-5678', '(11) 91234-5678'],
      // Words that ask to be called or reached, not naming the phone.
      ['Sie erreichen mich unter 0171 2345678.', '0171 2345678'],
      // German "call me" splits its verb around the person.
      ['Bitte rufen Sie mich an: 0151 23456789', '0151 23456789'],
      ['69003 Lyon, tél. 06 12 34 56 78', '06 12 34 56 78'],
      ['appelez-moi au 06 12 34 56 78', '06 12 34 56 78'],
      ['llámame al 612 345 678', '612 345 678'],
      ['mi trovi, chiamami: 347 123 4567', '347 123 4567'],
      // Scripts \\b does not know, and numbers glued to text written without spaces.
      ['他的手机号是13812345678，谢谢', '13812345678'],
      ['電話番号は090-1234-5678。', '090-1234-5678'],
      ['Η Μαρία, τηλ. 6912345678.', '6912345678'],
      ['Мой телефон 8 912 345-67-89', '8 912 345-67-89'],
      ['Звоните: 8 916 123-45-67.', '8 916 123-45-67'],
      ['số điện thoại 0912 345 678', '0912 345 678'],
      ['nomor HP saya 0812-3456-7890', '0812-3456-7890'],
      ['मेरा फ़ोन नंबर 98765 43210 है', '98765 43210'],
    ]) {
      assert.deepEqual(found(phoneRecognizer, text!), [number], text);
    }
    // The phone word after a number opens the next number: the postcode before it is not named a phone.
    assert.deepEqual(found(phoneRecognizer, 'Her address is Toshima-ku, Tokyo 170-0013 and phone 090-1234-5678.'), [
      '090-1234-5678',
    ]);
    assert.deepEqual(found(phoneRecognizer, '617-555-0143 (mobile)'), ['617-555-0143']);
    // "CEP" before a code of five and three digits is a Brazilian postcode, not the Turkish mobile.
    assert.deepEqual(found(phoneRecognizer, 'Curitiba - PR, CEP 80010-120'), []);
    assert.deepEqual(found(phoneRecognizer, 'CEP: 01310-200'), []);
    // A count or an amount after a word that only suggests a phone; a phone named outright stays one.
    assert.deepEqual(found(phoneRecognizer, 'Sales reach our target of 1 500 000 units.'), []);
    // A health plan's group number is an identifier's.
    assert.deepEqual(found(phoneRecognizer, 'member ID W482917365 and group number 0123456-010-00001'), []);
    // So is a student's or an employee's number, which the dashed groups of a French or German phone fit.
    assert.deepEqual(found(phoneRecognizer, 'born 4 September 2009, student number 2009-55123.'), []);
    assert.deepEqual(found(phoneRecognizer, 'Employee no. 2019-48213'), []);
    // "00" dials abroad only before a country's code: an account's leading zeros are none.
    assert.deepEqual(found(phoneRecognizer, 'Routing number 021000021, account 000123456789 (checking)'), []);
    assert.deepEqual(found(phoneRecognizer, 'call 0044 20 7946 0018'), ['0044 20 7946 0018']);
    // Two numbers with a slash between them are two; a German area code before its slash is one number.
    assert.deepEqual(found(phoneRecognizer, 'Tel: 0161 496 0000 / 0161 496 0001'), ['0161 496 0000', '0161 496 0001']);
    assert.deepEqual(found(phoneRecognizer, 'Tel. 030/1234567'), ['030/1234567']);
    // A call back names a phone.
    assert.deepEqual(found(phoneRecognizer, 'caller Nancy Thompson, callback 330-555-0147'), ['330-555-0147']);
    assert.deepEqual(found(phoneRecognizer, 'Call me at 555-201-8834 $'), ['555-201-8834']);
  });
  it('gives a national number the country the text around it points to, when it is valid there', () => {
    const subtype = (text: string) => phoneRecognizer.detect(text).map((c) => c.subtype);
    assert.deepEqual(subtype('appelez-moi au 06 12 34 56 78'), ['FR']);
    assert.deepEqual(subtype('tél. 06 12 34 56 78'), ['FR']);
    assert.deepEqual(subtype('Mi teléfono es 612 345 678'), ['ES']);
    assert.deepEqual(subtype('Cep telefonu: 0532 123 45 67'), ['TR']);
    assert.deepEqual(subtype('電話番号は090-1234-5678。'), ['JP']);
    assert.deepEqual(subtype('Rufnummer 030 12345678'), ['DE']);
    assert.deepEqual(subtype('meine Handynummer 0151 23456789'), ['DE']);
    assert.deepEqual(subtype('mój numer to 512 345 678'), ['PL']);
    // Countries tried only when the text points to them.
    assert.deepEqual(subtype('Hei, jeg bor i Bergen, mobil 412 34 567.'), ['NO']);
    assert.deepEqual(subtype('puh. 040 123 4567'), ['FI']);
    assert.deepEqual(subtype('Tôi tên là Hoa. SĐT: 0912 345 678.'), ['VN']);
    assert.deepEqual(subtype('τηλ. 6944 123456'), ['GR']);
    // Indonesia's "HP" (handphone) names a phone and points to Indonesia, which is tried only then.
    assert.deepEqual(subtype('tinggal di Bandung, HP 0812-3456-7890.'), ['ID']);
    assert.deepEqual(subtype('เบอร์โทร 081-234-5678'), ['TH']);
    // No hint: the usual order.
    assert.deepEqual(subtype('call me at (415) 555-0182'), ['US']);
  });
  it('takes a mobile number written with its trunk prefix without a phone word', () => {
    assert.deepEqual(found(phoneRecognizer, 'First 09171234567, then 0 532 123 45 67 or 0171 2345678.'), [
      '09171234567',
      '0 532 123 45 67',
      '0171 2345678',
    ]);
    // Not a mobile number anywhere, a placeholder, or named as another identifier.
    assert.deepEqual(found(phoneRecognizer, 'Ref 0212345, 01234567890, order no. 09171234567'), []);
  });
  it("takes a number in a country's own grouping without a phone word, if valid there", () => {
    assert.deepEqual(
      found(phoneRecognizer, 'Ahmet 532 123 45 67, Ayşe 0232-123-45-67, the Paris team 01 42 68 53 00.'),
      ['532 123 45 67', '0232-123-45-67', '01 42 68 53 00'],
    );
    // The grouping alone is not enough: invalid in Turkey (no area code 1xx), mixed separators.
    assert.deepEqual(found(phoneRecognizer, 'Scores 112 345 67 89; 532 123-45 67'), []);
  });
  it('ignores dates, IPs, years, IBAN pieces and bare short numbers', () => {
    assert.deepEqual(
      found(phoneRecognizer, 'On 2021-05-21 at 10.0.0.1 in 1999 we paid 12345 for DE89 A704 0044 0532 0130 00'),
      [],
    );
    assert.deepEqual(found(phoneRecognizer, 'GI75 aWBK 0000 0000 7099 453'), []);
    // Version numbers: a changelog's heading, a browser's build; phones written with dots stay.
    assert.deepEqual(found(phoneRecognizer, '0.9.1 / 2012-10-09\n==========\nChrome 53.0.2785.143 on Mac'), []);
    assert.deepEqual(found(phoneRecognizer, 'tel 06.12.34.56.78 or call 1.800.555.0199'), [
      '06.12.34.56.78',
      '1.800.555.0199',
    ]);
    // A handle that ends in two letters and two digits is no IBAN's start.
    assert.deepEqual(found(phoneRecognizer, 'hit me up on snap tommyk99 or 07912 345678'), ['07912 345678']);
  });
  it('leaves numbers that a register or a booking names to them', () => {
    for (const text of [
      'Our company number 09446231 is on the invoice.',
      'Booking confirmation number 0344 556 7788.',
      'Ticket number 0207 946 0958 was closed.',
      // A bill's number in German.
      'Anbei die Rechnung Nr. 2024-0815 für Frau Lenz.',
    ]) {
      assert.deepEqual(found(phoneRecognizer, text), [], text);
    }
    assert.deepEqual(found(phoneRecognizer, 'Booking line, call 020 7946 0958.'), ['020 7946 0958']);
  });
});

describe("phone: the numbering plan check before libphonenumber's parse", () => {
  it('never rules out a number libphonenumber finds valid (random digit strings, every country tried)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let ruledOut = 0;
    for (let i = 0; i < 4000; i++) {
      let d = ['', '0', '1', '7', '8', '9'][Math.floor(rnd() * 6)]!;
      const len = 6 + Math.floor(rnd() * 10);
      while (d.length < len) d += Math.floor(rnd() * 10);
      for (const c of NATIONAL) {
        if (possibleIn(d, c)) continue;
        ruledOut++;
        assert.notEqual(parsePhoneNumberFromString(d, c)?.isValid(), true, `${c} ${d}`);
      }
    }
    // The check is worth having: most of these are ruled out without a parse (about 90%: a number
    // needs a type's pattern; 74% while the five plans with prefix patterns, Brazil, Japan, Korea,
    // China and Australia, were always parsed).
    assert.ok(ruledOut > 4000 * NATIONAL.length * 0.85, String(ruledOut));
  });
  it('reads national prefixes that are patterns as libphonenumber does (carrier codes, transform rules)', () => {
    const cases: [string, CountryCode][] = [
      ['02111961234567', 'BR'], // 0 + carrier code 21 + number
      ['902111961234567', 'BR'],
      ['011961234567', 'BR'],
      ['0120123456', 'JP'],
      ['01012345678', 'KR'],
      ['0412345678', 'AU'],
      ['1795113812345678', 'CN'], // carrier prefix 17951
      ['013812345678', 'CN'],
    ];
    for (const [digits, country] of cases) {
      assert.equal(parsePhoneNumberFromString(digits, country)?.isValid(), true, `${country} ${digits} valid`);
      assert.ok(possibleIn(digits, country), `${country} ${digits}`);
    }
    // Ruled out without a parse: no type of the plan fits, with or without the prefix.
    for (const [digits, country] of [
      ['0812345678', 'KR'],
      ['18310412345678', 'AU'],
    ] as [string, CountryCode][]) {
      assert.notEqual(parsePhoneNumberFromString(digits, country)?.isValid(), true);
      assert.equal(possibleIn(digits, country), false, `${country} ${digits}`);
    }
  });
  it("keeps every country's example mobile number, written nationally and with the calling code", () => {
    for (const c of NATIONAL) {
      const example = getExampleNumber(c, examples)!;
      const national = example.formatNational().replace(/\D/g, '');
      assert.ok(possibleIn(national, c), `${c} ${national}`);
      assert.ok(possibleIn(example.countryCallingCode + example.nationalNumber, c), `${c} with its code`);
    }
  });
});

describe('rules that skip texts with too few digits', () => {
  it('still find values with exactly the fewest digits they take', () => {
    // The smallest of each: a 7-digit phone, a 12-digit card, a date of 4 digits, an IPv4 address of 4.
    let card = '';
    for (let d = 0; d <= 9 && !card; d++) if (luhn(`67591234567${d}`)) card = `67591234567${d}`;
    assert.deepEqual(found(phoneRecognizer, 'Call me at 234 5678, thanks.'), ['234 5678']);
    assert.deepEqual(found(cardRecognizer, `Card number ${card.replace(/(\d{4})(?=\d)/g, '$1 ')}.`), [
      card.replace(/(\d{4})(?=\d)/g, '$1 '),
    ]);
    assert.deepEqual(found(dateRecognizer, 'Born 1.2.24 at home.'), ['1.2.24']);
    assert.deepEqual(found(ipRecognizer, 'ping 1.2.3.4 now'), ['1.2.3.4']);
    // One digit fewer in each is no such value (the skip, or the rule itself, drops it).
    assert.deepEqual(found(phoneRecognizer, 'Call me at 234 567, thanks.'), []);
    assert.deepEqual(found(ipRecognizer, 'ping 1.2.3 now'), []);
  });
});

describe('IP and MAC addresses', () => {
  it('finds IPv4 with CIDR and IPv6 in compressed and mapped forms', () => {
    assert.deepEqual(found(ipRecognizer, 'hosts 192.168.0.1 and 10.0.0.0/8'), ['192.168.0.1', '10.0.0.0/8']);
    // A product's version after its name and a slash is none; a host after a URL's slashes is one.
    assert.deepEqual(found(ipRecognizer, 'Chrome/120.0.0.0 Safari/537.36 from http://10.0.0.1/admin'), ['10.0.0.1']);
    assert.deepEqual(found(ipRecognizer, 'src=:: dst=::1 via fe80::1%eth0 and ::ffff:192.0.2.1'), [
      '::',
      '::1',
      'fe80::1%eth0',
      '::ffff:192.0.2.1',
    ]);
  });
  it('finds a full eight-group IPv6 whose last two groups are written as IPv4', () => {
    assert.deepEqual(found(ipRecognizer, 'a 0:0:0:0:0:FFFF:129.144.52.38 b 2001:db8:0:0:0:0:192.168.1.1 c'), [
      '0:0:0:0:0:FFFF:129.144.52.38',
      '2001:db8:0:0:0:0:192.168.1.1',
    ]);
    assert.deepEqual(found(ipRecognizer, 'short 1:2:3:4:192.168.1.1'), ['192.168.1.1']);
  });
  it('rejects invalid octets, versions and times', () => {
    assert.deepEqual(found(ipRecognizer, 'v1.2.3.4.5 and 256.1.1.1 at 12:30:45'), []);
  });
  it('finds MAC addresses in three notations but not broadcast', () => {
    assert.deepEqual(found(macRecognizer, '00:1A:2B:3C:4D:5E, 0d-B3-4a-6A-d9-cF, 0012.3456.789A, FF:FF:FF:FF:FF:FF'), [
      '00:1A:2B:3C:4D:5E',
      '0d-B3-4a-6A-d9-cF',
      '0012.3456.789A',
    ]);
  });
});

describe('URL', () => {
  it("reports a person's social profile, not the network's own pages", () => {
    const score = (t: string) => urlRecognizer.detect(t)[0]?.score ?? 0;
    for (const t of [
      'see linkedin.com/in/sofiarossi',
      'https://www.linkedin.com/in/sofia-rossi-123/',
      'https://twitter.com/jack',
      'https://bsky.app/profile/alice.bsky.social',
      // A code host's page of one account.
      'github.com/ngozio',
      'https://gitlab.com/jdoe/',
    ])
      assert.ok(score(t) >= 0.5, t);
    for (const t of [
      'https://x.com/home',
      // The code host's own pages, and a repository (often an organisation's).
      'https://github.com/features',
      'https://github.com/facebook/react',
      'https://www.facebook.com/groups/abc',
      'https://en.wikipedia.org/wiki/Paris',
    ])
      assert.ok(score(t) < 0.5, t);
  });
  it('does not take attribute access in code for a domain', () => {
    const hosts = (t: string) => urlRecognizer.detect(t).map((c) => t.slice(c.start, c.end));
    assert.deepEqual(hosts('self.id = 1; logger.info("x"); user.name; data.ai; see acme.io or example.com.'), [
      'acme.io',
      'example.com',
    ]);
    // A property whose name is also a TLD, passed along in a line of code; in prose it is a site.
    assert.deepEqual(hosts("function send(customer) { mail(customer.name, item.link, 'x'); }"), []);
    assert.deepEqual(hosts('my site is anna.name, check it'), ['anna.name']);
  });
  it('treats capability links (a UUID or a long random id in the path) as identifying', () => {
    const score = (t: string) => urlRecognizer.detect(t).map((c) => c.score);
    assert.deepEqual(score('https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1'), [0.85]);
    assert.deepEqual(
      score('https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit'),
      [0.85],
    );
    // Readable slugs and short ids are public pages: under the default threshold.
    assert.ok(score('https://www.reddit.com/r/soccer/comments/5my29a/neuer_dani_alves_for_2016/')[0]! < 0.5);
    assert.ok(score('https://docs.python.org/3/library/re.html')[0]! < 0.5);
  });
  it('finds scheme URLs and bare domains without trailing punctuation', () => {
    assert.deepEqual(
      found(urlRecognizer, 'See https://www.example.com/a?b=1&c=2. Or (http://x.org/y) and google.co.il!'),
      ['https://www.example.com/a?b=1&c=2', 'http://x.org/y', 'google.co.il'],
    );
  });
  it('scores links to public pages below sites and identifying URLs', () => {
    const score = (t: string) => urlRecognizer.detect(t)[0]!.score;
    assert.ok(score('https://www.reddit.com/r/soccer/comments/5my29a/title/') < 0.5);
    assert.ok(score('https://acme-widgets.example.com/') >= 0.8);
    assert.ok(score('https://app.example.com/reset?email=ana@example.com') >= 0.9);
    assert.ok(score('https://github.com/users/anasilva/settings') >= 0.9);
    // A page of someone's own site, named as such: it identifies its owner.
    assert.ok(score('Her website is https://lenafoto.de/portfolio') >= 0.8);
    assert.ok(score('my blog: https://ana.blog/posts/1') >= 0.8);
    assert.ok(score('the website is https://docs.python.org/3/library/re.html') < 0.5);
  });
  it('does not take file names or fake domains', () => {
    assert.deepEqual(found(urlRecognizer, 'edit setup.sh and README.md, e.g. report.pdf, www.microsoft'), []);
    // A generic name before a country's code alone: Sweden's "org.nr" (organisation number).
    assert.deepEqual(found(urlRecognizer, 'Nordic Timber AB (org.nr 556036-0793), com.br'), []);
    assert.deepEqual(found(urlRecognizer, 'see acme.com.br or bbc.co.uk'), ['acme.com.br', 'bbc.co.uk']);
    // A name under a file's extension that the text calls someone's site is one.
    assert.deepEqual(found(urlRecognizer, 'Visit my blog at priyaraman.dev; run deploy.sh then config.dev'), [
      'priyaraman.dev',
    ]);
  });
  it('scores a bare name under a newer top-level domain below the threshold: code as often', () => {
    const scores = (t: string) => urlRecognizer.detect(t).map((c) => [t.slice(c.start, c.end), c.score >= 0.5]);
    assert.deepEqual(scores('const c = colors.green; if (new.target) see collections.abc'), [
      ['colors.green', false],
      ['new.target', false],
      ['collections.abc', false],
    ]);
    assert.deepEqual(scores('visit acme-widgets.com or www.acme.shop or acme.de; value.constructor.name'), [
      ['acme-widgets.com', true],
      ['www.acme.shop', true],
      ['acme.de', true],
      ['value.constructor.name', false],
    ]);
  });
});

describe('date and crypto wallets', () => {
  it('finds written dates and ignores versions', () => {
    assert.deepEqual(
      found(dateRecognizer, 'born 21.5.1980, on 2021-05-21 10:30, 5-MAY-2021 and May 5, 2021; version 1.2.3'),
      ['21.5.1980', '2021-05-21 10:30', '5-MAY-2021', 'May 5, 2021'],
    );
    // With a space after each period, as Czech and German write them; not a 45th day, nor a longer number.
    assert.deepEqual(found(dateRecognizer, 'nar. 15. 3. 1985; geboren am 1. 12. 2001; 45. 3. 1985; 1. 2. 2024.5'), [
      '15. 3. 1985',
      '1. 12. 2001',
    ]);
  });
  it('finds dates in more languages and scripts, and two-digit years after a birth label', () => {
    assert.deepEqual(
      found(
        dateRecognizer,
        'nacido el 3 de marzo de 1985; nata il 3 maggio 1985; geboren op 3 maart 1985; 1985年3月3日; ' +
          "1985년 3월 3일; Mar 3, '85; born 03.03.85",
      ),
      [
        '3 de marzo de 1985',
        '3 maggio 1985',
        '3 maart 1985',
        '1985年3月3日',
        '1985년 3월 3일',
        "Mar 3, '85",
        '03.03.85',
      ],
    );
    // The ctime form of logs and mail headers, whole (the month and day inside it merge into it).
    const ctime = found(dateRecognizer, 'Date:   Tue Mar 5 14:22:01 2024 +0530\nat Thu Nov 28 09:00:00 UTC 2024.');
    assert.ok(ctime.includes('Tue Mar 5 14:22:01 2024 +0530'), ctime.join(' | '));
    assert.ok(ctime.includes('Thu Nov 28 09:00:00 UTC 2024'), ctime.join(' | '));
    // Without the label, "03.03.85" may be a version; a month of the wrong size is no date.
    assert.deepEqual(found(dateRecognizer, 'version 03.03.85; 1985年13月3日'), []);
  });
  it("leaves a sentence's period out of a date that ends with a month's full name, not an abbreviation's", () => {
    assert.deepEqual(found(dateRecognizer, 'I fly on 3 March. The return is on 12 décembre.'), [
      '3 March',
      '12 décembre',
    ]);
    assert.deepEqual(found(dateRecognizer, 'See you on 3 Mar. Bring the files.'), ['3 Mar.']);
    // Full names as short as abbreviations: May, June, July, juin, Mai, mars.
    assert.deepEqual(
      found(dateRecognizer, 'Present on 5 May. Then 2 June. And 4 July. Le 3 juin. Am 1. Mai. Le 9 mars.'),
      ['5 May', '2 June', '4 July', '3 juin', '1. Mai', '9 mars'],
    );
    assert.deepEqual(found(dateRecognizer, 'from 3 Sept. to 4 Jun. and 5 Dez.'), ['3 Sept.', '4 Jun.', '5 Dez.']);
    // A range: the first day's two digits after the month are the second day, not a year.
    assert.deepEqual(found(dateRecognizer, 'Statement period 01 Oct - 31 Oct 2023; born 3 March 85'), [
      '01 Oct',
      '31 Oct 2023',
      '3 March 85',
    ]);
  });
  it('reads a day written as an English ordinal with its year, and a year after an apostrophe', () => {
    assert.deepEqual(
      found(dateRecognizer, "born on the fifth of May 1987; May the twenty-first, 1990; DOB: 5th May '87"),
      ['the fifth of May 1987', 'May the twenty-first, 1990', "5th May '87"],
    );
    // An ordinal that is no day, and a day without its year.
    assert.deepEqual(found(dateRecognizer, 'the first of many in 1990; the fifth of May'), []);
  });
  it('validates Bitcoin and Ethereum addresses', () => {
    const text =
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 0x52908400098527886E0F7030069857D2E4169EE7 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2 0x52908400098527886e0F7030069857D2E4169EE7';
    assert.deepEqual(found(cryptoRecognizer, text), [
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      '0x52908400098527886E0F7030069857D2E4169EE7',
    ]);
  });
  it('takes an address that fails its checksum only when it is named a wallet, and never at a wrong length', () => {
    const named =
      'Send it to my Litecoin wallet LcHKx7a9s4pxJY5r2dCmdGcFzR3a8Z8zq9 or BTC address: 1YV48Pp7tRvx7yW4bB3ZbbhfnmCAsxD';
    const hits = cryptoRecognizer.detect(named);
    assert.deepEqual(
      hits.map((c) => [named.slice(c.start, c.end), c.subtype, c.score, c.validated ?? false]),
      [
        ['LcHKx7a9s4pxJY5r2dCmdGcFzR3a8Z8zq9', 'LTC', 0.6, false],
        ['1YV48Pp7tRvx7yW4bB3ZbbhfnmCAsxD', 'BTC', 0.6, false],
      ],
    );
    // No wallet word; 35 characters (longer than any address); a word with no digit.
    assert.deepEqual(found(cryptoRecognizer, 'see 1YV48Pp7tRvx7yW4bB3ZbbhfnmCAsxD'), []);
    assert.deepEqual(found(cryptoRecognizer, 'my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2'), []);
    assert.deepEqual(found(cryptoRecognizer, 'wallet: MaintenanceWindowScheduledForTonight'), []);
  });
  it("finds ENS names, which resolve to their owner's wallet", () => {
    assert.deepEqual(found(cryptoRecognizer, 'Send 0.5 ETH to vitalik.eth, or to pay.alice-smith.eth.'), [
      'vitalik.eth',
      'pay.alice-smith.eth',
    ]);
    // Written in title case at a sentence's start, as names are.
    assert.deepEqual(found(cryptoRecognizer, 'Send it to Vitalik.Eth today'), ['Vitalik.Eth']);
    // Not a host under it, an interface name, an e-mail's domain or a path's piece.
    assert.deepEqual(found(cryptoRecognizer, 'www.vitalik.eth.limo, eth0, config.eth0, a@b.eth, /srv/x.eth_old'), []);
    // Linear on a long dotted run, and no longer than a name can be.
    assert.deepEqual(found(cryptoRecognizer, `${'a.'.repeat(200_000)}x .eth`), []);
    assert.deepEqual(found(cryptoRecognizer, `${'a.'.repeat(200_000)}eth`), []);
  });

  it('finds Tron, Dogecoin and Dash addresses by their checksum and version byte', () => {
    const subtypes = (text: string) =>
      cryptoRecognizer.detect(text).map((c) => [text.slice(c.start, c.end), c.subtype]);
    assert.deepEqual(subtypes('send USDT (TRC20) to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7'), [
      ['TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', 'TRX'],
    ]);
    assert.deepEqual(subtypes('doge: DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L'), [
      ['DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'DOGE'],
    ]);
    assert.deepEqual(subtypes('dash XpESxaUmonkq8RaLLp46Brx2K39ggQe226'), [
      ['XpESxaUmonkq8RaLLp46Brx2K39ggQe226', 'DASH'],
    ]);
    // One character changed breaks the checksum.
    assert.deepEqual(subtypes('send USDT (TRC20) to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8'), []);
  });

  it('finds Monero addresses by their Keccak checksum, and Solana keys only where named', () => {
    const xmr = '4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge';
    assert.deepEqual(found(cryptoRecognizer, `donate: ${xmr}.`), [xmr]);
    assert.equal(cryptoRecognizer.detect(xmr)[0]?.subtype, 'XMR');
    assert.deepEqual(found(cryptoRecognizer, xmr.slice(0, 50) + 'x' + xmr.slice(51)), []);
    const sol = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
    assert.deepEqual(found(cryptoRecognizer, `my Phantom wallet: ${sol}`), [sol]);
    assert.deepEqual(found(cryptoRecognizer, `SOL ${sol}`), [sol]);
    // Any 32 bytes in base58 look alike: a hash or a key without a word for Solana is none.
    assert.deepEqual(found(cryptoRecognizer, `commit ${sol}`), []);
  });
});

describe('BIC (SWIFT code)', () => {
  it('finds a BIC after its label, with a real country code, in capitals', () => {
    assert.deepEqual(
      found(
        bicRecognizer,
        'IBAN GB29NWBK60161331926819, BIC NWBKGB2L; (BIC COBADEFFXXX); SWIFT/BIC: DEUTDEFF500; swift code is NEDSZAJJXXX.',
      ),
      ['NWBKGB2L', 'COBADEFFXXX', 'DEUTDEFF500', 'NEDSZAJJXXX'],
    );
  });
  it('leaves codes without a label, with no country, or in lower case', () => {
    assert.deepEqual(found(bicRecognizer, 'NWBKGB2L; the bic is ABCDEFGH; swift code: bofaus3n; BIC: DEUTDE'), []);
  });
});

describe('all structured recognizers', () => {
  it('find nothing in ordinary prose', () => {
    const prose =
      'We met on Tuesday to discuss version 2.4 of the plan. About 300 people came, and 12 stayed until 5 pm.';
    for (const r of STRUCTURED_RECOGNIZERS) assert.deepEqual(found(r, prose), [], r.name);
  });
  it('survive lone surrogates, CRLF and very long lines', () => {
    const text = '\ud800x\r\nmail a@b.example.org\r\n' + 'x'.repeat(200_000) + ' 4111 1111 1111 1111 \udfff';
    const all = STRUCTURED_RECOGNIZERS.flatMap((r) => r.detect(text).map((c) => [c.type, text.slice(c.start, c.end)]));
    assert.ok(all.some(([t, v]) => t === 'EMAIL' && v === 'a@b.example.org'));
    assert.ok(all.some(([t, v]) => t === 'CREDIT_CARD' && v === '4111 1111 1111 1111'));
  });
});

describe('UPI payment addresses', () => {
  it("finds a name or number at a UPI app's or bank's handle, and any handle after a UPI word", () => {
    assert.deepEqual(found(upiRecognizer, 'Pay me on UPI: rahul.verma@okaxis or ramesh99@ybl, thanks'), [
      'rahul.verma@okaxis',
      'ramesh99@ybl',
    ]);
    assert.deepEqual(found(upiRecognizer, 'send it to 9876543210@paytm please'), ['9876543210@paytm']);
    assert.deepEqual(found(upiRecognizer, 'my vpa is anita.k@newbank'), ['anita.k@newbank']);
    assert.equal(upiRecognizer.detect('ramesh99@ybl')[0]?.type, 'ID_NUMBER');
  });

  it('leaves e-mail addresses, hosts, scopes and unknown handles without a UPI word alone', () => {
    for (const text of [
      'mail john@example.com or priya@okaxis.in',
      'ssh root@server and git@github.com:x/y.git',
      'npm i @types/node; @jdoe said hi',
      'the user@localhost account',
    ])
      assert.deepEqual(found(upiRecognizer, text), [], text);
  });
});

describe('social handles', () => {
  it("finds Cash App's $cashtag after the app's name, not a ticker or an amount", () => {
    assert.deepEqual(found(handleRecognizer, 'My Venmo is @kayla-b and my Cash App is $kbrennan22; thanks'), [
      'kayla-b',
      'kbrennan22',
    ]);
    assert.deepEqual(found(handleRecognizer, 'bought $AAPL and $TSLA, paid $40 via Cash App'), []);
  });
  it('keeps the hyphenated parts of a handle together', () => {
    assert.deepEqual(found(handleRecognizer, 'reported by @bob-smith; cc @dev-team-42, ping @ann- now'), [
      'bob-smith',
      'dev-team-42',
      'ann',
    ]);
  });
  it('finds @mentions as people, without the @', () => {
    assert.deepEqual(found(handleRecognizer, 'ask @maria_k and @JDoe42 about it; RT @ FinBergin : yes'), [
      'maria_k',
      'JDoe42',
      'FinBergin',
    ]);
    // Tokenized text splits a handle at its underscores and before its digits (before a retweet's colon).
    assert.deepEqual(
      found(handleRecognizer, 'RT @ climb _ chairman : Part 2 . RT @ Konnan 5150 : new videos; @ ttuck _ 5 hi'),
      ['climb _ chairman', 'Konnan 5150', 'ttuck _ 5'],
    );
    assert.deepEqual(found(handleRecognizer, 'meet @ home 5 pm, see you @ noon'), []);
  });
  it('finds dotted chat handles, but not decorators, calls or domains', () => {
    assert.deepEqual(found(handleRecognizer, '@maria.gonzalez said the DB password rotated; cc @tom.h, thanks'), [
      'maria.gonzalez',
      'tom.h',
    ]);
    // A role in brackets or a dash after the mention.
    assert.deepEqual(found(handleRecognizer, 'Team: @priya.s (lead), @ade.o — standup at 9:30'), ['priya.s', 'ade.o']);
    // An initial, then the surname.
    assert.deepEqual(found(handleRecognizer, 'guests: @k.obrien, @mwangi; see @d.ts, and @x.y, ok'), [
      'k.obrien',
      'mwangi',
    ]);
    assert.deepEqual(
      found(
        handleRecognizer,
        '@pytest.mark.parametrize("x", [1])\n@abc.abstractmethod\ndef f(): pass; see @example.com for more',
      ),
      [],
    );
  });
  it('leaves e-mail addresses, code annotations, scopes, CSS and chat-wide mentions alone', () => {
    assert.deepEqual(
      found(
        handleRecognizer,
        'bob@example.com @Override @param x @types/node @app.route("/") @media screen @import url; cc @here @channel; meet @ home',
      ),
      [],
    );
    // JSDoc tags and TypeScript's directives.
    assert.deepEqual(
      found(handleRecognizer, '/**\n * @default false\n * @experimental\n */\n// @ts-expect-error TS misses it'),
      [],
    );
    // A decorator alone on its line; a mention that opens a line with words after it stays.
    assert.deepEqual(found(handleRecognizer, '    @contextmanager\n    def f(self):\n@jenny_lo can you check?'), [
      'jenny_lo',
    ]);
    // A hyphenated scope: not its first part either. A hyphenated handle stays whole.
    assert.deepEqual(found(handleRecognizer, 'import x from "@typescript-eslint/parser"; thanks @bob-smith'), [
      'bob-smith',
    ]);
  });
});

describe('texts with hundreds of thousands of matches', () => {
  // Each rule's findings are appended one at a time: `push(...list)` passed them all as arguments and
  // overflowed the stack at about 120,000 (a 1 MB log of dates or IPv6 addresses).
  const repeated = (unit: string) => unit.repeat(Math.ceil(1_200_000 / unit.length));
  it('finds every date and IPv6 address of a 1.2 MB text of them', () => {
    // "May 1 May 1…": each day is read after its month and before the next (merge keeps one).
    assert.ok(dateRecognizer.detect(repeated('May 1 ')).length >= 200_000);
    assert.equal(dateRecognizer.detect(repeated('1/2/2020 ')).length, 133_334);
    assert.equal(ipRecognizer.detect(repeated('::1 ')).length, 300_000);
  });
  it('leaves out each IPv4 inside an IPv6 address, in a long mixed list, in one pass', () => {
    const unit = '::ffff:192.0.2.1 10.0.0.1 2001:db8::1 192.0.2.7 ';
    const text = unit.repeat(20_000);
    const found = ipRecognizer.detect(text);
    assert.equal(found.filter((c) => c.subtype === 'IPV6').length, 40_000);
    const v4 = found.filter((c) => c.subtype === 'IPV4').map((c) => text.slice(c.start, c.end));
    assert.equal(v4.length, 40_000);
    assert.deepEqual([...new Set(v4)].sort(), ['10.0.0.1', '192.0.2.7']);
  });
});
