// A small helper for regex recognizers: every match of a global regex, with a callback that
// validates it and returns zero or more candidates.
import { matchesVia } from '../fast-scan';
import type { Candidate } from '../types';

export function scan(
  text: string,
  re: RegExp,
  onMatch: (m: RegExpExecArray) => Candidate | Candidate[] | undefined,
  /** `re` without its leading lookbehinds: found faster, then `re` is tried there (fast-scan.ts). */
  loose?: RegExp,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of loose ? matchesVia(re, loose, text) : allMatches(re, text)) {
    const r = onMatch(m);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}

function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}
