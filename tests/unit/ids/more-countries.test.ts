// National IDs of Romania, Bulgaria, Estonia and Lithuania, the former Yugoslav countries, Czechia
// and Slovakia, Austria, Greece, Israel, Taiwan, Argentina, Saudi Arabia, Croatia, Hungary, Indonesia
// and Malaysia. The valid values were computed with an independent implementation of each published
// algorithm (a Python script written apart from the TypeScript).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertChecksum, assertNotReported, reported, wrongCheck } from './helpers';

/** Reported where named and checked; silent bare; a wrong check digit is never reported as checked. */
function assertNamed(subtype: string, value: string, named: string, checkIndex?: number): void {
  assertNotReported(value, subtype);
  const hits = reported(named, subtype);
  assert.deepEqual(
    hits.map((h) => [named.slice(h.start, h.end), h.validated === true]),
    [[value, true]],
    named,
  );
  for (const bad of wrongCheck(value, checkIndex)) {
    for (const hit of reported(named.replace(value, bad), subtype)) assert.notEqual(hit.validated, true, bad);
  }
}

describe('IDs with a birth date and a check digit', () => {
  it('Romania CNP: weights 279146358279 mod 11, a real date and county', () => {
    assertChecksum('RO_CNP', ['1960312456727', '2851123041561'], { context: (v) => `CNP ${v}` });
    // Not a day of the year (13th month), not a county.
    assertNotReported('1961312456723', 'RO_CNP');
    assertNotReported('1960312996727', 'RO_CNP');
  });
  it('Bulgaria EGN: the century in the month, weights mod 11, only where named (ten digits)', () => {
    assertNamed('BG_EGN', '8603211549', 'ЕГН 8603211549');
    assertNamed('BG_EGN', '0543150486', 'EGN: 0543150486');
    // Month 53 is no month of any century.
    assert.ok(reported('ЕГН 7553150486', 'BG_EGN').every((h) => h.validated !== true));
  });
  it('Estonia and Lithuania personal code: two rounds of weights mod 11', () => {
    assertChecksum('EE_LT_PERSONAL_CODE', ['38706034212', '49202151239'], { context: (v) => `isikukood ${v}` });
  });
  it('JMBG / EMŠO: DDMMYYY, region, serial, weights 7..2 mod 11', () => {
    assertChecksum('JMBG_EMSO', ['0101990710016', '1503985508122'], { context: (v) => `JMBG ${v}` });
  });
  it('Czech and Slovak birth number: divisible by 11; with its slash alone, bare only where named', () => {
    assertChecksum('CZ_SK_BIRTH_NUMBER', ['850718/1232', '905612/4320'], { context: (v) => `rodné číslo ${v}` });
    assertNamed('CZ_SK_BIRTH_NUMBER', '8507181232', 'rodné číslo: 8507181232');
  });
});

describe('IDs with a single check digit, only where named', () => {
  it('Austria social insurance number', () => {
    assertNamed('AT_SVNR', '1237010180', 'SVNR 1237010180', 3);
    assertNamed('AT_SVNR', '4875 150675', 'Sozialversicherungsnummer: 4875 150675', 3);
  });
  it('Greece AMKA: a date and a Luhn digit', () => {
    assertNamed('GR_AMKA', '07128612343', 'ΑΜΚΑ 07128612343');
  });
  it('Israel Teudat Zehut, Saudi national ID and Iqama: Luhn', () => {
    assertNamed('IL_ID', '039603428', 'Teudat Zehut 039603428');
    assertNamed('SA_NATIONAL_ID', '2468013574', 'Iqama no. 2468013574');
  });
  it('Croatia OIB (ISO 7064 MOD 11,10) and Hungary TAJ (weights 3 and 7)', () => {
    assertNamed('HR_OIB', '69403138712', 'OIB: 69403138712');
    assertNamed('HU_TAJ', '037 852 409', 'TAJ szám: 037 852 409');
  });
});

describe('IDs with a distinctive shape', () => {
  it('Taiwan national ID: the letter code and weighted digits mod 10', () => {
    assertChecksum('TW_NATIONAL_ID', ['F220736590'], { context: (v) => `身分證字號 ${v}` });
    // The textbook example is a counted-up placeholder.
    assertNotReported('A123456789', 'TW_NATIONAL_ID');
  });
  it('Argentina CUIT / CUIL: trusted in its three groups, bare with its name', () => {
    assertChecksum('AR_CUIT', ['20-17254359-7', '30-71234567-1'], { context: (v) => `CUIT ${v}` });
    // A prefix no CUIT has.
    assertNotReported('41-17254359-0', 'AR_CUIT');
  });
  it('Argentina DNI: seven or eight digits, grouped by dots or not, only where named', () => {
    assert.deepEqual(
      reported('DNI 30.123.456, Juan Pablo Fernández', 'AR_DNI').map((h) => h.start),
      [4],
    );
    assert.deepEqual(
      reported('mi D.N.I. es 7654321', 'AR_DNI').map((h) => h.start),
      [13],
    );
    assertNotReported('Tengo 30.123.456 pesos', 'AR_DNI');
    // Spain's DNI ends in its check letter: that is the NIF rule's.
    assertNotReported('Mi DNI es 12345678Z', 'AR_DNI');
  });
  it("Colombia's cédula and Brazil's RG: no check the rules can read, so only where named", () => {
    assert.deepEqual(
      reported('Hola soy Valentina Ríos, mi cédula es 1.023.456.789 y vivo en Medellín', 'CO_CEDULA').map(
        (h) => h.start,
      ),
      [38],
    );
    assert.deepEqual(
      reported('C.C. 79.845.123 de Bogotá', 'CO_CEDULA').map((h) => h.start),
      [5],
    );
    assertNotReported('El precio es 1.023.456 pesos', 'CO_CEDULA');
    assert.deepEqual(
      reported('Oi, aqui é o Thiago, meu RG é 27.913.452-8 e moro em Curitiba.', 'BR_RG').map((h) => h.start),
      [30],
    );
    assert.deepEqual(
      reported('RG: 27.913.452-X SSP/SP', 'BR_RG').map((h) => h.start),
      [4],
    );
    assertNotReported('Pedido 27.913.452-8 enviado', 'BR_RG');
  });
  it('New Zealand IRD number: mod 11 with a second set of weights, only where named', () => {
    // 49-091-850 and 35-901-981 take the first weights, 136-410-132 the second.
    for (const v of ['49-091-850', '35901981', '136410132']) {
      assert.equal(reported(`IRD number ${v}`, 'NZ_IRD')[0]?.validated, true, v);
      assert.equal(reported(`Inland Revenue: ${v}`, 'NZ_IRD')[0]?.validated, true, v);
      // A wrong check digit right after the label is reported unchecked, like every labelled ID.
      for (const bad of wrongCheck(v)) assert.notEqual(reported(`IRD ${bad}`, 'NZ_IRD')[0]?.validated, true, bad);
      assertNotReported(v, 'NZ_IRD');
    }
    // Outside the issued range.
    assert.equal(reported('IRD number 9-125-568', 'NZ_IRD')[0]?.validated, undefined);
  });
  it('New Zealand NHI number: mod 11 (old form) or mod 23 (new form), only where named', () => {
    // ZAA0024 and ZAC5361 (old form, check digit), ZBN77VL (new form, check letter): the Ministry of Health's
    // published test values; checked apart with a Python script.
    for (const v of ['ZAA0024', 'ZAC5361', 'ZBN77VL']) assertNamed('NZ_NHI', v, `Patient NHI: ${v}, seen today`);
    assertNotReported('code ZAC5361 in stock', 'NZ_NHI');
  });
  it("Iceland's kennitala: a birth date, a mod-11 check digit and the century, only where named", () => {
    // 120174-3399: born 12 January 1974 (century 9); 010203-4570: 1 February 2003 (century 0); 450678-1209:
    // a company's (day + 40), 5 June 1978.
    for (const v of ['120174-3399', '010203-4570', '450678-1209'])
      assertNamed('IS_KENNITALA', v, `kt. ${v}, Reykjavík`, 8);
    assert.equal(reported('kennitala 1201743399', 'IS_KENNITALA')[0]?.validated, true);
    // A century digit 7 is none.
    assert.ok(reported('kennitala 120174-3397', 'IS_KENNITALA').every((h) => h.validated !== true));
  });
  it("Hungary's tax identification number: an 8 and a mod-11 check over weights 1 to 9, only where named", () => {
    for (const v of ['8314565822', '8076543215']) assertNamed('HU_TAX_ID', v, `adóazonosító jel ${v}, Budapest`);
  });
  it('Kazakhstan IIN: a birth date, a century digit and a mod-11 check, only where named', () => {
    // 900101300126: born 1 January 1990 (century digit 3); 851215410202: 15 December 1985 (century digit 4), whose
    // check comes from the second weights (the first give 10).
    for (const v of ['900101300126', '851215410202']) assertNamed('KZ_IIN', v, `ИИН ${v}, Алматы`);
    assert.equal(reported('IIN 851215401230 for a Kazakhstan visa', 'KZ_IIN')[0]?.validated, true);
    // A century digit 7 or a 31 February is no IIN, named or not.
    assert.ok(reported('ИИН 900231300126', 'KZ_IIN').every((h) => h.validated !== true));
    assert.ok(reported('ИИН 900101700126', 'KZ_IIN').every((h) => h.validated !== true));
  });
  it('Indonesia NIK: region codes and a birth date (a woman’s day plus 40), only where named', () => {
    assert.deepEqual(
      reported('NIK: 3174096512870003', 'ID_NIK').map((h) => h.start),
      [5],
    );
    assertNotReported('3174096512870003', 'ID_NIK');
    // Day 72 is no day, even for a woman (72 - 40 = 32): after its label it is reported, but never as checked.
    assert.ok(reported('NIK: 3174097212870003', 'ID_NIK').every((h) => h.validated !== true));
    assertNotReported('nomor 3174097212870003', 'ID_NIK');
  });
  it('Indonesia NPWP: a Luhn check digit over the first eight; written in its groups alone, bare where named', () => {
    assertChecksum('ID_NPWP', ['09.254.294.3-407.000'], { checkIndex: 11, context: (v) => `NPWP ${v}` });
    assert.equal(reported('NPWP 092542943407000', 'ID_NPWP').length, 1);
    assertNotReported('total 092542943407000', 'ID_NPWP');
    // A failing check only right after its name, unchecked.
    assert.ok(reported('NPWP: 09.254.294.4-407.000', 'ID_NPWP').every((h) => h.validated !== true));
    assertNotReported('ref 09.254.294.4-407.000', 'ID_NPWP');
  });
  it('Malaysia MyKad: a date and a place-of-birth code; dashed alone, bare where named', () => {
    assert.equal(reported('870603-14-5123', 'MY_NRIC').length, 1);
    assert.equal(reported('IC no 920215086244', 'MY_NRIC').length, 1);
    assertNotReported('920215086244', 'MY_NRIC');
    // Place code 17 is unused; 13th month.
    assertNotReported('870603-17-5123', 'MY_NRIC');
    assertNotReported('871303-14-5123', 'MY_NRIC');
  });
});

describe('IDs reported only where named (no check the rules can read)', () => {
  const at = (text: string, subtype: string) => reported(text, subtype).map((h) => text.slice(h.start, h.end));

  it('Africa: Nigeria NIN and BVN, Kenya KRA PIN, Egypt national ID, Morocco CIN', () => {
    assert.deepEqual(at('My BVN is 22184736510.', 'NG_BVN'), ['22184736510']);
    assert.deepEqual(at('My NIN is 70245813962.', 'NG_NIN'), ['70245813962']);
    assert.deepEqual(at('KRA PIN A004716325Y for Wanjiku', 'KE_KRA_PIN'), ['A004716325Y']);
    assert.deepEqual(at('Egyptian national ID 29001011234567, Mona', 'EG_NATIONAL_ID'), ['29001011234567']);
    // Away from its label, the birth date and governorate must be real: month 13 is no month, and
    // governorate 99 does not exist. (Right after its label any value is reported, unchecked.)
    assert.deepEqual(at('the number 29001011234567 on my national ID', 'EG_NATIONAL_ID'), ['29001011234567']);
    assert.deepEqual(at('the number 29013011234567 on my national ID', 'EG_NATIONAL_ID'), []);
    assert.deepEqual(at('the number 29001019934567 on my national ID', 'EG_NATIONAL_ID'), []);
    assert.deepEqual(at('Moroccan CIN AB123456, Youssef', 'MA_CIN'), ['AB123456']);
    // Ghana's card carries its country's prefix: no label needed.
    assert.deepEqual(at('Mr. Kofi Boateng, GHA-714385926-3, House No. 5, Osu', 'GH_GHANA_CARD'), ['GHA-714385926-3']);
    assert.deepEqual(at('GHA-714385926 and gha-714385926-3', 'GH_GHANA_CARD'), []);
  });

  it('Asia: Pakistan CNIC, Bangladesh NID, Sri Lanka NIC, Vietnam CCCD, Philippines SSS', () => {
    assert.deepEqual(at('Pakistani CNIC 35202-7654321-9 belongs to Ali', 'PK_CNIC'), ['35202-7654321-9']);
    assert.deepEqual(at('Bangladesh NID 1987654320, Rahim', 'BD_NID'), ['1987654320']);
    assert.deepEqual(at('Sri Lankan NIC 199025612345, Kasun; old NIC 902561234V', 'LK_NIC'), [
      '199025612345',
      '902561234V',
    ]);
    // Away from its label, day 400 of a year is no day.
    assert.deepEqual(at('the number 199025612345 on my NIC', 'LK_NIC'), ['199025612345']);
    assert.deepEqual(at('the number 199040012345 on my NIC', 'LK_NIC'), []);
    assert.deepEqual(at('Vietnamese CCCD 001090012345, Pham', 'VN_CITIZEN_ID'), ['001090012345']);
    assert.deepEqual(at('Philippine SSS 34-2718093-6, Maria', 'PH_SSS'), ['34-2718093-6']);
  });

  it('takes no generic word for its label: a checked ID of another country after "National ID" still wins', () => {
    for (const subtype of ['BD_NID', 'EG_NATIONAL_ID', 'VN_CITIZEN_ID']) {
      assert.ok(
        reported('Thai National ID 1234567890121', subtype).every((h) => !h.labelled),
        subtype,
      );
    }
  });
  it('Venezuela cédula with its V or E, and none of these without a name', () => {
    assert.deepEqual(at('Venezuelan C.I. V-19.845.302, José', 'VE_CEDULA'), ['V-19.845.302']);
    for (const [text, subtype] of [
      ['Order 35202-7654321-9 shipped', 'PK_CNIC'],
      ['invoice 22184736510', 'NG_BVN'],
      ['part A004716325Y', 'KE_KRA_PIN'],
      ['ref 29001011234567', 'EG_NATIONAL_ID'],
      ['room AB123456', 'MA_CIN'],
      ['tracking 001090012345', 'VN_CITIZEN_ID'],
    ] as const) {
      assertNotReported(text, subtype);
    }
  });
});
