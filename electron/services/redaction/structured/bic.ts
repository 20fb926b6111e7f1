// A bank's BIC (SWIFT code) after its label: "BIC NWBKGB2L", "SWIFT/BIC: COBADEFFXXX". Eight or
// eleven characters whose fifth and sixth are a country code (ibantools checks it). It names a
// bank branch, not a person, but beside an account number it narrows down whose account it is.
// Without its label an upper-case word of that shape is too often something else ("DEADBEEF").
import { isValidBIC } from 'ibantools';
import { matchesVia } from '../fast-scan';
import { scan } from './scan';
import type { Recognizer } from '../types';

const BIC =
  /\b(?:bic|swift)(?:[ \t]*(?:\/|-|or)[ \t]*(?:bic|swift))?(?:[ \t-]*(?:code|number|no\.?|#))?[ \t]*(?:[:=]|is)?[ \t]*\(?[ \t]*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\p{L}\p{N}_])/giu;
/** The label alone, found without the Unicode flag: BIC is tried only where it starts (a fifth of the cost). */
const BIC_LOOSE = /bic|swift/gi;

export const bicRecognizer: Recognizer = {
  name: 'bic',
  types: ['ID_NUMBER'],
  detect(text) {
    return scan(text, matchesVia(BIC, BIC_LOOSE, text), (m) => {
      const value = m[1]!;
      // The label may be any case; the code itself is written in capitals.
      if (value !== value.toUpperCase() || !isValidBIC(value)) return undefined;
      const end = m.index + m[0].length;
      return { start: end - value.length, end, type: 'ID_NUMBER', subtype: 'BIC', score: 0.85, source: 'pattern' };
    });
  },
};
