// Netherlands: BSN (burgerservicenummer), 9 digits and the 11-test.
import { allSame, digits, isDigits, weightedSum } from './checksums';
import { idRecognizer, type Verdict } from './define';

function bsn(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || allSame(c)) return null;
  const sum = weightedSum(digits(c), [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  // About one 9-digit number in eleven passes, so a bare one stays just above the threshold.
  return sum % 11 === 0 ? { score: 0.55, validated: true } : null;
}

export const NL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NL_BSN',
    labels: ['bsn', 'burgerservicenummer'],
    pattern: '[0-9]{9}|[0-9]{4}\\.[0-9]{2}\\.[0-9]{3}',
    validate: bsn,
    context: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'persoonsnummer', 'citizen service number'],
  }),
];
