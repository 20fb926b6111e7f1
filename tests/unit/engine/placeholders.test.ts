import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyPlaceholders, PlaceholderSession } from '../../../electron/services/redaction/placeholders';

describe('PlaceholderSession', () => {
  it('gives the same value the same placeholder and counts per type', () => {
    const s = new PlaceholderSession();
    assert.equal(s.placeholderFor('PERSON', 'Ana Silva'), '[[PERSON_1]]');
    assert.equal(s.placeholderFor('PERSON', 'Bo Li'), '[[PERSON_2]]');
    assert.equal(s.placeholderFor('PERSON', 'ana  silva'), '[[PERSON_1]]');
    assert.equal(s.placeholderFor('EMAIL', 'a@b.co'), '[[EMAIL_1]]');
  });

  it('continues numbering from a saved map', () => {
    const first = new PlaceholderSession();
    first.placeholderFor('PERSON', 'Ana Silva');
    first.placeholderFor('PERSON', 'Bo Li');
    const next = new PlaceholderSession(first.map);
    assert.equal(next.placeholderFor('PERSON', 'Bo Li'), '[[PERSON_2]]');
    assert.equal(next.placeholderFor('PERSON', 'Cy Young'), '[[PERSON_3]]');
  });

  it('skips a placeholder that already occurs literally in the text', () => {
    const s = new PlaceholderSession();
    assert.equal(s.placeholderFor('PERSON', 'Ana', 'literal [[PERSON_1]] here'), '[[PERSON_2]]');
  });
});

describe('applyPlaceholders', () => {
  it('replaces entities and returns only the placeholders used', () => {
    const text = 'Mail Ana Silva at ana@example.com, then Ana Silva again.';
    const s = new PlaceholderSession();
    s.placeholderFor('PHONE', '+1 555 0100'); // used earlier in the conversation
    const { redacted, map } = applyPlaceholders(
      text,
      [
        { start: 5, end: 14, type: 'PERSON' },
        { start: 18, end: 33, type: 'EMAIL' },
        { start: 40, end: 49, type: 'PERSON' },
      ],
      s,
    );
    assert.equal(redacted, 'Mail [[PERSON_1]] at [[EMAIL_1]], then [[PERSON_1]] again.');
    assert.deepEqual(Object.keys(map).sort(), ['[[EMAIL_1]]', '[[PERSON_1]]']);
    assert.equal(map['[[EMAIL_1]]']!.original, 'ana@example.com');
  });

  it('handles emoji before an entity (UTF-16 offsets) and skips overlaps defensively', () => {
    const text = '😀 Ana';
    const { redacted } = applyPlaceholders(
      text,
      [
        { start: 3, end: 6, type: 'PERSON' },
        { start: 4, end: 6, type: 'ORG' },
      ],
      new PlaceholderSession(),
    );
    assert.equal(redacted, '😀 [[PERSON_1]]');
  });
});
