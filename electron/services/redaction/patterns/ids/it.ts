// Italy: codice fiscale, partita IVA, driver license, identity card, passport.
import { allSame, isDigits, luhn } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

// Values of characters in odd (1st, 3rd, ...) positions: 0-9 share A-J's values.
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const OMOCODE = 'LMNPQRSTUV';
const MONTHS = 'ABCDEHLMPRST';

function charValue(ch: string, odd: boolean): number {
  const code = ch.charCodeAt(0);
  const idx = code >= 48 && code <= 57 ? code - 48 : code - 65;
  return odd ? ODD[idx]! : idx;
}

/** Codice fiscale: 16 characters with birth month letter, day (+40 for women), check letter. */
function fiscalCode(c: string): Verdict | null {
  if (c.length !== 16) return null;
  const num = (s: string) => Number([...s].map((ch) => (OMOCODE.includes(ch) ? OMOCODE.indexOf(ch) : ch)).join(''));
  if (!MONTHS.includes(c[8]!)) return null;
  const day = num(c.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return null;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += charValue(c[i]!, i % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === c[15] ? TIER.strong : null;
}

/** Partita IVA: 11 digits, Luhn check digit, provincial office code 001-100, 120, 121, 888, 999. */
function vat(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || allSame(c.slice(0, 7))) return null;
  const office = Number(c.slice(7, 10));
  if (!((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999))
    return null;
  return luhn(c) ? { score: 0.7, validated: true } : null;
}

const ND = '[0-9LMNPQRSTUV]';

export const IT_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IT_FISCAL_CODE',
    // Also its abbreviations: the shape is the code's own, and a check letter miscopied leaves it personal.
    labels: ['codice fiscale', 'c.f.', 'cod. fiscale', 'cf'],
    pattern: `[A-Z]{6}${ND}{2}[ABCDEHLMPRST]${ND}{2}[A-Z]${ND}{3}[A-Z]`,
    validate: fiscalCode,
    context: ['codice fiscale', 'cod. fiscale', 'c.f.', 'cf', 'fiscal code', 'tax code'],
  }),
  idRecognizer({
    subtype: 'IT_VAT_CODE',
    pattern: '[0-9]{11}',
    validate: vat,
    context: ['partita iva', 'p.iva', 'p. iva', 'piva', 'iva', 'vat', 'codice iva'],
  }),
  idRecognizer({
    subtype: 'IT_DRIVER_LICENSE',
    pattern: '[A-Z]{2}[0-9]{7}[A-Z]|U1[A-Z0-9]{7}[A-Z]',
    validate: (c) => (/[0-9]{2}/.test(c) ? TIER.shape : null),
    context: [
      'patente',
      'patente di guida',
      'driver license',
      'driving licence',
      'driving license',
      'license',
      'licence',
    ],
  }),
  idRecognizer({
    subtype: 'IT_IDENTITY_CARD',
    pattern: '[A-Z]{2} ?[0-9]{7}|[A-Z]{2}[0-9]{5}[A-Z]{2}|[0-9]{7}[A-Z]{2}',
    wordWithoutDigits: true,
    validate: () => TIER.weak,
    context: [
      "carta d'identità",
      "carta d'identita",
      'carta di identità',
      'carta identità',
      'documento di identità',
      'identity card',
      'id card',
      'cie',
    ],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'IT_PASSPORT',
    pattern: '[A-Z]{2}[0-9]{7}',
    validate: () => TIER.weak,
    context: ['passaporto', 'numero di passaporto', 'passport'],
    requireContext: true,
  }),
];
