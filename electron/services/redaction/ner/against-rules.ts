// Corrections of a model's span where the rules found something more precise at its edges: the
// small model reads a name and the address after it as one place, a person "of" or "in" a town as
// one organisation or place, and a place and the ID after it as one place.
import type { Candidate } from '../types';
import { isTechTerm } from './tech-terms';

const OF_THEN_NAME = /^[ \t]+(?:of|in|from|at|de|aus|à)[ \t]+(?=\p{Lu})/u;
const COMMA_THEN_NUMBER = /^[ \t]*,[ \t]*(?=\d|(?:room|flat|apt|apartment|suite|unit|floor|building)[ \t.#]*\d)/i;

/**
 * A function that corrects each model span against the rules' candidates `found` (in this text):
 * "Jean Dupont, 12 rue de la Paix, 75002 Paris" read as one place, or the name alone as one. Where
 * the rules found a name followed by a comma and a house or flat number, the place starts after it,
 * and the name alone is a person: it stays a PERSON rather than joining the address in the merge.
 * (A place run into the lower-case word after it, "Köln versandt", is left alone: the same edge cuts
 * the lower-case street names of "31 Rue tachkent".)
 */
export function modelSpanAgainstRules(text: string, found: readonly Candidate[]): (c: Candidate) => Candidate {
  let names: Map<number, number> | undefined;
  let persons: Candidate[] | undefined;
  let values: Candidate[] | undefined;
  return (c) => {
    values ??= labelledValues(found);
    c = acronymBeforeValue(text, beforeValue(text, c, values), values);
    if (c.type !== 'LOCATION' && c.type !== 'ORG') return c;
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
    const comma = COMMA_THEN_NUMBER.exec(text.slice(end, end + 24));
    if (!comma) return c;
    return end === c.end ? { ...c, type: 'PERSON' } : { ...c, start: end + comma[0].length };
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
const LAST_ACRONYM = /(?:^|[ \t])\p{Lu}{2,6}$/u;
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

/** The first of `values` (sorted by start) starting at or after `from`. */
function firstValueFrom(values: readonly Candidate[], from: number): Candidate | undefined {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return values[lo];
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
