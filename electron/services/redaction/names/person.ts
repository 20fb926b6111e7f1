// PERSON by context: titles, self-introductions, form fields, greetings and signatures, role
// words, a given-name gazetteer, e-mail local parts and repeated mentions of a found name.
import { PLACES, WELL_KNOWN_PLACES } from '../location/lexicon';
import { caseAware, WORD_SURNAMES } from './caseless';
import { isFormLabel } from '../fields/keys';
import { isOrgNameWord, legalFormAt } from './org';
import { allMatches, matchesVia } from '../fast-scan';
import type { Candidate, Recognizer } from '../types';
import { append } from '../append';
import { caseParties } from './case-citation';
import { referenceAuthors } from './reference-authors';
import {
  afterSaint,
  AMBIGUOUS_GIVEN,
  CASE_ENDING,
  COMMON,
  GIVEN,
  isCommon,
  isCompoundGivenName,
  DEMONYMS,
  fold,
  isInitial,
  isPossessive,
  nameEnd,
  nameShaped,
  NEVER_NAME,
  OTHER_GREETINGS,
  OTHER_JOB_TITLES,
  OTHER_KIN,
  OTHER_ROLES,
  TITLES,
  PARTICLES,
  stripPossessive,
  tokenize,
  tokenizeFlat,
  type Token,
  type Tokens,
  TOK_CAP,
  TOK_GLUED,
} from './lexicon';

/** A booking's words before "under": "a table for two under Nakamura", "the reservation is under Okafor". */
const BOOKING_BEFORE = /\b(?:table|reservation|reserved|booking|booked|book|room|order)\b[^.!?\n]*$/i;

/** What follows a surname that names a whole family: "the Okafor family", "the Nguyen household". */
const FAMILY_WORDS = new Set(['family', "family's", 'family’s', 'families', 'household', 'clan', 'twins']);
/** Words that say what kind of family it is, capitalised in a title or a headline: "the Royal Family". */
const FAMILY_KINDS = new Set(
  (
    'royal imperial holy first nuclear crime host extended whole entire same presidential blended single foster ' +
    'adoptive happy average typical modern big little new old dysfunctional human young'
  ).split(' '),
);

/** The last word of a holiday's or an observance's name: "German Unity Day", "Martin Luther King Day". */
const HOLIDAY_WORDS = new Set(['day', 'eve', 'week', 'month']);

/** A title that is no ordinary word ("dr", "frau", "mrs"; not "major"), lower case. */
export const isPlainTitle = (lower: string): boolean => TITLES.has(lower) && !WEAK_TITLES.has(lower);

/**
 * A job's word after a title that also names jobs: "Nurse Practitioner", "Chief Administrator", "Officer
 * Trainee" (the lists of common words lack these).
 */
const JOB_AFTER_TITLE =
  /^(?:practitioner|educator|specialist|coordinator|administrator|navigator|technician|assistant|consultant|trainee|apprentice|aide|midwife|anaesthetist|anesthetist|executive|liaison|registrar)s?$/;
const isJobWord = (lower: string): boolean => ROLE_WORDS.has(lower) || JOB_AFTER_TITLE.test(lower);

/** Titles that are also ordinary words: only before a capitalised word on the same line with a period or a name-shape. */
const WEAK_TITLES = new Set(
  (
    'father sister general major president officer agent nurse judge justice gov rep sen det fr hr pan ing professor ' +
    'bà ông chief ' +
    'reverend captain capt sergeant lieutenant colonel governor senator mayor detective lady lord dame inspector constable ' +
    'coach pc wpc pcso supt'
  ).split(' '),
);

/**
 * Titles of an office or a rank, which text without capitals still puts before a surname ("email professor
 * hartmann"); not those that also open places' and things' names ("lady frere", "general motors").
 */
const OFFICE_TITLES = new Set(
  (
    'professor detective inspector constable officer nurse coach judge senator governor mayor captain sergeant ' +
    'lieutenant colonel reverend'
  ).split(' '),
);

/** Titles that also name things ("PC Gamer", "Supt. report"): only before a known given name ("PC Owen Pryce"). */
const GIVEN_AFTER = new Set(['pc', 'wpc', 'pcso', 'supt']);

/** Family, of the role words below: the one word after them is a name even without "my" ("Wife Keiko", "son Tom"). */
const KIN = (
  'wife husband son daughter brother sister mother father mom dad uncle aunt cousin grandmother grandfather ' +
  'grandma grandpa granny grandad granddad auntie aunty fiancé fiance fiancée girlfriend boyfriend kid child baby ' +
  'grandson granddaughter nephew niece stepson stepdaughter'
)
  .split(' ')
  .concat(OTHER_KIN);

/** Words before a name that say who the person is. */
const ROLE_WORDS = new Set(
  (
    'producer director singer actor actress author writer ceo cto cfo coo founder cofounder manager president chairman ' +
    'secretary colleague friend boss supervisor assistant doctor lawyer attorney teacher professor student patient ' +
    'customer client employee tenant landlord neighbor neighbour partner starring featuring ' +
    'guitarist drummer bassist vocalist rapper composer artist poet novelist journalist reporter editor coach player ' +
    'minister senator governor mayor judge detective officer agent nurse dentist therapist inspector constable sergeant ' +
    'caller applicant resident claimant passenger spouse roommate flatmate coworker teammate caregiver guardian ' +
    'physician surgeon pharmacist witness suspect victim defendant plaintiff interviewer intern volunteer ' +
    // Trades and office jobs that open a line before a name ("Contractor Lars Østergaard", "adjuster Maribel Ortiz").
    'consultant contractor engineer developer analyst accountant architect designer technician recruiter auditor ' +
    'adjuster cashier clerk courier mechanic electrician plumber paralegal receptionist'
  )
    .split(' ')
    .concat(KIN, OTHER_ROLES, OTHER_JOB_TITLES),
);

/** Kin, and "mum", which opens no name as a role word (it is no key of ROLE_WORDS). */
const KIN_WORDS = new Set([...KIN, 'mum']);

const OWNER = /^(?:my|his|her|our|their|your)$/;

/** Roles only a person holds, named after a comma: "her manager, Will Turner" (not "our client, Acme Corp"). */
const APPOSITIVE_ROLES = new Set([
  ...KIN_WORDS,
  ...'colleague friend boss manager supervisor assistant secretary neighbor neighbour coach teacher doctor lawyer attorney dentist therapist nurse'.split(
    ' ',
  ),
]);

/**
 * True when token i follows "my/her/… role, " (`g` the gap before it), the role one that only a person
 * holds and token i a known given name, also one that is a word ("Will", "Grace").
 */
function appositive(toks: Tokens, i: number, g: string): boolean {
  if (!/^,[ \t]{1,2}$/.test(g)) return false;
  const role = toks.get(i - 1);
  const owner = toks.get(i - 2);
  return (
    !!role &&
    !!owner &&
    APPOSITIVE_ROLES.has(role.lower) &&
    OWNER.test(owner.lower) &&
    !!(wordFlags(toks.get(i)!) & W_GIVEN_ANY)
  );
}

/** Form labels whose value is a person: "Name: X", "Patient: X". */
const FIELD_LABELS = [
  ['name'],
  ['full', 'name'],
  ['first', 'name'],
  ['last', 'name'],
  ['surname'],
  ['family', 'name'],
  ['given', 'name'],
  ['patient'],
  ['patient', 'name'],
  ['customer'],
  ['customer', 'name'],
  ['client'],
  ['client', 'name'],
  ['employee'],
  ['employee', 'name'],
  ['contact'],
  ['contact', 'person'],
  ['applicant'],
  ['account', 'holder'],
  ['cardholder'],
  ['card', 'holder'],
  ['beneficiary'],
  ['recipient'],
  ['sender'],
  ['author'],
  ['signed', 'by'],
  ['directed', 'by'],
  ['written', 'by'],
  ['produced', 'by'],
  ['attn'],
  ['attention'],
  ['passenger'],
  ['guest'],
  ['tenant'],
  // The parties of a lease, a sale, a loan, a claim or a policy; who a ticket or a trip is for.
  ['landlord'],
  ['landlady'],
  ['lessor'],
  ['lessee'],
  ['buyer'],
  ['seller'],
  ['borrower'],
  ['lender'],
  ['guarantor'],
  ['claimant'],
  ['plaintiff'],
  ['defendant'],
  ['insured'],
  ['policyholder'],
  ['policy', 'holder'],
  ['subscriber'],
  ['guardian'],
  ['parent'],
  ['student'],
  ['caller'],
  ['requester'],
  ['traveler'],
  ['traveller'],
  ['attendee'],
  ['participant'],
  ['candidate'],
  ['owner'],
  ['spouse'],
  ['emergency', 'contact'],
  ['next', 'of', 'kin'],
  ['doctor'],
  ['physician'],
  ['witness'],
  ['signature'],
  ['prepared', 'by'],
  ['approved', 'by'],
  ['reviewed', 'by'],
  ['requested', 'by'],
  ['assigned', 'to'],
  ['cc'],
];

/** The one-word labels of FIELD_LABELS. */
const FIELD_WORDS = new Set(FIELD_LABELS.filter((seq) => seq.length === 1).map((seq) => seq[0]!));

const SIGN_OFFS = [
  ['regards'],
  ['kind', 'regards'],
  ['best', 'regards'],
  ['warm', 'regards'],
  ['sincerely'],
  ['yours', 'sincerely'],
  ['yours', 'truly'],
  ['best'],
  ['best', 'wishes'],
  ['cheers'],
  ['thanks'],
  ['thank', 'you'],
  ['many', 'thanks'],
  ['respectfully'],
  ['warmly'],
  ['love'],
  ['cordially'],
  ['mit', 'freundlichen', 'grüßen'],
  ['cordialement'],
  ['saludos'],
  ['atentamente'],
  ['groeten'],
  ['met', 'vriendelijke', 'groet'],
];

const GREETINGS = new Set([
  'dear',
  'hi',
  'hello',
  'hey',
  'hiya',
  'greetings',
  'liebe',
  'lieber',
  'hallo',
  'bonjour',
  'cher',
  'chère',
  'hola',
  'querido',
  'querida',
  'ciao',
  'caro',
  'cara',
  'estimado',
  'estimada',
  'prezado',
  'prezada',
  'geachte',
  'olá',
  'hoi',
  'hej',
  'moin',
  'servus',
  'salut',
  'coucou',
  'buongiorno',
  'bonsoir',
  // Wishes that open a message to someone: "Congrats Anna!"
  'congrats',
  'congratulations',
  ...OTHER_GREETINGS,
]);

/**
 * Whom letters are addressed to when it is not a person ("Dear Hiring Manager", "Hi Team",
 * "Dear Valued Customer", "Mr President"): a run holding one of these, or followed by one, is no name.
 */
const ADDRESSEES = new Set(
  (
    'team teams everyone everybody all folks guys colleague colleagues customer customers client clients ' +
    'friend friends member members committee board manager managers hiring recruiter recruiters sir sirs ' +
    'madam madame valued support staff department office admissions editor editors reviewer reviewers ' +
    'applicant applicants candidate candidates partner partners user users reader readers parent parents ' +
    'student students president chairman chairwoman chair speaker secretary ambassador mayor governor ' +
    'minister director officer representative agent administrator admin owner landlord tenant neighbour ' +
    'neighbor community family respected esteemed valued ' +
    // the assistant the prompt is written to ("Hi ChatGPT,")
    'chatgpt gpt copilot siri alexa bard gemini assistant bot ai'
  ).split(' '),
);

/** The run, or the word one space after it, names a role or a group rather than a person. */
function addressesRole(text: string, toks: Tokens, r: Run | undefined): boolean {
  if (!r) return false;
  for (let k = r.first; k <= r.last; k++) if (ADDRESSEES.has(toks.get(k)!.lower)) return true;
  const next = toks.get(r.last + 1);
  return !!next && ADDRESSEES.has(next.lower) && SINGLE_SPACE.test(gap(text, toks.get(r.last)!, next));
}

/** Verbs after a name that mark it as a person. */
const PERSON_VERBS = new Set(
  (
    'said says told tells explained explains wrote writes asked asks replied replies answered added noted ' +
    'recalled remembers remembered lives lived grew spent flew moved married sang sings listed called thinks ' +
    'believes wants wanted needs needed likes loved loves hates felt feels was is has had will shouted smiled ' +
    'laughed cried died killed sued joined left arrived visited met began begins started starts'
  ).split(' '),
);
/** Verbs whose subject is a person: they make a name that is also a word a name. */
const SPEAKS = new Set(
  'said says told tells explained wrote writes asked asks replied replies answered called calls emailed texted mentioned smiled laughed'.split(
    ' ',
  ),
);
/** Works named after their author or performer. */
const WORKS = new Set(
  'novel novels book books song songs album albums film films movie movies concert concerts version interview quote quotes poem poems play painting paintings biography memoir lyrics tour fan fans'.split(
    ' ',
  ),
);
const SPEECH_VERBS = new Set(
  'says said asked asks replied replies added adds explained explains wrote writes'.split(' '),
);
/** Of PERSON_VERBS, those too common to back a name on their own (need a gazetteer first name). */
const WEAK_VERBS = new Set([
  'was',
  'is',
  'has',
  'had',
  'likes',
  'loves',
  'wants',
  'needs',
  'wanted',
  'needed',
  'called',
]);

const SINGLE_SPACE = /^[ \t\u00a0]{1,3}$/;
// Unicode regexes live at module level: some TS runners rebuild a \p{..} literal at every call.
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
const SPEAKER_COLON = /^[ \t]*:[ \t]*["“']?\p{Lu}/u;
const SPEAKER_WORD = /^[ \t]*:[ \t]*["“']?([\p{L}'’]+)/u;
/** What ends a sign-off's name on its own line, or after "Thanks, " on a line: the line's end, a closing quote. */
const SIGNATURE_LINE_END = /^[ \t]*["”’')\]]?[ \t]*(\r?\n|$|,)/;
const SIGNATURE_END = /^[ \t]*[.!]?["”’')\]]?[ \t]*(\r?\n|$)/;
/** Chat's words that the word lists lack: "Ahmed: hi ur order is delayed". */
const CHAT_OPENERS = new Set(['hi', 'hey', 'hiya', 'ok', 'okay', 'yo', 'lol', 'ur', 'pls', 'plz', 'thx', 'im', 'u']);
/** The first word spoken after a label's colon, if any. */
const spokenWord = (text: string, t: Token): string | undefined =>
  SPEAKER_WORD.exec(text.slice(t.end, t.end + 30))?.[1];
/** The first word after a label's colon is one of chat's own, in lower case. */
function chatAfter(text: string, t: Token): boolean {
  const w = spokenWord(text, t);
  return w !== undefined && CHAT_OPENERS.has(w);
}
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** Only spaces and tabs (or empty). */
function isBlankRun(s: string): boolean {
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** The last words of the self-introduction cues of rule 2. */
const INTRO_LAST_WORDS = new Set([
  'is',
  "name's",
  'me',
  'named',
  'called',
  'heiße',
  "m'appelle",
  'llamo',
  'chiamo',
  'się',
  'heet',
  "i'm",
  'i’m',
  'am',
  "it's",
  // Chat spellings without the apostrophe: "hi its Jessica from accounts", "im Dave here".
  'its',
  'im',
]);

interface Run {
  first: number;
  last: number;
}

/**
 * A particle inside a name ("Maria de Jesus", "Juan de Marco") makes a given name after it part of
 * a surname. After a lower-case word it is a preposition: "en nombre de Carlos Ruiz" (on behalf of).
 */
const LOWER_WORD = /^\p{Ll}+$/u;
function particleInName(text: string, toks: Tokens, p: number): boolean {
  const before = toks.get(p - 1);
  const preposition = !!before && LOWER_WORD.test(before.text) && SINGLE_SPACE.test(gap(text, before, toks.get(p)!));
  return !preposition;
}

/**
 * The name starting at token i: name-shaped words, initials ("M." / "J") and particles
 * ("van", "de") on one line separated by spaces; at most five words.
 */
function nameRun(text: string, toks: Tokens, i: number, allowCommonFirst = true, titled = false): Run | undefined {
  const t0 = toks.get(i);
  if (!t0 || !nameShaped(t0)) return undefined;
  if (!allowCommonFirst && wordFlags(t0) & W_COMMON) return undefined;
  let last = i;
  for (let j = i + 1; j < toks.length && j - i < 5; j++) {
    const prev = toks.get(j - 1)!;
    const t = toks.get(j)!;
    const g = gap(text, prev, t);
    const afterInitial = isInitial(prev) && /^\.?[ \t]{1,2}$/.test(g);
    if (!SINGLE_SPACE.test(g) && !afterInitial) break;
    // "Anna M. Then we left": a common word after an initial's period opens the next sentence.
    if (afterInitial && g.startsWith('.') && (NEVER_NAME.has(t.lower) || SENTENCE_OPENERS.has(t.lower))) break;
    if (isPossessive(prev.text)) break; // "Meza's song": the name ended
    // Nor does a name go on after a Turkish case ending: "Ahmet Yıldız'ın İzmir'deki adresi".
    if (CASE_ENDING.test(prev.text)) break;
    if (isInitial(t)) {
      last = j;
      continue;
    }
    if (PARTICLES.has(t.lower)) {
      // One or two particles, then a name: "de Souza", "de la Cruz", "van der Berg".
      let n = j + 1;
      const second = toks.get(n);
      if (second && PARTICLES.has(second.lower) && SINGLE_SPACE.test(gap(text, t, second))) n++;
      const name = toks.get(n);
      if (name && nameShaped(name) && SINGLE_SPACE.test(gap(text, toks.get(n - 1)!, name))) {
        j = n - 1;
        continue;
      }
    }
    if (!nameShaped(t)) break;
    // The next field's label on the same line, an ordinary word and its colon: "To: Marco Rossi Subject: …"
    // (not "Anna Berg: thanks", a chat's speaker).
    if (LABEL_COLON.test(text.slice(t.end, t.end + 2)) && (wordFlags(t) & W_COMMON || isFormLabel(t.text))) break;
    if (wordFlags(t) & W_STOP) {
      // After a title, a surname that is also such a word ends the name: "Mrs. Evelyn Park (…)",
      // "Mr. John Hill said"; not "Dr. Anna Berg Park Clinic".
      const next = toks.get(j + 1);
      const goesOn = !!next && nameShaped(next) && SINGLE_SPACE.test(gap(text, t, next));
      if (titled && SURNAME_STOPS.has(t.lower) && !goesOn) last = j;
      break;
    }
    last = j;
  }
  // A generation's numeral ends a name of two words or more: "Gerald P. Whitmore III".
  const numeral = toks.get(last + 1);
  if (last > i && numeral && GENERATION.test(numeral.text) && SINGLE_SPACE.test(gap(text, toks.get(last)!, numeral)))
    return { first: i, last: last + 1 };
  // An initial cannot end a name ("Anna M" then a new sentence), except one surname's initial with its
  // period before a comma, a bracket, a lower-case word or the end: "- Tiffany R., Scranton".
  const end = last;
  while (last > i && isInitial(toks.get(last)!)) last--;
  if (end === last + 1 && SURNAME_INITIAL_END.test(text.slice(toks.end(end), toks.end(end) + 3)))
    return { first: i, last: end };
  return { first: i, last };
}

const GENERATION = /^(?:II|III|IV)$/;

/** Words of STOP_CONTINUATION that are also common surnames ("Park", "Hill", "West"). */
const SURNAME_STOPS = new Set(
  'park hill hall house church bridge lake street lane little west north south east'.split(' '),
);

/** A number after "Jan": a date's ("Jan 2024", "Jan. 5th", "Jan-Mar"). */
const JAN_DATE_AFTER = /^\.?[ \t-]*\d/;

/** Words that open a sentence and are no surname ("Anna M. Then we left"); NEVER_NAME has the rest. */
const SENTENCE_OPENERS = new Set(
  'then later after afterwards so when if now also still yet soon next finally'.split(' '),
);

const SURNAME_INITIAL_END = /^\.(?:[,;:)\]]|[ \t]*(?:\r?\n|$)|[ \t]+\p{Ll})/u;

/** Capitalised words that end a name: places and things that follow names in titles. */
const STOP_CONTINUATION = new Set(
  (
    'street st road rd avenue ave lane drive boulevard way court place square terrace park gardens hill bridge river ' +
    'lake mount center centre hall house building tower station airport hospital clinic university college school ' +
    'church museum library theatre theater stadium hotel restaurant cafe bar club orchestra band inc ltd llc corp ' +
    'elementary academy kindergarten preschool gymnasium lyceum cathedral mosque synagogue ' +
    'co company group bank foundation institute association society council committee department ministry agency ' +
    'city county state province country island islands valley beach bay coast north south east west northern ' +
    'southern eastern western new old great little upper lower saint san santa'
  ).split(' '),
);

/** Places and institutions named after someone: "Roosevelt Elementary", "Kennedy Airport". */
const BUILDINGS = new Set(
  (
    'street road avenue lane drive boulevard square park bridge airport station center centre hall house building ' +
    'tower hospital clinic university college school elementary academy church cathedral museum library theatre ' +
    'theater stadium arena hotel institute foundation'
  ).split(' '),
);

/** A run of two or more words that is a known place as a whole: "Belo Horizonte", "San Jose". */
function isPlaceName(toks: Tokens, r: Run): boolean {
  if (r.last === r.first) return false;
  let name = toks.get(r.first)!.lower;
  for (let k = r.first + 1; k <= r.last; k++) name += ' ' + toks.get(k)!.lower;
  return PLACES.has(name);
}

/** The run is followed by a capitalised building word, so it names the building, not a person. */
function namesBuilding(text: string, toks: Tokens, r: Run): boolean {
  const next = toks.get(r.last + 1);
  return !!next && next.cap && BUILDINGS.has(next.lower) && SINGLE_SPACE.test(gap(text, toks.get(r.last)!, next));
}

function runSpan(text: string, toks: Tokens, r: Run): { start: number; end: number } {
  return { start: toks.get(r.first)!.start, end: nameEnd(toks.get(r.last)!) };
}

function lowerSeqBefore(toks: Tokens, i: number, seq: readonly string[]): boolean {
  if (i < seq.length) return false;
  for (let k = 0; k < seq.length; k++) if (toks.get(i - seq.length + k)!.lower !== seq[k]) return false;
  return true;
}

/** A given name that is not also a place ("Florence", "London" need a surname). */
const givenName = (t: Token) => (wordFlags(t) & W_GIVEN) !== 0;

/**
 * Every word of the run is a common word and none is a given name, or the run is one compound of
 * such words and software terms ("web-frontend", "api-gateway" of a config's `name:`).
 */
function allCommonWords(toks: Tokens, r: Run): boolean {
  if (r.first === r.last) {
    const parts = toks.get(r.first)!.lower.split(/[-_]/);
    if (parts.length > 1 && parts.every((p) => SOFTWARE_PARTS.has(p) || (COMMON.has(p) && !GIVEN.has(p)))) return true;
  }
  for (let k = r.first; k <= r.last; k++) {
    const f = wordFlags(toks.get(k)!);
    if (!(f & W_COMMON) || f & W_GIVEN_ANY) return false;
  }
  return true;
}

/** Two words or more, all common (also inflected) and none a given name: a department ("Accounts Payable"). */
function department(toks: Tokens, r: Run): boolean {
  if (r.last === r.first) return false;
  for (let k = r.first; k <= r.last; k++) {
    const t = toks.get(k)!;
    if (!(isCommon(t.text) || DEPARTMENT_WORDS.has(t.lower)) || wordFlags(t) & W_GIVEN_ANY) return false;
  }
  return true;
}
/** Words of departments the common-word list lacks. */
const DEPARTMENT_WORDS = new Set(['payable', 'receivable', 'procurement', 'payroll', 'compliance', 'logistics']);

/** Words of service and component names that no dictionary of common English words holds. */
const SOFTWARE_PARTS = new Set(
  (
    'api web frontend backend server app db cache proxy cron job auth admin billing svc ui ux cli sdk etl ml ai ' +
    'dev prod staging stage qa test tests infra ops k8s lambda redis postgres mysql kafka nginx node worker v1 v2'
  ).split(' '),
);

// Facts about a word that the rules ask again and again (each a set lookup or a regex): found
// once per distinct word text and kept as bits.
const W_COMMON = 1; // COMMON.has(lower)
const W_IS_COMMON = 2; // isCommon(text)
const W_GIVEN = 4; // given name, not a well-known place (possessive stripped)
const W_GIVEN_ANY = 8; // GIVEN or AMBIGUOUS_GIVEN (possessive stripped)
const W_PLACE = 16; // PLACES.has(lower)
const W_STOP = 32; // STOP_CONTINUATION.has(lower)
const W_DEMONYM = 64; // DEMONYMS.has(lower)
const W_LOWER_UPPER = 128; // LOWER_UPPER.test(text)
const W_GIVEN_EXACT = 256; // GIVEN.has(lower)
const wordCache = new Map<string, number>();

function wordFlags(t: Token): number {
  if (t.facts !== undefined) return t.facts;
  const text = t.text;
  let f = wordCache.get(text);
  if (f === undefined) {
    const lower = t.lower;
    const w = stripPossessive(lower);
    f =
      (COMMON.has(lower) ? W_COMMON : 0) |
      (isCommon(text) ? W_IS_COMMON : 0) |
      ((GIVEN.has(w) && !WELL_KNOWN_PLACES.has(w)) || isCompoundGivenName(w) ? W_GIVEN : 0) |
      (GIVEN.has(w) || AMBIGUOUS_GIVEN.has(w) || isCompoundGivenName(w) ? W_GIVEN_ANY : 0) |
      (PLACES.has(lower) ? W_PLACE : 0) |
      (STOP_CONTINUATION.has(lower) ? W_STOP : 0) |
      (DEMONYMS.has(lower) ? W_DEMONYM : 0) |
      (LOWER_UPPER.test(text) ? W_LOWER_UPPER : 0) |
      (GIVEN.has(lower) ? W_GIVEN_EXACT : 0);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(text, f);
  }
  return (t.facts = f);
}

/** Indices of the name-shaped tokens, memoised for the last token list (tokenize() memoises too). */
function shapedIndices(toks: Tokens): number[] {
  if (toks !== shapedFor) {
    shapedIdx = [];
    // nameShaped() needs a capital and no glue: tested on the flags before making the token object.
    for (let i = 0; i < toks.length; i++)
      if ((toks.flags(i) & (TOK_CAP | TOK_GLUED)) === TOK_CAP && nameShaped(toks.get(i)!)) shapedIdx.push(i);
    shapedFor = toks;
  }
  return shapedIdx;
}
let shapedFor: Tokens | undefined;
let shapedIdx: number[] = [];

/**
 * A product's or company's way of writing one word: a capital inside it after two or more small letters
 * ("SendGrid", "PayPal", "YouTube"). Names put one there after a prefix: "DeShawn", "McDonald",
 * "LaToya", "MacArthur", "FitzGerald", "VanDyke".
 */
function brandCased(word: string): boolean {
  const m = INNER_CAPITAL.exec(word);
  return !!m && !NAME_PREFIXES.has(word.slice(0, m[1]!.length + 1).toLowerCase());
}
// At module level: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const INNER_CAPITAL = /^\p{Lu}(\p{Ll}{2,})\p{Lu}\p{Ll}/u;
const NAME_PREFIXES = new Set(['mac', 'van', 'von', 'fitz', 'del', 'della', 'dos', 'das']);

function personDetect(text: string, recased = false): Candidate[] {
  const toks = tokenize(text);
  const out: Candidate[] = [];
  const add = (r: Run | undefined, score: number, subtype: string) => {
    if (!r) return;
    // A leading initial belongs to the name: "F. Scott Fitzgerald".
    const before = toks.get(r.first - 1);
    if (before && isInitial(before) && /^\.[ \t]{1,2}$/.test(gap(text, before, toks.get(r.first)!)))
      r = { first: r.first - 1, last: r.last };
    const { start, end } = runSpan(text, toks, r);
    if (end > start) out.push({ start, end, type: 'PERSON', subtype, score, source: 'pattern' });
  };

  const shaped = shapedIndices(toks);
  // Every rule below adds a name starting at t (nameRun() needs a name-shaped word), so only
  // name-shaped words, a small part of the text, are visited; i may jump over a name read.
  let i = -1;
  for (const k of shaped) {
    if (k <= i) continue;
    i = k;
    const t = toks.get(i)!;
    const wf = wordFlags(t);
    const prev = toks.get(i - 1);
    const g = prev ? gap(text, prev, t) : '';
    // Rules 2b, 3 and 5 need a "?", ":", "：" or line break in the gap: most gaps are blanks only.
    const blankGap = isBlankRun(g);

    // 1. Title or honorific: "Mr. Leiva", "Dr Anna Berg", "Frau Müller".
    if (
      prev &&
      TITLES.has(prev.lower) &&
      /^\.?[ \t]{1,3}$/.test(g) &&
      // A period after a title that is a whole word ends a sentence: "...the Senior Officer. Vehicle VIN".
      (g[0] !== '.' || prev.text.length <= 4 || prev.lower === 'sigra' || prev.lower === 'dottssa') &&
      isTitleUse(text, toks, i - 1)
    ) {
      // Titles in a row ("Hon. Justice Ngozi Okonjo"): the name starts after the last.
      if (TITLES.has(t.lower) && nameShaped(toks.get(i + 1) ?? t) && /^\.?[ \t]{1,3}$/.test(gapAfter(text, toks, i)))
        continue;
      const weak = WEAK_TITLES.has(prev.lower) && !g.startsWith('.');
      const r = nameRun(text, toks, i, true, true);
      if (
        (!weak || weakTitleOpens(prev, t, wf, recased)) &&
        (!GIVEN_AFTER.has(prev.lower) || wf & W_GIVEN) &&
        !addressesRole(text, toks, r)
      )
        add(r, weak ? 0.7 : 0.82, 'TITLE');
      continue;
    }

    // 1a. A title, then initials, then the surname: "Dr. A. K. Singh", "Prof. J. R. Smith". Only the
    // surname is a name-shaped word, so the rule is asked there and walks back over the initials.
    if (prev && isInitial(prev) && /^\.[ \t]{1,2}$/.test(g)) {
      let first = i - 1;
      while (first > 0) {
        const p = toks.get(first - 1)!;
        if (!isInitial(p) || !/^\.[ \t]{0,2}$/.test(gap(text, p, toks.get(first)!))) break;
        first--;
      }
      const title = toks.get(first - 1);
      const tg = title ? gap(text, title, toks.get(first)!) : '';
      // A title that is also a word counts when capitalised: "Officer J. Ramirez", "Capt. A. B. Cole".
      const titled = title && TITLES.has(title.lower) && (!WEAK_TITLES.has(title.lower) || isUpperTitle(title));
      if (titled && /^\.?[ \t]{1,3}$/.test(tg)) {
        const r = nameRun(text, toks, i, true, true);
        if (r) {
          add({ first, last: r.last }, 0.82, 'TITLE');
          i = r.last;
          continue;
        }
      }
    }

    // 1b. French "M." (Monsieur): "le dossier de M. Lefèvre". Not a middle initial ("Anna M. Berg"):
    // the word before it is no capitalised name.
    if (prev && prev.text === 'M' && /^\.[ \t]{1,2}$/.test(g) && nameShaped(t) && !(wf & W_IS_COMMON)) {
      const before = toks.get(i - 2);
      const r = nameRun(text, toks, i);
      if (r && (!before || !nameShaped(before) || !SINGLE_SPACE.test(gap(text, before, prev)))) {
        // Pushed as is: add() would take the "M." in as a leading initial.
        out.push({ ...runSpan(text, toks, r), type: 'PERSON', subtype: 'TITLE', score: 0.75, source: 'pattern' });
        continue;
      }
    }

    // 2. Self-introduction: "my name is X", "I'm X", "call me X", "this is X from".
    // A known first name after "it's me," as a message opens: "Hey it's me, Marguerite — new number…".
    if (
      prev &&
      prev.lower === 'me' &&
      wf & W_GIVEN &&
      /^,[ \t]{1,2}$/.test(g) &&
      (lowerSeqBefore(toks, i, ["it's", 'me']) ||
        lowerSeqBefore(toks, i, ['it’s', 'me']) ||
        lowerSeqBefore(toks, i, ['it', 'is', 'me']))
    ) {
      const r = nameRun(text, toks, i);
      if (r) {
        add(r, 0.78, 'INTRODUCTION');
        i = r.last;
        continue;
      }
    }
    // Every cue of rule 2 ends in a word of INTRO_LAST_WORDS: a set lookup rules out the rest.
    if (prev && INTRO_LAST_WORDS.has(prev.lower) && /^[ \t]{1,3}$/.test(g) && nameShaped(t)) {
      if (
        lowerSeqBefore(toks, i, ['name', 'is']) ||
        lowerSeqBefore(toks, i, ["name's"]) ||
        lowerSeqBefore(toks, i, ['call', 'me']) ||
        lowerSeqBefore(toks, i, ['named']) ||
        (lowerSeqBefore(toks, i, ['called']) && toks.get(i - 2)?.lower === 'is') ||
        lowerSeqBefore(toks, i, ['ich', 'heiße']) ||
        lowerSeqBefore(toks, i, ["m'appelle"]) ||
        lowerSeqBefore(toks, i, ['llamo']) ||
        lowerSeqBefore(toks, i, ['chiamo']) ||
        lowerSeqBefore(toks, i, ['nazywam', 'się']) ||
        lowerSeqBefore(toks, i, ['ik', 'heet'])
      ) {
        add(nameRun(text, toks, i), 0.82, 'INTRODUCTION');
        continue;
      }
      if (
        lowerSeqBefore(toks, i, ["i'm"]) ||
        lowerSeqBefore(toks, i, ['i’m']) ||
        lowerSeqBefore(toks, i, ['i', 'am']) ||
        lowerSeqBefore(toks, i, ['this', 'is']) ||
        lowerSeqBefore(toks, i, ['it', 'is']) ||
        lowerSeqBefore(toks, i, ["it's"])
      ) {
        const r = nameRun(text, toks, i);
        if (
          r &&
          (wf & W_GIVEN ||
            (r.last > r.first && !(wf & W_COMMON)) ||
            followedBy(text, toks, r, /^(,?\s*(from|here|speaking)\b)/i))
        ) {
          add(r, 0.78, 'INTRODUCTION');
          continue;
        }
      }
      // Without the apostrophe ("its", "im") the words are also others ("its Paris office"): only
      // before "from", "here" or "speaking".
      if (lowerSeqBefore(toks, i, ['its']) || lowerSeqBefore(toks, i, ['im'])) {
        const r = nameRun(text, toks, i);
        if (r && followedBy(text, toks, r, /^(,?\s*(from|here|speaking)\b)/i)) {
          add(r, 0.78, 'INTRODUCTION');
          continue;
        }
      }
    }

    // 2b. Answer to a question about a name: "What's your last name? Magnusson".
    if (
      prev &&
      !blankGap &&
      /^[ \t]*[?:][ \t]*(\r?\n[ \t]*)?$/.test(g) &&
      /\bnames?\b[^\n?:;|]{0,30}$/i.test(text.slice(Math.max(0, prev.start - 40), t.start).replace(/[?:][\s]*$/, '')) &&
      !THING_NAME.test(text.slice(Math.max(0, prev.start - 40), t.start))
    ) {
      // A title opens the answer ("Name: Sgt Ray Ortiz"): the title rule reads the name after it.
      if (titleOpens(text, toks, i)) continue;
      const r = nameRun(text, toks, i);
      // Words that are all common and none a given name answer something else ("Account name: Savings Account").
      if (r && !allCommonWords(toks, r)) {
        add(r, 0.8, 'ANSWER');
        i = r.last;
        continue;
      }
    }

    // 3. Form field: "Name: X Y", "Patient:\tX", "Directed By:    X".
    if (prev && !blankGap && (/^[ \t]*[:：][ \t]*$/.test(g) || /^[ \t]*[:：][ \t]*\r?\n[ \t]*$/.test(g))) {
      if (
        FIELD_LABELS.some((seq) => lowerSeqBefore(toks, i, seq) && labelAtLineStart(text, toks, i - seq.length)) &&
        !THING_NAME.test(text.slice(Math.max(0, t.start - 40), t.start))
      ) {
        // A title opens the value ("Contact: Lt. Col. Abimbola Fashola", "Name: Sgt Ray Ortiz"): the title rule
        // reads the name after it.
        if (titleOpens(text, toks, i)) continue;
        const r = nameRun(text, toks, i);
        // A component's name under a config's `name:` ("web-frontend") is no person.
        if (r && r.first === r.last && allCommonWords(toks, r) && /[-_]/.test(toks.get(r.first)!.text)) continue;
        // Nor is a company's ("Buyer: Summer Rain Holdings", "Customer: Acme Logistics GmbH"), nor a
        // department's of common words only ("Attn: Accounts Payable").
        if (r && (companyRun(text, toks, r) || department(toks, r))) continue;
        add(r && beforeNextLabel(text, toks, r), 0.82, 'FIELD');
        continue;
      }
    }

    // 4. Greeting: "Dear Anna,", "Hi John".
    if (prev && GREETINGS.has(prev.lower) && /^[ \t]{1,3}$/.test(g) && labelAtLineStart(text, toks, i - 1)) {
      const r = nameRun(text, toks, i);
      if (
        r &&
        // A title after the greeting is not the name: rule 1 takes the name after it ("Dear Hon. Ngozi Okonjo").
        !(r.first === r.last && TITLES.has(t.lower)) &&
        !addressesRole(text, toks, r) &&
        (prev.lower === 'dear' || wf & W_GIVEN || followedBy(text, toks, r, /^[ \t]*[,!:\r\n]/))
      ) {
        add(r, 0.78, 'GREETING');
        continue;
      }
    }

    // 4b. The addressee of a letter or parcel: "Attn. Wei Zhang", "Attention Maria Lopez".
    if (
      prev &&
      (prev.lower === 'attn' || prev.lower === 'attention') &&
      /^\.?[ \t]{1,3}$/.test(g) &&
      labelAtLineStart(text, toks, i - 1)
    ) {
      const r = nameRun(text, toks, i);
      // "Attention Deficit…" is no addressee: after the whole word, the name opens with a given name. Nor is
      // a department ("Attn. Accounts Payable").
      if (r && (prev.lower === 'attn' || wf & W_GIVEN) && !department(toks, r)) {
        add(r, 0.78, 'GREETING');
        continue;
      }
    }

    // 5. Signature: "Regards,\nAnna Berg" on its own line, or "Thanks, Maria" ending a line.
    const ownLine = /^[ \t]*[,.!]?[ \t]*(\r?\n[ \t>]*)+$/.test(g);
    if (
      prev &&
      !blankGap &&
      (ownLine || /^,[ \t]{1,2}$/.test(g)) &&
      SIGN_OFFS.some((seq) => lowerSeqBefore(toks, i, seq))
    ) {
      const r = nameRun(text, toks, i);
      // Also where a quotation of the message ends: `… Thanks, Priyanka"`.
      if (r && followedBy(text, toks, r, ownLine ? SIGNATURE_LINE_END : SIGNATURE_END)) {
        add(r, 0.8, 'SIGNATURE');
        continue;
      }
    }

    // 6. Role word: "Producer James Sparks", "my colleague Anna", "her manager, Will Turner".
    if (prev && ROLE_WORDS.has(prev.lower) && (/^[ \t]{1,3}$/.test(g) || appositive(toks, i, g)) && nameShaped(t)) {
      const r = nameRun(text, toks, i, false);
      const owner = toks.get(i - 2) && OWNER.test(toks.get(i - 2)!.lower);
      const kin = owner || KIN_WORDS.has(prev.lower);
      if (r && (wf & W_GIVEN || r.last > r.first || (kin && !(wf & W_IS_COMMON)))) {
        // A known given name and a surname after a role word ("customer Jennifer O'Connor") is a person
        // even where the model reads an organisation.
        add(r, wf & W_GIVEN && r.last > r.first ? 0.8 : 0.72, 'ROLE');
        continue;
      }
    }

    // 7. "by X Y", "according to X Y": two or more name-shaped words, the first not a common word.
    if (prev && (prev.lower === 'by' || lowerSeqBefore(toks, i, ['according', 'to'])) && /^[ \t]{1,3}$/.test(g)) {
      const r = nameRun(text, toks, i, false);
      if (r && r.last > r.first && (wf & W_GIVEN || !(wordFlags(toks.get(r.last)!) & W_COMMON))) {
        add(r, wf & W_GIVEN ? 0.72 : 0.62, 'BY');
        continue;
      }
    }

    // 7a. A family by its surname, also one that is a word: "the Okafor family", "the Smith family", "the
    // Nguyen household" (not "the Royal family", "the French family").
    if (
      prev &&
      prev.lower === 'the' &&
      /^[ \t]{1,3}$/.test(g) &&
      !(wf & (W_PLACE | W_DEMONYM)) &&
      !FAMILY_KINDS.has(t.lower)
    ) {
      const next = toks.get(i + 1);
      if (next && FAMILY_WORDS.has(next.lower) && SINGLE_SPACE.test(gap(text, t, next)) && nameShaped(t)) {
        add({ first: i, last: i }, 0.7, 'FAMILY');
        continue;
      }
    }

    // 7b. A booking or account held in someone's name: "a table under the name Castellanos", "an
    // account in the name of Ana Lima", "book a table for two under Nakamura".
    if (
      prev &&
      /^[ \t]{1,3}$/.test(g) &&
      (lowerSeqBefore(toks, i, ['under', 'the', 'name']) ||
        lowerSeqBefore(toks, i, ['in', 'the', 'name', 'of']) ||
        (prev.lower === 'under' && BOOKING_BEFORE.test(text.slice(Math.max(0, prev.start - 48), prev.start))))
    ) {
      // Not a thing's name: "filed under the name Project Apollo".
      const r = nameRun(text, toks, i, false);
      if (r && (wf & W_GIVEN || !(wf & W_IS_COMMON))) {
        add(r, 0.75, 'BY');
        i = r.last;
        continue;
      }
    }

    // 8. Given-name gazetteer, with or without a surname. A word for kin that is also a given name opens
    // no name before another one ("Oma Hilde": the grandmother Hilde).
    // Nor does a title that is also one ("Judge Amy Coney Barrett", "Doña Carmen Ruiz").
    const kinOrTitleBefore =
      (KIN_WORDS.has(t.lower) || TITLES.has(t.lower)) && i + 1 < toks.length && nameShaped(toks.get(i + 1)!);
    // "Jan" before a number is January ("Jan 2024 report"), not the given name.
    const monthJan = t.lower === 'jan' && JAN_DATE_AFTER.test(text.slice(t.end, t.end + 4));
    if (
      wf & W_GIVEN_ANY &&
      !kinOrTitleBefore &&
      !monthJan &&
      !(prev && PARTICLES.has(prev.lower) && particleInName(text, toks, i - 1))
    ) {
      const r = nameRun(text, toks, i);
      // A saint's name: "St. Patrick's Day", "the St. George ferry", "Saint Michael church".
      if (r && afterSaint(text, toks, i)) {
        i = r.last;
        continue;
      }
      if (!r || namesBuilding(text, toks, r) || isPlaceName(toks, r)) continue;
      // A body named after a person: "Robert Koch Institut", "Erasmus Universiteit" (the organisation rules').
      if (r.last > r.first && isOrgNameWord(toks.get(r.last)!)) {
        i = r.last;
        continue;
      }
      // An operating system's name: "Mac OS X" of a browser's user agent.
      if (followedBy(text, toks, r, OS_AFTER)) continue;
      // A holiday of three words or more: "German Unity Day", "Martin Luther King Day" (not "Doris Day").
      if (r.last - r.first >= 2 && HOLIDAY_WORDS.has(toks.get(r.last)!.lower)) {
        i = r.last;
        continue;
      }
      // A model's tier: "iPhone 15 Pro Max", "Galaxy Note Plus".
      if (r.first === r.last && prev && MODEL_TIERS.has(prev.lower)) continue;
      const ambiguous = !(wf & W_GIVEN);
      let surnameLike = false;
      for (let k = r.first + 1; k <= r.last && !surnameLike; k++)
        surnameLike = !isInitial(toks.get(k)!) && !(wordFlags(toks.get(k)!) & W_COMMON);
      if (r.last > r.first && surnameLike) add(r, ambiguous ? 0.62 : 0.7, 'GAZETTEER');
      else if (r.last > r.first && !ambiguous) add(r, 0.62, 'GAZETTEER');
      else if (!ambiguous) add({ first: i, last: i }, singleNameScore(text, toks, i), 'GAZETTEER');
      // A name that is also a word ("Maria", "Martin", "Grace") alone: only as the subject of a verb of
      // speaking ("Maria called yesterday", "Martin says hi").
      else if (
        SPEAKS.has(toks.get(i + 1)?.lower ?? '') &&
        SINGLE_SPACE.test(gap(text, t, toks.get(i + 1)!)) &&
        !(prev && DETERMINERS.has(prev.lower))
      )
        add({ first: i, last: i }, 0.6, 'GAZETTEER');
      i = r.last;
      continue;
    }

    // 9. Two or more unknown name-shaped words followed by a person verb: "Faina Yefremova said".
    // Rules 9 and 12 ask for the same run: found once (null: not yet looked for).
    let unknownRun: Run | undefined | null = null;
    if (!(wf & W_COMMON) && (!prev || !nameShaped(prev))) {
      const r = (unknownRun = nameRun(text, toks, i, false));
      const next = r && toks.get(r.last + 1);
      const verb = !!next && SINGLE_SPACE.test(gap(text, toks.get(r.last)!, next)) && PERSON_VERBS.has(next.lower);
      // Not a nationality or an office before the name, which the role and title rules read after them:
      // "Israeli Prime Minister Benjamin Netanyahu met", "Russian President Boris Yeltsin will".
      if (r && r.last > r.first && verb && !WEAK_VERBS.has(next!.lower)) {
        // A body named by its words says things too: "Gwent Police said", "Northwind Holdings announced".
        if (
          !isOrgNameWord(toks.get(r.last)!) &&
          !toks
            .slice(r.first, r.last + 1)
            .some((w) => wordFlags(w) & W_DEMONYM || TITLES.has(w.lower) || ROLE_WORDS.has(w.lower))
        )
          add(r, 0.62, 'VERB');
      }
      // One unknown word before a telling verb: "Ley began writing", "Tomomi is from"; not after an
      // article ("the Kremlin said").
      else if (
        r &&
        r.last === r.first &&
        !(prev && DETERMINERS.has(prev.lower) && SINGLE_SPACE.test(g)) &&
        !(wf & (W_IS_COMMON | W_PLACE)) &&
        !brandCased(t.text) &&
        next &&
        SINGLE_SPACE.test(gap(text, t, next))
      ) {
        const after = toks.get(r.last + 2);
        if ((verb && !WEAK_VERBS.has(next.lower)) || (next.lower === 'is' && after?.lower === 'from'))
          add(r, 0.6, 'VERB');
      }
    }

    // 10. Inverted speech: "..., says Joly.", "said Erle to Maurice".
    if (prev && SPEECH_VERBS.has(prev.lower) && SINGLE_SPACE.test(g) && !(wf & W_IS_COMMON)) {
      const r = nameRun(text, toks, i);
      if (r) {
        add(r, 0.66, 'SPEECH');
        const to = toks.get(r.last + 1);
        const other = toks.get(r.last + 2);
        if (to?.lower === 'to' && other && nameShaped(other) && !(wordFlags(other) & W_IS_COMMON))
          add(nameRun(text, toks, r.last + 2), 0.62, 'SPEECH');
        i = r.last;
        continue;
      }
    }

    // 12. A name used as the author of a work: "the Christiansen novel", "a Ravil G Yefimov concert", "Meza's song".
    // A nationality or language is not an author ("an Italian version").
    if (!(wf & (W_IS_COMMON | W_PLACE | W_DEMONYM))) {
      const r = unknownRun === null ? nameRun(text, toks, i, false) : unknownRun;
      const next = r && toks.get(r.last + 1);
      if (r && next && WORKS.has(next.lower) && SINGLE_SPACE.test(gap(text, toks.get(r.last)!, next))) {
        const det = prev && /^(the|a|an)$/.test(prev.lower);
        const possessive = isPossessive(toks.get(r.last)!.text);
        if (det || possessive) add(r, 0.6, 'AUTHOR');
      }
    }

    // 11. Addressing someone at the start of a sentence: "Warrane, can I please speak to your boss?".
    if (
      text.charCodeAt(t.end) === 0x2c && // the comma the pattern below needs, tested first
      !(wf & W_IS_COMMON) &&
      (!prev || /[.!?\n]\s*$/.test(text.slice(prev.end, t.start)))
    ) {
      if (
        /^,[ \t]+(can|could|would|will|please|do|did|are|have|i|we|you|thanks|thank|listen|look)\b/i.test(
          text.slice(t.end, t.end + 12),
        )
      )
        add({ first: i, last: i }, 0.6, 'VOCATIVE');
    }
  }

  append(out, nameLists(text, toks, shaped));
  append(out, speakerLabels(text, toks, shaped));
  append(out, unknownNames(text, toks, shaped));
  append(out, emailNames(text, toks, shaped));
  append(out, repeatedMentions(text, toks, shaped, out));
  vietnameseNames(text, out);
  eastAsianNames(text, toks, shaped, out);
  displayNamesSurnameFirst(text, out);
  caseParties(text, out);
  referenceAuthors(text, out);
  return dropContained(out);
}

/**
 * Korean and Chinese names written surname first in Latin letters: "Park Ji-hoon", "Lin Mei-ling",
 * "Wang Xiaoming". After one of the frequent surnames, a given name of two syllables joined by a
 * hyphen, or a known given name that splits into two syllables, is the rest of the name (the
 * gazetteer found "Ji-hoon" or "Xiaoming" alone, or nothing). Not "Oh", "Ha", "Na": interjections.
 */
const EAST_ASIAN_SURNAMES = new Set(
  (
    'kim lee park choi jung jeong kang cho yoon yun jang lim han seo shin kwon hwang ahn song yoo ryu hong ' +
    'moon yang bae baek jeon ko nam noh kwak sung cha joo koo min jin chae chun ' +
    'wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang ' +
    'cao deng feng zeng peng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
    'tan qin chang tsai hsu hsieh kuo hung tseng chiu liao lai chou yeh chuang chiang kao chan wong leung ' +
    'cheung lau ng chow mak yip tsang kwok lam fung tam'
  ).split(' '),
);

/** One syllable of Korean (Revised Romanization) or Chinese (pinyin, Wade-Giles) in Latin letters. */
const SYLLABLE =
  /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|hs|ts|tz|kk|tt|pp|ss|jj)?(?:a|ae|ai|ao|ya|yae|eo|e|ei|yeo|ye|o|oe|oo|ou|wa|wae|wo|we|wi|u|ui|uo|yu|yo|eu|i|ia|iao|ie|ieh|iu|ua|uai|ee)(?:k|n|l|m|p|ng|t|h)?$/;

const isSyllable = (s: string) => s.length >= 1 && s.length <= 6 && SYLLABLE.test(s);

/** True when `given` (lower case) is two syllables joined by a hyphen, or a known name that splits into two. */
function twoSyllables(given: string): boolean {
  const parts = given.split('-');
  if (parts.length === 2) return parts.every(isSyllable);
  if (parts.length !== 1 || !GIVEN.has(given)) return false;
  for (let k = 1; k < given.length; k++) if (isSyllable(given.slice(0, k)) && isSyllable(given.slice(k))) return true;
  return false;
}

function eastAsianNames(text: string, toks: Tokens, shaped: readonly number[], out: Candidate[]): void {
  for (const k of shaped) {
    const surname = toks.get(k)!;
    if (!EAST_ASIAN_SURNAMES.has(surname.lower)) continue;
    const given = toks.get(k + 1);
    if (!given || !nameShaped(given) || !SINGLE_SPACE.test(gap(text, surname, given)) || !twoSyllables(given.lower))
      continue;
    const { start, end } = runSpan(text, toks, { first: k, last: k + 1 });
    out.push({ start, end, type: 'PERSON', subtype: 'EAST_ASIAN', score: 0.75, source: 'pattern' });
  }
}

/**
 * The display name of a mail address written surname first, as company directories do:
 * `From: "Smith, John" <jsmith@contoso.com>`. Only "John" was found; the surname was left.
 */
const SURNAME_FIRST_DISPLAY =
  /"(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?),[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)"[ \t]*<[^\s<>@]+@/gu;

function displayNamesSurnameFirst(text: string, out: Candidate[]): void {
  if (!text.includes('"') || !text.includes('<')) return;
  for (const m of allMatches(SURNAME_FIRST_DISPLAY, text)) {
    // A team or a role written the same way: "Sales, Team", "Support, Customer".
    if (`${m[1]} ${m[2]}`.split(/[ \t]+/).every((w) => isCommon(w))) continue;
    // Inside the quotes, which the given name ends.
    const end = m.index + m[0].indexOf('"', 1);
    out.push({ start: m.index + 1, end, type: 'PERSON', subtype: 'DISPLAY_NAME', score: 0.8, source: 'pattern' });
  }
}

/**
 * Vietnamese names run surname, middle name, given name: "Nguyen Van Minh", "tran thi lan". After one
 * of the frequent surnames, "van" or "thi" is a middle name (not a particle), and the words after it
 * are the given name, whatever their case or meaning ("lan", "long"). Surnames that are also English
 * or French words (le, do, ho, ly, mai) are left out: "le van rouge" is a van.
 */
const VIETNAMESE_MIDDLE = /[ \t](?:[vV][aă]n|[tT]h[iị])[ \t]/;
const STARTS_UPPER = /^\p{Lu}/u;
// Groups: the surname, middle and given name; a fourth word. Sticky: tried only where a surname can
// start (vietnameseMatches).
const VIETNAMESE_NAME =
  /(?<![\p{L}\p{N}])((?:nguy[eễ]n|tr[aầ]n|ph[aạ]m|ho[aà]ng|hu[yỳ]nh|phan|v[oõ]|[dđ][aặ]ng|b[uù]i|ng[oô]|d[uư][oơ]ng|[dđ][iì]nh|tr[iị]nh|tr[uư][oơ]ng|l[uư][oơ]ng)[ \t]+(?:v[aă]n|th[iị])[ \t]+\p{L}+)(?:[ \t]+(\p{L}+))?/iuy;

// The middle name is rarer than a place where the surname could start: the scan looks for it and
// tries the name only from the word before it (a leading lookbehind makes V8 try every position).
const VIETNAMESE_MIDDLE_AT = /[ \t]+(?:v[aă]n|th[iị])[ \t]/giu;
const LONGEST_SURNAME = 6;
const BMP_LETTER = /\p{L}/u;

/** Every match VIETNAMESE_NAME would find scanning the text (were it global), in order. */
function* vietnameseMatches(text: string): Generator<RegExpExecArray> {
  let end = 0;
  for (const hit of allMatches(VIETNAMESE_MIDDLE_AT, text)) {
    // The surname is the whole run of letters before the middle name: the name's lookbehind
    // rejects a start inside a word.
    let s = hit.index;
    while (s > 0 && hit.index - s <= LONGEST_SURNAME && BMP_LETTER.test(text[s - 1]!)) s--;
    if (s === hit.index || s < end) continue;
    VIETNAMESE_NAME.lastIndex = s;
    const m = VIETNAMESE_NAME.exec(text);
    if (m) {
      end = s + m[0].length;
      yield m;
    }
  }
}

function vietnameseNames(text: string, out: Candidate[]): void {
  if (!VIETNAMESE_MIDDLE.test(text)) return;
  for (const m of vietnameseMatches(text)) {
    // A fourth word is the name's when capitalised like it ("Nguyen Thi Thu Ha") or, in a name
    // written in lower case, no ordinary word ("tran thi lan came" ends at "lan"). After a
    // capitalised name a word in lower case is the sentence's ("Trần Văn Hùng đến từ Đà Nẵng").
    // Nor is the first word of the next field's label ("Nguyễn Văn An Ngày sinh: 12/05/1988").
    const fourth = m[2];
    const withFourth =
      fourth !== undefined &&
      (STARTS_UPPER.test(m[0]) ? STARTS_UPPER.test(fourth) : !isCommon(fourth)) &&
      !NEXT_LABEL_REST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    out.push({
      start: m.index,
      end: m.index + (withFourth ? m[0] : m[1]!).length,
      type: 'PERSON',
      subtype: 'VIETNAMESE',
      score: 0.75,
      source: 'pattern',
    });
  }
}

/**
 * Several rules often find the same name ("Anna Berg" by gazetteer, shape and repetition): keep,
 * for each span, only candidates not inside a wider or equal span that scores at least as high.
 * Sorting makes this O(n log n); the engine then merges fewer candidates.
 */
export function dropContained(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: Candidate[] = [];
  // The kept candidates that may still contain later ones, as a small sliding window by end.
  let open: Candidate[] = [];
  for (const c of sorted) {
    open = open.filter((o) => o.end > c.start);
    if (open.some((o) => o.start <= c.start && c.end <= o.end && o.score >= c.score && o.type === c.type)) continue;
    kept.push(c);
    open.push(c);
  }
  return kept;
}

/** "Company name:", "file name?": the name of a thing, not of a person. */
const THING_NAME =
  /\b(company|business|file|product|project|brand|domain|host|server|street|city|town|app|application|package|variable|field|table|database|bucket|branch|team|group|organi[sz]ation|org|department|model|device|network|wifi|ssid|pet|dog|cat|ship|vessel|event|course|plan|store|shop|restaurant|hotel|book|song|album|band|game|channel|repo|repository|folder|directory|key|bank|school|university|site|website)(?:['’]s)?[ \t_-]?names?\b[^\n]{0,12}$/i;

/** Words before a lone first name that show it is a person ("told Anna", "with Kevin"). */
const BEFORE_SINGLE = new Set(
  (
    'to with and or at for from by gave give told tell asked ask met meet called named thank thanks hi hey dear ' +
    'love loves loved like likes saw see sees seen married kissed hugged help helped call ping email text'
  ).split(' '),
);
const DETERMINERS = new Set('a an the this that these those every each any some no our your their its'.split(' '));
/** Words after a lone first name that show it is a person ("Anna and", "Kevin, can you"). */
const AFTER_SINGLE = new Set('and or is was has had will would can could did does said says who'.split(' '));

/**
 * A lone given name is a weak signal ("Meta post", "Sana tu"): it reaches the default
 * threshold only with a person verb, a person-like neighbour word, or punctuation after it.
 */
function singleNameScore(text: string, toks: Tokens, i: number): number {
  const t = toks.get(i)!;
  if (t.text.length < 3 || wordFlags(t) & (W_LOWER_UPPER | W_DEMONYM)) return 0.4;
  const next = toks.get(i + 1);
  const prev = toks.get(i - 1);
  const after = text.slice(nameEnd(t), nameEnd(t) + 3);
  // After a determiner it names a thing: "this Meta post", "a Brit's point of view".
  if (prev && DETERMINERS.has(prev.lower) && SINGLE_SPACE.test(gap(text, prev, t))) return 0.45;
  if (next && SINGLE_SPACE.test(gap(text, t, next)) && PERSON_VERBS.has(next.lower)) return 0.66;
  if (/^[ \t]*:/.test(after)) return 0.45; // a label ("Max: 11 C")
  if (prev && BEFORE_SINGLE.has(prev.lower) && SINGLE_SPACE.test(gap(text, prev, t))) return 0.58;
  if (/^['’]s\b/.test(after) || /^[ \t]*([,.!?;)"”]|$|\r?\n)/.test(after)) return 0.56;
  if (next && SINGLE_SPACE.test(gap(text, t, next)) && AFTER_SINGLE.has(next.lower)) return 0.56;
  return 0.52;
}

/** "They had 6: Gaetane, Hannah, Anthony and Derek": a list with two known given names is a list of names. */
function nameLists(text: string, toks: Tokens, shaped: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  // A list starts with a name-shaped word at or after i.
  for (const k of shaped) {
    if (k < i) continue;
    i = k;
    const items: Token[] = [];
    let j = i;
    while (j < toks.length && nameShaped(toks.get(j)!) && !(wordFlags(toks.get(j)!) & W_COMMON)) {
      items.push(toks.get(j)!);
      const n = toks.get(j + 1);
      if (!n) break;
      const g = gap(text, toks.get(j)!, n);
      if (/^,[ \t]{1,2}$/.test(g)) j++;
      else if (
        SINGLE_SPACE.test(g) &&
        (n.lower === 'and' || n.lower === 'or' || n.lower === '&') &&
        toks.get(j + 2) &&
        SINGLE_SPACE.test(gap(text, n, toks.get(j + 2)!))
      )
        j += 2;
      else break;
    }
    if (items.length >= 3 && items.filter(givenName).length >= 2)
      for (const t of items)
        out.push({ start: t.start, end: nameEnd(t), type: 'PERSON', subtype: 'LIST', score: 0.62, source: 'pattern' });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A colon after optional spaces and tabs at i. */
function colonAfter(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
  return c === 0x3a;
}

/** A commit's trailer before its colon: "Signed-off-by", "Co-authored-by". */
const TRAILER = /-(?:by|to|cc)$/i;

/** Dialogue speakers at line starts: "Ubul: What a wife.\nNicole: Remember me". */
function speakerLabels(text: string, toks: Tokens, shaped: readonly number[]): Candidate[] {
  const labels: Token[] = [];
  for (const i of shaped) {
    const t = toks.get(i)!;
    if (wordFlags(t) & W_COMMON) continue;
    if (!colonAfter(text, t.end)) continue; // cheap test before the regex
    // A form's label ("Seller:", "Guarantor:", "Nome:", "Indirizzo:") is no one speaking.
    if (FIELD_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower) || isFormLabel(t.text)) continue;
    // Nor a commit's trailer ("Signed-off-by:", "Co-authored-by:").
    if (TRAILER.test(t.text)) continue;
    // Speech opens with a capital, or, after a known first name, with chat's own words ("Ahmed: hi ur order…").
    if (!SPEAKER_COLON.test(text.slice(t.end, t.end + 6)) && !(givenName(t) && chatAfter(text, t))) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (!/^[ \t>-]*$/.test(text.slice(lineStart, t.start))) continue;
    labels.push(t);
  }
  // One label alone needs a known first name and speech after it ("Anna: Hello there", not "nino: nt 99 88").
  const speech = (t: Token) => {
    const w = spokenWord(text, t);
    return w !== undefined && (isCommon(w) || CHAT_OPENERS.has(w.toLowerCase()));
  };
  if (labels.length < 2 && !labels.some((t) => givenName(t) && speech(t))) return [];
  return labels.map((t) => ({
    start: t.start,
    end: t.end,
    type: 'PERSON' as const,
    subtype: 'SPEAKER',
    score: 0.66,
    source: 'pattern' as const,
  }));
}

/** Words of a product model's name before a tier that is also a given name ("Pro Max"). */
const MODEL_TIERS = new Set(['pro', 'plus', 'ultra', 'mini', 'air', 'lite']);

/** Makers of cars and computers, whose models read like names after them. Not those that are given names (Mercedes, Kia). */
const MAKERS = new Set(
  (
    'toyota honda nissan mazda subaru suzuki mitsubishi lexus hyundai chevrolet chevy chrysler cadillac buick ' +
    'tesla bmw audi volkswagen porsche volvo fiat ferrari lamborghini maserati peugeot renault citroen citroën ' +
    'skoda škoda opel dacia jaguar intel amd nvidia samsung huawei xiaomi lenovo nokia sony asus acer ' +
    'siemens bosch philips panasonic hitachi toshiba canon nikon dell cisco sap ' +
    // Software makers and platforms, whose products read the same way ("Kubernetes Deployments", "Microsoft Teams").
    'google microsoft apple amazon aws azure oracle ibm adobe atlassian salesforce github gitlab kubernetes docker ' +
    // …and foundations and vendors of open-source software ("Apache Kafka", "HashiCorp Vault").
    'apache mozilla hashicorp jetbrains cloudflare openai anthropic'
  ).split(' '),
);

/**
 * A maker's name, no given name, alone or before its product's: "Volvo", "Toyota Corolla", "Samsung Galaxy"
 * (not "Mercedes Sosa").
 */
export function namesAProduct(span: string): boolean {
  const first = span.split(/[ \t]+/)[0]!.toLowerCase();
  return MAKERS.has(first) && !GIVEN.has(first) && !AMBIGUOUS_GIVEN.has(first);
}

/** Endings that mark surnames in many languages: Kuznetsova, Kowalski, Petrović, Jónsdóttir, Virtanen. */
const SURNAME_SUFFIX =
  /(?:ova|ová|ovа|eva|ev|ov|ski|ska|sky|ský|cki|cka|icz|wicz|ić|vić|vič|son|sen|sson|dóttir|dottir|escu|enko|shvili|idze|dze|yan|ian|poulos|opoulos|akis|oglu|oğlu|inen|nen|berg|mann|stein|ez|ashvili|ovich|evich|ovna|evna|ová|ská|ský|ova)$/u;

/** Endings that alone (one word, no first name) make a surname likely. */
const STRONG_SURNAME_SUFFIX =
  /(?:ova|eva|ov|ev|ski|ska|sky|cki|cka|wicz|vic|dottir|sson|escu|enko|shvili|idze|poulos|akis|oglu)$/u;

/**
 * Unknown names: two or three name-shaped words that are not common words, places or
 * organisation words ("Calquín Cazares", "Ravil G Yefimov"), or a word with a surname ending.
 * Scored low so the model's view wins on type conflicts.
 */
function unknownNames(text: string, toks: Tokens, shaped: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  let i = -1;
  for (const k of shaped) {
    if (k <= i) continue;
    i = k;
    const t = toks.get(i)!;
    // A role word opens no name: "Tenant Omar Haddad" is the tenant Omar Haddad. Nor a maker's
    // name, which a model follows ("Toyota Corolla", "Intel Mac").
    // Nor a greeting that is also a given name ("Caro João Pereira"), nor a title ("Doña Carmen Ruiz").
    if (
      wordFlags(t) & (W_COMMON | W_PLACE) ||
      ROLE_WORDS.has(t.lower) ||
      MAKERS.has(t.lower) ||
      GREETINGS.has(t.lower) ||
      TITLES.has(t.lower)
    )
      continue;
    const prev = toks.get(i - 1);
    if (
      prev &&
      ((nameShaped(prev) && !ROLE_WORDS.has(prev.lower) && !GREETINGS.has(prev.lower)) || isInitial(prev)) &&
      /^\.?[ \t]{1,2}$/.test(gap(text, prev, t))
    )
      continue;
    const r = nameRun(text, toks, i, false);
    if (!r || companyRun(text, toks, r)) continue;
    // A form's label before its colon ("Ad Soyad: Elif Şahin").
    if (
      colonAfter(text, toks.get(r.last)!.end) &&
      isFormLabel(text.slice(toks.get(r.first)!.start, toks.get(r.last)!.end))
    )
      continue;
    const words = toks.slice(r.first, r.last + 1);
    if (words.some(commonCompound)) continue;
    const real = words.filter((w) => !isInitial(w));
    const plain = real.every((w) => !(wordFlags(w) & (W_IS_COMMON | W_PLACE | W_DEMONYM | W_STOP | W_LOWER_UPPER)));
    if (real.length >= 2 && real.length <= 3 && plain) {
      const initial = words.some(isInitial);
      const surnameEnd = SURNAME_SUFFIX.test(fold(stripPossessive(words[words.length - 1]!.text)));
      // Spelled out rather than spread from runSpan(): a spread copy is slow (same keys, same order).
      const { start, end } = runSpan(text, toks, r);
      out.push({
        start,
        end,
        type: 'PERSON',
        subtype: 'SHAPE',
        score: initial || surnameEnd ? 0.66 : 0.55,
        source: 'pattern',
      });
    } else if (
      real.length === 1 &&
      t.text.length >= 6 &&
      !(wordFlags(t) & (W_GIVEN_EXACT | W_IS_COMMON | W_LOWER_UPPER)) &&
      STRONG_SURNAME_SUFFIX.test(fold(stripPossessive(t.text)))
    ) {
      const { start, end } = runSpan(text, toks, r);
      out.push({ start, end, type: 'PERSON', subtype: 'SURNAME', score: 0.55, source: 'pattern' });
    }
    i = r.last;
  }
  return out;
}

/**
 * What a street's name follows: a house number ("1737 Cheriton Dr", "1500 Lake Shore Dr") or a
 * preposition of place ("on Ocean Dr."). "die Praxis Dr. Weber" has neither: a title.
 */
const STREET_NAME_BEFORE =
  /(?:\d[A-Za-z]?|(?<![\p{L}\p{N}])(?:on|at|off|along|via))[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}$/u;

/** "Dr" and "St" are also street types: not a title right after a capitalised street name. */
function isTitleUse(text: string, toks: Tokens, k: number): boolean {
  const t = toks.get(k)!;
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && t.text.length > 2) return false;
  // "Av. Insurgentes Sur 1602, Col. Roma": after a house number and its comma, "Col." is a Mexican colonia.
  if (t.lower === 'col' && /\d[ \t]*,[ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start))) return false;
  if (t.lower !== 'dr' && t.lower !== 'st') return true;
  const before = toks.get(k - 1);
  return !(
    before &&
    nameShaped(before) &&
    SINGLE_SPACE.test(gap(text, before, t)) &&
    (t.lower === 'st' || STREET_NAME_BEFORE.test(text.slice(Math.max(0, before.start - 40), before.start)))
  );
}

/**
 * A title that is also a word ("Sergeant", "Officer") opens a name at `t` (word flags `wf`) when it is
 * capitalised, and `t` is no word (or a known given name the word lists also read as one: "Owen") nor
 * a job's word ("Nurse Practitioner"). In text without capitals (`recased`: only its uncommon words
 * have one) an office's title cannot be capitalised, and counts before a word that is no place.
 */
function weakTitleOpens(prev: Token, t: Token, wf: number, recased: boolean): boolean {
  const cased = isUpperTitle(prev) || (recased && OFFICE_TITLES.has(prev.lower) && !(wf & W_PLACE));
  return cased && (!(wf & W_IS_COMMON) || (wf & W_GIVEN) !== 0) && !isJobWord(t.lower);
}

/** Token i is a title (not one that is also a word) before a name: "Lt. Col. Abimbola", "Sgt Ray". */
function titleOpens(text: string, toks: Tokens, i: number): boolean {
  const t = toks.get(i)!;
  const after = toks.get(i + 1);
  return isPlainTitle(t.lower) && !!after && nameShaped(after) && /^\.?[ \t]{1,3}$/.test(gap(text, t, after));
}

const isUpperTitle = (t: Token) => isUpperFirst(t.text);
const UPPER_FIRST = /^\p{Lu}/u;
const isUpperFirst = (s: string) => UPPER_FIRST.test(s);

const LOWER_TAIL = /^\p{Lu}\p{Ll}*-(\p{Ll}{4,})$/u;

/**
 * A capitalised word joined to an ordinary lower-case word ("Strict-mode", "Self-supervised",
 * "Pre-training"): a heading's term, not a name. Korean given names keep their syllables ("Min-jun",
 * "Seo-yeon"): too short, or no English word.
 */
function commonCompound(t: Token): boolean {
  const m = LOWER_TAIL.exec(t.text);
  return !!m && isCommon(m[1]!);
}

/** The run, or the word right after it, makes it a company's name. */
function companyRun(text: string, toks: Tokens, r: Run): boolean {
  for (let k = r.first; k <= r.last + 1 && k < toks.length; k++) {
    const t = toks.get(k)!;
    // A legal form written with periods, which no token holds: "Kowalski Trading Sp. z o.o.".
    if (isOrgNameWord(t) || legalFormAt(text, t.start)) return true;
  }
  return false;
}

/** The gap after token k ('' at the end). */
function gapAfter(text: string, toks: Tokens, k: number): string {
  const next = toks.get(k + 1);
  return next ? gap(text, toks.get(k)!, next) : '';
}

function labelAtLineStart(text: string, toks: Tokens, k: number): boolean {
  const t = toks.get(k);
  if (!t) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  // Or after a separator on the line: "…, VIC 3065 — tenant: Aroha Ngata", "Ref 42 | Patient: …".
  return /^[\s>*•·-]*$/.test(line) || /[.!?:;,—–|]\s*$/.test(line);
}

const OS_AFTER = /^[ \t]+OS\b/;

function followedBy(text: string, toks: Tokens, r: Run, re: RegExp): boolean {
  const end = nameEnd(toks.get(r.last)!);
  return re.test(text.slice(end, end + 20));
}

const EMAIL_DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;

/** One code point (1 or 2 code units) ending at i is an e-mail local-part character. */
function localCharBefore(text: string, i: number, from: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2e ||
      c === 0x5f ||
      c === 0x25 ||
      c === 0x2b ||
      c === 0x2d
      ? 1
      : 0;
  const w = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return LOCAL_CHAR.test(text.slice(i - w, i)) ? w : 0;
}

/**
 * The local parts of the first 200 matches of
 * /([\p{L}\p{N}._%+-]{3,64})@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, found from each "@" instead of
 * trying the regex at every position of the text.
 */
export function emailLocalParts(text: string): string[] {
  const locals: string[] = [];
  let from = 0; // where the global regex would resume
  for (let at = text.indexOf('@'); at !== -1 && locals.length < 200; at = text.indexOf('@', at + 1)) {
    // The leftmost start: up to 64 code points of the local part before the "@".
    let s = at;
    let n = 0;
    while (n < 64 && s > from) {
      const w = localCharBefore(text, s, from);
      if (w === 0) break;
      s -= w;
      n++;
    }
    if (n < 3) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (!EMAIL_DOMAIN.test(text)) continue;
    locals.push(text.slice(s, at));
    from = EMAIL_DOMAIN.lastIndex;
  }
  return locals;
}

/** Names whose words appear in an e-mail address of the same text ("Janka Szász" & SzaszJanka@...). */
function emailNames(text: string, toks: Tokens, shaped: readonly number[]): Candidate[] {
  const locals = emailLocalParts(text).map(fold);
  if (locals.length === 0) return [];
  // One search instead of one per address: a folded word has no line break to match across.
  const joined = locals.join('\n');
  // A word inside an address has its first three letters there too: a set lookup rules out most words.
  const trigrams = new Set<string>();
  for (const l of locals) for (let k = 0; k + 3 <= l.length; k++) trigrams.add(l.slice(k, k + 3));
  const out: Candidate[] = [];
  // The same words recur: the address test is made once per word text.
  const inAddress = new Map<string, boolean>();
  let i = -1;
  for (const k of shaped) {
    if (k <= i) continue;
    i = k;
    const t = toks.get(i)!;
    if (t.text.length < 3 || wordFlags(t) & W_COMMON) continue;
    let found = inAddress.get(t.text);
    if (found === undefined) {
      const f = fold(t.text);
      found = !(f.length >= 3 && !trigrams.has(f.slice(0, 3))) && joined.includes(f);
      inAddress.set(t.text, found);
    }
    if (!found) continue;
    let first = i;
    while (first > 0 && i - first < 3) {
      const p = toks.get(first - 1)!;
      if (
        !(nameShaped(p) || isInitial(p)) ||
        wordFlags(p) & W_IS_COMMON ||
        !/^\.?[ \t]{1,2}$/.test(gap(text, p, toks.get(first)!))
      )
        break;
      first--;
    }
    const r = nameRun(text, toks, first);
    if (!r) continue;
    // A surname that is also a word, when the address holds it too: "Linda Park" of linda.park@….
    let last = Math.max(r.last, i);
    for (let n = toks.get(last + 1); n && last - first < 3; n = toks.get(last + 1)) {
      const f = fold(n.text);
      if (!nameShaped(n) || f.length < 3 || !SINGLE_SPACE.test(gap(text, toks.get(last)!, n)) || !joined.includes(f))
        break;
      last++;
    }
    const { start, end } = runSpan(text, toks, { first, last });
    out.push({
      start,
      end,
      type: 'PERSON',
      subtype: 'EMAIL_MATCH',
      score: 0.72,
      source: 'pattern',
    });
    i = last;
  }
  return out;
}

/** The words of a found name that its repetitions are looked for by; the same names recur, so memoised. */
function knownWordsOf(piece: string): readonly string[] {
  let words = knownWordsMemo.get(piece);
  if (words === undefined) {
    words = [];
    const toks = tokenizeFlat(piece);
    for (let k = 0; k < toks.length; k++) {
      // nameShaped() needs a capital and no glue: the flags rule out most words without an object.
      if ((toks.flags(k) & (TOK_CAP | TOK_GLUED)) !== TOK_CAP || toks.end(k) - toks.start(k) < 3) continue;
      const w = toks.get(k)!;
      if (!COMMON.has(w.lower) && nameShaped(w)) words.push(stripPossessive(w.lower));
    }
    if (knownWordsMemo.size > 20_000) knownWordsMemo.clear();
    knownWordsMemo.set(piece, words);
  }
  return words;
}
const knownWordsMemo = new Map<string, string[]>();

/**
 * The name of a form's field without the first word of the next field's label on the same line:
 * "Patient: Anna Berg Date of birth: …", "Name: Nguyễn Văn An Ngày sinh: …".
 */
function beforeNextLabel(text: string, toks: Tokens, r: Run): Run {
  if (r.last > r.first && NEXT_LABEL_REST.test(text.slice(toks.get(r.last)!.end, toks.get(r.last)!.end + 24)))
    return { ...r, last: r.last - 1 };
  return r;
}
/** What follows a label's first word: lower-case words and a colon ("Date of birth:", "Ngày sinh:"). */
const NEXT_LABEL_REST = /^(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]*:/u;
/** A label's colon right after its word. */
const LABEL_COLON = /^[:：](?:[ \t]|$)/;

/** The engine's default threshold: a name scored below it is not reported. */
const REPORTED = 0.5;

/** A found name's words elsewhere in the text ("Yefremova" after "Faina D. Yefremova"). */
function repeatedMentions(text: string, toks: Tokens, shaped: readonly number[], found: Candidate[]): Candidate[] {
  const known = new Set<string>();
  for (const c of found) {
    if (c.score < 0.6) continue;
    for (const w of knownWordsOf(text.slice(c.start, c.end))) known.add(w);
  }
  if (known.size === 0) return [];
  // Spans already found (and reported: a mention found below the threshold is still repeated), sorted,
  // to skip covered words in one linear pass.
  const covered = found
    .filter((c) => c.score >= REPORTED)
    .map((c) => [c.start, c.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let ci = 0;
  let reach = -1;
  const out: Candidate[] = [];
  for (const k of shaped) {
    const t = toks.get(k)!;
    while (ci < covered.length && covered[ci]![0] <= t.start) reach = Math.max(reach, covered[ci++]![1]);
    if (!known.has(stripPossessive(t.lower))) continue;
    if (t.end <= reach || OS_AFTER.test(text.slice(t.end, t.end + 4))) continue;
    // Nor a saint's ("San Francisco" after "Francisco Javier").
    if (k > 0 && afterSaint(text, toks, k)) continue;
    // Nor a firm's named after the person ("Nakamura Industries" beside "Ms. Aiko Nakamura").
    const next = toks.get(k + 1);
    if (next && next.cap && isOrgNameWord(next) && SINGLE_SPACE.test(gap(text, t, next))) continue;
    out.push({ start: t.start, end: nameEnd(t), type: 'PERSON', subtype: 'REPEATED', score: 0.66, source: 'pattern' });
  }
  return out;
}

/**
 * A line that is only a name in capitals, as a CV or a letterhead starts ("JANE DOE", "MARÍA JOSÉ
 * GARCÍA"), or such a cell of a header line ("ANDREA BIANCHI | Milan, Italy | …"): two or three words,
 * the first a given name that is no common word.
 */
const CAPITALS_LINE = /(?:^|[|:])[ \t]*(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){1,2})[ \t]*(?=$|\|)/gmu;

function nameLinesInCapitals(text: string): Candidate[] {
  const out: Candidate[] = [];
  CAPITALS_LINE.lastIndex = 0;
  for (let m = CAPITALS_LINE.exec(text); m; m = CAPITALS_LINE.exec(text)) {
    const words = m[1]!.toLowerCase().split(/[ \t]+/);
    const [first, ...rest] = words;
    if (!GIVEN.has(first!) || COMMON.has(first!) || NEVER_NAME.has(first!)) continue;
    // "JANE DOE": a surname may be a word too, but not a heading's ("ANNA SUMMARY").
    if (rest.some((w) => NEVER_NAME.has(w) || (COMMON.has(w) && !WORD_SURNAMES.has(w)))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, type: 'PERSON', subtype: 'CAPITALS', score: 0.75, source: 'pattern' });
  }
  return out;
}

const detectInContext = caseAware(personDetect);

/**
 * A name written surname first, as lists of attendees and authors do: "Attendees: Smith, John;
 * Dubois, Amélie"; also in capitals, as records do ("Patient: O'BRIEN, MICHAEL", a table's "| Name: VASQUEZ, ROSA M |"). The word after the comma is a given name and the one before it is none, nor a
 * place or a common word ("In Paris, John said", "Thanks, Anna"); it opens the list or an item, or
 * stands in quotes ("customers like 'Rossi, Mario'"). A surname may hold a second capital ("O'Connor", "McLeod").
 */
const SURNAME_FIRST =
  /(?:^|[:;(\n"'‘“]|[ \t]and)[ \t]*(\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?),[ \t](\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Lu}'’]+)(?:[ \t]\p{Lu}\.?(?=[ \t]*(?:[;).\n|]|$)))?(?=[ \t]*(?:[;).(\n"'’”|]|$|and[ \t]+\p{Lu}[\p{Ll}'’-]+,))/gu;

function surnameFirstNames(text: string, out: Candidate[]): void {
  if (!text.includes(', ')) return;
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const surname = m[1]!.toLowerCase();
    const given = m[2]!.toLowerCase();
    if (!GIVEN.has(given) || GIVEN.has(surname) || AMBIGUOUS_GIVEN.has(surname)) continue;
    if ((COMMON.has(surname) && !WORD_SURNAMES.has(surname)) || NEVER_NAME.has(surname) || PLACES.has(surname))
      continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    out.push({ start, end, type: 'PERSON', subtype: 'SURNAME_FIRST', score: 0.72, source: 'pattern' });
  }
}

/**
 * A given name written in lower case after "my" and a family or work word, in text that otherwise
 * has capitals ("can u help me email my boss karen about my leave?"): the capital rules skip it.
 */
const OWNED_ROLE =
  /(?<![\p{L}])(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)[ \t]+(?:boss|manager|wife|husband|partner|son|daughter|mom|mum|dad|mother|father|brother|sister|friend|colleague|coworker|co-worker|teacher|doctor|neighbou?r|landlord|girlfriend|boyfriend|fiancée?|cousin|aunt|uncle|grandma|grandpa|kid|child)[ \t]+(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])/gu;
const HAS_UPPER_CASE = /\p{Lu}/u;
const OWNED_ROLE_LOOSE = /my|his|her|our|their|your/gi;

function lowerCaseNamesAfterRoles(text: string, out: Candidate[]): void {
  for (const m of matchesVia(OWNED_ROLE, OWNED_ROLE_LOOSE, text)) {
    const name = m[1]!;
    if (!GIVEN.has(name) || COMMON.has(name) || NEVER_NAME.has(name)) continue;
    const start = m.index + m[0].length - name.length;
    // "my colleague jane doe", "my boss karen kowalski": the surname after it, when it is one of the
    // surnames that are words too, or no word and shaped like a surname (not "said", "texted").
    const surname = LOWER_WORD_AFTER.exec(text.slice(start + name.length, start + name.length + 32))?.[1];
    const takesSurname =
      !!surname &&
      !NEVER_NAME.has(surname) &&
      !GIVEN.has(surname) &&
      !PLACES.has(surname) &&
      (WORD_SURNAMES.has(surname) || (!isCommon(surname) && SURNAME_SUFFIX.test(fold(surname))));
    const end = start + name.length + (takesSurname ? 1 + surname.length : 0);
    out.push({ start, end, type: 'PERSON', subtype: 'ROLE', score: 0.62, source: 'pattern' });
  }
}
const LOWER_WORD_AFTER = /^ (\p{Ll}[\p{Ll}'’-]{1,30})(?![\p{L}\p{N}])/u;

/**
 * Given names written in lower case and listed together in text that otherwise has capitals
 * ("attendees were priya, tom and giulia", "invite sarah and omar"): two such names side by side
 * make a list of people. Only names that are no word nor place ("will", "paris", "sage" are left).
 */
const LIST_SEPARATOR = /,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+/g;
const LOWER_LETTER = /\p{Ll}/u;
const WORD_GLUE = /[\p{L}\p{N}@._-]/u;
const isLowerAt = (text: string, i: number) => i >= 0 && i < text.length && LOWER_LETTER.test(text[i]!);

const onlyAName = (w: string) =>
  GIVEN.has(w) && !AMBIGUOUS_GIVEN.has(w) && !COMMON.has(w) && !NEVER_NAME.has(w) && !PLACES.has(w);

/** The lower-case word ending at `end` (nothing glued before it), or undefined. */
function lowerWordBefore(text: string, end: number): string | undefined {
  let s = end;
  while (s > 0 && end - s < 24 && isLowerAt(text, s - 1)) s--;
  if (end - s < 2 || (s > 0 && WORD_GLUE.test(text[s - 1]!))) return undefined;
  return text.slice(s, end);
}

/** The lower-case word starting at `start` (nothing glued after it), or undefined. */
function lowerWordAfter(text: string, start: number): string | undefined {
  let e = start;
  while (e < text.length && e - start < 24 && isLowerAt(text, e)) e++;
  if (e - start < 2 || (e < text.length && WORD_GLUE.test(text[e]!) && text[e] !== '.')) return undefined;
  return text.slice(start, e);
}

function lowerCaseNameLists(text: string, out: Candidate[]): void {
  let last = -1;
  for (const sep of allMatches(LIST_SEPARATOR, text)) {
    const end = sep.index + sep[0].length;
    // Most separators stand after a number, a capital or a sign: no word is cut out for them.
    if (!isLowerAt(text, sep.index - 1) || !isLowerAt(text, end)) continue;
    const a = lowerWordBefore(text, sep.index);
    const b = a && onlyAName(a) ? lowerWordAfter(text, end) : undefined;
    if (!a || !b || !onlyAName(b)) continue;
    const aStart = sep.index - a.length;
    // A name shared with the previous pair ("priya, tom" then "tom and giulia") is added once.
    if (aStart > last)
      out.push({ start: aStart, end: sep.index, type: 'PERSON', subtype: 'LIST', score: 0.6, source: 'pattern' });
    out.push({ start: end, end: end + b.length, type: 'PERSON', subtype: 'LIST', score: 0.6, source: 'pattern' });
    last = end;
  }
}

export const PERSON_RECOGNIZER: Recognizer = {
  name: 'person-context',
  types: ['PERSON'],
  detect: (text) => {
    const out = detectInContext(text);
    // Most texts have no line of capitals: the regex only tries line starts.
    for (const c of nameLinesInCapitals(text)) out.push(c);
    // Text without capitals already went through the lower-case reading (caseless.ts).
    if (HAS_UPPER_CASE.test(text)) {
      lowerCaseNamesAfterRoles(text, out);
      lowerCaseNameLists(text, out);
      surnameFirstNames(text, out);
    }
    return out;
  },
};
