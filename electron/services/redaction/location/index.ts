// All rule-based LOCATION recognizers (addresses, postcodes, place names).
import type { Recognizer } from '../types';
import { ADDRESS_RECOGNIZER } from './address';
import { PLACE_RECOGNIZER } from './places';
import { POSTCODE_RECOGNIZER } from './postcode';

export { ADDRESS_RECOGNIZER } from './address';
export { PLACE_RECOGNIZER } from './places';
export { POSTCODE_RECOGNIZER } from './postcode';

export const LOCATION_RECOGNIZERS: Recognizer[] = [ADDRESS_RECOGNIZER, POSTCODE_RECOGNIZER, PLACE_RECOGNIZER];
