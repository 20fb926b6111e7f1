// Shared helpers for the secret recognizers: candidate construction, entropy and charset
// checks, placeholder detection, base64 decoding and the GitHub/npm CRC32 token checksum.
import { crc32 } from 'node:zlib';
import { type CharSet, charSet } from '../char-set';
import { type Excerpt, excerptOfSpans, wholeTextExcerpt, wholeTextScanOn } from '../excerpt';
import type { Candidate } from '../types';

export function secret(start: number, end: number, subtype: string, score: number, validated = false): Candidate {
  return { start, end, type: 'SECRET', subtype, score, source: 'secret', ...(validated ? { validated: true } : {}) };
}

/** Every match of a global regular expression (with `d` for group indices when needed). */
export { allMatches as scan } from '../fast-scan';

const stickies = new WeakMap<RegExp, RegExp>();

/**
 * Every match of the global regex `re`, exactly as an `re.exec` loop returns them, also when the
 * caller moves `re.lastIndex` between matches. `next(from)` gives the first position at or after
 * `from` where a match can start (-1: none), found faster than the regex would (its leading
 * lookbehind keeps V8 from skipping ahead); `re` is only tried there.
 */
export function* matchesFrom(re: RegExp, text: string, next: (from: number) => number): Generator<RegExpExecArray> {
  let at = stickies.get(re);
  if (!at) {
    at = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    stickies.set(re, at);
  }
  for (let c = next(0); c >= 0;) {
    at.lastIndex = c;
    const m = at.exec(text);
    if (m && m[0].length > 0) {
      re.lastIndex = c + m[0].length;
      yield m;
      c = next(re.lastIndex);
    } else {
      c = next(c + 1);
    }
  }
}

let sepText: string | undefined;
let sepColons: number[] = [];
let sepEquals: number[] = [];

/** Offsets of every ":" and every "=" in `text`, ascending; built once per text. */
export function separators(text: string): { colons: readonly number[]; equals: readonly number[] } {
  if (text !== sepText) {
    sepColons = [];
    sepEquals = [];
    for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) sepColons.push(i);
    for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) sepEquals.push(i);
  }
  // Kept even when equal: comparing a text with itself is then immediate.
  sepText = text;
  return { colons: sepColons, equals: sepEquals };
}

/**
 * `next` for matchesFrom when every match holds a separator (one of the ascending offsets in
 * `seps`) after its start: `first(sep, from)` gives the first start at or after `from` a match
 * holding `sep` can have, or -1. Those starts must come before `sep` and after the separator
 * before it, so that trying separators in order finds starts in order.
 */
export function nextBeforeSeparator(
  seps: readonly number[],
  first: (sep: number, from: number) => number,
): (from: number) => number {
  let i = 0;
  return (from) => {
    if (i > 0 && seps[i - 1]! >= from) i = 0; // moved back: search again
    while (i < seps.length && seps[i]! < from) i++;
    for (let j = i; j < seps.length; j++) {
      const c = first(seps[j]!, from);
      if (c >= 0) return c;
    }
    return -1;
  };
}

/** The ascending offsets of `a` and `b` in one ascending list. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Where a header name ends before the separator at `sep`: before `[ \t]*` and one optional quote. */
export function nameEnd(text: string, sep: number): number {
  let i = sep;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && (text.charCodeAt(i - 1) === 34 || text.charCodeAt(i - 1) === 39)) i--;
  return i;
}

/** Start of `word` (lower case) when it ends at `end`, ignoring ASCII case; else -1. */
export function wordBefore(text: string, end: number, word: string): number {
  const start = end - word.length;
  if (start < 0) return -1;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return -1;
  }
  return start;
}

/** Start of the run of characters in `set` that ends at `end`, or -1 when longer than `max`. */
export function runStart(text: string, end: number, set: CharSet, max: number): number {
  const stop = Math.max(0, end - max);
  let s = end;
  for (; s > stop; s--) {
    const c = text.charCodeAt(s - 1);
    if (c >= 128 || set[c] === 0) return s;
  }
  if (s === 0) return 0;
  const c = text.charCodeAt(s - 1);
  return c >= 128 || set[c] === 0 ? s : -1;
}

/** Start and end offsets of capture group `g` (requires the `d` flag). */
export function groupSpan(m: RegExpExecArray, g: number): [number, number] | undefined {
  const idx = m.indices?.[g];
  return idx ? [idx[0], idx[1]] : undefined;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // Most candidates are ASCII: counted in a reused table rather than a Map per call, in the order
  // characters first occur (the Map's order), so the sum is the same to the last bit.
  let distinct = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      for (let k = 0; k < distinct; k++) ASCII_COUNTS[FIRST_SEEN[k]!] = 0;
      return entropyOfCodePoints(s);
    }
    if (ASCII_COUNTS[c] === 0) FIRST_SEEN[distinct++] = c;
    ASCII_COUNTS[c]!++;
  }
  let h = 0;
  for (let k = 0; k < distinct; k++) {
    const c = FIRST_SEEN[k]!;
    const p = ASCII_COUNTS[c]! / s.length;
    h -= p * Math.log2(p);
    ASCII_COUNTS[c] = 0;
  }
  return h;
}
const ASCII_COUNTS = new Int32Array(128);
const FIRST_SEEN = new Uint8Array(128);

function entropyOfCodePoints(s: string): number {
  const counts = new Map<string, number>();
  let n = 0; // code points
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    n++;
  }
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

export interface CharClasses {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
  count: number;
}

export function charClasses(s: string): CharClasses {
  const lower = /[a-z]/.test(s);
  const upper = /[A-Z]/.test(s);
  const digit = /[0-9]/.test(s);
  const symbol = /[^A-Za-z0-9]/.test(s);
  return { lower, upper, digit, symbol, count: +lower + +upper + +digit + +symbol };
}

const PLACEHOLDER_WORDS = new Set([
  'null',
  'none',
  'nil',
  'undefined',
  'true',
  'false',
  'yes',
  'no',
  'empty',
  'string',
  'required',
  'optional',
  'redacted',
  'hidden',
  'masked',
  'changeit',
  'placeholder',
  'example',
  'sample',
  'dummy',
  'your_token',
  'your_api_key',
  'your_password',
  'your_secret',
  'yourtoken',
  'yourapikey',
  'yourpassword',
  'xxx',
  'todo',
  'tbd',
  'n/a',
]);

/**
 * True for values that stand for a secret without being one: template variables, masks,
 * our own placeholders, and words like "null" or "your_api_key".
 */
export function isPlaceholderValue(v: string): boolean {
  const s = v.trim();
  if (s.length === 0) return true;
  if (/^\$\{?[A-Za-z_][\w.]*\}?$/.test(s)) return true; // $VAR, ${VAR}
  if (/^\{\{.*\}\}$/.test(s) || /^\$\{.*\}$/.test(s) || /^<[^<>]*>$/.test(s) || /^%[\w()]*[sd]?%?$/.test(s))
    return true;
  if (/^\[\[[A-Z_]+_\d+\]\]$/.test(s)) return true; // a Prompt Vault placeholder
  if (/^([*x•.#?-])\1+$/i.test(s)) return true; // ****, xxxx, ....
  if (/^(?:your|my|the|insert|enter|put)[-_ ]?\w*$/i.test(s) && /[-_]/.test(s)) return true;
  return PLACEHOLDER_WORDS.has(s.toLowerCase());
}

/**
 * Letters and digits counted up in runs of three or more: "abc123def456ghi789jkl012", "1234567890abcdef".
 * Someone typed it to stand for a token: where only a word names it (no header, no "="), it is none.
 */
export function countedUp(s: string): boolean {
  if (s.length < 8 || !/^[A-Za-z0-9]+$/.test(s)) return false;
  const runs = s.toLowerCase().match(/[a-z]+|[0-9]+/g)!;
  return runs.every((run) => {
    if (run.length < 3) return false;
    for (let i = 1; i < run.length; i++) {
      const step = run.charCodeAt(i) - run.charCodeAt(i - 1);
      if (step !== 1 && !(run[i - 1] === '9' && run[i] === '0')) return false;
    }
    return true;
  });
}

/** A reference to a secret in code (`process.env.X`, `config.apiKey`, `getenv("X")`, `API_TOKEN`). */
export function isCodeReference(v: string): boolean {
  if (/^(?:process\.env|os\.environ|import\.meta\.env|env\.|ENV\[|getenv|secrets\.|vars\.|self\.|this\.)/i.test(v))
    return true;
  if (/\(|\)/.test(v)) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(v) && !/\d/.test(v)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && !/\d{4}/.test(v)) return true; // another env var's name
  return false;
}

const WORD_HUMPS = /^(?:[A-Z][a-z]{2,}|[a-z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{2,4}(?=[A-Z]|$))+$/;

/**
 * A type or variable named in Pascal or camel case (LegacyNotarizePasswordCredentials,
 * isLegacyApiKeyCredentials): random letters hardly ever fall into humps of a capital and two or more
 * lower-case letters. Not for passwords: "CorrectHorseBatteryStaple" is one.
 */
export function isIdentifierName(v: string): boolean {
  return WORD_HUMPS.test(v);
}

/**
 * Does a value (seen next to a secret-ish key) look machine-generated enough to be a token?
 * Ordinary words, short numbers and repetitive strings are rejected.
 */
export function looksRandom(v: string, minLength = 8): boolean {
  if (v.length < minLength) return false;
  const cls = charClasses(v);
  const h = shannonEntropy(v);
  if (/^\d+$/.test(v)) return v.length >= 20 && h >= 2.8;
  if (/^[A-Za-z]+$/.test(v)) {
    // Letters only: needs mixed case and length to be anything but a word.
    return v.length >= 20 && cls.lower && cls.upper && h >= 3.5;
  }
  if (/^[a-z]+(?:[-_ ][a-z]+)+$/i.test(v)) return false; // snake_case / kebab-case words
  if (v.length < 16) return cls.digit && (cls.lower || cls.upper) && h >= 2.5;
  return h >= 3.0;
}

/** Decode base64 or base64url (padding optional); undefined when it is not valid. */
export function decodeBase64(s: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  const body = s.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  return Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Parse a base64url segment as a JSON object, or undefined. */
export function decodeJsonSegment(seg: string): Record<string, unknown> | undefined {
  const buf = decodeBase64(seg);
  if (!buf) return undefined;
  try {
    const v: unknown = JSON.parse(buf.toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  while (v > 0) {
    s = BASE62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/**
 * GitHub's (and npm's) token format: 30 random base62 characters followed by the base62
 * CRC32 of those 30 characters, zero-padded to 6.
 */
export function validBase62Checksum(body36: string): boolean {
  if (!/^[A-Za-z0-9]{36}$/.test(body36)) return false;
  const random = body36.slice(0, 30);
  return base62(crc32(random), 6) === body36.slice(30);
}

/** Make a valid GitHub-format token body (tests and benchmarks). */
export function withBase62Checksum(random30: string): string {
  return random30 + base62(crc32(random30), 6);
}

/** Lower-cased words of an identifier: `AWS_SECRET_ACCESS_KEY`, `clientSecret`, `x-api-key`. */
export function identifierWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// ---------------------------------------------------------------- long tokens
//
// Provider keys, hashes and tokens are long runs of "token characters" (letters, digits and
// _-+/=.:). A rule whose matches only hold these characters, and whose lookarounds only test
// for them, finds the same in an excerpt of the runs at least as long as its shortest match,
// joined by a line break, as in the whole text: usually a few percent of it.

const TOKEN = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.:');
/** The shortest run kept; rules with longer matches get excerpts of longer runs only. */
const MIN_RUN = 15;
const JOIN = '\n';

/**
 * The whole runs of `set` characters in `text` at least `min` long whose length `keep` accepts,
 * as [start, end) pairs.
 */
export function wholeRuns(text: string, set: CharSet, min: number, keep = (_length: number) => true): number[] {
  const runs: number[] = [];
  const n = text.length;
  const inSet = (c: number) => c < 128 && set[c] === 1;
  // Every such run covers one of the probed positions, `min` apart.
  let floor = 0;
  for (let p = min - 1; p < n;) {
    if (!inSet(text.charCodeAt(p))) {
      p += min;
      continue;
    }
    let s = p;
    while (s > floor && inSet(text.charCodeAt(s - 1))) s--;
    let e = p + 1;
    while (e < n && inSet(text.charCodeAt(e))) e++;
    if (e - s >= min && keep(e - s)) runs.push(s, e);
    floor = e;
    p = e + min;
  }
  return runs;
}

/** Run lengths excerpts are cut at (a rule gets the longest not above its shortest match). */
const TIERS = [86, 56, 40, 32, 28, 20, MIN_RUN];

let lastText: string | undefined;
let lastExcerpts: (minMatch: number) => Excerpt = () => ({ text: '', at: [], from: [] });

/**
 * For `text`, a function giving the runs of token characters at least about `minMatch` (>= 15)
 * long, joined. Built once per text; call once per detect (comparing a long text with the
 * last one costs a scan of it when they are equal).
 */
export function tokenExcerpts(text: string): (minMatch: number) => Excerpt {
  if (wholeTextScanOn()) return () => wholeTextExcerpt(text);
  if (text === lastText) {
    lastText = text; // comparing a text with itself is then immediate
    return lastExcerpts;
  }
  const runs = wholeRuns(text, TOKEN, MIN_RUN);
  const byMin = new Map<number, Excerpt>();
  lastText = text;
  lastExcerpts = (minMatch) => {
    const min = TIERS.find((t) => t <= minMatch);
    if (min === undefined) throw new Error(`tokenExcerpts: matches shorter than ${MIN_RUN}`);
    let ex = byMin.get(min);
    if (!ex) {
      ex = joinRuns(text, runs, min);
      byMin.set(min, ex);
    }
    return ex;
  };
  return lastExcerpts;
}

function joinRuns(text: string, runs: readonly number[], min: number): Excerpt {
  const long: number[] = [];
  for (let i = 0; i < runs.length; i += 2) if (runs[i + 1]! - runs[i]! >= min) long.push(runs[i]!, runs[i + 1]!);
  return excerptOfSpans(text, long, JOIN);
}
