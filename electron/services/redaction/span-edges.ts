// Where detectors stop short of a name, leaving a piece of it in the prompt. Organisation names
// often carry a capitalised "The" and an abbreviated legal form with its dot ("The Vanguard Group",
// "Smith Ltd."); after merging, the span is widened to take them in. A person's name with
// particles ("Maria de la Cruz", "Pieter van der Berg") comes from a model as two names around
// the particles; they are joined into one.
import type { Candidate } from './types';

const LEGAL_ABBREVIATION =
  /(?:^|[\s,])(?:Ltd|Inc|Co|Corp|Bros|Plc|Pty|Pvt|Assn|Intl|Mfg|Ass|S\.A|S\.L|N\.V|B\.V|e\.V|Cia|Sr\.?l)$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `merged` is sorted and free of overlaps; so is the result. */
export function widenOrgEdges(text: string, merged: Candidate[]): Candidate[] {
  return merged.map((c, i) => {
    if (c.type !== 'ORG') return c;
    let { start, end } = c;
    const prevEnd = i > 0 ? merged[i - 1]!.end : 0;
    if (start - 4 >= prevEnd && text.startsWith('The ', start - 4) && !LETTER_OR_DIGIT.test(text[start - 5] ?? ' ')) {
      start -= 4;
    }
    const nextStart = i + 1 < merged.length ? merged[i + 1]!.start : text.length;
    if (end < nextStart && text[end] === '.' && LEGAL_ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) {
      end += 1;
    }
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}

/** One to three lower-case name particles between two names: " de la ", " van der ", " bin ". */
const PARTICLES_BETWEEN =
  /^[ \t]+(?:(?:de|la|las|los|del|della|van|der|den|von|zu|di|da|do|dos|das|du|le|ben|bin|bint|ibn|al|el|y|e|af|av)[ \t]+){1,3}$/;

/** `merged` is sorted and free of overlaps; so is the result. */
export function joinNameParticles(text: string, merged: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of merged) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'PERSON' &&
      c.type === 'PERSON' &&
      c.start - prev.end <= 24 &&
      PARTICLES_BETWEEN.test(text.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = {
        ...prev,
        end: c.end,
        score: Math.max(prev.score, c.score),
        ...(prev.validated || c.validated ? { validated: true } : {}),
      };
      continue;
    }
    out.push(c);
  }
  return out;
}
