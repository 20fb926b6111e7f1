// Hungary: TAJ (social insurance number): nine digits, the last a check digit (weights 3 and 7 in
// turn, mod 10). One number in ten passes, so only where it is named.
import { digits, isDigits, isPlaceholder, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [3, 7, 3, 7, 3, 7, 3, 7];

function taj(c: string): Verdict | null {
  if (c.length !== 9 || !isDigits(c) || isPlaceholder(c)) return null;
  return weightedSum(digits(c), WEIGHTS) % 10 === Number(c[8]) ? TIER.checksum : null;
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
];
