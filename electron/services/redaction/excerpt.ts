// Most recognizers can only match in a small part of a text: an ID, phone or card number needs a
// digit. Rather than have each of them scan the whole text, the text is read once to cut out the
// words (runs between ASCII white space) that hold such a character, with a few neighbouring
// words for rules that span several; the recognizers then scan that excerpt, usually a fraction
// of the text, and their matches are mapped back to the original offsets.
//
// A rule may use an excerpt when (1) every match it can accept contains a selected character,
// (2) a match spans at most `reach` words on each side of that character's word (0: the rule
// never matches white space), and (3) its lookarounds at a match's edges treat the character
// next to a word like any ASCII white space. Pieces are joined by BARRIER, which no rule consumes.
import { allMatches } from './fast-scan';

export const BARRIER = '\n\0\n';

export interface Excerpt {
  /** The selected pieces of the text, joined by BARRIER. */
  readonly text: string;
  /** Where each piece starts in `text`, ascending. */
  readonly at: readonly number[];
  /** Where each piece starts in the original text. */
  readonly from: readonly number[];
  /** Cache of mostDigitsInAPiece() (a property: a WeakMap lookup cost more than the count saved). */
  mostDigits?: number;
}

/** ASCII white space: where excerpts cut a text into words. */
export const isCut = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The characters that make a word hot, as a global regex of one character class. */
export type HotSet = RegExp;

export function hotSet(chars: string): HotSet {
  return new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
}

/** The words holding a hot character, as [start, end) offsets, in order. */
interface HotWords {
  n: number;
  starts: Int32Array;
  ends: Int32Array;
}

function findHotWords(text: string, hot: HotSet): HotWords {
  const n = text.length;
  // Small at first: typed arrays over 64 bytes live outside the JS heap and cost more to make.
  let starts: Int32Array = new Int32Array(8);
  let ends: Int32Array = new Int32Array(8);
  let count = 0;
  // The regex engine finds the next hot character faster than a loop over every character.
  hot.lastIndex = 0;
  for (let m = hot.exec(text); m; m = hot.exec(text)) {
    let s = m.index;
    while (s > 0 && !isCut(text.charCodeAt(s - 1))) s--;
    let e = m.index + 1;
    while (e < n && !isCut(text.charCodeAt(e))) e++;
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[count] = s;
    ends[count] = e;
    count++;
    hot.lastIndex = e;
  }
  return { n: count, starts, ends };
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The pieces of `text` made of each word that holds a character of `hot`, plus up to `reach`
 * words on either side. Words that touch (only white space between them) join one piece.
 */
export function buildExcerpt(text: string, hot: HotSet, reach: number): Excerpt {
  return excerptOfWords(text, findHotWords(text, hot), reach);
}

function excerptOfWords(text: string, words: HotWords, reach: number): Excerpt {
  const n = text.length;
  const spans: number[] = [];
  for (let w = 0; w < words.n; w++) {
    // The hot word, then `reach` more words on each side.
    let s = words.starts[w]!;
    let e = words.ends[w]!;
    for (let r = 0; r < reach; r++) {
      let p = s;
      while (p > 0 && isCut(text.charCodeAt(p - 1))) p--;
      if (p === 0) break;
      while (p > 0 && !isCut(text.charCodeAt(p - 1))) p--;
      s = p;
    }
    for (let r = 0; r < reach; r++) {
      let q = e;
      while (q < n && isCut(text.charCodeAt(q))) q++;
      if (q === n) break;
      while (q < n && !isCut(text.charCodeAt(q))) q++;
      e = q;
    }
    const last = spans.length - 1;
    if (last > 0 && onlyCuts(text, spans[last]!, s)) {
      if (e > spans[last]!) spans[last] = e;
    } else {
      spans.push(s, e);
    }
  }
  return excerptOfSpans(text, spans);
}

/**
 * The excerpt made of the spans of `text` given as [start, end) pairs, in order and apart,
 * joined by `joiner` (a separator no rule scanning the excerpt consumes).
 */
export function excerptOfSpans(text: string, spans: readonly number[], joiner = BARRIER): Excerpt {
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  let length = 0;
  for (let i = 0; i < spans.length; i += 2) {
    const s = spans[i]!;
    const e = spans[i + 1]!;
    if (parts.length) {
      parts.push(joiner);
      length += joiner.length;
    }
    at.push(length);
    from.push(s);
    parts.push(text.slice(s, e));
    length += e - s;
  }
  return { text: parts.join(''), at, from };
}

/** True when [from, to) holds only white space (or is empty or reversed). */
function onlyCuts(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isCut(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Every match of the global regex `re` in the excerpt (or the given matches found in
 * `excerpt.text` another way), with `index` set to its offset in the original text.
 */
export function* matchesInExcerpt(
  re: RegExp,
  excerpt: Excerpt,
  matches: Iterable<RegExpExecArray> = allMatches(re, excerpt.text),
): Generator<RegExpExecArray> {
  const { at, from } = excerpt;
  let piece = 0;
  for (const m of matches) {
    while (piece + 1 < at.length && at[piece + 1]! <= m.index) piece++;
    m.index = from[piece]! + (m.index - at[piece]!);
    yield m;
  }
}

let wholeText = false;
/** Scan whole texts instead of excerpts (the reference the tests compare excerpts with). */
export function setWholeTextScan(on: boolean): void {
  wholeText = on;
}

/**
 * Whether setWholeTextScan(true) is in force: rules that skip text by other means than these
 * excerpts then scan the whole text, so the excerpt test checks them too.
 */
export function wholeTextScanOn(): boolean {
  return wholeText;
}

/** The whole text as an excerpt of one piece. */
export const wholeTextExcerpt = (text: string): Excerpt => ({ text, at: [0], from: [0] });

/**
 * The same as `matchesInExcerpt` as a plain loop with a callback: no iterator objects, which
 * matters for recognizers called on many short texts. `false` from the callback ends the scan.
 */
export function eachMatchInExcerpt(
  re: RegExp,
  excerpt: Excerpt,
  onMatch: (m: RegExpExecArray) => boolean | void,
): void {
  const { at, from, text } = excerpt;
  let piece = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    while (piece + 1 < at.length && at[piece + 1]! <= m.index) piece++;
    m.index = from[piece]! + (m.index - at[piece]!);
    if (onMatch(m) === false) return;
  }
}

/** Where piece k ends in `excerpt.text` (before the BARRIER that joins it to the next). */
export function pieceEnd(excerpt: Excerpt, k: number): number {
  return k + 1 < excerpt.at.length ? excerpt.at[k + 1]! - BARRIER.length : excerpt.text.length;
}

/**
 * The most ASCII digits one piece of the excerpt holds (no match spans two pieces), counted once
 * per excerpt: a rule whose matches need more can skip the excerpt.
 */
export function mostDigitsInAPiece(excerpt: Excerpt): number {
  if (excerpt.mostDigits !== undefined) return excerpt.mostDigits;
  let most = 0;
  const { text, at } = excerpt;
  for (let k = 0; k < at.length; k++) {
    const end = pieceEnd(excerpt, k);
    let n = 0;
    for (let i = at[k]!; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) n++;
    }
    if (n > most) most = n;
  }
  excerpt.mostDigits = most;
  return most;
}

let digitCountSkip = true;
/** Off: every digit rule scans its excerpt whatever its digit count (the reference the tests compare with). */
export function setDigitCountSkip(on: boolean): void {
  digitCountSkip = on;
}

/** True when no piece of `excerpt` holds `fewest` digits, so a rule whose matches need them can skip it. */
export function tooFewDigits(excerpt: Excerpt, fewest: number): boolean {
  return digitCountSkip && mostDigitsInAPiece(excerpt) < fewest;
}

/** Build excerpts once per text for all the recognizers that share a selection. */
export function excerptCache(hot: HotSet): (text: string, reach: number) => Excerpt {
  let lastText: string | undefined;
  // By reach (a few small numbers). An array, not a Map: Map.clear() allocates a new table, once per
  // text for each cache.
  const byReach: (Excerpt | undefined)[] = [];
  let words: HotWords | undefined;
  return (text, reach) => {
    if (wholeText) return wholeTextExcerpt(text);
    if (text !== lastText) {
      byReach.fill(undefined);
      words = undefined;
    }
    // Kept even when equal: an equal text in another string object costs a full comparison each time.
    lastText = text;
    let e = byReach[reach];
    if (!e) {
      // The hot words are found once per text, whatever the reach.
      words ??= findHotWords(text, hot);
      e = excerptOfWords(text, words, reach);
      byReach[reach] = e;
    }
    return e;
  };
}

/** Excerpts of the words that hold an ASCII digit. */
export const digitExcerpt = excerptCache(hotSet('0123456789'));
/** Excerpts of the words that hold a colon (IPv6, scheme URLs): few words in most texts. */
export const colonExcerpt = excerptCache(hotSet(':'));
/** Excerpts of the words that hold ':', '-' or '.' (MAC addresses, domains). */
export const separatorExcerpt = excerptCache(hotSet(':-.'));
