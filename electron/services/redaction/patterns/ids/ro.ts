// Romania: CNP (cod numeric personal): sex and century, YYMMDD, county, serial, and a check digit
// over the twelve digits (weights 279146358279, mod 11, 10 -> 1).
import { digits, isDigits, isPlaceholder, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
/** The century of the first digit (1-2: 1900s, 3-4: 1800s, 5-6: 2000s; 7-9: residents, 1900s or 2000s). */
const CENTURY: Record<string, number> = { '1': 1900, '2': 1900, '3': 1800, '4': 1800, '5': 2000, '6': 2000 };

function cnp(c: string): Verdict | null {
  if (c.length !== 13 || !isDigits(c) || c[0] === '0' || isPlaceholder(c)) return null;
  const yy = Number(c.slice(1, 3));
  const month = Number(c.slice(3, 5));
  const day = Number(c.slice(5, 7));
  const century = CENTURY[c[0]!];
  const dated = century
    ? isValidDate(century + yy, month, day)
    : isValidDate(1900 + yy, month, day) || isValidDate(2000 + yy, month, day);
  const county = Number(c.slice(7, 9));
  if (!dated || county < 1 || (county > 52 && county !== 70)) return null;
  const r = weightedSum(digits(c), WEIGHTS) % 11;
  return (r === 10 ? 1 : r) === Number(c[12]) ? TIER.strong : null;
}

export const RO_RECOGNIZERS = [
  idRecognizer({
    subtype: 'RO_CNP',
    labels: ['cnp'],
    pattern: '[1-9][0-9]{12}',
    validate: cnp,
    context: ['cnp', 'cod numeric personal', 'codul numeric personal', 'personal numeric code'],
  }),
];
