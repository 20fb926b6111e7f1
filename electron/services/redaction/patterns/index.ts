// All pattern recognizers (regex + validation), in the order they run.
import type { Recognizer } from '../types';
import { ID_RECOGNIZERS } from './ids';

export const PATTERN_RECOGNIZERS: Recognizer[] = [...ID_RECOGNIZERS];
