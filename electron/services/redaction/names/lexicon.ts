// Word lists and token helpers shared by the rule-based PERSON, ORG and LOCATION recognizers.
// The lists are generated (scripts/gen-name-lists.mjs) and loaded once into Sets.
import { COMMON_WORDS } from './common-words.data';
import { EXTRA_GIVEN_NAMES } from './extra-given-names';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './given-names.data';

const set = (packed: string, sep = ' ') => new Set(packed.split(sep).filter(Boolean));

/** Common English words (lower-case). */
export const COMMON = set(COMMON_WORDS);
/** Given names of many locales, lower-case, that are not common English words. */
export const GIVEN = set(GIVEN_NAMES);
/** Given names that are also common English words ("will", "grace", "mark"). */
export const AMBIGUOUS_GIVEN = set(AMBIGUOUS_GIVEN_NAMES);
// The hand-picked names of cultures the generated list misses, filed the way the generator files them.
for (const name of set(EXTRA_GIVEN_NAMES)) {
  if (GIVEN.has(name) || AMBIGUOUS_GIVEN.has(name)) continue;
  (COMMON.has(name) ? AMBIGUOUS_GIVEN : GIVEN).add(name);
}

/**
 * Greetings and "dear" of Turkish, Polish, Czech, Hungarian, Romanian, the Nordic languages and Finnish
 * ("Merhaba Elif", "Sayın Mehmet Öztürk", "Kedves Kovács Péter"): they open a letter, not a name. One
 * list for the name rules' greetings, the words never in a name, and the labels cut from a model's span.
 */
export const OTHER_GREETINGS: readonly string[] = (
  'merhaba selam sayın sevgili değerli cześć witam drogi droga ahoj szia kedves bună dragă kære kära hei hyvä tere salve ' +
  // Greetings of other languages written in Latin letters ("Shalom, my name is…", "Sawasdee, I'm…").
  'shalom sawasdee sawadee habari jambo namaste namaskar salaam salam marhaba sawubona konnichiwa annyeong ' +
  // South Slavic, Bulgarian, Russian and Filipino ("Zdravo, ja sam…", "Здравейте, казвам се…", "Kumusta, ako si…").
  'zdravo здравейте здравей здравствуйте привет kumusta mabuhay ' +
  // A letter's "dear" in Czech and Slovak, Greek, Romanian and Polish ("Vážený pane Nováku", "Αγαπητέ κ.
  // Παπαδάκη", "Stimate domnule", "Szanowny Panie"): the model reads them as names and firms.
  'vážený vážená vážení αγαπητέ αγαπητή αγαπητοί stimate stimată szanowny szanowna szanowni'
).split(' ');

/**
 * Titles of other languages' letters before a name ("Maître Leclerc", "Κύριος Γιώργος", "Уважаемый Иван",
 * "Bà Lan", "Shri Ram Sharma"): one list for the title rule, the words never in a name, and the labels
 * cut from or dismissed as a model's span.
 */
export const OTHER_TITLES: readonly string[] = (
  'maître κύριος κυρία уважаемый уважаемая bà ông shri smt ' +
  // Czech "Mr" and "Mrs" as a letter addresses them: "Vážený pane Nováku", "Vážená paní Dvořáková".
  'pane paní ' +
  // Indonesian and Malay: "Bapak Budi Santoso", "Ibu Sri Wahyuni", "Encik Hafiz", "Puan Aminah".
  'bapak bpk ibu encik puan'
).split(' ');

/** Titles and ranks written before a name ("Mr", "Dr", "Inspector", "Sgt"), lower case. */
export const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lady lord herr frau fräulein mme mlle madame monsieur ' +
    'sr sra srta señor señora senor senora dona doña dott dottssa sig sigra signor signora ing mgr pan pani fru hr ' +
    // Polish "Mr" and "Mrs" in their cases: "z Panem Tomaszem", "do Pani Anny", "Szanowny Panie"
    'panem panu pana panie panią ' +
    'meneer mevrouw mevr dhr heer ' +
    // A Nigerian chieftaincy title: "our client Chief Adebayo Ogunlesi"
    'chief ' +
    OTHER_TITLES.join(' ') +
    ' ' +
    'rev reverend fr father sister capt captain sgt sergeant lt lieutenant col colonel gen general maj major ' +
    'judge justice senator sen rep governor gov mayor president officer detective det agent nurse ' +
    'inspector constable insp coach ' +
    // British police ranks written short: "PC Owen Pryce", "Supt Ian Hale".
    'pc wpc pcso supt ' +
    // "The Hon. Justice …", "Rt. Hon. …"
    'hon'
  ).split(' '),
);

/**
 * Roles of other languages that open a line or sentence before a name ("Kunde Jürgen Weber", "Müşteri
 * Ayşe Yılmaz", "Клиент Сергей Петров", "La cliente Ana Ruiz"): one list for the role rule and the
 * labels cut from a model's span.
 */
export const OTHER_ROLES: readonly string[] = (
  'mitarbeiter mitarbeiterin kunde kundin mieter mieterin kollege kollegin patientin ' +
  'employé employée salarié salariée cliente paciente empleado empleada dipendente collega paziente medewerker klant ' +
  'klient klientka pacjent pacjentka pracownik pracownica müşteri клиент клиентка пациент пациентка ' +
  'сотрудник сотрудница hausarzt hausärztin arzt ärztin facharzt fachärztin zahnarzt zahnärztin'
).split(' ');

/** Family in other languages before a name: "tu abuela Carmen", "Oma Hilde", "nonna Maria", "tante Marie". */
export const OTHER_KIN: readonly string[] = (
  'abuela abuelo abuelita abuelito tía tío prima primo hermana hermano madrina padrino avó avô tia tio ' +
  'nonna nonno zia zio mamie papi tante oncle oma opa onkel'
).split(' ');

/**
 * Job titles of other languages that head a signature's line ("Directeur commercial", "Kierownik
 * Projektu", "Gerência de Projetos"): a role before a name, and no name themselves.
 */
export const OTHER_JOB_TITLES: readonly string[] = (
  'directeur directrice responsable gerente gerência gerencia jefe jefa direttore direttrice responsabile ' +
  'diretor diretora coordenador coordenadora kierownik dyrektor afdelingshoofd hoofd leiter leiterin ' +
  'geschäftsführer geschäftsführerin abteilungsleiter abteilungsleiterin chef avdelningschef'
).split(' ');

/**
 * A Turkish case ending after a proper noun's apostrophe ("Yıldız'ın", "İzmir'deki", "Ankara'da"): the
 * name ends there. A capital after the apostrophe is a name's own ("O'Brien", "D'Angelo").
 */
export const CASE_ENDING = /['’]\p{Ll}{1,5}$/u;

/** Words that are never part of a name even though they are capitalised. */
export const NEVER_NAME = new Set(
  (
    'i me my mine we our you your he him his she her they them their it its this that these those there here ' +
    'the a an and or but nor of in on at to for from by with without about into onto over under as is are was were ' +
    'be been being am do does did have has had will would shall should can could may might must not no yes ok okay ' +
    'hi hello hey dear thanks thank regards best cheers sincerely yours please sorry welcome ' +
    // Code's constants: "if name is None:", "enabled: True".
    'none null true false undefined ' +
    'mr mrs ms miss mx dr prof sir madam herr frau mme mlle madame monsieur sra srta señor señora senor senora ' +
    'dott sig signor signora ing mgr pan pani fru panem panu pana panie panią ' +
    'meneer mevrouw ' +
    'january february march april may june july august september october november december ' +
    // Not "jan": a given name too, in Dutch, German, Polish, Czech and the Nordic languages ("Jan de Vries").
    'feb mar apr jun jul aug sep sept oct nov dec ' +
    // Other languages' months, except those that are also names ("Mai", "Julio", "Abril", "Avril", "Mayo").
    'januar februar märz oktober dezember janvier février juin juillet août septembre octobre novembre décembre ' +
    'enero febrero junio septiembre octubre noviembre diciembre janeiro fevereiro março junho julho setembro ' +
    'outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari ' +
    'februari maart ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today tomorrow yesterday tonight morning evening night christmas easter ' +
    'street st road rd avenue ave lane ln drive boulevard blvd way court ct place square terrace ' +
    'inc ltd llc gmbh corp co plc company group bank university college school hospital church ' +
    'user bot assistant system admin customer client patient employee name address phone email ' +
    'iban bic swift ssn vat teudat kimlik ' +
    // A number's short label: "Rechnung Nr. 2024-0815"
    'nr ' +
    // A clinical note's shorthand before a name: "Pt Jane Roe, 45F" (patient), "Hx", "Dx", "Rx".
    'pt hx dx rx sx tx fx ' +
    // A retired professor's title after "professor": "professor emeritus".
    'emeritus emerita ' +
    // A prompt's opening verb: "Summarize Slack thread", "Draft Board Update"
    'summarize summarise translate explain rewrite refactor proofread analyze analyse draft ' +
    'god lord jesus allah ' +
    // Pronouns, greetings and small words of German, French, Spanish, Italian, Dutch and Portuguese,
    // capitalised at a sentence start or, in German, as the polite "Sie"/"Ihre" ("Ihre Versicherungsnummer").
    'ich wir sie ihr ihre ihren ihrem ihrer ihres uns unser unsere euer mein meine meinen meinem meiner dein deine ' +
    'bitte danke vielen geehrte geehrter ' +
    'liebe lieber hallo guten und oder aber für mit von bei nach ist sind wird werden beste grüße gruß grüßen ' +
    'freundlichen herzliche viele ' +
    'je nous vous ils votre vos notre nos mon mes bonjour merci chère avec pour dans est sont ' +
    'yo usted nosotros ellos ellas sus nuestro nuestra mis hola gracias estimado estimada querido querida ' +
    'noi voi loro suo sua suoi vostro vostra nostro nostra ciao grazie sono ' +
    'jij wij zij hij uw onze mijn geachte bedankt groetjes hoi hej moin servus salut coucou ' +
    'você nós eles seu sua nosso nossa olá obrigado obrigada prezado prezada'
  )
    .split(' ')
    .concat(OTHER_GREETINGS, OTHER_TITLES),
);

/** A given name of two joined by a hyphen ("hans-jürgen", "jean-pierre", "anne-marie"), lower-cased. */
export function isCompoundGivenName(lower: string): boolean {
  const dash = lower.indexOf('-');
  if (dash <= 0 || dash !== lower.lastIndexOf('-')) return false;
  return GIVEN.has(lower.slice(0, dash)) && GIVEN.has(lower.slice(dash + 1));
}

/** Ends in a possessive "'s" or "’s" (as /['’]s$/u, without the regex call). */
export function isPossessive(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x73) return false;
  const c = s.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}
export const stripPossessive = (s: string) => (isPossessive(s) ? s.slice(0, -2) : s);

/** Common English word, also in an inflected form ("rotations", "announces", "talking"). */
export function isCommon(word: string): boolean {
  const cached = commonCache.get(word);
  if (cached !== undefined) return cached;
  const result = computeIsCommon(word);
  if (commonCache.size > 50_000) commonCache.clear();
  commonCache.set(word, result);
  return result;
}
const commonCache = new Map<string, boolean>();

function computeIsCommon(word: string): boolean {
  const w = stripPossessive(word.toLowerCase());
  if (COMMON.has(w)) return true;
  for (const [suffix, repl] of INFLECTIONS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && COMMON.has(w.slice(0, -suffix.length) + repl))
      return true;
  }
  return false;
}
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
  ['al', ''],
  ['ic', ''],
  ['ical', 'y'],
  ['ian', 'y'],
  ['an', 'a'],
  ['n', ''],
  ['ness', ''],
];

/** Languages and nationalities: capitalised in English, never a person on their own ("German", "Thai"). */
export const DEMONYMS = new Set(
  (
    'english british american canadian australian irish scottish welsh french german dutch flemish belgian swiss ' +
    'austrian italian spanish portuguese brazilian mexican argentine argentinian chilean colombian peruvian cuban ' +
    'danish swedish norwegian finnish icelandic estonian latvian lithuanian polish czech slovak hungarian romanian ' +
    'bulgarian greek turkish cypriot croatian serbian slovenian bosnian albanian macedonian ukrainian russian ' +
    'belarusian georgian armenian azerbaijani kazakh uzbek persian iranian iraqi syrian lebanese jordanian israeli ' +
    'hebrew arab arabic egyptian moroccan algerian tunisian libyan nigerian ghanaian kenyan ethiopian somali ' +
    'african zulu xhosa swahili indian pakistani bangladeshi nepali lankan tamil hindi urdu bengali punjabi ' +
    'chinese mandarin cantonese japanese korean vietnamese thai filipino tagalog indonesian malay malaysian ' +
    'singaporean burmese khmer cambodian laotian mongolian tibetan maori hawaiian latin catalan basque galician ' +
    'european asian latino hispanic nordic scandinavian balkan slavic celtic jewish muslim christian ' +
    'catholic protestant buddhist hindu sikh'
  ).split(' '),
);

// Character classes of UTF-16 code units, filled lazily from the Unicode regexes: the tokenizer
// tests every character, and a table lookup is far cheaper than a regex call.
const LETTER = 1; // \p{L} or \p{M}
const UPPER = 2; // \p{Lu}
const ALNUM = 4; // \p{L} or \p{N}
const KNOWN = 8;
const LOWER = 16; // \p{Ll}
const UNIT_CLASS = new Uint8Array(0x10000);
function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) {
    // A lone surrogate matches none of the classes, as in the regexes.
    const ch = String.fromCharCode(c);
    k =
      KNOWN |
      (/[\p{L}\p{M}]/u.test(ch) ? LETTER : 0) |
      (/\p{Lu}/u.test(ch) ? UPPER : 0) |
      (/[\p{L}\p{N}]/u.test(ch) ? ALNUM : 0) |
      (/\p{Ll}/u.test(ch) ? LOWER : 0);
    UNIT_CLASS[c] = k;
  }
  return k;
}
const ASTRAL_LETTER = /^[\p{L}\p{M}]$/u;

/** Length in code units of the letter or mark at i (a surrogate pair counts as one), or 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return unitClass(c) & LETTER ? 1 : 0;
  if (c > 0xdbff || i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

export const isUpper = (ch: string | undefined) =>
  !!ch && (ch.length === 1 ? (unitClass(ch.charCodeAt(0)) & UPPER) !== 0 : /\p{Lu}/u.test(ch));

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Unicode regexes live at module level: some TS runners rebuild a \p{..} literal at every call.
const MARKS = /\p{M}/gu;
const ANY_LOWER = /\p{Ll}/u;

/** ANY_LOWER.test(s), by the code-unit table unless s holds a surrogate. */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return ANY_LOWER.test(s);
    if (unitClass(c) & LOWER) return true;
  }
  return false;
}

/** Lower-case and strip diacritics: "Szász" -> "szasz". */
export function fold(s: string): string {
  // ASCII has no marks and is its own NFD form.
  if (isAscii(s)) return s.toLowerCase();
  // The same words recur (e-mail and surname rules fold every candidate word): NFD is slow.
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    if (FOLD_CACHE.size >= 20000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, (f = s.normalize('NFD').replace(MARKS, '').toLowerCase()));
  }
  return f;
}
const FOLD_CACHE = new Map<string, string>();

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Glued to an e-mail address, URL, path or identifier: never a name on its own. */
  readonly glued: boolean;
  /** The first character is a capital letter (isUpper(text[0])). */
  readonly cap: boolean;
  /** Cache of nameShaped(). */
  shaped?: boolean;
  /** Cache of the PERSON recognizer's word facts (bits that depend on the text only). */
  facts?: number;
}

/** s.toLowerCase(), by hand for ASCII words with at most one capital: the slices of a text with any
 * non-Latin-1 character are two-byte strings, and V8 lower-cases those through a slow general path. */
export function lowerOf(s: string): string {
  let up = -1;
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c >= 128) return cachedLower(s);
    if (c >= 65 && c <= 90) {
      if (up >= 0) return cachedLower(s);
      up = p;
    }
  }
  if (up < 0) return s;
  return s.slice(0, up) + String.fromCharCode(s.charCodeAt(up) + 32) + s.slice(up + 1);
}

// Words repeat: a bounded cache saves most of the slow lower-casing of the other words.
const LOWER_CACHE = new Map<string, string>();
function cachedLower(s: string): string {
  let l = LOWER_CACHE.get(s);
  if (l === undefined) {
    if (LOWER_CACHE.size >= 20000) LOWER_CACHE.clear();
    LOWER_CACHE.set(s, (l = s.toLowerCase()));
  }
  return l;
}

// Most words are never looked at closely (only capitalised ones can start a name), so their text
// and lower-case form are cut from the source only when asked for.
class WordToken implements Token {
  shaped: boolean | undefined = undefined;
  facts: number | undefined = undefined;
  private _text: string | undefined = undefined;
  private _lower: string | undefined = undefined;
  constructor(
    private readonly src: string,
    readonly start: number,
    readonly end: number,
    readonly glued: boolean,
    readonly cap: boolean,
  ) {}
  get text(): string {
    return (this._text ??= this.src.slice(this.start, this.end));
  }
  get lower(): string {
    return (this._lower ??= lowerOf(this.text));
  }
}

/** Token flag bits in Tokens.flags(). */
export const TOK_GLUED = 1;
export const TOK_CAP = 2;

/**
 * The words of a text as flat arrays (start, end and flags per word); a Token object is made only
 * for the words a rule looks at. One object per word (about 180k per MB) dominated the cost.
 */
export class Tokens {
  readonly length: number;
  private objs: (WordToken | undefined)[] | undefined = undefined;
  constructor(
    readonly text: string,
    /** start, end, flags of word k at 3k, 3k + 1, 3k + 2. */
    private readonly data: Int32Array | readonly number[],
  ) {
    this.length = data.length / 3;
  }
  start(k: number): number {
    return this.data[3 * k]!;
  }
  end(k: number): number {
    return this.data[3 * k + 1]!;
  }
  flags(k: number): number {
    return this.data[3 * k + 2]!;
  }
  /** Word k like an array element: undefined outside 0 .. length - 1; the same object every time. */
  get(k: number): Token | undefined {
    if (k < 0 || k >= this.length) return undefined;
    const objs = (this.objs ??= new Array<WordToken | undefined>(this.length));
    let t = objs[k];
    if (t === undefined) {
      const f = this.data[3 * k + 2]!;
      t = objs[k] = new WordToken(
        this.text,
        this.data[3 * k]!,
        this.data[3 * k + 1]!,
        (f & TOK_GLUED) !== 0,
        (f & TOK_CAP) !== 0,
      );
    }
    return t;
  }
  slice(a: number, b: number): Token[] {
    const out: Token[] = [];
    for (let k = Math.max(0, a); k < b && k < this.length; k++) out.push(this.get(k)!);
    return out;
  }
}

/** Letter words of the text (digits and punctuation separate words), in order. */
// Callers share the result for the same text (the PERSON, ORG and place recognizers tokenize
// the same input), so the tokens must not be mutated except for the nameShaped() and word-facts caches.
export function tokenize(text: string): Tokens {
  if (text !== memoText) {
    memoToks = tokenizeFlat(text);
    memoText = text;
  }
  return memoToks;
}
let memoText: string | undefined;
let memoToks = new Tokens('', new Int32Array(0));

/** tokenize() without the memo, as an array, for short pieces of a text that must not evict it. */
export function tokenizeText(text: string): Token[] {
  const toks = tokenizeFlat(text);
  return toks.slice(0, toks.length);
}

// Words are written here first, then copied out at their exact size (one allocation per text).
let scratch = new Int32Array(3 * 1024);

// Same words as /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu, scanned by character codes (ASCII inline).
/** tokenize() without the memo, for pieces of a text. */
export function tokenizeFlat(text: string): Tokens {
  const n = text.length;
  // A short text's words go straight to a plain array: a typed array over 64 bytes lives off the
  // V8 heap and costs about 1 µs to make, much of the time for a sentence.
  const small = n <= 4096;
  const data: number[] = [];
  let buf = scratch;
  let k = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    let w: number;
    if (c0 < 128) {
      if ((c0 | 32) < 97 || (c0 | 32) > 122) {
        i++;
        continue;
      }
      w = 1;
    } else {
      w = letterAt(text, i);
      if (w === 0) {
        i++;
        continue;
      }
    }
    const start = i;
    let j = i + w;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (((c | 32) >= 97 && (c | 32) <= 122) || c === 0x27 || c === 0x2d) {
          j++;
          continue;
        }
        break;
      }
      if (c === 0x2019) {
        j++;
        continue;
      }
      const l = letterAt(text, j);
      if (l === 0) break;
      j += l;
    }
    // Trailing apostrophes and hyphens belong to the punctuation, not the word.
    let end = j;
    while (end - start > 1) {
      const c = text.charCodeAt(end - 1);
      if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      end--;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const after = end < n ? text.charCodeAt(end) : 0x20;
    const glued =
      before === 0x40 || // @
      before === 0x2f || // /
      before === 0x5f || // _
      before === 0x5c || // \
      (before >= 0x30 && before <= 0x39) ||
      after === 0x40 ||
      after === 0x5f ||
      (after >= 0x30 && after <= 0x39) ||
      ((after === 0x2e || after === 0x3a) && end + 1 < n && (unitClass(text.charCodeAt(end + 1)) & ALNUM) !== 0);
    const cap = c0 < 128 ? c0 <= 90 : (unitClass(c0) & UPPER) !== 0;
    i = j;
    if (small) {
      data.push(start, end, (glued ? TOK_GLUED : 0) | (cap ? TOK_CAP : 0));
      continue;
    }
    if (3 * k + 3 > buf.length) {
      const b = new Int32Array(2 * buf.length);
      b.set(buf);
      buf = b;
      if (b.length <= 1 << 18) scratch = b; // not kept when large
    }
    buf[3 * k] = start;
    buf[3 * k + 1] = end;
    buf[3 * k + 2] = (glued ? TOK_GLUED : 0) | (cap ? TOK_CAP : 0);
    k++;
  }
  return new Tokens(text, small ? data : buf.slice(0, 3 * k));
}

/** Capitalised word that could be part of a name: "Anna", "McConnan", "O'Neil", "Jean-Luc", "Szöllösy". */
export function nameShaped(t: Token): boolean {
  return (t.shaped ??= computeNameShaped(t));
}

function computeNameShaped(t: Token): boolean {
  // Cheap rejections first: most words are lower-case.
  if (t.glued || !t.cap) return false;
  const text = t.text;
  const s = stripPossessive(text);
  if (s.length < 2) return false;
  // I'm, It's (the regex only when there is an apostrophe)
  if ((s.includes("'") || s.includes('’')) && PRONOUN_CONTRACTION.test(s)) return false;
  if (!hasLower(s)) return false; // ALL-CAPS words are acronyms more often than names
  // As /\p{Lu}{2}/u on the first two code units (a surrogate is never upper-case in either).
  if (unitClass(s.charCodeAt(0)) & UPPER && unitClass(s.charCodeAt(1)) & UPPER) return false;
  if (isCodeIdentifier(s)) return false;
  // The token's own lower-case form when nothing was stripped: the rules ask for it later anyway.
  return !NEVER_NAME.has(s === text ? t.lower : s.toLowerCase());
}

const PASCAL_CASE = /^(?:[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|$)){2,}$/;
const HUMP = /[A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|$)/g;
const CODE_SUFFIX = /[a-z](?:Error|Exception|Warning|Interrupt|Exit|Iteration)$/;

/**
 * A name in code written in PascalCase from ordinary words ("ModuleDeclaration", "StringLiteral",
 * "HTTPError"): every hump of three or more letters is an English word. Names with an inner capital
 * keep theirs: "McDonald", "DeShawn" (a short first hump), "MacArthur" (a hump that is no word).
 */
export function isCodeIdentifier(s: string): boolean {
  if (!PASCAL_CASE.test(s)) return false;
  // An exception's or a warning's class: "TimeoutError", "CancelledError", "KeyboardInterrupt".
  if (CODE_SUFFIX.test(s)) return true;
  let words = 0;
  for (const hump of s.match(HUMP)!) {
    if (hump.length >= 2 && hump === hump.toUpperCase()) continue; // an acronym: HTTP, URL
    if (hump.length < 3 || !isCommon(hump.toLowerCase())) return false;
    words++;
  }
  return words > 0;
}
const PRONOUN_CONTRACTION = /^(i|it|he|she|we|they|you|that|there|what|who|let|here|where)['’]/i;

/** A capital letter used as an initial ("J" in "Szabina J Gelencsér", "M." in "Janka M. Szász"). */
export function isInitial(t: Token): boolean {
  return t.text.length === 1 && isUpper(t.text);
}

/** A possessive "'s" is not part of the name's span. */
export function nameEnd(t: Token): number {
  return isPossessive(t.text) ? t.end - 2 : t.end;
}

/** The word before a saint's name, which opens hospitals, schools and places ("St. Mary's Hospital", "San Antonio"). */
const SAINTS = new Set(['St', 'Ste', 'Saint', 'Sankt', 'San', 'Santa', 'São']);
const SAINT_GAP = /^\.?[ \t]$/;

/** Token k follows a saint's word ("St.", "San"): a saint's name, which also names places, hospitals and schools. */
export function afterSaint(text: string, toks: Tokens, k: number): boolean {
  const prev = toks.get(k - 1);
  return prev !== undefined && SAINTS.has(prev.text) && SAINT_GAP.test(text.slice(prev.end, toks.get(k)!.start));
}

export const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'delle',
  'dei',
  'degli',
  'des',
  'di',
  'da',
  'do',
  'e',
  'dos',
  'das',
  'du',
  'le',
  'la',
  'bin',
  // The daughter's "bin" of Malay and Arabic names: "Siti Nurhaliza binti Ahmad".
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
  'y',
]);
