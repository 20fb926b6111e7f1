// Kazakhstan: the IIN (ИИН, ЖСН), twelve digits: the birth date (YYMMDD), a digit for the century and
// sex (1-6), four of a serial and a mod-11 check digit that falls back to a second set of weights when
// the first gives 10.
import { digits, isValidDate, mod11TwoRounds } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const PRIMARY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECONDARY = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const CENTURY = [1800, 1800, 1900, 1900, 2000, 2000];

function iin(c: string): Verdict | null {
  if (c.length !== 12) return null;
  const d = digits(c);
  const century = d[6]!;
  if (century < 1 || century > 6) return null;
  const year = CENTURY[century - 1]! + d[0]! * 10 + d[1]!;
  if (!isValidDate(year, d[2]! * 10 + d[3]!, d[4]! * 10 + d[5]!)) return null;
  // The weights cover the first eleven digits.
  const check = mod11TwoRounds(d, PRIMARY, SECONDARY);
  // Twelve digits are also phone numbers and Aadhaar numbers: the check alone is not enough.
  return check !== 10 && check === d[11] ? TIER.quietChecksum : null;
}

export const KZ_RECOGNIZERS = [
  idRecognizer({
    subtype: 'KZ_IIN',
    labels: ['иин', 'iin', 'жсн'],
    pattern: '[0-9]{12}',
    validate: iin,
    context: ['иин', 'iin', 'жсн', 'индивидуальный идентификационный номер', 'казахстан', 'kazakhstan'],
  }),
];
