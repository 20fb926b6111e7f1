// A cased model reads capitals as a sign of a name, and every sentence opens with one. In chat,
// forum and ticket text it then tags the opening word itself: "Nope, I have sources", "Wow, that
// blew up", "Running a local server…", "Possible anomaly in…". A single common word (or
// an interjection) at the start of a sentence, tagged on its own, is dropped; names that are also
// words ("Will", "Grace") and known places ("Nice", "Reading") keep the model's reading.
import { afterHash } from '../location/chars';
import { PLACES } from '../location/lexicon';
import { AMBIGUOUS_GIVEN, DEMONYMS, GIVEN, isCommon, NEVER_NAME } from '../names/lexicon';

/** Chat's noises, no name wherever they stand (CHAT_NOISES) and at a sentence's opening (INTERJECTIONS). */
const NOISES = 'nope yep yup yeah yea nah ugh meh oops whoa wow lol lmao lmfao rofl omg omfg wtf idk tbh thx';

/** Words of chat that the common-word list does not hold. */
const INTERJECTIONS = new Set(
  (
    NOISES +
    ' aww aw awww uh uhh um umm hmm hmmm psst woah yay imo imho btw fyi haha hahaha hah heh ok okay ty pls plz ' +
    'congrats congratulations kudos cheers shoutout shout-out shoutouts ' +
    // Greetings of other languages that open a message ("Buongiorno, sono il dottor …").
    'buongiorno buonasera bonjour bonsoir hola hallo hej hoi ciao salut olá goedemiddag goedemorgen ' +
    'goedenavond merhaba servus moin grüezi ' +
    // Requests to be reached, a verb and its pronoun in one word ("Llámame al 612…", "Chiamami dopo le 18").
    'llámame llámanos escríbeme escríbenos contáctame contáctanos avísame avísanos envíame envíanos ' +
    'dígame díganos mándame ayúdame ayúdanos chiamami chiamatemi scrivimi scriveteci contattami contattateci'
  ).split(' '),
);

/** Determiners and possessives of other languages that NEVER_NAME does not list. */
const FUNCTION_WORDS = new Set(
  (
    'mein meine meinen meinem meiner dein deine sein seine der die das dem den des ein eine einen einem ' +
    'le la les un une et mais mon ma mes ton ta el los las una pero mi mis su sus lo gli mio mia ' +
    'het een maar os as um uma mas eu meu minha ' +
    // The polite "could you" that opens a request ("Veuillez trouver…", "¿Puede ayudarme…", "Può aiutarmi…").
    'veuillez pouvez pourriez peux pourrais puede puedes podría podrías podrían podéis può puoi potrebbe ' +
    'potresti potete kunt kun kunnen zou zoudt pode podes poderia poderiam ' +
    // Swedish, Norwegian and Danish ("Mitt personnummer är…"), Polish ("Proszę o kontakt…"), Turkish.
    'mitt ditt sitt vår vårt våra jag och mit dit vores proszę czy mój moja moje twój twoja nasz nasza ' +
    'szanowny szanowna szanowni dziękuję dziękujemy ' +
    'benim senin bizim lütfen ' +
    // The words of a short biography: "Geboren am 3. März 1985 in Köln", "Née le 3 mars 1985".
    'geboren gestorben wohnhaft verheiratet ledig né née nata nato nacido nacida nascido nascida'
  ).split(' '),
);

const ONE_WORD = /^\p{Lu}[\p{Ll}'’]*$|^\p{Lu}+$/u;
/**
 * What may stand between a sentence's end and its first word: blanks, quotes, brackets, list marks,
 * and the emoji chat opens a message with ("🎉 Congrats to…"; a surrogate pair is read one half at a time).
 */
const OPENING = /[\s"'“‘«([*#>_•¿¡\-\p{Extended_Pictographic}\uD800-\uDFFF]|\uFE0F/u;

/** What stands before an opening quote. */
const QUOTE_BEFORE = /[\s([:]/;

const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{Lu}|mrs?|ms|mx|dr|prof|st|sr|jr|rev|hon|gen|col|capt|sgt|lt|maj|gov|sen|rep|mme|mlle|sra|srta|hr|fr)\.$/iu;

/** True when `start` opens the text, a line or a sentence (after . ! ? : ; and what may follow them). */
export function opensSentence(text: string, start: number): boolean {
  // A quotation opens its own sentence: fails with 'Module not found', he wrote "Running late".
  const q = text[start - 1];
  if (
    (q === "'" || q === '"' || q === '“' || q === '‘' || q === '«') &&
    (start === 1 || QUOTE_BEFORE.test(text[start - 2]!))
  )
    return true;
  let i = start;
  while (i > 0 && OPENING.test(text[i - 1]!)) {
    if (text[i - 1] === '\n') return true;
    i--;
  }
  if (i === 0) return true;
  // Only blanks and opening signs skipped: the word continues a sentence ("the Devil").
  if (i === start) return false;
  const c = text[i - 1]!;
  // "Mr. Park", "J. Park": the period of a title or an initial ends no sentence.
  if (c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i))) return false;
  if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '…') return true;
  // A closing quote or bracket after the end of a sentence: `he said." Nope`.
  return (c === '"' || c === '”' || c === ')') && i > 1 && /[.!?]/.test(text[i - 2]!);
}

/** A known given name, place or people, in any case ("Grace", "Nice", "Schweiz", "Deutsche"). */
export function isKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return GIVEN.has(lower) || AMBIGUOUS_GIVEN.has(lower) || PLACES.has(lower) || DEMONYMS.has(lower);
}

/** Chat's noises, which are no name wherever they stand: 'They said " Yea because…', "@ MPS Yep". */
const CHAT_NOISES = new Set((NOISES + ' stfu er erm argh arghh ack thanku thankyou').split(' '));
/** A word stretched by a letter said three times or more: "LMAOOOOOOOO", "REEEE", "NAAAHHH". */
const STRETCHED = /(\p{L})\1\1/u;
const SPAN_WORDS = /[ \t]+/;

/** True when every word of a model's span is a chat noise ("Yep", "NAH NAAAHHH"). */
export function isChatNoise(span: string): boolean {
  return span
    .split(SPAN_WORDS)
    .every((w) => CHAT_NOISES.has(w.toLowerCase()) || (w.length >= 5 && STRETCHED.test(w.toLowerCase())));
}

/** True when the model's span is one common word that only opens a sentence. */
export function isSentenceOpeningWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!ONE_WORD.test(word) || isKnownName(word)) return false;
  const lower = word.toLowerCase();
  if (INTERJECTIONS.has(lower)) return opensSentence(text, start);
  // A pronoun, article or greeting of a language the word list does not hold ("Meine IBAN lautet…"),
  // written with a capital only (an all-caps "LA" or "EU" is a place).
  const functionWord = word !== word.toUpperCase() && (NEVER_NAME.has(lower) || FUNCTION_WORDS.has(lower));
  if (!functionWord && !isCommon(word)) return false;
  // A hashtag's word ("#Prayer", "# Travel") or one word of a headline in title case: capitals there
  // say nothing about names either.
  if (!functionWord && (afterHash(text, start) || inTitleCaseLine(text, start, end)))
    return !LIST_OF_NAMES.test(text.slice(end, end + 40));
  if (!opensSentence(text, start)) return false;
  // "Park and Mann were…": one of a list of names.
  if (LIST_OF_NAMES.test(text.slice(end, end + 40))) return false;
  // A word on a line of its own is a record's entry (a company "Here" under a job title), not an opener.
  return !aloneOnLine(text, start, end);
}

const LIST_OF_NAMES = /^[ \t]+(?:and|&|or)[ \t]+\p{Lu}/u;

function aloneOnLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  return j === text.length || text[j] === '\n';
}

const WORDS = /\p{L}[\p{L}'’-]*/gu;
const SMALL_WORDS = new Set('a an the of in on at to for and or but by with from as is are vs via'.split(' '));

/**
 * True when the line around [start, end) is written in title case ("Building a Strategic
 * Relationship With Others is Hard Work"): most of its words, small words included, capitalised.
 */
export function inTitleCaseLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  let words = 0;
  let capitals = 0;
  let smallCapitals = 0;
  for (const m of text.slice(from, to).matchAll(WORDS)) {
    const w = m[0];
    words++;
    const cap = w[0] !== w[0]!.toLowerCase();
    if (cap) capitals++;
    // A sentence capitalises its first word only; a headline capitalises "With", "To", "Of" too.
    if (cap && m.index > 0 && SMALL_WORDS.has(w.toLowerCase())) smallCapitals++;
  }
  return words >= 4 && capitals >= words * 0.75 && (smallCapitals > 0 || capitals === words);
}
