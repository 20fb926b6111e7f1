// ORG by structure and context: capitalised sequences ending in a company suffix ("Acme Ltd",
// "Shepherd Ltd.", "Allstate Insurance Group"), "University of X", firm names ("Davis, Reynolds
// and Williamson") and employment cues ("works at X", "joined X").
import { charSet } from '../char-set';
import { caseAware } from './caseless';
import { PLACES } from '../location/lexicon';
import { allMatches } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';
import {
  afterSaint,
  AMBIGUOUS_GIVEN,
  COMMON,
  DEMONYMS,
  GIVEN,
  NEVER_NAME,
  OTHER_JOB_TITLES,
  isCommon,
  isCompoundGivenName,
  isPossessive,
  stripPossessive,
  tokenize,
  type Token,
  type Tokens,
  TITLES,
  TOK_CAP,
} from './lexicon';
import { isKnownCompany, knownCompanies } from './companies';

/** Words written with a hyphen between two capitals that are no pair of surnames ("Wi-Fi"). */
const HYPHENATED_WORDS = new Set(['wi-fi', 'hi-fi', 'sci-fi', 'lo-fi']);
/** Offices held in a firm, written short: no part of its name ("appointed CFO of Helix Biotech Ltd."). */
const ROLE_ACRONYMS = new Set('CEO CFO CTO COO CIO CISO CMO CPO CRO CDO VP SVP EVP GM MD'.split(' '));
/** Offices written out, in English and other languages: "Managing Director of Acme Holdings Ltd", "Geschäftsführer der …". */
const ROLES = new Set([
  ...'director manager president founder cofounder co-founder chairman chairwoman chairperson treasurer'.split(' '),
  ...OTHER_JOB_TITLES,
]);

/** The second half of a German number's label: "Kunden-Nr.", "Mitarbeiter-Nr.", "Rechnungs-Nummer". */
const NUMBER_LABEL_ENDS = new Set(['nr', 'nummer']);

/** Legal-form suffixes: strong evidence. Matched case-sensitively on the token text (without a final period). */
const LEGAL = new Set([
  'Inc',
  'Incorporated',
  'Ltd',
  'Limited',
  'LLC',
  'L.L.C',
  'LLP',
  'LP',
  'PLC',
  'Plc',
  'plc',
  'Corp',
  'Corporation',
  'Co',
  'GmbH',
  'AG',
  'KG',
  'SE',
  'SA',
  'S.A',
  'SAS',
  'SARL',
  'SpA',
  'ApS',
  'Ltda',
  'S.p.A',
  'Srl',
  'S.r.l',
  'NV',
  'N.V',
  'BV',
  'B.V',
  'AB',
  // Norway's and Estonia's "aksjeselskap"/"aktsiaselts" ("Telenor AS"); SQL's "AS" follows no name.
  'AS',
  'ASA',
  'Oy',
  'Oyj',
  'Pty',
  'PTY',
  'Pvt',
  'KK',
  'Sdn',
  'Bhd',
  'SL',
  'S.L',
  'GbR',
  'eG',
  'e.V',
  'mbH',
  // A German partnership of professionals ("PartG mbB", "Krämer & Partner mbB").
  'mbB',
  'PartG',
]);
/**
 * Legal forms written with periods, slashes or spaces, which span several tokens: "Sp. z o.o."
 * (Poland), "A/S" (Denmark, Norway), "s.r.o." (Czechia, Slovakia), "Pte. Ltd." (Singapore), "S.R.L."
 * (Argentina, Romania), "S.A.C." (Peru)...
 */
const DOTTED_LEGAL = new RegExp(
  String.raw`(?:[Ss]p\.[ \t]?z[ \t]?o\.[ \t]?o\.|[Ss]p\.[ \t]?[jk]\.|A\/S|I\/S|[Ss]\.[ \t]?r\.[ \t]?o\.|` +
    String.raw`[ad]\.[ \t]?[sd]\.|d\.[ \t]?o\.[ \t]?o\.|Kft\.|Zrt\.|Nyrt\.|S\.p\.A\.?|S\.[Rr]\.[Ll]\.?|S\.n\.c\.|S\.A\.[SC]\.|S\.A\.(?:[ \t]de[ \t]C\.V\.)?|` +
    String.raw`S\.L\.U?\.|Ltda\.?|Pte\.?[ \t]Ltd\.?|Co\.,[ \t]?Ltd\.?|K\.K\.)(?![\p{L}\p{N}])`,
  'uy',
);
/** The letters DOTTED_LEGAL's forms start with: other tokens skip the regex. */
const DOTTED_LEGAL_FIRST = charSet('ACIKLNPSZads');
/** The end of a dotted legal form that starts at `at`, or -1. */
function dottedLegalAt(text: string, at: number): number {
  if (DOTTED_LEGAL_FIRST[text.charCodeAt(at)] !== 1) return -1;
  DOTTED_LEGAL.lastIndex = at;
  return DOTTED_LEGAL.test(text) ? DOTTED_LEGAL.lastIndex : -1;
}
/** True when a legal form written with periods starts at `at` ("Sp. z o.o.", "S.A.", "Co., Ltd."). */
export const legalFormAt = (text: string, at: number): boolean => dottedLegalAt(text, at) >= 0;

/** Words that end organisation names: weaker evidence (title-case). */
const ORG_WORDS = new Set(
  (
    'group holdings holding partners associates technologies technology solutions systems labs laboratories ' +
    'insurance foundation institute university college bank bancorp capital ventures consulting services ' +
    'international industries enterprises pharmaceuticals pharma networks software analytics media studios ' +
    'entertainment communications telecom airlines airways motors logistics energy bioscience biosciences ' +
    'sons brothers bros therapeutics investments securities financial trust brands retail markets agency hospital clinic ' +
    'hospitals clinics infirmary ' +
    'school academy elementary traders trading ' +
    // Trades' firms: "Fernhill Supplies", "Kowalski Plumbing", "Smile Dental" (not "Properties": "CSS Custom Properties").
    'supplies plumbing roofing landscaping builders catering realty dental pharmacy design ' +
    // A force: "Dyfed-Powys Police", "Thames Valley Police", "Surrey Constabulary".
    'police constabulary ' +
    // Institutes, universities and hospitals named in their own languages, the word last: "Karolinska
    // Institutet", "Technische Universität", "Oslo universitetssykehus".
    'institutet institut universitet universitetet universiteit universität hochschule högskolan ' +
    'sjukhuset krankenhaus klinikum ziekenhuis sykehus sykehuset universitetssykehus'
  ).split(' '),
);
/** Organisation words of institutions, which a place's name often opens ("Kyoto University", "Leeds General Hospital"). */
const INSTITUTIONS = new Set([
  'university',
  'college',
  'institute',
  'hospital',
  'clinic',
  'infirmary',
  'school',
  'academy',
]);
/** True when `lower` (a lower-case word) ends organisation names ("investments", "group"). */
export const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower);
/** Organisation words that also end other names: "West Bank", "National Trust" (a charity, but also …). */
const LOOSE_ORG_WORDS = new Set(['bank', 'trust', 'markets', 'retail', 'media', 'energy', 'capital']);
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * True when a span of two words or more names a body by its words: opened by a word that opens such
 * names ("Hospital Italiano de Buenos", "Banco Santander"), or ended by an organisation word or a
 * legal form ("Tata Consultancy Services", "Acme GmbH").
 */
export function namesABody(span: string): boolean {
  const words = span.split(/[ \t]+/);
  if (words.length < 2) return false;
  const first = words[0]!;
  if (CAPITAL_FIRST.test(first) && ORG_FIRST.has(first.toLowerCase())) return true;
  const last = words[words.length - 1]!.replace(/,$/, '');
  const lower = last.toLowerCase();
  return CAPITAL_FIRST.test(last) && ((ORG_WORDS.has(lower) && !LOOSE_ORG_WORDS.has(lower)) || LEGAL.has(last));
}

const ALL_CAPS_WORD = /^[A-Z]{2,}$/;
/** A short word in capitals: an acronym more often than a surname. */
const ACRONYM = /^[A-Z]{2,4}[0-9]?$/;

/** Words for a bank or another body that open its name in Romance languages and German: "Banco Santander", "Caixa Geral". */
const ORG_FIRST = new Set([
  'banco',
  'banca',
  'banque',
  'caixa',
  'caja',
  'bankhaus',
  // German savings and cooperative banks: "Sparkasse KölnBonn", "Volksbank Mittelhessen".
  'sparkasse',
  'kreissparkasse',
  'stadtsparkasse',
  'volksbank',
  'raiffeisenbank',
  // Universities, institutes, ministries and foundations the same way: "Universität Passau",
  // "Universidad de Chile", "Università di Bologna", "Instituto Cervantes", "Fundación Telefónica".
  'universität',
  'universidad',
  'université',
  'università',
  'universidade',
  'universiteit',
  'universitet',
  'uniwersytet',
  'univerzita',
  'universitatea',
  'hochschule',
  'fachhochschule',
  'klinikum',
  'instituto',
  'istituto',
  'institut',
  'ministerio',
  'ministère',
  'ministero',
  'ministério',
  'fundación',
  'fondation',
  'fondazione',
  'fundação',
  'stiftung',
  // Public offices: "Urząd Skarbowy w Krakowie", "Comune di Bologna", "Ayuntamiento de Madrid".
  'urząd',
  'comune',
  'ayuntamiento',
  'mairie',
  'gemeinde',
  // An Indonesian limited company: "PT Maju Bersama", "PT Bank Mandiri".
  'pt',
  // Hospitals, clinics and schools: "Hospital San Ignacio", "Clínica Alemana", "Colegio San José".
  'hospital',
  'hôpital',
  'ospedale',
  'clínica',
  'clinica',
  'clinique',
  'sanatorio',
  'policlínica',
  'colegio',
  'liceo',
  'lycée',
  'escuela',
  'escola',
  'école',
  'scuola',
]);
/** True when the word at `i` has a capitalised word after it and none of a name right before it. */
function opensOwnName(text: string, toks: Tokens, i: number): boolean {
  const next = toks.get(i + 1);
  if (!next || !capWord(next) || !SPACE.test(gap(text, toks.get(i)!, next))) return false;
  const prev = toks.get(i - 1);
  return !prev || !capWord(prev) || !SPACE.test(gap(text, prev, toks.get(i)!));
}

/** Particles between such a word and the name: "Banco do Brasil", "Banca di Roma", "Universiteit van Amsterdam". */
const ORG_FIRST_PARTICLES = new Set([
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'di',
  'della',
  'degli',
  'delle',
  'dei',
  'du',
  'des',
  'van',
]);

/** "University of X", "Bank of X". */
const ORG_OF = new Set([
  'university',
  'infirmary',
  'bank',
  'institute',
  'college',
  'school',
  'ministry',
  'department',
  'museum',
  'academy',
  'council',
  'society',
  'federation',
  'union',
]);

const CONTEXT_BEFORE: readonly (readonly string[])[] = [
  ['works', 'at'],
  ['work', 'at'],
  ['working', 'at'],
  ['worked', 'at'],
  ['works', 'for'],
  ['work', 'for'],
  ['working', 'for'],
  ['worked', 'for'],
  ['employed', 'by'],
  ['employed', 'at'],
  ['joined'],
  // Leaving one: "after leaving Citigroup", "before I left Deloitte", "quit Uber last year".
  ['leaving'],
  ['left'],
  ['quit'],
  ['intern', 'at'],
  ['internship', 'at'],
  ['year', 'at'],
  ['years', 'at'],
  ['job', 'at'],
  ['position', 'at'],
  ['support'],
  ['acquired', 'by'],
  ['subsidiary', 'of'],
  ['company'],
  ['startup'],
  ['employer'],
  ['firm'],
  ['ceo', 'of'],
  ['cto', 'of'],
  ['founder', 'of'],
  ['founded'],
  // "worked with me at Allegro", "colleagues at Infosys"
  ['with', 'me', 'at'],
  ['with', 'us', 'at'],
  ['together', 'at'],
  ['colleague', 'at'],
  ['colleagues', 'at'],
  // A job at a capitalised name: "an engineer at Infosys", "a partner at McKinsey".
  ...(
    'engineer developer programmer manager analyst consultant director designer scientist researcher accountant ' +
    'lawyer attorney associate specialist officer executive architect administrator recruiter partner employee'
  )
    .split(' ')
    .map((job) => [job, 'at']),
];

/** CONTEXT_BEFORE indexed by its last word, so each token looks up only the cues that can end before it. */
const CONTEXT_BY_LAST = new Map<string, (readonly string[])[]>();
for (const seq of CONTEXT_BEFORE) {
  const last = seq[seq.length - 1]!;
  CONTEXT_BY_LAST.set(last, [...(CONTEXT_BY_LAST.get(last) ?? []), seq]);
}

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
const SPACE = /^[ \t]{1,2}$/;
const SPACE_OR_HYPHEN = /^[ \t]{1,2}$|^-$/;

/**
 * After an organisation word that takes "of" (`i`), the last token of "of" and the capitalised words
 * after it (up to three); `i` itself when no such words follow.
 */
function ofThenCapitals(text: string, toks: Tokens, i: number): number {
  if (!(orgFlags(toks.get(i)!) & O_ORG_OF)) return i;
  const of = toks.get(i + 1);
  const next = toks.get(i + 2);
  if (of?.lower !== 'of' || !next || !capWord(next)) return i;
  if (!SPACE.test(gap(text, toks.get(i)!, of)) || !SPACE.test(gap(text, of, next))) return i;
  return capitalsFrom(text, toks, i + 2, i + 4);
}

/** The last of the capitalised words that follow word `b`, one space or tab apart, up to word `last`. */
function capitalsFrom(text: string, toks: Tokens, b: number, last: number): number {
  while (
    b < last &&
    toks.get(b + 1) &&
    capWord(toks.get(b + 1)!) &&
    SPACE.test(gap(text, toks.get(b)!, toks.get(b + 1)!))
  )
    b++;
  return b;
}
/** Nouns that describe an organisation: "X is a design agency". */
const ORG_NOUNS = new Set(
  (
    'company companies firm startup start-up agency bank manufacturer retailer corporation nonprofit non-profit charity ' +
    'organization organisation provider brand business conglomerate multinational subsidiary consultancy publisher ' +
    'label studio network chain franchise insurer lender broker fund platform vendor supplier distributor operator carrier ' +
    'airline automaker carmaker 501(c)3 ngo cooperative co-op union club'
  ).split(' '),
);
/** Words after an organisation's name: "the Mint office", "Acme headquarters". */
const ORG_PLACES = new Set([
  'office',
  'offices',
  'headquarters',
  'hq',
  'employees',
  'staff',
  'shareholders',
  'board',
  'ceo',
  'cto',
  'cfo',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);
const capWord = (t: Token) => t.cap && (orgFlags(t) & O_CAP_WORD) !== 0;
/** A word an organisation's name is walked back over: a capitalised name, or a capitalised organisation word. */
const nameOrOrgWord = (t: Token) => capWord(t) || (t.cap && (orgFlags(t) & O_ORG_WORD) !== 0);

/** A word that makes a name a company's: a legal form ("GmbH", "Ltd") or an organisation word ("Holdings"). */
export function isOrgNameWord(t: Token): boolean {
  return (orgFlags(t) & (O_LEGAL | O_ORG_WORD)) !== 0;
}

// Set lookups asked of every capitalised word, found once per distinct word text and kept as bits.
const O_LEGAL = 1; // LEGAL.has(text)
const O_ORG_WORD = 2; // ORG_WORDS.has(lower)
const O_ORG_OF = 4; // ORG_OF.has(lower)
const O_CAP_WORD = 8; // longer than one letter and not in NEVER_NAME (capWord() without the capital)
const O_COMMON = 16; // COMMON.has(lower)
const O_ORG_FIRST = 32; // ORG_FIRST.has(lower)
const orgCache = new Map<string, number>();
function orgFlags(t: Token): number {
  const text = t.text;
  let f = orgCache.get(text);
  if (f === undefined) {
    const lower = t.lower;
    f =
      (LEGAL.has(text) ? O_LEGAL : 0) |
      (ORG_WORDS.has(lower) ? O_ORG_WORD : 0) |
      (ORG_OF.has(lower) ? O_ORG_OF : 0) |
      (text.length > 1 && !NEVER_NAME.has(lower) ? O_CAP_WORD : 0) |
      (COMMON.has(lower) ? O_COMMON : 0) |
      (ORG_FIRST.has(lower) ? O_ORG_FIRST : 0);
    if (orgCache.size > 50_000) orgCache.clear();
    orgCache.set(text, f);
  }
  return f;
}
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
// Also the Romance "of the" inside a firm's name ("Distribuidora del Sur S.R.L.", "Cassa di Risparmio di Firenze S.p.A.").
const CONNECT = new Set(
  'and & of for the de du des der und y e del della delle di do da dos das la los las'.split(' '),
);

/**
 * text[s, e) is a legal form written in lower case: Germany's "eG" (a cooperative) or Britain's "plc", as
 * the companies write it ("Tesco plc"). Asked of every lower-case word, so by length first.
 */
const isLowerCaseLegal = (text: string, s: number, e: number) =>
  (e - s === 2 && text.startsWith('eG', s)) || (e - s === 3 && text.startsWith('plc', s));

/**
 * The token after "of" when tokens [a, of) are a person's name (a known given name and one or two
 * more capitalised words, none an ordinary word: not "Grace Church of Christ") and a capitalised
 * word follows "of" before `end`; else `a`.
 */
function personOf(toks: Tokens, a: number, end: number): number {
  for (let o = a + 2; o <= a + 3 && o + 1 < end; o++) {
    if (toks.get(o)!.lower !== 'of') continue;
    const first = toks.get(a)!;
    const words = toks.slice(a, o);
    // A given name the lists lack ("Dobrosław Tomaszewski of Fernandez Inc.") when it is no word either.
    const given = GIVEN.has(first.lower) || AMBIGUOUS_GIVEN.has(first.lower) || (o - a === 2 && !isCommon(first.text));
    const person = words.every(
      (w, k) => capWord(w) && !(orgFlags(w) & (O_ORG_WORD | O_ORG_OF)) && (k === 0 || !isCommon(w.text)),
    );
    return given && person && capWord(toks.get(o + 1)!) ? o + 1 : a;
  }
  return a;
}

/**
 * The last token of a name opened by an organisation's first word at `i` ("Banco Santander", "Hospital
 * Italiano de Buenos Aires"), -1 when none follows, -2 when the words name no body ("our PT Sarah").
 */
function orgFirstEnd(text: string, toks: Tokens, i: number): number {
  const t = toks.get(i)!;
  const k = ORG_FIRST_PARTICLES.has(toks.get(i + 1)?.lower ?? '') ? i + 2 : i + 1;
  const n = toks.get(k);
  // "our PT Sarah" is a physical therapist.
  if (t.lower === 'pt' && n && GIVEN.has(n.lower)) return -2;
  if (!n || !capWord(n) || !SPACE.test(gap(text, toks.get(k - 1)!, n)) || !SPACE.test(gap(text, t, toks.get(i + 1)!)))
    return -1;
  // The name goes on over a particle and the capitals after it: "Hospital Italiano de Buenos Aires".
  let b = capitalsFrom(text, toks, k, k + 2);
  for (let p = b + 1; ORG_FIRST_PARTICLES.has(toks.get(p)?.lower ?? '') && b - i < 6; p = b + 1) {
    const after = toks.get(p + 1);
    if (!after || !capWord(after) || !SPACE.test(gap(text, toks.get(b)!, toks.get(p)!))) break;
    if (!SPACE.test(gap(text, toks.get(p)!, after))) break;
    b = capitalsFrom(text, toks, p + 1, p + 3);
  }
  return b;
}

/** An Italian or French article elided before a body's first word: "l'Ospedale", "dell'Università". */
const ELIDED_ARTICLE = /^(?:l|dell|all|nell|sull|dall|d)['’](?=\p{Lu})/u;

/** An apostrophe among the characters at+1 … at+4 (where an elided article's ends). */
function apostropheNear(text: string, at: number): boolean {
  for (let p = at + 1; p <= at + 4 && p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

/** "presso l'Ospedale Cardarelli", "all'Università di Bologna": the body's name after the elided article. */
function elidedOrgFirst(text: string, toks: Tokens, recased: boolean, out: Candidate[]): void {
  if (recased || (!text.includes("'") && !text.includes('’'))) return;
  for (let i = 0; i < toks.length; i++) {
    if (toks.flags(i) & TOK_CAP) continue;
    // Asked of the word's first letters before its token object is made: most words are no such article.
    if (!apostropheNear(text, toks.start(i))) continue;
    const t = toks.get(i)!;
    const article = ELIDED_ARTICLE.exec(t.text);
    if (!article || !ORG_FIRST.has(t.lower.slice(article[0].length))) continue;
    const b = orgFirstEnd(text, toks, i);
    if (b < 0) continue;
    out.push({
      start: t.start + article[0].length,
      end: toks.get(b)!.end,
      type: 'ORG',
      subtype: 'ORG_OF',
      score: 0.75,
      source: 'pattern',
    });
    i = b;
  }
}

/** Capitalised names joined by "&" or "and" right before a legal form: "Swaine & Moore ", "Meagher and Flom ". */
const PARTNERS_JOINED = /\p{Lu}[\p{L}'’-]+[ \t]+(?:&|and)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+$/u;

/** "Saint" as the first piece of a hyphenated place's name: "Sankt-Peterburg", "Saint-Étienne". */
const SAINT_PIECES = new Set(['sankt', 'санкт', 'saint', 'sainte', 'st']);

function orgDetect(text: string, recased = false): Candidate[] {
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const push = (a: number, b: number, score: number, subtype: string, to = -1) => {
    let end = to >= 0 ? to : toks.get(b)!.end;
    // Keep the period of an abbreviated suffix: "Shepherd Ltd.".
    if (to < 0 && text[end] === '.' && /^(Inc|Ltd|Corp|Co|Bros|Intl)$/i.test(toks.get(b)!.text)) end++;
    out.push({ start: toks.get(a)!.start, end, type: 'ORG', subtype, score, source: 'pattern' });
  };

  for (let i = 0; i < toks.length; i++) {
    // Every rule needs a capitalised word here, or a lower-case legal form: skip the rest
    // before making the token object.
    const next = text.charCodeAt(toks.end(i));
    let dottedEnd = -1;
    if (!(toks.flags(i) & TOK_CAP)) {
      // Lower-case: only "eG", "plc" and the dotted forms that start with s, a or d ("s.r.o.", "a.s.", "d.o.o.").
      const first = text.charCodeAt(toks.start(i));
      if (next === 0x2e && (first === 0x73 || first === 0x61 || first === 0x64))
        dottedEnd = dottedLegalAt(text, toks.start(i));
      if (dottedEnd < 0 && !isLowerCaseLegal(text, toks.start(i), toks.end(i))) continue;
    } else if (next === 0x2e || next === 0x2f) dottedEnd = dottedLegalAt(text, toks.start(i));
    const t = toks.get(i)!;
    const bare = t.text; // a token never contains a period
    const of = orgFlags(t);
    // Short all-caps forms ("AB", "SAS") also abbreviate other things: not before another code or number.
    // Nor glued to a number: "DEA AB1234563" is a registration number, not a Swedish company.
    const legal =
      dottedEnd >= 0 ||
      (of & O_LEGAL && !(/^[A-Z]{2,3}$/.test(bare) && /^(?:[ \t]+[\dA-Z]|\d)/.test(text.slice(t.end, t.end + 3)))) ||
      (bare === 'Co' && text[t.end] === '.');
    // "del Hospital San Ignacio": a word that opens names in Romance languages, after no name of its
    // own, opens this one (read below), rather than ending one before it.
    const word = t.cap && (of & O_ORG_WORD) !== 0 && !(of & O_ORG_FIRST && opensOwnName(text, toks, i));
    if (legal || word) {
      // Walk back over capitalised words (and "&", "and", "of" inside the name).
      let a = i;
      let caps = 0;
      // A firm of partners' names lists them with commas before its "&": "Cravath, Swaine & Moore LLP".
      const partners = legal && PARTNERS_JOINED.test(text.slice(Math.max(0, t.start - 40), t.start));
      for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
        const g = gap(text, toks.get(k)!, toks.get(k + 1)!);
        const comma = partners && g === ', ';
        if (!/^[ \t]{1,2}$|^[ \t]&[ \t]$|^-$/.test(g) && !comma) break;
        const w = toks.get(k)!;
        // Not a place, a first name or a word before the comma: "In London, Smith & Jones Ltd", "Hi Anna, …".
        if (
          comma &&
          (PLACES.has(w.lower) || (GIVEN.has(w.lower) && !AMBIGUOUS_GIVEN.has(w.lower)) || COMMON.has(w.lower))
        )
          break;
        if (LEGAL.has(w.text)) break; // the end of an earlier company name
        // A country's or city's possessive before the name: "Japan's Toyota Motor Corp" (not "McDonald's Corp").
        if (isPossessive(w.text) && PLACES.has(stripPossessive(w.text).toLowerCase())) break;
        if (ROLE_ACRONYMS.has(w.text) || ROLES.has(w.lower)) break; // an office: "CFO of Helix Biotech Ltd."
        // A rank or title before a person's given name: "Detective Sergeant Owen Pryce of Gwent Police" (the
        // person is cut off below), not "General Electric Company".
        if (w.cap && TITLES.has(w.lower) && GIVEN.has(toks.get(k + 1)!.lower)) break;
        if (nameOrOrgWord(w)) {
          a = k;
          caps++;
        } else if (CONNECT.has(w.lower) && k > 0 && capWord(toks.get(k - 1)!)) continue;
        else break;
      }
      // A saint's name opens many hospitals, schools and churches: "St. Mary's Hospital".
      if (a > 0 && afterSaint(text, toks, a)) a--;
      // A sentence-initial imperative or article is not part of the name: "Compare Amazon Web Services".
      while (
        a < i &&
        isCommon(toks.get(a)!.text) &&
        (a === 0 || /[.!?\n:]\s*$/.test(text.slice(toks.get(a - 1)!.end, toks.get(a)!.start)))
      ) {
        a++;
        caps--;
        // With the "of" that joined it to the name: "Shares of Siemens Energy".
        while (a < i && CONNECT.has(toks.get(a)!.lower) && !toks.get(a)!.cap) a++;
      }
      // A person "of" the company is not part of its name: "Hiroshi Tanaka of Mitsubishi Corporation".
      const person = personOf(toks, a, i);
      if (person > a) {
        caps -= toks.slice(a, person).filter(nameOrOrgWord).length;
        a = person;
      }
      const names = toks.slice(a, i).filter(capWord);
      // Text in capitals ("LATIN CAPITAL LETTER A" of a Unicode table): one word before an organisation
      // word is too little to tell a name.
      const shouted = !legal && names.length < 2 && ALL_CAPS_WORD.test(t.text);
      if (caps > 0 && !shouted && (legal || !names.every((w) => isCommon(w.text)))) {
        // A place's name before an institution's word is the institution's ("Kyoto University"), over the place.
        const score = legal ? 0.8 : names.length > 1 || INSTITUTIONS.has(t.lower) ? 0.66 : 0.6;
        // The name goes on over "of": "Delft University of Technology", "Royal Infirmary of Edinburgh".
        // Scored as "University of Oslo" is, over the place it holds.
        const b = legal ? i : ofThenCapitals(text, toks, i);
        // Two legal forms in a row are one: "Schmidt Rechtsanwälte PartG mbB".
        const then = toks.get(i + 1);
        if (legal && dottedEnd < 0 && then && LEGAL.has(then.text) && SPACE.test(gap(text, t, then))) {
          push(a, i + 1, score, 'LEGAL_SUFFIX');
          i++;
          continue;
        }
        push(a, b, b > i ? 0.75 : score, legal ? 'LEGAL_SUFFIX' : 'ORG_WORD', dottedEnd);
        continue;
      }
    }

    // "University of Oslo", "Bank of America".
    if (of & O_ORG_OF && t.cap && toks.get(i + 1)?.lower === 'of' && toks.get(i + 2) && capWord(toks.get(i + 2)!)) {
      const b = capitalsFrom(text, toks, i + 2, i + 5);
      push(i, b, 0.75, 'ORG_OF');
      i = b;
      continue;
    }

    // "Banco Santander", "Banco do Brasil", "Banque Populaire", "Caja Rural". Not in text without
    // capitals, where "banco de dados" is a database.
    if (of & O_ORG_FIRST && t.cap && !recased) {
      const b = orgFirstEnd(text, toks, i);
      if (b === -2) continue;
      if (b >= 0) {
        push(i, b, 0.75, 'ORG_OF');
        i = b;
        continue;
      }
    }

    // Firm names made of surnames: "Davis, Reynolds and Williamson", "Henderson, Hicks and Brown".
    // The ", " after the first name is tested on the word bounds before the next words' objects are made.
    if (
      capWord(t) &&
      !(of & O_COMMON) &&
      i + 3 < toks.length &&
      toks.start(i + 1) - t.end === 2 &&
      text.charCodeAt(t.end) === 0x2c &&
      text.charCodeAt(t.end + 1) === 0x20
    ) {
      const a = toks.get(i + 1);
      const and = toks.get(i + 2);
      const c = toks.get(i + 3);
      if (
        a &&
        and &&
        c &&
        text.slice(t.end, a.start) === ', ' &&
        capWord(a) &&
        and.lower === 'and' &&
        SPACE.test(gap(text, a, and)) &&
        SPACE.test(gap(text, and, c)) &&
        capWord(c) &&
        !COMMON.has(c.lower) &&
        // Nor a pronoun's contraction: "Austin, TX and I'm applying".
        !NEVER_NAME.has(c.lower.replace(/['’].*$/, '')) &&
        !(i > 0 && /^,\s*$/.test(gap(text, toks.get(i - 1)!, t))) &&
        // Languages and nationalities: "into German, French and Japanese".
        !(DEMONYMS.has(t.lower) || DEMONYMS.has(a.lower) || DEMONYMS.has(c.lower)) &&
        // Nor a list of places: "covering Tokyo, Kyoto and Osaka".
        [t, a, c].filter((w) => PLACES.has(w.lower)).length < 2 &&
        // Nor of acronyms, which no surname is: "produces ATP, NADH and FADH2", "from Allianz, AXA and Zurich".
        ![t, a, c].some((w) => ACRONYM.test(w.text)) &&
        // Nor of given names alone, which are people: "to Beatriz, Tomás and Inés".
        ![t, a, c].every((w) => GIVEN.has(w.lower)) &&
        // Nor of companies the lists know, which are three: "with Unilever, Nestlé and Siemens".
        ![t, a, c].some((w) => isKnownCompany(w.text))
      ) {
        push(i, i + 3, 0.66, 'FIRM');
        i += 3;
        continue;
      }
    }

    // Described as an organisation: "Coden is a design agency", "Ramsey-Johnson is an Swedish multinational bank",
    // "The Mint office is at", "Acme's headquarters".
    if (
      capWord(t) &&
      !(of & O_COMMON) &&
      (i === 0 || !capWord(toks.get(i - 1)!) || /[.!?:;,\n]/.test(gap(text, toks.get(i - 1)!, t)))
    ) {
      let b = i;
      while (
        toks.get(b + 1) &&
        (capWord(toks.get(b + 1)!) || /^-$/.test(gap(text, toks.get(b)!, toks.get(b + 1)!))) &&
        SPACE_OR_HYPHEN.test(gap(text, toks.get(b)!, toks.get(b + 1)!)) &&
        b - i < 3
      )
        b++;
      // The seven words after the name, read in place rather than copied.
      const after0 = toks.get(b + 1)?.lower;
      const after1 = () => toks.get(b + 2)?.lower; // asked only after "is" / "was"
      let described = (after0 === 'is' || after0 === 'was') && (after1() === 'a' || after1() === 'an');
      if (described) {
        described = false;
        for (let k = b + 3; k < b + 8 && k < toks.length; k++) if (ORG_NOUNS.has(toks.get(k)!.lower)) described = true;
      }
      const office = after0 !== undefined && ORG_PLACES.has(after0);
      if (described || office) {
        push(i, b, described ? 0.66 : 0.62, 'DESCRIBED');
        i = b;
        continue;
      }
      // Two surnames joined by a hyphen, standing alone ("Weber-Santana"), not part of a person's name.
      const before = toks.get(i - 1);
      const next = toks.get(i + 1);
      const parts = b === i && t.text.includes('-') ? t.text.split('-') : [];
      if (
        b === i &&
        parts.length === 2 &&
        !HYPHENATED_WORDS.has(t.lower) &&
        !NUMBER_LABEL_ENDS.has(parts[1]!.toLowerCase()) &&
        !isCompoundGivenName(t.lower) &&
        // Nor a place's name the lists know: "Baden-Baden".
        !PLACES.has(t.lower) &&
        parts.every((p) => TITLE_CASE.test(p) && !COMMON.has(p.toLowerCase())) &&
        !(before && capWord(before) && SPACE.test(gap(text, before, t))) &&
        !(next && capWord(next) && SPACE.test(gap(text, t, next)))
      ) {
        // A saint's name is a place's ("Санкт-Петербурге", St Petersburg declined; "Saint-Nazaire").
        if (SAINT_PIECES.has(parts[0]!.toLowerCase()))
          out.push({
            start: t.start,
            end: t.end,
            type: 'LOCATION',
            subtype: 'HYPHENATED',
            score: 0.58,
            source: 'pattern',
          });
        else push(i, i, 0.58, 'HYPHENATED');
        continue;
      }
    }

    // Employment context: "works at Zillow", "joined Acme", "support Factset in".
    const cues = i > 0 ? CONTEXT_BY_LAST.get(toks.get(i - 1)!.lower) : undefined;
    for (const seq of cues ?? []) {
      if (i < seq.length || !capWord(t) || of & O_COMMON) break;
      // A number's label in capitals, the number after it: "Employer EIN 12-3456789".
      if (/^[A-Z]{2,4}$/.test(t.text) && /^[ \t]*[:#]?[ \t]*\d/.test(text.slice(t.end, t.end + 4))) break;
      let ok = true;
      for (let k = 0; k < seq.length; k++) if (toks.get(i - seq.length + k)!.lower !== seq[k]) ok = false;
      if (!ok || !SPACE.test(gap(text, toks.get(i - 1)!, t))) continue;
      const b = capitalsFrom(text, toks, i, i + 3);
      push(i, b, 0.62, 'CONTEXT');
      break;
    }
  }
  saintsInstitutions(text, out);
  elidedOrgFirst(text, toks, recased, out);
  knownCompanies(text, toks, out);
  return out;
}

/**
 * A saint's name in the possessive names a hospital, school or church even without the word:
 * "admitted to St. Luke's", "she teaches at St Mary's", with the words that say which when they follow
 * ("St. Catherine's Medical Center"). A person is never so named; a feast is ("St. Patrick's Day").
 */
const SAINTS_INSTITUTION =
  /(?<![\p{L}\p{N}])(?:St\.?|Ste\.?|Saint)[ \t]+\p{Lu}\p{Ll}+['’]s(?![\p{L}\p{N}])(?![ \t]+(?:Day|Eve|Night|Feast|Mass)\b)(?:[ \t]+(?:(?:Medical|Health|Regional|Memorial|General|Community|Catholic|Children['’]s|High|Grammar|Primary|Secondary|Parish)[ \t]+){0,2}(?:Hospital|Infirmary|Clinic|Church|Cathedral|Basilica|Chapel|Abbey|College|School|Academy|Primary|University|Center|Centre|Hospice)\b)?/gu;

function saintsInstitutions(text: string, out: Candidate[]): void {
  if (!text.includes('S')) return;
  for (const m of allMatches(SAINTS_INSTITUTION, text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'ORG',
      subtype: 'SAINT',
      score: 0.7,
      source: 'pattern',
    });
  }
}

/**
 * The body a person the rules found is "of": "Vilma Holm of Here is the CEO of the year", "Dr. Ana Ruiz of
 * Mercy Health". Only after a name of two words or more, and not a place the lists know ("Jane Doe of
 * London"), one common word or a phrase opened by an article ("John Smith of The …").
 */
const DETERMINER_FIRST = /^(?:The|A|An|This|That|These|Those|My|Our|Your|His|Her|Their|Its)$/;
const OF_BODY = /^[ \t]+of[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3})/u;

export function affiliationsOfPersons(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of found) {
    if (p.type !== 'PERSON' || p.source === 'ner' || !/\S[ \t]+\S/.test(text.slice(p.start, p.end))) continue;
    const m = OF_BODY.exec(text.slice(p.end, p.end + 64));
    if (!m) continue;
    const body = m[1]!;
    const words = body.split(/[ \t]+/).filter((w) => w !== '&');
    if (PLACES.has(body.toLowerCase()) || PLACES.has(words[0]!.toLowerCase())) continue;
    // Nor a word alone ("of Here is the CEO") nor one after an article ("of The Times" is the model's).
    if ((words.length === 1 && isCommon(words[0]!)) || DETERMINER_FIRST.test(words[0]!)) continue;
    // Possessive or case ending: "of Nomura's board" is still Nomura.
    const start = p.end + m[0].length - body.length;
    const end = start + stripPossessive(body).length;
    out.push({ start, end, type: 'ORG', subtype: 'AFFILIATION', score: 0.6, source: 'pattern' });
  }
  return out;
}

export const ORG_RECOGNIZER: Recognizer = {
  name: 'org-context',
  types: ['ORG', 'LOCATION'],
  detect: caseAware(orgDetect),
};
