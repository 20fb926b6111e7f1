// Context words near a match raise (or lower) a detector's confidence.

/** Lower-cased text of up to `window` characters on each side of [start, end). */
export function around(text: string, start: number, end: number, window = 48): string {
  return (
    text.slice(Math.max(0, start - window), start) +
    ' ' +
    text.slice(end, Math.min(text.length, end + window))
  ).toLowerCase();
}

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when any of `words` (lower-case) appears as a word near the match. */
export function hasContext(text: string, start: number, end: number, words: readonly string[], window = 48): boolean {
  if (words.length === 0) return false;
  const near = around(text, start, end, window);
  return words.some((w) => {
    let i = near.indexOf(w);
    while (i !== -1) {
      const before = i === 0 ? ' ' : near[i - 1]!;
      const after = near[i + w.length] ?? ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
      i = near.indexOf(w, i + 1);
    }
    return false;
  });
}

/** Clamp a score into 0..1 after adding a context boost. */
export function boosted(score: number, boost: number): number {
  return Math.max(0, Math.min(1, score + boost));
}
