// Shared assertions for the ID recognizer tests.
import assert from 'node:assert/strict';
import { ID_RECOGNIZERS } from '../../../electron/services/redaction/patterns/ids';
import type { Candidate } from '../../../electron/services/redaction/types';

export const THRESHOLD = 0.5;

/** Every candidate of `subtype` (any score). */
export function candidates(text: string, subtype: string): Candidate[] {
  return ID_RECOGNIZERS.flatMap((r) => r.detect(text)).filter((c) => c.subtype === subtype);
}

/**
 * Candidates of `subtype` that the engine would report at the default threshold. Two rules of one
 * subtype may read the same value (a licence number after "driver's license"): the engine merges
 * them into one finding, and so does this list (the first, best-scored, of each span).
 */
export function reported(text: string, subtype: string): Candidate[] {
  const found = candidates(text, subtype)
    .filter((c) => c.score >= THRESHOLD)
    .sort((a, b) => a.start - b.start || a.end - b.end || b.score - a.score);
  return found.filter((c, i) => i === 0 || c.start !== found[i - 1]!.start || c.end !== found[i - 1]!.end);
}

/** Best score of `subtype` over the exact span of `value` inside `text` (0 when absent). */
export function scoreOf(text: string, value: string, subtype: string): number {
  const start = text.indexOf(value);
  const hits = candidates(text, subtype).filter((c) => c.start === start && c.end === start + value.length);
  return Math.max(0, ...hits.map((c) => c.score));
}

/** Value reported alone, with its exact span. */
export function assertReported(value: string, subtype: string, opts: { validated?: boolean } = {}): void {
  const hits = reported(value, subtype);
  assert.equal(hits.length, 1, `${subtype} should report ${JSON.stringify(value)}`);
  assert.equal(hits[0]!.start, 0);
  assert.equal(hits[0]!.end, value.length);
  assert.equal(hits[0]!.type, 'ID_NUMBER');
  if (opts.validated !== undefined) assert.equal(hits[0]!.validated === true, opts.validated);
}

export function assertNotReported(text: string, subtype: string): void {
  const hits = reported(text, subtype);
  assert.deepEqual(
    hits.map((h) => text.slice(h.start, h.end)),
    [],
    `${subtype} should not report anything in ${JSON.stringify(text)}`,
  );
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every variant of `value` with the character at `index` (default: the last) replaced by
 * another character of the same kind: a wrong check digit or check letter.
 */
export function wrongCheck(value: string, index = value.length - 1): string[] {
  const ch = value[index]!;
  const pool = DIGITS.includes(ch) ? DIGITS : LETTERS;
  return [...pool].filter((x) => x !== ch.toUpperCase()).map((x) => value.slice(0, index) + x + value.slice(index + 1));
}

/**
 * A checksum-validated recognizer: valid values are reported alone and validated, every wrong
 * check character is rejected, and context words raise the score.
 */
export function assertChecksum(
  subtype: string,
  valid: readonly string[],
  opts: { checkIndex?: number; context: (v: string) => string },
): void {
  for (const v of valid) {
    assertReported(v, subtype, { validated: true });
    for (const bad of wrongCheck(v, opts.checkIndex)) assertNotReported(bad, subtype);
    const sentence = opts.context(v);
    assert.ok(
      scoreOf(sentence, v, subtype) > scoreOf(v, v, subtype) || scoreOf(v, v, subtype) === 1,
      `context should raise ${subtype} for ${v} in ${JSON.stringify(sentence)}`,
    );
  }
}

/** A shape-only recognizer: silent without context, reported with it. */
export function assertNeedsContext(subtype: string, value: string, sentence: string, prose: string): void {
  assertNotReported(value, subtype);
  assert.ok(sentence.includes(value));
  assert.ok(prose.includes(value));
  assertNotReported(prose, subtype);
  const hits = reported(sentence, subtype);
  assert.equal(hits.length, 1, `${subtype} should report ${value} in ${JSON.stringify(sentence)}`);
  assert.equal(sentence.slice(hits[0]!.start, hits[0]!.end), value);
}
