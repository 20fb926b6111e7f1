import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_RECOGNIZERS, Detector } from '../../../electron/services/redaction/engine';
import type { Recognizer } from '../../../electron/services/redaction/types';
import {
  assertChecksum,
  assertNeedsContext,
  assertNotReported,
  assertReported,
  reported,
  scoreOf,
  wrongCheck,
} from './helpers';

describe('Australian, Canadian, South African and Nigerian recognizers', () => {
  it('ABN mod 89, ACN, TFN, Medicare', () => {
    assertChecksum('AU_ABN', ['51 824 753 556', '51824753556'], { context: (v) => `ABN ${v}` });
    assertNotReported('00000000560', 'AU_ABN');
    assertChecksum('AU_ACN', ['005 499 981', '006249976'], { context: (v) => `ACN ${v}` });
    assertChecksum('AU_TFN', ['876 543 210', '876543210'], { context: (v) => `TFN ${v}` });
    assertChecksum('AU_MEDICARE', ['2123 45670 1', '2123456701'], {
      checkIndex: 8,
      context: (v) => `Medicare card ${v}`,
    });
    assertChecksum('AU_MEDICARE', ['2123 45670 1'], { checkIndex: 9, context: (v) => `Medicare ${v}` });
  });

  it('CA SIN: Luhn, never 0 or 8 first', () => {
    assertChecksum('CA_SIN', ['130 692 544', '435-418-165', '550090112'], { context: (v) => `my SIN is ${v}` });
    for (const v of ['046 454 286', '812 345 678', '999 999 999', '046-454 286']) assertNotReported(v, 'CA_SIN');
  });

  it('CA Ontario health card: ten digits with a Luhn check, a version code, and only where it is named', () => {
    const values = (text: string) =>
      reported(text, 'CA_ON_HEALTH_CARD').map((c) => [text.slice(c.start, c.end), c.validated === true]);
    for (const v of ['1234-567-897-AB', '9876 543 217 XY', '5601928343']) {
      assert.deepEqual(values(`Ontario health card ${v}.`), [[v, true]]);
      assert.deepEqual(values(`My OHIP number is ${v}`), [[v, true]]);
      // Ten digits alone are anything: an order, a phone number.
      assertNotReported(v, 'CA_ON_HEALTH_CARD');
    }
    for (const bad of wrongCheck('5601928343')) {
      assertNotReported(`the health number on file, ${bad}, was`, 'CA_ON_HEALTH_CARD');
      // Right after its own label a value is kept as written, unchecked.
      assert.deepEqual(values(`OHIP ${bad}`), [[bad, false]]);
    }
    assertNotReported('Order 1234-567-897 shipped to Ottawa.', 'CA_ON_HEALTH_CARD');
  });

  it('ZA ID: birth date, citizenship digit, Luhn', () => {
    assertChecksum('ZA_ID_NUMBER', ['8001015009087', '9202201234088'], { context: (v) => `South African ID ${v}` });
    for (const v of ['9913326789285', 'AB8001015009087CD', 'SA ID 80010150090870'])
      assertNotReported(v, 'ZA_ID_NUMBER');
  });

  it('NG vehicle registration needs context', () => {
    assertNeedsContext('NG_VEHICLE_REGISTRATION', 'APP-456CV', 'The plate number is APP-456CV', 'Order APP-456CV');
    assertNotReported('plate AB-12CD', 'NG_VEHICLE_REGISTRATION');
  });
});

describe('researcher identifiers', () => {
  it('ORCID iD: ISO 7064 MOD 11-2 check character, issued from 0000-000', () => {
    assertChecksum('ORCID', ['0000-0002-1825-0097', '0000-0001-5109-3700'], { context: (v) => `ORCID ${v}` });
    assertReported('0000-0003-4567-890X', 'ORCID', { validated: true });
    // A card number in the same groups is no iD.
    assertNotReported('4111-1111-1111-1111', 'ORCID');
  });
});

describe("a doctor's registration", () => {
  it('UK GMC number: seven digits, only where named', () => {
    assertNeedsContext('UK_GMC', '7012345', 'Dr. Amara Nwosu, GMC number 7012345.', 'call 7012345 now');
  });
});

describe('vehicle identification numbers', () => {
  it('trusts a North American check digit alone, and needs the label otherwise', () => {
    assertReported('1HGCM82633A004352', 'VIN', { validated: true });
    assertNotReported('1HGCM82633A004353', 'VIN'); // wrong check digit, no label
    assert.ok(scoreOf('WVWZZZ1JZXW000001 is the chassis number', 'WVWZZZ1JZXW000001', 'VIN') >= 0.6);
    assertNotReported('WVWZZZ1JZXW000001', 'VIN');
    // Seventeen letters, or seventeen digits, are not a VIN.
    assertNotReported('VIN ABCDEFGHJKLMNPRST', 'VIN');
    assertNotReported('VIN 12345678901234567', 'VIN');
  });
});

describe('number plates', () => {
  it('finds a plate of any common shape right after its label, and nothing without one', () => {
    for (const [text, value] of [
      ['plate 7ABC123, VIN 1HGBH41JXMN109186', '7ABC123'],
      ['Kennzeichen M-AB 1234 gesehen', 'M-AB 1234'],
      ['plaque AB-123-CD', 'AB-123-CD'],
      ['kenteken 12-ABC-3', '12-ABC-3'],
      ['license plate ABC 1234', 'ABC 1234'],
      ['The plate number is APP-456CV', 'APP-456CV'],
      // Three groups with four digits in the middle: the whole plate, not its first two groups.
      ['truck plate TX-7781-KL, route Dallas', 'TX-7781-KL'],
    ]) {
      assert.ok(scoreOf(text!, value!, 'LICENSE_PLATE') >= 0.5, text);
    }
    assertNotReported('7ABC123', 'LICENSE_PLATE');
    // Letters and digits both: a plate of cookies, a plate number that is only digits.
    assertNotReported('a plate of 3 cookies; plate 123456; plate ABCDEF', 'LICENSE_PLATE');
  });

  it('keeps a labelled plate apart when a place runs into it', async () => {
    const text = 'Registered to Dwight Schrute, plate 7XYZ321, Scranton PA 18503.';
    // The model's reading of "7XYZ321, Scranton PA 18503" as one place, as the CI model has it.
    const start = text.indexOf('7XYZ');
    const modelPlace: Recognizer = {
      name: 'model-place',
      types: ['LOCATION'],
      detect: () => [{ start, end: text.length - 1, type: 'LOCATION', score: 0.95, source: 'ner' }],
    };
    const detector = new Detector({ modelDir: null, recognizers: [...BUILTIN_RECOGNIZERS, modelPlace] });
    const found = (await detector.detect(text, { ner: false })).entities.map((e) => `${e.type}:${e.text}`);
    assert.ok(found.includes('ID_NUMBER:7XYZ321'), found.join(' | '));
    assert.ok(found.includes('LOCATION:Scranton PA 18503'), found.join(' | '));
  });
});
