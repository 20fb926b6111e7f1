// What the engine dismisses or cuts from the model's spans: technical terms, labels, titles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isAppName,
  isJobTitleEnd,
  isJobTitleStart,
  isTechTerm,
  labelledValueTailLength,
  formLabelLength,
  leadingLabelLength,
  leadingVerbLength,
  opensWithRole,
  trailingLabelLength,
  trailingLowerWordLength,
} from '../../../electron/services/redaction/ner/tech-terms';

describe('model spans that are no names', () => {
  it('dismisses a job title the model cut before its job noun, not a name before a word', () => {
    assert.equal(isJobTitleStart('Senior Account', ' Manager | Northwind Traders'), true);
    assert.equal(isJobTitleStart('Chief Nursing', ' Officer'), true);
    assert.equal(isJobTitleStart('Daniel Okafor', '\nSenior Account Manager'), false);
    assert.equal(isJobTitleStart('Anna Berg', ' called the manager'), false);
    assert.equal(isJobTitleStart('Anna Berg', ' Manager'), false);
  });

  it('dismisses the job noun of a job title whose words the model left out, not a name before it', () => {
    assert.equal(isJobTitleEnd('Officer', 'works as a Senior Branding '), true);
    assert.equal(isJobTitleEnd('Strategist', '(job title: Lead Response '), true);
    assert.equal(isJobTitleEnd('Manager', 'Anna Berg '), false);
    assert.equal(isJobTitleEnd('Officer', 'spoke to the '), false);
    assert.equal(isJobTitleEnd('Smith', 'Senior Branding '), false);
  });

  it('dismisses terms, labels, prompt verbs, issue keys and job titles, and nothing else', () => {
    for (const span of [
      'API',
      'Python',
      'NPS',
      'Aadhaar',
      // National numbers named in their own language, and "number" itself.
      'Personnummer',
      'Fødselsnummer',
      'Henkilötunnus',
      'Numéro',
      'OHIP',
      'MAC',
      'ORCID',
      // A form's role or section, and a label with the word for its number.
      'Manager',
      'Dept',
      'Medicare No',
      'Patient ID',
      'Tax ID',
      // A student's record number's label.
      'Index No',
      // Units named after people.
      'Fahrenheit',
      // Ways of working and protocols ("ArgoCD for GitOps deployments", "would Netflix prefer QUIC?").
      'GitOps',
      'QUIC',
      // A purchase order ("needs the PO signed by Dr. Ingrid Falk").
      'PO',
      // Labels the model reads as places: a meeting's passcode, Ireland's postcode, a customer number.
      'passcode',
      'Eircode',
      'Kundennr',
      'Prescriber',
      // A record's roles the model reads as people ("Student: Wang Fang, Student ID …").
      'Student',
      'Advisor',
      // Paperwork ("for the KYC", "the CV of …").
      'KYC',
      'CV',
      // A record's other fields ("Policy No. PL-77123").
      'Policy No',
      'Fingerprint',
      // Out of office ("Priyanka will be OOO until 5/14").
      'OOO',
      // A sales region ("driven by the EMEA region").
      'EMEA',
      // A currency's code ("withdrew PKR 50,000").
      'PKR',
      // A department and a school subject ("Gudrun from Accounting here", "scored 92 in Statistics").
      'Accounting',
      'Statistics',
      'Legal',
      'Radiology',
      'Head',
      // A clinical note's shorthand ("admitted for NSTEMI", "h/o DM2, HTN") and a network's ("the guest VLAN").
      'NSTEMI',
      // Who a patient sees ("our GP is Dr. Sarah Whitcombe").
      'GP',
      'PCP',
      // A role of another language alone ("…, Hausarzt Dr. med. Braun") and a label abbreviated.
      'Hausarzt',
      // Sign-offs and job titles of other languages' signatures, a signature's labels, one letter alone.
      'Atenciosamente',
      'Besos',
      'Pozdrawiam',
      'Directeur',
      'Gerência de Projetos',
      'Afdelingshoofd Financiën',
      'HR-chef',
      'Sitz',
      'T',
      // "Late" of "S/o Late Shri K. Subramaniam", read alone.
      'Late',
      // A Portuguese or Spanish doctor's title alone ("Dra. Fernanda Lopes").
      'Dra',
      // Sales roles written short ("Marcus (AE), Leila (SDR)").
      'AE',
      'SDR',
      // Two label words and the word for their number.
      'Medicare Beneficiary Identifier',
      // A vice-president's title, a school subject with its level, "Let's Encrypt" in two pieces.
      'VP Engineering',
      'Calculus II',
      'Let',
      'Encrypt',
      // A pronoun's contraction, after "and" too.
      "and I'm",
      "I've",
      // A Saudi residence permit's name ("Iqama number 2123456789").
      'Iqama',
      'Versichertennr',
      // Japanese a model reads as names: a particle opening the span, a polite verb ending, a loanword.
      'で承りました',
      '住んでいます',
      'メール',
      // Vietnamese labels' first words ("Ngày sinh:", "Địa chỉ:").
      'Ngày',
      'Địa',
      'HTN',
      'VLAN',
      // A clinical note's age and sex and its patient, a number's short label and a bill.
      '58F',
      '34 yo M',
      'Pt',
      'Nr',
      'Rechnung Nr',
      // National numbers' names and address labels of other languages and scripts.
      'Card',
      'FRA-JFK',
      'Birth',
      'Late Shri',
      'RDV',
      'T.C. Kimlik',
      'Teudat Zehut',
      'CIN',
      '地址',
      '주민등록번호',
      // German insurance papers, India's GST number.
      'Krankenkasse',
      'GSTIN',
      'Allergies',
      'Versichertennummer',
      'Blood',
      'Sra',
      'Draft',
      // Products: a tool's name, and a phrase of one and ordinary words.
      'Prometheus',
      'AWS Lambda',
      // A product's name with a technical term.
      'The Datadog API',
      'React Server Components',
      'Azure Functions',
      'Git',
      'Gradle',
      // Roles written short ("Priyanka (PM)").
      'PM',
      'CTO',
      'SVP',
      // A prompt's opening verb in other languages ("Riassumi: il sig. Bianchi…").
      'Riassumi',
      'Übersetze',
      'Résumez',
      'Traduce',
      'PROJ-1234',
      'Head of Procurement',
      'Merci',
      'Viele Grüße',
      'Ihre',
      'BTC',
      'Litecoin',
      'Vehicle VIN',
      'Account',
      'Senior Accountability Officer',
      'Lead Paradigm Engineer',
      'Senior Buyer',
      'Chief Nurse',
      'Sehr geehrte Frau',
      'Cher Monsieur',
      'Gentile Sig.ra',
      // A title alone ("Gentile Dott. Rossi").
      'Dott',
      'Mevrouw',
      // The name of an identity card ("Carta d'Identità").
      'Identità',
      // A class of code named for its role.
      'PaymentService',
      'OrderController',
      'Mevrouw',
      'Merhaba',
      'Witam',
      // A letter's "dear" in Czech, Greek, Romanian and Polish.
      'Vážený',
      'Αγαπητέ',
      'Stimate',
      'Szanowna',
      // Greetings of the Balkans, Bulgaria and the Philippines; the Balkans' and Bulgaria's numbers' labels.
      'National Insurance',
      'Chair',
      'ISBN',
      'National Insurance Number',
      'Thai National',
      'Mi Número',
      'Cordiali',
      'TAJ',
      'GPS',
      'Fachärztin',
      'Zdravo',
      'Здравейте',
      'Kumusta',
      'JMBG',
      'EGN',
      'Il',
      'Assignee',
      'Kontonummer',
      'Medicare',
      'VRM',
      'Código',
      'BLZ',
      'Priority',
      'WARN',
      'DEBUG',
      'Beneficiary',
      'Routing',
      'Payee',
      // Device and account numbers' labels, also after "the"; a parcel's addressee line.
      'The IMEI',
      'NIN',
      'sid',
      'Attn',
      // A label after a possessive; a greeting and a title without the name.
      'Ihre Kundennummer',
      'your account number',
      'Emirates ID',
      'Bonjour Monsieur',
      'Hello Sir',
      // The polite "you" before a title ("Bitte rufen Sie Frau Hoffmann an").
      'Sie Frau',
      'vous Madame',
      // Other languages' function words and auxiliaries.
      'wurde',
      'Sono',
      'también',
      'Mój',
      'là',
      'của',
      // "Phone" and ID labels in other languages.
      'Telefon',
      'TCKN',
      // A nationality and a number's acronym.
      'Korean RRN',
      'Thai ID',
      // Libraries named with a capital ("Pandas or Polars").
      'Pandas',
      'Polars',
      // Check-digit algorithms and values of code.
      'Luhn',
      'Infinity',
      // A dotted name in code.
      'React.Component',
      'System.out',
      // A tool's and a camel-case part, and identifiers of three words or more run together.
      'TensorFlow.Keras',
      'BeanCreationException',
      'ModuleNotFoundError',
      'UserService',
      'Também',
      // Brokers and frameworks, standards bodies before a number, a pod's state.
      'RabbitMQ',
      'Spring Boot',
      'ISO',
      'RFC',
      'CrashLoopBackOff',
      // A table's header or a form's label ("Nom;Prénom;Date de naissance").
      'Prénom',
      'Vorname',
      'Geburtsdatum',
      'Date de naissance',
      // Degrees and fellowships after a name.
      'MBBS, FWACS',
      'PhD',
      'GMC',
      // Form labels in Japanese, Chinese and Korean (with a Korean particle), Korean's greeting.
      '担当者',
      '电话',
      '전화번호는',
      '안녕하세요',
      // Hindi function words in a row.
      'है और',
      // Hebrew's and Arabic's greetings and "my name".
      'שלום',
      'שמי',
      'مرحبا',
      'اسمي',
      'Меня',
      'Привет',
      // A doctor's specialty in a signature.
      'Cardiologist',
      'Consultant Cardiologist',
      'Hd',
      // A clinical note's and an HR note's shorthand.
      'SOB',
      'HRBP',
      // HTTP's reason phrases and protocols.
      'Too Many Requests',
      'Service Unavailable',
      'Server-Sent Events',
      // A Windows profile's folders, Python's error number, calendar and contact card keys.
      'AppData',
      'Errno',
      'DTSTART',
      'ATTENDEE',
    ]) {
      assert.equal(isTechTerm(span), true, span);
    }
    for (const span of [
      'Angela Merkel',
      // A town of that name ("Spring, Texas"), and places that end like a field's name.
      'Spring',
      'Nome',
      'Georgetown',
      // A state's code that is also a degree ("Baltimore, MD").
      'MD',
      'YouTube',
      'DoorDash',
      'Siemens',
      'Munich',
      'Pan Wei',
      'Bank of America',
      'University of Oslo',
      // A salutation with the name, a name that is a title word, a company of engineers.
      'Cher Monsieur Dupont',
      'Madame',
      'Cara Delevingne',
      'Royal Engineers',
      // Surnames that are trades.
      'John Baker',
      'Anna Cook',
      // A business acronym in an event's name; a product word beside a given name or a company.
      'Super Bowl MVP',
      'Maria Docker',
      'Acme Lambda Labs',
      // "The" before a name is no label's.
      'The Hague',
      'The Guardian',
      // A possessive before a name; a greeting before a name.
      'My Lai',
      'Bonjour Monsieur Dupont',
      'Hello Kitty',
      'Sie Frau Hoffmann',
      'John.Smith',
      // Names written in camel case with one or two humps.
      'McDonald',
      'DiCaprio',
      'PricewaterhouseCoopers',
      // Projects and hashtags run together are no classes in code.
      'CalgaryNEXT',
      'GanaConWhoolist',
      'Swiss Re',
      'Korean Air',
      // A name before the word for a number is no label.
      'Anna Berg ID',
      // A job title before a given name is the model's span of that person.
      'Directeur Jean Dupont',
      // Japanese names, in kanji and in kana.
      '山田太郎',
      'さくら',
      'ジョン・スミス',
    ]) {
      assert.equal(isTechTerm(span), false, span);
    }
  });

  it("cuts another value and its label after a comma from the end of a model's span", () => {
    assert.equal(labelledValueTailLength('14 Hollybush Lane, Harrogate HG1 2QE, VAT GB 123'), ', VAT GB 123'.length);
    assert.equal(labelledValueTailLength('80331 München, Telefon 089'), ', Telefon 089'.length);
    assert.equal(labelledValueTailLength('KNUST, Kumasi, GPA 3.7'), ', GPA 3.7'.length);
    // A place after a comma is part of it; so is a word that is a label only in capitals.
    assert.equal(labelledValueTailLength('14 Hollybush Lane, Harrogate HG1 2QE'), 0);
    assert.equal(labelledValueTailLength('Rue de la Paix, Name Street 4'), 0);
  });

  it('cuts a leading label word before a capitalised name, but not a surname that looks like one', () => {
    assert.equal(leadingLabelLength('Caller Fatima Zahra Benali'), 'Caller '.length);
    assert.equal(leadingLabelLength('Estimada Sra'), 'Estimada '.length);
    assert.equal(leadingLabelLength('Summarize Slack'), 'Summarize '.length);
    assert.equal(leadingLabelLength('Hola Javier'), 'Hola '.length);
    assert.equal(leadingLabelLength('Son Heung-min'), 0);
    assert.equal(leadingLabelLength('Anna Keller'), 0);
    assert.equal(leadingLabelLength('Caller'), 0);
    assert.equal(leadingLabelLength('Sehr geehrte Frau Weber'), 'Sehr geehrte Frau '.length);
    assert.equal(leadingLabelLength('Merhaba Ayşe'), 'Merhaba '.length);
    assert.equal(leadingLabelLength('Beste Pieter'), 'Beste '.length);
    assert.equal(leadingLabelLength('Kære Mette'), 'Kære '.length);
    assert.equal(leadingLabelLength('Sayın Mehmet Öztürk'), 'Sayın '.length);
    assert.equal(leadingLabelLength('Sevgili Ayşe'), 'Sevgili '.length);
    assert.equal(leadingLabelLength('Bună Andrei Popescu'), 'Bună '.length);
    assert.equal(leadingLabelLength('Vážený pane Nováku'), 'Vážený pane '.length);
    // A role in another language, with its article; an article alone stays ("Der Spiegel").
    assert.equal(leadingLabelLength('Der Mitarbeiter Lukas Hoffmann'), 'Der Mitarbeiter '.length);
    assert.equal(leadingLabelLength('Fru Karin Lindström'), 'Fru '.length);
    // A form's label and its colon, in any language the field names know.
    assert.equal(formLabelLength('Address: Lenina 15-42, Novosibirsk'), 'Address: '.length);
    assert.equal(formLabelLength('Domicilio: Calle Madero 22'), 'Domicilio: '.length);
    assert.equal(formLabelLength('Acme: the best'), 0);
    assert.equal(leadingLabelLength('Уважаемый Иван Петрович'), 'Уважаемый '.length);
    assert.equal(leadingLabelLength('Caro João Pereira'), 'Caro '.length);
    assert.equal(leadingLabelLength('La cliente Ana Ruiz'), 'La cliente '.length);
    assert.equal(leadingLabelLength('Müşteri Ayşe Yılmaz'), 'Müşteri '.length);
    // A contact label after a signature's separator.
    assert.equal(trailingLabelLength('C/ Gran Vía 28, 28013 Madrid · Tel'), ' · Tel'.length);
    assert.equal(leadingLabelLength('Клиент Сергей Петров'), 'Клиент '.length);
    assert.equal(leadingLabelLength('Greetings Delphine'), 'Greetings '.length);
    assert.equal(leadingLabelLength('Der Spiegel'), 0);
    // A greeting word that is also a given name stays: "Cara Delevingne".
    assert.equal(leadingLabelLength('Cara Delevingne'), 0);
  });

  it("cuts a prompt's opening verb before a capitalised word, whatever the type", () => {
    assert.equal(leadingVerbLength('Compare Apple, Microsoft'), 'Compare '.length);
    assert.equal(leadingVerbLength('Übersetze Frau Weber'), 'Übersetze '.length);
    // An admin's request: "Reset MFA for kim@…" (the model read "Reset MFA" as an organisation).
    assert.equal(leadingVerbLength('Reset MFA'), 'Reset '.length);
    assert.equal(isTechTerm('MFA'), true);
    assert.equal(leadingVerbLength('Compare'), 0);
    assert.equal(leadingVerbLength('Compare prices'), 0);
    assert.equal(leadingVerbLength('Apple Compare'), 0);
  });

  it('drops an app taken for a person or a place, and keeps it as an organisation', () => {
    assert.equal(isAppName('Slack', 'PERSON'), true);
    assert.equal(isAppName('Teams', 'LOCATION'), true);
    assert.equal(isAppName('Slack', 'ORG'), false);
    assert.equal(isAppName('Zoe', 'PERSON'), false);
    assert.equal(isAppName('Visa', 'PERSON'), true);
    assert.equal(isAppName('Venmo', 'LOCATION'), true);
    assert.equal(isAppName('Siri', 'PERSON'), true);
    assert.equal(isTechTerm('Tue'), true);
  });

  it('takes a named concept of science or medicine, or a greeting, for no name', () => {
    for (const term of [
      'Pythagorean Theorem',
      'Krebs Cycle',
      'Eukaryotic Cells',
      'Vitamin D',
      'Good Morning',
      'Happy Birthday',
    ])
      assert.equal(isTechTerm(term), true, term);
    // Heads that also end the names of places and firms.
    for (const name of ['Bermuda Triangle', 'Harvard Law', 'Broad Institute', 'Vitamin Shoppe Inc'])
      assert.equal(isTechTerm(name), false, name);
  });

  it('knows a role before a name from a greeting or a verb', () => {
    assert.equal(opensWithRole('Inspector Helen Park'), true);
    assert.equal(opensWithRole('Student Lily Zhang'), true);
    // Trades and office jobs too.
    assert.equal(opensWithRole('Contractor Lars Østergaard'), true);
    assert.equal(opensWithRole('Adjuster Maribel Ortiz'), true);
    assert.equal(opensWithRole('Dear Lily Zhang'), false);
    assert.equal(opensWithRole('Visit Victoria Station'), false);
    assert.equal(opensWithRole('Inspector'), false);
  });

  it("cuts the next value's label from the end of a span", () => {
    assert.equal(trailingLabelLength('00-590 Warszawa, PESEL'), ', PESEL'.length);
    assert.equal(trailingLabelLength('Anna Berg Tel.'), ' Tel.'.length);
    assert.equal(trailingLabelLength('Stuttgart, Steuer-ID'), ', Steuer-ID'.length);
    assert.equal(trailingLabelLength('40212 Düsseldorf, USt-IdNr'), ', USt-IdNr'.length);
    assert.equal(trailingLabelLength('PESEL'), 0);
    assert.equal(trailingLabelLength('Warszawa'), 0);
    // A surname that is also a label's word stays.
    assert.equal(trailingLabelLength('Marie Pan'), 0);
    // A contact label after a comma, however written.
    assert.equal(trailingLabelLength('80331 München, Telefon'), ', Telefon'.length);
    assert.equal(trailingLabelLength('Leeds, Phone'), ', Phone'.length);
    assert.equal(trailingLabelLength('Marie Telefon'), 0);
  });

  it('cuts a lower-case word from the end of a capitalised name, not from a name written in lower case', () => {
    assert.equal(trailingLowerWordLength('Sanne de Vries uit'), ' uit'.length);
    assert.equal(trailingLowerWordLength('Ludwig van Beethoven'), 0);
    assert.equal(trailingLowerWordLength('homer simpson'), 0);
    assert.equal(trailingLowerWordLength('Anna'), 0);
  });
});
