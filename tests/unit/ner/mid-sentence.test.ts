import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMidSentenceName, raiseMidSentenceName } from '../../../electron/services/redaction/ner/mid-sentence';
import type { Candidate } from '../../../electron/services/redaction/types';
import { spanOf } from './spans';

const model = (text: string, value: string, type: Candidate['type'], score: number) =>
  spanOf(text, value, type, { score });

describe('a doubtful model name inside a sentence', () => {
  it('is raised to the threshold when it is a capitalised word of no word list', () => {
    const text = 'not because he likes Trump . I remember hearing Leyonhjelm give this speech';
    const trump = raiseMidSentenceName(text, model(text, 'Trump', 'LOCATION', 0.394));
    assert.ok(trump.score >= 0.5 && trump.score < 0.6);
    assert.equal(isMidSentenceName(text, model(text, 'Leyonhjelm', 'PERSON', 0.45)), true);
  });

  it('is left as it is when sure already, too doubtful, an organisation, or an ordinary word', () => {
    const text = 'not because he likes Trump or the Mirror in the room';
    assert.equal(isMidSentenceName(text, model(text, 'Trump', 'LOCATION', 0.6)), false);
    assert.equal(isMidSentenceName(text, model(text, 'Trump', 'LOCATION', 0.3)), false);
    assert.equal(isMidSentenceName(text, model(text, 'Trump', 'ORG', 0.45)), false);
    assert.equal(isMidSentenceName(text, model(text, 'Mirror', 'LOCATION', 0.45)), false);
  });

  it('is left where capitals say nothing: sentence starts, acronyms, suffixed words, German nouns, headlines', () => {
    const cases: [string, string][] = [
      ['Is it true? Leyonhjelm said so', 'Leyonhjelm'],
      ['a function that parses ISO 8601 dates', 'ISO'],
      ['the roads were Crumbling after the storm', 'Crumbling'],
      ['LANR: 123456601 des behandelnden Arztes.', 'Arztes'],
      ['Crumbling Roads Ahead With Leyonhjelm', 'Leyonhjelm'],
    ];
    for (const [text, value] of cases)
      assert.equal(isMidSentenceName(text, model(text, value, 'PERSON', 0.45)), false, text);
  });
});
