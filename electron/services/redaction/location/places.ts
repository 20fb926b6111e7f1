// Place names: a gazetteer of countries, states and cities (scored moderately so the model's
// view wins on type conflicts), and unknown places named after a place cue ("grew up in X",
// "flew to X", "I'm in X", "Where: X").
import { caseAware } from '../names/caseless';
import type { Candidate, Recognizer } from '../types';
import {
  CASE_ENDING,
  COMMON,
  GIVEN,
  NEVER_NAME,
  PARTICLES,
  isUpper,
  nameShaped,
  tokenize,
  type Token,
  type Tokens,
  TOK_CAP,
  TOK_GLUED,
} from '../names/lexicon';
import { afterHash, blankRun, isBlank } from './chars';
import { AMBIGUOUS_PLACES, PLACE_FIRST, PLACES, US_STATE_CODES, WELL_KNOWN_PLACES } from './lexicon';

/** Words that name a postcode, never a place though they follow a place cue. */
const POSTAL_LABELS = new Set(['zip', 'zipcode', 'postcode', 'postal', 'plz', 'cep', 'pin', 'pincode', 'eircode']);
const CUES: readonly (readonly string[])[] = [
  ['lives', 'in'],
  ['resides', 'in'],
  ['residing', 'in'],
  ['resident', 'of'],
  ['live', 'in'],
  ['living', 'in'],
  ['lived', 'in'],
  ['born', 'in'],
  ['grew', 'up', 'in'],
  ['raised', 'in'],
  ['based', 'in'],
  ['located', 'in'],
  ['headquartered', 'in'],
  ['moved', 'to'],
  ['moved', 'from'],
  ['moved', 'here', 'from'],
  ['relocated', 'to'],
  ['relocating', 'to'],
  ['flew', 'to'],
  ['fly', 'to'],
  ['flying', 'to'],
  ['travel', 'to'],
  ['travelling', 'to'],
  ['traveling', 'to'],
  ['travelled', 'to'],
  ['traveled', 'to'],
  ['trip', 'to'],
  ['drove', 'to'],
  // Polish "in": "mieszkam w Gdańsku" (a place in its locative case, which no list holds).
  ['w'],
  // Russian "in" and "from": "живу в Москве", "родом из Казани" (a place in its locative or genitive case).
  ['в'],
  ['во'],
  ['из'],
  ['flight', 'to'],
  ['flights', 'to'],
  ['flight', 'from'],
  ['flights', 'from'],
  ['train', 'to'],
  ['bus', 'to'],
  ['visit'],
  ['visiting'],
  ['visited'],
  ["i'm", 'in'],
  ['i’m', 'in'],
  ['i', 'am', 'in'],
  ["we're", 'in'],
  ['we', 'are', 'in'],
  ['originally', 'from'],
  ['native', 'of'],
  ['city', 'of'],
  ['town', 'of'],
  ['village', 'of'],
  ['home', 'city'],
  ['home', 'town'],
  ['hometown'],
  ['arrived', 'at'],
  ['arrived', 'in'],
  ['from', 'the', 'city', 'of'],
  ['come', 'from'],
  ['comes', 'from'],
  ['came', 'from'],
  ['am', 'from'],
  ["i'm", 'from'],
  ['is', 'from'],
  ['are', 'from'],
  ['stay', 'in'],
  ['staying', 'in'],
  ['stayed', 'in'],
  ['vacation', 'in'],
  ['holiday', 'in'],
  ['office', 'in'],
  ['offices', 'in'],
  ['coming', 'to'],
  ['going', 'to'],
  ['welcome', 'to'],
  ['near'],
  ['outside'],
  ['downtown'],
  ['southern'],
  ['northern'],
  ['eastern'],
  ['western'],
  ['central'],
  ['year', 'in'],
  ['years', 'in'],
  ['residence'],
  ['city'],
  ['town'],
  ['county', 'of'],
  ['state', 'of'],
  ['province', 'of'],
  ['region', 'of'],
  ['district', 'of'],
  ['borough', 'of'],
  ['municipality', 'of'],
  ['suburb', 'of'],
  ['canton', 'of'],
  ['prefecture', 'of'],
  ['neighborhood', 'of'],
  ['neighbourhood', 'of'],
];

/** Words that end the name of a region: "Marin County", "Hubei Province". */
const REGION_WORDS = new Set(['county', 'province', 'prefecture', 'oblast', 'governorate', 'voivodeship']);
/** A region word written capitalised anywhere in the text: the rule runs only then. */
const REGION_SUFFIX = new RegExp(
  `\\b(?:${[...REGION_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\b`,
);

const COMPASS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater'.split(
    ' ',
  ),
);
const capOrUpper = (t: Token) => t.cap && !t.glued;
/** The gap between two tokens is one or two spaces or tabs. */
const spaced = (text: string, a: Token, b: Token) =>
  b.start - a.end >= 1 && b.start - a.end <= 2 && blankRun(text, a.end, b.start);
/** The gap between two tokens is a period and a space or tab. */
const periodSpace = (text: string, a: Token, b: Token) =>
  b.start - a.end === 2 && text.charCodeAt(a.end) === 46 && isBlank(text.charCodeAt(a.end + 1));
/** /^[ \t]*:[ \t]*$/ on text[s, e). */
function colonGap(text: string, s: number, e: number): boolean {
  let p = s;
  while (p < e && isBlank(text.charCodeAt(p))) p++;
  return p < e && text.charCodeAt(p) === 58 && blankRun(text, p + 1, e);
}
// \p{} regexes are hoisted: esbuild compiles such literals to `new RegExp` at each evaluation.
const UPPER_1_2 = /^\p{Lu}{1,2}$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
/** CUES by their last word. */
const CUES_BY_LAST = new Map<string, (readonly string[])[]>();
for (const seq of CUES) {
  const last = seq[seq.length - 1]!;
  if (!CUES_BY_LAST.has(last)) CUES_BY_LAST.set(last, []);
  CUES_BY_LAST.get(last)!.push(seq);
}

function cueBefore(text: string, toks: Tokens, i: number): boolean {
  if (i === 0) return false; // nothing before the first token
  // The gap is read from the word bounds: after most gaps ("." and a space) no word object is needed.
  const s = toks.end(i - 1);
  const e = toks.start(i);
  const colon = colonGap(text, s, e);
  if (!colon && !(e - s >= 1 && e - s <= 2 && blankRun(text, s, e))) return false;
  const a = toks.get(i - 1)!;
  if (colon && a.lower === 'where') return true;
  // Polish "w" in lower case ("W" abbreviates West), before one capitalised word: "w Gdańsku", not the
  // words of a title in title case ("w Deszczu Maleńkich Kwiatów").
  if (a.lower === 'w') return a.text === 'w' && !(i + 1 < toks.length && capOrUpper(toks.get(i + 1)!));
  const seqs = CUES_BY_LAST.get(a.lower);
  if (!seqs) return false;
  return seqs.some((seq) => {
    if (i < seq.length) return false;
    for (let k = 0; k < seq.length; k++) if (toks.get(i - seq.length + k)!.lower !== seq[k]) return false;
    return true;
  });
}

const JOINS = new Set(['to', 'and', 'or', 'via']);

/** What follows a place in the middle of a list: a comma, "and" or "or". */
const LIST_GOES_ON = /^(?:[ \t]*,|[ \t]+(?:and|or)[ \t])/;
/** What follows the last place of a list: the sentence's or clause's end. */
const LIST_ENDS = /^(?:[ \t]*(?:[.,;:)\]\n]|$))/;

/**
 * True when the last place in `out` ends right before token i, joined by a comma, "and", "to" or "or",
 * and the list goes on or ends after the name [i, g]: "London, Austin and Phoenix.", "from Denver to
 * Austin". Not a name addressed after a place ("Thanks for visiting Paris, Austin!").
 */
function placeBefore(text: string, toks: Tokens, i: number, g: number, out: readonly Candidate[]): boolean {
  const last = out[out.length - 1];
  if (!last || last.type !== 'LOCATION' || i === 0) return false;
  const prev = toks.get(i - 1)!;
  const after = text.slice(toks.end(g), toks.end(g) + 5);
  if (prev.end === last.end)
    return /^,[ \t]{1,2}$/.test(text.slice(prev.end, toks.start(i))) && LIST_GOES_ON.test(after);
  return (
    JOINS.has(prev.lower) &&
    (prev.lower === 'to' || LIST_ENDS.test(after) || LIST_GOES_ON.test(after)) &&
    i >= 2 &&
    toks.end(i - 2) === last.end &&
    /^,?[ \t]{1,2}$/.test(text.slice(last.end, prev.start)) &&
    /^[ \t]{1,2}$/.test(text.slice(prev.end, toks.start(i)))
  );
}

/** Longest known place starting at token i (words on one line, single-spaced). */
function gazetteerAt(text: string, toks: Tokens, i: number): number | undefined {
  const first = toks.get(i)!;
  // A Turkish case ending after the name's apostrophe ("İzmir'deki", "Ankara'da"), when the word with it
  // is no place ("Val-d’Or").
  let lower = first.lower;
  let max = PLACE_FIRST.get(lower);
  if (!max && (lower.includes("'") || lower.includes('’'))) {
    lower = lower.replace(CASE_ENDING, '');
    max = PLACE_FIRST.get(lower);
  }
  if (!max) return undefined;
  let name = lower;
  let best = PLACES.has(name) ? i : undefined;
  // Words hold no period or space: only a ". " joint puts one in the name, and the rewrite is asked only then.
  let dotted = false;
  for (let k = i + 1; k < toks.length && k - i < max; k++) {
    if (!spaced(text, toks.get(k - 1)!, toks.get(k)!) && !periodSpace(text, toks.get(k - 1)!, toks.get(k)!)) break;
    const dot = text[toks.get(k - 1)!.end] === '.';
    dotted ||= dot;
    name += (dot ? '. ' : ' ') + toks.get(k)!.lower;
    if (PLACES.has(name) || (dotted && PLACES.has(name.replace(/\. /g, ' ')))) best = k;
  }
  return best;
}

/** A capitalised run after a cue: "Villafranca del Cid", "UPTON SCUDAMORE", "Port Paien". */
function placeRun(text: string, toks: Tokens, i: number): number | undefined {
  if (!capOrUpper(toks.get(i)!) || NEVER_NAME.has(toks.get(i)!.lower) || UPPER_1_2.test(toks.get(i)!.text))
    return undefined;
  let last = i;
  for (let k = i + 1; k < toks.length && k - i < 5; k++) {
    const t = toks.get(k)!;
    if (!spaced(text, toks.get(k - 1)!, t)) break;
    if (PARTICLES.has(t.lower) && toks.get(k + 1) && capOrUpper(toks.get(k + 1)!) && spaced(text, t, toks.get(k + 1)!))
      continue;
    if (!capOrUpper(t) || NEVER_NAME.has(t.lower)) break;
    // "UPTON SCUDAMORE Country Club": an all-caps name ends where title case begins.
    if (ALL_UPPER.test(toks.get(k - 1)!.text) && !ALL_UPPER.test(t.text)) break;
    last = k;
  }
  const words = toks.slice(i, last + 1);
  if (words.length === 1 && COMMON.has(words[0]!.lower)) return undefined;
  if (words.every((w) => COMMON.has(w.lower) && !ALL_UPPER.test(w.text)) && words.length < 2) return undefined;
  return last;
}

/** The region word right after token `last` ("Hubei Province"), or undefined. */
function regionAfter(text: string, toks: Tokens, last: number): number | undefined {
  const n = toks.get(last + 1);
  return n && n.cap && REGION_WORDS.has(n.lower) && spaced(text, toks.get(last)!, n) ? last + 1 : undefined;
}

const POSSESSIVE_S = /.['’]s$/;
/** A possessive's or an elision's apostrophe after a word ("Austin 's office" as tokenized text writes it). */
// Module level: tsx rewrites a \p{..} regex literal into a `new RegExp` at each evaluation.
const APOSTROPHE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;
/** A value after a code, other than a US ZIP code: "ID A123456(3)", not "ID 83702". */
const VALUE_AFTER_CODE = /^[ \t]*:?[ \t]*(?!\d{5}(?:-\d{4})?(?![\p{L}\p{N}]))[\p{L}\p{N}]*\d/u;

function place(start: number, end: number, subtype: string, score: number): Candidate {
  return { start, end, type: 'LOCATION', subtype, score, source: 'pattern' };
}

/**
 * Where the place starting at token i starts: at the compass word before it, which belongs to it
 * ("Eastern Europe", "Southern Tunisia", "North Jakarta"), or at the token.
 */
function compassBefore(text: string, toks: Tokens, i: number): number {
  const t = toks.get(i)!;
  const before = toks.get(i - 1);
  return before && COMPASS.has(before.lower) && isUpper(before.text[0]) && spaced(text, before, t)
    ? before.start
    : t.start;
}

/**
 * "in", "to", "at", "from" or "near" right before token i (one blank between), read from the
 * character codes: asked of every lower-case word of a text that has capitals.
 */
function afterPlacePreposition(text: string, toks: Tokens, i: number): boolean {
  if (i === 0) return false;
  const s = toks.start(i - 1);
  const e = toks.end(i - 1);
  if (toks.start(i) !== e + 1 || text.charCodeAt(e) !== 32) return false;
  const c0 = text.charCodeAt(s) | 32;
  const c1 = text.charCodeAt(s + 1) | 32;
  if (e - s === 2) return (c0 === 105 && c1 === 110) || (c0 === 116 && c1 === 111) || (c0 === 97 && c1 === 116);
  if (e - s === 4) return PREPOSITIONS_4.has(text.slice(s, e).toLowerCase());
  return false;
}
const PREPOSITIONS_4 = new Set(['from', 'near']);

/**
 * A well-known place written in lower case after a place preposition or as a hashtag in a text that has
 * capitals ("lives at 88 Baker st in london", "moving to berlin", "#uganda business"): not one that is
 * also a word ("turkey") or needs context ("nice", "reading").
 */
function lowerCasePlaceAt(text: string, toks: Tokens, i: number): number | undefined {
  const g = gazetteerAt(text, toks, i);
  if (g === undefined) return undefined;
  const words = toks.slice(i, g + 1);
  const name = words.map((w) => w.lower).join(' ');
  if (!WELL_KNOWN_PLACES.has(name) || AMBIGUOUS_PLACES.has(name)) return undefined;
  // A one-word name that is also a word stays a word ("in turkey"); a longer name is the place's ("new york").
  if (words.some((w) => w.cap) || (words.length === 1 && COMMON.has(name))) return undefined;
  return g;
}

function placesDetect(text: string): Candidate[] {
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const regions = REGION_SUFFIX.test(text);
  for (let i = 0; i < toks.length; i++) {
    // capOrUpper() on the flags, before making the token object.
    if ((toks.flags(i) & (TOK_CAP | TOK_GLUED)) !== TOK_CAP) {
      if (toks.flags(i) === 0 && (afterPlacePreposition(text, toks, i) || afterHash(text, toks.start(i)))) {
        const g = lowerCasePlaceAt(text, toks, i);
        if (g !== undefined) {
          out.push(place(toks.start(i), toks.end(g), 'PLACE_LOWER', 0.6));
          i = g;
        }
      }
      continue;
    }
    const t = toks.get(i)!;
    const cue = cueBefore(text, toks, i);
    const g = gazetteerAt(text, toks, i);
    if (g !== undefined) {
      const joined = toks
        .slice(i, g + 1)
        .map((x) => x.lower)
        .join(' ');
      // The place without the ending gazetteerAt read past ("austin's", "ankara'da"): "Austin's" is
      // as ambiguous as "Austin".
      const name = g === i && !PLACES.has(joined) ? joined.replace(CASE_ENDING, '') : joined;
      // Joined by spaces, the name holds no ". " (words hold no period).
      const kind = PLACES.get(name) ?? 'city';
      const next = toks.get(g + 1);
      // "Paris Hilton", "Victoria Beckham": a place word followed by a surname-shaped word is a person.
      // (Not after a possessive or a case ending, which ends the place's name: "Japan's Toyota Motor Corp".)
      const personNext =
        name === joined &&
        next &&
        spaced(text, toks.get(g)!, next) &&
        nameShaped(next) &&
        !PLACES.has(next.lower) &&
        !COMMON.has(next.lower);
      const prev = toks.get(i - 1);
      const titled = prev && /^(mr|mrs|ms|dr|miss|prof)$/.test(prev.lower);
      const ambiguous =
        AMBIGUOUS_PLACES.has(name) || (g === i && kind === 'city' && GIVEN.has(name) && !WELL_KNOWN_PLACES.has(name));
      // A US state's code after a city says it is one ("Dallas TX", "Austin, TX"), however named.
      // Not a value's label that is also a code, before its value: "Hong Kong ID A123456(3)" (Idaho's is
      // followed by its ZIP code: "Boise, ID 83702").
      const stateNext =
        !!next &&
        kind === 'city' &&
        US_STATE_CODES.has(next.text) &&
        /^,?[ \t]+$/.test(text.slice(toks.get(g)!.end, next.start)) &&
        !VALUE_AFTER_CODE.test(text.slice(next.end, next.end + 16));
      // "We met in Denver", "the conference is in Austin": after a bare "in", a city that is also a
      // person's name is the city ("in Austin's office" is the person's; "in Split view", "in Reading"
      // are words, which stay ambiguous).
      const inBefore =
        ambiguous &&
        !!prev &&
        prev.lower === 'in' &&
        spaced(text, prev, t) &&
        !COMMON.has(name) &&
        name === joined &&
        !APOSTROPHE_AFTER.test(text.slice(toks.get(g)!.end, toks.get(g)!.end + 3));
      // "from Denver to Austin", "offices in Dallas, Houston and Phoenix": right after a place found
      // and a joining word, a known place is one too.
      const listed = ambiguous && placeBefore(text, toks, i, g, out);
      if (!titled && !personNext && (!ambiguous || cue || stateNext || inBefore || listed)) {
        const base = kind === 'country' ? 0.72 : kind === 'state' ? 0.68 : 0.64;
        const end = stateNext ? g + 1 : (regions && regionAfter(text, toks, g)) || g;
        // Without an English possessive's "'s" ("Germany's Bundesbank"), which is the sentence's.
        const last = toks.get(end)!;
        const stop = POSSESSIVE_S.test(last.text) ? last.end - 2 : last.end;
        out.push(place(compassBefore(text, toks, i), stop, 'PLACE', cue ? Math.max(base, 0.72) : base));
        i = end;
        continue;
      }
    }
    if (regions && !cue && !REGION_WORDS.has(t.lower)) {
      // "Hubei Province", "San Bernardino County": capitalised words, then the region word.
      const r = placeRun(text, toks, i);
      if (r !== undefined && r > i && REGION_WORDS.has(toks.get(r)!.lower)) {
        out.push(place(t.start, toks.get(r)!.end, 'REGION', 0.7));
        i = r;
        continue;
      }
    }
    // "lives in ZIP 90210": the label of the postcode after the cue is no place.
    if (cue && !POSTAL_LABELS.has(t.lower)) {
      const r = placeRun(text, toks, i);
      // Nor a link's scheme ("visit https://acme.io/docs").
      if (r !== undefined && !text.startsWith('://', toks.get(r)!.end)) {
        out.push(place(compassBefore(text, toks, i), toks.get(r)!.end, 'PLACE_CONTEXT', 0.66));
        i = r;
      }
    }
  }
  return out;
}

export const PLACE_RECOGNIZER: Recognizer = {
  name: 'place-names',
  types: ['LOCATION'],
  detect: caseAware(placesDetect),
};
