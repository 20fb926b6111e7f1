// Iceland: the kennitala, ten digits: the birth date (DDMMYY), two digits, a mod-11 check digit and the
// century (9: the 1900s, 0: the 2000s, 8: the 1800s). Companies' numbers add 40 to the day.
import { digits, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const CENTURY: Record<number, number> = { 8: 1800, 9: 1900, 0: 2000 };

function kennitala(c: string): Verdict | null {
  if (c.length !== 10) return null;
  const d = digits(c);
  const century = CENTURY[d[9]!];
  if (century === undefined) return null;
  const day = d[0]! * 10 + d[1]!;
  if (!isValidDate(century + d[4]! * 10 + d[5]!, d[2]! * 10 + d[3]!, day > 40 ? day - 40 : day)) return null;
  const r = weightedSum(d.slice(0, 8), WEIGHTS) % 11;
  const check = r === 0 ? 0 : 11 - r;
  // The same shape as a Danish CPR number or a Swedish personnummer: reported only with its name near.
  return check !== 10 && check === d[8] ? TIER.quietChecksum : null;
}

export const IS_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IS_KENNITALA',
    labels: ['kennitala', 'kt'],
    pattern: '[0-9]{6}-?[0-9]{4}',
    validate: kennitala,
    context: ['kennitala', 'kt.', 'iceland', 'ísland', 'icelandic'],
  }),
];
