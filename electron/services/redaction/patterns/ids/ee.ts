// Estonia (isikukood) and Lithuania (asmens kodas) write the personal code the same way: sex and
// century, YYMMDD, a serial, and a check digit by two rounds of weights mod 11.
import { digits, isDigits, isPlaceholder, isValidDate, mod11TwoRounds } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const ROUND_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const ROUND_2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
/** The century of the first digit: 1-2 the 1800s, 3-4 the 1900s, 5-6 the 2000s. */
const CENTURY = [0, 1800, 1800, 1900, 1900, 2000, 2000];

function personalCode(c: string): Verdict | null {
  if (c.length !== 11 || !isDigits(c) || isPlaceholder(c)) return null;
  const century = CENTURY[Number(c[0])];
  if (!century || !isValidDate(century + Number(c.slice(1, 3)), Number(c.slice(3, 5)), Number(c.slice(5, 7))))
    return null;
  const d = digits(c);
  const r = mod11TwoRounds(d, ROUND_1, ROUND_2);
  return (r === 10 ? 0 : r) === d[10] ? TIER.strong : null;
}

export const EE_RECOGNIZERS = [
  idRecognizer({
    // Estonia's and Lithuania's, one shape and one check.
    subtype: 'EE_LT_PERSONAL_CODE',
    labels: ['isikukood', 'asmens kodas'],
    pattern: '[1-6][0-9]{10}',
    validate: personalCode,
    context: [
      'isikukood',
      'isikukoodi',
      'asmens kodas',
      'asmens kodo',
      'personal code',
      'personal identification code',
    ],
  }),
];
