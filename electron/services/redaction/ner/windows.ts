// Overlapping token windows for texts longer than the model's maximum length.

export interface TokenWindow {
  /** Content-token range [start, end) (without [CLS]/[SEP]). */
  start: number;
  end: number;
}

/**
 * The fewest windows of at most `size` tokens that cover `n` tokens with neighbours sharing at
 * least `overlap`, all of one length (a batch needs no padding) and evenly spread. Windows as long
 * as the model allows would, for 655 tokens, be two of 510 sharing 365: 1,020 tokens through the
 * model instead of 784 for two of 392 sharing 129.
 */
export function planWindows(n: number, size: number, overlap: number): TokenWindow[] {
  if (n <= 0) return [];
  if (n <= size) return [{ start: 0, end: n }];
  const step = Math.max(1, size - overlap);
  // k windows of `size` reach size + (k - 1) * step tokens.
  const k = Math.ceil((n - size) / step) + 1;
  // The shortest common length whose k windows still share `overlap`: k * len - (k - 1) * overlap >= n.
  const len = Math.min(size, Math.ceil((n + (k - 1) * overlap) / k));
  const out: TokenWindow[] = [];
  for (let i = 0; i < k; i++) {
    // Starts spread evenly from 0 to n - len (floor keeps each gap at most ceil of the even step).
    const start = Math.floor((i * (n - len)) / (k - 1));
    out.push({ start, end: start + len });
  }
  return out;
}

/**
 * For every token, the index of the window where it is most central (largest distance to
 * that window's nearer edge), so each prediction has as much context as possible.
 */
export function pickOwners(n: number, windows: readonly TokenWindow[]): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  const best = new Int32Array(n).fill(-1);
  windows.forEach((w, wi) => {
    for (let t = w.start; t < w.end; t++) {
      const d = Math.min(t - w.start, w.end - 1 - t);
      if (d > best[t]!) {
        best[t] = d;
        owner[t] = wi;
      }
    }
  });
  return owner;
}
