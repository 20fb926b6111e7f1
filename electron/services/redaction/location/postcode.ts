// Postcodes: by label ("ZIP: 94105", "postal code is 10115"), by validated shape (UK, Canada),
// after a US state code ("CO 80202"), and followed by a city ("10115 Berlin", "1012 AB Amsterdam",
// "53-320 Wrocław"). A bare 5-digit number is never a postcode.
import type { Candidate, Recognizer } from '../types';
import { COMMON } from '../names/lexicon';
import { isBlank, upperAt } from './chars';
import { US_STATE_CODES } from './lexicon';

const LABELLED =
  /\b(?:zip(?:[ \t]*code)?|zipcode|postal[ \t]*code|post[ \t]*code|postcode|plz|postleitzahl|code[ \t]+postal|c[oó]digo[ \t]+postal|codice[ \t]+postale|cep|postnummer|postinumero|irányítószám|kod[ \t]+pocztowy)\b[ \t]*(?:is|was|will[ \t]+be|:|#|no\.?|=)?[ \t]*(?:is[ \t]*)?([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)(?![\p{L}\p{N}-])/giu;

// UK: outward code (A9, A99, AA9, AA99, A9A, AA9A) + inward code (9AA); letters restricted by position.
const UK =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const CANADA =
  /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ -]?[0-9][ABCEGHJ-NPRSTV-Z][0-9](?![\p{L}\p{N}])/gu;
const US_STATE_ZIP = /(?<![\p{L}\p{N}])([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?)(?![\p{L}\p{N}-])/gu;
const CITY = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]+|de|del|la|le|am|an|im|sur|sous|di))*`;
// 4-6 digit codes with optional country prefix (D-, A-, CH-, F-), Dutch 1234 AB, Polish 12-345,
// Portuguese 1234-567, Brazilian 12345-678, Swedish/Czech 123 45, followed by a city on the same line.
const CODE_CITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,-])((?:(?:D|A|CH|F|B|L|NL|DK|S|N|FIN|I|E|P|PL|CZ|SK|H)-)?(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{4}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{3}[ \t]\d{2}))[ \t]+(${CITY})(?![ \t]*\d)`,
  'gu',
);

// A city followed by a hyphenated code: "Tokyo 150-0002", "Quinta de São Tiago 3610-114", "Gdańsk 80-827".
const CITY_CODE = new RegExp(
  String.raw`(${CITY})[ \t]+(\d{3}-\d{4}|\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3})(?![\p{L}\p{N}-])`,
  'gu',
);

// Sticky copies, tried only where a match can start (found by cheap scans): the plain global
// scans try every position of the text and dominate the cost.
const UK_Y = new RegExp(UK.source, 'uy');
const CANADA_Y = new RegExp(CANADA.source, 'uy');
const US_STATE_ZIP_Y = new RegExp(US_STATE_ZIP.source, 'uy');
const LABELLED_Y = new RegExp(LABELLED.source, 'iuy');
const CODE_CITY_Y = new RegExp(CODE_CITY.source, 'uy');
const CITY_CODE_Y = new RegExp(CITY_CODE.source, 'uy');
const STARTS_UPPER = /^\p{Lu}/u;

/** What matchAll(global re) yields, given ascending candidate starts that include every possible match start. */
function* matchesAt(re: RegExp, text: string, starts: Iterable<number>): Generator<RegExpExecArray> {
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m) {
      yield m;
      from = s + m[0].length;
    }
  }
}

// Under /iu, \b also counts "ſ" and the Kelvin sign as word characters, and the Kelvin sign folds
// to "k": a plain \b before z/p/c/k/i, or a Kelvin sign anywhere, covers every start of LABELLED.
const LABEL_HINT = /\b[zpcki]|\u212a/gi;
const DIGITS = /\d+/g;

/** Starts of LABELLED. */
function* labelStarts(text: string): Generator<number> {
  LABEL_HINT.lastIndex = 0;
  for (let m = LABEL_HINT.exec(text); m; m = LABEL_HINT.exec(text)) yield m.index;
}

/** Positions 1..`back` before each digit run: the UK and Canadian shapes start a few letters before their first digit. */
function* beforeDigits(text: string, back: number): Generator<number> {
  let last = -1;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text))
    for (let s = Math.max(m.index - back, last + 1); s < m.index; s++) yield (last = s);
}

/** Starts of US_STATE_ZIP: two characters before the blanks before a digit run. */
function* stateStarts(text: string): Generator<number> {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let s = m.index;
    while (s > 0 && isBlank(text.charCodeAt(s - 1))) s--;
    if (s < m.index && s >= 2) yield s - 2;
  }
}

/** Starts of CODE_CITY: a digit run, or up to three letters and a hyphen before one ("D-10115"). */
function* codeStarts(text: string): Generator<number> {
  let last = -1;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const d = m.index;
    if (text.charCodeAt(d - 1) === 45) for (let s = Math.max(d - 4, last + 1); s <= d - 2; s++) yield s;
    yield (last = d);
  }
}

/** May be inside a city name of CITY_CODE (letters, marks, apostrophes, hyphens, spaces; any non-ASCII unit). */
function cityUnit(c: number): boolean {
  return c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122) || c === 32 || c === 9 || c === 39 || c === 45;
}

/** Starts of CITY_CODE: upper-case letters in the run of city characters before a hyphenated code. */
function* cityStarts(text: string): Generator<number> {
  const hint = /[ \t]\d{2,5}-\d/g;
  let last = -1;
  for (let h = hint.exec(text); h; h = hint.exec(text)) {
    let s = h.index;
    while (s > last + 1 && cityUnit(text.charCodeAt(s - 1))) s--;
    for (; s < h.index; s++) if (upperAt(text, s)) yield s;
    last = h.index;
  }
}

function postcodeDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, score: number, subtype: string, validated = false) =>
    out.push({ start, end, type: 'LOCATION', subtype, score, source: 'pattern', ...(validated ? { validated } : {}) });

  for (const m of matchesAt(LABELLED_Y, text, labelStarts(text))) {
    const v = m[1]!;
    if (!/\d/.test(v)) continue;
    const start = m.index + m[0].length - v.length;
    push(start, start + v.length, 0.85, 'POSTCODE');
  }
  for (const m of matchesAt(UK_Y, text, beforeDigits(text, 4))) {
    // Avoid product codes glued into longer identifiers ("A1 2BC" inside a serial): require a space or line edge.
    push(m.index, m.index + m[0].length, /\s/.test(m[0]) ? 0.78 : 0.6, 'UK_POSTCODE');
  }
  for (const m of matchesAt(CANADA_Y, text, beforeDigits(text, 1)))
    push(m.index, m.index + m[0].length, /[ -]/.test(m[0]) ? 0.78 : 0.62, 'CA_POSTCODE');
  for (const m of matchesAt(US_STATE_ZIP_Y, text, stateStarts(text))) {
    if (!US_STATE_CODES.has(m[1]!)) continue;
    push(m.index, m.index + m[0].length, 0.8, 'US_ZIP');
  }
  for (const m of matchesAt(CODE_CITY_Y, text, codeStarts(text))) {
    const code = m[1]!;
    const city = m[2]!;
    const words = city.split(/[ \t]+/).filter((w) => STARTS_UPPER.test(w));
    if (words.length === 0 || words.every((w) => COMMON.has(w.toLowerCase()))) continue;
    // A 4-digit number is more often a year: require it to start a line or follow a comma.
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/^\d{4}$/.test(code) && !/(^|[,\n]\s*|^\s*)$/.test(before) && m.index !== 0) continue;
    if (/^(1[89]|20)\d\d$/.test(code) && !/[,\n][ \t]*$/.test(before)) continue;
    push(m.index, m.index + m[0].length, /^\d{5}$/.test(code) ? 0.72 : 0.68, 'POSTCODE_CITY');
  }
  for (const m of matchesAt(CITY_CODE_Y, text, cityStarts(text))) {
    const city = m[1]!;
    if (city.split(/[ \t]+/).every((w) => !STARTS_UPPER.test(w) || COMMON.has(w.toLowerCase()))) continue;
    const start = m.index + city.length - (city.split(/[ \t]+/).pop() ?? '').length;
    push(start, m.index + m[0].length, 0.66, 'CITY_POSTCODE');
  }
  return out;
}

export const POSTCODE_RECOGNIZER: Recognizer = {
  name: 'postcode',
  types: ['LOCATION'],
  detect: postcodeDetect,
};
