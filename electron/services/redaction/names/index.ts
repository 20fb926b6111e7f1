// Context-based PERSON and ORG recognizers that complement the model.
import type { Recognizer } from '../types';

export const NAME_RECOGNIZERS: Recognizer[] = [];
