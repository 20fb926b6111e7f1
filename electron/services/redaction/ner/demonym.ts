// A model trained on news tags nationality words as places or organisations: "holds Nigerian
// passport", "signs for Turkish side", "you may be Italian". A nationality is no place and no
// person; alone it identifies nobody. Only a span that is exactly one such word, with no capitalised
// word after it but a number's label, is dismissed: "French Montana" (a name) and "Irish Rail" (a
// company) keep it; "Dutch BSN 111222333" does not.
import { DEMONYMS } from '../names/lexicon';

const NEXT_WORD = /^[ \t]+(\p{Lu})?/u;
/**
 * The acronym of a number after the nationality: "Dutch BSN 111222333", "Swiss AHV: 756.…", also of
 * one that opens with letters ("Moroccan CIN AB123456").
 */
const NEXT_NUMBER_LABEL = /^[ \t]+\p{Lu}{2,6}[ \t]*[:#=-]?[ \t]*\p{Lu}{0,3}\d(?:[ ./-]?\d){5}/u;

/** True when the model's span is a nationality word standing alone. */
export function isDemonymAlone(text: string, start: number, end: number): boolean {
  if (!DEMONYMS.has(text.slice(start, end).toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 4));
  return !next?.[1] || NEXT_NUMBER_LABEL.test(text.slice(end, end + 20));
}
