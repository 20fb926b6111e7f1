// IBAN: ISO 13616, checked with ibantools (country length and mod-97). Compact or grouped by
// spaces or dashes. The match is cut to the country's IBAN length, so a following word is not
// swallowed; an IBAN failing its checksum is never reported.
import { countrySpecs, isValidIBAN } from 'ibantools';
import { scanNearDigits } from './scan';
import type { Candidate, Recognizer } from '../types';

const IBAN = /(?<![\p{L}\p{N}])([A-Za-z]{2})[ -]?(\d{2})((?:[ -]?[A-Za-z0-9]){8,32})/gu;
/** The same rule tried at one offset. */
const IBAN_AT = new RegExp(IBAN.source, 'uy');

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /[A-Za-z]/;

/** The IBAN at the start of match `m`, cut to its country's length, if it passes its checks. */
function ibanAt(text: string, m: RegExpExecArray): Candidate | undefined {
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
}

export const ibanRecognizer: Recognizer = {
  name: 'iban',
  types: ['IBAN'],
  detect(text) {
    return scanNearDigits(IBAN, text, 2, 0, (m) => {
      const found = ibanAt(text, m);
      if (found) {
        // The match runs on over the next words ("FR76 … 189 to NL91 ABNA …"), which may start the
        // next IBAN: the scan goes on from where this one ends. A match never spans two pieces of the
        // excerpt, so the distance is the same in the excerpt as in the text.
        IBAN.lastIndex -= m.index + m[0].length - found.end;
        return found;
      }
      // A match that fails can hide an IBAN starting at a later word inside it: in "cliente es
      // 00384-221 y su cuenta ES91 2100 …" the rule first matches from "es". Try those words.
      const end = m.index + m[0].length;
      for (let p = m.index + 1; p < end - 3; p++) {
        if (!LETTER.test(text[p]!) || WORD_CHAR.test(text[p - 1]!)) continue;
        IBAN_AT.lastIndex = p;
        const inner = IBAN_AT.exec(text);
        const iban = inner && ibanAt(text, inner);
        if (iban) return iban;
      }
      return undefined;
    });
  },
};
