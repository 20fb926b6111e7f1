// The user's review of what detection found: each entity is redacted unless the user keeps it;
// manual selections are added as redactions. Edits to the text shift or drop the choices.
import type { Entity, EntityType } from '../../../shared/entities';

export interface ReviewEntity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  score: number;
  source: Entity['source'];
  subtype?: string;
  /** True: replaced by a placeholder when sent. */
  redact: boolean;
}

/** Key that survives re-detection: the same value of the same type keeps the user's choice. */
export const choiceKey = (e: { type: string; text: string }) => `${e.type}\u0000${e.text}`;

/**
 * Combine fresh detection results with the user's keep/redact choices and manual spans.
 * Manual spans win over detected ones they overlap.
 */
export function combine(
  text: string,
  detected: readonly Entity[],
  kept: ReadonlySet<string>,
  manual: readonly { start: number; end: number; type: EntityType }[],
): ReviewEntity[] {
  const manualEntities: ReviewEntity[] = manual
    .filter((m) => m.end <= text.length && m.end > m.start)
    .map((m) => ({ ...m, text: text.slice(m.start, m.end), score: 1, source: 'manual', redact: true }));
  const overlapsManual = (e: { start: number; end: number }) =>
    manualEntities.some((m) => m.start < e.end && e.start < m.end);
  const fromDetection: ReviewEntity[] = detected
    .filter((e) => e.end <= text.length && text.slice(e.start, e.end) === e.text && !overlapsManual(e))
    .map((e) => ({
      start: e.start,
      end: e.end,
      type: e.type,
      text: e.text,
      score: e.score,
      source: e.source,
      ...(e.subtype ? { subtype: e.subtype } : {}),
      redact: !kept.has(choiceKey(e)),
    }));
  return [...fromDetection, ...manualEntities].sort((a, b) => a.start - b.start);
}

/** Shift manual spans after an edit: spans touched by the edit are dropped. */
export function shiftManual<T extends { start: number; end: number }>(
  before: string,
  after: string,
  spans: readonly T[],
): T[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const editEndBefore = before.length - suffix;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const s of spans) {
    if (s.end <= prefix) out.push(s);
    else if (s.start >= editEndBefore) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
