// Social and chat handles ("@maria_k", "ask @jdoe") name a person as surely as their name does.
// The span is the handle without its "@", so the redacted text keeps the mention's shape
// ("@[[PERSON_1]]"). Code is full of "@" that is not a person: decorators and annotations,
// npm scopes, CSS at-rules and chat-wide mentions are left alone.
import { allMatches, matchesVia } from '../fast-scan';
import { isCommon } from '../names/lexicon';
import { isTld } from './tld';
import type { Candidate, Recognizer } from '../types';

/**
 * "@handle": not inside an e-mail address, a scope ("@types/node", "@typescript-eslint/parser": nor the
 * part before a hyphen) or a dotted call ("@app.route").
 * Hyphens join parts of one handle ("@bob-smith" on GitHub): cutting at one would leave a surname.
 */
const HANDLE =
  /(?<![\p{L}\p{N}_.@])@([A-Za-z_][A-Za-z0-9_]{1,29}(?:-[A-Za-z0-9_]{1,29}){0,3})(?![\p{L}\p{N}_@/(]|[-.][\p{L}\p{N}])/gu;
/**
 * Slack and Teams handles hold dots ("@maria.gonzalez said"). Decorators and calls have them too
 * ("@app.route(", "@abc.abstractmethod" on a line of its own), so a dotted handle counts only in
 * lower case and followed on its line by punctuation, a word, or a bracket or dash after a space
 * ("@priya.s (lead)", "@ade.o — standup"; a call's bracket follows its name directly). An initial
 * before the dot takes a name of three letters or more after it ("@k.obrien").
 */
const DOTTED =
  /(?<![\p{L}\p{N}_.@])@([a-z_][a-z0-9_]{1,29}(?:\.[a-z0-9_]{1,29}){1,2}|[a-z]\.[a-z][a-z0-9_]{2,29})(?=[ \t]*[,;:!?)]|[ \t]+[\p{L}(—–-])/gu;
/**
 * Tokenized text writes a mention as "@ handle", and splits the handle at its underscores and before
 * its closing digits: "@ climb _ chairman", "@ ttuck _ 5", "RT @ Konnan 5150 :" (the digits only before
 * a retweet's colon).
 */
const SPACED =
  /(?<![^\s([])@ ((?:_ )?[A-Za-z_][A-Za-z0-9_]{2,29}(?: _ [A-Za-z0-9]+){0,3}(?: _(?= ))?(?: [0-9]{1,6}(?=[ \t]*:))?)(?![\p{L}\p{N}_@/(]|\.[\p{L}\p{N}])/gu;

const NOT_PEOPLE = new Set(
  // chat-wide mentions
  (
    'here channel everyone all team' +
    // Java/Kotlin/C#/TS/Python annotations and decorators, JSDoc tags, CSS at-rules, batch files
    ' override deprecated suppresswarnings functionalinterface safevarargs test before after beforeeach aftereach' +
    ' beforeall afterall disabled parameterizedtest autowired component service repository controller' +
    ' restcontroller requestmapping getmapping postmapping putmapping deletemapping patchmapping pathvariable' +
    ' requestparam requestbody responsebody bean configuration value qualifier primary entity table column' +
    ' id generatedvalue transactional inject injectable ngmodule input output hostlistener viewchild' +
    ' data getter setter builder noargsconstructor allargsconstructor requiredargsconstructor slf4j' +
    ' jsonproperty jsonignore nullable nonnull notnull valid notblank size min max email pattern' +
    ' property staticmethod classmethod abstractmethod dataclass cached_property lru_cache wraps' +
    ' param params returns return throws throw type typedef template example see since author version' +
    ' link inheritdoc callback description deprecated private public protected readonly async' +
    // JSDoc / TSDoc tags and TypeScript's comment directives
    ' default defaultvalue experimental abstract internal alpha beta remarks typeparam overload module file' +
    ' fileoverview license preserve linkcode interface implements category enum const override virtual' +
    ' ts-expect-error ts-ignore ts-nocheck ts-check ts-self-types jsx jsximportsource' +
    ' media import keyframes font face supports charset namespace page layer container tailwind apply' +
    ' echo mixin include extend use forward if else each while function content'
  ).split(' '),
);

const BLANK_BEFORE = /(?:^|\n)[ \t]*$/;
const BLANK_AFTER = /^[ \t]*(?:\r?\n|$)/;

/** Nothing but blanks around [start, end) on its line. */
function aloneOnItsLine(text: string, start: number, end: number): boolean {
  return BLANK_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && BLANK_AFTER.test(text.slice(end, end + 4));
}

function person(start: number, end: number, score: number): Candidate {
  return { start, end, type: 'PERSON', subtype: 'HANDLE', score, source: 'pattern' };
}

/**
 * Cash App's "$cashtag" after the app's name ("my Cash App is $kbrennan22"); not a ticker ("$AAPL") or an
 * amount, which no such name opens.
 */
const CASHTAG = /\b(?:cash[ \t]?app|cashtag)\b[^$\n]{0,24}\$([A-Za-z][A-Za-z0-9_]{1,19})(?![\p{L}\p{N}_])/giu;
/** Where CASHTAG may start, found faster than by the regex itself (a plain word, no boundary). */
const CASHTAG_LOOSE = /cash/gi;

function cashtags(text: string, out: Candidate[]): void {
  for (const m of matchesVia(CASHTAG, CASHTAG_LOOSE, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push(person(start, start + m[1]!.length, 0.75));
  }
}

export const handleRecognizer: Recognizer = {
  name: 'social-handle',
  types: ['PERSON'],
  detect(text) {
    const out: Candidate[] = [];
    if (text.includes('$')) cashtags(text, out);
    if (!text.includes('@')) return out;
    for (const [re, score] of [
      [HANDLE, 0.75],
      [DOTTED, 0.7],
      [SPACED, 0.6],
    ] as const) {
      for (const m of allMatches(re, text)) {
        const handle = m[1]!;
        const lower = handle.toLowerCase();
        if (NOT_PEOPLE.has(lower) || /^\d+$/.test(handle)) continue;
        // A decorator or annotation alone on its line: "@contextmanager", "@final" above a definition.
        if (re === HANDLE && aloneOnItsLine(text, m.index, m.index + m[0].length)) continue;
        // "@example.com": a domain, not a handle.
        if (
          re === DOTTED &&
          (isTld(handle.slice(handle.lastIndexOf('.') + 1)) || NOT_PEOPLE.has(handle.split('.')[0]!))
        )
          continue;
        // "meet @ home", "@ noon": the spaced form needs a word that is not ordinary English.
        if (re === SPACED && ((isCommon(handle) && !handle.includes(' ')) || handle.length < 3)) continue;
        const start = m.index + m[0].length - handle.length;
        out.push(person(start, start + handle.length, score));
      }
    }
    return out;
  },
};
