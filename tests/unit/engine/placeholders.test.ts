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

  it('gives a name the model tagged with two types one placeholder, of the type it has most often', () => {
    const text = 'Klaus Meyer (Kontoinhaber: Klaus Meyer). Gruss, Klaus Meyer';
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf('Klaus Meyer', i + 1);
      return i;
    };
    const { redacted, map } = applyPlaceholders(
      text,
      [
        { start: at(0), end: at(0) + 11, type: 'PERSON' },
        { start: at(1), end: at(1) + 11, type: 'PERSON' },
        { start: at(2), end: at(2) + 11, type: 'LOCATION' },
      ],
      new PlaceholderSession(),
    );
    assert.equal(redacted, '[[PERSON_1]] (Kontoinhaber: [[PERSON_1]]). Gruss, [[PERSON_1]]');
    assert.deepEqual(Object.keys(map), ['[[PERSON_1]]']);
  });

  it('keeps the type a name already has in the conversation, and leaves other types apart', () => {
    const s = new PlaceholderSession();
    s.placeholderFor('ORG', 'Jordan'); // an earlier turn
    const text = 'Jordan wrote from jordan';
    const { redacted } = applyPlaceholders(
      text,
      [
        { start: 0, end: 6, type: 'PERSON' },
        { start: 18, end: 24, type: 'ID_NUMBER' }, // a user name: not a name type, kept apart
      ],
      s,
    );
    assert.equal(redacted, '[[ORG_1]] wrote from [[ID_NUMBER_1]]');
  });
});
