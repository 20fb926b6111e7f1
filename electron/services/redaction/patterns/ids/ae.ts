// United Arab Emirates: the Emirates ID number, 784-YYYY-NNNNNNN-C (the country's ISO code, the
// holder's year of birth, a serial and a Luhn check digit over all fifteen digits).
import { isDigits, isPlaceholder, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function emiratesId(c: string, raw: string): Verdict | null {
  if (c.length !== 15 || !isDigits(c) || !c.startsWith('784') || isPlaceholder(c.slice(7))) return null;
  const year = Number(c.slice(3, 7));
  if (year < 1900 || year > new Date().getUTCFullYear() || !luhn(c)) return null;
  // Written in its four groups the shape is the ID's own; fifteen bare digits could be another number.
  return /[- ]/.test(raw) ? TIER.strong : TIER.checksum;
}

export const AE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'AE_EMIRATES_ID',
    labels: ['emirates id', 'eid', 'الهوية'],
    pattern: '784(?<sep>[- ]?)[0-9]{4}\\k<sep>[0-9]{7}\\k<sep>[0-9]',
    validate: emiratesId,
    context: ['emirates id', 'eid', 'uae id', 'identity card', 'id card', 'الهوية', 'رقم الهوية'],
  }),
];
