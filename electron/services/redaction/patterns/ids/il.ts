// Israel: Teudat Zehut (identity number): nine digits whose last is a Luhn check digit. One number in
// ten passes, so only where it is named.
import { idRecognizer, luhnDigits } from './define';

export const IL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IL_ID',
    labels: ['teudat zehut', 'תעודת זהות', 'ת.ז.', 'ת"ז'],
    pattern: '[0-9]{9}',
    validate: luhnDigits(9),
    context: ['teudat zehut', 'תעודת זהות', 'ת.ז', 'ת"ז', 'מספר זהות', 'israeli id', 'israel id'],
    requireContext: true,
  }),
];
