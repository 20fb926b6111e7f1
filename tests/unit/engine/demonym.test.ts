// A nationality word alone is no place, organisation or person, whatever the model says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDemonymAlone } from '../../../electron/services/redaction/ner/demonym';

/** The word `word` in `text`, as the model's span would be. */
function alone(text: string, word: string): boolean {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return isDemonymAlone(text, start, start + word.length);
}

describe('a nationality word', () => {
  it('is dropped alone or before a lower-case word', () => {
    assert.equal(alone('holds Nigerian passport A04567812', 'Nigerian'), true);
    assert.equal(alone('you may be Italian .', 'Italian'), true);
    assert.equal(alone('How did he know English?', 'English'), true);
    // Before the acronym of a number: "Dutch BSN 111222333".
    assert.equal(alone('Dutch BSN 111222333', 'Dutch'), true);
    // Also when the number opens with letters: "Moroccan CIN AB123456".
    assert.equal(alone('Moroccan CIN AB123456, Youssef', 'Moroccan'), true);
    assert.equal(alone('Swiss AHV: 756.1234.5678.97', 'Swiss'), true);
  });

  it('is kept before a capitalised word (a name or a company), and other words are no nationality', () => {
    assert.equal(alone('Feat. French Montana by Diddy', 'French'), false);
    assert.equal(alone('I took Irish Rail to Cork', 'Irish'), false);
    assert.equal(alone('the Swiss RE 2024 report', 'Swiss'), false);
    assert.equal(alone('moved to Nigeria last year', 'Nigeria'), false);
  });
});
