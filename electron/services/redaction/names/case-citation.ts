// The parties of a court case as lawyers cite it: "Smith v. Jones (1998)", "Donoghue v Stevenson
// [1932] AC 562". Each side is a name whatever its words ("Brown" is also a colour); only a
// citation's marks after it (a year in brackets, a law report) or a court's words in the sentence
// tell a case from a match ("England v Australia").
import { allMatches } from '../fast-scan';
import { PLACES } from '../location/lexicon';
import type { Candidate } from '../types';
import { isCommon } from './lexicon';
import { isOrgWord } from './org';

const PARTY = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}`;
/**
 * The " v. " between the parties, found first: a scan for capitalised words before it would cost a
 * pass over every capital of a long text. Then the first party ends right before it and the second
 * starts right after it.
 */
const CASE_MARK = /[ \t]+v\.?[ \t]+(?=\p{Lu})/gu;
const FIRST_PARTY = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PARTY})$`, 'u');
const SECOND_PARTY = new RegExp(String.raw`(${PARTY})(?![\p{L}\p{N}])`, 'uy');

/** Each "A v. B" of the text: where it starts and ends, and its two parties. */
function* citedCases(text: string): Generator<{ start: number; end: number; first: string; second: string }> {
  for (const mark of allMatches(CASE_MARK, text)) {
    const first = FIRST_PARTY.exec(text.slice(Math.max(0, mark.index - 64), mark.index))?.[1];
    if (!first) continue;
    SECOND_PARTY.lastIndex = mark.index + mark[0].length;
    const second = SECOND_PARTY.exec(text)?.[1];
    if (!second) continue;
    yield { start: mark.index - first.length, end: SECOND_PARTY.lastIndex, first, second };
  }
}
/** A citation after the parties: "(1998)", "[1932] AC 562", "347 U.S. 483", "[2015] UKSC 11". */
const CITATION_AFTER =
  /^[ \t,]*(?:\(\d{4}\)|\[\d{4}\]|\d{1,4}[ \t]+(?:U\.?S\.?|F\.[23]?d|S\.?[ \t]?Ct\.?|AC|QB|WLR|All[ \t]+ER)\b)/u;
const OF_AFTER = /^[ \t]+of\b/;
/** A court's words in the same sentence. */
const COURT_WORDS =
  /\b(?:court|case|ruling|ruled|held|judgment|judgement|appeal|precedent|plaintiff|defendant|v\.[ \t]+\p{Lu})/iu;
/** Words that open the sentence before a cited case: "See Donoghue v Stevenson", "In Smith v. Jones". */
const OPENERS = new Set([
  'see',
  'in',
  'as',
  'per',
  'cf',
  'under',
  'following',
  'after',
  'like',
  // A party's role before its name: "Plaintiff Rebecca Lindqvist v. …".
  'plaintiff',
  'defendant',
  'petitioner',
  'respondent',
  'appellant',
  'appellee',
  'claimant',
]);
/** A firm's legal form after a party: "… v. Northgate Property Management, Inc.". */
const LEGAL_FORM_AFTER = /^,?[ \t]+(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|NV|BV|Pty)\b/;

/** The first words of a party that are the sentence's ("See", "In"), as a count. */
function openerWords(party: string): number {
  const words = party.split(/[ \t]+/);
  let k = 0;
  while (k < words.length - 1 && OPENERS.has(words[k]!.toLowerCase())) k++;
  return k;
}

export function caseParties(text: string, out: Candidate[]): void {
  if (!text.includes(' v')) return;
  for (const c of citedCases(text)) {
    const after = text.slice(c.end, c.end + 24);
    const from = Math.max(0, text.lastIndexOf('.', c.start - 1) + 1, text.lastIndexOf('\n', c.start - 1) + 1);
    const sentence = text.slice(from, Math.min(text.length, c.end + 80));
    if (!CITATION_AFTER.test(after) && !COURT_WORDS.test(sentence.replace(text.slice(c.start, c.end), ''))) continue;
    let start = c.start;
    let first = c.first;
    const skip = openerWords(first);
    if (skip) {
      const cut = first
        .split(/[ \t]+/)
        .slice(0, skip)
        .join(' ').length;
      const rest = /^[ \t]+/.exec(first.slice(cut))![0].length;
      start += cut + rest;
      first = first.slice(cut + rest);
    }
    const second = c.second;
    const secondStart = c.end - second.length;
    for (const [s, party] of [
      [start, first],
      [secondStart, second],
    ] as const) {
      const words = party.split(/[ \t]+/);
      // A firm's or a body's side is the organisation rules' to type ("Board of Education": a word before
      // "of"); a place's is a state's ("Texas v. Johnson").
      if (words.some((w) => isOrgWord(w.toLowerCase())) || PLACES.has(party.toLowerCase())) continue;
      const next = text.slice(s + party.length, s + party.length + 8);
      if ((words.every((w) => isCommon(w)) && OF_AFTER.test(next)) || LEGAL_FORM_AFTER.test(next)) continue;
      out.push({
        start: s,
        end: s + party.length,
        type: 'PERSON',
        subtype: 'CASE_PARTY',
        score: 0.72,
        source: 'pattern',
      });
    }
  }
}
