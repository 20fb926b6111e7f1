// What a field's name says its value is: "first_name", "fullName", "billing_city", "zip", "dob".
// Pasted records (JSON, YAML, XML, query strings, CSV and Markdown tables) name each value; the
// name is stronger evidence than the value's shape, which for a one-word name ("Olu") or a city
// ("Austin") is no evidence at all.
import type { EntityType } from '../../../../shared/entities';

export type FieldType = Extract<EntityType, 'PERSON' | 'LOCATION' | 'PHONE' | 'DATE' | 'ORG'>;

/** Field names, lower-cased with every character but letters and digits removed. */
const EXACT: Record<string, FieldType> = {};
const add = (type: FieldType, names: string) => {
  for (const n of names.split(' ')) EXACT[n] = type;
};
add(
  'PERSON',
  'name fullname firstname lastname surname givenname familyname middlename forename first last fname lname ' +
    'customername clientname contactname patientname employeename membername studentname applicantname ' +
    'cardholder cardholdername accountholder accountholdername nameoncard holdername beneficiary beneficiaryname ' +
    'recipientname sendername payeename payername ownername guardian nextofkin emergencycontact spouse ' +
    // A parcel's or a letter's parties: "RECIPIENT: KWAME ASANTE, 12 OXFORD ST", "Empfänger: …".
    'recipient sender addressee consignee shipper empfänger absender destinataire expéditeur expediteur ' +
    // Roles only a person holds (not "customer" or "buyer", often a company): "PATIENT: MARGARET O'CONNELL".
    'patient passenger guest applicant insured policyholder claimant deceased witness ' +
    'manager managername assignee reporter supervisor physician doctor nombre apellido apellidos vorname nachname ' +
    'prenom nom cognome nome sobrenome voornaam achternaam naam imie imię nazwisko imieinazwisko imięinazwisko ' +
    'adsoyad soyad soyadi soyadı',
);
add(
  'LOCATION',
  'city town street streetaddress address address1 address2 addressline1 addressline2 line1 line2 zip zipcode ' +
    'postcode postalcode plz county province suburb district state country homeaddress ' +
    'mailingaddress billingaddress shippingaddress residence birthplace placeofbirth ciudad ciudade ville stadt ' +
    'citta strasse straße rue calle direccion adresse anschrift indirizzo endereco ort wohnort adres adresi ' +
    'domicilio geburtsort lieudenaissance luogodinascita sitz firmensitz siège siege sede',
);
add(
  'PHONE',
  'phone phonenumber mobile mobilephone cell cellphone tel telephone fax homephone workphone mobilenumber ' +
    'telefon telefono telefone telefoon telefonnummer handy handynummer portable celular',
);
add(
  'DATE',
  'dob dateofbirth birthdate birthday geburtsdatum fechadenacimiento datedenaissance geboortedatum ' +
    'datadinascita dogumtarihi doğumtarihi',
);
add('ORG', 'company companyname employer organization organisation organizationname organisationname org');
// No ID fields: the ID rules take a labelled number only when its check digits or shape fit, and
// a labelled number that fails them ("nino: nt 99 88 77 a") is no ID.

/**
 * Prefixes that say a field is about a thing, not a person or a place, whatever its last word:
 * "file_name", "product_name", "host_name", "user_name" (an account, the username rule's).
 */
const THING_PREFIXES =
  /^(?:file|product|host|server|app|application|project|table|column|field|bucket|branch|repo|package|display|domain|brand|model|device|event|course|team|group|role|tag|key|variable|class|function|method|module|service|queue|topic|db|database|schema|index|cluster|zone|user|login|account|screen|nick|bank|pet|item|plan|category|type|dataset|job|task|step|stage|env|environment|image|container|pod|node|network|vpc|subnet|region|layer|font|color|colour|theme|page|section|sheet|template|policy|rule|test|feature|flag|metric|label|resource|instance)/;

/** Suffixes that keep their type after a qualifier: "billing_city", "customer_first_name", "home_phone". */
const SUFFIXES: readonly [string, FieldType][] = [
  ['firstname', 'PERSON'],
  ['lastname', 'PERSON'],
  ['fullname', 'PERSON'],
  ['surname', 'PERSON'],
  ['name', 'PERSON'],
  ['city', 'LOCATION'],
  ['street', 'LOCATION'],
  ['address', 'LOCATION'],
  ['zipcode', 'LOCATION'],
  ['zip', 'LOCATION'],
  ['postcode', 'LOCATION'],
  ['postalcode', 'LOCATION'],
  ['phone', 'PHONE'],
  ['phonenumber', 'PHONE'],
  ['mobile', 'PHONE'],
  ['dob', 'DATE'],
  ['birthdate', 'DATE'],
  ['dateofbirth', 'DATE'],
];

/** What a field name says, found once per distinct name: its key, and its type, 'thing' or nothing. */
interface Field {
  key: string;
  kind: FieldType | 'thing' | null;
}
const cache = new Map<string, Field>();

/** `key` without its accents ("prénom" -> "prenom", "teléfono" -> "telefono"); ß stays. */
const withoutAccents = (key: string) => key.normalize('NFD').replace(/\p{M}/gu, '');

function lookup(name: string): Field {
  let f = cache.get(name);
  if (f === undefined) {
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const kind = classify(key) ?? classify(withoutAccents(key));
    f = { key, kind: kind ?? (!EXACT[key] && THING_PREFIXES.test(key) ? 'thing' : null) };
    if (cache.size > 10_000) cache.clear();
    cache.set(name, f);
  }
  return f;
}

/** The type of the values of a field named `name`, or undefined. */
export function fieldType(name: string): FieldType | undefined {
  const t = lookup(name).kind;
  return t === null || t === 'thing' ? undefined : t;
}

/** A field about a thing ("file_name", "user name"), whatever its last word says. */
export function isThingKey(name: string): boolean {
  return lookup(name).kind === 'thing';
}

/** Field names that also name a paper, a town or a state of things: "The Guardian", "Nome", "State". */
const ALSO_NAMES = new Set(['guardian', 'nome', 'state', 'first', 'last']);

/**
 * The exact name of a field, as a table's header or a form's label writes it ("Prénom", "Geburtsdatum",
 * "Date de naissance"), not one that only ends like one ("Georgetown").
 */
export function isFieldName(name: string): boolean {
  return isFormLabel(name) && !ALSO_NAMES.has(lookup(name).key);
}

/** The exact name of a field, also one that names a place or paper too ("Nome:" opening a form's line). */
export function isFormLabel(name: string): boolean {
  const key = lookup(name).key;
  return EXACT[key] !== undefined || EXACT[withoutAccents(key)] !== undefined;
}

/** A field that can only hold a person's name ("first_name", "cardholder"), unlike "name" or "last". */
export function isPersonKey(key: string): boolean {
  return EXACT[key] === 'PERSON' && key !== 'name' && key !== 'first' && key !== 'last';
}

function classify(key: string): FieldType | undefined {
  if (!key || key.length > 40) return undefined;
  const exact = EXACT[key];
  if (exact) return exact;
  if (THING_PREFIXES.test(key)) return undefined;
  for (const [suffix, type] of SUFFIXES) if (key.endsWith(suffix)) return type;
  return undefined;
}

/** Fields whose value must look like a postal code. */
export const POSTCODE_FIELDS = new Set(['zip', 'zipcode', 'postcode', 'postalcode', 'plz']);
/** Fields whose value is a place only if it is a known one or a code ("state": "TX", not "state": "Active"). */
export const REGION_FIELDS = new Set(['state', 'country', 'county', 'province', 'district', 'suburb']);

/** `name` lower-cased with every character but letters and digits removed (kept with its type). */
export function fieldKey(name: string): string {
  return lookup(name).key;
}

/** Fields of a whole address, whose value must hold a number (a name may open an address block). */
export const ADDRESS_FIELDS = /address|adresse|anschrift|direcci[oó]n|indirizzo|endere[cç]o|^street/;
