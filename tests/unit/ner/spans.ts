// The candidate a model or a rule would give for `value` where it first stands in `text`.
import assert from 'node:assert/strict';
import type { Candidate } from '../../../electron/services/redaction/types';

export function spanOf(
  text: string,
  value: string,
  type: Candidate['type'],
  extra: Partial<Candidate> = {},
): Candidate {
  const start = text.indexOf(value);
  assert.ok(start >= 0, value);
  return { start, end: start + value.length, type, score: 0.8, source: 'ner', ...extra };
}
