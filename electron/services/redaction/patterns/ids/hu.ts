// Hungary: TAJ (social insurance number): nine digits, the last a check digit (weights 3 and 7 in
// turn, mod 10). One number in ten passes, so only where it is named. The tax identification number
// (adóazonosító jel): ten digits, an 8, the birth date as days since 1 January 1867, a serial and a
// check digit (weights 1 to 9, mod 11).
import { digits, isDigits, isPlaceholder, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [3, 7, 3, 7, 3, 7, 3, 7];

function taj(c: string): Verdict | null {
  if (c.length !== 9 || !isDigits(c) || isPlaceholder(c)) return null;
  return weightedSum(digits(c), WEIGHTS) % 10 === Number(c[8]) ? TIER.checksum : null;
}

const TAX_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function taxId(c: string): Verdict | null {
  if (c.length !== 10 || !/^8[0-9]{9}$/.test(c)) return null;
  const r = weightedSum(digits(c.slice(0, 9)), TAX_WEIGHTS) % 11;
  return r !== 10 && r === Number(c[9]) ? TIER.checksum : null;
}

export const HU_RECOGNIZERS = [
  idRecognizer({
    subtype: 'HU_TAJ',
    labels: ['taj', 'taj szám', 'tajszám'],
    pattern: '[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}',
    validate: taj,
    context: ['taj', 'taj szám', 'tajszám', 'társadalombiztosítási azonosító', 'social insurance'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'HU_TAX_ID',
    labels: ['adóazonosító jel', 'adóazonosító', 'adoazonosito jel', 'adoazonosito'],
    pattern: '8[0-9]{9}',
    validate: taxId,
    context: ['adóazonosító', 'adoazonosito', 'adóazonosító jel', 'nav', 'hungarian tax'],
    requireContext: true,
  }),
];
