// A model trained on news tags nationality words as places or organisations: "holds Nigerian
// passport", "signs for Turkish side", "you may be Italian". A nationality is no place and no
// person; alone it identifies nobody. Only a span that is exactly one such word, with no capitalised
// word after it, is dismissed: "French Montana" (a name) and "Irish Rail" (a company) keep it.
import { DEMONYMS } from '../names/lexicon';

const NEXT_WORD = /^[ \t]+(\p{Lu})?/u;

/** True when the model's span is a nationality word standing alone. */
export function isDemonymAlone(text: string, start: number, end: number): boolean {
  if (!DEMONYMS.has(text.slice(start, end).toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 4));
  return !next?.[1];
}
