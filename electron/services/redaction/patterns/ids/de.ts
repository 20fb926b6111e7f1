// Germany: Steuer-IdNr, passport / ID card serial, health insurance number (KVNR), pension
// insurance number (RVNR), doctor number (LANR), VAT ID, a firm's commercial register number.
import { digits, digitSum, isDigits, isValidDateAnyCentury, iso7064Mod11_10, weightedSum } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, type Verdict } from './define';

/**
 * Steuerliche Identifikationsnummer: 11 digits, no leading 0, ISO 7064 MOD 11,10 check digit.
 * In the first ten digits at most one digit repeats (twice, or three times but not three in a
 * row); the others appear at most once.
 */
function taxId(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || c[0] === '0') return null;
  const counts = new Map<string, number>();
  for (const ch of c.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length > 1 || (repeated[0] ?? 0) > 3) return null;
  if (repeated[0] === 3 && /(\d)\1\1/.test(c.slice(0, 10))) return null;
  return iso7064Mod11_10(c) ? TIER.strong : null;
}

/** Letter A..Z as 01..26. */
const letterNumber = (ch: string) => String(ch.charCodeAt(0) - 64).padStart(2, '0');

/** Krankenversichertennummer: letter + 8 digits + check digit (Luhn-style weights 1,2 with digit sums). */
function kvnr(c: string): Verdict | null {
  if (!/^[A-Z][0-9]{9}$/.test(c)) return null;
  const d = digits(letterNumber(c[0]!) + c.slice(1, 9));
  let sum = 0;
  d.forEach((x, i) => (sum += digitSum(x * (i % 2 === 0 ? 1 : 2))));
  return sum % 10 === Number(c[9]) ? TIER.strong : null;
}

/**
 * Rentenversicherungsnummer: area (2), birth date DDMMYY (day may carry +50), surname initial,
 * serial (2), check digit over the digits with the letter as 01..26.
 */
function rvnr(c: string): Verdict | null {
  if (!/^[0-9]{8}[A-Z][0-9]{3}$/.test(c)) return null;
  let day = Number(c.slice(2, 4));
  if (day > 50) day -= 50;
  if (!isValidDateAnyCentury(Number(c.slice(6, 8)), Number(c.slice(4, 6)), day)) return null;
  const d = digits(c.slice(0, 8) + letterNumber(c[8]!) + c.slice(9, 11));
  let sum = 0;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  d.forEach((x, i) => (sum += digitSum(x * w[i]!)));
  return sum % 10 === Number(c[11]) ? TIER.strong : null;
}

/** Lebenslange Arztnummer: 6-digit id, check digit (weights 4,9), 2-digit specialty. */
function lanr(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || c.startsWith('000000')) return null;
  const sum = weightedSum(digits(c), [4, 9, 4, 9, 4, 9]);
  return (10 - (sum % 10)) % 10 === Number(c[6]) ? TIER.checksum : null;
}

/** Passport / ID card serial: 9 characters from the document alphabet, letter first. */
function passport(c: string): Verdict | null {
  return /[0-9]/.test(c) ? TIER.shape : null;
}

/** USt-IdNr: DE + 9 digits whose last is an ISO 7064 MOD 11,10 check digit. */
function vat(c: string): Verdict | null {
  const n = c.slice(2);
  return isDigits(n) && n.length === 9 && n[0] !== '0' && iso7064Mod11_10(n) ? TIER.strong : null;
}

// Document serials use digits and the consonants C F G H J K L M N P R T V W X Y Z.
const DOC = '[CFGHJKLMNPRTVWXYZ0-9]';

export const DE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'DE_TAX_ID',
    labels: ['steuer-id', 'steuerid', 'steuer-identifikationsnummer', 'steueridentifikationsnummer'],
    pattern: '[1-9][0-9](?<sep>[ /]?)[0-9]{3}\\k<sep>[0-9]{3}\\k<sep>[0-9]{3}',
    validate: taxId,
    context: [
      'steuer-id',
      'steuerid',
      'steuer-idnr',
      'steueridentifikationsnummer',
      'steuerliche identifikationsnummer',
      'identifikationsnummer',
      'idnr',
      'tin',
      'tax id',
      'steuernummer',
    ],
  }),
  idRecognizer({
    subtype: 'DE_HEALTH_INSURANCE',
    pattern: '[A-Z][0-9]{9}',
    validate: kvnr,
    labels: ['kvnr', 'krankenversichertennummer', 'versichertennummer', 'versichertennr', 'versicherten-nr'],
    context: [
      'kvnr',
      'krankenversichertennummer',
      'versichertennummer',
      'versichertennr',
      'versicherten-nr',
      'krankenkasse',
      'egk',
      'egk-nummer',
      'health insurance',
    ],
  }),
  idRecognizer({
    subtype: 'DE_SOCIAL_SECURITY',
    pattern: '[0-9]{2} ?[0-9]{6} ?[A-Z] ?[0-9]{3}',
    wordWithoutDigits: true,
    validate: rvnr,
    // The shape (area, birth date, initial, serial) is distinctive enough to report after its name
    // when the check digit fails, a typo's or a made-up example's.
    labels: ['rvnr', 'rentenversicherungsnummer', 'sozialversicherungsnummer', 'versicherungsnummer', 'svnr'],
    context: [
      'rvnr',
      'rentenversicherungsnummer',
      'sozialversicherungsnummer',
      'sozialversicherungsausweis',
      'versicherungsnummer',
      'svnr',
      'social security',
    ],
  }),
  idRecognizer({
    subtype: 'DE_LANR',
    pattern: '[0-9]{9}',
    validate: lanr,
    context: ['lanr', 'arztnummer', 'lebenslange arztnummer', 'arzt-nr', 'physician number'],
  }),
  idRecognizer({
    subtype: 'DE_PASSPORT',
    pattern: `[CFGHJKLMNPRTVWXYZ]${DOC}{8}`,
    validate: passport,
    context: [
      'reisepass',
      'reisepassnummer',
      'pass-nr',
      'passnummer',
      'passport',
      'personalausweis',
      'ausweisnummer',
      'ausweis',
      'dokumentennummer',
    ],
  }),
  idRecognizer({
    subtype: 'DE_VAT_ID',
    pattern: 'DE ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}',
    wordWithoutDigits: true,
    validate: vat,
    context: ['ust-idnr', 'ust-id', 'umsatzsteuer-identifikationsnummer', 'vat', 'vat id', 'ustid'],
  }),
  // A firm's number in the commercial register, after its division (HRB for companies, HRA for
  // partnerships), as a letter's footer gives it: "Sitz: Stuttgart, HRB 723145". No check digit.
  namedIdRecognizer({
    subtype: 'DE_COMMERCIAL_REGISTER',
    names: ['hrb', 'hra', 'handelsregister', 'handelsregisternummer'],
    pattern: '[0-9]{3,6}',
  }),
];
