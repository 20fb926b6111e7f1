// Exact, fast stand-ins for one-character Unicode regex tests in hot loops: ASCII by charCode,
// other BMP code units through a lazily filled table, astral code points through the regex.
const LN_RE = /[\p{L}\p{N}]/u;
const L_RE = /\p{L}/u;
const LU_RE = /^\p{Lu}/u;
const LN_CACHE = new Uint8Array(65536); // 0 unknown, 1 yes, 2 no
const L_CACHE = new Uint8Array(65536);
const LU_CACHE = new Uint8Array(65536);

export const isBlank = (c: number) => c === 32 || c === 9;

/** The word at `at` is a hashtag's: right after "#", or after "# " as tokenized text writes it ("# uganda"). */
export function afterHash(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 35 || (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 35);
}

/** text[s, e) is only spaces and tabs. */
export function blankRun(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (!isBlank(text.charCodeAt(p))) return false;
  return true;
}

/** /[\p{L}\p{N}]/u on the single code unit at i (false outside the text). */
export function isLetterOrNumberAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  let v = LN_CACHE[c]!;
  if (v === 0) LN_CACHE[c] = v = LN_RE.test(text[i]!) ? 1 : 2;
  return v === 1;
}

/** /\p{L}/u on the single code unit at i (false outside the text). */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  let v = L_CACHE[c]!;
  if (v === 0) L_CACHE[c] = v = L_RE.test(text[i]!) ? 1 : 2;
  return v === 1;
}

/** /^\p{Lu}/u on the BMP code unit c (not a high surrogate). */
function upperUnit(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let v = LU_CACHE[c]!;
  if (v === 0) LU_CACHE[c] = v = LU_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** /^\p{Lu}/u.test(s.slice(i)): the code point at i is an upper-case letter. */
export function upperAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return isHigh(c) ? LU_RE.test(s.slice(i, i + 2)) : upperUnit(c);
}

/** /\p{Lu}/u.test(text.slice(a, b)) without the slice. */
export function hasUpperIn(text: string, a: number, b: number): boolean {
  const e = Math.min(b, text.length);
  for (let p = Math.max(0, a); p < e; p++) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
    } else if (isHigh(c)) {
      // An astral letter counts only when its whole pair lies inside the range.
      if (p + 1 < e && LU_RE.test(text.slice(p, p + 2))) return true;
    } else if (upperUnit(c)) return true;
  }
  return false;
}

// Classes of one code point for the address tokenizer: \p{L}, \p{M}, \p{N}.
export const CL = 1;
export const CM = 2;
export const CN = 4;
const CLASS_RE: [RegExp, number][] = [
  [/^\p{L}/u, CL],
  [/^\p{M}/u, CM],
  [/^\p{N}/u, CN],
];
const CLASS_CACHE = new Uint8Array(65536); // class bits + 8 once known

function classOf(s: string): number {
  let v = 0;
  for (const [re, bit] of CLASS_RE) if (re.test(s)) v |= bit;
  return v;
}

/** Length in code units of the code point at i: 2 for a surrogate pair. */
export function cpLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c)) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Class bits of the code point at i of length `len` (0 past the end). */
export function cpClass(text: string, i: number, len: number): number {
  if (i >= text.length) return 0;
  return len === 1 ? unitClass(text.charCodeAt(i)) : classOf(text.slice(i, i + 2));
}

/** Class bits of the BMP code unit c (callers handle surrogates). */
export function unitClass(c: number): number {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? CL : c >= 48 && c <= 57 ? CN : 0;
  let v = CLASS_CACHE[c]!;
  if (v === 0) CLASS_CACHE[c] = v = classOf(String.fromCharCode(c)) | 8;
  return v & 7;
}

export interface DigitRuns {
  /** Number of runs of ASCII digits. */
  readonly n: number;
  /** Where each run starts and ends (exclusive), ascending. */
  readonly start: Int32Array;
  readonly end: Int32Array;
}

let runsText: string | undefined;
let runs: DigitRuns = { n: 0, start: new Int32Array(0), end: new Int32Array(0) };
const DIGIT_RE = /\d/g;

// Reused from text to text: a typed array over 64 bytes lives off the V8 heap and costs about
// 1 µs to make, a large share of the time for a short text.
let runStart: Int32Array<ArrayBuffer> = new Int32Array(256);
let runEnd: Int32Array<ArrayBuffer> = new Int32Array(256);

/**
 * The runs of ASCII digits (/\d+/g) in the text, found once per text for the location rules.
 * The arrays are reused: the result is valid until digitRuns() is called with another text.
 */
export function digitRuns(text: string): DigitRuns {
  if (text === runsText) return runs;
  let start = runStart;
  let end = runEnd;
  let n = 0;
  // The regex finds the next digit faster than a loop over character codes.
  DIGIT_RE.lastIndex = 0;
  while (DIGIT_RE.test(text)) {
    const s = DIGIT_RE.lastIndex - 1;
    let e = s + 1;
    for (let c = text.charCodeAt(e); c >= 48 && c <= 57; c = text.charCodeAt(++e));
    if (n === start.length) {
      start = runStart = grow(start);
      end = runEnd = grow(end);
    }
    start[n] = s;
    end[n] = e;
    n++;
    DIGIT_RE.lastIndex = e;
  }
  runsText = text;
  runs = { n, start, end };
  return runs;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
