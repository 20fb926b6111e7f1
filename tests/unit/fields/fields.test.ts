// Values of pasted records typed by their field's name: key-value pairs and tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELDS_RECOGNIZER } from '../../../electron/services/redaction/fields';
import { fieldType } from '../../../electron/services/redaction/fields/keys';
import { tableCells } from '../../../electron/services/redaction/fields/tables';

const found = (text: string) => FIELDS_RECOGNIZER.detect(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe('field names', () => {
  it('reads what a field holds from its name, with qualifiers, in any case or separator style', () => {
    assert.equal(fieldType('first_name'), 'PERSON');
    assert.equal(fieldType('customerFullName'), 'PERSON');
    assert.equal(fieldType('Billing City'), 'LOCATION');
    assert.equal(fieldType('ZIP'), 'LOCATION');
    assert.equal(fieldType('home_phone'), 'PHONE');
    assert.equal(fieldType('Date of Birth'), 'DATE');
    assert.equal(fieldType('employer'), 'ORG');
    assert.equal(fieldType('Nachname'), 'PERSON');
    // With or without its accents, and "phone" in other languages.
    assert.equal(fieldType('Prénom'), 'PERSON');
    assert.equal(fieldType('Teléfono'), 'PHONE');
    assert.equal(fieldType('Telefon'), 'PHONE');
    // A firm's seat in a letter's footer.
    assert.equal(fieldType('Sitz'), 'LOCATION');
    assert.equal(fieldType('Siège'), 'LOCATION');
  });
  it("takes a parcel's or a letter's parties, also in capitals", () => {
    assert.deepEqual(
      found('Shipping label: RECIPIENT: KWAME ASANTE, 12 OXFORD ST, ACCRA. SENDER: MARIA SILVA, RUA AUGUSTA 100'),
      ['PERSON:KWAME ASANTE', 'PERSON:MARIA SILVA'],
    );
    assert.deepEqual(found("PATIENT: MARGARET O'CONNELL\nPASSENGER: DOE JOHN"), [
      "PERSON:MARGARET O'CONNELL",
      'PERSON:DOE JOHN',
    ]);
    assert.deepEqual(
      found("Sender: noreply@amazon.com\nRecipient: all staff\n'sender': UniqueSingleAddressHeader,"),
      [],
    );
  });
  it('leaves the names of things and unknown fields alone', () => {
    for (const name of ['file_name', 'productName', 'hostname', 'user_name', 'display_name', 'status', 'region', 'id'])
      assert.equal(fieldType(name), undefined, name);
  });
});

describe('key-value records', () => {
  it('types the values of JSON, YAML, query strings, XML and forms', () => {
    // A person's name after its title.
    assert.deepEqual(found('Patient: Mr. John Smith'), ['PERSON:John Smith']);
    // A form's fields on one line, with a sign between them that is no part of a value.
    assert.deepEqual(found('Tel: +33 1 42 68 53 00 / Fax: +33 1 42 68 53 01'), [
      'PHONE:+33 1 42 68 53 00',
      'PHONE:+33 1 42 68 53 01',
    ]);
    const json =
      '{"customer": {"name": "Hannah Schmidt", "dob": "1988-02-14", "address": {"street": "Bahnhofstraße 3", ' +
      '"city": "Graz", "zip": "8010", "country": "Austria"}}}';
    assert.deepEqual(found(json), [
      'PERSON:Hannah Schmidt',
      'DATE:1988-02-14',
      'LOCATION:Bahnhofstraße 3',
      'LOCATION:Graz',
      'LOCATION:8010',
      'LOCATION:Austria',
    ]);
    assert.deepEqual(found('contact:\n  first_name: olu\n  mobile: +44 7700 900123\n  employer: Acme Ltd'), [
      'PERSON:olu',
      'PHONE:+44 7700 900123',
      'ORG:Acme Ltd',
    ]);
    assert.deepEqual(found('GET /signup?first=Nadia&last=Haddad&zip=10025 HTTP/1.1'), [
      'PERSON:Nadia',
      'PERSON:Haddad',
      'LOCATION:10025',
    ]);
    // A form's encoded "+" and spaces: %2B, +, %20.
    assert.deepEqual(found('POST body: first=Emma&phone=%2B46701234567&fax=%2B44%2020%207946%200958&tel=%2B12'), [
      'PERSON:Emma',
      'PHONE:%2B46701234567',
      'PHONE:%2B44%2020%207946%200958',
    ]);
    assert.deepEqual(found('<user><fullName>Camille Rousseau</fullName><city> Lyon </city></user>'), [
      'PERSON:Camille Rousseau',
      'LOCATION:Lyon',
    ]);
    assert.deepEqual(found('Date of Birth: 14.02.1988\nPlace of birth: Graz'), ['DATE:14.02.1988', 'LOCATION:Graz']);
  });

  it("ends a value after ':' where the form's next field starts on the same line", () => {
    assert.deepEqual(found('DOB: 02/11/1948  MRN: 00927341'), ['DATE:02/11/1948']);
    assert.deepEqual(found('Date of birth: 14.02.1988 Place of birth: Graz'), ['DATE:14.02.1988', 'LOCATION:Graz']);
    assert.deepEqual(found('City: Lyon Country: France'), ['LOCATION:Lyon', 'LOCATION:France']);
    // A name's capitalised word before the next key is the name's: "Smith Address:" is no key.
    assert.deepEqual(found('Name: John Smith Address: 5 Main St'), ['PERSON:John Smith', 'LOCATION:5 Main St']);
  });

  it("takes a capitalised name of several words after '=' when it runs to the end of its field", () => {
    assert.deepEqual(found('company=Northwind Traders, city=New York'), ['ORG:Northwind Traders', 'LOCATION:New York']);
    // A payment API's address lines.
    assert.deepEqual(found('{"address": {"line1": "House 12, Street 7, F-8/3", "city": "Islamabad"}}'), [
      'LOCATION:House 12, Street 7, F-8/3',
      'LOCATION:Islamabad',
    ]);
    // A vCard's ORG line.
    assert.deepEqual(found('FN:Marisol Quintero\nORG:Lumen Biotech\n'), ['ORG:Lumen Biotech']);
    assert.deepEqual(found('name=Ana Lima status=open'), ['PERSON:Ana Lima']);
    assert.deepEqual(found('last_name=Van Der Berg\n'), ['PERSON:Van Der Berg']);
    // The log's own words after a one-word value, and lower-case words, are not the value's.
    assert.deepEqual(found('name=Ana Failed to connect'), ['PERSON:Ana']);
    assert.deepEqual(found('first_name=ana lima status=open'), ['PERSON:ana']);
  });
  it("takes a name, date or phone quoted after 'key = ' in code and SQL, not a place", () => {
    assert.deepEqual(
      found("SELECT * FROM patients WHERE last_name = 'Okonkwo' AND dob = '1984-06-12' AND city = 'Austin';"),
      ['PERSON:Okonkwo', 'DATE:1984-06-12'],
    );
    assert.deepEqual(found('first_name = "Ada";'), ['PERSON:Ada']);
    // A place there is a filter's category, not someone's.
    assert.deepEqual(found("WHERE country = 'Germany' AND state = 'CA'"), []);
  });
  it('does not take values that cannot be what the field says', () => {
    const text =
      '{"name": "build-app", "name": "Production", "state": "Active", "city": "null", "zip": "n/a", ' +
      '"file_name": "Report Final", "user name": "Admin", "phone": "ext", "address": "Sara Schwarz"}\n' +
      "Time: 10:30, see https://example.com/name=Bob\nSELECT name FROM t WHERE city = row.city AND name = 'main'\n" +
      'Assignee: Platform Team\nReporter: QA Bot\nmanager: default';
    assert.deepEqual(found(text), []);
  });
});

describe('tables', () => {
  it('types the cells of CSV, TSV and Markdown tables by their header', () => {
    const csv =
      'id,first_name,last_name,email,phone,city\n1,Olu,Adeyemi,o@x.io,555-201-3344,Austin\n2,"Wei","Chen",,,San Jose';
    assert.deepEqual(found(csv), [
      'PERSON:Olu',
      'PERSON:Adeyemi',
      'PHONE:555-201-3344',
      'LOCATION:Austin',
      'PERSON:Wei',
      'PERSON:Chen',
      'LOCATION:San Jose',
    ]);
    const md = '| Name | Team |\n|---|---|\n| Ji-woo Park | Soporte |\n| Tomás Herrera | Ventas |';
    assert.deepEqual(found(md), ['PERSON:Ji-woo Park', 'PERSON:Tomás Herrera']);
    const tsv = 'name\tmanager\nLiam O’Brien\tSiobhan Kelly';
    assert.deepEqual(found(tsv), ['PERSON:Liam O’Brien', 'PERSON:Siobhan Kelly']);
  });
  it('ends a table at the first line with another number of cells, and needs a header of field names', () => {
    const text = 'name,city\nAna Lima,Porto\nThat was all, thanks, see you\n\nHello, world\nfoo,bar';
    assert.deepEqual(found(text), ['PERSON:Ana Lima', 'LOCATION:Porto']);
    assert.deepEqual([...tableCells('We met, talked, and left.\nThen, later, we ate.')], []);
  });
  it('keeps exact offsets in quoted cells and after CRLF', () => {
    const text = '"name","city"\r\n"Ana Lima","Porto"\r\n';
    const cells = FIELDS_RECOGNIZER.detect(text).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(cells, ['Ana Lima', 'Porto']);
  });
});

describe('values that cannot be what their field says', () => {
  it('takes no hash for a place under a key that ends like a place field', () => {
    assert.deepEqual(
      found('{"electron-v4.0.4-linux-x64.zip": "877617029f4c0f2b24f3805a1c3554ba166fda65c4e88df9480ae7b6ffa26a22"}'),
      [],
    );
    assert.deepEqual(found('{"city": "Graz", "zip": "8010"}'), ['LOCATION:Graz', 'LOCATION:8010']);
  });
});

describe('SQL INSERT statements', () => {
  it('types each quoted value by its column, over several rows', () => {
    assert.deepEqual(
      found(
        "INSERT INTO patients (first_name, last_name, ssn, dob) VALUES ('Derek', 'Olsen', '512-44-9021', '1983-11-02');",
      ),
      ['PERSON:Derek', 'PERSON:Olsen', 'DATE:1983-11-02'],
    );
    // Quoted column names, a doubled quote inside a value, numbers and function calls between the values.
    assert.deepEqual(
      found(
        "insert into users (id, `name`, city, created) values (1, 'Siobhán O''Neill', 'Galway', NOW()),\n" +
          "  (2, 'Kwame Mensah', 'Accra', DATE('2024-01-02'));",
      ),
      ["PERSON:Siobhán O''Neill", 'LOCATION:Galway', 'PERSON:Kwame Mensah', 'LOCATION:Accra'],
    );
  });
  it('reads nothing from a statement it cannot follow, or from values whose column says nothing', () => {
    assert.deepEqual(found("INSERT INTO notes (id, body) VALUES (1, 'Call Anna tomorrow');"), []);
    assert.deepEqual(found("INSERT INTO users (name) VALUES ('unterminated"), []);
    // A long value is passed over, and the rows and statements after it are still read.
    assert.deepEqual(
      found(`INSERT INTO people (name, bio) VALUES ('Ines Duarte', '${'x'.repeat(300)}'), ('Tomasz Zielinski', 'ok');`),
      ['PERSON:Ines Duarte', 'PERSON:Tomasz Zielinski'],
    );
    assert.deepEqual(found('We insert into the list (name) values later.'), []);
  });
});

describe('HL7 v2 messages', () => {
  const typed = (text: string) =>
    FIELDS_RECOGNIZER.detect(text).map(
      (c) => `${c.type}${c.subtype ? ':' + c.subtype : ''}:${text.slice(c.start, c.end)}`,
    );

  it("takes the patient's, the next of kin's and the doctors' details from the fields that hold them", () => {
    const message = [
      'MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202311141030||ADT^A01|MSG00471|P|2.5',
      'PID|1||MRN4471829^^^STMARYS^MR~512-47-8830^^^SSA^SS||OKONKWO^ADAEZE^N||19840317|F|||22 Willow Lane^^Leeds^^LS6 2QT^GBR||07700 982431',
      'NK1|1|OKAFOR^CHINEDU|SPO|14 Elm Road^^Bristol^^BS1 4DJ|0117 496 0321',
      'PV1|1|I|WARD3^12^B||||004777^HARTLEY^SIMON^J^^DR',
    ].join('\r');
    assert.deepEqual(typed(message), [
      'ID_NUMBER:MEDICAL_RECORD_NUMBER:MRN4471829',
      'ID_NUMBER:US_SSN:512-47-8830',
      'PERSON:HL7:OKONKWO^ADAEZE^N',
      'DATE:BIRTH_DATE:19840317',
      'LOCATION:ADDRESS:22 Willow Lane^^Leeds^^LS6 2QT',
      'PHONE:07700 982431',
      'PERSON:HL7:OKAFOR^CHINEDU',
      'LOCATION:ADDRESS:14 Elm Road^^Bristol^^BS1 4DJ',
      'PHONE:0117 496 0321',
      'PERSON:HL7:HARTLEY^SIMON^J',
    ]);
  });

  it("reads a phone from its area code and number components, and a guarantor's SSN, with '\\n' between segments", () => {
    assert.deepEqual(
      typed('PID|1||||DOE^JANE||||||||^PRN^PH^^1^217^5550148\nGT1|1|G77120|DOE^JOHN|||||||||431-55-2981'),
      [
        'PERSON:HL7:DOE^JANE',
        'PHONE:217^5550148',
        'ID_NUMBER:MEDICAL_RECORD_NUMBER:G77120',
        'PERSON:HL7:DOE^JOHN',
        'ID_NUMBER:US_SSN:431-55-2981',
      ],
    );
  });

  it('takes nothing from a field whose value does not fit, nor from segments that are not at the start of a line', () => {
    // A room in the name's place, a birth date that is no date, an ID without digits.
    assert.deepEqual(typed('PID|1||HOSP||ROOM 101^B2||19841399'), []);
    assert.deepEqual(typed('the log said PID|1||4471829||DOE^JANE and stopped'), []);
    assert.deepEqual(typed('| PID | name |\n|-----|------|\n| 4471829 | DOE^JANE |'), []);
  });
});
