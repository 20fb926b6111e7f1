// Text written without capitals ("my name is vitoria", "we moved here from tunisia") hides the
// main cue for names and places. For such text the recognizers run on a copy in which every
// word that is not a common English word gets a capital first letter (offsets are unchanged),
// and their scores are lowered so that only context-backed findings pass the default threshold.
import type { Candidate } from '../types';
import { COMMON, PARTICLES, stripPossessive } from './lexicon';

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** The text with proper-noun-like words capitalised, or undefined when it already has capitals. */
export function recase(text: string): string | undefined {
  if (HAS_UPPER.test(text) || !HAS_LOWER.test(text)) return undefined;
  return text.replace(WORD, (w) => {
    const lower = w.toLowerCase();
    // Single letters are initials ("hyuuma t. maida"), except the article.
    if (COMMON.has(stripPossessive(lower)) || PARTICLES.has(lower) || lower === 'a') return w;
    const first = w[0]!.toUpperCase();
    // Keep UTF-16 offsets: skip letters whose capital is not a single code unit ("ß" -> "SS").
    return first.length === 1 ? first + w.slice(1) : w;
  });
}

/** Run `detect` on the text, or on its recased copy with lowered scores when the text has no capitals. */
export function caseAware(detect: (text: string) => Candidate[], penalty = 0.06): (text: string) => Candidate[] {
  return (text: string) => {
    const recased = recase(text);
    if (recased === undefined) return detect(text);
    return detect(recased).map((c) => ({ ...c, score: Math.max(0, c.score - penalty) }));
  };
}
