import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeCandidates, trimSpan } from '../../../electron/services/redaction/merge';
import type { Candidate } from '../../../electron/services/redaction/types';

const c = (
  start: number,
  end: number,
  type: Candidate['type'],
  score: number,
  source: Candidate['source'],
  validated?: boolean,
): Candidate => ({
  start,
  end,
  type,
  score,
  source,
  ...(validated ? { validated } : {}),
});

/** The merged entities as [value, type] pairs. */
const merged = (text: string, candidates: Candidate[]) =>
  mergeCandidates(text, candidates).map((e) => [text.slice(e.start, e.end), e.type]);

describe('mergeCandidates', () => {
  it('keeps the validated pattern over a model guess on the same span', () => {
    const text = 'card 4111111111111111 ok';
    const out = mergeCandidates(text, [c(5, 21, 'PHONE', 0.99, 'ner'), c(5, 21, 'CREDIT_CARD', 0.9, 'pattern', true)]);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.type, 'CREDIT_CARD');
  });

  it('keeps a value right after its own label over a validated reading of another kind', () => {
    // "NHS number 485 777 3456": the check digit fails, and the digits pass for a phone.
    const text = 'NHS number 485 777 3456';
    const nhs: Candidate = { ...c(11, 23, 'ID_NUMBER', 0.6, 'pattern'), labelled: true };
    for (const order of [
      [c(11, 23, 'PHONE', 0.9, 'pattern', true), nhs],
      [nhs, c(11, 23, 'PHONE', 0.9, 'pattern', true)],
    ])
      assert.deepEqual(merged(text, order), [['485 777 3456', 'ID_NUMBER']]);
    // Unlabelled, the validated phone wins.
    assert.deepEqual(merged(text, [c(11, 23, 'PHONE', 0.9, 'pattern', true), c(11, 23, 'ID_NUMBER', 0.6, 'pattern')]), [
      ['485 777 3456', 'PHONE'],
    ]);
  });

  it('keeps the wider span when types agree', () => {
    const text = 'lives at Hauptstraße 5, 10115 Berlin now';
    const out = mergeCandidates(text, [c(30, 36, 'LOCATION', 0.95, 'ner'), c(9, 36, 'LOCATION', 0.7, 'pattern')]);
    assert.deepEqual(
      out.map((e) => [e.start, e.end, e.type]),
      [[9, 36, 'LOCATION']],
    );
  });

  it('cuts a lower-priority candidate of another type around the winner instead of dropping it', () => {
    const text = 'Contact John Smith john@example.com';
    // A sloppy model span that runs into the e-mail address.
    assert.deepEqual(merged(text, [c(8, 24, 'PERSON', 0.8, 'ner'), c(19, 35, 'EMAIL', 0.95, 'pattern', true)]), [
      ['John Smith', 'PERSON'],
      ['john@example.com', 'EMAIL'],
    ]);
  });

  it("drops a possessive ending left over when a name is cut away (the 's of St Mary's)", () => {
    const text = "She teaches at St Mary's in Dublin.";
    assert.deepEqual(merged(text, [c(15, 23, 'ORG', 0.7, 'pattern'), c(15, 22, 'LOCATION', 0.99, 'ner')]), [
      ['St Mary', 'LOCATION'],
    ]);
    // Also when more of the name follows it: "'s College Hospital" of "King's College Hospital".
    const king = "treated at King's College Hospital.";
    assert.deepEqual(
      merged(king, [
        c(11, 34, 'ORG', 0.6, 'pattern'),
        c(11, 15, 'LOCATION', 0.97, 'ner'),
        c(18, 34, 'ORG', 0.95, 'ner'),
      ]),
      [
        ['King', 'LOCATION'],
        ['College Hospital', 'ORG'],
      ],
    );
  });

  it('drops the joining word left over when a candidate is cut around two others', () => {
    const text = 'our 3 founders: Eklund, Michael and Hodge.';
    // The firm-name rule's "Michael and Hodge" against the model's two people.
    assert.deepEqual(
      merged(text, [
        c(24, 41, 'ORG', 0.66, 'pattern'),
        c(24, 31, 'PERSON', 0.99, 'ner'),
        c(36, 41, 'PERSON', 0.99, 'ner'),
      ]),
      [
        ['Michael', 'PERSON'],
        ['Hodge', 'PERSON'],
      ],
    );
  });

  it('drops the lower-case word that tied a cut-down candidate to the value cut out of it', () => {
    const text = 'for Ms. Kirsten Bauch at 4785 Schamberger Ridge, Port Laverneside. Then Paris with Anna Weber';
    // The model's one place running over the name before it; a place that runs into a name after it.
    assert.deepEqual(
      merged(text, [
        c(8, 65, 'LOCATION', 0.81, 'ner'),
        c(8, 21, 'PERSON', 0.82, 'pattern'),
        c(25, 65, 'LOCATION', 0.9, 'pattern'),
        c(72, 93, 'LOCATION', 0.7, 'ner'),
        c(83, 93, 'PERSON', 0.9, 'pattern'),
      ]),
      [
        ['Kirsten Bauch', 'PERSON'],
        ['4785 Schamberger Ridge, Port Laverneside', 'LOCATION'],
        ['Paris', 'LOCATION'],
        ['Anna Weber', 'PERSON'],
      ],
    );
    // "and" may join the parts of one name: it stays.
    const firm = 'The Clark, Romero and Hall Orchestra';
    assert.deepEqual(
      mergeCandidates(firm, [c(4, 26, 'ORG', 0.7, 'pattern'), c(11, 17, 'PERSON', 0.9, 'ner')]).map((e) =>
        firm.slice(e.start, e.end),
      ),
      ['Clark', 'Romero', 'and Hall'],
    );
    // A value of its own keeps its words: only a cut piece loses them.
    assert.deepEqual(
      mergeCandidates('Bank of the West', [c(0, 16, 'ORG', 0.8, 'ner')]).map((e) => [e.start, e.end]),
      [[0, 16]],
    );
  });

  it('drops a candidate fully inside a stronger one of another type', () => {
    const text = 'see https://example.com/a?b=c';
    const out = mergeCandidates(text, [c(4, 29, 'URL', 0.9, 'pattern'), c(12, 19, 'ORG', 0.6, 'ner')]);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.type, 'URL');
  });

  it('keeps a URL whole over a secret inside it, as a secret, and a secret that is the whole URL stays one', () => {
    const text = 'see https://example.com/reset?token=ghp_x and https://hooks.example.com/T01/B02/xyz';
    // Typed as the secret, so that letting URLs through (by policy or by hand) never lets it through.
    const inner = mergeCandidates(text, [c(4, 41, 'URL', 0.85, 'pattern'), c(36, 41, 'SECRET', 0.97, 'secret')]);
    assert.deepEqual(
      inner.map((e) => [e.type, text.slice(e.start, e.end)]),
      [['SECRET', 'https://example.com/reset?token=ghp_x']],
    );
    // Whatever else is inside a URL leaves it a URL.
    const other = mergeCandidates(text, [c(4, 41, 'URL', 0.85, 'pattern'), c(12, 19, 'ORG', 0.6, 'ner')]);
    assert.deepEqual(
      other.map((e) => e.type),
      ['URL'],
    );
    const whole = mergeCandidates(text, [c(46, 83, 'URL', 0.85, 'pattern'), c(46, 83, 'SECRET', 0.97, 'secret')]);
    assert.deepEqual(
      whole.map((e) => [e.type, text.slice(e.start, e.end)]),
      [['SECRET', 'https://hooks.example.com/T01/B02/xyz']],
    );
  });

  it("keeps a provider's token whole over a validated ID inside it; a weaker secret is cut around the ID", () => {
    const text = 'bot 6123456789:AAHfK3xLm9Qz2Rt7Vp4Wc1Nb8Yd5Gs0Ja2U';
    const id = c(4, 14, 'ID_NUMBER', 0.6, 'pattern', true);
    const token = mergeCandidates(text, [id, c(4, 50, 'SECRET', 0.95, 'secret')]);
    assert.deepEqual(
      token.map((e) => [e.type, text.slice(e.start, e.end)]),
      [['SECRET', '6123456789:AAHfK3xLm9Qz2Rt7Vp4Wc1Nb8Yd5Gs0Ja2U']],
    );
    // A secret found by entropy and a key word alone does not outrank the validated ID.
    const generic = mergeCandidates(text, [id, c(4, 50, 'SECRET', 0.8, 'secret')]);
    assert.deepEqual(
      generic.map((e) => e.type),
      ['ID_NUMBER', 'SECRET'],
    );
  });

  it('joins overlapping same-type pieces from several detectors into one entity', () => {
    const text = 'Dr. Anna Maria Schmidt called';
    const out = mergeCandidates(text, [
      c(4, 14, 'PERSON', 0.9, 'ner'),
      c(9, 22, 'PERSON', 0.7, 'ner'),
      c(0, 8, 'PERSON', 0.6, 'pattern'),
    ]);
    assert.deepEqual(
      out.map((e) => text.slice(e.start, e.end)),
      ['Dr. Anna Maria Schmidt'],
    );
  });

  it('returns non-overlapping entities sorted by start', () => {
    const text = 'a b c d e f g h i j';
    const out = mergeCandidates(text, [
      c(8, 11, 'ORG', 0.6, 'ner'),
      c(0, 3, 'PERSON', 0.7, 'ner'),
      c(2, 9, 'LOCATION', 0.9, 'pattern'),
    ]);
    for (let i = 1; i < out.length; i++) assert.ok(out[i]!.start >= out[i - 1]!.end, 'overlap after merge');
    assert.deepEqual(
      out.map((e) => e.start),
      [...out.map((e) => e.start)].sort((a, b) => a - b),
    );
    assert.ok(out.some((e) => e.type === 'LOCATION'));
  });
});

describe('mergeCandidates at scale', () => {
  it('merges tens of thousands of findings cluster by cluster', () => {
    const unit = 'Ana Silva, ana@example.com; ';
    const text = unit.repeat(20_000);
    const cands: Candidate[] = [];
    for (let i = 0; i < 20_000; i++) {
      const o = i * unit.length;
      cands.push(
        c(o, o + 9, 'PERSON', 0.9, 'ner'),
        c(o + 4, o + 9, 'PERSON', 0.6, 'pattern'),
        c(o + 11, o + 26, 'EMAIL', 0.95, 'pattern', true),
      );
    }
    const out = mergeCandidates(text, cands);
    assert.equal(out.length, 40_000);
    assert.equal(text.slice(out[2]!.start, out[2]!.end), 'Ana Silva');
    assert.equal(out[3]!.type, 'EMAIL');
  });
});

describe('trimSpan', () => {
  it('trims white space and separators at the edges', () => {
    assert.deepEqual(trimSpan(' x, John ;', { start: 0, end: 10 }), { start: 1, end: 8 });
  });
  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    assert.deepEqual(trimSpan(text, { start: 2, end: 4 }), { start: 1, end: 4 });
    assert.deepEqual(trimSpan(text, { start: 0, end: 2 }), { start: 0, end: 3 });
  });
});
