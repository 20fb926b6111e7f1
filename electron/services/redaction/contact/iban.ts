// IBAN (ISO 13616): a country code, two check digits and the country's BBAN, compact or in
// groups separated by single spaces or dashes. ibantools checks the country's length, BBAN
// format and the mod-97 checksum; an IBAN failing it is never reported. Subtype = country.
import { countrySpecs, isValidIBAN } from 'ibantools';
import type { Candidate, Recognizer } from '../types';
import { contextTest, round, scan } from './util';

/** Start of an IBAN: country code and check digits, not inside a word. */
const START = /(?<![\p{L}\p{N}_])([A-Za-z]{2})(\d{2})/gu;
const ALNUM = /[A-Za-z0-9]/;
const CONTEXT = contextTest([
  'iban',
  'bank',
  'account',
  'konto',
  'kontonummer',
  'compte',
  'cuenta',
  'conto',
  'rekening',
  'transfer',
  'wire',
  'sepa',
  'bic',
  'swift',
]);

/**
 * From `from` (just after the check digits), take `need` alphanumerics allowing one space or
 * dash between characters; returns the end offset or -1. Separators must not end the run.
 */
function takeBban(text: string, from: number, need: number): number {
  let i = from;
  let sep = '';
  while (need > 0 && i < text.length) {
    const c = text[i]!;
    if (ALNUM.test(c)) {
      need--;
      i++;
      continue;
    }
    if ((c === ' ' || c === '-') && ALNUM.test(text[i + 1] ?? '')) {
      // One kind of separator per IBAN.
      if (sep && sep !== c) return -1;
      sep = c;
      i++;
      continue;
    }
    return -1;
  }
  return need === 0 ? i : -1;
}

export const ibanRecognizer: Recognizer = {
  name: 'contact:iban',
  types: ['IBAN'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    return scan(text, START, (m) => {
      const country = m[1]!.toUpperCase();
      const length = countrySpecs[country]?.chars;
      if (!length) return null;
      const start = m.index;
      let from = start + m[0].length;
      if ((text[from] === ' ' || text[from] === '-') && ALNUM.test(text[from + 1] ?? '')) from++;
      const end = takeBban(text, from, length - 4);
      if (end < 0 || /[\p{L}\p{N}_]/u.test(text[end] ?? ' ')) return null;
      const raw = text.slice(start, end);
      const compact = raw.replace(/[ -]/g, '').toUpperCase();
      if (!isValidIBAN(compact)) return null;
      // Lower-case IBANs are rare; checksum still makes them trustworthy with context.
      const lower = raw !== raw.toUpperCase();
      const score = lower ? (CONTEXT(text, start, end) ? 0.85 : 0.6) : 0.95;
      return { start, end, type: 'IBAN', subtype: country, score: round(score), source: 'pattern', validated: true };
    });
  },
};
