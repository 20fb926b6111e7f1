// A bank's BIC (SWIFT code) after its label: "BIC NWBKGB2L", "SWIFT/BIC: COBADEFFXXX". Eight or
// eleven characters whose fifth and sixth are a country code (ibantools checks it). It names a
// bank branch, not a person, but beside an account number it narrows down whose account it is.
// Without its label an upper-case word of that shape is too often something else ("DEADBEEF").
import { isValidBIC } from 'ibantools';
import { scan } from './scan';
import type { Recognizer } from '../types';

/** The label alone: without the Unicode flag the scan costs a fifth of the whole rule's. */
const LABEL = /\b(?:bic|swift)/gi;
const BIC =
  /(?:bic|swift)(?:[ \t]*(?:\/|-|or)[ \t]*(?:bic|swift))?(?:[ \t-]*(?:code|number|no\.?|#))?[ \t]*(?:[:=]|is)?[ \t]*\(?[ \t]*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\p{L}\p{N}_])/iuy;

/** The full rule, tried only where a label starts. */
function* labelled(text: string): Generator<RegExpExecArray> {
  LABEL.lastIndex = 0;
  for (let l = LABEL.exec(text); l; l = LABEL.exec(text)) {
    BIC.lastIndex = l.index;
    const m = BIC.exec(text);
    if (m) {
      LABEL.lastIndex = BIC.lastIndex;
      yield m;
    }
  }
}

export const bicRecognizer: Recognizer = {
  name: 'bic',
  types: ['ID_NUMBER'],
  detect(text) {
    return scan(text, labelled(text), (m) => {
      const value = m[1]!;
      // The label may be any case; the code itself is written in capitals.
      if (value !== value.toUpperCase() || !isValidBIC(value)) return undefined;
      const end = m.index + m[0].length;
      return { start: end - value.length, end, type: 'ID_NUMBER', subtype: 'BIC', score: 0.85, source: 'pattern' };
    });
  },
};
