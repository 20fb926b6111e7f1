// The building block of every ID recognizer: one precompiled, linear-time regular expression
// for the value's shape, a validator that decides how much the shape can be trusted (checksum,
// structure, or nothing), and context words that raise the score when they are near.
import { UNSPACED } from '../../unspaced';
import { around } from '../../context';
import { escapeRegExp } from '../../escape-regexp';
import { digitExcerpt, eachMatchInExcerpt, tooFewDigits, type Excerpt } from '../../excerpt';
import type { Candidate, Recognizer } from '../../types';
import { isDigits, isPlaceholder, luhn } from './checksums';
import { ContextGate } from './context-gate';
import { minDigits } from '../../min-digits';

/** How far a validator got. Only checksum-backed verdicts count as `validated`. */
export interface Verdict {
  score: number;
  validated: boolean;
}

/**
 * Score tiers. A value whose check digit (or check letter) matches, together with other fixed
 * rules (embedded date, prefixes), is trusted on its own; a value that only has the right
 * shape needs context words to be reported at the default threshold (0.5).
 */
export const TIER = {
  /** Checksum plus structure (date, letters, length >= 11): collisions are rare. */
  strong: { score: 0.9, validated: true },
  /** A single mod-10/mod-11 check digit over a short digit run: about 1 in 10 numbers pass. */
  checksum: { score: 0.6, validated: true },
  /**
   * The same check where the value's shape is one that phone numbers and counts share (written bare,
   * or outside the issued ranges): reported only with a context word ("NIT 900123456-8").
   */
  quietChecksum: { score: 0.45, validated: true },
  /** Distinctive structure checked beyond the regex (embedded date, reserved letters). */
  structured: { score: 0.55, validated: true },
  /** The right shape and nothing more: reported only with context. */
  shape: { score: 0.35, validated: false },
  /** A generic shape (any 9 digits): never reported without context. */
  weak: { score: 0.1, validated: false },
} as const satisfies Record<string, Verdict>;

/** Adjusts a tier's score (formatting, known test values...). */
export function withScore(v: Verdict, score: number): Verdict {
  return { score, validated: v.validated };
}

/**
 * A validator of `length` digits whose last is a Luhn check digit and nothing more (France's SIREN,
 * Israel's and Saudi Arabia's IDs): one number in ten passes, the checksum tier.
 */
export function luhnDigits(length: number): (c: string) => Verdict | null {
  return (c) => (c.length === length && isDigits(c) && !isPlaceholder(c) && luhn(c) ? TIER.checksum : null);
}

export interface IdSpec {
  /** Entity subtype, e.g. US_SSN. */
  subtype: string;
  /** Distinguishes several recognizers of one subtype in the recognizer name. */
  variant?: string;
  /**
   * Regular expression source for the value alone. ASCII word boundaries are added by the
   * factory; the pattern must be free of nested quantifiers (linear time).
   */
  pattern: string;
  /** Match case-sensitively (default: case-insensitive; validators see upper case). */
  caseSensitive?: boolean;
  /**
   * Decide on one match. `compact` is the upper-cased value with separators (space, dash,
   * dot, slash, colon) removed; `raw` is the matched text. Return null to reject.
   */
  validate(compact: string, raw: string): Verdict | null;
  /** Lower-case words or phrases that make the value likelier (any language). */
  context: readonly string[];
  /** Score added when a context word is near (default 0.35). */
  contextBoost?: number;
  /**
   * A match can hold a word without digits, set apart by a space ("AB 12 34 56 C", "DE 123 456 789").
   * Matches are only looked for in the words around digits (excerpt.ts); this adds one word on each side.
   */
  wordWithoutDigits?: boolean;
  /**
   * Words that name this number and nothing else ("sin", "aadhaar", "steuer-id"). A value right
   * after one is reported even when its check fails (see LABELLED).
   */
  labels?: readonly string[];
  /** Report only when a context word is near. */
  requireContext?: boolean;
  /** Characters searched for context on each side (default 48). */
  window?: number;
  /**
   * Allow a letter directly before the value ("is010594Y9032"). Only for digit-led values
   * whose checksum makes a false start unlikely.
   */
  gluedStart?: boolean;
}

const SEPARATORS = /[\s\-./:]/g;
const DEFAULT_BOOST = 0.35;

// An ID never continues an alphanumeric run, nor a digit group joined by - . / (so that a
// piece of a longer dashed number is not reported alone).
// Nor is it part of a path or a handle (/123456789, 123456789@host).
const START = '(?<![A-Za-z0-9_/@])(?<![0-9][\\-./])';
const START_GLUED = '(?<![0-9_/@])(?<![0-9][\\-./])';
const END = '(?![A-Za-z0-9_@])(?![\\-./][0-9])';

const WORD_END = /[\p{L}\p{N}]$/u;

/**
 * Compile context words into one test over the lower-cased neighbourhood of a match. Words
 * must stand alone (no letter or digit on either side), except words written in a script
 * without spaces (Korean, Thai, Chinese...), which match anywhere.
 */
export function contextMatcher(words: readonly string[]): (near: string) => boolean {
  const spaced = words.filter((w) => !UNSPACED.test(w));
  // A word ending in a sign ("employee #", "policy no.") is followed by the value itself.
  // The words of a phrase may be joined as a record's key joins them: "customer_id=88123", "passport-number".
  const phrase = (w: string) => escapeRegExp(w.toLowerCase()).replace(/ /g, '[ _-]');
  const open = spaced.filter((w) => !WORD_END.test(w)).map(phrase);
  const closed = spaced.filter((w) => WORD_END.test(w)).map(phrase);
  const unspaced = words.filter((w) => UNSPACED.test(w)).map((w) => escapeRegExp(w.toLowerCase()));
  const alternatives: string[] = [];
  // A plural names the same thing ("Passports: AB1234567 and XY9876543", "driver licenses").
  if (closed.length) alternatives.push(`(?<![\\p{L}\\p{N}])(?:${closed.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`);
  if (open.length) alternatives.push(`(?<![\\p{L}\\p{N}])(?:${open.join('|')})`);
  if (unspaced.length) alternatives.push(`(?:${unspaced.join('|')})`);
  if (!alternatives.length) return () => false;
  const re = new RegExp(alternatives.join('|'), 'u');
  // The words alone, without the lookarounds that keep the regex engine from skipping ahead: most
  // neighbourhoods hold none of them, and this says so several times faster.
  const loose = new RegExp([...closed, ...open, ...unspaced].join('|'), 'u');
  return (near) => loose.test(near) && re.test(near);
}

/** True when one of `words` occurs within `window` characters of [start, end). */
export function nearContext(text: string, start: number, end: number, words: readonly string[], window = 48): boolean {
  return contextMatcher(words)(around(text, start, end, window));
}

/**
 * A 13-19 digit run with a card network prefix that passes Luhn is as likely a payment card as
 * an ID; without context words the ID score is capped so the card recognizer's reading wins.
 */
export function looksLikeCard(compact: string): boolean {
  return /^[3-6][0-9]{12,18}$/.test(compact) && luhn(compact);
}

const CARD_CAP = 0.6;

export function compactId(raw: string): string {
  return raw.replace(SEPARATORS, '').toUpperCase();
}

const DIGIT = /[0-9]/;
const HEX = /[0-9A-Fa-f]/;

/**
 * True when a value written in groups (by space, colon...) is flanked by one more digit group
 * joined the same way: it is then a piece of a longer number (IBAN, card, IPv6), not an ID.
 */
function continuesGroups(text: string, s: number, e: number, raw: string): boolean {
  for (const sep of [' ', ':', '-', '.', '/']) {
    if (!raw.includes(sep)) continue;
    const group = sep === ':' ? HEX : DIGIT;
    if (text[s - 1] === sep && group.test(text[s - 2] ?? '')) return true;
    if (text[e] === sep && group.test(text[e + 1] ?? '')) return true;
  }
  return false;
}

let lastText: string | undefined;
let lastLower = '';
/** The text lower-cased, once for all the recognizers that look at the same text. */
function lowerCased(text: string): string {
  if (text !== lastText) lastLower = text.toLowerCase();
  lastText = text; // an equal text in another string object would otherwise be compared in full each time
  return lastLower;
}

let piecesOf: string | undefined;
const pieceFound = new Map<string, boolean>();
/**
 * Whether `piece` occurs in `lower` (a lower-cased text), remembered for the last long text: the
 * recognizers share many context words, and in a long text each absent one costs a full scan.
 */
function inText(lower: string, piece: string): boolean {
  // A short text is scanned faster than a table is kept.
  if (lower.length < 4096) return lower.includes(piece);
  if (lower !== piecesOf) {
    pieceFound.clear();
    piecesOf = lower;
  }
  let found = pieceFound.get(piece);
  if (found === undefined) {
    found = lower.includes(piece);
    pieceFound.set(piece, found);
  }
  return found;
}

/**
 * `around(text, start, end, window)` cut from the text lower-cased once, rather than lower-casing
 * each window: the same string when lower-casing kept every position (it only ever lengthens a text,
 * e.g. "İ"; then each window is lower-cased alone).
 */
function nearLowerCased(text: string, start: number, end: number, window: number): string {
  const lower = lowerCased(text);
  if (lower.length !== text.length) return around(text, start, end, window);
  return lower.slice(Math.max(0, start - window), start) + ' ' + lower.slice(end, Math.min(lower.length, end + window));
}

/** The LABEL_REACH characters before `start`, lower-cased (see nearLowerCased). */
function beforeLowerCased(text: string, start: number): string {
  const lower = lowerCased(text);
  const from = Math.max(0, start - LABEL_REACH);
  return lower.length === text.length ? lower.slice(from, start) : text.slice(from, start).toLowerCase();
}

/** An ID recognizer that can also add its findings to a list shared with the others. */
export interface IdRecognizer extends Recognizer {
  /** Words beyond the digit words that a value can take (see `wordWithoutDigits`). */
  readonly reach: number;
  /** Add the findings in `excerpt` (the text's digit excerpt for `reach`) to `out`. */
  collect(text: string, excerpt: Excerpt, out: Candidate[]): void;
}

/**
 * A value that fails its check right after its own label ("SIN: 046 454 286", "Passport number:
 * 123456789") is still reported: mistyped or made up, it stands where the number goes, and the
 * user wrote it as one. It is never `validated`, so a reading whose check passes wins the merge.
 */
const LABELLED: Verdict = { score: 0.6, validated: false };

/**
 * Test of the text just before a value for one of `words` as its label: the word, then at most a
 * number word ("number", "no.", "#", "id"), a sign or "is" ("SIN:", "Aadhaar number is", "NIF -", "Emirates ID (").
 */
function labelMatcher(words: readonly string[]): ((before: string) => boolean) | undefined {
  const spaced = words.filter((w) => !UNSPACED.test(w)).map((w) => escapeRegExp(w.toLowerCase()));
  if (!spaced.length) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?:e?s)?\\.?(?:[ \\t]*(?:numbers?|no\\.?|nr\\.?|num|#|ids?))?[ \\t]*(?:(?:is|was|est|es|ist|lautet|luidt|è|é|är|er|jest|je|to|:|=|#|-|\\()[ \\t]*)?$`,
    'u',
  );
  return (before) => re.test(before);
}

/** A label said not to hold the value: "not a TIN", "invalid SSN", "fake passport". */
const NEGATED_LABEL = /\b(?:not an?|invalid|fake|bogus|dummy)\s+\S+(?:\s+\S+)?\s*:?\s*$/;

/** How far before a value its label is looked for. */
const LABEL_REACH = 40;

/** The recognizers that need context share one scan for it (context-gate.ts). */
const GATE = new ContextGate();

/** The value at `s` comes right after one of its labels, not negated ("not a TIN"). */
function afterOwnLabel(hasLabel: (before: string) => boolean, text: string, s: number): boolean {
  const before = beforeLowerCased(text, s);
  return hasLabel(before) && !NEGATED_LABEL.test(before);
}

/** Build a recognizer of type ID_NUMBER from a spec. The regex is compiled once, here. */
export function idRecognizer(spec: IdSpec): IdRecognizer {
  const start = spec.gluedStart ? START_GLUED : START;
  const re = new RegExp(`${start}(?:${spec.pattern})${END}`, spec.caseSensitive ? 'g' : 'gi');
  // Every accepted ID holds a digit (validators reject the rest), so only the words holding digits
  // are scanned (excerpt.ts), with a word on each side when the value can hold one without digits.
  const reach = spec.wordWithoutDigits ? 1 : 0;
  // A text none of whose digit words holds that many digits (most short texts) has no match.
  const fewestDigits = minDigits(re);
  const boost = spec.contextBoost ?? DEFAULT_BOOST;
  const hasContext = contextMatcher(spec.context);
  const hasLabel = labelMatcher(spec.labels ?? []);
  const window = spec.window ?? 48;
  // Every piece of some context word must occur somewhere in the text, or no match can qualify.
  const contextPieces = spec.requireContext ? spec.context.map((w) => w.toLowerCase().split(' ')) : undefined;
  const name = `id:${spec.subtype}${spec.variant ? `:${spec.variant}` : ''}`;
  // Context is read within `window` of a match, and a label within LABEL_REACH before it.
  const gate = spec.requireContext
    ? GATE.register([...spec.context, ...(spec.labels ?? [])], Math.max(window, LABEL_REACH))
    : undefined;

  // The state of the current collect() for onMatch, which is made once rather than as a closure at
  // each call (~80 rules on every text). collect() is synchronous and never re-entered.
  const call: { text: string; out: Candidate[] | undefined; contextChecked: boolean; noContext: boolean } = {
    text: '',
    out: undefined,
    contextChecked: false,
    noContext: false,
  };

  function onMatch(m: RegExpExecArray): boolean | void {
    if (!call.contextChecked) {
      call.contextChecked = true;
      const lower = lowerCased(call.text);
      call.noContext = !contextPieces!.some((pieces) => pieces.every((p) => inText(lower, p)));
    }
    // No context word anywhere in the text: no later match can qualify either.
    if (call.noContext) return false;
    const text = call.text;
    const raw = m[0];
    const s = m.index;
    const e = s + raw.length;
    if (continuesGroups(text, s, e, raw)) return;
    let verdict: Verdict | null;
    const compact = compactId(raw);
    try {
      verdict = spec.validate(compact, raw);
    } catch {
      verdict = null;
    }
    let score: number;
    let labelled: boolean;
    if (verdict) {
      const ctx = hasContext(nearLowerCased(text, s, e, window));
      if (spec.requireContext && !ctx) return;
      score = Math.min(1, ctx ? Math.max(verdict.score + boost, 0.6) : verdict.score);
      if (!ctx && looksLikeCard(compact)) score = Math.min(score, CARD_CAP);
      // Right after its own label ("mijn BSN is 111222333", "CPR-nummer er 010190-1234"), it is that
      // number, whatever else the digits pass for (a phone named after them: "… en mijn telefoonnummer").
      labelled = ctx && !!hasLabel && afterOwnLabel(hasLabel, text, s);
    } else {
      // Most matches fail their check: only an ID with labels looks further.
      if (!hasLabel) return;
      // Not "passport 000000000" or "123456789" (examples), nor "Not a TIN 600-000-000".
      if (isPlaceholder(compact)) return;
      if (!afterOwnLabel(hasLabel, text, s)) return;
      verdict = LABELLED;
      score = LABELLED.score;
      labelled = true;
    }
    call.out!.push({
      start: s,
      end: e,
      type: 'ID_NUMBER',
      subtype: spec.subtype,
      score: Math.round(score * 1000) / 1000,
      source: 'pattern',
      ...(verdict.validated ? { validated: true } : {}),
      ...(labelled ? { labelled: true } : {}),
    });
  }

  function collect(text: string, whole: Excerpt, out: Candidate[]): void {
    if (whole.text.length === 0 || tooFewDigits(whole, fewestDigits)) return;
    let excerpt = whole;
    if (gate !== undefined) {
      // Offsets in the lower-cased text are the text's own only when lower-casing kept the length.
      const lower = lowerCased(text);
      if (lower.length === text.length) excerpt = GATE.select(gate, text, lower, whole);
      if (excerpt.text.length === 0) return;
    }
    call.text = text;
    call.out = out;
    // Looking for context words costs more than the scan on a short text, so it waits for a match.
    call.contextChecked = !contextPieces;
    call.noContext = false;
    try {
      eachMatchInExcerpt(re, excerpt, onMatch);
    } finally {
      // Not keeping the last text (it may be long) or its findings alive.
      call.text = '';
      call.out = undefined;
    }
  }

  return {
    name,
    types: ['ID_NUMBER'],
    reach,
    collect,
    detect(text: string): Candidate[] {
      const out: Candidate[] = [];
      if (typeof text === 'string' && text.length > 0) collect(text, digitExcerpt(text, reach), out);
      return out;
    },
  };
}

/**
 * All the ID recognizers as one: the engine then makes one call per text instead of ~80, which
 * is most of their cost on short texts. Findings are the same, in the same order.
 */
export function idRecognizerGroup(name: string, members: readonly IdRecognizer[]): Recognizer {
  return {
    name,
    types: ['ID_NUMBER'],
    detect(text: string): Candidate[] {
      const out: Candidate[] = [];
      if (typeof text !== 'string' || text.length === 0) return out;
      // The excerpts are fetched once here rather than by each of the ~70 members.
      const near = digitExcerpt(text, 0);
      if (near.text.length === 0) return out;
      let wider: Excerpt | undefined;
      for (const r of members) r.collect(text, r.reach === 0 ? near : (wider ??= digitExcerpt(text, 1)), out);
      return out;
    },
  };
}

/**
 * An ID with no check the rules can read (or none at all), reported only right after one of its
 * names or near one: "CNIC 35202-7654321-9", "KRA PIN A012345678Z". `names` are both its labels and its
 * context words; `valid` may rule out values the shape allows (default: filler such as 000000000).
 */
export function namedIdRecognizer(spec: {
  subtype: string;
  names: readonly string[];
  /** Words that make the value likelier nearby but are no label of it ("documento", "SSP"). */
  nearby?: readonly string[];
  pattern: string;
  caseSensitive?: boolean;
  valid?: (compact: string) => boolean;
}): IdRecognizer {
  return idRecognizer({
    subtype: spec.subtype,
    labels: spec.names,
    pattern: spec.pattern,
    ...(spec.caseSensitive ? { caseSensitive: true } : {}),
    validate: (c) => (isPlaceholder(c) || (spec.valid && !spec.valid(c)) ? null : TIER.shape),
    context: [...spec.names, ...(spec.nearby ?? [])],
    contextBoost: 0.45,
    requireContext: true,
    window: 24,
  });
}
