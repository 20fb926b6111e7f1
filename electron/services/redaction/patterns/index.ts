// All pattern recognizers (regex + validation), in the order they run.
import type { Recognizer } from '../types';

export const PATTERN_RECOGNIZERS: Recognizer[] = [];
