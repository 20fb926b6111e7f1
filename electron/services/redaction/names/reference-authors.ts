// The authors of a paper as references cite them: "Brown, T. B., Mann, B., & Ryder, N. (2020)." (APA),
// "Lindqvist S, Oyelaran M, Beaumont C, et al. Sepsis outcomes. BMJ. 2019" (Vancouver), and in the
// running text "Fischer et al. (2020)", "(Hartmann & Zhou, 2018)". A surname there is a name whatever
// its word ("Brown", "Young"); the citation's shape says so, not the word. The model reads initials
// after a comma as a place ("T. B.") and misses most surnames written before them.
import { allMatches } from '../fast-scan';
import { PLACES } from '../location/lexicon';
import type { Candidate } from '../types';
import { isUpper } from './lexicon';
import { isOrgWord } from './org';

const PARTICLES = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter)[ \t]){0,2}`;
/** A surname: capitalised, ending in lower case ("McDonald", "O'Brien", "García-López"). */
const SURNAME = String.raw`\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})?`;
const SURNAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${PARTICLES}${SURNAME}$`, 'u');
const SURNAME_ALONE = new RegExp(String.raw`^${PARTICLES}${SURNAME}$`, 'u');
/** How far back a surname is read. */
const REACH = 40;

const APA_INITIALS = /\p{Lu}\.(?:[ \t]?-?\p{Lu}\.){0,3}/uy;
/** What follows an author's initials: the next author, the year, the end of the list. */
const AFTER_INITIALS = /^(?:,|;|[ \t]*[&(]|[ \t]+and[ \t]|[ \t]*$|[ \t]+et[ \t]+al\b)/;
/** Between two authors of one list. */
const BETWEEN_AUTHORS = /^(?:,?[ \t]+(?:&|and)[ \t]+|,[ \t]+)$/;
/** A list that ends in its year ("(2020)", "(n.d.)") or in "et al." is one by its end alone. */
const YEAR_AFTER = /^\.?[ \t]*\((?:1[89]\d\d|20\d\d|n\.d\.)/;
const ET_AL_AFTER = /^,?[ \t]+et[ \t]+al\b/;
/** A reference holds its year: a list of two authors or more must have one within this much text. */
const YEAR_WITHIN = /\b(?:1[89]\d\d|20\d\d)\b/;
const YEAR_REACH = 240;

/** Vancouver: a surname, its initials in capitals without periods, a comma ("Patel RK, "). */
const VANCOUVER_INITIALS_BEFORE = /[ \t]\p{Lu}{1,3}$/u;
const VANCOUVER_ENTRY = new RegExp(String.raw`(${PARTICLES}${SURNAME})[ \t]\p{Lu}{1,3}(?![\p{L}\p{N}])`, 'uy');
const VANCOUVER_END = /^(?:\.|,[ \t]+et[ \t]+al\b)/;

/** In running text: "Fischer et al." and a parenthesis's authors before their year ("(Hartmann & Zhou, 2018)"). */
const ET_AL = /[ \t]et[ \t]al\b/g;
const YEAR_IN_PARENTHESES = /,[ \t](?:1[89]\d\d|20\d\d)[a-z]?(?=[);,])/g;
const AUTHOR_SEPARATOR = /,?[ \t]+(?:&|and)[ \t]+|,[ \t]+/;
/** An author's "et al." inside a parenthesis: "(Fischer et al., 2020)". */
const ET_AL_END = / et al\.?$/;
/** Words a parenthesis may hold before a year that are no author: "(May, 2019)", "(Summer, 2020)". */
const NOT_AUTHOR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|see|cf|e\.g|i\.e|ibid|and)$/i;

/**
 * Where the lists may be: each ", " before an initial and its period ("Brown, T."), for APA, and each
 * after a capital ("Patel RK, "), for Vancouver. One pass over the commas, which is several times
 * faster than a regex for either.
 */
function commaMarks(text: string): { apa: number[]; vancouver: number[] } {
  const apa: number[] = [];
  const vancouver: number[] = [];
  for (let i = text.indexOf(', '); i >= 0; i = text.indexOf(', ', i + 2)) {
    if (text.charCodeAt(i + 3) === 46 && isUpper(text[i + 2])) apa.push(i);
    if (i > 0 && isUpper(text[i - 1])) vancouver.push(i);
  }
  return { apa, vancouver };
}

interface Author {
  start: number;
  end: number;
}

function author(a: Author): Candidate {
  return { start: a.start, end: a.end, type: 'PERSON', subtype: 'AUTHOR', score: 0.8, source: 'pattern' };
}

/** Each "Surname, I. I." of the text, in order. */
function apaAuthors(text: string, marks: readonly number[]): Author[] {
  const found: Author[] = [];
  for (const comma of marks) {
    const before = SURNAME_BEFORE.exec(text.slice(Math.max(0, comma - REACH), comma));
    if (!before) continue;
    APA_INITIALS.lastIndex = comma + 2;
    if (!APA_INITIALS.exec(text)) continue;
    const end = APA_INITIALS.lastIndex;
    if (!AFTER_INITIALS.test(text.slice(end, end + 12))) continue;
    found.push({ start: comma - before[0].length, end });
  }
  return found;
}

/** The authors of APA lists: two or more with a year near, or one before its year or "et al.". */
function apaLists(text: string, marks: readonly number[], out: Candidate[]): void {
  const authors = apaAuthors(text, marks);
  let i = 0;
  while (i < authors.length) {
    let j = i;
    while (j + 1 < authors.length && BETWEEN_AUTHORS.test(text.slice(authors[j]!.end, authors[j + 1]!.start))) j++;
    const end = authors[j]!.end;
    const after = text.slice(end, end + YEAR_REACH);
    const byItsEnd = YEAR_AFTER.test(after) || ET_AL_AFTER.test(after);
    if (byItsEnd || (j > i && YEAR_WITHIN.test(after))) for (let k = i; k <= j; k++) out.push(author(authors[k]!));
    i = j + 1;
  }
}

/** The authors of Vancouver lists: two or more, ending in "." or "et al.", with a year after. */
function vancouverLists(text: string, marks: readonly number[], out: Candidate[]): void {
  let done = 0;
  for (const comma of marks) {
    if (comma < done) continue;
    const near = text.slice(Math.max(0, comma - REACH - 4), comma);
    const initials = VANCOUVER_INITIALS_BEFORE.exec(near);
    if (!initials) continue;
    const before = SURNAME_BEFORE.exec(near.slice(0, near.length - initials[0].length));
    if (!before) continue;
    const authors: Author[] = [{ start: comma - initials[0].length - before[0].length, end: comma }];
    let i = comma + 2;
    for (;;) {
      VANCOUVER_ENTRY.lastIndex = i;
      const e = VANCOUVER_ENTRY.exec(text);
      if (!e) break;
      authors.push({ start: i, end: VANCOUVER_ENTRY.lastIndex });
      i = VANCOUVER_ENTRY.lastIndex;
      if (!text.startsWith(', ', i) || VANCOUVER_END.test(text.slice(i, i + 10))) break;
      i += 2;
    }
    done = i;
    const after = text.slice(i, i + YEAR_REACH);
    if (authors.length < 2 || !VANCOUVER_END.test(after) || !YEAR_WITHIN.test(after)) continue;
    for (const a of authors) out.push(author(a));
  }
}

/** A surname that is no place's or body's word: "(London, 2019)", "Google et al." are not authors. */
function couldBeAuthor(name: string): boolean {
  const lower = name.toLowerCase();
  return !NOT_AUTHOR.test(name) && !PLACES.has(lower) && !isOrgWord(lower);
}

/** "Fischer et al." and the authors of "(Hartmann & Zhou, 2018)", "(Lee, 2019; Park and Kim, 2020)". */
function inTextCitations(text: string, out: Candidate[]): void {
  if (text.includes(' et al')) {
    for (const m of allMatches(ET_AL, text)) {
      const before = SURNAME_BEFORE.exec(text.slice(Math.max(0, m.index - REACH), m.index));
      if (before && couldBeAuthor(before[0])) out.push(author({ start: m.index - before[0].length, end: m.index }));
    }
  }
  for (const m of allMatches(YEAR_IN_PARENTHESES, text)) {
    // The authors run back to the parenthesis or the citation before them in it.
    const from = Math.max(0, m.index - 80);
    const back = text.slice(from, m.index);
    const open = Math.max(back.lastIndexOf('('), back.lastIndexOf(';'));
    if (open < 0 || back.includes(')', open) || (back[open] === ';' && !back.slice(0, open).includes('('))) continue;
    let at = from + open + 1;
    const names = text.slice(at, m.index);
    while (text[at] === ' ') at++;
    const parts = names.trimStart().split(AUTHOR_SEPARATOR);
    if (!parts.every((p) => SURNAME_ALONE.test(p) || ET_AL_END.test(p))) continue;
    let cursor = at;
    for (const p of parts) {
      const s = text.indexOf(p, cursor);
      cursor = s + p.length;
      const name = p.replace(ET_AL_END, '');
      if (SURNAME_ALONE.test(name) && couldBeAuthor(name)) out.push(author({ start: s, end: s + name.length }));
    }
  }
}

export function referenceAuthors(text: string, out: Candidate[]): void {
  const marks = commaMarks(text);
  if (marks.apa.length) apaLists(text, marks.apa, out);
  if (marks.vancouver.length) vancouverLists(text, marks.vancouver, out);
  inTextCitations(text, out);
}
