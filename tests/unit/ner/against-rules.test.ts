// A model's span judged against what the rules found in the same text (ner/against-rules.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelSpanAgainstRules } from '../../../electron/services/redaction/ner/against-rules';
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
