// A seeded pseudo-random sequence for the property tests: the same numbers on every run and machine.

/** Numbers in [0, 1) from a linear congruential generator started at `seed`. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
