// The model unsure of a capitalised word inside a sentence that is no ordinary word ("because he likes
// Trump .", "hearing Leyonhjelm give this speech"): on the eval sets such spans scored 0.35-0.5 are a
// person or a place about two times in three (wnut17) to always (presidio_synth_v2), so its doubt would
// leave a name in the prompt. Organisations are not raised: there its doubtful guesses are as often
// wrong (product names, abbreviations, sports clubs).
import { isCommon } from '../names/lexicon';
import type { Candidate } from '../types';
import { inTitleCaseLine, opensSentence } from './sentence-start';

/** Added to the score of such a span: 0.35-0.5 becomes 0.5-0.65, reported at the default threshold. */
export const MID_SENTENCE_BOOST = 0.15;

const CAPITALISED = /^\p{Lu}/u;

/** Words made with an English suffix, rarer than the word list holds ("Crumbling", "Adaptive"). */
const ENGLISH_SUFFIX = /^\p{L}{3,}(?:ing|ive|ous|ful|able|ible|ness|less|ment)$/u;

/** German capitalises every noun: "die Adresse des behandelnden Arztes". */
const GERMAN_ARTICLE_BEFORE =
  /(?:^|[^\p{L}])(?:der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|kein|keine|zum|zur|vom|beim)[ \t]+(?:\p{Ll}+[ \t]+)?$/iu;

/** True when the model's doubtful PERSON or LOCATION `c` is a capitalised unknown word inside a sentence. */
export function isMidSentenceName(text: string, c: Candidate): boolean {
  if (c.score < 0.35 || c.score >= 0.5 || (c.type !== 'PERSON' && c.type !== 'LOCATION')) return false;
  const span = text.slice(c.start, c.end);
  return (
    CAPITALISED.test(span) &&
    // An acronym ("ISO 8601") or a shout ("LMAOOOO") is no likelier a name for standing inside a sentence.
    span !== span.toUpperCase() &&
    !opensSentence(text, c.start) &&
    span.split(/\s+/).some((w) => !isCommon(w) && !ENGLISH_SUFFIX.test(w)) &&
    !GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 32), c.start)) &&
    // A headline capitalises every word: "Crumbling Roads Ahead With Winter".
    !inTitleCaseLine(text, c.start, c.end)
  );
}

/** `c` with its score raised when it is such a span, else `c` itself. */
export function raiseMidSentenceName(text: string, c: Candidate): Candidate {
  return isMidSentenceName(text, c) ? { ...c, score: c.score + MID_SENTENCE_BOOST } : c;
}
