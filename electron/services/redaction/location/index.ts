// All rule-based LOCATION recognizers (addresses, postcodes, place names, GPS coordinates).
import type { Recognizer } from '../types';
import { ADDRESS_RECOGNIZER } from './address';
import { COORDINATES_RECOGNIZER } from './coordinates';
import { PLACE_RECOGNIZER } from './places';
import { POSTCODE_RECOGNIZER } from './postcode';

export { ADDRESS_RECOGNIZER } from './address';
export { COORDINATES_RECOGNIZER } from './coordinates';
export { PLACE_RECOGNIZER } from './places';
export { POSTCODE_RECOGNIZER } from './postcode';

export const LOCATION_RECOGNIZERS: Recognizer[] = [
  ADDRESS_RECOGNIZER,
  POSTCODE_RECOGNIZER,
  PLACE_RECOGNIZER,
  COORDINATES_RECOGNIZER,
];
