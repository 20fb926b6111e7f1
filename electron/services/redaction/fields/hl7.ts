// The patient's, relatives' and doctors' details in pasted HL7 v2 messages, the format hospital
// systems exchange ("PID|1||4471829^^^HOSP^MR||DOE^JANE^Q||19700101|F|||22 Willow Lane^^Leeds^^LS6 2QT").
// Names and addresses there are split into components by '^' and written in capitals, so the name and
// address rules do not see them; what each field holds is fixed by the standard, by its position.
import type { EntityType } from '../../../../shared/entities';
import { append } from '../append';
import type { Candidate } from '../types';

/**
 * What a field holds, by HL7 data type: a person's name (XPN), a doctor (XCN: an ID, then the name),
 * an address (XAD), a phone (XTN), an ID (CX), a date of birth, an SSN.
 */
type Kind = 'XPN' | 'XCN' | 'XAD' | 'XTN' | 'CX' | 'DOB' | 'SSN';

/** Fields that hold personal data, by segment and (1-based) field number, from the HL7 v2.5 standard. */
const FIELDS: Record<string, Record<number, Kind>> = {
  // Patient: IDs, name, mother's maiden name, birth date, alias, address, phones, account, SSN, licence.
  PID: {
    2: 'CX',
    3: 'CX',
    4: 'CX',
    5: 'XPN',
    6: 'XPN',
    7: 'DOB',
    9: 'XPN',
    11: 'XAD',
    13: 'XTN',
    14: 'XTN',
    18: 'CX',
    19: 'SSN',
    20: 'CX',
  },
  // Next of kin: name, address, phones, birth date; the contact person's name, phone, address.
  NK1: { 2: 'XPN', 4: 'XAD', 5: 'XTN', 6: 'XTN', 16: 'DOB', 30: 'XPN', 31: 'XTN', 32: 'XAD' },
  // Visit: attending, referring, consulting and admitting doctors; the visit number.
  PV1: { 7: 'XCN', 8: 'XCN', 9: 'XCN', 17: 'XCN', 19: 'CX', 52: 'XCN' },
  // The patient's own doctor.
  PD1: { 4: 'XCN' },
  // Guarantor: number, name, spouse's name, address, phones, birth date, SSN.
  GT1: { 2: 'CX', 3: 'XPN', 4: 'XPN', 5: 'XAD', 6: 'XTN', 7: 'XTN', 8: 'DOB', 12: 'SSN' },
  // Insurance: the insured's name, birth date, address; the policy number.
  IN1: { 16: 'XPN', 18: 'DOB', 19: 'XAD', 36: 'CX' },
  // Orders and results: who entered, checked and ordered; copies to.
  ORC: { 10: 'XCN', 11: 'XCN', 12: 'XCN' },
  OBR: { 16: 'XCN', 28: 'XCN' },
  // A merged patient's prior IDs and name.
  MRG: { 1: 'CX', 2: 'CX', 3: 'CX', 4: 'CX', 7: 'XPN' },
  ROL: { 4: 'XCN' },
  // Staff: ID, name, phone, address.
  STF: { 2: 'CX', 3: 'XPN', 10: 'XTN', 11: 'XAD' },
};

/** A component of a person's name: letters, with the blanks, hyphens and apostrophes of names. */
const NAME_PART = /^\p{L}[\p{L}\p{M}'’ .-]*$/u;
const HAS_DIGIT = /\d/;
const DIGITS = /^\d+$/;
/** An HL7 timestamp: YYYYMMDD, then the time if any. */
const TIMESTAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2,6}(?:\.\d+)?)?(?:[+-]\d{4})?$/;
const SSN_SHAPE = /^\d{3}-?\d{2}-?\d{4}$/;
const PHONE_SHAPE = /^[+(]?\d[\d ()./-]{5,}\d$/;

interface Span {
  start: number;
  end: number;
}

/** The parts of [start, end) between the separators `sep`. */
function split(text: string, start: number, end: number, sep: string): Span[] {
  const parts: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === sep) {
      parts.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return parts;
}

/** One span over the non-empty components `from`..`to` (1-based), if each passes `ok`. */
function over(text: string, comps: Span[], from: number, to: number, ok: (v: string) => boolean): Span | undefined {
  let first: Span | undefined;
  let last: Span | undefined;
  for (let i = from - 1; i < Math.min(to, comps.length); i++) {
    const c = comps[i]!;
    if (c.end === c.start) continue;
    if (!ok(text.slice(c.start, c.end))) return undefined;
    first ??= c;
    last = c;
  }
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** A name's component; a surname may have subcomponents split by '&' (own surname, prefix, partner's surname). */
const isNamePart = (v: string) => v.split('&').every((p) => p === '' || NAME_PART.test(p));

function found(type: EntityType, span: Span | undefined, subtype?: string): Candidate[] {
  if (!span) return [];
  const c: Candidate = { start: span.start, end: span.end, type, score: 0.85, source: 'pattern' };
  if (subtype) c.subtype = subtype;
  return [c];
}

/** What one repetition of a field holds. */
function valuesOf(text: string, kind: Kind, comps: Span[]): Candidate[] {
  const first = comps[0]!;
  const value = text.slice(first.start, first.end);
  switch (kind) {
    case 'XPN':
      return found('PERSON', over(text, comps, 1, 3, isNamePart), 'HL7');
    case 'XCN':
      return found('PERSON', over(text, comps, 2, 4, isNamePart), 'HL7');
    case 'XAD':
      // Street, other designation, city, state, postcode: one address.
      return found(
        'LOCATION',
        over(text, comps, 1, 5, () => true),
        'ADDRESS',
      );
    case 'XTN':
      // The number as written, else its area code and local number (components 6 and 7).
      if (PHONE_SHAPE.test(value)) return found('PHONE', first);
      return found(
        'PHONE',
        over(text, comps, 6, 7, (v) => DIGITS.test(v)),
      );
    case 'CX': {
      if (value.length < 4 || !HAS_DIGIT.test(value)) return [];
      // Component 5 names the kind of ID: SS is a social security number, the rest are the hospital's.
      const kindOfId = comps[4] ? text.slice(comps[4].start, comps[4].end) : '';
      return found('ID_NUMBER', first, kindOfId === 'SS' && SSN_SHAPE.test(value) ? 'US_SSN' : 'MEDICAL_RECORD_NUMBER');
    }
    case 'DOB':
      return TIMESTAMP.test(value) ? found('DATE', first, 'BIRTH_DATE') : [];
    case 'SSN':
      return SSN_SHAPE.test(value) ? found('ID_NUMBER', first, 'US_SSN') : [];
  }
}

/** Candidates from each HL7 v2 segment in `text`, from the fields the standard says hold personal data. */
export function hl7Fields(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A segment is its three-character name at a line's start, then the field separator.
  for (let bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', bar + 1)) {
    const lineStart = bar - 3;
    if (lineStart < 0 || (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r')) continue;
    const name = text.slice(lineStart, bar);
    if (!Object.hasOwn(FIELDS, name)) continue;
    const fields = FIELDS[name]!;
    let lineEnd = bar;
    while (lineEnd < text.length && text[lineEnd] !== '\r' && text[lineEnd] !== '\n') lineEnd++;
    const parts = split(text, lineStart, lineEnd, '|');
    for (let n = 1; n < parts.length; n++) {
      const kind = fields[n];
      if (!kind) continue;
      for (const repetition of split(text, parts[n]!.start, parts[n]!.end, '~')) {
        if (repetition.end === repetition.start) continue;
        append(out, valuesOf(text, kind, split(text, repetition.start, repetition.end, '^')));
      }
    }
    bar = lineEnd;
  }
  return out;
}
