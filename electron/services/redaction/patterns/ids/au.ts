// Australia: ABN (mod 89), ACN, TFN (weighted mod 11), Medicare card number.
import { allSame, digits, isDigits, weightedSum } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

function abn(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || c[0] === '0') return null;
  const d = digits(c);
  d[0]! -= 1;
  return weightedSum(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0 ? TIER.strong : null;
}

function acn(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || allSame(c)) return null;
  const d = digits(c);
  const check = (10 - (weightedSum(d, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  if (check !== d[8]) return null;
  return /\s/.test(raw) ? withScore(TIER.checksum, 0.65) : TIER.checksum;
}

function tfn(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || allSame(c)) return null;
  if (weightedSum(digits(c), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 !== 0) return null;
  return /\s/.test(raw) ? withScore(TIER.checksum, 0.65) : TIER.checksum;
}

/** Medicare: first digit 2-6, check digit over 8 digits (1,3,7,9), issue number, optional IRN. */
function medicare(c: string): Verdict | null {
  if (!isDigits(c) || (c.length !== 10 && c.length !== 11)) return null;
  const d = digits(c);
  if (d[0]! < 2 || d[0]! > 6 || d[9] === 0) return null;
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8] ? TIER.checksum : null;
}

export const AU_RECOGNIZERS = [
  idRecognizer({
    subtype: 'AU_ABN',
    labels: ['abn'],
    pattern: '[1-9][0-9] ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}',
    validate: abn,
    context: ['abn', 'australian business number', 'business number'],
  }),
  idRecognizer({
    subtype: 'AU_ACN',
    pattern: '[0-9]{3}(?<sep> ?)[0-9]{3}\\k<sep>[0-9]{3}',
    validate: acn,
    context: ['acn', 'australian company number', 'company number'],
  }),
  idRecognizer({
    subtype: 'AU_TFN',
    labels: ['tfn', 'tax file number'],
    pattern: '[0-9]{3}(?<sep> ?)[0-9]{3}\\k<sep>[0-9]{3}',
    validate: tfn,
    context: ['tfn', 'tax file number', 'tax file'],
  }),
  idRecognizer({
    subtype: 'AU_MEDICARE',
    labels: ['medicare number', 'medicare card number', 'medicare no'],
    pattern: '[2-6][0-9]{3} ?[0-9]{5} ?[0-9](?:[ \\-/]?[1-9])?',
    validate: medicare,
    context: ['medicare', 'medicare number', 'medicare card'],
  }),
];
