// Czech Republic and Slovakia: rodné číslo (birth number), YYMMDD/SSSC. A woman's month has 50 added
// (and 20 or 70 since 2004 when a day's numbers run out); the ten digits are divisible by 11. Numbers
// of nine digits (before 1954) have no check and are not looked for.
import { isDigits, isPlaceholder, isValidDate } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

function birthNumber(c: string, raw: string): Verdict | null {
  if (c.length !== 10 || !isDigits(c) || isPlaceholder(c)) return null;
  const yy = Number(c.slice(0, 2));
  let month = Number(c.slice(2, 4));
  if (month > 70) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20) month -= 20;
  // Ten digits began in 1954: 54-99 the 1900s, 00-53 the 2000s.
  const year = yy >= 54 ? 1900 + yy : 2000 + yy;
  if (!isValidDate(year, month, Number(c.slice(4, 6))) || year > new Date().getUTCFullYear()) return null;
  const r = Number(c.slice(0, 9)) % 11;
  if ((r === 10 ? 0 : r) !== Number(c[9])) return null;
  // Written with its slash the shape is the number's own; ten bare digits could be another number
  // (checked, but reported only with its name near).
  return raw.includes('/') ? TIER.strong : withScore(TIER.checksum, TIER.shape.score);
}

export const CZ_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CZ_SK_BIRTH_NUMBER',
    labels: ['rodné číslo', 'rodne cislo', 'r.č.'],
    pattern: '[0-9]{6}/?[0-9]{4}',
    validate: birthNumber,
    context: ['rodné číslo', 'rodne cislo', 'rodného čísla', 'r.č.', 'birth number', 'personal number'],
  }),
];
