// Poland: PESEL (birth date with century in the month, weights 1-3-7-9 check digit).
import { digits, isDigits, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/** Month offsets encode the century: +80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s. */
function peselDate(c: string): boolean {
  const yy = Number(c.slice(0, 2));
  const mm = Number(c.slice(2, 4));
  const dd = Number(c.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  return century !== undefined && isValidDate(century + yy, mm % 20, dd);
}

function pesel(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || !peselDate(c)) return null;
  const d = digits(c);
  const check = (10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return check === d[10] ? TIER.strong : null;
}

export const PL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'PL_PESEL',
    labels: ['pesel'],
    pattern: '[0-9]{11}',
    validate: pesel,
    context: ['pesel', 'numer pesel', 'nr pesel', 'numer ewidencyjny'],
  }),
];
