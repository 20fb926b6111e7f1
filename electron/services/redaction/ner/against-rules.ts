// Corrections of a model's span where the rules found something more precise at its edges: the
// small model reads a name and the address after it as one place.
import type { Candidate } from '../types';

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
  return (c) => {
    if (c.type !== 'LOCATION') return c;
    names ??= nameEnds(found);
    const end = names.get(c.start);
    if (end === undefined || end > c.end) return c;
    const comma = COMMA_THEN_NUMBER.exec(text.slice(end, end + 24));
    if (!comma) return c;
    return end === c.end ? { ...c, type: 'PERSON' } : { ...c, start: end + comma[0].length };
  };
}

/** The end of the longest name the rules found at each start. */
function nameEnds(found: readonly Candidate[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const f of found) {
    if (f.type === 'PERSON' && f.source !== 'ner') map.set(f.start, Math.max(f.end, map.get(f.start) ?? 0));
  }
  return map;
}
