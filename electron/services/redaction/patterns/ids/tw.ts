// Taiwan: the national identification number: a letter for the place of registration, 1 or 2 for
// the sex (8 or 9 on a resident certificate), seven digits and a check digit over the letter's two-digit
// code and the digits (weights 1,9,8..1,1, mod 10).
import { idRecognizer, TIER, type Verdict } from './define';
import { isPlaceholder } from './checksums';

/** The two-digit code of each first letter (not alphabetical past H: I, O, W-Z were added later). */
const LETTER_CODE = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

function taiwanId(c: string): Verdict | null {
  if (!/^[A-Z][1289][0-9]{8}$/.test(c) || isPlaceholder(c)) return null;
  const code = 10 + LETTER_CODE.indexOf(c[0]!);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += (c.charCodeAt(i) - 48) * (9 - i);
  sum += c.charCodeAt(9) - 48;
  return sum % 10 === 0 ? TIER.checksum : null;
}

export const TW_RECOGNIZERS = [
  idRecognizer({
    subtype: 'TW_NATIONAL_ID',
    labels: ['身分證字號', '身分證號', '身份證字號'],
    pattern: '[A-Z][1289][0-9]{8}',
    caseSensitive: true,
    validate: taiwanId,
    context: ['身分證', '身份證', '統一編號', 'national id', 'id number', 'taiwan id', 'arc'],
  }),
];
