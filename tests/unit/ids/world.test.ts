// Chile, Brazil, Mexico, China, Japan, Portugal, Ireland, Switzerland, and phones' IMEI. The valid values were computed
// with an independent implementation of each published algorithm (and the published examples:
// RUT 76.086.428-5, CURP HEGG560427MVZRRL04, resident ID 11010519491231002X, AHV 756.1234.5678.97).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rutCheck } from '../../../electron/services/redaction/patterns/ids/cl';
import { nitCheck } from '../../../electron/services/redaction/patterns/ids/co';
import { assertChecksum, assertNeedsContext, assertNotReported, reported, wrongCheck } from './helpers';

/**
 * A value that is only reported next to its name. With a wrong check character it is reported only
 * right after its name, and then as unchecked (see LABELLED in define.ts).
 */
function assertNamedChecksum(subtype: string, value: string, named: string, prose: string, checkIndex?: number) {
  assertNeedsContext(subtype, value, named, prose);
  for (const bad of wrongCheck(value, checkIndex)) {
    assertNotReported(prose.replace(value, bad), subtype);
    for (const hit of reported(named.replace(value, bad), subtype)) {
      assert.notEqual(hit.validated, true, `${subtype} ${bad} fails its check`);
      assert.ok(hit.score <= 0.6, `${subtype} ${bad} scores below a checked value`);
    }
  }
}

describe('Russia', () => {
  const values = (text: string, subtype: string) =>
    reported(text, subtype).map((c) => [text.slice(c.start, c.end), c.validated === true]);

  it('INN: one check digit over ten digits, two over twelve, only where it is named', () => {
    assert.deepEqual(values('ИНН 7707083893', 'RU_INN'), [['7707083893', true]]);
    assert.deepEqual(values('my INN is 500100732259 and', 'RU_INN'), [['500100732259', true]]);
    for (const bad of [...wrongCheck('500100732259'), ...wrongCheck('500100732259', 10)])
      assertNotReported(`taxpayer number ${bad}`, 'RU_INN');
    assertNotReported('500100732259', 'RU_INN');
  });

  it('SNILS: the mod 101 key over nine digits', () => {
    assert.deepEqual(values('СНИЛС 112-233-445 95', 'RU_SNILS'), [['112-233-445 95', true]]);
    assert.deepEqual(values('SNILS: 11223344595', 'RU_SNILS'), [['11223344595', true]]);
    for (const bad of wrongCheck('112-233-445 95')) assertNotReported(`страховой номер ${bad}`, 'RU_SNILS');
    assertNotReported('112-233-445 95', 'RU_SNILS');
  });
});

describe('United Arab Emirates', () => {
  it('Emirates ID: 784, a year of birth, a Luhn check digit over fifteen digits', () => {
    const found = (text: string) =>
      reported(text, 'AE_EMIRATES_ID').map((c) => [text.slice(c.start, c.end), c.validated === true, c.score]);
    const [[value, checked, score]] = found('Patient Ahmed Al-Farsi, 784-1987-4532781-1, Dubai.') as [
      [string, boolean, number],
    ];
    assert.deepEqual([value, checked], ['784-1987-4532781-1', true]);
    assert.ok(score >= 0.9, `written in its groups it stands alone: ${score}`);
    assert.deepEqual(
      found('Emirates ID 784198745327811').map(([v, c]) => [v, c]),
      [['784198745327811', true]],
    );
    for (const bad of wrongCheck('784-1987-4532781-1')) assertNotReported(`patient ${bad}, Dubai`, 'AE_EMIRATES_ID');
    // Not a year of birth; not the country code.
    assertNotReported('ref 784-2999-4532781-5 and 785-1987-4532781-0', 'AE_EMIRATES_ID');
  });
});

describe('Chile', () => {
  it('RUT: the written form alone, bare digits with the word RUT, a mod-11 check character', () => {
    // 76.086.428-5 is a published company RUT; the check character K stands for 10.
    assertChecksum('CL_RUT', ['76.086.428-5', '12.345.678-5'], { checkIndex: 11, context: (v) => `RUT: ${v}` });
    assertNamedChecksum('CL_RUT', '12345678-5', 'mi RUT es 12345678-5', 'pedido 12345678-5 enviado');
    assert.equal(rutCheck('10000013'), 'K');
    assertNotReported('total 12.345.678-4 pesos', 'CL_RUT');
  });
});

describe('Colombia', () => {
  it('NIT: nine digits and the DIAN check digit, the written form alone, bare digits with the word NIT', () => {
    // 900.123.456-8: 586 = 6·3 + 5·7 + 4·13 + 3·17 + 2·19 + 1·23 + 9·41, 586 mod 11 = 3, 11 − 3 = 8.
    assert.equal(nitCheck('900123456'), 8);
    assert.equal(nitCheck('800197268'), 4); // the DIAN's own NIT, 800.197.268-4
    assertChecksum('CO_NIT', ['900.123.456-8', '800.197.268-4'], { checkIndex: 12, context: (v) => `NIT ${v}` });
    assertNamedChecksum('CO_NIT', '900123456-8', 'Factura a Andes SAS, NIT 900123456-8', 'pedido 900123456-8 enviado');
    // With a wrong check digit, right after its name only, unchecked.
    assert.deepEqual(
      reported('Bogotá, NIT 900.123.456-7', 'CO_NIT').map((c) => c.validated === true),
      [false],
    );
    assertNotReported('valor 900.123.456-7', 'CO_NIT');
  });
});

describe('Brazil', () => {
  it('CPF: the written form alone, bare digits with the word CPF, two check digits', () => {
    assertChecksum('BR_CPF', ['529.982.247-25', '111.444.777-35'], { context: (v) => `CPF: ${v}` });
    assertChecksum('BR_CPF', ['529.982.247-25'], { checkIndex: 12, context: (v) => `CPF ${v}` });
    assertNamedChecksum('BR_CPF', '52998224725', 'meu CPF é 52998224725', 'pedido 52998224725 enviado');
    assertNotReported('CPF 111.111.111-11', 'BR_CPF');
  });

  it('CNPJ: the written form alone, bare digits with the word CNPJ', () => {
    assertChecksum('BR_CNPJ', ['11.222.333/0001-81', '11.444.777/0001-61'], { context: (v) => `CNPJ ${v}` });
    assertNamedChecksum('BR_CNPJ', '11222333000181', 'CNPJ: 11222333000181', 'código 11222333000181 ok');
  });
});

describe('Mexico', () => {
  it('CURP: state, birth date and check digit', () => {
    assertChecksum('MX_CURP', ['HEGG560427MVZRRL04', 'BADD110313HCMLNS06', 'GOMC850101HDFRRR05'], {
      context: (v) => `CURP: ${v}`,
    });
    assertNotReported('HEGG561327MVZRRL04', 'MX_CURP'); // month 13
    assertNotReported('HEGG560427MXXRRL04', 'MX_CURP'); // no such state
  });
  it("RFC: a person's or a company's letters, a real date and the SAT's mod-11 check character", () => {
    // The SAT's own example for a person, and the SAT's own RFC (a company's twelve characters).
    assertChecksum('MX_RFC', ['GODE561231GR8', 'SAT970701NN3'], { context: (v) => `RFC: ${v}` });
    assertNotReported('GODE561331GR8', 'MX_RFC'); // month 13
    // The generic RFC of foreigners passes its check but is no one's.
    assertNotReported('XEXX010101000', 'MX_RFC');
    // A CURP holds an RFC's first ten characters, but no RFC.
    assertNotReported('HEGG560427MVZRRL04', 'MX_RFC');
  });
});

describe('China', () => {
  it('resident identity card: birth date and MOD 11-2 check character (X for 10)', () => {
    assertChecksum('CN_RESIDENT_ID', ['11010519491231002X', '440300199003072915'], {
      context: (v) => `身份证号：${v}`,
    });
    assertNotReported('110105194913310020', 'CN_RESIDENT_ID'); // month 13
  });
});

describe('Japan', () => {
  it('My Number: a check digit, reported with its name only', () => {
    assertNamedChecksum('JP_MY_NUMBER', '123456789018', 'マイナンバー 123456789018', '注文番号 123456789018');
    assertNamedChecksum('JP_MY_NUMBER', '9876 5432 1093', 'my number is 9876 5432 1093', 'order 9876 5432 1093');
  });
});

describe('Portugal', () => {
  it('NIF: holder digit and check digit, reported with its name only', () => {
    assertNamedChecksum('PT_NIF', '123456789', 'NIF 123456789', 'encomenda 123456789');
    assertNamedChecksum('PT_NIF', '501234560', 'número de contribuinte: 501234560', 'ref 501234560');
    // No holder starts with 4 alone: only right after its label, and unchecked.
    assertNotReported('encomenda 423456789', 'PT_NIF');
    assert.deepEqual(
      reported('NIF 423456789', 'PT_NIF').map((h) => h.validated === true),
      [false],
    );
  });
});

describe('Ireland', () => {
  it('PPS number: mod-23 check letter, with the second letter in the sum', () => {
    assertChecksum('IE_PPS', ['1234567FA', '7654321GW'], { checkIndex: 7, context: (v) => `PPS number ${v}` });
    assertNamedChecksum('IE_PPS', '1234567T', 'my PPSN is 1234567T', 'part 1234567T in stock');
    // T is the check letter without the A: unchecked, and reported only right after the label.
    assert.deepEqual(
      reported('PPS 1234567TA', 'IE_PPS').map((h) => h.validated === true),
      [false],
    );
    assertNotReported('part 1234567TA', 'IE_PPS');
  });
});

describe('Switzerland', () => {
  it('AHV number: the written form alone, 13 bare digits (a barcode too) with the word AHV', () => {
    assertChecksum('CH_AHV', ['756.1234.5678.97', '756.9876.5432.17'], { context: (v) => `AHV-Nr. ${v}` });
    assertNamedChecksum('CH_AHV', '7561234567897', 'AHV 7561234567897', 'EAN 7561234567897');
  });
});

describe('devices', () => {
  it('IMEI: the written grouping alone, fifteen bare digits with the word IMEI, Luhn check digit', () => {
    assertChecksum('IMEI', ['35-209900-176148-1', '49-015420-323751-8'], { context: (v) => `IMEI: ${v}` });
    assertNamedChecksum('IMEI', '867234051234562', 'my phone IMEI is 867234051234562', 'order 867234051234562 shipped');
  });
  it('a serial number where named: capitals and digits, maybe in dashed groups', () => {
    assertNeedsContext(
      'DEVICE_SERIAL',
      'C02XK0JHJGH5',
      'Device serial SN: C02XK0JHJGH5 (MacBook Pro)',
      'build C02XK0JHJGH5 ok',
    );
    assertNeedsContext('DEVICE_SERIAL', '8XK2-44QP-1190', 'S/N 8XK2-44QP-1190', 'key 8XK2-44QP-1190');
    // Not a word, a short number or a year.
    assertNotReported('the serial port COM3 at 115200 baud; serial killer of 2019; SERIALNUMBER', 'DEVICE_SERIAL');
  });
});
