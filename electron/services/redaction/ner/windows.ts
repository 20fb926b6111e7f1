// Overlapping token windows for texts longer than the model's maximum length.

export interface TokenWindow {
  /** Content-token range [start, end) (without [CLS]/[SEP]). */
  start: number;
  end: number;
}

/**
 * Windows of `size` tokens that overlap by `overlap`; the last one is aligned to the end so
 * every window is full (and a batch needs no padding). Every token is in at least one window.
 */
export function planWindows(n: number, size: number, overlap: number): TokenWindow[] {
  if (n <= 0) return [];
  if (n <= size) return [{ start: 0, end: n }];
  const step = Math.max(1, size - overlap);
  const out: TokenWindow[] = [];
  for (let s = 0; ; s += step) {
    if (s + size >= n) {
      out.push({ start: n - size, end: n });
      break;
    }
    out.push({ start: s, end: s + size });
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
