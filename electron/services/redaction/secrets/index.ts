// All secret recognizers (provider keys, tokens, private keys, connection strings, high-entropy).
import type { Recognizer } from '../types';

export const SECRET_RECOGNIZERS: Recognizer[] = [];
