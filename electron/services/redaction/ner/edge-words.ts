// The model's span sometimes takes in lower-case words: a preposition before a name ("lavora presso
// Enel", Italian "works at"), an article or preposition after one ("Compte Rendu de la", "Factuur
// van"), or the verb between two names ("Marco Esposito lavora presso Enel"). A name written with
// capitals holds no lower-case word but the particles and connectors of names ("van Gogh", "Rio de
// Janeiro", "Bank of America", "Frankfurt am Main", "Ostrov nad Ohří") and ends with none at all.
// The span is cut into the names it holds.
import { isCommon, PARTICLES } from '../names/lexicon';
import type { Candidate } from '../types';
import { isSentenceOpeningWord } from './sentence-start';

const PIECE = /\S+/g;
const LOWER = /^\p{Ll}[\p{Ll}'’]*[.,;:]?$/u;
const CAPITALISED = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
/** A sign between words ("&", "#", "-") is cut with the lower-case words beside it. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words inside names: the particles of surnames ("van Gogh", "de la Cruz", "al-Assad"; the lexicon's and
 * a few more) and the connectors of places and organisations ("Trinidad and Tobago", "Halle an der Saale").
 */
const CONNECTORS = new Set([
  ...PARTICLES,
  ...(
    'dello lo los las te zur ben bint af av ' +
    'of and the for upon on in at am an im zum ob bei vor und et i sur sul sous lès les en op aan og och på ' +
    // Slavic places: "Ostrov nad Ohří", "Turkovice u Přelouče", "Frankfurt nad Odrą", "Jiřího z Poděbrad".
    'nad pod u z ze na w we'
  ).split(' '),
]);

/** The text before a span ends in a capitalised word, maybe with a comma: a name may go on into the span. */
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*,?[ \t]+$/u;

/**
 * A capitalised word ends the text before `start`, so a name may go on into a span from there; not
 * when that word is a common word opening the sentence ("Shares of Siemens Energy fell").
 */
function nameGoesOnInto(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  const m = CAPITALISED_WORD_BEFORE.exec(text.slice(from, start));
  if (!m) return false;
  const wordStart = from + m.index;
  const word = WORD_AT.exec(m[0])![0];
  return !isSentenceOpeningWord(text, wordStart, wordStart + word.length);
}
const WORD_AT = /^[\p{L}\p{M}'’.-]+/u;

const isLower = (w: string) => LOWER.test(w) || !LETTER_OR_DIGIT.test(w);

const UPPER = /\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** The sentence around `c` holds a capital: it is not written all in lower case. */
const capitalsNear = (text: string, c: Candidate): boolean =>
  UPPER.test(text.slice(Math.max(0, c.start - 60), Math.min(text.length, c.end + 60)));

/**
 * An address the model read with a word of the sentence on either side: the preposition before it
 * ("woon op Prinsengracht 263", Dutch "live at") and a label after its last comma ("…, Napoli, cell.
 * 347…"). Its own lower-case words stay ("31 Rue tachkent").
 */
function withoutOuterLowerWords(c: Candidate, words: RegExpExecArray[]): Candidate {
  let first = 0;
  while (first < words.length - 1 && LOWER.test(words[first]![0]) && CAPITALISED.test(words[first + 1]![0])) first++;
  let last = words.length - 1;
  if (last > first && LOWER.test(words[last]![0]) && words[last - 1]![0].endsWith(',')) last--;
  if (first === 0 && last === words.length - 1) return c;
  const start = c.start + words[first]!.index;
  let end = c.start + words[last]!.index + words[last]![0].length;
  if (last < words.length - 1 && words[last]![0].endsWith(',')) end--;
  return { ...c, start, end };
}

/**
 * The names in the model's span `c` once its lower-case words are cut (see above), none when it
 * is particles alone: `[c]` when it has none to cut, when it is written in lower case, or when it
 * holds a number (an address's street may be written in lower case: "31 Rue tachkent").
 */
const AMOUNT_THEN_PREPOSITION = /^\d[\d.,]*[ \t]+(?:to|for|from|by|at|with|via|per)[ \t]+(?=\p{Lu})/u;

export function lowerWordPieces(text: string, c: Candidate): Candidate[] {
  const span = text.slice(c.start, c.end);
  // One word of the language in lower case, in text that writes capitals: no name ("DEA number BW61…").
  if (LOWER_WORD.test(span) && isCommon(span) && capitalsNear(text, c)) return [];
  const words = [...span.matchAll(PIECE)];
  // Particles alone in lower case ("van de" of "Maika van de Noort") are no name; "Ben" or "ben" alone may be one.
  if (words.length > 1 && words.every((w) => CONNECTORS.has(w[0]))) return [];
  // Words in lower case that open with a particle, in a sentence written with capitals, are the
  // sentence's own ("numéro de sécurité sociale" gave "de sécurité"); a name in lower case there
  // opens with its given name ("ask john smith").
  if (words.length > 1 && CONNECTORS.has(words[0]![0]) && words.every((w) => LOWER.test(w[0])) && capitalsNear(text, c))
    return [];
  if (words.length < 2 || !words.some((w) => CAPITALISED.test(w[0]))) return [c];
  // An amount and the preposition after it are the sentence's: "wire EUR 14,500 to Bergmann GmbH".
  const amount = AMOUNT_THEN_PREPOSITION.exec(span);
  if (amount) return lowerWordPieces(text, { ...c, start: c.start + amount[0].length });
  if (DIGIT.test(span)) return [withoutOuterLowerWords(c, words)];
  const pieces: Candidate[] = [];
  let from = 0;
  for (let k = 0; k <= words.length; k++) {
    const w = words[k]?.[0];
    // A lower-case word that no name holds ends the piece before it.
    if (w !== undefined && !(LOWER.test(w) && !CONNECTORS.has(w.toLowerCase()))) continue;
    let first = from;
    let last = k - 1;
    from = k + 1;
    // A connector may open the span when the name began before it ("Clark, Romero and Hall"): only
    // other lower-case words and signs are cut from its start. After a lower-case word only a
    // surname's particle stays ("by van Gogh"); the other connectors are the sentence's ("mieszkam
    // w Krakowie", Polish "I live in Kraków").
    const nameBefore = first === 0 && nameGoesOnInto(text, c.start);
    while (
      first <= last &&
      isLower(words[first]![0]) &&
      !(nameBefore ? CONNECTORS : PARTICLES).has(words[first]![0].toLowerCase())
    )
      first++;
    while (last >= first && isLower(words[last]![0])) last--;
    if (last < first || !words.slice(first, last + 1).some((x) => CAPITALISED.test(x[0]))) continue;
    const start = c.start + words[first]!.index;
    const end = c.start + words[last]!.index + words[last]![0].length;
    pieces.push(start === c.start && end === c.end ? c : { ...c, start, end });
  }
  // Nothing capitalised left: the span is left to the other checks as it was.
  return pieces.length ? pieces : [c];
}

/** A street's type alone, abbreviated or not. */
const STREET_TYPE = /^(?:ave|avenue|st|street|rd|road|blvd|boulevard|ln|lane|dr|drive)\.?$/i;
/** The street's number or name right before it: "5th ", "Main ", "42nd ". */
const STREET_NAME_BEFORE = /(?:^|[^\p{L}\p{N}])(\d{1,3}(?:st|nd|rd|th)|\p{L}[\p{L}'’-]*)[ \t]$/iu;

/**
 * A place the model found as a street's type alone ("ave" of "starbucks on 5th ave", read in a
 * chat written in lower case) takes the street's name or number before it: the type alone names nothing.
 */
export function withStreetName(text: string, c: Candidate): Candidate {
  if (c.type !== 'LOCATION' || !STREET_TYPE.test(text.slice(c.start, c.end))) return c;
  const m = STREET_NAME_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!m || /^(?:on|in|at|the|of|to|and|or)$/i.test(m[1]!)) return c;
  return { ...c, start: c.start - m[1]!.length - 1 };
}
