// A number that fails its check right after its own label is still reported (mistyped or made up,
// it stands where the number goes), as unchecked and below a checked value; anywhere else, or after
// a label that says it is not one, it is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from '../../../electron/services/redaction/engine';
import { assertNotReported, reported } from './helpers';

/** The one finding of `subtype` in `text`: its text, whether it was checked, its score. */
function only(text: string, subtype: string): [string, boolean, number] {
  const hits = reported(text, subtype);
  assert.equal(hits.length, 1, `${subtype} should report one value in ${JSON.stringify(text)}`);
  return [text.slice(hits[0]!.start, hits[0]!.end), hits[0]!.validated === true, hits[0]!.score];
}

describe('a value failing its check after its label', () => {
  it('is reported, unchecked, after the label and a sign, "is" or a number word', () => {
    // 046 454 286 is the SIN of the Canadian government's examples: the first digit is never assigned.
    assert.deepEqual(only('SIN: 046 454 286', 'CA_SIN'), ['046 454 286', false, 0.6]);
    assert.deepEqual(only('My Aadhaar number is 2846 3917 5521.', 'IN_AADHAAR'), ['2846 3917 5521', false, 0.6]);
    assert.deepEqual(only('Steuer-ID 47 036 892 815', 'DE_TAX_ID'), ['47 036 892 815', false, 0.6]);
    assert.deepEqual(only('NHS no. 943 476 5918', 'UK_NHS'), ['943 476 5918', false, 0.6]);
    assert.deepEqual(only('IMEI # 490154203237519', 'IMEI'), ['490154203237519', false, 0.6]);
  });

  it('also after "is" in other languages', () => {
    const nir = '2 85 05 75 115 042 78';
    assert.deepEqual(only(`mon numéro de sécurité sociale est ${nir}.`, 'FR_NIR'), [nir, false, 0.6]);
    // As most people say it, and the card that carries it.
    assert.deepEqual(only(`mon numéro de sécu est ${nir}.`, 'FR_NIR'), [nir, false, 0.6]);
    assert.deepEqual(only(`carte Vitale : ${nir}`, 'FR_NIR'), [nir, false, 0.6]);
    assert.deepEqual(only('Meine Steuer-ID ist 47 036 892 815', 'DE_TAX_ID'), ['47 036 892 815', false, 0.6]);
    assert.deepEqual(only('Mi DNI es 12345679A', 'ES_NIF'), ['12345679A', false, 0.6]);
    // "is" in Serbian, Czech and Polish ("je", "to").
    assert.deepEqual(only('moj JMBG je 0101990710006.', 'JMBG_EMSO'), ['0101990710006', false, 0.6]);
    assert.deepEqual(only('mój PESEL to 90010112346', 'PL_PESEL'), ['90010112346', false, 0.6]);
    // A value in brackets after its label.
    assert.deepEqual(only('asked for my Emirates ID (784-1985-1234567-1) over email', 'AE_EMIRATES_ID'), [
      '784-1985-1234567-1',
      false,
      0.6,
    ]);
    // German and Dutch say a number "reads": "lautet", "luidt".
    assert.deepEqual(only('Ihre Steuer-ID lautet 47 036 892 815.', 'DE_TAX_ID'), ['47 036 892 815', false, 0.6]);
  });

  it('also for the numbers whose shape alone is telling: a German pension number, a Singapore UEN', () => {
    // 12 150380 W 012 fails the pension insurance's check digit (…W 013 would pass).
    assert.deepEqual(only('Ihre Versicherungsnummer lautet 12 150380 W 012.', 'DE_SOCIAL_SECURITY'), [
      '12 150380 W 012',
      false,
      0.6,
    ]);
    assert.deepEqual(only('Rentenversicherungsnummer: 12150380W012', 'DE_SOCIAL_SECURITY'), [
      '12150380W012',
      false,
      0.6,
    ]);
    assertNotReported('Vorgang 12 150380 W 012 erledigt', 'DE_SOCIAL_SECURITY');
    assert.deepEqual(only('Singapore 068898, UEN 201912345K', 'SG_UEN'), ['201912345K', false, 0.6]);
  });

  it('also after a plural label, or the label a tax registration goes by', () => {
    assert.deepEqual(only('SINs: 046 454 286', 'CA_SIN'), ['046 454 286', false, 0.6]);
    assert.deepEqual(only('GST registration: 07PQRST6789K1Z2', 'IN_GSTIN'), ['07PQRST6789K1Z2', false, 0.6]);
    assert.deepEqual(only('GST no. 07PQRST6789K1Z2', 'IN_GSTIN'), ['07PQRST6789K1Z2', false, 0.6]);
  });

  it('is marked as labelled, so that it wins over a phone reading of the same digits', async () => {
    assert.equal(reported('NHS number 485 777 3456', 'UK_NHS')[0]?.labelled, true);
    assert.equal(reported('NHS number 485 777 3457', 'UK_NHS')[0]?.labelled, true);
    // Checked, with its context word after it rather than its label before it.
    assert.equal(reported('943 476 5919 is on my NHS card', 'UK_NHS')[0]?.labelled, undefined);
    const detector = new Detector({ modelDir: null });
    const types = async (text: string) =>
      (await detector.detect(text, { ner: false })).entities.map((e) => [e.text, e.type]);
    assert.deepEqual(await types('NHS number 485 777 3456'), [['485 777 3456', 'ID_NUMBER']]);
    // An organisation's name before a phone is no label of it.
    assert.deepEqual(await types('NHS Direct: 0845 46 47 99'), [['0845 46 47 99', 'PHONE']]);
    // A checked value right after its label wins too, over a phone named after it.
    assert.deepEqual(await types('mijn BSN is 111222333 en mijn telefoonnummer is 06 12345678'), [
      ['111222333', 'ID_NUMBER'],
      ['06 12345678', 'PHONE'],
    ]);
    assert.deepEqual(await types('mit CPR-nummer er 010190-1234, og jeg bor her'), [['010190-1234', 'ID_NUMBER']]);
    // An EIN after its label, not the phone number of the same shape.
    assert.deepEqual(await types('Employer identification number: 46-2817395'), [['46-2817395', 'ID_NUMBER']]);
    assert.deepEqual(await types('call me at 46-2817395'), [['46-2817395', 'PHONE']]);
  });

  it('keeps the checked reading when the check passes', () => {
    assert.deepEqual(only('NHS no. 943 476 5919', 'UK_NHS')[1], true);
    assert.ok(only('NHS no. 943 476 5919', 'UK_NHS')[2] > 0.6);
  });

  it('is not reported without the label right before it', () => {
    assertNotReported('046 454 286', 'CA_SIN');
    assertNotReported('I lost my SIN card last week; ticket 046 454 286', 'CA_SIN');
    assertNotReported('Aadhaar enrolment opens at 9; call 2345 6789 0123', 'IN_AADHAAR');
  });

  it('is not reported after a label that denies it, nor when it is filler', () => {
    assertNotReported('not a SIN: 046 454 286', 'CA_SIN');
    assertNotReported('invalid NHS number 943 476 5918', 'UK_NHS');
    assertNotReported('SIN: 000 000 000', 'CA_SIN');
    assertNotReported('Steuer-ID 12345678901', 'DE_TAX_ID');
  });

  it('needs a label of that number: a context word that names other things is none', () => {
    // "my number" is Japan's My Number, and also anybody's phone number.
    assertNotReported('my number is 9876 5432 1091', 'JP_MY_NUMBER');
    // A plate's label is an everyday word; its value has no check to fail.
    assertNotReported('plate 123456', 'LICENSE_PLATE');
  });
});
