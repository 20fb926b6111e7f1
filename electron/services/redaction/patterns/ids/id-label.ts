// Any number right after the bare word "ID": "Student Mei-Ling Chow (ID 20231187)", "Employee Ravi Shah
// (ID E-77213)", "Transaction ID: 88231776". Five digits or more, so "ID 5" stays a count. Not after a
// nationality's or a place's name ("Turkish ID 1000…", "Emirates ID"): the national ID's own rule
// decides there, and a value failing its check stays out. Not Idaho's ZIP code ("Boise, ID 83702").
// Any rule that reads the value as a number of its own kind wins the merge: this one is no label's own.
import { excerptOfSpans, type Excerpt } from '../../excerpt';
import { allMatches } from '../../fast-scan';
import { PLACES } from '../../location/lexicon';
import { DEMONYMS } from '../../names/lexicon';
import type { Candidate } from '../../types';
import { isPlaceholder } from './checksums';
import type { IdRecognizer } from './define';

const AFTER_ID =
  /(?<![\p{L}\p{N}_])ID(?:[ \t]*(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,3}-?)?[0-9]{5,12})(?![\p{L}\p{N}_@-]|[./][0-9])/gu;
/** Idaho's code and a ZIP code after a town: "Boise, ID 83702". */
const TOWN_BEFORE = /\p{L},[ \t]*$/u;
const ZIP = /^[0-9]{5}$/;
const WORD_BEFORE = /(\p{L}+)[ \t]+$/u;
/** Owners of national numbers named without a nationality ("National ID", "Tax ID", "Voter ID"). */
const NATIONAL = new Set(['national', 'tax', 'voter', 'citizen', 'emirates', 'resident']);

function collect(text: string, excerpt: Excerpt, out: Candidate[]): void {
  // The value holds digits: nothing to find in a text with none (its digit excerpt is empty).
  if (excerpt.text.length === 0 || !text.includes('ID')) return;
  for (const m of allMatches(AFTER_ID, text)) {
    const value = m[1]!;
    if (isPlaceholder(value.replace(/-/g, ''))) continue;
    const owner = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]?.toLowerCase();
    if (owner && (DEMONYMS.has(owner) || PLACES.has(owner) || NATIONAL.has(owner))) continue;
    if (ZIP.test(value) && TOWN_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    out.push({
      start,
      end: start + value.length,
      type: 'ID_NUMBER',
      subtype: 'CUSTOMER_NUMBER',
      score: 0.6,
      source: 'pattern',
    });
  }
}

export const ID_LABEL_RECOGNIZER: IdRecognizer = {
  name: 'id:CUSTOMER_NUMBER:ID_LABEL',
  types: ['ID_NUMBER'],
  reach: 0,
  collect,
  detect(text: string): Candidate[] {
    const out: Candidate[] = [];
    if (typeof text === 'string' && /\d/.test(text)) collect(text, excerptOfSpans(text, [0, text.length]), out);
    return out;
  },
};
