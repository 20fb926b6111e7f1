// Hong Kong: the identity card number (HKID), one or two letters, six digits and a check digit
// (0-9 or A), usually written in brackets: "A123456(3)".
import { idRecognizer, TIER, type Verdict } from './define';

const LETTER_VALUE = (c: string) => c.charCodeAt(0) - 55; // A = 10 … Z = 35
const BLANK = 36; // the value of the missing first letter of a one-letter card

function hkid(compact: string): Verdict | null {
  const m = /^([A-Z]{1,2})([0-9]{6})\(?([0-9A])\)?$/.exec(compact);
  if (!m) return null;
  const letters =
    m[1]!.length === 2 ? [LETTER_VALUE(m[1]![0]!), LETTER_VALUE(m[1]![1]!)] : [BLANK, LETTER_VALUE(m[1]!)];
  let sum = letters[0]! * 9 + letters[1]! * 8;
  for (let i = 0; i < 6; i++) sum += Number(m[2]![i]) * (7 - i);
  const check = (11 - (sum % 11)) % 11;
  if ((check === 10 ? 'A' : String(check)) !== m[3]) return null;
  // The brackets around the check digit are the card's own way of writing it; without them, a letter
  // and seven digits is a common shape of other references.
  return compact.includes('(') ? TIER.strong : TIER.shape;
}

export const HK_RECOGNIZERS = [
  idRecognizer({
    subtype: 'HK_ID',
    pattern: '[A-Z]{1,2}[0-9]{6}(?:\\([0-9A]\\)|[0-9A])',
    validate: hkid,
    labels: ['hkid'],
    context: ['hkid', 'hong kong id', 'hong kong identity', 'identity card', 'id card', '身份證', '身份证'],
  }),
];
