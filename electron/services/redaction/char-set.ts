// Sets of ASCII characters as lookup tables, for character-code tests in hot loops.

/** A set of ASCII characters: 1 at the code of each member. */
export type CharSet = Uint8Array;

export function charSet(chars: string): CharSet {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}
