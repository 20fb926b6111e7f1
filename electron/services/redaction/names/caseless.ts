// Text written without capitals ("my name is vitoria", "we moved here from tunisia") hides the
// main cue for names and places. For such text the recognizers run on a copy in which every
// word that is not a common English word gets a capital first letter (offsets are unchanged),
// and their scores are lowered so that only context-backed findings pass the default threshold.
import type { Candidate } from '../types';
import { COMMON, GIVEN, PARTICLES, stripPossessive } from './lexicon';

/** A word written with a capital then small letters: a writer who capitalises names. Acronyms ("ED", "SOB") are not. */
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}\p{M}]/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/** Three words in capitals: text written in capitals throughout ("JOHN SMITH CALLED ABOUT HIS ACCOUNT"). */
const SHOUTED = /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u;
const UPPER_RUN = /\p{Lu}+/gu;

/** The text in lower case, letter for letter (a letter whose lower case is longer, "İ", is kept). */
function lowerKeepingOffsets(text: string): string {
  return text.replace(UPPER_RUN, (w) => {
    const lower = w.toLowerCase();
    return lower.length === w.length ? lower : w;
  });
}

/**
 * Frequent surnames that are also English words: after a given name ("my name is john smith")
 * they are the surname, and capitalised with it. Words that commonly follow a name in a sentence
 * ("john long ago", "anna best friend") are left out.
 */
export const WORD_SURNAMES = new Set(
  (
    'smith white hall young hill cook wood woods burns hunt black knight bishop fuller fields banks powers ' +
    'parks page sharp manning farmer french pope wall walls bond gates marks snow strong moon stark weeks ' +
    'glass rivers church doe'
  ).split(' '),
);

/** Words of lower-case chat that the common-word list lacks (inflected or informal): no names there. */
const LOWER_CASE_WORDS = new Set([
  'said',
  'hi',
  'ok',
  'okay',
  'yeah',
  'email',
  'emailed',
  'texted',
  'pls',
  'thx',
  'btw',
  'lol',
  'asap',
  'fyi',
  'tbh',
  'imo',
  'idk',
  'ty',
  'brb',
  'omg',
  'afaik',
  'np',
  'plz',
  'lmao',
  'rofl',
  'wtf',
  'gonna',
  'wanna',
  'gotta',
  'kinda',
  'ya',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'tv',
  // Chat's words for partners and friends ("my gf jasmine", "hubby", "bestie").
  'gf',
  'bf',
  'bff',
  'hubby',
  'wifey',
  'bestie',
  'bro',
  'sis',
  // Swearing, which no list of common words holds.
  'fucking',
  'fuckin',
  'shit',
  'whoring',
  // Spanish, Portuguese, Italian and French words of an introduction ("hola, soy maría josé castillo y
  // vivo en…", "meu nome é…", "sono giulia e abito a…").
  'soy',
  'estoy',
  'vivo',
  'vive',
  'trabajo',
  'llamo',
  'es',
  'está',
  'correo',
  'nombre',
  'apellido',
  'mi',
  'sou',
  'estou',
  'trabalho',
  'chamo',
  'nome',
  'meu',
  'minha',
  'é',
  'sono',
  'abito',
  'lavoro',
  'chiamo',
  'è',
  'suis',
  'habite',
  'travaille',
  'appelle',
]);

/** A word of lower-case chat or of an introduction in another language, which no name is. */
export const isWordOfChat = (lower: string): boolean => LOWER_CASE_WORDS.has(lower);

const capitalised = (w: string) => {
  const first = w[0]!.toUpperCase();
  // Keep UTF-16 offsets: skip letters whose capital is not a single code unit ("ß" -> "SS").
  return first.length === 1 ? first + w.slice(1) : w;
};

/**
 * The text with proper-noun-like words capitalised, or undefined when it already capitalises words
 * (capitals of acronyms alone do not count: "pt is a 45yo F, seen in the ED for SOB, name: rosa …").
 * Text written all in capitals is lowered first.
 */
export function recase(text: string): string | undefined {
  // Text in capitals throughout is read as text without them: a name there is as hidden as in lower case.
  if (!HAS_LOWER.test(text)) {
    if (!SHOUTED.test(text)) return undefined;
    text = lowerKeepingOffsets(text);
  }
  if (CAPITALISED_WORD.test(text)) return undefined;
  // Where the last given name ended: a surname-word right after it (one space) is its surname.
  let givenEnd = -1;
  return text.replace(WORD, (w, offset: number) => {
    const lower = w.toLowerCase();
    const afterGiven = givenEnd >= 0 && offset === givenEnd + 1 && text[givenEnd] === ' ';
    givenEnd = GIVEN.has(lower) ? offset + w.length : -1;
    if (afterGiven && WORD_SURNAMES.has(lower)) return capitalised(w);
    if (COMMON.has(stripPossessive(lower)) || isWordOfChat(lower) || PARTICLES.has(lower)) return w;
    // Single letters are initials ("hyuuma t. maida"), except the article.
    return lower === 'a' ? w : capitalised(w);
  });
}

/**
 * Run `detect` on the text, or on its recased copy with lowered scores when the text has no capitals
 * (and on both when it has nothing but capitals).
 */
export function caseAware(
  detect: (text: string, recased: boolean) => Candidate[],
  penalty = 0.06,
): (text: string) => Candidate[] {
  return (text: string) => {
    const recased = recase(text);
    if (recased === undefined) return detect(text, false);
    const lowered = detect(recased, true).map((c) => ({ ...c, score: Math.max(0, c.score - penalty) }));
    // Text in capitals throughout is also read as written: the rules for names in capitals (a CV's
    // heading, "GOLDMAN SACHS GROUP") see what lowering hides. The engine merges the two readings.
    return HAS_LOWER.test(text) ? lowered : [...detect(text, false), ...lowered];
  };
}
