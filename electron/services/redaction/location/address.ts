// Street addresses: a street core (number + name + type, name + number, type + name + number,
// PO boxes, military addresses, "the corner of X and Y"), extended by units ("Apt. 4", "Suite
// 210") and the city / region / postcode / country parts that follow on the same or next lines.
import { allMatches, matchesVia } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';
import { COMMON, GIVEN, PARTICLES, lowerOf } from '../names/lexicon';
import {
  CL,
  CM,
  CN,
  blankRun,
  cpClass,
  digitRuns,
  cpLen,
  hasUpperIn,
  isBlank,
  isLetterAt,
  isLetterOrNumberAt,
  upperAt,
} from './chars';
import { COMPOUND_SUFFIXES, PLACE_FIRST, PLACES, PREFIX_TYPES, STREET_TYPES, UNIT_WORDS } from './lexicon';
import { append } from '../append';
import { isCut, wholeTextScanOn } from '../excerpt';
import { russianStreets } from './russian-address';
import { vietnameseAddresses } from './vietnamese-address';

// The text and lower-case form are sliced on first use: most tokens are never looked at closely.
class Tok {
  readonly src: string;
  readonly start: number;
  readonly end: number;
  readonly num: boolean;
  readonly glued: boolean;
  private t: string | undefined;
  private l: string | undefined;
  constructor(src: string, start: number, end: number, num: boolean, glued: boolean) {
    this.src = src;
    this.start = start;
    this.end = end;
    this.num = num;
    this.glued = glued;
    this.t = undefined;
    this.l = undefined;
  }
  get text(): string {
    return (this.t ??= this.src.slice(this.start, this.end));
  }
  get lower(): string {
    return (this.l ??= lowerOf(this.text));
  }
}

// "∆" (U+2206) stands in for the Greek capital delta in some all-caps Greek text.
/** The tokens' definition; tokenEnd() scans the same matches by character codes (exported for tests). */
export const TOKEN =
  /\d+(?:[-/]\d+)*(?:(?:st|nd|rd|th|[A-Za-zºª])(?![\p{L}\p{N}]))?|[\p{L}\p{M}\u2206][\p{L}\p{M}\u2206'’-]*/gu;

const isHandleMark = (c: number) => c === 64 || c === 35; // @ #

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordPunct = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2206; // ' ’ - ∆

/** TOKEN's (?![\p{L}\p{N}]) at i. */
const notLN = (text: string, i: number) => (cpClass(text, i, cpLen(text, i)) & (CL | CN)) === 0;

/** End of the TOKEN match starting at i, or -1 when none starts there. */
// Same matches as TOKEN.exec from i, scanned by character codes (the regex and its match arrays
// dominated the cost).
export function tokenEnd(text: string, i: number, len: number): number {
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      const sep = text.charCodeAt(j);
      if (!((sep === 45 || sep === 47) && isDigit(text.charCodeAt(j + 1)))) break;
      j += 2;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const a = text.charCodeAt(j);
    const b = text.charCodeAt(j + 1);
    // In either case: a shipping label writes "4410 W 3RD AVE".
    const la = a | 32;
    const lb = b | 32;
    const ordinal =
      (la === 115 && lb === 116) ||
      (la === 110 && lb === 100) ||
      (la === 114 && lb === 100) ||
      (la === 116 && lb === 104);
    if (ordinal && notLN(text, j + 2)) return j + 2;
    if (((la >= 97 && la <= 122) || a === 0xba || a === 0xaa) && notLN(text, j + 1)) return j + 1;
    return j;
  }
  if (!(cpClass(text, i, len) & (CL | CM)) && c !== 0x2206) return -1;
  let j = i + len;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    // ASCII inline: letters, ' and - continue the word; anything else ends it.
    if (d < 128) {
      if (((d | 32) >= 97 && (d | 32) <= 122) || d === 39 || d === 45) {
        j++;
        continue;
      }
      break;
    }
    if (isWordPunct(d)) {
      j++;
      continue;
    }
    const l = cpLen(text, j);
    if (!(cpClass(text, j, l) & (CL | CM))) break;
    j += l;
  }
  return j;
}

// Token bounds and flags live in typed arrays reused across calls; Tok objects are made only for
// the tokens the rules look at (allocating one per word dominated the cost through GC).
const NUM = 1;
const GLUED = 2;
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let flags = new Uint8Array(1024);

class Toks {
  readonly length: number;
  private readonly text: string;
  private readonly objs: (Tok | undefined)[];
  constructor(text: string, length: number) {
    this.text = text;
    this.length = length;
    this.objs = new Array<Tok | undefined>(length);
  }
  /** Like toks.get(k) on an array: undefined outside 0 .. length - 1. */
  get(k: number): Tok | undefined {
    if (k < 0 || k >= this.length) return undefined;
    const f = flags[k]!;
    return (this.objs[k] ??= new Tok(this.text, starts[k]!, ends[k]!, (f & NUM) !== 0, (f & GLUED) !== 0));
  }
  slice(a: number, b: number): Tok[] {
    const out: Tok[] = [];
    for (let k = a; k < b && k < this.length; k++) out.push(this.get(k)!);
    return out;
  }
}

function tokenize(text: string): Toks {
  let n = 0;
  for (let s = 0; s < text.length;) {
    const c = text.charCodeAt(s);
    // No token starts at ASCII other than letters and digits.
    if (c < 128 && !((c | 32) >= 97 && (c | 32) <= 122) && !isDigit(c)) {
      s++;
      continue;
    }
    const len = cpLen(text, s);
    const end = tokenEnd(text, s, len);
    if (end < 0) {
      s += len;
      continue;
    }
    const start = s;
    s = end;
    // Handles and hashtags ("@Kaaaatie4", "#Bothell") are never part of an address; a number after
    // "#" is a number ("Suite #210", "Calle 93 # 11-26").
    const mark =
      start > 0 && isHandleMark(text.charCodeAt(start - 1))
        ? start - 1
        : start > 1 && isHandleMark(text.charCodeAt(start - 2)) && isBlank(text.charCodeAt(start - 1))
          ? start - 2
          : -1;
    if (mark >= 0 && !(text.charCodeAt(mark) === 35 && isDigit(c))) continue;
    // Numbers glued to letters ("BG80", "1B31") are codes, not house numbers.
    const glued = isLetterOrNumberAt(text, start - 1) || isLetterAt(text, end);
    if (n === starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      starts = grow(starts, new Int32Array(2 * n));
      ends = grow(ends, new Int32Array(2 * n));
      flags = grow(flags, new Uint8Array(2 * n));
    }
    starts[n] = start;
    ends[n] = end;
    flags[n] = (isDigit(text.charCodeAt(start)) ? NUM : 0) | (glued ? GLUED : 0);
    n++;
  }
  return new Toks(text, n);
}

/**
 * text.slice(s, e).toLowerCase() === word, for an ASCII lower-case word without "i" or "k": only
 * "İ" and the Kelvin sign lower-case to ASCII from outside it, and lower-casing never shortens.
 */
function lowerIs(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let p = 0; p < word.length; p++) {
    const c = text.charCodeAt(s + p);
    const w = word.charCodeAt(p);
    if (c !== w && !(c >= 65 && c <= 90 && c + 32 === w)) return false;
  }
  return true;
}

/**
 * The last position in text[s, e) whose character no word core can span on the way to its number
 * (ASCII other than letters, blanks, ' - . /; non-ASCII may be a letter), or -1.
 */
function lastNonWordChar(text: string, s: number, e: number): number {
  for (let p = e - 1; p >= s; p--) {
    const c = text.charCodeAt(p);
    if (c >= 128 || c === 32 || c === 9 || c === 39 || c === 45 || c === 46 || c === 47) continue;
    // The comma of "Rua das Flores, 250" right before the number (beforeHouseNumber).
    if (c === 44 && p + 1 < e && p + 3 >= e && blankRun(text, p + 1, e)) continue;
    if ((c | 32) < 97 || (c | 32) > 122) return p;
  }
  return -1;
}

/** Words near which a bare "Name 12" is an address. */
const CUES =
  /(\b|liefer|rechnungs|post)(address(?:es)?|adresse|adres|adresa|adressi|osoite|anschrift|dirección|direccion|indirizzo|endereço|live[sd]?|living|reside[sd]?|located|office|offices|deliver(?:y|ed)?|ship(?:ping|ped)?|send|sent|mail|post(?:al)?|meet(?:ing)?|visit|stop|return|moved|billing|corner|street|station|drops?|pick(?:ed)?[ -]?up|headquarters|hq|apartment|house|home|residence|destination|restaurant|hotel|venue|north side|south side|based at|arrived at|near)\b/i;

/** No capital letter near the position: the writer does not use case, so it cannot be a cue. */
const caseless = (text: string, at: number) => !hasUpperIn(text, Math.max(0, at - 60), at + 60);

const hasCue = (text: string, start: number) => CUES.test(text.slice(Math.max(0, start - 80), start));

/** /^[ \t]{1,3}$/ on the gap between two tokens. */
const spacesGap = (text: string, a: Tok, b: Tok) =>
  b.start - a.end >= 1 && b.start - a.end <= 3 && blankRun(text, a.end, b.start);
const gapOf = (text: string, a: Tok, b: Tok) => text.slice(a.end, b.start);
const capital = (t: Tok) => upperAt(t.text, 0);
// Regexes with \p{} are hoisted: esbuild compiles such literals to `new RegExp` at each evaluation.
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}'’-]*$/u;
const allCaps = (t: Tok) => ALL_CAPS.test(t.text) && t.text.length > 1;
const streetType = (t: Tok) => STREET_TYPES.has(t.lower);
const isCompound = (t: Tok) =>
  !t.num && t.text.length >= 5 && COMPOUND_SUFFIXES.some((s) => t.lower.endsWith(s) && t.lower.length >= s.length + 3);
/** A word that can be part of a street name: capitalised, or any non-common word (lower-case input). */
const nameWord = (t: Tok) => !t.num && (capital(t) || !COMMON.has(t.lower)) && !UNIT_WORDS.has(t.lower);
/** Words that are never part of a street name: months, days, units of measure. */
const NOT_STREET = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    // Months of other languages: "3 mars 1985", "3 de marzo de 1985" are dates.
    'januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre ' +
    'octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre ' +
    'diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile ' +
    'maggio giugno luglio settembre ottobre dicembre januari februari maart augustus ' +
    'mg kg g km cm mm ml l lb lbs oz ft m s h min sec pm am x rd th st nd page chapter version windows room ext extension exp cvv cvc ' +
    'line column row step item section figure slide error build issue ticket ' +
    // Phone labels: "tel 0113 295 1000" is a number, not a street.
    'tel tél phone fax mob mobile cell ph handy telefon teléfono telefone telefono ' +
    // Products named with a number ("renewing the Microsoft 365 E5 licences", "Python 3", "iPhone 15").
    'microsoft office excel outlook dynamics azure iphone ipad ipados macbook imac galaxy pixel xbox playstation ' +
    'python java node ubuntu debian fedora centos rhel android ios macos chrome firefox safari photoshop ' +
    'kubernetes postgres postgresql mysql oracle gpt claude gemini llama mistral boeing airbus tesla model ' +
    'ryzen rtx gtx surface thinkpad kindle nintendo'
  ).split(' '),
);
const CODE_2_3 = /^\p{Lu}{2,3}$/u;
/** A word that can carry a street name: three or more letters, not an all-caps code like "EJ". */
const streetNameWord = (t: Tok) => !t.num && t.text.length >= 3 && t.text.length <= 40 && !CODE_2_3.test(t.text);

const FUNCTION_WORDS = new Set(
  (
    'the a an and or of to in on at for from by with is are was were be i you he she we they it my your our his her their this that ' +
    // "And" and "or" of other languages: "… 042 78 et j'habite 27 boulevard …" is no street.
    'et ou und oder och og ' +
    // Pronouns of other languages and the labels of an address ("Ihre neue Adresse Lindenstraße 14"),
    // not articles: those are part of street names ("Unter den Linden 77", "Rue de la Paix 5").
    'ihre ihr ihrer ihren unsere unser unseren meine mein meiner deine dein seine sein votre vos notre nos mon ma mes ' +
    'su sus mi mis tu tus nuestra nuestro suo sua mio mia uw mijn onze jouw ' +
    'address adresse anschrift wohnort wohnadresse lieferadresse rechnungsadresse postanschrift adres adresa ' +
    'dirección direccion domicilio indirizzo endereço endereco morada ' +
    // "I live (in)": the verb and its preposition before a street ("vivo en Calle Mayor 5",
    // "Jag bor på Storgatan 12"), and Scandinavian pronouns.
    'vivo vive viven abito abita abitiamo woon woont wonen wohne wohnt wohnen habite habitons moramos ' +
    'mieszkam mieszka bydlím bydlí bor bodde en på op jag hon jeg hun vi ' +
    // "is" before the street ("Il suo indirizzo è Via del Corso 12", "Meine Adresse ist …",
    // "mi dirección es Calle Mayor 5").
    'è é ist es está'
  ).split(' '),
);

/** Abbreviated street types that are safe without context ("St", "Rd", "Ave"). */
const SAFE_TYPE_ABBR = new Set([
  'st',
  'rd',
  'ave',
  'av',
  'blvd',
  'ln',
  'dr',
  'ct',
  'pl',
  'pkwy',
  'hwy',
  'str',
  'sq',
  'ter',
  'tce',
  'cres',
  'cir',
  'trl',
]);
/** Street types that are also common words: only with a capital or address context. */
const strongType = (text: string, t: Tok) =>
  SAFE_TYPE_ABBR.has(t.lower) ||
  caseless(text, t.start) ||
  (capital(t) &&
    [
      'street',
      'road',
      'avenue',
      'lane',
      'drive',
      'boulevard',
      'terrace',
      'crescent',
      'parkway',
      'highway',
      'court',
      'place',
      'square',
      'close',
      'way',
      'strasse',
      'straße',
      'gasse',
      'weg',
      'allee',
      'vej',
      'gade',
      'utca',
      'út',
      'tér',
    ].includes(t.lower));

interface Core {
  first: number;
  last: number;
  score: number;
  /** End offset when it differs from toks.get(last).end (e.g. "St." keeps its period). */
  end?: number;
}

function addressDetect(text: string): Candidate[] {
  const toks = tokenize(text);
  const out: Candidate[] = [];
  // Every core but "the corner of X and Y" has a digit within a few words: find the next digit
  // once per position (amortised linear) and skip the rest cheaply.
  let nextDigit = -1;
  // The last character before nextDigit (and after the previous one) that no word core can span.
  let lastBreak = -1;
  // The digit runs are shared with the postcode rules.
  const runs = digitRuns(text);
  let run = 0;
  for (let i = 0; i < toks.length; i++) {
    // Cheap filters on the token arrays before making the token object.
    if (flags[i]! & GLUED) continue;
    const start = starts[i]!;
    if (nextDigit < start) {
      const prev = nextDigit;
      while (run < runs.n && runs.end[run]! <= start) run++;
      nextDigit = run < runs.n ? Math.max(runs.start[run]!, start) : Infinity;
      if (nextDigit !== Infinity) lastBreak = lastNonWordChar(text, prev + 1, nextDigit);
    }
    if (nextDigit - start > 160 && !lowerIs(text, start, ends[i]!, 'the') && !lowerIs(text, start, ends[i]!, 'corner'))
      continue;
    // A core that starts with a word needs a number among the next five tokens, unless it is a
    // special one (those start with a head word; lower-casing never shortens a word).
    if (
      !(flags[i]! & NUM) &&
      (nextDigit >= (i + 5 < toks.length ? ends[i + 5]! : text.length) || lastBreak >= ends[i]!) &&
      !(
        ends[i]! - start <= 8 &&
        SPECIAL_INITIALS.has(text.charCodeAt(start) | 32) &&
        specialHead(text, start, ends[i]!)
      )
    )
      continue;
    // "the" never starts a street core (a function word).
    const core =
      special(text, toks, i) ?? (lowerIs(text, start, ends[i]!, 'the') ? undefined : streetCore(text, toks, i));
    if (!core) continue;
    // Leading building / house numbers: "28245 Puruntie 82", "370 3911 Fourth Avenue".
    let first = core.first;
    for (let n = 0; n < 2; n++) {
      const p = toks.get(first - 1);
      if (p && p.num && p.text.length <= 6 && spacesGap(text, p, toks.get(first)!)) first--;
      else break;
    }
    // A unit written before the street: "Apt. 675 62314 Mellemvej 32".
    const pre = toks.get(first - 1);
    if (
      pre &&
      UNIT_WORDS.has(pre.lower) &&
      toks.get(first)!.num &&
      /^\.?[ \t]*#?[ \t]*$/.test(gapOf(text, pre, toks.get(first)!))
    )
      first -= 1;
    const u = toks.get(first - 2);
    if (
      u &&
      UNIT_WORDS.has(u.lower) &&
      toks.get(first - 1)!.num &&
      /^\.?[ \t]*#?[ \t]*$/.test(gapOf(text, u, toks.get(first - 1)!)) &&
      /^,?[ \t]{1,3}$/.test(gapOf(text, toks.get(first - 1)!, toks.get(first)!))
    )
      first -= 2;
    const tail = extendTail(text, toks, core.last);
    const end = tail.last > core.last ? toks.get(tail.last)!.end : (core.end ?? toks.get(core.last)!.end);
    const score = Math.min(
      0.92,
      core.score + (tail.strong ? 0.05 : 0) + (hasCue(text, toks.get(first)!.start) ? 0.05 : 0),
    );
    out.push({ start: toks.get(first)!.start, end, type: 'LOCATION', subtype: 'ADDRESS', score, source: 'pattern' });
    i = Math.max(i, tail.last);
  }
  append(out, labelledAddresses(text));
  residentialStreets(text, out);
  numberedCrossings(text, out);
  numberedParts(text, out);
  estateUnits(text, out);
  malayStreets(text, toks, out);
  turkishStreets(text, toks, out);
  japaneseAddresses(text, out);
  romanisedJapanese(text, toks, out);
  vietnameseAddresses(text, out);
  russianStreets(text, out);
  return out;
}

/**
 * An address written as numbered parts, as in the Gulf states and South Asia: "Villa 23, Street 14, Al
 * Barsha 2, Dubai", "Flat 5, Building 12, Al Nahda, Sharjah". Two numbered parts in a row make it one,
 * with the capitalised parts after them (area, city). One alone ("Building 5") is too common a phrase.
 */
const PART_HEADS = String.raw`(?:Villa|Flat|Apartment|Apt\.?|Building|Bldg\.?|Tower|Office|Shop|Unit|House|Street|St\.?|Road|Rd\.?|Block|Plot|Sector|Zone|Way|Avenue|Ave\.?|Lane)`;
// A block or a tower may be lettered: "Flat 9, Block C, Ridge Towers, Accra".
const NUMBERED_PART = String.raw`${PART_HEADS}[ \t]*(?:No\.?[ \t]*)?#?[ \t]*(?:\d{1,4}[A-Z]?|[A-Z](?![\p{L}\p{N}]))`;
const NAMED_PART = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\d{1,3}))*`;
const NUMBERED_PARTS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NUMBERED_PART}(?:[ \t]*,[ \t]*${NUMBERED_PART}){1,4}(?:[ \t]*,[ \t]*${NAMED_PART}){0,3}(?![\p{L}\p{N}])`,
  'gu',
);
// Without the lookbehind, which keeps the regex engine from skipping to where a head word starts.
const NUMBERED_PARTS_LOOSE = new RegExp(String.raw`${NUMBERED_PART}[ \t]*,`, 'gu');

/** A home's or a street's part: the parts of a course or a site alone ("Block 3, Unit 4") are no address. */
const DWELLING_PART = /\b(?:Villa|Flat|Apartment|Apt|House|Street|St|Road|Rd|Avenue|Ave|Way|Lane|Plot)\b/;

function numberedParts(text: string, out: Candidate[]): void {
  for (const m of matchesVia(NUMBERED_PARTS, NUMBERED_PARTS_LOOSE, text)) {
    if (DWELLING_PART.test(m[0])) out.push(addressMatch(m));
  }
}

/** A rule's whole match as an address. */
function addressMatch(m: RegExpExecArray): Candidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: 'LOCATION',
    subtype: 'ADDRESS',
    score: 0.8,
    source: 'pattern',
  };
}

/**
 * A unit on an industrial estate or a business park, which has no street number: "Unit 5, Riverside
 * Industrial Estate", "Suite 210, Kingsway Business Park", "Units 3-4 Fenton Trading Estate". The town
 * and postcode after it are the postcode rule's.
 */
const ESTATE_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Units?|Suite|Ste\.?|Plot|Bay)[ \t]*\d{1,4}[A-Z]?(?:[ \t]*[-–&][ \t]*\d{1,4}[A-Z]?)?,?[ \t]+` +
    String.raw`(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Industrial|Business|Trading|Retail|Science|Enterprise|Technology|Commercial)` +
    String.raw`[ \t]+(?:Estate|Park|Centre|Center|Village|Campus)(?![\p{L}\p{N}])`,
  'gu',
);
const ESTATE_UNIT_LOOSE = /(?:Unit|Suite|Ste|Plot|Bay)s?\.?[ \t]*\d/g;

function estateUnits(text: string, out: Candidate[]): void {
  for (const m of matchesVia(ESTATE_UNIT, ESTATE_UNIT_LOOSE, text)) out.push(addressMatch(m));
}

/**
 * Malaysia and Indonesia number the house before the street, with a comma, and write the street's
 * type first: "No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur", "Lot 23, Jalan Ampang", "No. 5, Jalan
 * SS2/24". The postcode and city after it are read as after any street.
 */
const MALAY_STREET =
  /(?<![\p{L}\p{N}])(?:No\.?|Lot|Blk\.?|Block|Unit)[ \t]*\d{1,5}[A-Z]?(?:-\d{1,3})?[ \t]*,[ \t]*(?:Jalan|Jln\.|Lorong|Lrg\.|Persiaran|Lebuh|Lebuhraya|Jl\.)[ \t]+[\p{Lu}\d][\p{L}\d/'’-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d/'’-]*){0,4}/gu;
const MALAY_STREET_LOOSE = /J(?:alan|ln\.|l\.)|Lorong|Lrg\.|Persiaran|Lebuh/g;

function malayStreets(text: string, toks: Toks, out: Candidate[]): void {
  MALAY_STREET_LOOSE.lastIndex = 0;
  if (!MALAY_STREET_LOOSE.test(text)) return;
  for (const m of allMatches(MALAY_STREET, text)) out.push(withTail(text, toks, m.index, m.index + m[0].length));
}

/** A street found from `start` to `end`, with the city and region after it, as for the other cores. */
function withTail(text: string, toks: Toks, start: number, end: number): Candidate {
  const tail = tailAfter(text, toks, end);
  return {
    start,
    end: tail.end,
    type: 'LOCATION',
    subtype: 'ADDRESS',
    score: tail.strong ? 0.9 : 0.85,
    source: 'pattern',
  };
}

/**
 * A Japanese address in Latin letters: block numbers, the district, then its ward or city with the
 * suffix that names it ("3-14-2 Shibuya, Shibuya-ku, Tokyo 150-0002", "2-8-1 Nishi-Shinjuku,
 * Shinjuku-ku"). The suffix is what makes the numbers an address; the prefecture and postcode after
 * it are read as after any street.
 */
// The gate: no \p class, so V8 can jump from '-' to '-' (3 ms per MB with one).
const WARD_SUFFIX = /-(?:ku|shi|cho|machi|gun|mura)(?![A-Za-z])/;
const ROMANISED_JAPANESE =
  /(?<![\p{L}\p{N}-])\d{1,4}(?:-\d{1,4}){1,2}[ \t]+(?:\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?[ \t]*,?[ \t]*)?\p{Lu}[\p{Ll}]+-(?:ku|shi|cho|machi|gun|mura)(?![\p{L}\p{N}])/gu;

function romanisedJapanese(text: string, toks: Toks, out: Candidate[]): void {
  if (!WARD_SUFFIX.test(text)) return;
  for (const m of allMatches(ROMANISED_JAPANESE, text)) {
    const { end } = tailAfter(text, toks, m.index + m[0].length);
    out.push({ start: m.index, end, type: 'LOCATION', subtype: 'ADDRESS', score: 0.85, source: 'pattern' });
  }
}

/**
 * Turkish addresses put the number after the street and its type, with "No:": "Atatürk Caddesi No:25
 * Daire 4", "Moda Mah. Şair Nefi Sk. No:12 D:3", "Bağdat Cd. No: 112/5". Found from the "No:" back to
 * the street's name (up to four capitalised words before the type), then the flat and the city after.
 */
const TURKISH_NUMBER = /(?<![\p{L}\p{N}])No[ \t]*[:.][ \t]*\d{1,5}(?:[ \t]*\/[ \t]*\d{1,4})?/gu;
const TURKISH_NUMBER_LOOSE = /No[ \t]*[:.][ \t]*\d/g;
const TURKISH_STREET =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:Caddesi|Cadde|Cad\.|Cd\.|Sokağı|Sokak|Sok\.|Sk\.|Bulvarı|Bulvar|Blv\.|Bul\.)[ \t]*,?[ \t]*$/u;
const TURKISH_FLAT = /(?:[ \t]*,?[ \t]+(?:D|Daire|Kat)[ \t]*[:.]?[ \t]*\d{1,4})+/y;

function turkishStreets(text: string, toks: Toks, out: Candidate[]): void {
  if (!text.includes('No')) return;
  for (const m of matchesVia(TURKISH_NUMBER, TURKISH_NUMBER_LOOSE, text)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const street = TURKISH_STREET.exec(before);
    if (!street) continue;
    const start = m.index - before.length + street.index;
    let end = m.index + m[0].length;
    TURKISH_FLAT.lastIndex = end;
    const flat = TURKISH_FLAT.exec(text);
    if (flat) end += flat[0].length;
    out.push(withTail(text, toks, start, end));
  }
}

/**
 * A crossing of a numbered street with another: "near 5th Avenue and 42nd Street", "W 34th St & 8th Ave".
 * One of them numbered, both with their type; a house number is not needed to place someone there.
 */
const CROSSING_TYPES = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Place|Pl\.?|Lane|Ln\.?)`;
// Blanks and words are bounded, so that a crossing lies within CROSSING_REACH of its numbered street.
const B = String.raw`[ \t]{1,3}`;
const ORDINAL_STREET_NAME = String.raw`(?:[NSEW]\.?${B})?\d{1,3}(?:st|nd|rd|th)`;
const NAMED_STREET = String.raw`\p{Lu}[\p{L}'’-]{1,30}(?:${B}\p{Lu}[\p{L}'’-]{1,30})?`;
const NUMBERED_CROSSING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ORDINAL_STREET_NAME}${B}${CROSSING_TYPES}${B}(?:and|&)${B}(?:${ORDINAL_STREET_NAME}|${NAMED_STREET})|${NAMED_STREET}${B}${CROSSING_TYPES}${B}(?:and|&)${B}${ORDINAL_STREET_NAME})${B}${CROSSING_TYPES}(?![\p{L}\p{N}])`,
  'gu',
);

/** What every crossing holds: a numbered street with its type. */
const ORDINAL_TYPED = new RegExp(String.raw`\d(?:st|nd|rd|th)[ \t]+${CROSSING_TYPES}`, 'g');
/** How far a crossing reaches from its numbered street on either side: at most two named words, a type and "and". */
const CROSSING_REACH = 100;

function numberedCrossings(text: string, out: Candidate[]): void {
  const push = (start: number, end: number) =>
    out.push({ start, end, type: 'LOCATION', subtype: 'INTERSECTION', score: 0.7, source: 'pattern' });
  if (wholeTextScanOn()) {
    // The reference the excerpt test compares the windows below with.
    for (const m of allMatches(NUMBERED_CROSSING, text)) push(m.index, m.index + m[0].length);
    return;
  }
  // The crossing regex starts with a lookbehind and a name, which V8 tries at every position: it is
  // run only on the words around each numbered street, cut at white space (which no match holds at
  // its edges, so the lookarounds read the same).
  let done = 0;
  for (const o of allMatches(ORDINAL_TYPED, text)) {
    let a = Math.max(done, o.index - CROSSING_REACH);
    while (a > done && !isCut(text.charCodeAt(a - 1))) a--;
    let b = Math.min(text.length, o.index + o[0].length + CROSSING_REACH);
    while (b < text.length && !isCut(text.charCodeAt(b))) b++;
    const piece = text.slice(a, b);
    for (const m of allMatches(NUMBERED_CROSSING, piece)) {
      push(a + m.index, a + m.index + m[0].length);
      done = a + m.index + m[0].length;
    }
    ORDINAL_TYPED.lastIndex = Math.max(ORDINAL_TYPED.lastIndex, done);
  }
}

/**
 * The end of an address core that ends at `end` once extendTail has taken the city, region and
 * postcode after it, and whether those hold a strong part (extendTail's Tail.strong).
 */
function tailAfter(text: string, toks: Toks, end: number): { end: number; strong: boolean } {
  const last = tokenEndingAt(toks, end);
  if (last < 0) return { end, strong: false };
  const tail = extendTail(text, toks, last);
  return { end: tail.last > last ? toks.get(tail.last)!.end : end, strong: tail.strong };
}

/** The index of the token that ends at `end`, or -1 (a binary search: tokens are in order). */
function tokenEndingAt(toks: Toks, end: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < end) lo = mid + 1;
    else if (ends[mid]! > end) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * A street without its number, named as where someone lives: "he lives on Baker Street", "she moved
 * to Rosewood Lane". Only after a verb of living; "the shop on Elm Road" is left.
 */
const RESIDENTIAL_STREET =
  /(?<![\p{L}])(?:lives?|lived|living|stays?|stayed|staying|resides?|resided|residing|moved|moving|grew[ \t]+up)[ \t]+(?:on|at|in|to|off)[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent|Gardens|Square|Parkway|Highway|Row|Mews|Grove|Hill))(?![\p{L}])/gu;
const RESIDENTIAL_LOOSE = /liv|stay|resid|mov|grew/gi;

function residentialStreets(text: string, out: Candidate[]): void {
  for (const m of matchesVia(RESIDENTIAL_STREET, RESIDENTIAL_LOOSE, text)) {
    const street = m[1]!.replace(/\.$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + street.length, type: 'LOCATION', subtype: 'STREET', score: 0.6, source: 'pattern' });
  }
}

/**
 * Japanese and Chinese addresses, written without spaces. After the postal mark: "〒150-0002 東京都渋谷区渋谷2-21-1". The code, and the
 * address written after it without spaces, when it names a prefecture, city, ward, town or village.
 */
const JAPANESE_POSTAL = /〒[ \t]?\d{3}-?\d{4}(?:[ \t]?([^\s,;、。]{2,60}))?/g;
const JAPANESE_ADMIN = /[都道府県市区町村郡]/;

const CJK_WORD = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ`;
const DIGIT_JA = '0-9０-９';
/**
 * A Japanese address without the postal mark, from its prefecture to the block numbers:
 * "東京都新宿区西新宿2-8-1", "大阪府大阪市北区梅田3丁目1番1号".
 */
const JAPANESE_ADDRESS = new RegExp(
  String.raw`(?:東京都|北海道|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)` +
    String.raw`[${CJK_WORD}]{1,12}?[市区町村郡][${CJK_WORD}${DIGIT_JA}\-－−‐]{0,30}[${DIGIT_JA}号]`,
  'gu',
);
/**
 * A Chinese address from its city to the house number: "北京市朝阳区建国路88号", "广东省深圳市南山区
 * 科技园路1号". A city, a district or county, a road or street, and the number.
 */
const CHINESE_ADDRESS = new RegExp(
  String.raw`(?:\p{Script=Han}{2,3}省)?\p{Script=Han}{2,4}市\p{Script=Han}{1,6}?[区县區縣]\p{Script=Han}{1,12}?[路街道巷里](?:[ \t]?[${DIGIT_JA}]+[ \t]?[号號](?:[${DIGIT_JA}]+(?:室|楼|樓))?)?`,
  'gu',
);
/**
 * A Korean road-name address: the city or province, the district, the road (로) or street (길) and the
 * building's number ("서울특별시 강남구 테헤란로 152", "부산광역시 해운대구 센텀중앙로 79").
 */
const KOREAN_ADDRESS =
  /(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]*)?[가-힣]{1,6}(?:시|군|구)[ \t]*(?:[가-힣]{1,6}(?:구|읍|면)[ \t]*)?[가-힣0-9]{1,12}(?:로|길)[ \t]*\d{1,5}(?:-\d{1,5})?/gu;
/**
 * A Russian address: the street's type and name, the house and the flat ("ул. Тверская, д. 7, кв. 12"),
 * then the city and the six-digit index when they follow.
 */
const RUSSIAN_ADDRESS =
  /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная|бул\.|бульвар|пл\.|площадь)[ \t]*[А-ЯЁ0-9][А-Яа-яЁё0-9.-]*(?:[ \t]+[А-ЯЁ][а-яё-]+)?,?[ \t]*(?:д\.|дом)[ \t]*\d+[а-я]?(?:\/\d+)?(?:[ \t]*,?[ \t]*(?:корп\.|к\.|стр\.|кв\.|квартира|оф\.)[ \t]*\d+[а-я]?)*(?:,[ \t]*[А-ЯЁ][а-яё-]+(?:,[ \t]*\d{6}(?!\d))?)?/gu;
const JAPANESE_PREFECTURE_MARK = /[都道府県]/;
/** Characters of the words before an address (I, lives, in, at, to, is, address...), never of a city's name. */
const CHINESE_LEAD = new Set('我你他她它们們住在于於位是的到往从從自寄送发發至地址为為'.split(''));

function japaneseAddresses(text: string, out: Candidate[]): void {
  const push = (start: number, end: number, score: number) =>
    out.push({ start, end, type: 'LOCATION', subtype: 'ADDRESS', score, source: 'pattern' });
  if (text.includes('〒')) {
    for (const m of text.matchAll(JAPANESE_POSTAL)) {
      const rest = m[1] && JAPANESE_ADMIN.test(m[1]) ? m[0].length : m[0].length - (m[1]?.length ?? 0);
      push(m.index, m.index + rest, 0.85);
    }
  }
  if (JAPANESE_PREFECTURE_MARK.test(text)) {
    for (const m of text.matchAll(JAPANESE_ADDRESS)) push(m.index, m.index + m[0].length, 0.8);
  }
  if (text.includes('로') || text.includes('길')) {
    for (const m of text.matchAll(KOREAN_ADDRESS)) push(m.index, m.index + m[0].length, 0.8);
  }
  if (text.includes('д.') || text.includes('дом')) {
    for (const m of text.matchAll(RUSSIAN_ADDRESS)) push(m.index, m.index + m[0].length, 0.8);
  }
  if (text.includes('市')) {
    for (const m of text.matchAll(CHINESE_ADDRESS)) {
      // The match starts as early as it can: "住在北京市…" (lives in) is cut to "北京市…".
      let start = m.index;
      const city = m[0].indexOf('市');
      while (start - m.index < city - 2 && CHINESE_LEAD.has(text[start]!)) start++;
      push(start, m.index + m[0].length, 0.8);
    }
  }
}

/**
 * The value of an address field, whatever its shape: "Address: Flat 3, Rosebank House, Cape Town",
 * "Anschrift:\n  Am Markt 1\n  Musterstadt". Takes the rest of the label's line (or the next line
 * when the label ends its line) and the short lines that follow, up to a blank line or another label.
 */
const ADDRESS_LABEL =
  /(?:^|\n)[ \t>*•-]*(?:(?:home|billing|shipping|postal|mailing|street|delivery|residential|business|office|current|new|old|permanent)[ \t]+)?(?:address|adresse|anschrift|dirección|direccion|indirizzo|endereço|adres|adresa|osoite|địa chỉ|adresi|(?:besöks|post|leverans|faktura)?adress)[ \t]*:[ \t]*/giu;

/**
 * Labels of the value after an address ("…, 10115 Berlin, Steuer-ID 86095742719"; "…, PA, SSN 078-…"),
 * even in capitals like a region code.
 */
const NEXT_VALUE_LABELS =
  'iban bic swift vat tax steuer-id steuernummer ssn dob dni nie nif tin cvv exp invoice order ref reference ' +
  'pesel nip regon bsn nhs cpr curp cpf ust-idnr ust-id ein abn acn gst gstin siret siren kvk hrb inn snils uen nric cnpj rfc rut nit ' +
  // Indonesia's, the Balkans' and Bulgaria's numbers ("Jl. Merdeka No. 10, Bandung, NIK 3273…").
  'nik npwp ktp jmbg egn oib';
const VALUE_LABEL = new Set(NEXT_VALUE_LABELS.split(' '));
/** Labels of a phone number or e-mail address after an address. */
const CONTACT_LABELS = 'phone tel tél telephone mobile cell fax email e-mail handy telefon τηλ тел';

/** A phone number right after a short label that may also be a region's code ("PH 080-2558-1234", "Tel.: +44 …"). */
const PHONE_AFTER_LABEL = String.raw`\.?[ \t]*:?[ \t]*\+?[0-9][0-9 ()./-]{6,}`;

const LABEL_LINE = /^[\p{L} ._-]{1,25}:(\s|$)/u;
const NEXT_LABEL_IN_VALUE = new RegExp(
  String.raw`[,;|][ \t]*(?:(?:${`${NEXT_VALUE_LABELS} ${CONTACT_LABELS}`.split(' ').join('|')})(?![\p{L}\p{N}])` +
    // "PH" is a phone's label only before one: also the Philippines' code ("Makati, PH 1226").
    String.raw`|ph(?=${PHONE_AFTER_LABEL}))`,
  'iu',
);
const WORDS = /[\p{L}\p{M}'’-]+/gu;
const HAS_LETTER = /\p{L}/u;

/** Last words of a house's name, which stands where a person's does ("Rose Cottage"). */
const HOUSE_NAME_WORDS = new Set(
  'cottage house farm farmhouse lodge villa manor hall barn mill grange court cabin chalet croft rectory vicarage'.split(
    ' ',
  ),
);

/** Two to four capitalised words alone on the label's line, a house number opening the next line. */
const ADDRESSEE = /[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*\.?){1,3})[ \t]*\r?\n[ \t]*(?=\d)/uy;

/**
 * The person an address is for, on the label's line with the street below it ("Billing address:
 * Sara Schwarz⏎ 28245 Puruntie 82 …"), and where the address proper starts. Not a house's or a
 * firm's name ("Rose Cottage", "Acme Ltd"): no word of it is an ordinary word or a street's.
 */
function addresseeLine(text: string, at: number): { start: number; end: number; next: number } | undefined {
  ADDRESSEE.lastIndex = at;
  const m = ADDRESSEE.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  for (const w of name.split(/[ \t]+/)) {
    const lower = lowerOf(w.replace(/\.$/, ''));
    if (
      (COMMON.has(lower) && !GIVEN.has(lower)) ||
      STREET_TYPES.has(lower) ||
      UNIT_WORDS.has(lower) ||
      HOUSE_NAME_WORDS.has(lower)
    )
      return undefined;
  }
  const start = at + m[0].indexOf(name);
  return { start, end: start + name.length, next: at + m[0].length };
}

function labelledAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every label ends in ':'. An exec loop: matchAll copies the regex at each call (~0.5 µs).
  const labels = text.includes(':') ? allMatches(ADDRESS_LABEL, text) : [];
  for (const m of labels) {
    let pos = m.index + m[0].length;
    const addressee = addresseeLine(text, pos);
    if (addressee) {
      const { start, end } = addressee;
      out.push({ start, end, type: 'PERSON', subtype: 'ADDRESSEE', score: 0.7, source: 'pattern' });
      pos = addressee.next;
    }
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    let end = pos;
    for (let line = 0; line < 5; line++) {
      const eol = text.indexOf('\n', end);
      const lineEnd = eol < 0 ? text.length : eol;
      const value = text.slice(end, lineEnd);
      const trimmed = value.trim();
      // Stop at a blank line, another "Label:" line, or a long line of prose.
      if (!trimmed || LABEL_LINE.test(trimmed) || trimmed.length > (line === 0 ? 120 : 48)) break;
      if (line > 0 && /[.!?]$/.test(trimmed) && trimmed.split(/\s+/).length > 4) break;
      // Later lines must look like address parts: a number, or a word that is not an ordinary one ("Thanks").
      const words = trimmed.match(WORDS) ?? [];
      if (
        line > 0 &&
        !/\d/.test(trimmed) &&
        words.every((w) => COMMON.has(w.toLowerCase()) || TAIL_STOP.has(w.toLowerCase()))
      )
        break;
      end = lineEnd;
      if (eol < 0) break;
      end = eol + 1;
    }
    // The field ends before the label of another value on its line ("…, 10115 Berlin, IBAN DE89…").
    const next = NEXT_LABEL_IN_VALUE.exec(text.slice(pos, end));
    if (next) end = pos + next.index;
    // Trim the trailing line break and sentence punctuation.
    let stop = end;
    while (stop > pos && /[\s.,;]/.test(text[stop - 1]!)) stop--;
    if (stop > pos && HAS_LETTER.test(text.slice(pos, stop)))
      out.push({ start: pos, end: stop, type: 'LOCATION', subtype: 'ADDRESS_FIELD', score: 0.8, source: 'pattern' });
  }
  addressesInProse(text, out);
  return out;
}

// Found from "address is" back to its owner: a regex that opens with the owner's words tries them at
// every word of the text.
const ADDRESS_IS = /address[ \t]+(?:is|was|will[ \t]+be)[ \t]*:?[ \t]+/giu;
const ADDRESS_OWNER =
  /\b(?:my|our|his|her|their|the|new|home|billing|shipping|delivery|mailing)[ \t]+(?:(?:new|home|current|billing|shipping|delivery|mailing|postal)[ \t]+)?$/iu;
const PROSE_VALUE_END =
  /\.(?=[ \t]+\p{Lu}|[ \t]*$)|[;!?\n"”]|[ \t]+\p{Lu}[\p{L}\p{M}.]*(?:[ \t]\p{L}[\p{L}\p{M}.]*)?:(?=[ \t]|$)|[ \t]+(?:and|but|or|so|if|please|thanks)[ \t]|,[ \t]+(?:[Ss]ee|[Tt]hanks?|[Cc]heers|[Bb]ye|[Tt]alk|[Tt]ext|[Cc]all)\b/u;

/**
 * "my address is Flat 302, Shanti Apartments, MG Road, Bengaluru, Karnataka 560001": the rest of the
 * sentence after "address is", when it holds a number (an address has one: "my address is the same"
 * has none). It ends at the sentence's end, a semicolon, a closing quote, the next field's label ("SĐT:"),
 * a clause joined by "and", "but" or "or", or a chat's goodbye after a comma (", see u sat").
 */
function addressesInProse(text: string, out: Candidate[]): void {
  for (const m of allMatches(ADDRESS_IS, text)) {
    if (ADDRESS_OWNER.test(text.slice(Math.max(0, m.index - 40), m.index)))
      proseAddressAt(text, m.index + m[0].length, out);
  }
  // Vietnamese, Hindi and Arabic name an address inline, with or without a colon: "…, số CCCD 0011…, địa
  // chỉ 25 Lý Thường Kiệt, Hoàn Kiếm", "मोबाइल 98765 43210, पता: 12 गांधी नगर, जयपुर 302015".
  if (INLINE_ADDRESS_SCRIPTS.test(text))
    for (const m of allMatches(INLINE_ADDRESS_LABEL, text)) proseAddressAt(text, m.index + m[0].length, out);
}

/** "địa chỉ" (address, with its "là", is, or "tại", at), Hindi "पता", Arabic "العنوان", before a house number. */
const INLINE_ADDRESS_LABEL =
  /(?<![\p{L}\p{M}])(?:[đĐ]ịa[ \t]+chỉ(?:[ \t]+(?:là|tại))?|पता|العنوان)[ \t]*:?[ \t]*(?=\d)/gu;
const INLINE_ADDRESS_SCRIPTS = /ịa|पता|العنوان/;

/** The address from `pos` to the end of its sentence or clause (see addressesInProse). */
function proseAddressAt(text: string, pos: number, out: Candidate[]): void {
  const rest = text.slice(pos, pos + 160);
  const cut = PROSE_VALUE_END.exec(rest);
  let stop = pos + (cut ? cut.index : rest.length);
  while (stop > pos && /[\s.,;:]/.test(text[stop - 1]!)) stop--;
  const value = text.slice(pos, stop);
  if (!/\d/.test(value) || !HAS_LETTER.test(value) || value.length > 150) return;
  out.push({ start: pos, end: stop, type: 'LOCATION', subtype: 'ADDRESS_FIELD', score: 0.78, source: 'pattern' });
}

const PO_BOX =
  /(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|Postbox|Postfach|Apartado(?:[ \t]+de[ \t]+correos)?|Case[ \t]+postale|Casilla|Skrytka[ \t]+pocztowa)[ \t]*(?:No\.?|#)?[ \t]*\d{1,6}/iy;
const MILITARY =
  /(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{2,5}[ \t]*,?[ \t]*(?:\r?\n[ \t>]*)?(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}(?:-\d{4})?/iy;
const SHIP =
  /(?:USNS|USNV|USS|USCGC)[ \t]+\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?[ \t]*,?[ \t]*(?:\r?\n[ \t>]*)?FPO[ \t]+(?:AA|AE|AP)[ \t]+\d{5}(?:-\d{4})?/iuy;
/**
 * Colombian addresses name the street by its number, then "#" and the crossing street's number with
 * the distance from the corner: "Calle 93 # 11-26", "Cra. 7 No. 71-21", "Av. 68 #22A-15 Sur".
 */
const NUMBERED_STREET =
  /(?:calle|carrera|cra\.?|kr\.?|cl\.?|avenida|av\.?|ak\.?|ac\.?|diagonal|dg\.?|transversal|tv\.?)[ \t]+\d{1,3}[ \t]?[a-z]?(?:[ \t]?bis)?(?:[ \t]+(?:sur|norte|este|oeste))?[ \t]*(?:#|no\.?|n[°º]\.?|nro\.?)[ \t]*\d{1,3}[ \t]?[a-z]?[ \t]*-[ \t]*\d{1,3}(?:[ \t]+(?:sur|norte|este|oeste)\b)?/iy;
const CORNER =
  /(?:the[ \t]+)?corner[ \t]+of[ \t]+([^\n?!;:]{3,60}?)[ \t]+(?:and|&)[ \t]+((?:[\p{L}\p{M}\p{N}'’-]+\.?[ \t]?){1,4})/iuy;

/** Index of the last token that ends at or before `end`. */
function lastTokenBefore(toks: Toks, from: number, end: number): number {
  let k = from;
  while (toks.get(k + 1) && toks.get(k + 1)!.end <= end) k++;
  return k;
}

const NUMBERED_STREET_HEADS = new Set('calle carrera cra kr cl avenida av ak ac diagonal dg transversal tv'.split(' '));

/** Lower-case first words of the special cores (the regexes below still decide). */
const SPECIAL_HEADS = new Set([
  ...'p po post postbox postfach apartado case casilla skrytka psc cmr unit usns usnv uss uscgc the corner'.split(' '),
  ...NUMBERED_STREET_HEADS,
]);

/** First letters of SPECIAL_HEADS, lower-case (only ASCII letters lower-case to them). */
const SPECIAL_INITIALS = new Set([...SPECIAL_HEADS].map((w) => w.charCodeAt(0)));

/** SPECIAL_HEADS.has(lower-case of text[s, e)) without cutting the word out. */
function specialHead(text: string, s: number, e: number): boolean {
  for (const w of HEADS_BY_LENGTH[e - s] ?? []) if (lowerEquals(text, s, w)) return true;
  return false;
}
const HEADS_BY_LENGTH: string[][] = [];
for (const w of SPECIAL_HEADS) (HEADS_BY_LENGTH[w.length] ??= []).push(w);

/**
 * text.slice(s, s + word.length).toLowerCase() === word for an ASCII lower-case word: of the
 * characters outside ASCII only the Kelvin sign lower-cases to ASCII alone ("k"); "İ" gives two.
 */
function lowerEquals(text: string, s: number, word: string): boolean {
  for (let p = 0; p < word.length; p++) {
    const c = text.charCodeAt(s + p);
    const w = word.charCodeAt(p);
    if (c !== w && !(c >= 65 && c <= 90 && c + 32 === w) && !(c === 0x212a && w === 107)) return false;
  }
  return true;
}

/** "corner" (any case) after one or more blanks at i. */
function cornerAfterBlanks(text: string, i: number): boolean {
  let p = i;
  while (isBlank(text.charCodeAt(p))) p++;
  return p > i && lowerEquals(text, p, 'corner');
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function special(text: string, toks: Toks, i: number): Core | undefined {
  const s = starts[i]!;
  const e = ends[i]!;
  if (e - s > 8 || !SPECIAL_INITIALS.has(text.charCodeAt(s) | 32) || !specialHead(text, s, e)) return undefined;
  // Most heads are "the", which starts only CORNER: "the", blanks, "corner".
  if (lowerIs(text, s, e, 'the') && !cornerAfterBlanks(text, e)) return undefined;
  const t = toks.get(i)!;
  if (/^(p|po|post|postbox|postfach|apartado|case|casilla|skrytka)$/i.test(t.text)) {
    const m = execAt(PO_BOX, text, t.start);
    if (m) return { first: i, last: lastTokenBefore(toks, i, t.start + m[0].length), score: 0.85 };
  }
  if (/^(psc|cmr|unit)$/i.test(t.text)) {
    const m = execAt(MILITARY, text, t.start);
    if (m) return { first: i, last: lastTokenBefore(toks, i, t.start + m[0].length), score: 0.9 };
  }
  if (/^(usns|usnv|uss|uscgc)$/i.test(t.text)) {
    const m = execAt(SHIP, text, t.start);
    if (m) return { first: i, last: lastTokenBefore(toks, i, t.start + m[0].length), score: 0.88 };
  }
  if (NUMBERED_STREET_HEADS.has(t.lower)) {
    const m = execAt(NUMBERED_STREET, text, t.start);
    if (m) return { first: i, last: lastTokenBefore(toks, i, t.start + m[0].length), score: 0.85 };
  }
  if (t.lower === 'the' || t.lower === 'corner') {
    const m = execAt(CORNER, text, t.start);
    if (m) {
      // The second street ends at the first word that is neither capitalised nor a number nor a street type.
      const end = t.start + m[0].length;
      let last = lastTokenBefore(toks, i, end);
      const secondStart = end - m[2]!.length;
      while (
        last > i &&
        toks.get(last)!.start >= secondStart &&
        !(capital(toks.get(last)!) || toks.get(last)!.num || streetType(toks.get(last)!))
      )
        last--;
      if (toks.get(last)!.start >= secondStart) return { first: i, last, score: 0.8 };
    }
  }
  return undefined;
}

/** Tokens a and a + 1 are separated as words of one street name. */
function spaced(text: string, toks: Toks, a: number): boolean {
  // Read from the token arrays: most calls fail on the gap, before any token object is needed.
  if (a < 0 || a + 1 >= toks.length) return false;
  const xs = starts[a]!;
  const s = ends[a]!;
  const e = starts[a + 1]!;
  // "C/ Mayor 10": the Spanish abbreviation of "calle".
  if (
    s - xs === 1 &&
    (text.charCodeAt(xs) | 32) === 99 &&
    text.charCodeAt(s) === 47 &&
    e > s &&
    blankRun(text, s + 1, e)
  )
    return true;
  // A period after an abbreviation is allowed: "Λ. Αλεξάνδρας", "ul. Stefana", "N. Main".
  const p = !(flags[a]! & NUM || s - xs > 4) && text.charCodeAt(s) === 46 && e > s ? s + 1 : s;
  return e - p >= 1 && e - p <= 3 && blankRun(text, p, e);
}

/**
 * Cores (d)-(f) below need, from word i, up to five words each followed by a spaced gap, then a
 * number of at most five characters.
 */
function numberAhead(text: string, toks: Toks, i: number): boolean {
  for (let k = i; k - i <= 4; k++) {
    if (flags[k]! & NUM) return false;
    if (!spaced(text, toks, k)) {
      // "Hauptstr. 5": the abbreviation's dot before the number (abbreviatedBefore decides).
      // "Rua das Flores, 250": a comma before the number (beforeHouseNumber decides).
      const c = text.charCodeAt(ends[k]!);
      const signThenNumber = (c === 46 || c === 44) && k + 1 < toks.length && flags[k + 1]! & NUM;
      return !!signThenNumber && houseNumberAt(text, k + 1);
    }
    if (flags[k + 1]! & NUM) return houseNumberAt(text, k + 1);
  }
  return false;
}

/** Token k (a number) can be a house number: HOUSE_NUMBER, tested only past five characters. */
function houseNumberAt(text: string, k: number): boolean {
  const length = ends[k]! - starts[k]!;
  return length <= 5 || (length <= 10 && HOUSE_NUMBER.test(text.slice(starts[k]!, ends[k]!)));
}

const ORDINAL_STREET = /^\d{1,3}(?:st|nd|rd|th)$/i;

// A postcode and its town after the house number, as Europe writes them: "79100 Freiburg", Czech and
// Swedish "602 00 Brno", Polish "00-514 Warszawa", Portuguese "1100-148 Lisboa", Dutch "1012 LG Amsterdam".
const POSTCODE_AFTER =
  /^\.?[ \t]*,[ \t]*(?:\d{4,5}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2})[ \t]+\p{Lu}/u;

// What stands around a number that is no house number (streetCore): a copyright sign before a year, an
// airline's code and a route around a flight's number, an amount's group or currency sign before it.
const COPYRIGHT_BEFORE = /(?:\(c\)|©|copyright)[ \t]*$/i;
const AIRLINE_BEFORE = /(?:^|[^\p{L}\p{N}])(?=[A-Z0-9]{0,1}[A-Z])[A-Z0-9]{2}[ \t]$/u;
const AIRPORTS_AFTER = /^[ \t]+[A-Z]{3}[-–/][A-Z]{3}\b/;
const GROUPED_BEFORE = /\d[,.]$|\p{Sc}[ \t]?$/u;

/**
 * The words of a sentence before a street's capitalised name: toks[from, to) open with a word in lower
 * case (no number or particle) and hold a capitalised one after it ("43 angående fakturan till
 * Drottninggatan"). Not a capitalised name with its type in lower case ("Erzsébet tér", "Árpád
 * fejedelem útja") nor a particle inside a name ("Jiřího z Poděbrad").
 */
function lowerWordsBeforeName(toks: Toks, from: number, to: number): boolean {
  const first = toks.get(from);
  if (!first || first.num || capital(first) || PARTICLES.has(first.lower)) return false;
  for (let k = from + 1; k < to; k++) if (capital(toks.get(k)!)) return true;
  return false;
}

function streetCore(text: string, toks: Toks, i: number): Core | undefined {
  // Cheap necessary conditions on the token arrays first: most visited tokens fail them.
  if (flags[i]! & NUM ? !(ends[i]! - starts[i]! <= 6 && spaced(text, toks, i)) : !numberAhead(text, toks, i))
    return undefined;
  const t = toks.get(i)!;
  const next = toks.get(i + 1);

  // A year after a copyright sign is none: "Copyright (c) 2013 Gary Court".
  if (t.num && t.text.length === 4 && COPYRIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)))
    return undefined;
  // Nor a flight's number between its airline's code and its airports: "LH 401 FRA-JFK 12DEC".
  if (
    t.num &&
    AIRLINE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
    AIRPORTS_AFTER.test(text.slice(t.end, t.end + 10))
  )
    return undefined;
  // Nor the last group of an amount, nor one after its currency's sign: "paid AED 85,000 via IBAN …",
  // "€ 1.250 Euro", "paid $40 via Cash App".
  if (t.num && GROUPED_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) return undefined;
  if (t.num && t.text.length <= 6 && next && spaced(text, toks, i)) {
    // (a) English order: 12 Main Street, 1668 Glyn St, 159 Eleftheriou Venizelou str.
    let k = i + 1;
    while (k < toks.length && k - i <= 5) {
      const w = toks.get(k)!;
      // A capitalised type that is also a common word ("Dam", "Park") counts where an address line ends.
      // Asked only of a street type (a regex on a slice; most words are not one).
      const lineEnd = () =>
        capital(w) && /^\.?[ \t]*(,|\r?\n|$|(apt|apartment|suite|ste|unit|#)\b)/i.test(text.slice(w.end, w.end + 12));
      if (
        (k > i + 1 || (capital(w) && WHOLE_NAME_TYPES.has(w.lower))) &&
        streetType(w) &&
        (strongType(text, w) || lineEnd() || hasCue(text, t.start) || (caseless(text, t.start) && w.text.length > 3)) &&
        // A capitalised type after words in lower case is a street of its own, not theirs: the number
        // before "angående fakturan till Drottninggatan 53" ends a phone number.
        !(capital(w) && lowerWordsBeforeName(toks, i + 1, k + 1))
      ) {
        // An abbreviated type keeps its period ("St.", "Ave."); a word ("Road.", "Way.") ends a sentence.
        const end = text[w.end] === '.' && w.text.length <= 4 && SAFE_TYPE_ABBR.has(w.lower) ? w.end + 1 : w.end;
        return { first: i, last: k, score: 0.85, end };
      }
      if (
        !(nameWord(w) && (capital(w) || /^\d+(st|nd|rd|th)?$/i.test(w.text) || !COMMON.has(w.lower))) &&
        !(caseless(text, t.start) && !w.num && !FUNCTION_WORDS.has(w.lower) && !NOT_STREET.has(w.lower)) &&
        // A numbered street: "221 71st Street", and after a direction "221 E 71st St".
        !(w.num && (k === i + 1 || ORDINAL_STREET.test(w.text)))
      )
        break;
      if (FUNCTION_WORDS.has(w.lower)) break;
      if (!spaced(text, toks, k)) break;
      k++;
    }
    // (b) Number then prefix type: "137 Avenue Teboulbi", "31 Rue Al Imam Al Bakri".
    // French and Spanish write the type in lower case: "14 avenue des Champs-Élysées", "5 calle de Alcalá".
    // A French number may take "bis" or "ter" before it: "12 bis rue de la Paix".
    const typeAt = HOUSE_NUMBER_SUFFIXES.has(next.lower) && spaced(text, toks, i + 1) ? i + 2 : i + 1;
    const type = toks.get(typeAt);
    const after = toks.get(typeAt + 1);
    // Not an acronym after an English "via": "3 via UPS Ground". Nor a lower-case "via" at all: Italian
    // writes the number after its street ("via Roma 5"), so "sent 40 via Venmo" is English.
    const lowerTypeOk =
      !!after &&
      type?.text !== 'via' &&
      spaced(text, toks, typeAt) &&
      (PARTICLES.has(after.lower) || (capital(after) && !allCaps(after)));
    if (type && PREFIX_TYPES.has(type.lower) && (capital(type) || !COMMON.has(type.lower) || lowerTypeOk)) {
      let k = typeAt;
      // English names a few this way: "1200 Avenue of the Americas", "Avenue of the Stars".
      if (capital(type) && ofTheName(text, toks, k)) k += 2;
      while (
        spaced(text, toks, k) &&
        toks.get(k + 1) &&
        (capital(toks.get(k + 1)!) || PARTICLES.has(toks.get(k + 1)!.lower)) &&
        k - i < 6
      )
        k++;
      while (k > i + 1 && PARTICLES.has(toks.get(k)!.lower)) k--;
      if (spaced(text, toks, k) && toks.get(k + 1)?.num && toks.get(k + 1)!.text.length <= 5) k++;
      if (k > typeAt) return { first: i, last: k, score: 0.8 };
    }
    // (c) Number, name, number: "20789 Allika 46", "74678 midtvollen 130".
    let j = i + 1;
    const words: Tok[] = [];
    while (
      j < toks.length &&
      !toks.get(j)!.num &&
      words.length < 5 &&
      (nameWord(toks.get(j)!) || (words.length > 0 && PARTICLES.has(toks.get(j)!.lower))) &&
      !FUNCTION_WORDS.has(toks.get(j)!.lower)
    ) {
      words.push(toks.get(j)!);
      if (!spaced(text, toks, j)) break;
      j++;
    }
    const n2 = toks.get(j);
    if (
      words.length &&
      n2 &&
      n2.num &&
      n2.text.length <= 5 &&
      spaced(text, toks, j - 1) &&
      !words.every((w) => COMMON.has(w.lower)) &&
      words.some(streetNameWord) &&
      words.every((w) => w.text.length <= 40) &&
      !words.some((w) => NOT_STREET.has(w.lower)) &&
      !/^[ \t]*[:.,]?[ \t]*\d/.test(text.slice(n2.end, n2.end + 4)) &&
      // Words in lower case before a capitalised name are the sentence's ("… 65 43 angående fakturan
      // till Drottninggatan 53"); a name all in lower case is one ("74678 midtvollen 130").
      !lowerWordsBeforeName(toks, i + 1, j)
    ) {
      const known = words.some((w) => isCompound(w) || streetType(w) || PREFIX_TYPES.has(w.lower));
      return { first: i + 1, last: j, score: known ? 0.85 : 0.72 };
    }
    return undefined;
  }

  if (t.num) return undefined;
  // (d) Prefix type, name, number: "Rua do Arenque 1634", "Via Franscini 71", "ul. Stefana 28".
  // (e) Name ending in a street type or compound suffix, then number: "Hauptstraße 5", "Villacher Strasse 89".
  // (f) Any name then number with address evidence: "Joaquin Suarez 2906" after "north side of".
  if (
    !(capital(t) || !COMMON.has(t.lower) || lowerPrefixType(text, toks, i)) ||
    FUNCTION_WORDS.has(t.lower) ||
    UNIT_WORDS.has(t.lower) ||
    PARTICLES.has(t.lower)
  )
    return undefined;
  const prev = toks.get(i - 1);
  // A street type written first starts the street whatever precedes it: "mieszkam przy ul. Długiej 5".
  if (
    prev &&
    !PREFIX_TYPES.has(t.lower) &&
    !prev.num &&
    spacesGap(text, prev, t) &&
    nameWord(prev) &&
    !FUNCTION_WORDS.has(prev.lower) &&
    capital(prev) === capital(t)
  )
    return undefined; // only start at the first word of a name
  // In text with capitals, a street's name has no lower-case word but its particles and type: the
  // words of the sentence before it are not part of it ("ich bin aus der Hauptstraße 23").
  const cased = !caseless(text, t.start);
  if (cased && !casedStreetWord(t)) return undefined;
  let k = i;
  while (
    k - i < 4 &&
    toks.get(k) &&
    !toks.get(k)!.num &&
    (k === i ||
      PARTICLES.has(toks.get(k)!.lower) ||
      (nameWord(toks.get(k)!) && (!cased || casedStreetWord(toks.get(k)!))))
  ) {
    const n = toks.get(k + 1);
    if (!n || !(spaced(text, toks, k) || (n.num && beforeHouseNumber(text, toks, i, k, n)))) return undefined;
    if (n.num) break;
    k++;
  }
  const num = toks.get(k + 1);
  if (!num || !num.num || !HOUSE_NUMBER.test(num.text) || toks.get(k)!.num) return undefined;
  // Two more groups of digits do not follow a house number: "Agent: Chloe Nguyen 0412 345 678" is a
  // name and a phone number.
  if (TWO_DIGIT_GROUPS.test(text.slice(num.end, num.end + 12))) return undefined;
  if (!spaced(text, toks, k) && !beforeHouseNumber(text, toks, i, k, num)) return undefined;
  // A house number takes at most one letter ("221b"); "1" of "VIN 1HGCM82633A004352" is a code's.
  if (GLUED_LETTERS.test(text.slice(num.end, num.end + 2))) return undefined;
  // Nor is a piece of a longer run of letters and digits: "api key 8f14e45fceea167a5a36…" is a key.
  if (ALNUM_AFTER.test(text.slice(num.end, num.end + 1))) return undefined;
  // Nor a version: "the Open Source Release of ERNIE 4.5", "Introducing Gemma 3: …".
  if (VERSION_AFTER.test(text.slice(num.end, num.end + 2))) return undefined;
  const words = toks.slice(i, k + 1);
  // Nor is the label of a number a street's name: "…, SIRET 732 829 320 00074".
  if (words.some((w) => FUNCTION_WORDS.has(w.lower) || VALUE_LABEL.has(w.lower))) return undefined;
  // The house number ends the core: "Erzsébet tér 19." keeps its period.
  const end =
    text[num.end] === '.' && /^[ \t]*(\r?\n|,|$)/.test(text.slice(num.end + 1, num.end + 3)) ? num.end + 1 : num.end;
  if (
    PREFIX_TYPES.has(t.lower) &&
    (capital(t) ||
      !COMMON.has(t.lower) ||
      (lowerPrefixType(text, toks, i) && !WORD_AFTER_NUMBER.test(text.slice(end, end + 3)))) &&
    k > i
  )
    return { first: i, last: k + 1, score: 0.82, end };
  if (words.some((w) => NOT_STREET.has(w.lower) || w.text.length > 40) || !words.some(streetNameWord)) return undefined;
  if (words.some((w) => isCompound(w)) || (k > i && streetType(toks.get(k)!) && strongType(text, toks.get(k)!)))
    return { first: i, last: k + 1, score: 0.82, end };
  if (words.every((w) => COMMON.has(w.lower))) return undefined;
  const unitAfter = /^[ \t,]*(apt|apartment|suite|ste|unit|flat|#)\b/i.test(text.slice(num.end, num.end + 14));
  const postcodeAfter = POSTCODE_AFTER.test(text.slice(num.end, num.end + 20));
  if (unitAfter || postcodeAfter || hasCue(text, t.start)) return { first: i, last: k + 1, score: 0.72, end };
  return undefined;
}

const WORD_AFTER_NUMBER = /^[ \t]+\p{Ll}/u;
/** A street type that is a whole street's name, after a number alone: "2250 Broadway". */
const WHOLE_NAME_TYPES = new Set(['broadway']);
/** What a French house number may take after it: "12 bis", "3 ter". */
const HOUSE_NUMBER_SUFFIXES = new Set(['bis', 'ter', 'quater']);
const TWO_DIGIT_GROUPS = /^[ .-]\d{2,4}[ .-]\d{2,4}(?!\p{L})/u;

/** A word of a street's name in text with capitals: capitalised, or its type ("Via del Corso", "rue"). */
function casedStreetWord(w: Tok): boolean {
  return capital(w) || PREFIX_TYPES.has(w.lower) || streetType(w) || isCompound(w);
}

/** "of the" and a capitalised word after the street type at k, on one line. */
function ofTheName(text: string, toks: Toks, k: number): boolean {
  const [of, the, name] = [toks.get(k + 1), toks.get(k + 2), toks.get(k + 3)];
  return (
    of?.lower === 'of' &&
    the?.lower === 'the' &&
    !!name &&
    capital(name) &&
    spaced(text, toks, k) &&
    spaced(text, toks, k + 1) &&
    spaced(text, toks, k + 2)
  );
}

/**
 * A street type written in lower case before its name that is also an ordinary word: Italian and
 * Spanish write "via del Corso", "calle de Alcalá", "via Roma" (after an address word). A particle
 * and a capitalised word follow, or a capitalised word after a cue ("via FedEx" is English).
 */
function lowerPrefixType(text: string, toks: Toks, i: number): boolean {
  const t = toks.get(i)!;
  const next = toks.get(i + 1);
  if (!PREFIX_TYPES.has(t.lower) || !next) return false;
  if (capital(next)) return !allCaps(next) && hasCue(text, t.start);
  const name = toks.get(i + 2);
  return PARTICLES.has(next.lower) && !!name && capital(name);
}

const ALNUM_AFTER = /^[\p{L}\p{N}]/u;
const VERSION_AFTER = /^(?:\.\d|:)/;
// Or a version's: "OS X 10_15_7".
const GLUED_LETTERS = /^(?:[\p{L}]{2}|_\d)/u;
/**
 * A house number after its street: up to five characters ("1634", "12a"), a number with its
 * staircase and door after slashes, as Austria and Poland write them ("45/3/12", "84/92"), or a
 * range of numbers ("Calle Mayor 52-54", "Jl. Sudirman Kav. 52-53").
 */
const HOUSE_NUMBER = /^(?:[0-9a-z]{1,5}|\d{1,4}(?:\/\d{1,3}){1,2}|[1-9]\d{0,3}-[1-9]\d{0,3})$/i;

/**
 * The house number `num` follows word k of a street starting at word i with something other than
 * a space: an abbreviation's dot ("Hauptstr. 5"), or a comma after a street whose type comes first,
 * as Brazil, Spain and Italy write it ("Rua das Flores, 250", "Calle Mayor, 15", "Via Roma, 10"),
 * where the number then ends the street (a comma, a dash, the line's end or a unit follows).
 */
function beforeHouseNumber(text: string, toks: Toks, i: number, k: number, num: Tok): boolean {
  const name = toks.get(k)!;
  if (abbreviatedBefore(text, name, num)) return true;
  const type = toks.get(i)!;
  return (
    k > i &&
    num.text.length <= 5 &&
    PREFIX_TYPES.has(type.lower) &&
    capital(type) &&
    /^,[ \t]{1,2}$/.test(text.slice(name.end, num.start)) &&
    NUMBER_ENDS_STREET.test(text.slice(num.end, num.end + 12))
  );
}

const NUMBER_ENDS_STREET =
  /^(?:[ \t]*(?:[,;]|\r?\n|$)|[ \t]+[-–][ \t]|[ \t]+(?:apto|apt|ap|piso|bajo|int|interno|scala|sala|casa|bloco|bl)\b)/i;

/** "Hauptstr. 5", "Industriestr. 12": an abbreviated compound street name, its dot, then the number. */
function abbreviatedBefore(text: string, name: Tok, num: Tok): boolean {
  return name.lower.endsWith('str') && isCompound(name) && /^\.[ \t]{1,2}$/.test(text.slice(name.end, num.start));
}

/** Capitalised words that start the text after an address, not part of it. */
/** Days of the week, written out or short. */
const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);
const DIGIT_AHEAD = /^[ \t,.]*\d/;

const TAIL_STOP = new Set(
  (
    'please thanks thank hello hi hey dear regards best cheers sincerely note see also if when then but so and or ' +
    'i we you he she they it this that there the a an my our your his her their ' +
    'téléphone teléfono telefone telefono portable móvil movil celular cellulare ' +
    'office desk web website contact call send sent mail is are was were will would can could should ' +
    'do does did have has had get got let let’s what where who why how which yes no ok okay ' +
    // A person's title or a doctor's role after the town: "…, 79098 Freiburg, Hausarzt Dr. med. Braun"
    // ("Dr" and "Prof" in TITLE_AHEAD: "Dr" is also a street's type).
    'mr mrs ms mx herr frau mme hausarzt hausärztin arzt ärztin ' +
    // Chat's words after an address written in lower case: "221b baker st london nw1 6xe lol".
    'lol lmao omg btw pls plz thx ty asap fyi tbh imo idk brb haha ' +
    `${CONTACT_LABELS} ${NEXT_VALUE_LABELS}`
  ).split(' '),
);

/** A title's period, then a name or a German degree ("Dr. Anna", "Dr. med."). */
const TITLE_AHEAD = /^\.?[ \t]+(?:\p{Lu}|med\.|rer\.|jur\.|phil\.)/u;

/** What follows a value's label: a number word or a colon ("ID number", "NI no.", "ID:"). */
const LABEL_GOES_ON = /^(?:[ \t]*[:#]|[ \t]+(?:number|no\b|nr\b|num\b|card\b))/i;

interface Tail {
  last: number;
  /** Contains a postcode, a region code or a known place. */
  strong: boolean;
}

const SENTENCE_START = /^\.[ \t]+\p{Lu}/u;
/** Short labels of a phone number that also read as region codes, and a phone number after one. */
// Also Indonesia's and Malaysia's "HP" (handphone): "…, Bandung, HP 0812-3456-7890".
const PHONE_LABEL_CODES = new Set(['ph', 'tel', 'mob', 'fax', 'hp']);
const PHONE_AHEAD = new RegExp(`^${PHONE_AFTER_LABEL}`);
const CODE_1_3 = /^\p{Lu}{1,3}$/u;

/** The side or door of a Spanish flat after its floor's number ("4º izquierda", "3º dcha."). */
const DOOR_WORDS = new Set(
  (
    'izquierda derecha izq izqda izda dcha drcha centro puerta pta interior exterior ' +
    // Danish ("2. th.": right, left, middle) and Portuguese ("2.º Esq.", "3.º Dto.") sides, and the ordinal's sign.
    'th tv mf esq dto dir frente º ª'
  ).split(' '),
);

const UNIT_HASH = /^,?[ \t]{0,2}#$/;
const TIME_AFTER = /^(?::\d{2})?[ \t]?(?:[ap]\.?m\.?|o['’]clock|uhr|hrs?)(?![\p{L}])/iu;

/**
 * Consume what follows a street core: units, and city / region / postcode / country parts
 * separated by spaces, commas or line breaks. A new line is taken only when it is all address.
 */
function extendTail(text: string, toks: Toks, last: number): Tail {
  let j = last + 1;
  let committed = last;
  let strong = false;
  let committedStrong = false;
  let lines = 0;
  let consumed = 0;
  let numbers = 0;
  const lowerText = !hasUpperIn(text, Math.max(0, toks.get(last)!.start - 40), toks.get(last)!.end);
  while (j < toks.length && consumed < 14) {
    const prev = toks.get(j - 1)!;
    const t = toks.get(j)!;
    const g = gapOf(text, prev, t);
    // Most gaps are spaces and commas only: no line break, and the separator rewrites below keep them as they are.
    const plain = plainSeparator(g);
    const nl = plain ? 0 : (g.match(/\n/g) ?? []).length;
    if (nl > 0) {
      // Commit the line just finished; a new line must be entirely address.
      committed = j - 1;
      committedStrong = strong;
      lines += 1;
      if (nl > 2 || lines > 4) break;
    }
    // A unit's number after '#': "88 Robinson Road #12-01", "1 Raffles Place, #20-61".
    if (t.num && UNIT_HASH.test(g) && ++numbers <= 3) {
      j++;
      consumed++;
      continue;
    }
    // Separators: spaces, commas, line breaks, mail quoting; a period only after an abbreviation or number.
    // After a line break, quoting and bullet marks may start the line ("> ", "??? ", "* ").
    if (!plain) {
      const sep = g
        .replace(/\n[ \t>?|*•·-]*/g, '\n')
        .replace(/[ \t]\(|\)/g, ' ')
        .replace(/[ \t][-–][ \t]/g, ', ');
      if (!/^[ \t,\r\n>.]*$/.test(sep)) break;
    }
    if (g.includes('.') && !(prev.num || prev.text.length <= 4 || UNIT_WORDS.has(prev.lower))) break;
    // After a number, a period ends the sentence unless the line ends there too ("Erzsébet tér 19.\n").
    // Nor before a flat's side: "Nørrebrogade 45, 2. th.", "Rua Garrett 74, 2.º Esq.".
    if (g.includes('.') && prev.num && !/^\.[ \t]*\r?\n/.test(g) && !DOOR_WORDS.has(t.lower)) break;
    // Not after Ireland's "Co." before its county: "Cobh, Co. Cork".
    if (
      g.includes('.') &&
      SENTENCE_START.test(g + t.text) &&
      !prev.num &&
      !UNIT_WORDS.has(prev.lower) &&
      prev.text !== 'Co' &&
      nl === 0
    )
      break;

    if (
      UNIT_WORDS.has(t.lower) &&
      toks.get(j + 1) &&
      /^[ \t]*\.?[ \t]*#?[ \t]*$/.test(gapOf(text, t, toks.get(j + 1)!)) &&
      /\d/.test(toks.get(j + 1)!.text)
    ) {
      j += 2;
      consumed += 2;
      continue;
    }
    // A Spanish flat's side after its floor: "4º izquierda", "3º dcha.", "2ª puerta 3".
    if (prev.num && DOOR_WORDS.has(t.lower)) {
      j++;
      consumed++;
      continue;
    }
    if (t.num) {
      // A time of day after the address: "…, Malibu, CA 90265, 8 pm".
      if (TIME_AFTER.test(text.slice(t.end, t.end + 8))) break;
      const digits = t.text.replace(/\D/g, '').length;
      // Longer digit runs are phone or account numbers; a Brazilian CEP (01304-001) has eight, a US
      // ZIP+4 (62704-1234) nine.
      if ((digits > 7 && !/^\d{5}-\d{3,4}$/.test(t.text)) || ++numbers > 3) break;
      strong = strong || t.text.length >= 3;
      j++;
      consumed++;
      continue;
    }
    // A day and a time or date after the address: "112 Mulberry St, Sat 7pm" (not "Sun City, AZ").
    if (WEEKDAYS.has(t.lower) && DIGIT_AHEAD.test(text.slice(t.end, t.end + 4))) break;
    // A doctor's or professor's title before a name: "…, Springfield, Dr. Anna Berg will sign".
    if ((t.lower === 'dr' || t.lower === 'prof') && TITLE_AHEAD.test(text.slice(t.end, t.end + 8))) break;
    const place = placeAt(toks, j, lowerText);
    if (place) {
      strong = true;
      j = place + 1;
      consumed++;
      continue;
    }
    const nextGap = toks.get(j + 1) ? gapOf(text, t, toks.get(j + 1)!) : '\n';
    // An upper-case code is a region even when it spells a word ("Portland, OR 97201", "HI", "OK").
    // Unless a value's label goes on: "…, Cape Town 8001, ID number 8001015009087", "ID: …" end the address.
    if (CODE_1_3.test(t.text) && LABEL_GOES_ON.test(text.slice(t.end, t.end + 12))) break;
    // Nor is a phone's short label before its number ("…, KARNATAKA, PH 080-2558-1234"; not "Makati, PH 1226").
    if (PHONE_LABEL_CODES.has(t.lower) && PHONE_AHEAD.test(text.slice(t.end, t.end + 24))) break;
    const region =
      (CODE_1_3.test(t.text) && !VALUE_LABEL.has(t.lower)) ||
      (t.text.length <= 3 &&
        !TAIL_STOP.has(t.lower) &&
        // "Port Dedric on 2024-02-29" ends at "Dedric" (a writer who uses capitals writes "ON" for Ontario).
        (lowerText || !FUNCTION_WORDS.has(t.lower)) &&
        (/\n/.test(nextGap) ? lowerText || /[,\n]/.test(g) : !!toks.get(j + 1)?.num));
    if (region) {
      j++;
      consumed++;
      continue;
    }
    const cityWord =
      (capital(t) || allCaps(t) || (lowerText && !COMMON.has(t.lower))) &&
      !FUNCTION_WORDS.has(t.lower) &&
      !TAIL_STOP.has(t.lower);
    const particle = PARTICLES.has(t.lower) && toks.get(j + 1) && capital(toks.get(j + 1)!);
    // A line that starts with a given name is a person's name, not a city.
    if (
      cityWord &&
      nl > 0 &&
      GIVEN.has(t.lower) &&
      toks.get(j + 1) &&
      capital(toks.get(j + 1)!) &&
      !/\n/.test(nextGap)
    ) {
      const eol = text.indexOf('\n', t.end);
      if (!/\d/.test(text.slice(t.end, eol < 0 ? text.length : eol))) break;
    }
    if (cityWord || particle) {
      j++;
      consumed++;
      continue;
    }
    break;
  }
  // Did the last line end cleanly (line break, end of text or closing punctuation)?
  const lastTok = toks.get(j - 1)!;
  const after = text.slice(lastTok.end, lastTok.end + 4);
  // Not a sign that a value follows at once: "Stockholm\nORGANIZER;CN=…" (a vCard's or an iCalendar's next key).
  const clean =
    j >= toks.length ||
    /^[ \t]*(\r?\n|$|[.?!,;)"']+(?:\s|$))/.test(after) ||
    !/\n/.test(text.slice(toks.get(last)!.end, lastTok.end));
  if (clean) return { last: j - 1, strong };
  return { last: committed, strong: committedStrong };
}

/** Only spaces, tabs and commas (or empty). */
function plainSeparator(g: string): boolean {
  for (let p = 0; p < g.length; p++) {
    const c = g.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2c) return false;
  }
  return true;
}

/** If a known place name starts at token j, the index of its last token. */
function placeAt(toks: Toks, j: number, lowerText = false): number | undefined {
  const t = toks.get(j)!;
  if (!(capital(t) || allCaps(t) || lowerText)) return undefined;
  // Known places start with a known first word and have at most PLACE_FIRST's count of words.
  const max = PLACE_FIRST.get(t.lower);
  if (!max) return undefined;
  let best: number | undefined;
  let name = '';
  for (let k = j; k < toks.length && k - j < 5 && k - j < max; k++) {
    name = k === j ? toks.get(k)!.lower : `${name} ${toks.get(k)!.lower}`;
    if (PLACES.has(name)) best = k;
  }
  return best;
}

export const ADDRESS_RECOGNIZER: Recognizer = {
  name: 'street-address',
  types: ['LOCATION', 'PERSON'],
  detect: addressDetect,
};
