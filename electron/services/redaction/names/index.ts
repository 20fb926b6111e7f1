// Context-based PERSON and ORG recognizers that complement the model.
import type { Recognizer } from '../types';
import { ORG_RECOGNIZER } from './org';
import { PERSON_RECOGNIZER } from './person';
import { SCRIPT_NAMES_RECOGNIZER } from './scripts';

export { ORG_RECOGNIZER } from './org';
export { PERSON_RECOGNIZER } from './person';

export const NAME_RECOGNIZERS: Recognizer[] = [PERSON_RECOGNIZER, ORG_RECOGNIZER, SCRIPT_NAMES_RECOGNIZER];
