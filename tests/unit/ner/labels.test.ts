import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseId2Label, parseLabel } from '../../../models/labels';

test('CoNLL labels map to canonical types; MISC is dropped', () => {
  assert.deepEqual(parseLabel('B-PER'), { position: 'B', type: 'PERSON', raw: 'PER' });
  assert.deepEqual(parseLabel('I-PER'), { position: 'I', type: 'PERSON', raw: 'PER' });
  assert.equal(parseLabel('B-ORG').type, 'ORG');
  assert.equal(parseLabel('I-LOC').type, 'LOCATION');
  assert.deepEqual(parseLabel('B-MISC'), { position: 'O', type: null, raw: 'MISC' });
  assert.deepEqual(parseLabel('O'), { position: 'O', type: null, raw: 'O' });
});

test('PII-specific label sets and other tagging schemes', () => {
  assert.equal(parseLabel('B-EMAIL').type, 'EMAIL');
  assert.equal(parseLabel('I-PHONE_NUMBER').type, 'PHONE');
  assert.equal(parseLabel('B-SSN').type, 'ID_NUMBER');
  assert.equal(parseLabel('B-STREET_ADDRESS').type, 'LOCATION');
  assert.equal(parseLabel('B-GPE').type, 'LOCATION');
  assert.equal(parseLabel('B-CREDITCARDNUMBER').type, 'CREDIT_CARD');
  assert.equal(parseLabel('I-FIRSTNAME').type, 'PERSON');
  assert.equal(parseLabel('B-NAME').type, 'PERSON');
  assert.equal(parseLabel('B-IBAN').type, 'IBAN');
  assert.equal(parseLabel('B-NORP').type, null);
  // BIOES / BILOU and bare tags
  assert.equal(parseLabel('S-LOC').position, 'B');
  assert.equal(parseLabel('U-PER').position, 'B');
  assert.equal(parseLabel('E-ORG').position, 'I');
  assert.deepEqual(parseLabel('PER'), { position: 'I', type: 'PERSON', raw: 'PER' });
  assert.equal(parseLabel('b-person').type, 'PERSON');
  // Unknown labels are treated as outside, never guessed.
  assert.deepEqual(parseLabel('B-WHATEVER'), { position: 'O', type: null, raw: 'WHATEVER' });
});

test('id2label becomes a dense array; gaps are an error', () => {
  const labels = parseId2Label({ 0: 'O', 1: 'B-PER', 2: 'I-PER' });
  assert.deepEqual(
    labels.map((l) => l.type),
    [null, 'PERSON', 'PERSON'],
  );
  assert.throws(() => parseId2Label({ 0: 'O', 2: 'B-PER' }), /no label for class id 1/);
  assert.throws(() => parseId2Label({}), /id2label/);
});
