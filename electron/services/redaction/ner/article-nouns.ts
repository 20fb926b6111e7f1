// Romance languages and Dutch write a person's name without an article, and a noun with one: the model,
// trained on English, takes a capitalised noun of a letter's subject for a person ("sobre la Licencia de
// Obras", "riguardo alla Fattura", "over mijn Parkeervergunning"). A person's span right after such an
// article or possessive, written in lower case, whose first word is no known given name, is a noun.
// Not "de", "di", "da", "van": they mean "of" and stand before names ("la casa de Juan").
import { AMBIGUOUS_GIVEN, GIVEN, isCommon } from '../names/lexicon';
import type { Candidate } from '../types';

const ARTICLES = new Set(
  // Spanish, Italian, French, Portuguese definite articles and their contractions.
  (
    'el la los las il lo gli les le al alla allo alle ai agli della dello delle dei degli nella nello nelle ' +
    // Not the Portuguese "do" and "no": English words ("there is no Fermi surface").
    'sulla sullo du des au aux dos das na nas nos pela pelo ' +
    // Possessives ("mi", "mijn"), not English-like ones ("son", "ma", "ta").
    'mi mis su sus mio mia suo sua tuo tua mon mes notre votre mijn uw jouw onze meu minha seu nosso nossa ' +
    // Dutch.
    'het een'
  ).split(' '),
);

const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]+$/u;
/** The Italian and French article elided before a vowel, glued to the word: "l'Identità", "dell'Ufficio". */
const ELIDED_BEFORE = /(?:^|[^\p{L}])(?:l|dell|all|nell|sull)['’]$/u;
const FIRST_WORD = /^\p{Lu}[\p{L}'’-]*/u;

/**
 * English names a party of a contract by a capitalised noun after "the" or "this" ("This Agreement",
 * "the Borrower", "said Lender"); a person's name takes none.
 */
const ENGLISH_DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|said|such)[ \t]+$/u;

/** True when the person's span `c` stands right after such an article and opens with no known given name. */
export function isNounAfterArticle(text: string, c: Candidate): boolean {
  if (c.type !== 'PERSON') return false;
  const span = text.slice(c.start, c.end);
  const first = FIRST_WORD.exec(span)?.[0];
  if (first === undefined) return false;
  const lower = first.toLowerCase();
  if (GIVEN.has(lower) || AMBIGUOUS_GIVEN.has(lower)) return false;
  const near = text.slice(Math.max(0, c.start - 16), c.start);
  // One common English word after an English determiner.
  if (first === span && isCommon(first) && ENGLISH_DETERMINER_BEFORE.test(near)) return true;
  if (ELIDED_BEFORE.test(near)) return true;
  const before = WORD_BEFORE.exec(near)?.[1];
  return before !== undefined && ARTICLES.has(before);
}

/** The rules' names read from the words' shapes alone ("il Rinnovo della Carta"), without such nouns. */
export function rulesWithoutArticleNouns(text: string, candidates: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const noun = c.source === 'pattern' && c.subtype === 'SHAPE' && isNounAfterArticle(text, c);
    if (noun) out ??= candidates.slice(0, i);
    else if (out) out.push(c);
  }
  return out ?? candidates;
}
