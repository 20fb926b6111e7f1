// Saudi Arabia: the national ID (starting 1) and the resident's Iqama (starting 2): ten digits whose
// last is a Luhn check digit. One number in ten passes, so only where it is named.
import { isDigits, isPlaceholder, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function saudiId(c: string): Verdict | null {
  return c.length === 10 && isDigits(c) && !isPlaceholder(c) && luhn(c) ? TIER.checksum : null;
}

export const SA_RECOGNIZERS = [
  idRecognizer({
    subtype: 'SA_NATIONAL_ID',
    labels: ['iqama', 'الإقامة', 'رقم الهوية الوطنية'],
    pattern: '[12][0-9]{9}',
    validate: saudiId,
    context: ['iqama', 'national id', 'saudi id', 'الهوية الوطنية', 'رقم الهوية', 'الإقامة', 'رقم الإقامة'],
    requireContext: true,
  }),
];
