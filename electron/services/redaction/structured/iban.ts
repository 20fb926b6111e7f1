// IBAN: ISO 13616, checked with ibantools (country length and mod-97). Compact or grouped by
// spaces or dashes. The match is cut to the country's IBAN length, so a following word is not
// swallowed; an IBAN failing its checksum is never reported.
import { countrySpecs, isValidIBAN } from 'ibantools';
import { scanNearDigits } from './scan';
import type { Recognizer } from '../types';

const IBAN = /(?<![\p{L}\p{N}])([A-Za-z]{2})[ -]?(\d{2})((?:[ -]?[A-Za-z0-9]){8,32})/gu;

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  types: ['IBAN'],
  detect(text) {
    return scanNearDigits(IBAN, text, 2, 0, (m) => {
      const country = m[1]!.toUpperCase();
      const spec = countrySpecs[country];
      const length = spec?.chars;
      if (!length) return undefined;
      // Walk the match until `length` alphanumerics are consumed.
      let need = length;
      let end = m.index;
      const s = m[0];
      for (let i = 0; i < s.length && need > 0; i++) {
        if (/[A-Za-z0-9]/.test(s[i]!)) need--;
        end = m.index + i + 1;
      }
      if (need > 0) return undefined;
      // The IBAN must end at a word boundary.
      if (WORD_CHAR.test(text[end] ?? ' ')) return undefined;
      const compact = text.slice(m.index, end).replace(/[ -]/g, '').toUpperCase();
      if (!isValidIBAN(compact)) return undefined;
      return { start: m.index, end, type: 'IBAN', subtype: country, score: 0.98, source: 'pattern', validated: true };
    });
  },
};
