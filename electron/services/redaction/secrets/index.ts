// All secret recognizers (provider keys, tokens, private keys, connection strings, headers,
// cookies, URL tokens and generic high-entropy values next to secret-ish keys).
import type { Recognizer } from '../types';
import { commandLineRecognizer } from './command-line';
import { genericRecognizer } from './generic';
import { providerRecognizer } from './providers';
import { structuredRecognizer } from './structured';

export const SECRET_RECOGNIZERS: Recognizer[] = [
  providerRecognizer,
  structuredRecognizer,
  genericRecognizer,
  commandLineRecognizer,
];

export { PROVIDER_RULES } from './providers';
export { shannonEntropy, validBase62Checksum, withBase62Checksum } from './util';
