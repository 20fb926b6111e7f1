// The ID recognizers that report a value only beside a context word ("MRN", "policy number",
// "plate") tested every match of their shape, most of them, for context, at ~2.5 µs each. The
// gate turns that round: one scan of the text finds where any of their context words could be,
// and each such recognizer then reads only the pieces of its excerpt near one of those places.
// A piece it skips cannot hold a match with context, so the findings are the same.
import { escapeRegExp } from '../../escape-regexp';
import { excerptOfSpans, pieceEnd, type Excerpt } from '../../excerpt';
import { UNSPACED } from '../../unspaced';

/** A piece of a context word this common is a poor witness; another piece of the word is used. */
const COMMON_PIECES = new Set(['number', 'no', 'no.', 'nr', 'nr.', 'num', 'id', '#', 'card', 'code', 'of', 'de']);

/**
 * The piece of a context word that is looked for: every piece of a word (split at spaces) stands in
 * the text wherever the word does, so one piece, the rarest-looking, is enough. Undefined when the
 * word has no piece (then the gate cannot be used).
 */
export function witnessPiece(word: string): string | undefined {
  const pieces = word.toLowerCase().split(' ').filter(Boolean);
  const rare = pieces.filter((p) => !COMMON_PIECES.has(p));
  const from = rare.length ? rare : pieces;
  let best: string | undefined;
  for (const p of from) if (!best || p.length > best.length) best = p;
  return best;
}

/** Whether a piece written at `i` inside `w` could start a match of `x` (in `w` or running past its end). */
function canStartWithin(w: string, x: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const tail = w.slice(i);
    if (tail.startsWith(x) || x.startsWith(tail)) return true;
  }
  return false;
}

interface Member {
  pieces: readonly string[];
  /** Characters around a match within which its context (or label) is read. */
  reach: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const isLetterOrDigit = (c: string | undefined) =>
  c !== undefined && (c < '\x80' ? /[a-z0-9]/.test(c) : LETTER_OR_DIGIT.test(c));
const isLetter = (c: string | undefined) => c !== undefined && (c < '\x80' ? /[a-z]/.test(c) : LETTER.test(c));

/**
 * Whether the piece `w` found at `i` stands where a context word or label can: the words of spaced
 * scripts stand alone on the left (contextMatcher, labelMatcher), and one ending in a letter or digit
 * has no letter after it but a plural's "s"/"es" (a digit may follow a label: "IRD49091850"). Without
 * this, "conta" inside every "contact" was a place for each recognizer reading "a/c".
 */
function standsAlone(lower: string, i: number, w: string): boolean {
  if (UNSPACED.test(w)) return true;
  if (isLetterOrDigit(lower[i - 1])) return false;
  if (!isLetterOrDigit(w[w.length - 1])) return true;
  let j = i + w.length;
  if (lower[j] === 'e' && lower[j + 1] === 's') j += 2;
  else if (lower[j] === 's') j += 1;
  return !isLetter(lower[j]);
}

/**
 * The places of every member's witness pieces in one lower-cased text, by member. One regex finds
 * them all; it reports one piece per place and skips what overlaps it, so a place counts for every
 * member with a piece that could start inside the piece found there (see canStartWithin). A piece
 * that cannot be a word there is no place, and the scan goes on from the next character.
 */
function placesByMember(
  lower: string,
  re: RegExp,
  membersOf: Map<string, readonly number[]>,
  count: number,
): number[][] {
  const byMember: number[][] = Array.from({ length: count }, () => []);
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (!standsAlone(lower, m.index, m[0])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    for (const k of membersOf.get(m[0])!) byMember[k]!.push(m.index);
  }
  return byMember;
}

/** Texts shorter than this are read whole: the scan would cost more than it saves. */
const MIN_CHARS = 4096;

let enabled = true;
/** Turn the gate off (the reference the tests compare the gated findings with). */
export function setContextGate(on: boolean): void {
  enabled = on;
}

export class ContextGate {
  private readonly members: Member[] = [];
  private re: RegExp | undefined;
  private membersOf = new Map<string, readonly number[]>();
  /**
   * Twice the longest witness piece: a member's piece that starts inside the piece found at p (at
   * most the longest piece on) ends before p + slack.
   */
  private slack = 0;
  private lastLower: string | undefined;
  private places: number[][] | undefined;

  /** Add a recognizer that reads context (and labels) `words` within `reach` characters of a match. */
  register(words: readonly string[], reach: number): number | undefined {
    const pieces: string[] = [];
    for (const w of words) {
      const p = witnessPiece(w);
      if (p === undefined) return undefined;
      pieces.push(p);
    }
    this.members.push({ pieces: [...new Set(pieces)], reach });
    this.re = undefined; // rebuilt with the new member on next use
    return this.members.length - 1;
  }

  private build(): RegExp {
    const all = [...new Set(this.members.flatMap((m) => m.pieces))].sort((a, b) => b.length - a.length);
    this.membersOf = new Map(
      all.map((w) => [w, this.members.flatMap((m, k) => (m.pieces.some((x) => canStartWithin(w, x)) ? [k] : []))]),
    );
    this.slack = 2 * Math.max(...all.map((w) => w.length));
    this.places = undefined;
    this.lastLower = undefined;
    return new RegExp(all.map(escapeRegExp).join('|'), 'g');
  }

  /**
   * The pieces of `excerpt` (of `text`) near a place where member `k`'s context could be in `lower`
   * (`text` lower-cased, offset for offset): the excerpt itself when the gate is off or the text short.
   */
  select(k: number, text: string, lower: string, excerpt: Excerpt): Excerpt {
    if (!enabled || lower.length < MIN_CHARS) return excerpt;
    const re = (this.re ??= this.build());
    if (lower !== this.lastLower) {
      this.places = placesByMember(lower, re, this.membersOf, this.members.length);
      this.lastLower = lower;
    }
    const at = this.places![k]!;
    const reach = this.members[k]!.reach + 1;
    const slack = this.slack;
    // The pieces kept, as [start, end) in the text: each piece is a slice of it.
    const keep: number[] = [];
    let h = 0;
    for (let i = 0; i < excerpt.at.length; i++) {
      const ps = excerpt.from[i]!;
      const pe = ps + pieceEnd(excerpt, i) - excerpt.at[i]!;
      // A place ending before this piece's reach ends before every later piece's too.
      while (h < at.length && at[h]! + slack <= ps - reach) h++;
      if (h < at.length && at[h]! < pe + reach) keep.push(ps, pe);
    }
    return keep.length === 2 * excerpt.at.length ? excerpt : excerptOfSpans(text, keep);
  }
}
