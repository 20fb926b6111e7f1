// United States: SSN, ITIN, passport, driver license, bank account, ABA routing, NPI, MBI, DEA.
import { allSame, digits, isDigits, isPlaceholder, luhn, weightedSum } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

/** Values published as examples or misused so widely that they are not anybody's number. */
const SSN_SAMPLES = new Set(['078051120', '123456789', '219099999', '457555462']);

/** Score by how the nine digits are written: the dashed form is the recognisable one. */
function byFormat(raw: string, dashed: number, spaced: number, bare: number): number {
  if (raw.includes('-')) return dashed;
  if (/[ .]/.test(raw)) return spaced;
  return bare;
}

function ssn(compact: string, raw: string): Verdict | null {
  if (!isDigits(compact) || compact.length !== 9 || allSame(compact)) return null;
  const area = compact.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return null;
  if (compact.slice(3, 5) === '00' || compact.slice(5) === '0000') return null;
  if (SSN_SAMPLES.has(compact)) return withScore(TIER.weak, 0.05);
  return { score: byFormat(raw, 0.6, 0.5, 0.3), validated: false };
}

function itin(compact: string, raw: string): Verdict | null {
  if (!isDigits(compact) || compact.length !== 9 || compact[0] !== '9') return null;
  const g = Number(compact.slice(3, 5));
  const ok = (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
  if (!ok) return null;
  return { score: byFormat(raw, 0.6, 0.5, 0.3), validated: false };
}

/** ABA routing transit number: Federal Reserve prefix and the 3-7-1 checksum. */
function aba(compact: string, raw: string): Verdict | null {
  if (!isDigits(compact) || compact.length !== 9 || allSame(compact)) return null;
  const p = Number(compact.slice(0, 2));
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return null;
  if (weightedSum(digits(compact), [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 !== 0) return null;
  return withScore(TIER.checksum, raw.includes('-') ? 0.7 : TIER.checksum.score);
}

/** National Provider Identifier: Luhn over the number prefixed with 80840. */
function npi(compact: string): Verdict | null {
  if (!isDigits(compact) || compact.length !== 10 || allSame(compact.slice(1, 9))) return null;
  return luhn('80840' + compact) ? TIER.checksum : null;
}

/** DEA registration: (d1+d3+d5) + 2(d2+d4+d6) ends in the check digit. */
function dea(compact: string): Verdict | null {
  const d = digits(compact.slice(2));
  if (d.length !== 7 || d.some((x) => x < 0 || x > 9) || allSame(compact.slice(2, 8))) return null;
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === d[6]! ? TIER.checksum : null;
}

/** EIN prefixes the IRS assigns (campus and internet codes). */
const EIN_PREFIXES = new Set(
  (
    '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 ' +
    '40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 ' +
    '75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'
  ).split(' '),
);

const DL_CONTEXT = [
  'driver license',
  'driver licence',
  "driver's license",
  "driver's licence",
  'drivers license',
  'drivers licence',
  'driving license',
  'driving licence',
  'dl',
  'dl#',
  'dln',
  'license number',
  'licence number',
  'license no',
  'license #',
  'lic',
  'lic#',
];

// MBI letters: A-Z without S, L, O, I, B, Z.
const MBI_A = '[AC-HJKMNP-RT-Y]';
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]';

export const US_RECOGNIZERS = [
  idRecognizer({
    subtype: 'US_SSN',
    labels: ['ssn', 'social security number', 'social security no', 'social security #'],
    pattern: '[0-9]{3}(?<sep>[\\- .]?)[0-9]{2}\\k<sep>[0-9]{4}',
    validate: ssn,
    context: ['ssn', 'ssns', 'ssn#', 'ss#', 'social security', 'social security number', 'social sec'],
  }),
  idRecognizer({
    subtype: 'US_ITIN',
    labels: ['itin'],
    pattern: '9[0-9]{2}(?<sep>[\\- .]?)[0-9]{2}\\k<sep>[0-9]{4}',
    validate: itin,
    context: ['itin', 'individual taxpayer', 'taxpayer identification', 'taxpayer id', 'tax id', 'tin'],
  }),
  // The Alien Registration Number (A-Number) of USCIS: an A and 8 or 9 digits, on green cards and
  // I-9 forms. No check digit, so only where named.
  idRecognizer({
    subtype: 'US_A_NUMBER',
    labels: ['a-number', 'a number', 'alien number', 'alien registration number', 'uscis number', 'uscis #', 'a#'],
    pattern: '(?:A-?)?[0-9]{8,9}|(?:A-?)?[0-9]{3}-[0-9]{3}-[0-9]{3}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.shape),
    context: ['a-number', 'alien registration', 'alien number', 'uscis', 'green card', 'permanent resident', 'a#'],
    requireContext: true,
  }),
  // A USCIS case's receipt number: its service centre's three letters and ten digits ("WAC2190012345"
  // on an I-797 notice). The centres' codes make the shape rare enough to stand alone.
  idRecognizer({
    subtype: 'US_USCIS_RECEIPT',
    pattern: '(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)[0-9]{10}',
    caseSensitive: true,
    validate: (c) => (isPlaceholder(c.slice(3)) ? null : withScore(TIER.shape, 0.55)),
    context: ['receipt', 'receipt number', 'uscis', 'case number', 'i-797', 'notice'],
  }),
  idRecognizer({
    subtype: 'US_PASSPORT',
    pattern: '[A-Z]?[0-9]{8,9}',
    validate: (c) => (c.length === 9 && !isPlaceholder(c) ? TIER.weak : null),
    context: ['passport', 'passport number', 'passport no', 'passport#', 'travel document'],
    requireContext: true,
  }),
  // A licence number of a letter or two and digits after the bare word ("driver Kevin Tran, license
  // D1234567"): the rule below needs the kind of licence named, as digits alone are often else.
  idRecognizer({
    subtype: 'US_DRIVER_LICENSE',
    variant: 'LETTERED',
    pattern: '[A-Z]{1,2}[0-9]{5,12}',
    caseSensitive: true,
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: ['license', 'licence'],
    contextBoost: 0.6,
    requireContext: true,
    window: 16,
  }),
  idRecognizer({
    subtype: 'US_DRIVER_LICENSE',
    // State formats vary: letters then digits, digit runs, and dashed or spaced digit groups.
    // Florida's ends in a single digit: "W426-545-30-761-0".
    pattern: '[A-Z]{0,2}[0-9]{2,14}(?:[\\- ][0-9]{1,6}){0,4}|[0-9]{3}[A-Z]{2}[0-9]{4}',
    validate: (c) => {
      const n = c.replace(/[^0-9]/g, '').length;
      return c.length >= 6 && c.length <= 16 && n >= 5 && !isPlaceholder(c) ? TIER.weak : null;
    },
    context: DL_CONTEXT,
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'US_BANK_NUMBER',
    pattern: '[0-9]{8,17}',
    validate: (c) => (isPlaceholder(c) ? null : TIER.weak),
    context: [
      'account number',
      'account no',
      'account #',
      'account',
      'acct',
      'acct#',
      'bank account',
      'checking account',
      'savings account',
      'a/c',
    ],
    requireContext: true,
  }),
  idRecognizer({
    // Employer identification number: a sole proprietor's is as personal as a tax number. No check
    // digit; the two-digit prefix must be one the IRS assigns.
    subtype: 'US_EIN',
    pattern: '[0-9]{2}-[0-9]{7}',
    validate: (c) => (EIN_PREFIXES.has(c.slice(0, 2)) && !isPlaceholder(c) ? TIER.shape : null),
    context: [
      'ein',
      'fein',
      'employer identification',
      'employer id',
      'federal tax id',
      'tax id',
      'tax id number',
      'tin',
    ],
    // Right after these it is the EIN, not a phone number of the same shape.
    labels: ['ein', 'fein', 'employer identification number', 'employer id', 'employer id number'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'ABA_ROUTING_NUMBER',
    labels: ['routing number', 'aba routing', 'aba number', 'routing no', 'routing #'],
    pattern: '[0-9]{9}|[0-9]{4}-[0-9]{4}-[0-9]',
    validate: aba,
    context: ['routing', 'routing number', 'routing no', 'aba', 'aba number', 'rtn', 'abartn', 'transit number'],
  }),
  idRecognizer({
    subtype: 'US_NPI',
    labels: ['npi'],
    pattern: '[12][0-9]{3}(?<sep>[\\- ]?)[0-9]{3}\\k<sep>[0-9]{3}',
    validate: npi,
    context: ['npi', 'national provider', 'provider identifier', 'provider id', 'provider number'],
  }),
  idRecognizer({
    subtype: 'US_MBI',
    pattern: `[1-9]${MBI_A}${MBI_AN}[0-9](?<sep>-?)${MBI_A}${MBI_AN}[0-9]\\k<sep>${MBI_A}{2}[0-9]{2}`,
    // The alphabet and the fixed letter/digit positions make a random match very unlikely.
    validate: () => TIER.structured,
    context: ['mbi', 'medicare', 'medicare id', 'medicare beneficiary', 'beneficiary identifier', 'medicare number'],
  }),
  idRecognizer({
    subtype: 'MEDICAL_LICENSE',
    labels: ['dea number', 'dea no', 'dea #', 'dea registration'],
    pattern: '[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}',
    validate: dea,
    context: [
      'dea',
      'dea number',
      'dea#',
      'dea registration',
      'medical license',
      'certificate',
      'prescriber',
      'license',
    ],
  }),
];
