// A small helper for regex recognizers: every match of a global regex, with a callback that
// validates it and returns zero or more candidates.
import type { Candidate } from '../types';

export function scan(
  text: string,
  re: RegExp,
  onMatch: (m: RegExpExecArray) => Candidate | Candidate[] | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = onMatch(m);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}
