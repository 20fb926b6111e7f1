// German capitalises every noun, and the model, trained on English text, takes many of them for
// names: "vielen Dank", "die Rechnung", "Ihre Kundennummer lautet", "Können Sie", "Der Mieter Jürgen
// Schmidt". In German text, a model span none of whose words can be a name is dropped, and the
// words before and after the name in a longer span are cut. A word can be a name unless it is a
// function word, a month or weekday, a title or role, a noun by its ending or by the noun it ends in,
// or (for a person or a place) the one word left, right after an article ("das Protokoll"). Known
// given names and places always can.
import { GIVEN, isCommon } from '../names/lexicon';
import type { Candidate } from '../types';
import { isKnownName } from './sentence-start';

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Frequent German words that English lacks (not "die", "was", "war", "also", "man", "hat", "will"):
 * two different ones near a span make its text German.
 */
const MARKERS = words(`
  und der das den dem des ein eine einen einem einer eines ist sind nicht ich sie wir mit für bitte sehr
  vielen auf bei über zu zum zur vom beim von haben habe wird wurde werden können kann möchte möchten mir
  mich uns ihnen ihre ihr ihren ihrem unser unsere unseren auch noch schon aber oder dass wenn weil nach
  wie wo mein meine meinen sein seine kein keine hier heute morgen gestern diese dieser diesen diesem
  ob sich nur einfach gerne danke grüße freundlichen geehrte geehrter liebe lieber hallo bis seit unter
  durch gegen ohne jetzt immer dann muss müssen soll sollte würde würden könnte könnten hatte hatten
  im ins am herr herrn frau`);

/** Articles, possessives and pronouns: a capitalised word right after one is a noun. */
const DETERMINERS = words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem seiner
  ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure diese dieser diesen
  diesem dieses jede jeder jeden jedem alle zum zur vom beim im ins am`);

/** Closed-class words and frequent verbs of requests and letters: never a name. */
const FUNCTION_WORDS = words(`
  ich du er sie es wir ihr mir mich dir dich ihm ihn uns euch ihnen man
  und oder aber denn sondern dass weil wenn ob als wie wo was wer warum
  an auf aus bei bis durch für gegen in mit nach ohne seit über um unter von vor zu zwischen
  bin bist ist sind seid war waren wäre habe hast hat haben hatte hatten werde wirst wird werden wurde
  wurden kann kannst können könnte könnten muss müssen sollte sollen soll will wollen möchte möchten
  darf dürfen würde würden
  bitte nicht auch noch schon sehr nur hier dort jetzt heute morgen gestern dann da so ja nein doch mal
  gern gerne vielen herzlichen besten freundlichen lieben liebe lieber sehr geehrte geehrter
  dank danke grüße grüßen gruß hallo guten tag abend
  lautet lauten heißt heiße schicken schicke schick senden sende schreiben schreibe schreib helfen hilf
  prüfen prüfe erstellen erstelle übersetzen übersetze fassen fasse formulieren formuliere beantworten
  beantworte kürzen kürze verbessern verbessere erklären erkläre zusammen`);

const CALENDAR = words(`
  januar februar märz april mai juni juli august september oktober november dezember
  montag dienstag mittwoch donnerstag freitag samstag sonntag`);

/** Titles and the roles that stand before a name ("Der Mieter Jürgen Schmidt", "Unser Kunde Herr Yilmaz"). */
const TITLES_AND_ROLES = words(`
  herr herrn frau dr prof fräulein
  kunde kunden kundin kollege kollegen kollegin mieter mieterin vermieter vermieterin patient patientin
  mitarbeiter mitarbeiterin chef chefin bewerber bewerberin nachbar nachbarin sohn tochter mann vater
  mutter bruder schwester freund freundin partner partnerin ehemann ehefrau arzt ärztin anwalt anwältin`);

/** Derivational endings of nouns ("Rechnung", "Möglichkeit", "Präsentation", "Ergebnis"). */
const NOUN_ENDING =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|tät|täten|nis|nisse|ismus)$/;

/**
 * Frequent nouns of office text, also as the last part of a compound ("Kundennummer",
 * "Lieferadresse", "Vorstellungsgespräch"). No word that ends surnames ("mann", "berg", "bauer").
 */
const NOUN_HEADS = [
  ...words(`
  nummer nummern adresse adressen datum daten gespräch gespräche vertrag vertrags verträge antrag antrags
  betrag betrags beträge zahl zahlen leiter leiterin bericht berichte termin termine unterlagen protokoll
  abteilung firma text texte absatz nachricht nachrichten hilfe rechnung frage fragen antwort brief briefe
  liste tabelle konto kosten preis preise angebot auftrag projekt projekte plan ziel ziele aufgabe aufgaben
  problem probleme fehler dokument dokumente datei dateien anhang vorlage entwurf zusammenfassung inhalt
  stelle stellen amt ämter gericht büro geld miete gehalt lohn steuer steuern versicherung konto kasse
  woche monat jahr quartal sitzung meeting team teilnehmer software system kündigung bewerbung schreiben
  einladung erinnerung anfrage rückmeldung unterschrift grund gründe hinweis hinweise fall wunsch
  lehrstuhl institut bereich professur zentrum praxis klinik chemie medizin informatik mathematik physik
  technik politik logistik statistik elektronik musik
  betreff absender empfänger anlage anlagen kopie`),
];

const NOUN_HEAD_SET = new Set(NOUN_HEADS);
const INFLECTION = /(?:s|es|n|en|e)$/;

/**
 * True when the word is one of NOUN_HEADS, or ends in one after at least three letters ("Kundennummer"
 * is a "nummer", "Kaplan" no "plan"), with or without an inflection ending. Suffixes looked up one by
 * one: an alternation of the heads behind a free prefix made V8 retry every head at every letter.
 */
function endsInNounHead(lower: string): boolean {
  const bare = lower.replace(INFLECTION, '');
  for (const w of bare === lower ? [lower] : [lower, bare]) {
    if (NOUN_HEAD_SET.has(w)) return true;
    for (let k = 3; k <= w.length - 3; k++) if (NOUN_HEAD_SET.has(w.slice(k))) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;
const CAPITALISED = /^\p{Lu}/u;

/** How far around a span the text is read for German words. */
const REACH = 160;

/** A letter of German words that English lacks: with one marker word, enough to call the text German. */
const GERMAN_LETTER = /[äöüß]/u;

/**
 * True when the text around [start, end) holds two different German marker words, or one and a
 * word written with an umlaut or ß ("Die Lieferadresse ist Bahnhofstraße 5").
 */
export function isGermanAround(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - REACH), Math.min(text.length, end + REACH));
  let first: string | undefined;
  let letter = false;
  for (const m of around.matchAll(WORD)) {
    const w = m[0];
    // "MIT" or "DER" in capitals is an acronym.
    if (w.length > 1 && w === w.toUpperCase()) continue;
    const lower = w.toLowerCase();
    if (!MARKERS.has(lower)) {
      letter ||= GERMAN_LETTER.test(lower);
      if (letter && first !== undefined) return true;
      continue;
    }
    if (first === undefined) {
      first = lower;
      if (letter) return true;
    } else if (lower !== first) return true;
  }
  return false;
}

/** Adjectives of languages and kinds written with a capital ("ins Englische", "Technische"). */
const ADJECTIVE_ENDING = /isch(?:e|en|er|es|em)?$/;

/**
 * True when a word of German text is certainly no name (see the file's comment). `strict` (the
 * model's spans) also takes English words for nouns; a rule's span has its own evidence ("Frau Wolf").
 */
function isNoName(word: string, afterGiven: boolean, strict: boolean): boolean {
  if (!CAPITALISED.test(word) || /^\p{N}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (CALENDAR.has(lower)) return true;
  if (isKnownName(word)) return false;
  if (FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || TITLES_AND_ROLES.has(lower)) return true;
  // After a given name, a word is its surname even when it is also a noun ("Andreas Fischer", "Anna Keller").
  if (afterGiven) return false;
  if (lower.length >= 6 && NOUN_ENDING.test(lower)) return true;
  if (lower.length >= 7 && ADJECTIVE_ENDING.test(lower)) return true;
  if (endsInNounHead(lower)) return true;
  // An English word in German text ("das Meeting", "die Software").
  return strict && isCommon(lower);
}

/**
 * The span `c` in German text without the words that cannot be a name at its start and end, or
 * undefined when none of its words can be one. Outside German text, `c` itself. `strict` for the
 * model's spans (see isNoName).
 */
export function withoutGermanNouns(text: string, c: Candidate, strict = true): Candidate | undefined {
  if (c.type !== 'PERSON' && c.type !== 'LOCATION' && c.type !== 'ORG') return c;
  const span = text.slice(c.start, c.end);
  const found = [...span.matchAll(WORD)];
  if (found.length === 0) return c;
  const noName = found.map((m, i) => isNoName(m[0], i > 0 && GIVEN.has(found[i - 1]![0].toLowerCase()), strict));
  const first = noName.indexOf(false);
  const last = noName.lastIndexOf(false);
  // A person or a place rarely follows an article; a company often does ("bei der Telekom"). Nor does
  // a name the rules read from a word's shape alone ("Das Passwort für das Konto").
  const afterArticle = first >= 0 && first === last && c.type !== 'ORG' && nounAfterArticle(text, c, found, first);
  // Nothing to cut or drop: the text's language need not be read (most spans, in any text).
  if (first === 0 && last === found.length - 1 && !afterArticle) return c;
  if (!isGermanAround(text, c.start, c.end)) return c;
  if (first < 0 || afterArticle) return undefined;
  // A firm's name often opens or ends with nouns ("Steuerberatung Sommer & Partner", "Autohaus Weber"):
  // it loses only the function words at its edges ("Urlaub Ich").
  const [from, to] = c.type === 'ORG' ? wordsWithin(found) : [first, last];
  // Only the edges are cut: a lower-case particle inside a name stays ("Ursula von der Leyen").
  const start = c.start + found[from]!.index;
  const end = c.start + found[to]!.index + found[to]![0].length;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

const WORD_BEFORE = /([\p{L}]+)[ \t]+$/u;
/** A German article or possessive right before `start`. */
function articleBefore(text: string, start: number): boolean {
  const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return prev !== undefined && DETERMINERS.has(prev.toLowerCase());
}

/** True when word k of the span, its one possible name, stands right after an article and is no known name. */
function nounAfterArticle(text: string, c: Candidate, found: RegExpExecArray[], k: number): boolean {
  const word = found[k]![0];
  if (word === word.toUpperCase() || isKnownName(word)) return false;
  return k > 0 ? DETERMINERS.has(found[k - 1]![0].toLowerCase()) : articleBefore(text, c.start);
}

/** The first and last of `found` that are no function word, article or word in lower case. */
function wordsWithin(found: readonly RegExpMatchArray[]): [number, number] {
  const functional = (w: string) =>
    !CAPITALISED.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase());
  let from = 0;
  let to = found.length - 1;
  while (from < to && functional(found[from]![0])) from++;
  while (to > from && functional(found[to]![0])) to--;
  return [from, to];
}

/** The rules' candidates with the German nouns of their names cut (see withoutGermanNouns). */
export function rulesWithoutGermanNouns(text: string, candidates: Candidate[]): Candidate[] {
  // A copy is made only once a candidate changes: most texts have none to change.
  let out: Candidate[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // Rules whose names are read from the words' shapes and lists alone, without a title or greeting.
    const read = c.source === 'pattern' && c.type === 'PERSON' && (c.subtype === 'SHAPE' || c.subtype === 'GAZETTEER');
    let kept = read ? withoutGermanNouns(text, c, false) : c;
    // Words of a name's shape after an article are a firm's or a thing's: "bei der Deutschen Bahn".
    if (
      kept &&
      kept.subtype === 'SHAPE' &&
      articleBefore(text, kept.start) &&
      isGermanAround(text, kept.start, kept.end)
    )
      kept = { ...kept, type: 'ORG' };
    if (kept !== c) out ??= candidates.slice(0, i);
    if (out && kept) out.push(kept);
  }
  return out ?? candidates;
}
