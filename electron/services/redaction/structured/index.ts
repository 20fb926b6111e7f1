// Structured personal data found by shape and validation: contact, financial and network values.
import type { Recognizer } from '../types';
import { bicRecognizer } from './bic';
import { cardRecognizer } from './card';
import { cryptoRecognizer } from './crypto';
import { dateRecognizer } from './date';
import { emailRecognizer } from './email';
import { handleRecognizer } from './handle';
import { ibanRecognizer } from './iban';
import { ipRecognizer } from './ip';
import { macRecognizer } from './mac';
import { phoneRecognizer } from './phone';
import { upiRecognizer } from './upi';
import { urlRecognizer } from './url';

export const STRUCTURED_RECOGNIZERS: Recognizer[] = [
  emailRecognizer,
  cardRecognizer,
  ibanRecognizer,
  bicRecognizer,
  phoneRecognizer,
  ipRecognizer,
  macRecognizer,
  urlRecognizer,
  dateRecognizer,
  cryptoRecognizer,
  handleRecognizer,
  upiRecognizer,
];
