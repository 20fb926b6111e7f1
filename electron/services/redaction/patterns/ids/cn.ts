// China: the resident identity card number (18 characters: region, birth date, sequence and an
// ISO 7064 MOD 11-2 check character, X standing for 10).
import { isValidDate } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function ric(c: string): Verdict | null {
  if (c.length !== 18) return null;
  if (!isValidDate(Number(c.slice(6, 10)), Number(c.slice(10, 12)), Number(c.slice(12, 14)))) return null;
  const year = Number(c.slice(6, 10));
  if (year < 1900 || year > 2100) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (c.charCodeAt(i) - 48) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === c[17] ? TIER.strong : null;
}

export const CN_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CN_RESIDENT_ID',
    pattern: '[1-8][0-9]{16}[0-9X]',
    validate: ric,
    context: ['身份证', '身份证号', '公民身份号码', '居民身份证', 'resident identity card', 'chinese id', 'id card'],
  }),
];
