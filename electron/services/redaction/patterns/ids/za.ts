// South Africa: identity number (YYMMDD, sequence, citizenship, Luhn check digit).
import { isDigits, isValidDateAnyCentury, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function zaId(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 13) return null;
  if (!isValidDateAnyCentury(Number(c.slice(0, 2)), Number(c.slice(2, 4)), Number(c.slice(4, 6)))) return null;
  if (!'012'.includes(c[10]!)) return null; // citizen, permanent resident, refugee
  return luhn(c) ? TIER.strong : null;
}

export const ZA_RECOGNIZERS = [
  idRecognizer({
    subtype: 'ZA_ID_NUMBER',
    labels: ['sa id', 'south african id'],
    pattern: '[0-9]{6} ?[0-9]{4} ?[0-9]{3}',
    validate: zaId,
    context: ['south african id', 'rsa id', 'sa id', 'id number', 'identity number', 'identity document'],
  }),
];
