// India: PAN, Aadhaar (Verhoeff), passport, voter ID (EPIC), GSTIN, vehicle registration.
import { allSame, verhoeff } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, type Verdict } from './define';

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GSTIN check character: weights 1,2 alternating in base 36, carries folded back in. */
export function gstinCheck(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = ALNUM36.indexOf(first14[i]!);
    if (v < 0) return '';
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return ALNUM36[(36 - (sum % 36)) % 36]!;
}

function gstin(c: string): Verdict | null {
  return gstinCheck(c.slice(0, 14)) === c[14] ? TIER.strong : null;
}

function aadhaar(c: string): Verdict | null {
  if (allSame(c.slice(1)) || !verhoeff(c)) return null;
  return { score: 0.75, validated: true };
}

const STATES =
  'AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB';
// The fourth PAN letter is the holder type (person, company, HUF, firm, trust, ...).
const PAN = '[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]';

export const IN_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IN_PAN',
    pattern: PAN,
    caseSensitive: true,
    validate: () => ({ score: 0.45, validated: false }),
    context: ['pan', 'pan card', 'pan number', 'pan no', 'permanent account number', 'income tax'],
  }),
  idRecognizer({
    subtype: 'IN_AADHAAR',
    labels: ['aadhaar', 'aadhar'],
    pattern: '[2-9][0-9]{3}(?<sep>[ \\-:]?)[0-9]{4}\\k<sep>[0-9]{4}',
    validate: aadhaar,
    context: ['aadhaar', 'aadhar', 'adhaar', 'uid', 'uidai', 'आधार'],
  }),
  idRecognizer({
    subtype: 'IN_PASSPORT',
    pattern: '[A-PR-WY][1-9][0-9] ?[0-9]{4}[1-9]',
    validate: () => TIER.weak,
    context: ['passport', 'passport number', 'passport no', 'passport#'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'IN_VOTER',
    pattern: '[A-Z]{3}[0-9]{7}',
    validate: () => TIER.weak,
    context: ['voter', 'voter id', 'vote', 'epic', 'epic number', 'election', 'electoral'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'IN_GSTIN',
    labels: ['gstin', 'gst', 'gst registration'],
    pattern: '(?:0[1-9]|[12][0-9]|3[0-8])[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]',
    validate: gstin,
    context: ['gstin', 'gst', 'gst number', 'gst registration', 'gstin number'],
  }),
  idRecognizer({
    subtype: 'IN_VEHICLE_REGISTRATION',
    pattern: `(?:${STATES})[ \\-]?[0-9]{1,2}[ \\-]?[A-Z]{1,3}[ \\-]?[0-9]{4}`,
    wordWithoutDigits: true,
    validate: () => TIER.shape,
    context: [
      'vehicle',
      'registration',
      'registration number',
      'number plate',
      'plate',
      'bike',
      'car',
      'rc',
      'scooter',
    ],
  }),
  // A bank branch's IFSC, which an account number travels with: four letters (the bank), a zero, six
  // letters or digits (the branch). Only where named: "IFSC HDFC0000240".
  namedIdRecognizer({
    subtype: 'IN_IFSC',
    names: ['ifsc', 'ifsc code', 'ifs code'],
    pattern: '[A-Z]{4}0[A-Z0-9]{6}',
    caseSensitive: true,
  }),
];
