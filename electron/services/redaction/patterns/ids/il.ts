// Israel: Teudat Zehut (identity number): nine digits whose last is a Luhn check digit. One number in
// ten passes, so only where it is named.
import { isDigits, isPlaceholder, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function teudatZehut(c: string): Verdict | null {
  return c.length === 9 && isDigits(c) && !isPlaceholder(c) && luhn(c) ? TIER.checksum : null;
}

export const IL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IL_ID',
    labels: ['teudat zehut', 'תעודת זהות', 'ת.ז.', 'ת"ז'],
    pattern: '[0-9]{9}',
    validate: teudatZehut,
    context: ['teudat zehut', 'תעודת זהות', 'ת.ז', 'ת"ז', 'מספר זהות', 'israeli id', 'israel id'],
    requireContext: true,
  }),
];
