// The detection engine: runs every detector over a text, merges what they find into one
// entity per span, applies the caller's options, and reports honestly when the model could
// not run (nerAvailable: false) so callers can block instead of sending half-protected text.
import {
  ENTITY_TYPES,
  type DetectOptions,
  type DetectionResult,
  type Entity,
  type EntityType,
  type InjectionReport,
} from '../../../shared/entities';
import type { PlaceholderMap } from '../../../shared/placeholders';
import { checkInjection } from './injection';
import { FIELDS_RECOGNIZER } from './fields';
import { AllowList, compileCustomRecognizers, denyListCandidates } from './lists';
import { LOCATION_RECOGNIZERS } from './location';
import { AMBIGUOUS_PLACES, PLACES, WELL_KNOWN_PLACES } from './location/lexicon';
import { mergeCandidates } from './merge';
import {
  joinNameParticles,
  takeNativeScriptNames,
  takeNicknamedSurnames,
  takeWillBeforeSurnames,
  widenOrgEdges,
} from './span-edges';
import { NAME_RECOGNIZERS } from './names';
import { affiliationsOfPersons, namesABody } from './names/org';
import { isKnownCompany } from './names/companies';
import { AMBIGUOUS_GIVEN, GIVEN } from './names/lexicon';
import { isPlainTitle, namesAProduct } from './names/person';
import { LaneDetectorError, offload, type LaneFound, type ParallelOptions } from './parallel';
import { loadNerModel, type NerLoadProgress, type NerModel } from './ner';
import {
  modelSpanAgainstRules,
  ONE_WORD,
  personThenOf,
  retypeByRulePersons,
  splitAtIn,
  withoutModelNoiseOverScriptNames,
} from './ner/against-rules';
import { withinTableCells } from './tab-rows';
import {
  isAppName,
  isJobTitleEnd,
  isJobTitleStart,
  isTechTerm,
  labelledValueTailLength,
  formLabelLength,
  leadingLabelLength,
  leadingVerbLength,
  opensWithRole,
  trailingLabelLength,
  trailingLowerWordLength,
} from './ner/tech-terms';
import { isChatNoise, isKnownName, isSentenceOpeningWord, opensSentence } from './ner/sentence-start';
import { raiseMidSentenceName } from './ner/mid-sentence';
import { isNounAfterArticle, rulesWithoutArticleNouns } from './ner/article-nouns';
import { isDemonymAlone } from './ner/demonym';
import { lowerWordPieces, withStreetName } from './ner/edge-words';
import { rulesWithoutGermanNouns, withoutGermanNouns } from './ner/german-nouns';
import { truecaseForModel } from './ner/truecase';
import { PATTERN_RECOGNIZERS } from './patterns';
import { applyPlaceholders, PlaceholderSession } from './placeholders';
import { WARM_UP_TEXTS } from './warm-up';
import { SECRET_RECOGNIZERS } from './secrets';
import { STRUCTURED_RECOGNIZERS } from './structured';
import type { Candidate, Recognizer } from './types';

export const DEFAULT_THRESHOLD = 0.5;

/** Longest text the model is run on; longer text is refused for NER (and reported), not truncated. */
export const DEFAULT_MAX_NER_CHARS = 500_000;

export const BUILTIN_RECOGNIZERS: readonly Recognizer[] = [
  ...STRUCTURED_RECOGNIZERS,
  ...PATTERN_RECOGNIZERS,
  ...SECRET_RECOGNIZERS,
  ...LOCATION_RECOGNIZERS,
  ...NAME_RECOGNIZERS,
  FIELDS_RECOGNIZER,
];

const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

/** A detector's findings; a detector that throws stops the detection. */
function find(detector: Pick<Recognizer, 'name' | 'detect'>, text: string): Candidate[] {
  try {
    return detector.detect(text);
  } catch (err) {
    throw new DetectionError(detector.name, err);
  }
}

/** Add a detector's findings to `into`. */
function collect(into: Candidate[], detector: Pick<Recognizer, 'name' | 'detect'>, text: string): void {
  for (const c of find(detector, text)) into.push(c);
}

/**
 * Run `recognizers` over `text`, adding their findings to `into` in order. A long text shares the
 * worker lane with the worker (parallel/): this thread runs the others and `meanwhile` (other work
 * for it), then takes worker-lane recognizers the worker has not started, until none is left. Same
 * findings in the same order. A worker that cannot run leaves its share to this thread.
 */
async function collectSplit(
  into: Candidate[],
  recognizers: readonly Recognizer[],
  text: string,
  parallel: ParallelOptions,
  meanwhile: () => void,
): Promise<void> {
  const remote = offload(text, recognizers, parallel);
  if (!remote) {
    for (const r of recognizers) collect(into, r, text);
    return;
  }
  const slots = recognizers.map((r) => (remote.members.has(r) ? undefined : find(r, text)));
  meanwhile();
  const taken = new Map<Recognizer, Candidate[]>();
  for (let i = remote.take(); i >= 0; i = remote.take()) taken.set(remote.order[i]!, find(remote.order[i]!, text));
  let found: LaneFound | undefined;
  try {
    found = await remote.found;
  } catch (err) {
    if (err instanceof LaneDetectorError) throw new DetectionError(err.detector, err);
  }
  const byWorker = new Map<Recognizer, Candidate[]>();
  if (found) remote.order.forEach((r, i) => found[i] && byWorker.set(r, found[i]));
  for (let i = 0; i < recognizers.length; i++) {
    const r = recognizers[i]!;
    const slot = slots[i] ?? taken.get(r) ?? byWorker.get(r) ?? find(r, text);
    for (const c of slot) into.push(c);
  }
}

/** The public form of a merged candidate. Plain literals, not spreads: a long text has many. */
function toEntity(text: string, c: Candidate): Entity {
  const score = Math.round(c.score * 1000) / 1000;
  const value = text.slice(c.start, c.end);
  const e: Entity = c.subtype
    ? { start: c.start, end: c.end, type: c.type, subtype: c.subtype, score, source: c.source, text: value }
    : { start: c.start, end: c.end, type: c.type, score, source: c.source, text: value };
  if (c.validated) e.validated = true;
  return e;
}

/** A detector threw: the caller must not send anything. */
export class DetectionError extends Error {
  readonly code = 'DETECTION_FAILED';
  constructor(
    readonly detector: string,
    cause: unknown,
  ) {
    super(`Detector "${detector}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DetectionError';
  }
}

export type ModelState = 'not-configured' | 'not-loaded' | 'loading' | 'ready' | 'error';

export interface ModelStatus {
  state: ModelState;
  modelDir?: string;
  error?: string;
  progress?: NerLoadProgress;
}

export interface DetectorConfig {
  /** transformers.js-layout model directory; default `PROMPT_VAULT_MODEL_DIR`; null = no model. */
  modelDir?: string | null;
  onProgress?: (p: NerLoadProgress) => void;
  /**
   * Load the int8 weights (true) or the fp32 ones (false); default: models/weights.ts's choice.
   * The app passes the resolver's choice, so the file loaded is the file it verified.
   */
  quantized?: boolean;
  maxNerChars?: number;
  /** Replaces the built-in recognizers (tests). */
  recognizers?: readonly Recognizer[];
  /**
   * Long texts run part of the recognizers in a worker thread (parallel/); false keeps every
   * recognizer on the calling thread. Same findings either way.
   */
  parallel?: ParallelOptions | false;
}

export interface RedactOptions extends DetectOptions {
  /** The conversation's placeholder session, so values keep their placeholders across turns. */
  session?: PlaceholderSession;
}

export interface RedactionResult {
  redacted: string;
  entities: Entity[];
  /** Placeholders used in this text. */
  map: PlaceholderMap;
  detection: DetectionResult;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const IDENTIFIER_START = /[\p{L}_]/u;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z]/;

const HYPHENATED_REST = /^-[\p{L}\p{N}]+/u;

/**
 * The rest of a hyphenated word a model's span stops inside: "-ID" after "Meine Steuer" ("Steuer-ID");
 * empty when the span ends the word.
 */
function hyphenatedRest(text: string, end: number): string {
  return text[end] === '-' ? (HYPHENATED_REST.exec(text.slice(end, end + 24))?.[0] ?? '') : '';
}

const CAPITAL_PIECES_AFTER = /^(?:-\p{Lu}\p{Ll}[\p{L}\p{M}]*)+/u;
const LAST_WORD_CAPITALISED = /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*$/u;
const CAPITAL_PIECES_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}-])((?:\p{Lu}\p{Ll}[\p{L}\p{M}]*-)+)$/u;

/**
 * A model's span that stops at a hyphen inside a name of capitalised pieces takes the other pieces:
 * "Санкт" and "Петербурге" of "Санкт-Петербурге" (read as a place and a firm), "Jean" of "Jean-Pierre".
 */
function acrossCapitalHyphens(text: string, c: Candidate): Candidate {
  let { start, end } = c;
  if (text[end] === '-' && LAST_WORD_CAPITALISED.test(text.slice(Math.max(c.start, end - 48), end))) {
    const m = CAPITAL_PIECES_AFTER.exec(text.slice(end, end + 48));
    if (m) end += m[0].length;
  }
  if (text[start - 1] === '-' && /\p{Lu}/u.test(text[start] ?? '')) {
    const m = CAPITAL_PIECES_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
    if (m) start -= m[1]!.length;
  }
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

/** A span cut inside a hyphenated word that is a term with the word's rest; asked only when there is a rest. */
const isTechTermWithRest = (span: string, rest: string): boolean => rest !== '' && isTechTerm(span + rest);

/**
 * A word that names a number after it: "Type 2 Diabetes", "Stage 3", "Phase II", "Room 101". The model
 * takes some of them, capitalised, for a firm or a place; also a seat's number itself.
 */
const NUMBER_HEADS = new Set(
  (
    'type stage phase level grade step chapter section part page room floor class category tier version ' +
    'release season episode volume issue figure table appendix article clause item ward bed gate platform ' +
    'terminal schedule exhibit annex round week day year'
  ).split(' '),
);
const NUMBER_AFTER = /^[ \t]+(?:\d{1,4}[a-z]?|[IVX]{1,4})\b/;
/** An airline's code after the word "flight" or "flying" ("Flight LH 401", "flying LH 400"), which the model takes for a firm. */
const AIRLINE_CODE = /^[A-Z0-9]{2}$/;
const AFTER_FLIGHT = /(?:flight[ \t]*(?:no\.?|number|#)?|fly(?:ing)?|flew|flies|aboard)[ \t]*$/i;
/** A seat's or berth's number with its letter after its word ("seat 42K", "Bett 12B"), taken for a place. */
const SEAT = /^\d{1,3}[A-Z]$/;
const AFTER_SEAT =
  /\b(?:seat|row|gate|berth|bed|bay|locker|cabin|coach|sitz|platz|siège|asiento|posto)[ \t]*(?:no\.?|#)?[ \t]*$/i;
/** A flight's number, its airline's code and digits: "LH 400", "BA178". */
const FLIGHT_NUMBER = /^[A-Z0-9]{2}[ \t]?\d{1,4}$/;
/**
 * Words and a kind of room named by its number or letter: "Conference Room B", "Heathrow Terminal 5".
 * A guest's "Room 1207" alone stays (with a hotel and a date it points at a person), and so does an
 * address ("9543 1819 St. John Street Suite 056"; a gate is also a Norwegian street, "Trenerys gate 232").
 */
const NUMBERED_PLACE_END = /^[\p{L}'’.-]+(?:[ \t]+[\p{L}'’.-]+)*[ \t]+(?:room|terminal|platform)[ \t]+[A-Z0-9]{1,4}$/iu;
/** Vital signs and their values: "HR 76, SpO2 97", "BP 142/88". */
const VITALS = /^(?:(?:hr|bp|rr|spo2|sao2|o2|temp|gcs|pulse|bmi|hba1c|map)[ \t:]*[\d./]+%?[,;]?[ \t]*)+$/i;
const namesANumber = (span: string, before: string, after: string): boolean =>
  NUMBERED_PLACE_END.test(span) ||
  VITALS.test(span) ||
  (SEAT.test(span) && AFTER_SEAT.test(before)) ||
  (FLIGHT_NUMBER.test(span) && AFTER_FLIGHT.test(before)) ||
  ((NUMBER_HEADS.has(span.toLowerCase()) || (AIRLINE_CODE.test(span) && AFTER_FLIGHT.test(before))) &&
    NUMBER_AFTER.test(after));

/**
 * A medicine with its dose, which the model takes for a person or a place: "20mg Omeprazole", "500 mg
 * Metformin", "Amoxicillin 500mg". A dose before the span (or opening it) says so; after it, only for one
 * word that is no known name ("gave Anna 500mg" keeps Anna).
 */
const DOSE_UNIT = String.raw`(?:mg|mcg|µg|ml|iu|units?)`;
const DOSE = String.raw`\d+(?:[.,]\d+)?[ \t]?${DOSE_UNIT}`;
const DOSE_OPENS = new RegExp(String.raw`^${DOSE}[ \t]+`, 'i');
const DOSE_BEFORE = new RegExp(String.raw`${DOSE}[ \t]+$`, 'i');
const DOSE_AFTER = new RegExp(String.raw`^[ \t]+${DOSE}(?![\p{L}])`, 'iu');
/** A word and the number of its dose, the unit left after the span: "ibuprofen 400" of "ibuprofen 400 mg". */
const WORD_AND_NUMBER = /^(\p{L}[\p{L}-]*)[ \t]+\d+(?:[.,]\d+)?$/u;
const UNIT_AFTER = new RegExp(String.raw`^[ \t]?${DOSE_UNIT}(?![\p{L}])`, 'iu');

function isDosedMedicine(text: string, c: Candidate, span: string): boolean {
  if (DOSE_OPENS.test(span) || DOSE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return true;
  const numbered = WORD_AND_NUMBER.exec(span);
  if (numbered && !isKnownName(numbered[1]!) && UNIT_AFTER.test(text.slice(c.end, c.end + 8))) return true;
  return !span.includes(' ') && !isKnownName(span) && DOSE_AFTER.test(text.slice(c.end, c.end + 16));
}

/** The word that opens the name of a lake, a mountain or a cape: "Lake Tahoe", "Mount Kenya". */
const NATURAL_PLACE_HEAD = /^(?:lake|mount|mt\.?|river|cape|isle|loch|lago|monte|mont)[ \t]+\S/;
/** A street's type before its name's particle: "Route de la Corniche Ouest", "Avenida da Liberdade" (read as a person). */
const STREET_HEAD =
  /^(?:rue|route|avenue|boulevard|chemin|allée|place|quai|impasse|calle|avenida|paseo|carrer|camino|rua|travessa|via|viale|corso|piazza|strada)[ \t]+(?:de|del|della|delle|dei|degli|des|du|da|do|dos|das|di|la|le|les|l['’]|d['’])/;
/** The word that ends the name of a country's part: "Oyo State", "Kiambu County", "Aichi Prefecture". */
const REGION_TAIL = /\S[ \t]+(?:state|province|county|prefecture|oblast|governorate|district|region)$/;

/**
 * A model's person that is a well-known place and no given name ("Rio de Janeiro", "Buenos Aires",
 * "Istanbul"), a lake's or mountain's name ("Lake Tahoe") or a state's or county's ("Oyo State"): the place. A place that is also a given
 * name stays a person ("Georgia", "Jordan").
 */
function asPlaceIfWellKnown(text: string, c: Candidate): Candidate {
  const span = text.slice(c.start, c.end).toLowerCase();
  if (NATURAL_PLACE_HEAD.test(span) || REGION_TAIL.test(span) || STREET_HEAD.test(span))
    return { ...c, type: 'LOCATION' };
  if (!WELL_KNOWN_PLACES.has(span)) return c;
  const first = span.split(/[ \t-]/)[0]!;
  return GIVEN.has(first) || AMBIGUOUS_GIVEN.has(first) || AMBIGUOUS_PLACES.has(span) ? c : { ...c, type: 'LOCATION' };
}

/** One word that ends in "bank": a bank's name ("Vietcombank", "Commerzbank", "Rabobank"). */
const BANK_WORD = /^\p{Lu}\p{L}{2,}bank$/u;
const isBankWord = (span: string): boolean => BANK_WORD.test(span);

/** The word that ends a street's name: "Kimathi Street", read as a firm. */
const STREET_TAIL = /\S[ \t]+(?:street|road|avenue|boulevard|lane|highway)$/;

/**
 * A model's place or firm after a name's label ("surname KOWALCZYK"): the person. A model's place that is
 * one known given name and no place the lists know, not where a place goes
 * ("me and Jamal went to Nairobi"): the person. A model's firm whose last word is a street's ("Kimathi Street"),
 * or that is a well-known place of several words ("Ho Chi Minh City"): the place.
 */
function typedByItsWords(text: string, c: Candidate): Candidate {
  const span = text.slice(c.start, c.end);
  const lower = span.toLowerCase();
  // After a person's name's own label: "surname KOWALCZYK, given names ANNA MARIA" (read as a place, a firm).
  if (NAME_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return { ...c, type: 'PERSON' };
  if (c.type === 'ORG' && STREET_TAIL.test(lower)) return { ...c, type: 'LOCATION' };
  // A well-known place of several words is no firm: "Ho Chi Minh City" (one word may be a club's: "Barcelona").
  if (c.type === 'ORG' && lower.includes(' ') && WELL_KNOWN_PLACES.has(lower) && !AMBIGUOUS_PLACES.has(lower))
    return { ...c, type: 'LOCATION' };
  if (c.type !== 'LOCATION' || !ONE_WORD.test(span)) return c;
  if (!GIVEN.has(lower) || AMBIGUOUS_GIVEN.has(lower) || PLACES.has(lower) || AMBIGUOUS_PLACES.has(lower)) return c;
  // Not where a place goes: "return to Leon", "originally from Dolores".
  return PLACE_WORD_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) ? c : { ...c, type: 'PERSON' };
}
const NAME_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:surname|given[ \t]+names?|first[ \t]+names?|last[ \t]+names?|family[ \t]+names?|forenames?|middle[ \t]+names?|full[ \t]+name|apellidos?|prénoms?|vorname|nachname|cognome)[ \t]*[:=]?[ \t]*$/iu;
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:to|from|in|at|near|of|via)[ \t]+$/iu;

/** One word of eight characters or more that mixes letters and digits: a code, key or address. */
const CODE_WORD = /^(?=[^\s]*\d)(?=[^\s]*\p{L})[\p{L}\p{N}_-]{8,}$/u;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A model span that is no name, place or firm: a code the model read as one ("16Yeky6GMjeNkAiNcBY7…",
 * a wallet), or letters of the alphabet in order, a form's filler ("ABCDEFGHIJ", "abcdefghijk").
 */
function isCodeOrFiller(span: string): boolean {
  if (CODE_WORD.test(span)) return true;
  const lower = span.toLowerCase();
  return lower.length >= 5 && ALPHABET.includes(lower);
}

/**
 * A time of day ("5pm", "10:30 a.m.", "14h") or a bare number, or an amount in a currency's code
 * ("250 USD" of "convert 1,250 USD to EUR"; "EUR 14" of "wire EUR 14,500 to…"): never a name,
 * place or organisation.
 */
const TIME_OR_NUMBER = /^\d{1,2}(?:[:.]\d{2})?[ \t]?(?:[ap]\.?m\.?|h|hrs?|uhr)?$|^\d[\d.,]*[ \t]?[A-Z]{3}$/i;
const CODE_THEN_AMOUNT = /^[A-Z]{3}[ \t]?\d[\d.,]*$/;

/**
 * The model labels pieces of identifiers ("KEY" in API_KEY=..., "cade" in 2001::25de::cade) as
 * names; a real name starts and ends on a word boundary.
 */
function onWordBoundaries(text: string, c: Candidate): boolean {
  if (WORD_CHAR.test(text[c.start - 1] ?? ' ') || WORD_CHAR.test(text[c.end] ?? ' ')) return false;
  // Nor is an identifier in code: "Worker.run()", "Table(", "os.Path".
  const after = text[c.end];
  if (after === '(' || (after === '.' && IDENTIFIER_START.test(text[c.end + 1] ?? ' '))) return false;
  // Nor a key of "key=value" ("AccountName=acmestore;AccountKey=...").
  if (after === '=' && text[c.end + 1] !== '=') return false;
  // Nor the letters of a key like "PROJ-1240" (a place's postcode may follow its name: "Tiago 3610-114").
  if (after === '-' && DIGIT.test(text[c.end + 1] ?? ' ') && UPPER.test(text[c.end - 1] ?? ' ')) return false;
  return !(text[c.start - 1] === '.' && WORD_CHAR.test(text[c.start - 2] ?? ' '));
}

/**
 * A model's span never runs over a line break or a table's cell: "Ingrid Nilsen\nSubject" (a mail
 * header's next line), "Japan\nDelhi" (two rows of a table), "34,Pune,1200000" (a CSV row) are
 * pieces, each judged alone. Addresses over several lines are the address rules' (the model knows
 * places, not addresses).
 */
export function linePieces(text: string, c: Candidate): Candidate[] {
  CELL_BREAK.lastIndex = c.start;
  const first = CELL_BREAK.exec(text);
  if (!first || first.index >= c.end) return [c];
  const pieces: Candidate[] = [];
  let start = c.start;
  let afterCell = false;
  for (let m: RegExpExecArray | null = first; start < c.end; m = CELL_BREAK.exec(text)) {
    const inside = !!m && m.index < c.end;
    const end = inside ? m!.index : c.end;
    const beforeCell = inside && m![0] !== '\n';
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // A sentence's full stop at the line's end is no part of the piece ("Lisboa." of "…, Lisboa.\nAgent"),
    // an abbreviation's period is ("Co.", "Inc.", "Jr.": no word of five letters or more).
    if (inside && text[e - 1] === '.' && LONG_WORD_BEFORE_STOP.test(text.slice(Math.max(s, e - 8), e))) e--;
    // A cell of digits alone ("34" of "34,Pune,1200000") is no name or place; a line of them may
    // be the postcode that ends an address.
    if (e > s && (LETTER.test(text.slice(s, e)) || !(afterCell || beforeCell))) pieces.push({ ...c, start: s, end: e });
    afterCell = beforeCell;
    start = inside ? m!.index + m![0].length : c.end;
  }
  return pieces;
}

const LONG_WORD_BEFORE_STOP = /\p{L}{5}\.$/u;

/**
 * Where a model's span is cut: a line break, a tab, a table's bar, and a comma or semicolon with no
 * space after it (a CSV row's "34,Pune,1200000"; prose writes "Cambridge, MA").
 */
const CELL_BREAK = /\n|\t|\||[,;](?=\S)/g;
const LETTER = /\p{L}/u;

// Module level: tsx rewrites a \p{..} regex literal into a `new RegExp` at each evaluation.
const SECOND_WORD = /^\p{L}+\.?[ \t]+(\p{L}+)/u;
const THIRD_WORD = /^\p{L}+\.?[ \t]+\p{L}+\.?[ \t]+\p{L}/u;

/** A title left alone of a model's span cut around the name after it: "Monsieur" of "Monsieur Étienne". */
const isTitleAlone = (text: string, c: Candidate): boolean =>
  isPlainTitle(text.slice(c.start, c.end).replace(/\.$/, '').toLowerCase());

/**
 * True when the word after a span's first word is a given name or a title ("Student Lily Zhang",
 * "Hausarzt Dr. Winkler" the model took for a place).
 */
function givenNameAfterLabel(span: string): boolean {
  const second = SECOND_WORD.exec(span)?.[1]?.toLowerCase();
  if (!second) return false;
  if (GIVEN.has(second) || AMBIGUOUS_GIVEN.has(second)) return true;
  // A title counts only with a name after it: "Bonjour Monsieur" is a greeting.
  return isPlainTitle(second) && THIRD_WORD.test(span);
}

const APOSTROPHE_SURNAME = /^['’]\p{L}+/u;

/** "kevin o" of "kevin o'malley": a model's name that stops at the apostrophe of O', D' takes the rest. */
function withApostropheSurname(text: string, c: Candidate): Candidate {
  const last = text[c.end - 1];
  if (last !== 'o' && last !== 'O' && last !== 'd' && last !== 'D') return c;
  if (c.end - c.start > 1 && WORD_CHAR.test(text[c.end - 2]!)) return c;
  const m = APOSTROPHE_SURNAME.exec(text.slice(c.end, c.end + 40));
  return m ? { ...c, end: c.end + m[0].length } : c;
}

export class Detector {
  private readonly modelDir: string | undefined;
  private readonly recognizers: readonly Recognizer[];
  private readonly maxNerChars: number;
  private readonly parallel: ParallelOptions | false;
  private model: Promise<NerModel> | undefined;
  private status: ModelStatus;

  constructor(private readonly config: DetectorConfig = {}) {
    this.modelDir =
      config.modelDir === null ? undefined : (config.modelDir ?? (process.env.PROMPT_VAULT_MODEL_DIR || undefined));
    this.recognizers = config.recognizers ?? BUILTIN_RECOGNIZERS;
    this.maxNerChars = config.maxNerChars ?? DEFAULT_MAX_NER_CHARS;
    this.parallel = config.parallel ?? {};
    this.status = this.modelDir
      ? { state: 'not-loaded', modelDir: this.modelDir }
      : { state: 'not-configured', error: 'No NER model directory is configured.' };
  }

  modelStatus(): ModelStatus {
    return { ...this.status };
  }

  /** Load the model once; later calls share the same promise. Rejects with a readable reason. */
  ensureModel(): Promise<NerModel> {
    if (!this.modelDir) return Promise.reject(new Error(this.status.error));
    if (!this.model) {
      const modelDir = this.modelDir;
      this.status = { state: 'loading', modelDir };
      this.model = loadNerModel(modelDir, {
        ...(this.config.quantized === undefined ? {} : { quantized: this.config.quantized }),
        onProgress: (p) => {
          if (this.status.state === 'loading') this.status = { ...this.status, progress: p };
          this.config.onProgress?.(p);
        },
      }).then(
        (m) => {
          this.status = { state: 'ready', modelDir };
          return m;
        },
        (err: unknown) => {
          const error = err instanceof Error ? err.message : String(err);
          this.status = { state: 'error', modelDir, error };
          // A later call may retry (e.g. after the user downloads the model).
          this.model = undefined;
          throw err instanceof Error ? err : new Error(error);
        },
      );
    }
    return this.model;
  }

  async detect(text: string, options: DetectOptions = {}): Promise<DetectionResult> {
    const t0 = performance.now();
    const enabled = options.enabledTypes ? new Set<EntityType>(options.enabledTypes) : ALL_TYPES;
    const allow = new AllowList(options.allowList);
    const custom = compileCustomRecognizers(options.customRecognizers);

    let injection: InjectionReport | undefined;
    // Long texts check for injection while the worker finishes its share of the recognizers.
    const checkForInjection = (): InjectionReport =>
      (injection = options.injection === false ? { score: 0, findings: [] } : checkInjection(text));
    const fromRules: Candidate[] = [];
    const active =
      options.enabledTypes === undefined
        ? this.recognizers
        : this.recognizers.filter((r) => r.types.some((t) => enabled.has(t)));
    if (this.parallel) {
      await collectSplit(fromRules, active, text, this.parallel, checkForInjection);
    } else {
      for (const r of active) collect(fromRules, r, text);
    }
    for (const r of custom) collect(fromRules, r, text);
    collect(fromRules, { name: 'deny-list', detect: (t) => denyListCandidates(t, options.denyList) }, text);
    // "Adresse von Lukas", "Meine Kollegin Sabine Hoffmann", "il Rinnovo della Carta": nouns are no names.
    const candidates = rulesWithoutArticleNouns(text, rulesWithoutGermanNouns(text, withinTableCells(text, fromRules)));
    // The body a person the rules found is "of" ("Vilma Holm of Here"): read from the persons of every recognizer.
    for (const c of affiliationsOfPersons(text, candidates)) candidates.push(c);

    let nerAvailable = false;
    let nerError: string | undefined;
    if (options.ner === false) {
      nerError = 'The NER model was turned off for this call.';
    } else if (text.length > this.maxNerChars) {
      nerError = `The text is too long for the NER model (${text.length} characters, limit ${this.maxNerChars}).`;
    } else {
      try {
        const model = await this.ensureModel();
        const againstRules = modelSpanAgainstRules(text, candidates);
        const splitPerson = personThenOf(text, candidates);
        const splitIn = splitAtIn(text);
        // Split at " in " after the rules' corrections, which first take a person they found out of the
        // span ("Jean-François Tremblay in Montréal, QC …" is the person, then the place).
        const adjustedSpans = (await model.detect(truecaseForModel(text)))
          .flatMap(splitPerson)
          .map(againstRules)
          .flatMap(splitIn);
        for (const adjusted of adjustedSpans) {
          // Nothing left once a value's label is cut ("TFN" before "123 456 782").
          if (adjusted.end <= adjusted.start) continue;
          for (const piece of linePieces(text, withStreetName(text, acrossCapitalHyphens(text, adjusted))).flatMap(
            (p) => lowerWordPieces(text, p),
          )) {
            // "Caller Fatima Benali": the label before a name is not part of it, nor of the place or
            // organisation the model takes a name for ("Student Lily Zhang"; not "Customer Service").
            const value = text.slice(piece.start, piece.end);
            // Nor is the verb that opens the prompt ("Compare Apple, Microsoft and…").
            const label =
              formLabelLength(value) ||
              (piece.type === 'PERSON' || givenNameAfterLabel(value)
                ? leadingLabelLength(value)
                : opensSentence(text, piece.start)
                  ? leadingVerbLength(value)
                  : 0);
            // "Warszawa, PESEL": nor is the label of the value after it.
            // "…, Harrogate HG1 2QE, VAT GB 123": nor the next value and its label after a comma.
            const next =
              trailingLabelLength(value) ||
              (piece.type === 'PERSON' ? trailingLowerWordLength(value) : labelledValueTailLength(value));
            // The role and given name the model took for a firm or place say it is a person:
            // "Inspector Helen Park" (read as an organisation).
            // And the words of a body say it is one: "Tata Consultancy Services" (read as a place),
            // "Hospital Italiano de Buenos" (read as a person). So does a maker's name, alone or before its
            // product's ("Toyota Corolla", read as a person; "Volvo", as a place), and a bank's ("Vietcombank").
            const body = value.slice(label, value.length - next);
            const type =
              piece.type !== 'PERSON' && label && opensWithRole(value)
                ? 'PERSON'
                : piece.type !== 'ORG' &&
                    (namesABody(body) ||
                      namesAProduct(body) ||
                      isBankWord(body) ||
                      (isKnownCompany(body) && !isAppName(body, piece.type)))
                  ? 'ORG'
                  : piece.type;
            const cut =
              label || next || type !== piece.type
                ? { ...piece, type, start: piece.start + label, end: piece.end - next }
                : piece;
            const typed = cut.type === 'PERSON' ? asPlaceIfWellKnown(text, cut) : typedByItsWords(text, cut);
            const c = withoutGermanNouns(text, typed.type === 'PERSON' ? withApostropheSurname(text, typed) : typed);
            if (c === undefined) continue;
            const span = text.slice(c.start, c.end);
            if (
              onWordBoundaries(text, c) &&
              !isTechTerm(span) &&
              !isTechTermWithRest(span, hyphenatedRest(text, c.end)) &&
              !isJobTitleStart(span, text.slice(c.end, c.end + 40)) &&
              !isJobTitleEnd(span, text.slice(Math.max(0, c.start - 60), c.start)) &&
              !isAppName(span, c.type) &&
              !isSentenceOpeningWord(text, c.start, c.end) &&
              !isChatNoise(span) &&
              !isNounAfterArticle(text, c) &&
              !TIME_OR_NUMBER.test(span) &&
              !CODE_THEN_AMOUNT.test(span) &&
              !isCodeOrFiller(span) &&
              !namesANumber(span, text.slice(Math.max(0, c.start - 16), c.start), text.slice(c.end, c.end + 8)) &&
              !isDosedMedicine(text, c, span) &&
              !isDemonymAlone(text, c.start, c.end)
            )
              candidates.push(raiseMidSentenceName(text, c));
          }
        }
        nerAvailable = true;
        retypeByRulePersons(text, candidates);
        withoutModelNoiseOverScriptNames(text, candidates);
      } catch (err) {
        nerError = `The NER model could not run: ${err instanceof Error ? err.message : String(err)}`;
      }
    }

    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const kept = candidates.filter((c) => {
      if (!enabled.has(c.type)) return false;
      if (c.source === 'deny-list') return true;
      if (c.score < (options.perTypeThreshold?.[c.type] ?? threshold)) return false;
      return allow.empty || !allow.allows(text.slice(c.start, c.end));
    });

    // A model span cut back by a pattern's value can leave just the label before it: "IBAN" of
    // "IBAN GB33...", "CVV" of "CVV 737". The label alone is no name.
    // A span cut around a pattern's value can end in the words before it: "Compte Rendu de la" (of
    // "… de la Réunion"), which lose their lower-case words.
    // Also once its lower-case words are cut: "CV" of the model's "CV of Luca Bianchi" cut around the name.
    const merged = mergeCandidates(text, kept)
      .flatMap((c) => (c.source === 'ner' && c.subtype === undefined ? lowerWordPieces(text, c) : [c]))
      .filter((c) => c.source !== 'ner' || !(isTechTerm(text.slice(c.start, c.end)) || isTitleAlone(text, c)));
    const entities: Entity[] = takeNativeScriptNames(
      text,
      joinNameParticles(text, takeWillBeforeSurnames(text, takeNicknamedSurnames(text, widenOrgEdges(text, merged)))),
    ).map((c) => toEntity(text, c));

    return {
      entities,
      injection: injection ?? checkForInjection(),
      nerAvailable,
      ...(nerError ? { nerError } : {}),
      ms: performance.now() - t0,
    };
  }

  /**
   * Run detection over WARM_UP_TEXTS a few times so that the first real texts run at full speed (see
   * warm-up.ts). With `ner`, the model is loaded and run too. Findings are discarded.
   */
  async warmUp(options: { ner?: boolean; rounds?: number } = {}): Promise<void> {
    const rounds = options.rounds ?? 8;
    for (let i = 0; i < rounds; i++) {
      for (const text of WARM_UP_TEXTS) {
        await this.detect(text, { ner: options.ner === true && i === 0, injection: i % 2 === 0 });
      }
    }
  }

  async redact(text: string, options: RedactOptions = {}): Promise<RedactionResult> {
    const { session = new PlaceholderSession(), ...detectOptions } = options;
    const detection = await this.detect(text, detectOptions);
    const { redacted, map } = applyPlaceholders(text, detection.entities, session);
    return { redacted, entities: detection.entities, map, detection };
  }

  async dispose(): Promise<void> {
    const model = this.model;
    this.model = undefined;
    if (model) await model.then((m) => m.dispose()).catch(() => undefined);
  }
}
