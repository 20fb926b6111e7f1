// Postcodes: by label ("ZIP: 94105", "postal code is 10115"), by validated shape (UK, Canada),
// after a US state code ("CO 80202"), and followed by a city ("10115 Berlin", "1012 AB Amsterdam",
// "53-320 Wrocław"). A bare 5-digit number is never a postcode.
import type { Candidate, Recognizer } from '../types';
import { COMMON } from '../names/lexicon';
import { charSet } from '../char-set';
import { wholeTextScanOn } from '../excerpt';
import { allMatches } from '../fast-scan';
import { digitRuns, isBlank, upperAt } from './chars';
import { US_STATE_CODES } from './lexicon';

const LABELLED =
  /\b(?:zip(?:[ \t]*code)?|zipcode|postal[ \t]*code|post[ \t]*code|postcode|plz|postleitzahl|code[ \t]+postal|c[oó]digo[ \t]+postal|codice[ \t]+postale|cep|postnummer|postinumero|irányítószám|kod[ \t]+pocztowy)\b[ \t]*(?:is|was|will[ \t]+be|:|#|no\.?|=)?[ \t]*(?:is[ \t]*)?([A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)(?![\p{L}\p{N}-])/giu;

// UK: outward code (A9, A99, AA9, AA99, A9A, AA9A) + inward code (9AA); letters restricted by position.
const UK =
  /(?<![\p{L}\p{N}])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
const CANADA =
  /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ -]?[0-9][ABCEGHJ-NPRSTV-Z][0-9](?![\p{L}\p{N}])/gu;
const US_STATE_ZIP = /(?<![\p{L}\p{N}])([A-Z]{2})[ \t]+(\d{5}(?:-\d{4})?)(?![\p{L}\p{N}-])/gu;
const CITY = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]+|de|del|la|le|am|an|im|sur|sous|di))*`;
// 4-6 digit codes with optional country prefix (D-, A-, CH-, F-), Dutch 1234 AB, Polish 12-345,
// Portuguese 1234-567, Brazilian 12345-678, Swedish/Czech 123 45, followed by a city on the same line.
const CODE_CITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,-])((?:(?:D|A|CH|F|B|L|NL|DK|S|N|FIN|I|E|P|PL|CZ|SK|H)-)?(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{4}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{3}[ \t]\d{2}))[ \t]+(${CITY})(?![ \t]*\d)`,
  'gu',
);

// A city followed by a hyphenated code: "Tokyo 150-0002", "Quinta de São Tiago 3610-114", "Gdańsk 80-827".
const CITY_CODE = new RegExp(
  String.raw`(${CITY})[ \t]+(\d{3}-\d{4}|\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3})(?![\p{L}\p{N}-])`,
  'gu',
);

// Six-digit codes after the country, state or large city they belong to, ending the address: "Singapore
// 560123", "Haryana 122015", "Tamil Nadu - 600042", "Bengaluru 560001". A six-digit number alone, or one a
// word follows, is none.
const REGIONS_WITH_SIX_DIGIT_CODES = [
  'Singapore',
  'India',
  'Andhra Pradesh',
  'Arunachal Pradesh',
  'Assam',
  'Bihar',
  'Chhattisgarh',
  'Goa',
  'Gujarat',
  'Haryana',
  'Himachal Pradesh',
  'Jharkhand',
  'Karnataka',
  'Kerala',
  'Madhya Pradesh',
  'Maharashtra',
  'Manipur',
  'Meghalaya',
  'Mizoram',
  'Nagaland',
  'Odisha',
  'Punjab',
  'Rajasthan',
  'Sikkim',
  'Tamil Nadu',
  'Telangana',
  'Tripura',
  'Uttar Pradesh',
  'Uttarakhand',
  'West Bengal',
  'Delhi',
  'Jammu and Kashmir',
  'Ladakh',
  'Puducherry',
  'Chandigarh',
  // India's largest cities, under their current and former names.
  'New Delhi',
  'Mumbai',
  'Bombay',
  'Navi Mumbai',
  'Thane',
  'Bengaluru',
  'Bangalore',
  'Hyderabad',
  'Secunderabad',
  'Chennai',
  'Madras',
  'Kolkata',
  'Calcutta',
  'Pune',
  'Ahmedabad',
  'Surat',
  'Vadodara',
  'Jaipur',
  'Lucknow',
  'Kanpur',
  'Nagpur',
  'Indore',
  'Bhopal',
  'Patna',
  'Visakhapatnam',
  'Vijayawada',
  'Coimbatore',
  'Madurai',
  'Kochi',
  'Cochin',
  'Thiruvananthapuram',
  'Trivandrum',
  'Mysuru',
  'Mysore',
  'Mangaluru',
  'Mangalore',
  'Bhubaneswar',
  'Guwahati',
  'Dehradun',
  'Noida',
  'Gurugram',
  'Gurgaon',
  'Ghaziabad',
  'Faridabad',
  'Ludhiana',
  'Amritsar',
  'Agra',
  'Varanasi',
  'Nashik',
  'Rajkot',
  'Srinagar',
  'Raipur',
  'Ranchi',
];
const REGION_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${REGIONS_WITH_SIX_DIGIT_CODES.join('|').replace(/ /g, '[ \\t]+')})[ \t]*[,–-]?[ \t]*[1-9]\d{5}(?![\p{N}-])(?=[ \t]*(?:$|[,.;:)\]\r\n]))`,
  'gu',
);
const SIX_DIGITS = /(?<!\d)\d{6}(?!\d)/;

function onRegionCode(text: string, push: Push): void {
  if (!SIX_DIGITS.test(text)) return;
  for (const m of text.matchAll(REGION_CODE)) {
    const start = partsBefore(text, m.index);
    if (start < m.index) push(start, m.index + m[0].length, 0.85, 'ADDRESS');
    else push(m.index, m.index + m[0].length, 0.75, 'REGION_POSTCODE');
  }
}

/**
 * The parts of an address written before its region and code, one per comma, as Indian addresses
 * run without a street type: "House No. 221, Sector 15A, Noida, Uttar Pradesh 201301", "Flat 302,
 * Sai Residency, Andheri East, Mumbai 400069". A part is a house, flat or plot with its number, or up
 * to four capitalised words or numbers; the first one may end a longer phrase ("I live at House No.
 * 221"), and the parts stop at one of ordinary words only ("Please Note") or at a line break.
 */
/** The words that open a numbered part ("House No. 221", "Sector 15A"); abbreviations apart. */
const PART_HEAD_WORDS =
  'House Flat Plot Door Shop Block Sector Phase Wing Floor Building Tower Apartment Unit Villa Gali Lane Street Road Marg';
const ADDRESS_PART = new RegExp(
  String.raw`(?:(?:${PART_HEAD_WORDS.replace(/ /g, '|')}|H\.|Bldg\.?|Apt\.?)(?:[ \t]*No\.?)?[ \t]*[:#]?[ \t]*[\p{N}\p{Lu}][\p{L}\p{N}\/-]{0,10}|(?:#?[\p{Lu}\p{N}][\p{L}\p{N}.'’\/-]*)(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.'’\/-]*){0,3})$`,
  'u',
);
const PART_WORDS = /[\p{L}]+/gu;
/** A person's titles, in an address's parts and before them. */
const PART_TITLES = 'mr|mrs|ms|dr|prof|shri|smt';
/** A part that opens with a value's label, a person's title or a phone's label is not the address's. */
const NOT_A_PART = new RegExp(
  `^(?:pan|aadhaar|gstin|gst|uan|ssn|nin|tin|vat|iban|bic|dob|email|e-mail|phone|ph|tel|mobile|mob|miss|${PART_TITLES})\\b`,
  'i',
);
const MAX_PARTS = 5;
/** A person's title right before a part: the part is the person's name. */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PART_TITLES}|late)\\.?[ \\t]+$`, 'iu');
/** An Indian form's "resident of" before the address. */
const RESIDENT_OF = /^R\/[Oo][ \t.:-]*/;

function partsBefore(text: string, start: number): number {
  let first = start;
  for (let n = 0; n < MAX_PARTS; n++) {
    // The separator before the part accepted last: a comma and blanks.
    const sep = /,[ \t]*$/.exec(text.slice(Math.max(0, first - 4), first));
    if (!sep) break;
    const end = first - sep[0].length;
    // The 60 characters before, from the line's start if it is nearer (looked for in them only: a
    // search of the whole text back would make a long text of such codes quadratic).
    const window = text.slice(Math.max(0, end - 60), end);
    const from = end - window.length + window.lastIndexOf('\n') + 1;
    const part = ADDRESS_PART.exec(text.slice(from, end));
    if (!part || part[0].length === 0) break;
    // Another address's code ends the parts: "…, Uttar Pradesh 201301, House No. 5, …". So does a
    // value's label or a title: "Mr. Rajesh Sharma, Aadhaar 2345…, PAN ABCPS1234D, 22 MG Road, Pune 411001".
    if (/\d{5}/.test(part[0]) || NOT_A_PART.test(part[0])) break;
    // Nor a name after a title that the part did not take in: "S/o Late Shri K. Subramaniam, R/o 14/2, …".
    if (TITLE_BEFORE.test(text.slice(Math.max(from, from + part.index - 12), from + part.index))) break;
    // Ordinary words alone are prose ("Please Note"); a part with a number is the address's.
    const words = part[0].match(PART_WORDS) ?? [];
    if (!/\d/.test(part[0]) && words.every((w) => COMMON.has(w.toLowerCase()))) break;
    first = from + part.index;
    // "R/o 14/2" (resident of): the address starts after the label, and no part before it is the address's.
    const residentOf = RESIDENT_OF.exec(text.slice(first, end));
    if (residentOf) {
      first += residentOf[0].length;
      break;
    }
    // A part that ends a longer phrase ("I live at House No. 221") is the first one.
    if (!/(?:^|,)[ \t]*$/.test(text.slice(from, first))) break;
  }
  // Not an ordinary word that opens the first part: "Contact Ravi Kumar, Noida, …".
  for (let m = LEADING_WORD.exec(text.slice(first, start)); m; m = LEADING_WORD.exec(text.slice(first, start))) {
    const word = m[1]!.toLowerCase();
    if (!COMMON.has(word) || PART_HEADS.has(word) || /\d/.test(text.charAt(first + m[0].length))) break;
    first += m[0].length;
  }
  return first;
}
const LEADING_WORD = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u;
/** The words ADDRESS_PART opens a numbered part with (lower case), its abbreviations' too. */
const PART_HEADS = new Set(`${PART_HEAD_WORDS} bldg apt`.toLowerCase().split(' '));

// Sticky copies, tried only where a match can start (found by cheap scans): the plain global
// scans try every position of the text and dominate the cost.
const UK_Y = new RegExp(UK.source, 'uy');
const CANADA_Y = new RegExp(CANADA.source, 'uy');
const US_STATE_ZIP_Y = new RegExp(US_STATE_ZIP.source, 'uy');
const LABELLED_Y = new RegExp(LABELLED.source, 'iuy');
const CODE_CITY_Y = new RegExp(CODE_CITY.source, 'uy');
const CITY_CODE_Y = new RegExp(CITY_CODE.source, 'uy');
const STARTS_UPPER = /^\p{Lu}/u;

type Push = (start: number, end: number, score: number, subtype: string, validated?: boolean) => void;

function onLabelled(m: RegExpExecArray, push: Push): void {
  const v = m[1]!;
  if (!/\d/.test(v)) return;
  const start = m.index + m[0].length - v.length;
  push(start, start + v.length, 0.85, 'POSTCODE');
}

/**
 * What names a code rather than a place, just before a postcode's shape written without its space:
 * "Order #A1B2C3", "ref: SW1A1AA", "voucher code M5V3L9".
 */
const CODE_LABEL_BEFORE =
  /(?:#|\b(?:order|ref(?:erence)?|code|coupon|voucher|promo|invoice|ticket|id|no\.?|number|sku|serial|booking|confirmation|tracking|item|part|model)[ \t]*[:#=.-]?[ \t]*)$/i;
const codeLabelBefore = (text: string, at: number) => CODE_LABEL_BEFORE.test(text.slice(Math.max(0, at - 24), at));

// Avoid product codes glued into longer identifiers ("A1 2BC" inside a serial): require a space or line edge.
function onUk(m: RegExpExecArray, text: string, push: Push): void {
  const spaced = /\s/.test(m[0]);
  if (!spaced && codeLabelBefore(text, m.index)) return;
  push(m.index, m.index + m[0].length, spaced ? 0.78 : 0.6, 'UK_POSTCODE');
  // The post town before it on its line, as every British address writes it: "Pontypridd CF37 5TQ",
  // "LONDON SW1A 1AA", "Bishop's Stortford, CM23 3DF".
  if (spaced) {
    const before = UK_TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before) {
      const town = before[1]!;
      const gap = before[2]!;
      const words = town.split(/[ \t]+/);
      if (namesTown(words) && !words.some((w) => POSTCODE_WORDS.has(w.toLowerCase())))
        push(m.index - town.length - gap.length, m.index + m[0].length, 0.7, 'CITY_POSTCODE');
    }
  }
}
/** One or two capitalised words and the comma or blanks between them and a UK postcode. */
const UK_TOWN_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)(,?[ \t]{1,2})$/u;

function onCanada(m: RegExpExecArray, text: string, push: Push): void {
  const spaced = /[ -]/.test(m[0]);
  if (!spaced && codeLabelBefore(text, m.index)) return;
  push(m.index, m.index + m[0].length, spaced ? 0.78 : 0.62, 'CA_POSTCODE');
}

/** State codes that are also labels or words: "Employee ID 58821", "IN 46204" of a table. */
const AMBIGUOUS_STATES = new Set(['ID', 'IN', 'OR', 'OK', 'ME', 'HI']);
/** A city before the state, as an address writes it: "Boise, ID 83702", "Portland OR 97201". */
const CITY_BEFORE = /\p{Lu}[\p{Ll}.'’-]+,?[ \t]+$/u;
/** Labels whose "ID" names an identifier: "Employee ID 58821", "Tax ID 123456789". */
const ID_LABEL_BEFORE =
  /(?:employee|customer|client|user|member|student|patient|staff|order|account|tax|national|photo|case|ticket|booking|transaction|device|session|vendor|supplier|product|badge|record|reference|ref)[ \t]*$/i;

function onStateZip(m: RegExpExecArray, text: string, push: Push): void {
  const code = m[1]!;
  if (!US_STATE_CODES.has(code)) return;
  if (AMBIGUOUS_STATES.has(code)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ID_LABEL_BEFORE.test(before) || !CITY_BEFORE.test(before)) return;
  }
  push(m.index, m.index + m[0].length, 0.8, 'US_ZIP');
}

/**
 * A street named by a preposition and a name, without a street type, its house number and a comma,
 * right before a postcode and its town: "Am Mühlbach 3a, 79100 Freiburg", "An der Alster 12, 20099
 * Hamburg", "Zum Hafen 4, …". Other streets are the address rule's, which knows their types.
 */
const STREET_BEFORE_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Am|An|Im|In|Zum|Zur|Auf|Unter|Hinter|Vor|Bei|Über|Aan|Op)((?:[ \t]+(?:\p{Lu}[\p{L}'’.-]+|der|dem|den|des|de|het)){1,3})[ \t]+\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?[ \t]*,[ \t]*$`,
  'u',
);
const CAPITALISED = /(?:^|[ \t])\p{Lu}/u;

/** Where the address before the postcode at `at` starts: its street, or the code itself. */
function streetBefore(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 80), at);
  const m = STREET_BEFORE_CODE.exec(window);
  // The preposition's name has a capitalised word ("An der Alster", not "An der 5").
  return m && CAPITALISED.test(m[1]!) ? at - window.length + m.index : at;
}

/** The ISO 4217 codes of the currencies most often written after an amount. */
const CURRENCY_CODES = new Set(
  (
    'USD EUR GBP JPY CNY CHF CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN TRY RUB UAH INR PKR BDT LKR NPR IDR ' +
    'MYR SGD THB VND PHP KRW TWD HKD AED SAR QAR KWD BHD OMR ILS EGP MAD TND NGN GHS KES UGX TZS ZAR XOF XAF ' +
    'BRL ARS CLP COP PEN MXN UYU'
  ).split(' '),
);

/** A country's letters before a postcode, as in "D-40210" (or a code's own prefix, "E-40921"). */
const LETTERS_DASH = /[A-Z]{1,3}-$/;

/**
 * The number is a record's, not a postcode, after a label that numbers things: "employee #E-40921
 * Tomasz Nowak", "Customer 40210 Anna Berg". What follows it is a name, not a town.
 */
function numberedByLabel(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(LETTERS_DASH, '');
  return CODE_LABEL_BEFORE.test(before) || ID_LABEL_BEFORE.test(before);
}

function onCodeCity(m: RegExpExecArray, text: string, push: Push): void {
  const code = m[1]!;
  const city = m[2]!;
  const words = city.split(/[ \t]+/).filter((w) => STARTS_UPPER.test(w));
  if (words.length === 0 || words.every((w) => COMMON.has(w.toLowerCase()))) return;
  // An amount and its currency: "fare 15000 XOF", "45000 EUR".
  if (CURRENCY_CODES.has(words[0]!)) return;
  // A 4-digit number is more often a year: require it to start a line or follow a comma.
  const before = text.slice(Math.max(0, m.index - 3), m.index);
  if (/^\d{4}$/.test(code) && !/(^|[,\n]\s*|^\s*)$/.test(before) && m.index !== 0) return;
  if (/^(1[89]|20)\d\d$/.test(code) && !/[,\n][ \t]*$/.test(before)) return;
  if (numberedByLabel(text, m.index)) return;
  push(streetBefore(text, m.index), m.index + m[0].length, /^\d{5}$/.test(code) ? 0.72 : 0.68, 'POSTCODE_CITY');
}

/** Words of documents and records that number things the way a postcode looks: "Invoice 2024-113". */
const NUMBERED_THINGS = new Set(
  (
    'invoice order ticket case ref reference version release build report quote quotation receipt contract ' +
    'project batch lot item policy claim file document form section chapter page table figure issue bug task ' +
    'sprint job run account member customer patient room flight'
  ).split(' '),
);

/** Names of a postcode, no town: the code after one is read by LABELLED, without its name ("seu CEP 01310-100"). */
const POSTCODE_WORDS = new Set('zip zipcode postcode plz cep cp pin pincode'.split(' '));

/**
 * The words before a code name a town: one of them is capitalised and no ordinary word, and the last
 * is no numbered thing ("Invoice 2024-113", "in Room 1234").
 */
function namesTown(words: readonly string[]): boolean {
  if (words.every((w) => !STARTS_UPPER.test(w) || COMMON.has(w.toLowerCase()))) return false;
  return !NUMBERED_THINGS.has(words[words.length - 1]!.toLowerCase());
}

function onCityCode(m: RegExpExecArray, push: Push): void {
  const city = m[1]!;
  const words = city.split(/[ \t]+/);
  const last = words[words.length - 1]!;
  if (!namesTown(words) || POSTCODE_WORDS.has(last.toLowerCase())) return;
  const start = m.index + city.length - last.length;
  push(start, m.index + m[0].length, 0.66, 'CITY_POSTCODE');
}

// A town named after "in" and its code after it, as prose and form letters put them: "support Factset in
// Bjert 6091 in its mission", "in Costamezzana 43015", "in ÖVERTURINGEN 840 24". Not a year ("in Excel
// 2016"), a count ("in Oslo 2500 people"), a numbered thing ("in Room 1234") nor a standard ("in RFC 2822").
const TOWN_AFTER_IN = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])in[ \t]+(${CITY})[ \t]+$`, 'u');
const CODE_AFTER_TOWN =
  /^(?:\d{4,5}|\d{3} \d{2})(?![\p{L}\p{N}-]|[.,]\d|[ \t]*(?:%|[\p{L}]))|^(?:\d{4,5}|\d{3} \d{2})(?=[ \t]+in[ \t])/u;
const YEAR = /^(?:1[89]|20)\d\d$/;

function onTownAfterIn(
  text: string,
  runStart: readonly number[] | Int32Array,
  runEnd: readonly number[] | Int32Array,
  n: number,
  push: Push,
): void {
  let from = 0;
  for (let r = 0; r < n; r++) {
    const d = runStart[r]!;
    if (d < from || d === 0 || !isBlank(text.charCodeAt(d - 1))) continue;
    // Tested first, as most digit runs fail them: four or five digits, or three and then two
    // ("840 24"), and "in" within the 60 characters before.
    const len = runEnd[r]! - d;
    if (len !== 4 && len !== 5 && !(len === 3 && runStart[r + 1] === d + 4 && runEnd[r + 1] === d + 6)) continue;
    const inAt = text.lastIndexOf('in', d);
    if (inAt < 0 || inAt < d - 60) continue;
    const code = CODE_AFTER_TOWN.exec(text.slice(d, d + 40))?.[0];
    if (!code || YEAR.test(code)) continue;
    const town = TOWN_AFTER_IN.exec(text.slice(Math.max(0, d - 60), d))?.[1];
    if (!town) continue;
    const words = town.split(/[ \t]+/);
    if (!namesTown(words)) continue;
    // A standard's acronym and number: "in PEP 3148", "in RFC 2822", "in ISO 9001".
    if (words.length === 1 && /^[A-Z]{2,4}$/.test(town)) continue;
    const end = d + code.length;
    push(d, end, 0.62, 'CITY_POSTCODE');
    from = end;
  }
}

/** May be inside a city name of CITY_CODE (letters, marks, apostrophes, hyphens, spaces; any non-ASCII unit). */
function cityUnit(c: number): boolean {
  return c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122) || c === 32 || c === 9 || c === 39 || c === 45;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
/** First letters of the UK shapes ([A-PR-UWYZ], and G of GIR) and of the Canadian ones. */
const UK_FIRST = charSet('ABCDEFGHIJKLMNOPRSTUWYZ');
const CA_FIRST = charSet('ABCEGHJKLMNPRSTVXY');

/**
 * The sticky `re` tried at s. The loops below try, in ascending order, every position where a
 * match can start that passes cheap tests on character codes, skipping those inside an earlier
 * match: they find what a plain exec loop of the global regex over the whole text finds.
 */
function tryAt(re: RegExp, text: string, s: number): RegExpExecArray | null {
  re.lastIndex = s;
  return re.exec(text);
}

/** A LABELLED start: \b then z, p, c, k or i (ASCII \b; under /iu it is stricter), or a Kelvin sign. */
function labelHint(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x212a) return true;
  const l = c | 32;
  if (!(c < 128 && (l === 122 || l === 112 || l === 99 || l === 107 || l === 105))) return false;
  if (p === 0) return true;
  const b = text.charCodeAt(p - 1);
  return !(isAsciiAlnum(b) || b === 95);
}

/** May be part of a LABELLED match: ASCII letters and digits, blanks, : # = . - and, as a
 * superset of the accented label letters and of "ſ" and the Kelvin sign, any non-ASCII unit. */
function inLabelled(c: number): boolean {
  return c >= 128 || isAsciiAlnum(c) || c === 32 || c === 9 || c === 58 || c === 35 || c === 61 || c === 46 || c === 45;
}

function postcodeDetect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push: Push = (start, end, score, subtype, validated = false) =>
    out.push({ start, end, type: 'LOCATION', subtype, score, source: 'pattern', ...(validated ? { validated } : {}) });

  if (wholeTextScanOn()) {
    // The reference the excerpt test compares the scan below with.
    for (const m of text.matchAll(LABELLED)) onLabelled(m, push);
    for (const m of text.matchAll(UK)) onUk(m, text, push);
    for (const m of text.matchAll(CANADA)) onCanada(m, text, push);
    for (const m of text.matchAll(US_STATE_ZIP)) onStateZip(m, text, push);
    for (const m of text.matchAll(CODE_CITY)) onCodeCity(m, text, push);
    for (const m of text.matchAll(CITY_CODE)) onCityCode(m, push);
    const runs = digitRuns(text);
    onTownAfterIn(text, runs.start, runs.end, runs.n, push);
    onRegionCode(text, push);
    onEircode(text, push);
    return out;
  }

  // Every match the rules keep holds an ASCII digit, so the regexes are tried only at the few
  // positions before digit runs where a match can start.
  const { n, start, end } = digitRuns(text);
  if (n === 0) return out;
  let m: RegExpExecArray | null;

  // A LABELLED match is made of the characters inLabelled() accepts, and one without a digit only
  // hides later starts: only the stretches of such characters that hold a digit matter, up to
  // their last digit.
  let from = 0;
  let done = 0;
  for (let r = 0; r < n; r++) {
    const d = start[r]!;
    let p = d;
    while (p > done && inLabelled(text.charCodeAt(p - 1))) p--;
    for (p = Math.max(p, from); p < d; p++) {
      if (!labelHint(text, p) || !(m = tryAt(LABELLED_Y, text, p))) continue;
      onLabelled(m, push);
      from = p + m[0].length;
      p = from - 1;
    }
    done = end[r]!;
  }

  // UK: 1-4 positions before each digit run (the shapes start a few letters before their first digit).
  from = 0;
  let last = -1;
  for (let r = 0; r < n; r++) {
    const d = start[r]!;
    for (let s = Math.max(d - 4, last + 1); s < d; s++) {
      last = s;
      if (s < from || !UK_FIRST[text.charCodeAt(s)] || (s > 0 && isAsciiAlnum(text.charCodeAt(s - 1)))) continue;
      if ((m = tryAt(UK_Y, text, s))) {
        onUk(m, text, push);
        from = s + m[0].length;
      }
    }
  }

  // Canada: the letter before a digit run.
  from = 0;
  for (let r = 0; r < n; r++) {
    const s = start[r]! - 1;
    if (s < from || !CA_FIRST[text.charCodeAt(s)] || (s > 0 && isAsciiAlnum(text.charCodeAt(s - 1)))) continue;
    if ((m = tryAt(CANADA_Y, text, s))) {
      onCanada(m, text, push);
      from = s + m[0].length;
    }
  }

  // US_STATE_ZIP: two capitals, then the blanks before a digit run.
  from = 0;
  for (let r = 0; r < n; r++) {
    const d = start[r]!;
    let s = d;
    while (s > 0 && isBlank(text.charCodeAt(s - 1))) s--;
    if (!(s < d && s >= 2)) continue;
    s -= 2;
    if (s < from || !isUpperAscii(text.charCodeAt(s)) || !isUpperAscii(text.charCodeAt(s + 1))) continue;
    if ((m = tryAt(US_STATE_ZIP_Y, text, s))) {
      onStateZip(m, text, push);
      from = s + m[0].length;
    }
  }

  // CODE_CITY: a digit run, or a country prefix ("D-10115") up to four characters before one. A code
  // starting at the run is 2-5 digits followed by a blank, a hyphen or a capital.
  from = 0;
  last = -1;
  for (let r = 0; r < n; r++) {
    const d = start[r]!;
    if (text.charCodeAt(d - 1) === 45)
      for (let s = Math.max(d - 4, last + 1); s <= d - 2; s++) {
        if (s < from || !isUpperAscii(text.charCodeAt(s))) continue;
        if ((m = tryAt(CODE_CITY_Y, text, s))) {
          onCodeCity(m, text, push);
          from = s + m[0].length;
        }
      }
    last = d;
    if (d < from) continue;
    const len = end[r]! - d;
    const after = text.charCodeAt(end[r]!);
    if (len < 2 || len > 5 || !(isBlank(after) || after === 45 || isUpperAscii(after))) continue;
    const b = d > 0 ? text.charCodeAt(d - 1) : 32;
    if (isAsciiAlnum(b) || b === 36 || b === 46 || b === 44 || b === 45) continue; // $ . , -
    if ((m = tryAt(CODE_CITY_Y, text, d))) {
      onCodeCity(m, text, push);
      from = d + m[0].length;
    }
  }

  // CITY_CODE: the upper-case letters in the run of city characters before " 12-345" (a blank, 2-5
  // digits, a hyphen and a digit).
  from = 0;
  last = -1;
  for (let r = 0; r < n; r++) {
    const d = start[r]!;
    const e = end[r]!;
    if (e - d < 2 || e - d > 5 || d === 0 || !isBlank(text.charCodeAt(d - 1)) || text.charCodeAt(e) !== 45) continue;
    if (r + 1 >= n || start[r + 1] !== e + 1) continue;
    const h = d - 1;
    let s = h;
    while (s > last + 1 && cityUnit(text.charCodeAt(s - 1))) s--;
    for (; s < h; s++) {
      if (s < from || !upperAt(text, s)) continue;
      if ((m = tryAt(CITY_CODE_Y, text, s))) {
        onCityCode(m, push);
        from = s + m[0].length;
      }
    }
    last = h;
  }
  onTownAfterIn(text, start, end, n, push);
  onRegionCode(text, push);
  onEircode(text, push);
  return out;
}

/**
 * Ireland's Eircode: a routing key (a letter and two digits, or D6W) and four characters from a
 * set without easily confused letters ("D04 X2Y7"). Many codes of other kinds share the shape, so
 * only in a text that names Ireland, an Irish city or county, or the Eircode itself, or that holds an
 * Irish phone number or domain.
 */
const EIRCODE = /(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])/g;
// Also a field named so in lower case, an Irish phone number or an address at an .ie domain.
const IRISH_CONTEXT =
  /[Ee]ircode|EIRCODE|Ireland|Éire|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Co\. [A-Z]|\+353|\.ie\b/;

function onEircode(text: string, push: Push): void {
  if (!IRISH_CONTEXT.test(text)) return;
  for (const m of allMatches(EIRCODE, text)) push(m.index, m.index + m[0].length, 0.8, 'IE_EIRCODE');
}

export const POSTCODE_RECOGNIZER: Recognizer = {
  name: 'postcode',
  types: ['LOCATION'],
  detect: postcodeDetect,
};
