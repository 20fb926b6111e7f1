// A small helper for regex recognizers: every match of a global regex, with a callback that
// validates it and returns zero or more candidates.
import { digitExcerpt, eachMatchInExcerpt, tooFewDigits, type Excerpt } from '../excerpt';
import { allMatches } from '../fast-scan';
import { minDigits } from '../min-digits';
import type { Candidate } from '../types';
import { append } from '../append';

type OnMatch = (m: RegExpExecArray) => Candidate | Candidate[] | undefined;

/** Add what a callback returned for one match: nothing, one candidate or several. */
function addTo(out: Candidate[], r: ReturnType<OnMatch>): void {
  if (Array.isArray(r)) append(out, r);
  else if (r) out.push(r);
}

export function scan(
  text: string,
  /** A global regex, or its matches found a faster way (fast-scan.ts). */
  matches: RegExp | Iterable<RegExpExecArray>,
  onMatch: OnMatch,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches instanceof RegExp ? allMatches(matches, text) : matches) addTo(out, onMatch(m));
  return out;
}

/**
 * scan() over the matches of the global regex `re` in `excerpt`, at their offsets in the text.
 * A callback loop rather than iterators: a long text has tens of thousands of matches.
 */
export function scanExcerpt(re: RegExp, excerpt: Excerpt, onMatch: OnMatch): Candidate[] {
  const out: Candidate[] = [];
  eachMatchInExcerpt(re, excerpt, (m) => addTo(out, onMatch(m)));
  return out;
}

/**
 * scanExcerpt() over the words around digits (`reach` more words on each side; excerpt.ts). A rule
 * whose matches hold at least `fewestDigits` digits (or its regex does: min-digits.ts) skips a text
 * none of whose pieces holds that many (most short texts).
 */
export function scanNearDigits(
  re: RegExp,
  text: string,
  reach: number,
  fewestDigits: number,
  onMatch: OnMatch,
): Candidate[] {
  const excerpt = digitExcerpt(text, reach);
  if (tooFewDigits(excerpt, Math.max(fewestDigits, minDigits(re)))) return [];
  return scanExcerpt(re, excerpt, onMatch);
}
