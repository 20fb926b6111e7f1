// Corrections of a model's span where the rules found something more precise at its edges: the
// small model reads a name and the address after it as one place, a person "of" or "in" a town as
// one organisation or place, and a place and the ID after it as one place.
import { GIVEN } from '../names/lexicon';
import { isOrgWord } from '../names/org';
import { PLACES } from '../location/lexicon';
import type { Candidate } from '../types';
import { isTechTerm } from './tech-terms';

const OF_THEN_NAME = /^[ \t]+(?:of|in|from|at|de|aus|à)[ \t]+(?=\p{Lu})/u;
const COMMA_THEN_NUMBER = /^[ \t]*,[ \t]*(?=\d|(?:room|flat|apt|apartment|suite|unit|floor|building)[ \t.#]*\d)/i;
/** A name, then where a letter goes or who lives where: "for Ernestine Wisozk to 6021 Schuster Harbor, …". */
const TO_THEN_NUMBER = /^[ \t]+(?:to|at|in|on|from|lives at)[ \t]+(?=\d)/;
const COMMA_GAP = /^[ \t]*,[ \t]*/;
/** One word of letters only (the engine's typing of model spans uses it too). */
export const ONE_WORD = /^\p{L}+$/u;

/**
 * A function that corrects each model span against the rules' candidates `found` (in this text):
 * "Jean Dupont, 12 rue de la Paix, 75002 Paris" read as one place, or the name alone as one. Where
 * the rules found a name followed by a comma (or "to", "at"…) and a house or flat number, the place starts there,
 * and the name alone is a person: it stays a PERSON rather than joining the address in the merge.
 * (A place run into the lower-case word after it, "Köln versandt", is left alone: the same edge cuts
 * the lower-case street names of "31 Rue tachkent".)
 */
export function modelSpanAgainstRules(text: string, found: readonly Candidate[]): (c: Candidate) => Candidate {
  let names: Map<number, number> | undefined;
  let persons: Candidate[] | undefined;
  let values: Candidate[] | undefined;
  let fields: Candidate[] | undefined;
  let leading: Candidate[] | undefined;
  let orgs: Candidate[] | undefined;
  let addresses: Candidate[] | undefined;
  let authors: Candidate[] | undefined;
  return (c) => {
    // The word that ends a body's name, alone, inside the rules' name of that body: "Hospital" of
    // "admitted to St. Vincent's Hospital". Nothing is left (elsewhere it may be the model's piece of a
    // name it did not read whole: "Capital" of "Can Capital").
    // So is the saint's name inside the rules' name of a church, school or hospital: "Vincent" of
    // "presented to St. Vincent's on 12 March" (read as a person, which left "St." alone).
    const span = text.slice(c.start, c.end);
    const orgWord = ONE_WORD.test(span) && isOrgWord(span.toLowerCase());
    if (orgWord || c.type === 'PERSON') {
      orgs ??= found.filter((f) => f.type === 'ORG' && f.source !== 'ner').sort((a, b) => a.start - b.start);
      const body = spanAround(orgs, c.start);
      if (body && (orgWord || body.subtype === 'SAINT') && body.end >= c.end && body.end - body.start > c.end - c.start)
        return { ...c, end: c.start };
    }
    values ??= labelledValues(found);
    leading ??= found
      .filter((f) => (VALUE_TYPES.has(f.type) || f.type === 'DATE') && f.source !== 'ner')
      .sort((a, b) => a.start - b.start);
    c = acronymBeforeValue(text, beforeValue(text, afterLeadingValue(text, c, leading), values), values);
    c = commaLabelBeforeValue(text, c, values);
    if (c.type === 'PERSON') {
      // A person run from a cited author over the list's period into the title ("Müller S. Deep" of
      // "Wang Y, Patel RK, Müller S. Deep learning."): the author ends at the period.
      authors ??= found.filter((f) => f.subtype === 'AUTHOR');
      const cited = authors.find((a) => a.start === c.start && a.end < c.end && text[a.end] === '.');
      return cited ? { ...c, end: cited.end } : c;
    }
    if (c.type !== 'LOCATION' && c.type !== 'ORG') return c;
    fields ??= found.filter((f) => f.subtype === 'ADDRESS_FIELD').sort((a, b) => a.start - b.start);
    c = afterAddressLabel(text, c, fields);
    persons ??= personSpans(found);
    names ??= nameEnds(persons);
    // A place that starts inside a name the rules found and runs on past it after a comma and a house
    // number ("Gráinne Ní [Bhriain, 14 Clontarf Road, …]"): the place starts after the comma.
    const inside = spanAround(persons, c.start);
    if (c.type === 'LOCATION' && inside && inside.start < c.start && inside.end < c.end) {
      const comma = COMMA_THEN_NUMBER.exec(text.slice(inside.end, inside.end + 24));
      if (comma) return { ...c, start: inside.end + comma[0].length };
    }
    const end = names.get(c.start);
    if (end === undefined || end > c.end) return c;
    // "Tyrone Jackson of Oakland" read as one organisation, "Jean-François Tremblay in Montréal, QC H2X 1Y4"
    // as one place: the person is not part of the place or firm after them.
    const of = end < c.end ? OF_THEN_NAME.exec(text.slice(end, c.end)) : null;
    if (of) return { ...c, start: end + of[0].length };
    if (c.type !== 'LOCATION') return c;
    const comma = COMMA_THEN_NUMBER.exec(text.slice(end, end + 24)) ?? TO_THEN_NUMBER.exec(text.slice(end, end + 24));
    if (!comma) {
      // Or where the rules' address starts after the name's comma: "to Ingrid Halvorsen, Storgata 15, 0184 Oslo"
      // (the street's name before its number).
      const after = COMMA_GAP.exec(text.slice(end, end + 4));
      addresses ??= found.filter((f) => f.subtype === 'ADDRESS' && f.source !== 'ner');
      const street = after && addresses.find((a) => a.start === end + after[0].length && a.start < c.end);
      return street ? { ...c, start: street.start } : c;
    }
    return end === c.end ? { ...c, type: 'PERSON' } : { ...c, start: end + comma[0].length };
  };
}

/**
 * A function that splits a model's person running from a name the rules found over "of", "at" or "from"
 * into what follows ("analyst Rahul Gupta of Nomura" read as one person): the person, then the place
 * (a place the lists know) or firm after the word. Other spans come back alone.
 */
export function personThenOf(text: string, found: readonly Candidate[]): (c: Candidate) => Candidate[] {
  let names: Map<number, number> | undefined;
  return (c) => {
    if (c.type !== 'PERSON') return [c];
    names ??= nameEnds(personSpans(found));
    const end = names.get(c.start);
    if (end === undefined || end >= c.end) return [c];
    const of = PERSON_OF.exec(text.slice(end, c.end));
    if (!of) return [c];
    const rest = { start: end + of[0].length, end: c.end };
    const type = PLACES.has(text.slice(rest.start, rest.end).toLowerCase()) ? 'LOCATION' : 'ORG';
    return [
      { ...c, end },
      { ...c, ...rest, type },
    ];
  };
}
const PERSON_OF = /^[ \t]+(?:of|at|from)[ \t]+(?=\p{Lu})/u;

/** " in " between two capitalised names inside one model span. */
const IN_BETWEEN = /[ \t]+in[ \t]+(?=\p{Lu})/u;
const CAPITALISED_START = /^\p{Lu}/u;

/**
 * A model's place or organisation run over " in " into a place ("currently at Discovery Health in
 * Sandton", read as one place): the organisation (or a place the lists know), then the place after
 * "in". A span the lists know whole as a place stays whole.
 */
export function splitAtIn(text: string): (c: Candidate) => Candidate[] {
  return (c) => {
    if (c.type !== 'LOCATION' && c.type !== 'ORG') return [c];
    const span = text.slice(c.start, c.end);
    const m = IN_BETWEEN.exec(span);
    if (!m || PLACES.has(span.toLowerCase()) || !CAPITALISED_START.test(span)) return [c];
    const left = span.slice(0, m.index);
    const right = { start: c.start + m.index + m[0].length, end: c.end };
    return [
      { ...c, end: c.start + m.index, type: PLACES.has(left.toLowerCase()) ? 'LOCATION' : 'ORG' },
      { ...c, ...right, type: 'LOCATION' },
    ];
  };
}

/** Types whose values the rules find by their shape and check; a model's name never runs into one. */
const VALUE_TYPES = new Set(['ID_NUMBER', 'PHONE', 'EMAIL', 'IBAN', 'CREDIT_CARD']);

/** The rules' values of VALUE_TYPES that are reported on their own, by start. */
function labelledValues(found: readonly Candidate[]): Candidate[] {
  return found
    .filter((f) => VALUE_TYPES.has(f.type) && f.source !== 'ner' && f.score >= 0.5)
    .sort((a, b) => a.start - b.start);
}

/**
 * A model span that opens with a value the rules found ("07.09.1948, Versichertennr" of "geb.
 * 07.09.1948, Versichertennr. K284…") starts after it and the signs that follow it: the value is the
 * rules', and a name does not start with one.
 */
function afterLeadingValue(text: string, c: Candidate, leading: readonly Candidate[]): Candidate {
  if (VALUE_TYPES.has(c.type) || !DIGIT_FIRST.test(text.slice(c.start, c.start + 1))) return c;
  // The values that start where the span does (sorted by start, so found by a binary search).
  let end = -1;
  for (let k = firstIndexFrom(leading, c.start); k < leading.length && leading[k]!.start === c.start; k++) {
    const v = leading[k]!;
    if (v.end < c.end && v.end > end) end = v.end;
  }
  if (end < 0) return c;
  while (end < c.end && /[\s,;:.()-]/.test(text[end]!)) end++;
  return { ...c, start: end };
}
const DIGIT_FIRST = /^\p{N}/u;

/**
 * A model span that runs from a name into a value the rules found ("Bangalore, PAN AAPFU0939F")
 * ends before the value, so that the label between them can be cut as at any span's end.
 */
function beforeValue(text: string, c: Candidate, values: readonly Candidate[]): Candidate {
  if (VALUE_TYPES.has(c.type)) return c;
  const v = firstValueFrom(values, c.start + 1);
  if (!v || v.start >= c.end || v.end < c.end) return c;
  let end = v.start;
  while (end > c.start && /[\s:#=,;(-]/.test(text[end - 1]!)) end--;
  return LETTER.test(text.slice(c.start, end)) ? { ...c, end } : c;
}

// Module level: tsx rewrites a \p{..} regex literal into a `new RegExp` at each evaluation.
const LETTER = /\p{L}/u;

/** A span's last word in capitals and what joins it to the value after it: "Australian TFN", "Swiss AHV". */
const LAST_ACRONYM = /(?:^|\s)\p{Lu}{2,6}$/u;
const JOINS_LABEL = /^[ \t]*[:#=-]?[ \t]*$/;
const WORD_BEFORE = /(\p{L}+)$/u;

/**
 * A model span whose last word is an acronym right before a value the rules found ("Australian TFN
 * 123 456 782", "Swiss AHV 756.1234.5678.97") ends before it: the acronym is the value's label, and
 * what is left (a nationality) is judged alone. The acronym alone leaves nothing.
 */
function acronymBeforeValue(text: string, c: Candidate, values: readonly Candidate[]): Candidate {
  if (VALUE_TYPES.has(c.type)) return c;
  const span = text.slice(c.start, c.end);
  const acronym = LAST_ACRONYM.exec(span);
  // A label as a whole ("Emirates ID") is dismissed as one later.
  if (!acronym || isTechTerm(span)) return c;
  const v = firstValueFrom(values, c.end);
  if (!v || v.start - c.end > 4 || !JOINS_LABEL.test(text.slice(c.end, v.start))) return c;
  let end = c.start + acronym.index;
  while (end > c.start && /\s/.test(text[end - 1]!)) end--;
  // With the word before it when the two are one label: "…, Emirates ID 784-…".
  const word = WORD_BEFORE.exec(text.slice(c.start, end));
  if (word && isTechTerm(word[1]! + span.slice(acronym.index))) end -= word[1]!.length;
  while (end > c.start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { ...c, end };
}

/** A span's last word after a comma: ", Medicare". */
const COMMA_THEN_WORD = /,[ \t]*\p{Lu}\p{L}+$/u;
/** Values a label names before them; a phone or an address after a comma may follow a name's given name. */
const LABELLED_TYPES = new Set(['ID_NUMBER', 'IBAN', 'CREDIT_CARD']);

/**
 * A model span whose last word, after a comma, stands right before an ID the rules found ("Aroha Ngata,
 * Medicare 2428 77813 2/1", read as one place) ends at the comma: the word is the ID's label. Not a
 * given name ("Smith, John 512-47-8830").
 */
function commaLabelBeforeValue(text: string, c: Candidate, values: readonly Candidate[]): Candidate {
  if (VALUE_TYPES.has(c.type)) return c;
  const span = text.slice(c.start, c.end);
  const word = COMMA_THEN_WORD.exec(span);
  if (!word || GIVEN.has(word[0].slice(1).trim().toLowerCase())) return c;
  const v = firstValueFrom(values, c.end);
  if (!v || !LABELLED_TYPES.has(v.type) || v.start - c.end > 4 || !JOINS_LABEL.test(text.slice(c.end, v.start)))
    return c;
  return { ...c, end: c.start + word.index };
}

/**
 * A place that starts in the label of an address the rules found ("chỉ 25 Lý Thường Kiệt" of "địa chỉ
 * 25 Lý Thường Kiệt, Hoàn Kiếm") starts where the address does: the words before it are the label's.
 */
function afterAddressLabel(text: string, c: Candidate, fields: readonly Candidate[]): Candidate {
  const f = firstValueFrom(fields, c.start + 1);
  if (!f || f.start >= c.end || HAS_DIGIT.test(text.slice(c.start, f.start))) return c;
  return { ...c, start: f.start };
}
const HAS_DIGIT = /\d/;

/** The first of `values` (sorted by start) starting at or after `from`. */
function firstValueFrom(values: readonly Candidate[], from: number): Candidate | undefined {
  return values[firstIndexFrom(values, from)];
}

/** The index in `values` (sorted by start) of the first starting at or after `from` (its length if none). */
function firstIndexFrom(values: readonly Candidate[], from: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rules' names, by start. */
function personSpans(found: readonly Candidate[]): Candidate[] {
  return found.filter((f) => f.type === 'PERSON' && f.source !== 'ner').sort((a, b) => a.start - b.start);
}

/** The last of `spans` (sorted by start) that starts at or before `at` and ends after it. */
function spanAround(spans: readonly Candidate[], at: number): Candidate | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s && s.end > at ? s : undefined;
}

/** The end of the longest of the rules' names (personSpans) at each start. */
function nameEnds(persons: readonly Candidate[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const f of persons) map.set(f.start, Math.max(f.end, map.get(f.start) ?? 0));
  return map;
}

/**
 * Name rules that read a person from the words around a name (a title, a role, a label, an
 * introduction), not from the name alone.
 */
const CONTEXT_PERSONS = new Set([
  'TITLE',
  'ROLE',
  'INTRODUCTION',
  'FIELD',
  'ANSWER',
  'BY',
  'SPEAKER',
  'DISPLAY_NAME',
  'EMAIL_MATCH',
  'SURNAME_FIRST',
  'EAST_ASIAN',
  'CASE_PARTY',
]);

/**
 * A rule's person that outweighs the model's organisation or place over the same words: one read
 * from its context, or a known given name and a surname ("Marcus Webb", not "Reed Elsevier",
 * whose first word is also a word, nor "Russell Investments").
 */
function personOverModelType(text: string, c: Candidate): boolean {
  if (c.source !== 'pattern' || c.type !== 'PERSON') return false;
  if (CONTEXT_PERSONS.has(c.subtype ?? '')) return true;
  if (c.subtype !== 'GAZETTEER') return false;
  const words = text
    .slice(c.start, c.end)
    .toLowerCase()
    .split(/[ \t]+/);
  return words.length > 1 && GIVEN.has(words[0]!) && !isOrgWord(words[words.length - 1]!);
}

/** The title words before a person the rules read after them: "M. " of "M. Karim Benali", "Bonjour Monsieur ". */
const TITLE_WORDS = /^(?:\p{L}{1,12}\.?[ \t]+){1,3}$/u;

/**
 * A model's organisation or place that a name rule found as a person over the same words
 * ("registered to Marcus Webb", read as a place; "William Hughes" above an address, read as a
 * firm), or over them and the title the rule read them after ("M. Karim Benali", read as a place):
 * the person, with the model's score.
 */
export function retypeByRulePersons(text: string, candidates: Candidate[]): void {
  const persons = new Set<string>();
  // The start of each person read after a title, by its end: the model's span may hold the title.
  const titled = new Map<number, number>();
  for (const c of candidates) {
    if (!personOverModelType(text, c)) continue;
    persons.add(`${c.start}:${c.end}`);
    if (c.subtype === 'TITLE') titled.set(c.end, c.start);
  }
  if (persons.size === 0) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.source !== 'ner' || (c.type !== 'ORG' && c.type !== 'LOCATION')) continue;
    if (persons.has(`${c.start}:${c.end}`)) {
      candidates[i] = { ...c, type: 'PERSON' };
      continue;
    }
    // Without the title, as the rule reads the name.
    const start = titled.get(c.end);
    if (start !== undefined && c.start < start && TITLE_WORDS.test(text.slice(c.start, start)))
      candidates[i] = { ...c, type: 'PERSON', start };
  }
}

/** Letters of the scripts the model was trained on (English, with names of Latin-script languages). */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/**
 * A model span in a script the model cannot read (Thai, Hebrew, Devanagari, Hangul…) over a name the
 * rules read from its introduction in that script ("ฉันชื่อสมชาย ใจดี เบอร์โทร" as a place around
 * "สมชาย ใจดี"): the model's guess is noise around the name, which the rule's finding covers.
 * Elsewhere such spans stay: they are noise, but they may cover a name no rule reads.
 */
export function withoutModelNoiseOverScriptNames(text: string, candidates: Candidate[]): void {
  // So is one over an address the rules read in such a script: "서울시 강남구 테헤란로 152" read on into
  // "에 살고 있고 전화번호는" ("…, where I live, and my phone number is").
  const readings = candidates.filter(
    (c) =>
      c.source === 'pattern' &&
      (c.subtype === 'CUED_SCRIPT' || (c.subtype === 'ADDRESS' && !LATIN_LETTER.test(text.slice(c.start, c.end)))),
  );
  if (readings.length === 0) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.source !== 'ner' || LATIN_LETTER.test(text.slice(c.start, c.end))) continue;
    if (readings.some((n) => n.start < c.end && c.start < n.end)) candidates.splice(i, 1);
  }
}
