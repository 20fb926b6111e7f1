// Greece: AMKA (social security number): the holder's birth date DDMMYY, four digits and a Luhn
// check digit.
import { isDigits, isPlaceholder, isValidDateAnyCentury, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function amka(c: string): Verdict | null {
  if (c.length !== 11 || !isDigits(c) || isPlaceholder(c)) return null;
  if (!isValidDateAnyCentury(Number(c.slice(4, 6)), Number(c.slice(2, 4)), Number(c.slice(0, 2)))) return null;
  return luhn(c) ? TIER.checksum : null;
}

export const GR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'GR_AMKA',
    labels: ['αμκα', 'amka'],
    pattern: '[0-3][0-9][01][0-9]{8}',
    validate: amka,
    context: ['αμκα', 'amka', 'αριθμός μητρώου κοινωνικής ασφάλισης', 'social security number', 'social security'],
    // Eleven digits, a date and one Luhn digit: a phone number passes often enough.
    requireContext: true,
  }),
];
