// A small helper for regex recognizers: every match of a global regex, with a callback that
// validates it and returns zero or more candidates.
import { allMatches } from '../fast-scan';
import type { Candidate } from '../types';

export function scan(
  text: string,
  /** A global regex, or its matches found a faster way (fast-scan.ts). */
  matches: RegExp | Iterable<RegExpExecArray>,
  onMatch: (m: RegExpExecArray) => Candidate | Candidate[] | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches instanceof RegExp ? allMatches(matches, text) : matches) {
    const r = onMatch(m);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}
