// United Kingdom: NHS number, National Insurance number, Unique Taxpayer Reference, passport, driving
// licence, vehicle registration.
import { allSame, digits, isDigits, isPlaceholder, isValidDateAnyCentury, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/**
 * NHS number: weights 10..2, check = 11 - sum mod 11 (11 -> 0, 10 -> invalid). Numbers are issued from
 * 400…, 600… and 700… (England and Wales), 320… to 399… (Northern Ireland) and 9… (test numbers);
 * Scotland's CHI number, checked the same way, opens with the birth date (DDMMYY). A number outside
 * those passes the check one time in eleven and is more likely a phone number ("082 555 1234",
 * "212 555 0147"): it waits for a word. So does one written with dashes that is a North American phone
 * number's shape (area code and exchange opening with 2-9: "917-555-0148", New York's area code opens
 * with 9); NHS numbers are printed with spaces, and "401-023-2137" has no exchange of a phone.
 */
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;
function nhs(compact: string, raw: string): Verdict | null {
  if (!isDigits(compact) || compact.length !== 10 || allSame(compact)) return null;
  const d = digits(compact);
  let check = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  if (check === 10 || check !== d[9]) return null;
  const issued =
    d[0] === 4 ||
    d[0] === 6 ||
    d[0] === 7 ||
    d[0] === 9 ||
    (d[0] === 3 && d[1]! >= 2) ||
    isValidDateAnyCentury(Number(compact.slice(4, 6)), Number(compact.slice(2, 4)), Number(compact.slice(0, 2)));
  return issued && !(raw.includes('-') && NANP.test(compact)) ? TIER.checksum : TIER.quietChecksum;
}

/**
 * VAT registration number: GB and 9 digits, the first seven weighted 8..2 and summed with the last two
 * read as a number, which gives 0 mod 97 (or -55 for numbers issued since 2010). A branch adds 3 digits.
 */
function vat(c: string): Verdict | null {
  const n = c.slice(2);
  if (!isDigits(n) || (n.length !== 9 && n.length !== 12) || allSame(n.slice(0, 9))) return null;
  const d = digits(n);
  const total = weightedSum(d, [8, 7, 6, 5, 4, 3, 2]) + 10 * d[7]! + d[8]!;
  return total % 97 === 0 || (total + 55) % 97 === 0 ? TIER.strong : null;
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function nino(compact: string, raw: string): Verdict | null {
  if (NINO_BAD_PREFIX.has(compact.slice(0, 2))) return null;
  // Prefix rules leave a specific shape; the grouped form "AB 12 34 56 C" is the printed one.
  return { score: /\s/.test(raw) ? 0.5 : 0.45, validated: false };
}

/**
 * Driving licence number: 5 surname letters (padded with 9), decade digit, month (+50 for
 * women), day, year digit, 2 initials (padded with 9), a digit, 2 check characters.
 */
function drivingLicence(c: string): Verdict | null {
  if (!/^[A-Z]+9*$/.test(c.slice(0, 5))) return null;
  if (!/^[A-Z]9?$|^[A-Z]{2}$/.test(c.slice(11, 13))) return null;
  let month = Number(c.slice(6, 8));
  if (month > 50) month -= 50;
  const day = Number(c.slice(8, 10));
  const yy = Number(c[5]) * 10 + Number(c[10]);
  return isValidDateAnyCentury(yy, month, day) ? TIER.structured : null;
}

/** The latest age identifiers in use: March plates carry YY, September plates YY + 50. */
function ageIdentifierValid(age: number, now = new Date()): boolean {
  const yy = now.getUTCFullYear() % 100;
  return (age >= 2 && age <= yy) || (age >= 51 && age <= Math.min(99, yy + 50));
}

function currentPlate(c: string): Verdict | null {
  return ageIdentifierValid(Number(c.slice(2, 4))) ? { score: 0.45, validated: false } : null;
}

const PLATE_CONTEXT = [
  'reg',
  'registration',
  'reg no',
  'registration number',
  'number plate',
  'plate',
  'plates',
  'licence plate',
  'license plate',
  'vehicle',
  'vehicles',
  'car',
  'vrm',
  'dvla',
];

// Letters used on current plates: no I, Q or Z in the memory tag, no I or Q in the random part.
const TAG = '[A-HJ-PR-Y]';
const RANDOM = '[A-HJ-PR-Z]';
// Suffix/prefix year letters: never I, O, Q, U or Z.
const YEAR = '[A-HJ-NP-TV-Y]';

/**
 * Unique Taxpayer Reference: ten digits, the first a check digit over the other nine (weights 6, 7, 8,
 * 9, 10, 5, 4, 3, 2; the sum's remainder mod 11 indexes the check), with HMRC's K before or after it or
 * not. Reported near its names only: ten digits are also a phone's.
 */
const UTR_CHECK = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
function utr(raw: string): Verdict | null {
  // HMRC's forms also write it with a K before or after ("2234567890K").
  const compact = raw.replace(/^K|K$/, '');
  if (!isDigits(compact) || compact.length !== 10 || allSame(compact) || isPlaceholder(compact)) return null;
  const d = digits(compact);
  return UTR_CHECK[weightedSum(d.slice(1), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] === d[0] ? TIER.strong : null;
}

export const UK_RECOGNIZERS = [
  idRecognizer({
    subtype: 'UK_NHS',
    labels: ['nhs number', 'nhs no', 'nhs'],
    pattern: '[0-9]{3}(?<sep>[\\- ]?)[0-9]{3}\\k<sep>[0-9]{4}',
    validate: nhs,
    context: ['nhs', 'nhs number', 'nhs no', 'national health service', 'health service'],
    // Named, a number in a phone's shape is the NHS number over the phone ("Her NHS record lists 415-555-0199").
    contextBoost: 0.5,
  }),
  idRecognizer({
    subtype: 'GB_VAT',
    pattern: 'GB ?[0-9]{3} ?[0-9]{4} ?[0-9]{2}(?: ?[0-9]{3})?',
    wordWithoutDigits: true,
    validate: vat,
    context: ['vat', 'vat no', 'vat number', 'vat reg', 'vat registration', 'vat registration number'],
  }),
  idRecognizer({
    subtype: 'UK_UTR',
    labels: ['utr', 'unique taxpayer reference', 'self assessment utr', 'sa utr'],
    pattern: 'K?[0-9]{5} ?[0-9]{5}K?',
    validate: utr,
    context: ['utr', 'unique taxpayer reference', 'taxpayer reference', 'self assessment', 'hmrc'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'UK_NINO',
    pattern: '[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2}(?<sep> ?)[0-9]{2}\\k<sep>[0-9]{2} ?[A-D]',
    wordWithoutDigits: true,
    validate: nino,
    context: ['nino', 'national insurance', 'national insurance number', 'ni number', 'ni no', 'insurance number'],
  }),
  idRecognizer({
    subtype: 'UK_PASSPORT',
    pattern: '[A-Z]{2}[0-9]{7}|[0-9]{9}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: ['passport', 'passport number', 'passport no', 'passport#', 'hm passport'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'UK_DRIVING_LICENCE',
    pattern: '[A-Z][A-Z9]{4}[0-9]{6}[A-Z9]{2}[0-9][A-Z0-9]{2}',
    validate: drivingLicence,
    context: ['driving licence', 'driving license', 'driver licence', 'licence', 'license', 'dvla', 'driver number'],
  }),
  idRecognizer({
    subtype: 'UK_VEHICLE_REGISTRATION',
    pattern: `${TAG}${TAG}[0-9]{2}[ \\-]?${RANDOM}{3}`,
    wordWithoutDigits: true,
    validate: currentPlate,
    context: PLATE_CONTEXT,
  }),
  idRecognizer({
    // 1983-2001 prefix plates (A123 BCD) and 1963-1983 suffix plates (ABC 123D).
    subtype: 'UK_VEHICLE_REGISTRATION',
    variant: 'pre-2001',
    caseSensitive: true,
    pattern: `${YEAR}[1-9][0-9]{0,2} ?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3} ?[1-9][0-9]{0,2}${YEAR}`,
    wordWithoutDigits: true,
    validate: () => TIER.shape,
    context: PLATE_CONTEXT,
  }),
  idRecognizer({
    // A doctor's registration with the General Medical Council: seven digits, no check digit.
    subtype: 'UK_GMC',
    labels: ['gmc number', 'gmc no', 'gmc no.', 'gmc #', 'gmc reference number'],
    pattern: '[0-9]{7}',
    validate: (c) => (c.length === 7 && !isPlaceholder(c) ? TIER.shape : null),
    context: ['gmc', 'gmc number', 'gmc no', 'general medical council'],
    requireContext: true,
  }),
];
