// The engine with the real model from PROMPT_VAULT_MODEL_DIR (the test runner points it at the
// shared model): names from the model and patterns from the detectors, merged.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Detector } from '../../../electron/services/redaction/engine';

const modelDir = process.env.PROMPT_VAULT_MODEL_DIR;
const detector = new Detector({ modelDir });
after(() => detector.dispose());

describe('Detector with the model', { skip: !modelDir && 'PROMPT_VAULT_MODEL_DIR is not set' }, () => {
  it('finds people, organisations and places and says the model ran', async () => {
    const r = await detector.detect('Angela Merkel met executives of Siemens in Munich last week.');
    assert.equal(r.nerAvailable, true);
    const found = r.entities.map((e) => [e.text, e.type]);
    assert.ok(
      found.some(([t, ty]) => t === 'Angela Merkel' && ty === 'PERSON'),
      JSON.stringify(found),
    );
    assert.ok(
      found.some(([t, ty]) => t === 'Munich' && ty === 'LOCATION'),
      JSON.stringify(found),
    );
  });

  it('does not report pieces of identifiers as names', async () => {
    const r = await detector.detect('Config: API_KEY=abc and HOST_NAME=server01\nDefault 0.0.0.0');
    assert.ok(
      !r.entities.some((e) => e.source === 'ner' && (e.text === 'KEY' || e.text === 'NAME')),
      JSON.stringify(r.entities),
    );
    // Nor the key of "key=value" (the model took AccountKey for a place).
    const azure = await detector.detect(
      'DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNA==;EndpointSuffix=core.windows.net',
    );
    assert.ok(!azure.entities.some((e) => e.source === 'ner'), JSON.stringify(azure.entities));
  });

  it('does not take a time of day for a place (the model tags "5pm")', async () => {
    const r = await detector.detect(
      'Meet me at 10 Downing Street at 5pm, ask for Olivia Chen from Globex Corporation.',
    );
    assert.ok(!r.entities.some((e) => e.text === '5pm'), JSON.stringify(r.entities));
    assert.ok(
      r.entities.some((e) => e.text === '10 Downing Street' && e.type === 'LOCATION'),
      JSON.stringify(r.entities),
    );
  });

  it('does not take everyday technical acronyms for organisations', async () => {
    const text =
      'The staging API returns JSON over HTTP; the SDK and the CLI use SQL. It runs for executives of Siemens in Munich.';
    const r = await detector.detect(text);
    const orgs = r.entities.filter((e) => e.type === 'ORG').map((e) => e.text);
    for (const term of ['API', 'JSON', 'HTTP', 'SDK', 'CLI', 'SQL']) assert.ok(!orgs.includes(term), orgs.join(', '));
    assert.ok(orgs.includes('Siemens'), `a real organisation is still found: ${orgs.join(', ')}`);
  });

  it('does not take form labels for names, nor keep a leading verb or a second clause in one', async () => {
    const text =
      'Patient MRN: 00458213. DOB 03/14/1985. Reach Jürgen Müller at Lindenstraße 12, 10969 Berlin; Steuer-ID 86095742719.';
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    for (const label of ['Patient', 'DOB', 'Steuer-ID']) {
      assert.ok(!r.entities.some((e) => e.text === label), `${label}: ${spans.join(', ')}`);
    }
    assert.ok(spans.includes('PERSON:Jürgen Müller'), spans.join(', '));
    assert.ok(!r.entities.some((e) => e.text.includes(';')), spans.join(', '));
  });

  it('cuts a label the model takes into a name, and drops labels and titles alone', async () => {
    const text =
      'Summarise this ticket: Caller Fatima Zahra Benali, DOB 1991-07-23. Wife Keiko (phone 090-1234-5678). ' +
      'Estimada Sra. Gómez, Aadhaar 4591 2378 6604, PAN ABCPV1234K, USt-IdNr. DE814584193.';
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('PERSON:Fatima Zahra Benali'), spans.join(', '));
    assert.ok(spans.includes('PERSON:Keiko'), spans.join(', '));
    for (const label of ['Caller', 'Wife', 'Estimada', 'Sra', 'Aadhaar', 'PAN', 'USt-IdNr']) {
      assert.ok(
        !r.entities.some((e) => e.text === label || e.text.startsWith(`${label} `)),
        `${label}: ${spans.join(', ')}`,
      );
    }
  });

  it("drops a national number's label written in its own language, which the model reads as a name", async () => {
    const text =
      'Personnummer 811228-9874, bor på Storgatan 12. Henkilötunnus 131052-308T.\n' +
      'Numéro de sécurité sociale : 1 84 12 76 451 089 46, né à Rouen.';
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    for (const label of ['Personnummer', 'Henkilötunnus', 'Numéro']) {
      assert.ok(!r.entities.some((e) => e.text.includes(label)), `${label}: ${spans.join(', ')}`);
    }
    for (const value of ['811228-9874', '131052-308T', '1 84 12 76 451 089 46']) {
      assert.ok(spans.includes(`ID_NUMBER:${value}`), spans.join(', '));
    }
  });

  it("leaves a prompt's opening verb, languages and issue keys alone", async () => {
    const text =
      'How do I reverse a linked list in Python? Our Q3 revenue grew 12%. Draft a board update.\n' +
      'Bring the Jira tickets PROJ-1234 and PROJ-1240. Summarize Slack thread: ok\n' +
      'Our NPS dropped from 42 to 37. Help me prepare for a meeting with the Head of Procurement.\n' +
      "Compare Apple, Microsoft and Alphabet's Q2 earnings.";
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    for (const word of ['Python', 'Draft', 'PROJ', 'PROJ-1234', 'Summarize', 'NPS', 'Head of Procurement', 'Compare']) {
      assert.ok(
        !r.entities.some((e) => e.text === word || e.text.startsWith(`${word} `)),
        `${word}: ${spans.join(', ')}`,
      );
    }
  });

  it('keeps a name to its line, and drops salutations, job titles and coins the model takes for names', async () => {
    const text =
      'From: Lars Østergaard <lars.ostergaard@dsv.dk>\nTo: Ingrid Nilsen\nSubject: CPR 010190-1235 correction\n' +
      'Sehr geehrte Frau Dr. Hannelore Brömmer, Cher Monsieur Gauthier, please send 0.5 BTC to the ' +
      'Senior Accountability Officer. Vehicle VIN 1HGCM82633A004352.';
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('PERSON:Ingrid Nilsen'), spans.join(', '));
    assert.ok(spans.includes('PERSON:Hannelore Brömmer'), spans.join(', '));
    assert.ok(!r.entities.some((e) => e.text.includes('\n') && e.type === 'PERSON'), spans.join(', '));
    for (const words of ['Subject', 'Sehr', 'Cher', 'BTC', 'Senior Accountability Officer', 'Vehicle']) {
      assert.ok(!r.entities.some((e) => e.text.startsWith(words)), `${words}: ${spans.join(', ')}`);
    }
  });

  it('keeps a known name after a role word a person where the model reads an organisation', async () => {
    const r = await detector.detect(
      "Can you summarize this complaint from customer Jennifer O'Connor (acct #88231907)?",
    );
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes("PERSON:Jennifer O'Connor"), spans.join(', '));
  });

  it('takes a person the rules read from a role or a known given name for a person where the model reads a place or firm', async () => {
    const typeOf = async (text: string, value: string) =>
      (await detector.detect(text)).entities.find((e) => e.text === value)?.type;
    // The model reads each of these as a place or an organisation.
    assert.equal(await typeOf('Call center log: caller Wei Zhang, callback 0161 496 0123', 'Wei Zhang'), 'PERSON');
    assert.equal(
      await typeOf('Vehicle VIN 1HGCM82633A004352 registered to Marcus Webb, plate 7ABC123.', 'Marcus Webb'),
      'PERSON',
    );
    assert.equal(await typeOf('MAC 00-1B-63-84-45-E6 assigned to laptop of Rosa Díaz.', 'Rosa Díaz'), 'PERSON');
    assert.equal(
      await typeOf('William Hughes  20789 Allika 46  Suite 501  Riisa   Estonia 62488', 'William Hughes'),
      'PERSON',
    );
    // Not a firm whose first word is also a word, nor one that ends in a firm's word.
    assert.equal(await typeOf('Russell Investments is a design agency based in Leeds.', 'Russell Investments'), 'ORG');
    // A lake's name is a place, whatever the model read.
    assert.equal(
      await typeOf('A eulogy for Grandpa Walter Jenkins, who loved fishing on Lake Tahoe?', 'Lake Tahoe'),
      'LOCATION',
    );
    // A person the model ran on over "of" into their firm: the person, then the firm.
    const quote = '"The speech in Geneva was brilliant," said analyst Rahul Gupta of Nomura.';
    assert.equal(await typeOf(quote, 'Rahul Gupta'), 'PERSON');
    assert.equal(await typeOf(quote, 'Nomura'), 'ORG');
    // A known given name the model read as a place, not where a place goes: the person. A street's name
    // the model read as a firm: the place.
    const grammar = 'Fix the grammar: me and Jamal went to Nairobi to meet his uncle at the cafe on Kimathi Street.';
    assert.equal(await typeOf(grammar, 'Jamal'), 'PERSON');
    assert.equal(await typeOf(grammar, 'Kimathi Street'), 'LOCATION');
    // A maker's name before its product's is the maker's, not a person's.
    assert.equal(
      await typeOf('Vehicle: Toyota Corolla, VIN JTDBR32E720123456, plate ABC-1234 (Ontario)', 'Toyota Corolla'),
      'ORG',
    );
    assert.equal(await typeOf('Tobias will brief Siemens Energy tomorrow.', 'Siemens Energy'), 'ORG');
    // So is a maker's name alone, and one word ending in "bank"; a well-known place of several words is no firm.
    assert.equal(await typeOf('saw the blue Volvo (reg 191-C-12345) strike the cyclist', 'Volvo'), 'ORG');
    const statement = 'account 0451000123456 at Vietcombank, Ho Chi Minh City branch.';
    assert.equal(await typeOf(statement, 'Vietcombank'), 'ORG');
    assert.equal(await typeOf(statement, 'Ho Chi Minh City'), 'LOCATION');
    // A name after its own label, whatever the model read.
    const visa = 'Visa application: surname KOWALCZYK, given names ANNA MARIA, passport no. EK1234567.';
    assert.equal(await typeOf(visa, 'KOWALCZYK'), 'PERSON');
    assert.equal(await typeOf(visa, 'ANNA MARIA'), 'PERSON');
    // An amount in a currency's code is no firm.
    assert.equal(await typeOf('Can you convert 1,250 USD to EUR for the invoice?', '250 USD'), undefined);
    // In a script the model cannot read, the rules' address stands, and a greeting or a form's label is no place.
    const seoul =
      '안녕하세요, 저는 김민준입니다. 서울시 강남구 테헤란로 152에 살고 있고 전화번호는 010-2345-6789입니다.';
    assert.equal(await typeOf(seoul, '서울시 강남구 테헤란로 152'), 'LOCATION');
    assert.equal(await typeOf(seoul, '안녕하세요'), undefined);
    assert.equal(await typeOf('担当者：佐藤健一\n氏名：山田 太郎\n電話：03-1234-5678', '担当者'), undefined);
    // A place the model ran from a name over its comma into the street starts where the rules' address does.
    const parcel =
      'Tracking number 1Z999AA10123456784 (UPS) for the package to Ingrid Halvorsen, Storgata 15, 0184 Oslo.';
    assert.equal(await typeOf(parcel, 'Ingrid Halvorsen'), 'PERSON');
    assert.equal(await typeOf(parcel, 'Storgata 15, 0184 Oslo'), 'LOCATION');
    // A saint's name inside the rules' name of a hospital is no person of its own.
    const er =
      "The patient, a 67-year-old male named Bartholomew Reyes, presented to St. Vincent's on 12 March with chest " +
      'pain; his wife Consuela can be reached at (305) 555-0186.';
    assert.equal(await typeOf(er, "St. Vincent's"), 'ORG');
    // A person run from a cited author over the reference's period into its title ends at the period.
    const vancouver = 'Wang Y, Patel RK, Müller S. Deep learning. Lancet. 2020;395:1-9.';
    assert.equal(await typeOf(vancouver, 'Müller S'), 'PERSON');
    assert.equal(await typeOf(vancouver, 'Müller S. Deep'), undefined);
    // A word after a comma right before an ID the rules found is its label, not the end of a name.
    const lease = 'Unit 5/23 Smith St, Fitzroy VIC 3065 — tenant: Aroha Ngata, Medicare 2428 77813 2/1';
    assert.equal(await typeOf(lease, 'Aroha Ngata'), 'PERSON');
    const lives = 'Lives in Rotorua, Passport E4829173.';
    assert.equal(await typeOf(lives, 'Rotorua'), 'LOCATION');
    assert.equal(await typeOf(lives, 'Rotorua, Passport'), undefined);
    // A model's place run over " in " into a place: the organisation, then the place.
    const notes =
      'Interview notes — candidate Sipho Ndlovu (sipho.ndlovu@gmail.com), currently at Discovery Health in Sandton; ID 8001015009087.';
    assert.equal(await typeOf(notes, 'Discovery Health'), 'ORG');
    assert.equal(await typeOf(notes, 'Sandton'), 'LOCATION');
    // A well-known company the model reads as a person is an organisation.
    assert.equal(await typeOf('Bloomberg is the brainchild of our 3 founders.', 'Bloomberg'), 'ORG');
    // One word of the language in lower case, in text that writes capitals, is none (read as a place).
    const dea = 'Provider NPI 1245319599, DEA number BW6134562, Dr. Raj Malhotra, Cedars-Sinai Medical Center.';
    assert.equal(await typeOf(dea, 'number'), undefined);
    // A name of capitalised pieces joined by hyphens is one, whatever pieces the model read.
    const spb = 'Привет, меня зовут Дмитрий Соколов, я живу в Санкт-Петербурге на Невском проспекте 28.';
    assert.equal(await typeOf(spb, 'Санкт-Петербурге'), 'LOCATION');
    // A street's type before its name's particle opens a place's name, not a person's.
    assert.equal(
      await typeOf('Hotel: Radisson Blu Dakar Sea Plaza, Route de la Corniche Ouest', 'Route de la Corniche Ouest'),
      'LOCATION',
    );
    // Nor is the code before its amount, nor the amount and its "to" before a firm's name.
    const wire = 'Please wire EUR 14,500 to Bergmann Maschinenbau GmbH, IBAN DE44 5001 0517 5407 3249 31.';
    assert.equal(await typeOf(wire, 'EUR 14'), undefined);
    assert.equal(await typeOf(wire, 'Bergmann Maschinenbau GmbH'), 'ORG');
    // So is a state's or a county's ("Oyo State", read as a person), and a place's label is none.
    const row = 'Candidate: Oluwaseun Adeyemi | Location: Ibadan, Oyo State';
    assert.equal(await typeOf(row, 'Oyo State'), 'LOCATION');
    assert.equal(await typeOf(row, 'Location'), undefined);
    // The words of a body say it is one, whatever the model read: a place, a person.
    assert.equal(
      await typeOf(
        'Our Indian vendor, Mr. Venkatesh Iyer of Tata Consultancy Services, GSTIN …',
        'Tata Consultancy Services',
      ),
      'ORG',
    );
    assert.equal(
      await typeOf(
        'Patient Ana Lucía Flores, MRN 7784512, admitted 2024-01-05 to Hospital Italiano de Buenos Aires.',
        'Hospital Italiano de Buenos Aires',
      ),
      'ORG',
    );
    // The model's place holds the title the rule read the name after.
    assert.equal(
      await typeOf(
        'The tenant at 22 Rue de Rivoli, 75004 Paris is M. Karim Benali, tél. +33 6 12 34 56 78',
        'Karim Benali',
      ),
      'PERSON',
    );
    // The model's place opens with a doctor's role: "Hausarzt" is no part of the name, nor a place.
    const referral = await detector.detect(
      'Referral: Patient Ms. Dorothea Kessler (DOB 14.09.1951), Versichertennummer A123456780, Hausarzt Dr. Winkler, Freiburg.',
    );
    assert.ok(
      referral.entities.every((e) => !e.text.includes('Hausarzt')),
      referral.entities.map((e) => `${e.type}:${e.text}`).join(', '),
    );
    assert.ok(referral.entities.some((e) => e.type === 'PERSON' && e.text.endsWith('Winkler')));
    // Nor is a greeting and its title left of the model's firm cut around the name.
    const bonjour = await detector.detect('Bonjour Monsieur Étienne Dubois, votre rendez-vous est confirmé.');
    assert.deepEqual(
      bonjour.entities.map((e) => `${e.type}:${e.text}`),
      ['PERSON:Étienne Dubois'],
    );
  });

  it('takes no code or run of the alphabet the model reads as a name for one', async () => {
    for (const text of [
      'my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2',
      'ABCDEFGHIJKLMNO',
      'abcdefghijk',
    ]) {
      const r = await detector.detect(text);
      assert.deepEqual(
        r.entities.filter((e) => e.source === 'ner').map((e) => e.text),
        [],
        text,
      );
    }
  });

  it("drops the model's noise in a script it cannot read over a name a rule read there", async () => {
    const r = await detector.detect('สวัสดีครับ ผมชื่อสมชาย ใจดี โทร 081-234-5678');
    assert.deepEqual(
      r.entities.map((e) => `${e.type}:${e.text}`),
      ['PERSON:สมชาย ใจดี', 'PHONE:081-234-5678'],
    );
  });

  it("ends a model's place before another value and its label after a comma", async () => {
    const text =
      'Bill to: Greenleaf Landscaping Ltd, Attn: Moira Fitzgerald, 14 Hollybush Lane, Harrogate HG1 2QE, VAT GB 123 4567 89.';
    const places = (await detector.detect(text)).entities.filter((e) => e.type === 'LOCATION').map((e) => e.text);
    assert.deepEqual(places, ['14 Hollybush Lane, Harrogate HG1 2QE']);
  });

  it("drops a document's acronym left of a model span once the name in it is cut out ('the CV of Luca Bianchi')", async () => {
    const r = await detector.detect('Please find attached the CV of Luca Bianchi (luca.bianchi@pec.it).');
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(spans, ['PERSON:Luca Bianchi', 'EMAIL:luca.bianchi@pec.it']);
  });

  it("cuts a role word the model takes into a place or organisation before a person's name", async () => {
    const r = await detector.detect(
      'Student Lily Zhang (ID 2021-0457, grade 10) at Riverside High was absent 3 days. Call Customer Service.',
    );
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('PERSON:Lily Zhang'), spans.join(', '));
    assert.ok(!spans.some((s) => s.includes('Student')), spans.join(', '));
  });

  it('drops a common word the model tags only because it opens a sentence', async () => {
    const text =
      'Searching . . . Nope , not an argument in sight .\nRunning a local server inside a virtual machine is fine .\n' +
      'Is there a better crafted pop song on this list? Park and Mann were precision engineers.';
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    for (const word of ['Nope', 'Running']) assert.ok(!spans.some((s) => s.endsWith(`:${word}`)), spans.join(', '));
    assert.ok(spans.includes('PERSON:Park'), spans.join(', '));
  });

  it('drops a nationality word the model takes for a place, unless a name follows it', async () => {
    const text =
      'Olusegun Adeyemi holds Nigerian passport A04567812. Adebayor signs for Turkish side Basaksehir. ' +
      "Money Ain't A Problem Feat. French Montana by Diddy";
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => e.text);
    for (const word of ['Nigerian', 'Turkish']) assert.ok(!spans.includes(word), spans.join(', '));
    assert.ok(
      r.entities.some((e) => e.text.includes('French')),
      spans.join(', '),
    );
  });

  it("keeps the rest of a surname after O' or D' (the model stops at the apostrophe)", async () => {
    const text = "Can you write a reference letter for my former intern, kevin o'malley? he worked with us.";
    const r = await detector.detect(text);
    const spans = r.entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes("PERSON:kevin o'malley"), spans.join(', '));
  });

  it('keeps a name before a comma and a street address a person (the model reads all of it as a place)', async () => {
    // The model takes the name and the address for one place in the first, the name for a place of
    // its own in the second.
    for (const text of [
      'Please summarize the complaint from Jean-Baptiste Lefèvre, 12 rue de la Paix, 75002 Paris, tél. 06 12 34 56 78.',
      'Please summarize the complaint from Jean-Baptiste Lefèvre, 12 rue de la Paix, 75002 Paris.',
    ]) {
      const spans = (await detector.detect(text)).entities.map((e) => `${e.type}:${e.text}`);
      assert.ok(spans.includes('PERSON:Jean-Baptiste Lefèvre'), spans.join(', '));
      assert.ok(spans.includes('LOCATION:12 rue de la Paix, 75002 Paris'), spans.join(', '));
    }
    // Or a flat number: "Room 1203".
    const label = 'Please update the shipping label: Attn. Wei Zhang, Room 1203, 88 Century Avenue, Shanghai 200120.';
    const spans = (await detector.detect(label)).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('PERSON:Wei Zhang'), spans.join(', '));
    assert.ok(spans.includes('LOCATION:Room 1203, 88 Century Avenue, Shanghai 200120'), spans.join(', '));
    assert.ok(!spans.some((s) => s.endsWith(':Attn')), spans.join(', '));
  });

  it('keeps a person "of" a place or a firm apart from it (the model reads all of it as one organisation)', async () => {
    const text = 'Summarize: Officer J. Ramirez stopped a car driven by Tyrone Jackson of Oakland.';
    const spans = (await detector.detect(text)).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('PERSON:Tyrone Jackson'), spans.join(', '));
    assert.ok(
      spans.some((s) => s.endsWith(':Oakland')),
      spans.join(', '),
    );
    // Or "in" a town: the model reads the name and the address after it as one place.
    const payroll = 'SIN: 046 454 286 — please update payroll for Jean-François Tremblay in Montréal, QC H2X 1Y4.';
    const found = (await detector.detect(payroll)).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(found.includes('PERSON:Jean-François Tremblay'), found.join(', '));
    assert.ok(found.includes('LOCATION:Montréal, QC H2X 1Y4'), found.join(', '));
  });

  it('ends a model span that runs into a value the rules found before the value and its label', async () => {
    // The model reads "Bangalore, PAN AAPFU0939F" as one place.
    const text =
      'Candidate: Priya Raghunathan, software engineer at Infosys Bangalore, PAN AAPFU0939F, mobile 98450 12345.';
    const spans = (await detector.detect(text)).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(spans.includes('ID_NUMBER:AAPFU0939F'), spans.join(', '));
    assert.ok(
      spans.some((s) => s.startsWith('LOCATION:') && s.endsWith('Bangalore')),
      spans.join(', '),
    );
    assert.ok(!spans.some((s) => s.includes('PAN') && !s.startsWith('ID_NUMBER')), spans.join(', '));
  });

  it('drops a label the model cut at its hyphen ("Meine Steuer" of "Meine Steuer-ID")', async () => {
    const text = 'Meine Steuer-ID: 12345678903.';
    const spans = (await detector.detect(text)).entities.map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(spans, ['ID_NUMBER:12345678903']);
  });

  it("drops a nationality and a number's acronym the model reads as an organisation before the number", async () => {
    const text = 'Australian TFN 123 456 782 and Medicare 2123 45670 1; Swiss AHV 756.1234.5678.97.';
    const spans = (await detector.detect(text)).entities.map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(spans, ['ID_NUMBER:123 456 782', 'ID_NUMBER:2123 45670 1', 'ID_NUMBER:756.1234.5678.97']);
    // Nor a label of two words: the model reads "Patient Ahmed Al-Farsi, Emirates ID" as one place.
    const patient = 'Patient Ahmed Al-Farsi, Emirates ID 784-1987-4532781-3, Dubai.';
    const found = (await detector.detect(patient)).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(!found.some((s) => s.includes('Emirates')), found.join(', '));
  });

  it('keeps code and SQL in a pasted snippet as they are', async () => {
    const text = [
      'class OrderService:',
      '    def run(self):',
      '        self.id = "x"',
      '        logger.info("done")',
      '        Worker.run()',
      "SELECT name FROM customers WHERE country = 'Germany' ORDER BY name LIMIT 10;",
    ].join('\n');
    const r = await detector.detect(text);
    const found = r.entities.map((e) => `${e.type}:${e.text}`);
    for (const code of ['self.id', 'logger.info', 'Worker', 'ORDER BY', 'LIMIT']) {
      assert.ok(!r.entities.some((e) => e.text === code), `${code}: ${found.join(', ')}`);
    }
    assert.ok(found.includes('LOCATION:Germany'), found.join(', '));
  });

  it('takes no German noun for a name, and keeps the names of German text', async () => {
    const r = await detector.detect(
      'Sehr geehrte Frau Schneider, vielen Dank für Ihre Nachricht vom 12. Januar. Ihre Kundennummer lautet 4711-0815. ' +
        'Fassen Sie bitte den Vertrag zusammen: Der Mieter Jürgen Schmidt zahlt an die Vermieterin Petra Klein. ' +
        'Mit freundlichen Grüßen, Andreas Fischer',
    );
    const names = r.entities.filter((e) => ['PERSON', 'ORG', 'LOCATION'].includes(e.type)).map((e) => e.text);
    assert.deepEqual(names, ['Schneider', 'Jürgen Schmidt', 'Petra Klein', 'Andreas Fischer']);
  });

  it('cuts lower-case words from the edges of names and takes no polite verb for one (French, Italian)', async () => {
    const r = await detector.detect(
      'Il mio collega Marco Esposito lavora presso Enel a Roma. Veuillez trouver ci-joint le Compte Rendu de la Réunion.',
    );
    const texts = r.entities.map((e) => e.text);
    assert.ok(texts.includes('Enel') && !texts.includes('presso Enel'), JSON.stringify(texts));
    assert.ok(!texts.includes('Veuillez'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => / de la$/.test(t)), JSON.stringify(texts));
  });

  it("takes no noun after another language's article for a person (Spanish, Italian, Dutch)", async () => {
    const r = await detector.detect(
      'Estimado Sr. García, ¿puede ayudarme con una carta sobre la Licencia de Obras? ' +
        'Gentile Dott. Rossi, la ringrazio per la sua email riguardo alla Fattura di marzo. ' +
        'Kunt u mij helpen met een brief over mijn Parkeervergunning?',
    );
    const persons = r.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.deepEqual(persons, ['Sr. García', 'Rossi']);
  });

  it('takes "Will" before a surname into the name, not the "Will" that opens a question', async () => {
    const r = await detector.detect('I spoke with Will Turner about the contract. Will Hughes call me back?');
    const persons = r.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.deepEqual(persons, ['Will Turner', 'Hughes']);
  });

  it('takes no Swedish or Polish opening word for a name, nor a Polish title for part of one', async () => {
    const r = await detector.detect(
      'Proszę o kontakt z Panem Tomaszem Wiśniewskim. Szanowna Pani Anna Kowalska, dziękujemy. ' +
        'Jag heter Linnea Bergström. Mitt personnummer är 850709-9805.',
    );
    const names = r.entities.filter((e) => ['PERSON', 'ORG', 'LOCATION'].includes(e.type)).map((e) => e.text);
    assert.deepEqual(names, ['Tomaszem Wiśniewskim', 'Anna Kowalska', 'Linnea Bergström']);
  });

  it('takes a role and a given name the model read as a firm for a person, without the role', async () => {
    const r = await detector.detect(
      'On 3 March, Inspector Helen Park interviewed the suspect. Student Lily Zhang joined.',
    );
    const names = r.entities.filter((e) => ['PERSON', 'ORG', 'LOCATION'].includes(e.type)).map((e) => [e.text, e.type]);
    assert.deepEqual(names, [
      ['Helen Park', 'PERSON'],
      ['Lily Zhang', 'PERSON'],
    ]);
  });

  it('takes no word that names a number for a firm or place ("Type 2 Diabetes", "Room 101")', async () => {
    const r = await detector.detect(
      'Type 2 Diabetes, stage 3; go to Room 101 on Floor 3 for the Phase II trial with Dr. Ada Obi.',
    );
    const texts = r.entities.map((e) => e.text);
    for (const word of ['Type', 'Room', 'Floor', 'Phase']) assert.ok(!texts.includes(word), JSON.stringify(texts));
    assert.ok(texts.includes('Ada Obi'), JSON.stringify(texts));
    // Nor a room named by its letter, nor vital signs and their values.
    for (const text of [
      'The meeting moved from Room 204 to Conference Room B on the 3rd floor at 2:30 pm.',
      "The patient's BP was 142/88, HR 76, SpO2 97%, temp 37.8 °C at 08:15.",
    ]) {
      const found = (await detector.detect(text)).entities.filter((e) =>
        ['ORG', 'LOCATION', 'PERSON'].includes(e.type),
      );
      assert.deepEqual(found, [], text);
    }
  });

  it("takes a flight's airline code and route for no firm, and a chief's title for no part of the name", async () => {
    const r = await detector.detect(
      'Flight LH 401 FRA-JFK on 2024-08-14, seat 34C. Can you help me write to our client Chief Adebayo Ogunlesi?',
    );
    const texts = r.entities.map((e) => e.text);
    for (const word of ['LH', 'FRA-JFK']) assert.ok(!texts.includes(word), JSON.stringify(texts));
    assert.ok(texts.includes('Adebayo Ogunlesi'), JSON.stringify(texts));
    // Nor the code with the flight's number after "flying".
    const flying = await detector.detect(
      'Create a travel itinerary for Hannah and Lukas Brandt, flying LH 400 from Frankfurt to New York on 14 June',
    );
    assert.ok(!flying.entities.some((e) => e.text.includes('LH')), JSON.stringify(flying.entities.map((e) => e.text)));
  });

  it("takes a seat's number for no place", async () => {
    const r = await detector.detect(
      'The flight BA 283 from London Heathrow to Los Angeles departs at 15:40; passenger Mr. Olumide Bankole, ' +
        'seat 42K, PNR K7XQ2M.',
    );
    const texts = r.entities.map((e) => e.text);
    assert.ok(!texts.includes('42K'), JSON.stringify(texts));
    assert.ok(texts.includes('Olumide Bankole'), JSON.stringify(texts));
  });

  it("reads a German patient's record value by value, without the labels around them", async () => {
    const text =
      'Patientin Frau Ursula Becker, geb. 07.09.1948, Versichertennr. K284719365, wohnhaft Bahnhofstr. 3, ' +
      '79098 Freiburg, Hausarzt Dr. med. Stefan Braun.';
    const r = await detector.detect(text);
    assert.deepEqual(
      r.entities.map((e) => [e.text, e.type]),
      [
        ['Ursula Becker', 'PERSON'],
        ['07.09.1948', 'DATE'],
        ['K284719365', 'ID_NUMBER'],
        ['Bahnhofstr. 3, 79098 Freiburg', 'LOCATION'],
        ['Stefan Braun', 'PERSON'],
      ],
    );
  });

  it('takes a medicine with its dose for no person or place, and keeps a person given one', async () => {
    const r = await detector.detect(
      'My GP prescribed 20mg Omeprazole daily and 500 mg Metformin twice a day. The nurse gave Anna 500mg of paracetamol. ' +
        'What are the side effects of ibuprofen 400 mg taken with food?',
    );
    assert.deepEqual(
      r.entities.map((e) => e.text),
      ['Anna'],
    );
  });

  it('types a well-known place the model calls a person as a place, unless it is a given name too', async () => {
    const r = await detector.detect("Ich bin Jonas Weber aus München. Merhaba, ben Elif, İstanbul'da yaşıyorum.");
    const types = Object.fromEntries(r.entities.map((e) => [e.text, e.type]));
    assert.equal(types['München'], 'LOCATION', JSON.stringify(r.entities));
    assert.equal(types['Jonas Weber'], 'PERSON', JSON.stringify(r.entities));
  });

  it('finds a name typed in lower case', async () => {
    const r = await detector.detect('i lost my card yesterday. my name is lena andersson, please help');
    assert.ok(
      r.entities.some((e) => e.type === 'PERSON' && /lena andersson/.test(e.text)),
      JSON.stringify(r.entities),
    );
  });

  it('redacts consistently and the placeholders map back to the originals', async () => {
    const text = 'Ask Angela Merkel whether Angela Merkel visited Munich.';
    const r = await detector.redact(text);
    const persons = [...r.redacted.matchAll(/\[\[PERSON_\d+\]\]/g)].map((m) => m[0]);
    assert.equal(persons.length, 2);
    assert.equal(persons[0], persons[1]);
    let restored = r.redacted;
    for (const [ph, entry] of Object.entries(r.map)) restored = restored.split(ph).join(entry.original);
    assert.equal(restored, text);
  });
});
