// Shared helpers for the contact, financial and network recognizers: a linear regex scan,
// compiled context matchers and the IANA top-level-domain list.
import { domainToUnicode } from 'node:url';
import tlds from 'tlds';
import { around } from '../context';
import { contextMatcher } from '../patterns/ids/define';
import type { Candidate } from '../types';

/** Every match of a global regex; `onMatch` validates and returns a candidate or nothing. */
export function scan(
  text: string,
  re: RegExp,
  onMatch: (m: RegExpExecArray) => Candidate | Candidate[] | undefined | null,
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

/** A compiled test: is one of `words` near [start, end)? Words stand alone (no letter/digit next to them). */
export function contextTest(
  words: readonly string[],
  window = 48,
): (text: string, start: number, end: number, win?: number) => boolean {
  const test = contextMatcher(words);
  return (text, start, end, win = window) => test(around(text, start, end, win));
}

/** Text on the left of `start` on the same line, at most `window` characters, lower-cased. */
export function leftOf(text: string, start: number, window = 32): string {
  return text.slice(Math.max(0, start - window), start).toLowerCase();
}

const TLDS = new Set<string>((tlds as string[]).map((t) => t.toLowerCase()));

/** True when `label` is a delegated top-level domain (ASCII, Unicode or punycode form). */
export function isTld(label: string): boolean {
  const l = label.toLowerCase();
  if (TLDS.has(l)) return true;
  if (l.startsWith('xn--')) {
    const u = domainToUnicode(l);
    return u !== '' && TLDS.has(u);
  }
  return false;
}

export const round = (n: number): number => Math.round(Math.max(0, Math.min(1, n)) * 1000) / 1000;

const WORD = /[\p{L}\p{N}_]/u;
/** True when the character at `i` is a letter, digit or underscore (false outside the text). */
export function isWordAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && WORD.test(c);
}

/**
 * Letters-and-digits groups of four (or fewer) right before `start` on the line, led by a
 * country-code-like "XX99": the digits at `start` are a piece of an IBAN or a similar code,
 * whether or not that code is valid.
 */
const CODE_PREFIX = /(?:^|[^\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{1,4})*[ -]$/u;
export function insideCode(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c !== ' ' && c !== '-') return false;
  return CODE_PREFIX.test(text.slice(Math.max(0, start - 48), start));
}
