// Maps the labels of token-classification models onto the app's canonical entity types.
//
// Models label tokens in IOB2 (B-PER, I-PER), BIOES/BILOU (S-, E-, L-, U-) or plain tags (PER).
// CoNLL-style models use PER/ORG/LOC/MISC; PII-specific models use their own vocabularies
// (EMAIL, PHONE_NUMBER, SSN, STREET_ADDRESS ...). Everything is looked up case-insensitively
// after the position prefix is removed.
import type { EntityType } from '../shared/entities';

/**
 * Label (without B-/I- prefix, upper case) -> canonical type, or `null` to drop.
 *
 * MISC is dropped on purpose: in CoNLL-2003 it covers nationalities, languages, events, works
 * of art and product names ("German", "Euro 2024", "iPhone"). None of these identifies a person
 * or an organisation's data, so redacting them would only damage the prompt the user sends (and
 * costs precision: they are usually not personal data). Nationality/religion labels (NORP/NRP)
 * are dropped for the same reason.
 */
export const LABEL_TABLE: Readonly<Record<string, EntityType | null>> = {
  // People
  PER: 'PERSON',
  PERSON: 'PERSON',
  NAME: 'PERSON',
  NAME_STUDENT: 'PERSON',
  FIRSTNAME: 'PERSON',
  FIRST_NAME: 'PERSON',
  GIVENNAME: 'PERSON',
  LASTNAME: 'PERSON',
  LAST_NAME: 'PERSON',
  SURNAME: 'PERSON',
  MIDDLENAME: 'PERSON',
  FULLNAME: 'PERSON',
  USERNAME: 'PERSON',
  // Organisations
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  COMPANY: 'ORG',
  COMPANYNAME: 'ORG',
  COMPANY_NAME: 'ORG',
  CORPORATION: 'ORG',
  // Places
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
  FAC: 'LOCATION',
  ADDRESS: 'LOCATION',
  STREET_ADDRESS: 'LOCATION',
  STREETADDRESS: 'LOCATION',
  STREET: 'LOCATION',
  BUILDINGNUMBER: 'LOCATION',
  BUILDING_NUMBER: 'LOCATION',
  CITY: 'LOCATION',
  STATE: 'LOCATION',
  COUNTY: 'LOCATION',
  COUNTRY: 'LOCATION',
  ZIP: 'LOCATION',
  ZIPCODE: 'LOCATION',
  ZIP_CODE: 'LOCATION',
  POSTCODE: 'LOCATION',
  POSTAL_CODE: 'LOCATION',
  SECONDARYADDRESS: 'LOCATION',
  NEARBYGPSCOORDINATE: 'LOCATION',
  // Contact data
  EMAIL: 'EMAIL',
  EMAIL_ADDRESS: 'EMAIL',
  EMAILADDRESS: 'EMAIL',
  PHONE: 'PHONE',
  PHONE_NUMBER: 'PHONE',
  PHONENUMBER: 'PHONE',
  PHONE_NUM: 'PHONE',
  TELEPHONENUM: 'PHONE',
  MOBILE: 'PHONE',
  FAX: 'PHONE',
  URL: 'URL',
  URL_PERSONAL: 'URL',
  DOMAIN_NAME: 'URL',
  IP: 'IP_ADDRESS',
  IP_ADDRESS: 'IP_ADDRESS',
  IPV4: 'IP_ADDRESS',
  IPV6: 'IP_ADDRESS',
  MAC: 'MAC_ADDRESS',
  MAC_ADDRESS: 'MAC_ADDRESS',
  // Financial
  CREDIT_CARD: 'CREDIT_CARD',
  CREDITCARDNUMBER: 'CREDIT_CARD',
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  IBAN: 'IBAN',
  IBAN_CODE: 'IBAN',
  BITCOINADDRESS: 'CRYPTO_WALLET',
  ETHEREUMADDRESS: 'CRYPTO_WALLET',
  LITECOINADDRESS: 'CRYPTO_WALLET',
  CRYPTO: 'CRYPTO_WALLET',
  // Identifiers
  SSN: 'ID_NUMBER',
  US_SSN: 'ID_NUMBER',
  SOCIALNUM: 'ID_NUMBER',
  ID_NUM: 'ID_NUMBER',
  IDCARDNUM: 'ID_NUMBER',
  ID_NUMBER: 'ID_NUMBER',
  PASSPORT: 'ID_NUMBER',
  PASSPORTNUM: 'ID_NUMBER',
  DRIVERLICENSENUM: 'ID_NUMBER',
  DRIVER_LICENSE: 'ID_NUMBER',
  US_DRIVER_LICENSE: 'ID_NUMBER',
  TAXNUM: 'ID_NUMBER',
  ACCOUNTNUM: 'ID_NUMBER',
  ACCOUNTNUMBER: 'ID_NUMBER',
  // Dates
  DATE: 'DATE',
  DATE_TIME: 'DATE',
  DATEOFBIRTH: 'DATE',
  DOB: 'DATE',
  // Secrets
  PASSWORD: 'SECRET',
  PIN: 'SECRET',
  API_KEY: 'SECRET',
  // Not personal data on their own: dropped (see the MISC note above).
  MISC: null,
  NORP: null,
  NRP: null,
  TITLE: null,
  PREFIX: null,
  AGE: null,
  GENDER: null,
  JOBTITLE: null,
  JOB_TITLE: null,
  EVENT: null,
  WORK_OF_ART: null,
  PRODUCT: null,
  LANGUAGE: null,
  LAW: null,
  MONEY: null,
  PERCENT: null,
  QUANTITY: null,
  ORDINAL: null,
  CARDINAL: null,
  TIME: null,
};

/** Where a token sits inside its entity. `O` = outside any entity. */
export type LabelPosition = 'B' | 'I' | 'O';

export interface ParsedLabel {
  position: LabelPosition;
  /** Canonical type; null for O, for dropped labels and for labels nobody mapped. */
  type: EntityType | null;
  /** The model's own label, without the position prefix (e.g. "PER"). */
  raw: string;
}

const BEGIN = new Set(['B', 'S', 'U']);
const INSIDE = new Set(['I', 'E', 'L', 'M']);

/** Parses one model label (e.g. "B-PER", "I-EMAIL_ADDRESS", "S-LOC", "PER", "O"). */
export function parseLabel(label: string): ParsedLabel {
  const trimmed = label.trim();
  if (trimmed === '' || /^o$/i.test(trimmed)) return { position: 'O', type: null, raw: 'O' };
  const m = /^([A-Za-z])[-_](.+)$/.exec(trimmed);
  let position: LabelPosition = 'I';
  let raw = trimmed;
  if (m && (BEGIN.has(m[1]!.toUpperCase()) || INSIDE.has(m[1]!.toUpperCase()))) {
    position = BEGIN.has(m[1]!.toUpperCase()) ? 'B' : 'I';
    raw = m[2]!;
  }
  const key = raw.toUpperCase().replace(/[\s-]+/g, '_');
  const type = Object.prototype.hasOwnProperty.call(LABEL_TABLE, key) ? (LABEL_TABLE[key] ?? null) : null;
  return { position: type ? position : 'O', type, raw };
}

/** Parses a model's `id2label` (config.json) into an array indexed by class id. */
export function parseId2Label(id2label: Record<string, string>): ParsedLabel[] {
  const ids = Object.keys(id2label).map(Number);
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error('config.json id2label must map class ids 0..n-1 to label names');
  }
  const out: ParsedLabel[] = [];
  for (let i = 0; i <= Math.max(...ids); i++) {
    const name = id2label[String(i)];
    if (name === undefined) throw new Error(`config.json id2label has no label for class id ${i}`);
    out.push(parseLabel(name));
  }
  return out;
}
