// All rule-based LOCATION recognizers (addresses, postcodes, place names).
import type { Recognizer } from '../types';

export const LOCATION_RECOGNIZERS: Recognizer[] = [];
