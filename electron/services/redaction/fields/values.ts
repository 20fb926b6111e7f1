// Whether a field's value can be what its name says: a field named "name" may hold "build-app" or
// "null", a field named "state" may hold "Active". The name makes the value likely, not certain.
import { PLACES } from '../location/lexicon';
import { COMMON, GIVEN, AMBIGUOUS_GIVEN, isCodeIdentifier } from '../names/lexicon';
import { ADDRESS_FIELDS, fieldKey, isPersonKey, POSTCODE_FIELDS, REGION_FIELDS, type FieldType } from './keys';

/** Values that stand for nothing. */
const EMPTY = new Set([
  'null',
  'none',
  'nil',
  'n/a',
  'na',
  'undefined',
  'unknown',
  'true',
  'false',
  'yes',
  'no',
  'tbd',
  'todo',
  'redacted',
  'anonymous',
  'test',
  'example',
  'string',
  'name',
  'value',
  '-',
  '—',
]);

const PERSON_VALUE = /^[\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,4}$/u;
const LOCATION_VALUE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,/#° -]{0,79}$/u;
const POSTCODE_VALUE = /^(?=.*\d)[A-Z0-9][A-Z0-9 -]{1,9}$/i;
// A form's query string writes the "+" as %2B and a space as + or %20: "phone=%2B46701234567".
const PHONE_VALUE = /^(?:\+|%2B)?(?:[\d ()./+-]|%20){7,24}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,6})?$/i;
const DATE_VALUE = /^(?=.*\d)[\p{L}\p{N} ,./:-]{4,30}$/u;
const ORG_VALUE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}&'’.,()+ -]{1,59}$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const HEX_RUN = /^[0-9a-f]{16,}$/i;
const CODE = /^[A-Z]{2,3}$/;

/** True when `value` (trimmed, unquoted) can be a value of type `type` under the field `name`. */
export function plausibleValue(type: FieldType, name: string, value: string): boolean {
  if (value.length < 2 || EMPTY.has(value.toLowerCase())) return false;
  switch (type) {
    case 'PERSON':
      return plausibleName(fieldKey(name), value);
    case 'LOCATION': {
      const key = fieldKey(name);
      if (POSTCODE_FIELDS.has(key)) return POSTCODE_VALUE.test(value);
      if (REGION_FIELDS.has(key)) return CODE.test(value) || PLACES.has(value.toLowerCase());
      if (ADDRESS_FIELDS.test(key) && !/\d/.test(value)) return false;
      // A hash under a key that ends like one ("…-linux-x64.zip": "8776170…") is no place.
      if (HEX_RUN.test(value)) return false;
      return LOCATION_VALUE.test(value) && (UPPER_FIRST.test(value) || /^\d/.test(value));
    }
    case 'PHONE':
      return PHONE_VALUE.test(value) && value.replace(/%2B|%20|\D/gi, '').length >= 7;
    case 'DATE':
      return DATE_VALUE.test(value);
    case 'ORG':
      return ORG_VALUE.test(value) && UPPER_FIRST.test(value);
  }
}

/**
 * A person's name: letters only, one to five words, not only common words unless one is a given
 * name ("Grace Liu"). Under the bare "name" (which also names files, builds and products) or a name
 * read from its end ("project lead name") it must also be capitalised.
 */
function plausibleName(key: string, value: string): boolean {
  if (!PERSON_VALUE.test(value)) return false;
  const words = value.split(/[ \t]+/);
  // A team, a bot or a default is no person, whatever the field ("Assignee: Platform Team").
  if (words.some((w) => NOT_A_PERSON.has(w.toLowerCase()))) return false;
  // Nor a class in code ("'sender': UniqueSingleAddressHeader", "HTTPError").
  if (words.length === 1 && (isCodeIdentifier(value) || THREE_HUMPS.test(value))) return false;
  if (!isPersonKey(key) && !words.every((w) => UPPER_FIRST.test(w))) return false;
  return words.some((w) => {
    const l = w.toLowerCase();
    return GIVEN.has(l) || AMBIGUOUS_GIVEN.has(l) || !COMMON.has(l);
  });
}

/** Three capitalised words run together: code's, not a name's ("McDonald", "MacArthur" have two). */
const THREE_HUMPS = /^(?:[A-Z][a-z]{2,}){3,}$/;

const NOT_A_PERSON = new Set(
  'team bot group squad department dept support admin system service default unassigned nobody everyone all'.split(' '),
);
