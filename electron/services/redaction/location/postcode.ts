// Postcodes: by label ("ZIP: 94105", "postal code is 10115"), by validated shape (UK, Canada),
// after a US state code ("CO 80202"), and followed by a city ("10115 Berlin", "1012 AB Amsterdam",
// "53-320 Wrocław"). A bare 5-digit number is never a postcode.
import type { Candidate, Recognizer } from '../types';
import { COMMON } from '../names/lexicon';
import { US_STATE_CODES } from './lexicon';

const LABELLED =
  /\b(?:zip(?:[ \t]*code)?|zipcode|postal[ \t]*code|post[ \t]*code|postcode|plz|postleitzahl|code[ \t]+postal|c[oó]digo[ \t]+postal|codice[ \t]+postale|cep|postnummer|postinumero|irányítószám|kod[ \t]+pocztowy)\b[ \t]*(?:is|was|will[ \t]+be|:|#|no\.?|=)?[ \t]*(?:is[ \t]*)?([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)(?![\p{L}\p{N}-])/giu;

// UK: outward code (A9, A99, AA9, AA99, A9A, AA9A) + inward code (9AA); letters restricted by position.
const UK =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const CANADA =
  /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ -]?[0-9][ABCEGHJ-NPRSTV-Z][0-9](?![\p{L}\p{N}])/gu;
const US_STATE_ZIP = /(?<![\p{L}\p{N}])([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?)(?![\p{L}\p{N}-])/gu;
const CITY = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]+|de|del|la|le|am|an|im|sur|sous|di))*`;
// 4-6 digit codes with optional country prefix (D-, A-, CH-, F-), Dutch 1234 AB, Polish 12-345,
// Portuguese 1234-567, Brazilian 12345-678, Swedish/Czech 123 45, followed by a city on the same line.
const CODE_CITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,-])((?:(?:D|A|CH|F|B|L|NL|DK|S|N|FIN|I|E|P|PL|CZ|SK|H)-)?(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{4}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{3}[ \t]\d{2}))[ \t]+(${CITY})(?![ \t]*\d)`,
  'gu',
);

// A city followed by a hyphenated code: "Tokyo 150-0002", "Quinta de São Tiago 3610-114", "Gdańsk 80-827".
const CITY_CODE = new RegExp(
  String.raw`(${CITY})[ \t]+(\d{3}-\d{4}|\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3})(?![\p{L}\p{N}-])`,
  'gu',
);

function postcodeDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, score: number, subtype: string, validated = false) =>
    out.push({ start, end, type: 'LOCATION', subtype, score, source: 'pattern', ...(validated ? { validated } : {}) });

  for (const m of text.matchAll(LABELLED)) {
    const v = m[1]!;
    if (!/\d/.test(v)) continue;
    const start = m.index + m[0].length - v.length;
    push(start, start + v.length, 0.85, 'POSTCODE');
  }
  for (const m of text.matchAll(UK)) {
    // Avoid product codes glued into longer identifiers ("A1 2BC" inside a serial): require a space or line edge.
    push(m.index, m.index + m[0].length, /\s/.test(m[0]) ? 0.78 : 0.6, 'UK_POSTCODE');
  }
  for (const m of text.matchAll(CANADA))
    push(m.index, m.index + m[0].length, /[ -]/.test(m[0]) ? 0.78 : 0.62, 'CA_POSTCODE');
  for (const m of text.matchAll(US_STATE_ZIP)) {
    if (!US_STATE_CODES.has(m[1]!)) continue;
    push(m.index, m.index + m[0].length, 0.8, 'US_ZIP');
  }
  for (const m of text.matchAll(CODE_CITY)) {
    const code = m[1]!;
    const city = m[2]!;
    const words = city.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || words.every((w) => COMMON.has(w.toLowerCase()))) continue;
    // A 4-digit number is more often a year: require it to start a line or follow a comma.
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/^\d{4}$/.test(code) && !/(^|[,\n]\s*|^\s*)$/.test(before) && m.index !== 0) continue;
    if (/^(1[89]|20)\d\d$/.test(code) && !/[,\n][ \t]*$/.test(before)) continue;
    push(m.index, m.index + m[0].length, /^\d{5}$/.test(code) ? 0.72 : 0.68, 'POSTCODE_CITY');
  }
  for (const m of text.matchAll(CITY_CODE)) {
    const city = m[1]!;
    if (city.split(/[ \t]+/).every((w) => !/^\p{Lu}/u.test(w) || COMMON.has(w.toLowerCase()))) continue;
    const start = m.index + city.length - (city.split(/[ \t]+/).pop() ?? '').length;
    push(start, m.index + m[0].length, 0.66, 'CITY_POSTCODE');
  }
  return out;
}

export const POSTCODE_RECOGNIZER: Recognizer = {
  name: 'postcode',
  types: ['LOCATION'],
  detect: postcodeDetect,
};
