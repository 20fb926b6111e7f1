// A model's span judged against what the rules found in the same text (ner/against-rules.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelSpanAgainstRules, personThenOf } from '../../../electron/services/redaction/ner/against-rules';
import type { EntityType } from '../../../shared/entities';
import type { Candidate } from '../../../electron/services/redaction/types';

function span(text: string, value: string, type: EntityType, source: Candidate['source']): Candidate {
  const start = text.indexOf(value);
  assert.ok(start >= 0, value);
  return { start, end: start + value.length, type, score: 0.9, source };
}

/** What is left of the model's span over `model` once judged against a rule's ID over `id`. */
function judged(text: string, model: string, id: string): string {
  const rule = span(text, id, 'ID_NUMBER', 'pattern');
  const c = modelSpanAgainstRules(text, [rule])(span(text, model, 'ORG', 'ner'));
  return text.slice(c.start, c.end);
}

describe('a model span before a value the rules found', () => {
  it("loses the value's acronym at its end, and a two-word label with it", () => {
    assert.equal(judged('Sydney office TFN 123 456 782', 'Sydney office TFN', '123 456 782'), 'Sydney office');
    assert.equal(judged('Acme Bern AHV: 756.1234.5678.97', 'Acme Bern AHV', '756.1234.5678.97'), 'Acme Bern');
    assert.equal(
      judged('Ahmed Al-Farsi, Emirates ID 784-1987-4532781-3', 'Ahmed Al-Farsi, Emirates ID', '784-1987-4532781-3'),
      'Ahmed Al-Farsi',
    );
    // The acronym alone: nothing is left.
    assert.equal(judged('TFN 123 456 782', 'TFN', '123 456 782'), '');
    // Also when the span ran over a line break into the acronym on the next line.
    assert.equal(
      judged('Subject: KYC for Chukwuemeka Obi\nBVN 22345678901', 'Chukwuemeka Obi\nBVN', '22345678901'),
      'Chukwuemeka Obi',
    );
  });

  it('keeps an acronym that no value follows, or that is a label as a whole', () => {
    // A nationality and the acronym are one label, dismissed as one later.
    assert.equal(judged('Australian TFN 123 456 782', 'Australian TFN', '123 456 782'), 'Australian TFN');
    assert.equal(judged('Acme GmbH and IBM, 123 456 782', 'Acme GmbH and IBM', '123 456 782'), 'Acme GmbH and IBM');
    assert.equal(judged('Emirates ID 784-1987-4532781-3', 'Emirates ID', '784-1987-4532781-3'), 'Emirates ID');
  });

  it('ends before a value it runs into, and before its label', () => {
    assert.equal(
      judged('Infosys Bangalore, PAN AAPFU0939F, mobile', 'Infosys Bangalore, PAN AAPFU0939F', 'AAPFU0939F'),
      'Infosys Bangalore',
    );
  });
});

describe('a model place that starts inside a name the rules found', () => {
  it('starts after the comma and house number that end the name', () => {
    const text = 'Witness statement of Gráinne Ní Bhriain, 14 Clontarf Road, Dublin 3, D03 X2Y4.';
    const name = span(text, 'Gráinne Ní Bhriain', 'PERSON', 'pattern');
    const place = span(text, 'Bhriain, 14 Clontarf Road, Dublin 3, D03 X2Y4', 'LOCATION', 'ner');
    const c = modelSpanAgainstRules(text, [name])(place);
    assert.equal(text.slice(c.start, c.end), '14 Clontarf Road, Dublin 3, D03 X2Y4');
    // No house number after the name: the place is left as the model read it.
    const other = 'Letter to Gráinne Ní Bhriain, Dublin.';
    const kept = span(other, 'Bhriain, Dublin', 'LOCATION', 'ner');
    const d = modelSpanAgainstRules(other, [span(other, 'Gráinne Ní Bhriain', 'PERSON', 'pattern')])(kept);
    assert.equal(other.slice(d.start, d.end), 'Bhriain, Dublin');
  });
});

describe('a model place that opens with a name the rules found', () => {
  it('starts at the house number after "to", "at" or "in" the name', () => {
    const text = 'Please update the billing address for Ernestine Wisozk to 6021 Schuster Harbor, Port Elianeberg.';
    const name = span(text, 'Ernestine Wisozk', 'PERSON', 'pattern');
    const place = span(text, 'Ernestine Wisozk to 6021 Schuster Harbor, Port Elianeberg', 'LOCATION', 'ner');
    const c = modelSpanAgainstRules(text, [name])(place);
    assert.equal(text.slice(c.start, c.end), '6021 Schuster Harbor, Port Elianeberg');
    // A word, not a number, after "to": the span is left as the model read it.
    const other = 'Send it to Ernestine Wisozk to Port Elianeberg.';
    const kept = span(other, 'Ernestine Wisozk to Port Elianeberg', 'LOCATION', 'ner');
    const d = modelSpanAgainstRules(other, [span(other, 'Ernestine Wisozk', 'PERSON', 'pattern')])(kept);
    assert.equal(other.slice(d.start, d.end), 'Ernestine Wisozk to Port Elianeberg');
  });
});

describe("the word that ends a body's name, alone", () => {
  it("leaves nothing inside the rules' name of that body, and is kept elsewhere", () => {
    const text = "Admitted to St. Vincent's Hospital, Worcester. Hanne Kreutzmann from Can Capital spoke.";
    const body = span(text, "St. Vincent's Hospital", 'ORG', 'pattern');
    const judge = modelSpanAgainstRules(text, [body]);
    const inside = judge(span(text, 'Hospital', 'LOCATION', 'ner'));
    assert.equal(inside.end, inside.start);
    // The model's piece of a name it did not read whole, which no rule found.
    const piece = judge(span(text, 'Capital', 'ORG', 'ner'));
    assert.equal(text.slice(piece.start, piece.end), 'Capital');
  });
});

describe('a model person that runs from a name the rules found over "of"', () => {
  it('is the person, then the firm or the place after the word', () => {
    const text = 'said analyst Rahul Gupta of Nomura. Ask Lena Berg from Oslo.';
    const rules = [span(text, 'Rahul Gupta', 'PERSON', 'pattern'), span(text, 'Lena Berg', 'PERSON', 'pattern')];
    const split = personThenOf(text, rules);
    const pieces = (model: string) =>
      split(span(text, model, 'PERSON', 'ner')).map((c) => `${c.type} ${text.slice(c.start, c.end)}`);
    assert.deepEqual(pieces('Rahul Gupta of Nomura'), ['PERSON Rahul Gupta', 'ORG Nomura']);
    assert.deepEqual(pieces('Lena Berg from Oslo'), ['PERSON Lena Berg', 'LOCATION Oslo']);
    // A span the rules found no name at the start of is left whole.
    assert.deepEqual(pieces('Gupta of Nomura'), ['PERSON Gupta of Nomura']);
  });
});

describe('a model span that opens with a value the rules found', () => {
  it('starts after the value and the signs after it', () => {
    const text = 'geb. 07.09.1948, Versichertennr. K284719365';
    const date = span(text, '07.09.1948', 'DATE', 'pattern');
    const c = modelSpanAgainstRules(text, [date])(span(text, '07.09.1948, Versichertennr', 'LOCATION', 'ner'));
    assert.equal(text.slice(c.start, c.end), 'Versichertennr');
    // A value inside the span, not opening it, is left to the other checks.
    const other = 'Room 101, Berlin';
    const n = span(other, '101', 'ID_NUMBER', 'pattern');
    const c2 = modelSpanAgainstRules(other, [n])(span(other, 'Room 101, Berlin', 'LOCATION', 'ner'));
    assert.equal(other.slice(c2.start, c2.end), 'Room 101, Berlin');
  });
});

describe('a model span that starts in the label of an address the rules found', () => {
  it('starts where the address does', () => {
    const text = 'số CCCD 001192012345, địa chỉ 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.';
    const field = {
      ...span(text, '25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội', 'LOCATION', 'pattern'),
      subtype: 'ADDRESS_FIELD',
    };
    const c = modelSpanAgainstRules(text, [field])(span(text, 'chỉ 25 Lý Thường Kiệt', 'LOCATION', 'ner'));
    assert.equal(text.slice(c.start, c.end), '25 Lý Thường Kiệt');
    // Not when a number stands between (another value before the address).
    const other = 'Flat 4 near 25 Lý Thường Kiệt';
    const f2 = { ...span(other, '25 Lý Thường Kiệt', 'LOCATION', 'pattern'), subtype: 'ADDRESS_FIELD' };
    const c2 = modelSpanAgainstRules(other, [f2])(span(other, 'Flat 4 near 25 Lý Thường Kiệt', 'LOCATION', 'ner'));
    assert.equal(other.slice(c2.start, c2.end), 'Flat 4 near 25 Lý Thường Kiệt');
  });
});
