// Japan: the Individual Number ("My Number"), 12 digits with a mod-11 check digit.
import { allSame, digits } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function myNumber(c: string): Verdict | null {
  const d = digits(c);
  if (d.length !== 12 || allSame(c)) return null;
  // Weights run from the right: 2..7 for the first six digits before the check digit, then 2..6.
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  // One check digit over twelve digits: reported with its name only.
  return (r <= 1 ? 0 : 11 - r) === d[11] ? TIER.quietChecksum : null;
}

export const JP_RECOGNIZERS = [
  idRecognizer({
    subtype: 'JP_MY_NUMBER',
    pattern: '[0-9]{4} ?[0-9]{4} ?[0-9]{4}',
    validate: myNumber,
    context: ['マイナンバー', '個人番号', 'my number', 'individual number'],
  }),
];
