// The machine-readable zone of a passport, ID card or visa (ICAO 9303), pasted from a scan (ICAO's
// specimen):
//   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
//   L898902C36UTO7408122F1204159ZE184226B<<<<<10
// The holder's name, the document's number, the birth date and the expiry, in capitals and '<'. Its
// lines have fixed lengths (two of 44, two of 36 or three of 30) and the numbers carry check digits.
import type { Candidate, Recognizer } from '../types';
import { icaoCheckDigit } from './ids/checksums';

const MRZ_LINE = /^[A-Z0-9<]+$/;
/** The first characters of a document's code: passport, ID card, visa, crew card. */
const DOC_CODE = /^[PIACV][A-Z0-9<]/;

interface Line {
  start: number;
  text: string;
}

/** The text's lines made of MRZ characters only (trailing blanks and a CR left out). */
function mrzLines(text: string): (Line | undefined)[] {
  const lines: (Line | undefined)[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let e = end;
    while (e > start && (text[e - 1] === '\r' || text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    let s = start;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    const line = text.slice(s, e);
    lines.push(line.length >= 30 && line.length <= 44 && MRZ_LINE.test(line) ? { start: s, text: line } : undefined);
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * How many of the fields pass their check digit, each given as its line, where it starts and its length
 * (the check digit follows it). A '<' in the check digit's place passes only for a field left empty.
 */
function passedChecks(fields: readonly (readonly [line: string, at: number, length: number])[]): number {
  let passed = 0;
  for (const [line, at, length] of fields) {
    const field = line.slice(at, at + length);
    const c = line[at + length];
    if (c === '<' ? field.replace(/</g, '') === '' : c === String(icaoCheckDigit(field))) passed++;
  }
  return passed;
}

function span(line: Line, from: number, to: number): { start: number; end: number } | undefined {
  const part = line.text.slice(from, to);
  const first = part.search(/[^<]/);
  if (first < 0) return undefined;
  const last = part.replace(/<+$/, '').length;
  return { start: line.start + from + first, end: line.start + from + last };
}

function candidate(
  s: { start: number; end: number } | undefined,
  type: 'PERSON' | 'ID_NUMBER',
  score: number,
  validated: boolean,
): Candidate[] {
  if (!s) return [];
  return [{ ...s, type, subtype: 'MRZ', score, source: 'pattern', ...(validated ? { validated: true } : {}) }];
}

/**
 * By how many of the three check digits pass. The lines' shape alone is hard to meet by chance (fixed
 * lengths, only capitals, digits and '<', a document's code, the name's '<<'), so a zone whose digits
 * were mistyped or made up is still reported, lower.
 */
const scoreOf = (passed: number) => (passed >= 2 ? 0.95 : passed === 1 ? 0.8 : 0.7);

function detect(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('<<')) return out;
  const lines = mrzLines(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a || !b || a.text.length !== b.text.length || !DOC_CODE.test(a.text)) continue;
    const n = a.text.length;
    if (n === 44 || n === 36) {
      // TD3 (passport) and TD2: names on the first line after the code and the state; the number,
      // nationality, birth date, sex and expiry on the second.
      const passed = passedChecks([
        [b.text, 0, 9],
        [b.text, 13, 6],
        [b.text, 21, 6],
      ]);
      if (!a.text.slice(5).includes('<<')) continue;
      const score = scoreOf(passed);
      out.push(...candidate(span(a, 5, n), 'PERSON', score, false));
      out.push(...candidate(span(b, 0, n), 'ID_NUMBER', score, passed === 3));
      i++;
    } else if (n === 30 && i + 2 < lines.length && lines[i + 2]?.text.length === 30) {
      // TD1 (ID card): the number on the first line, birth date and expiry on the second, names on the third.
      const c = lines[i + 2]!;
      const passed = passedChecks([
        [a.text, 5, 9],
        [b.text, 0, 6],
        [b.text, 8, 6],
      ]);
      if (!c.text.includes('<<')) continue;
      const score = scoreOf(passed);
      out.push(...candidate(span(a, 5, n), 'ID_NUMBER', score, passed === 3));
      out.push(...candidate(span(b, 0, n), 'ID_NUMBER', score, passed === 3));
      out.push(...candidate(span(c, 0, n), 'PERSON', score, false));
      i += 2;
    }
  }
  return out;
}

export const MRZ_RECOGNIZER: Recognizer = { name: 'mrz', types: ['PERSON', 'ID_NUMBER'], detect };
