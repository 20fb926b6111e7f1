// Contact, financial and network recognizers, one file each: EMAIL, PHONE, CREDIT_CARD, IBAN,
// IP_ADDRESS, MAC_ADDRESS, URL, DATE and CRYPTO_WALLET. Each is a precompiled, linear-time
// regular expression plus a validator (checksum, libphonenumber, TLD list, calendar) and
// context words that raise or lower its score.
import type { Recognizer } from '../types';
import { creditCardRecognizer } from './card';
import { cryptoWalletRecognizer } from './crypto';
import { dateRecognizer } from './date';
import { emailRecognizer } from './email';
import { ibanRecognizer } from './iban';
import { ipRecognizer } from './ip';
import { macRecognizer } from './mac';
import { phoneRecognizer } from './phone';
import { urlRecognizer } from './url';

export {
  creditCardRecognizer,
  cryptoWalletRecognizer,
  dateRecognizer,
  emailRecognizer,
  ibanRecognizer,
  ipRecognizer,
  macRecognizer,
  phoneRecognizer,
  urlRecognizer,
};

export const CONTACT_RECOGNIZERS: Recognizer[] = [
  emailRecognizer,
  creditCardRecognizer,
  ibanRecognizer,
  phoneRecognizer,
  ipRecognizer,
  macRecognizer,
  urlRecognizer,
  dateRecognizer,
  cryptoWalletRecognizer,
];
