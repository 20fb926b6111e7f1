// Organisation names often carry a capitalised "The" and an abbreviated legal form with its dot
// ("The Vanguard Group", "Smith Ltd."). Detectors tend to stop short of both, leaving a piece of
// the name in the prompt; after merging, the span is widened to take them in.
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
