// Malaysia: MyKad (NRIC) number YYMMDD-PB-###G: the birth date, a place-of-birth code from a
// published list, and four digits. No check digit: the dashed shape with a real date and place is
// trusted; twelve bare digits only where named.
import { isDigits, isPlaceholder, isValidDateAnyCentury } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/** Place-of-birth codes: states (01-16, 21-59) and countries (60-68, 71-72, 74-79, 82-93, 98-99). */
function placeCode(n: number): boolean {
  return (
    (n >= 1 && n <= 16) ||
    (n >= 21 && n <= 59) ||
    (n >= 60 && n <= 68) ||
    n === 71 ||
    n === 72 ||
    (n >= 74 && n <= 79) ||
    (n >= 82 && n <= 93) ||
    n === 98 ||
    n === 99
  );
}

function mykad(c: string, raw: string): Verdict | null {
  if (c.length !== 12 || !isDigits(c) || isPlaceholder(c)) return null;
  if (!isValidDateAnyCentury(Number(c.slice(0, 2)), Number(c.slice(2, 4)), Number(c.slice(4, 6)))) return null;
  if (!placeCode(Number(c.slice(6, 8)))) return null;
  return raw.includes('-') ? TIER.structured : TIER.shape;
}

export const MY_RECOGNIZERS = [
  idRecognizer({
    subtype: 'MY_NRIC',
    labels: ['mykad', 'nric', 'no. kad pengenalan', 'ic no'],
    pattern: '[0-9]{6}-?[0-9]{2}-?[0-9]{4}',
    validate: mykad,
    context: ['mykad', 'nric', 'ic no', 'ic number', 'kad pengenalan', 'no. k/p', 'identity card'],
  }),
];
