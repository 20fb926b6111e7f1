// Bulgaria: EGN (единен граждански номер): YYMMDD with the century in the month (+20 for the
// 1800s, +40 for the 2000s), a region and serial, and a check digit (weights 2,4,8,5,10,9,7,3,6, mod 11).
import { digits, isDigits, isPlaceholder, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];

function egn(c: string): Verdict | null {
  if (c.length !== 10 || !isDigits(c) || isPlaceholder(c)) return null;
  const yy = Number(c.slice(0, 2));
  let month = Number(c.slice(2, 4));
  let year = 1900 + yy;
  if (month > 40) {
    month -= 40;
    year = 2000 + yy;
  } else if (month > 20) {
    month -= 20;
    year = 1800 + yy;
  }
  if (!isValidDate(year, month, Number(c.slice(4, 6))) || year > new Date().getUTCFullYear()) return null;
  const r = weightedSum(digits(c), WEIGHTS) % 11;
  return (r === 10 ? 0 : r) === Number(c[9]) ? TIER.strong : null;
}

export const BG_RECOGNIZERS = [
  idRecognizer({
    subtype: 'BG_EGN',
    labels: ['егн', 'egn'],
    pattern: '[0-9]{10}',
    validate: egn,
    context: ['егн', 'egn', 'единен граждански номер', 'personal number', 'uniform civil number'],
    // Ten digits are a phone's or an order's as often: about one in a hundred of them has a date here
    // and passes the check, so only where named.
    requireContext: true,
  }),
];
