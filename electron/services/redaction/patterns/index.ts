// All pattern recognizers (regex + validation), in the order they run.
import type { Recognizer } from '../types';
import { ID_NUMBERS_RECOGNIZER } from './ids';
import { MRZ_RECOGNIZER } from './mrz';
import { travelRecognizer } from './travel';
import { usernameRecognizer } from './username';

export const PATTERN_RECOGNIZERS: Recognizer[] = [
  ID_NUMBERS_RECOGNIZER,
  usernameRecognizer,
  travelRecognizer,
  MRZ_RECOGNIZER,
];
