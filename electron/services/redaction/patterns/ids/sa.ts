// Saudi Arabia: the national ID (starting 1) and the resident's Iqama (starting 2): ten digits whose
// last is a Luhn check digit. One number in ten passes, so only where it is named.
import { idRecognizer, luhnDigits } from './define';

export const SA_RECOGNIZERS = [
  idRecognizer({
    subtype: 'SA_NATIONAL_ID',
    labels: ['iqama', 'الإقامة', 'رقم الهوية الوطنية'],
    pattern: '[12][0-9]{9}',
    validate: luhnDigits(10),
    context: ['iqama', 'national id', 'saudi id', 'الهوية الوطنية', 'رقم الهوية', 'الإقامة', 'رقم الإقامة'],
    requireContext: true,
  }),
];
