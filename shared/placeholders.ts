// The placeholder format that replaces a detected value in the prompt sent to a provider,
// e.g. [[PERSON_1]]. Shared by redaction (main), restoration (main) and the UI (renderer).
import { ENTITY_TYPES, type EntityType } from './entities';

export const PLACEHOLDER_OPEN = '[[';
export const PLACEHOLDER_CLOSE = ']]';

export function formatPlaceholder(type: EntityType, n: number): string {
  return `${PLACEHOLDER_OPEN}${type}_${n}${PLACEHOLDER_CLOSE}`;
}

/** Matches a well-formed placeholder; group 1 = type, group 2 = number. */
export const PLACEHOLDER_RE = new RegExp(`\\[\\[(${ENTITY_TYPES.join('|')})_(\\d{1,6})\\]\\]`, 'g');

/** One redacted value and the placeholder that stands for it. */
export interface PlaceholderEntry {
  placeholder: string;
  type: EntityType;
  original: string;
}

/** placeholder -> entry; what restoration needs. Kept only encrypted at rest. */
export type PlaceholderMap = Record<string, PlaceholderEntry>;
