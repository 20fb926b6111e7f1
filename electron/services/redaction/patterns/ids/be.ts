// Belgium: national register number (rijksregisternummer / numéro de registre national); VAT number
// (BTW / TVA, the enterprise number with BE before it).
import { isDigits, isValidDateAnyCentury, mod97 } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function nationalNumber(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11) return null;
  const mm = Number(c.slice(2, 4)) % 20; // +20 / +40 for BIS numbers
  const dd = Number(c.slice(4, 6));
  // Date parts may be 00 when the birth date is unknown.
  if (mm !== 0 && dd !== 0 && !isValidDateAnyCentury(Number(c.slice(0, 2)), mm, dd)) return null;
  if (mm > 12 || dd > 31) return null;
  const check = Number(c.slice(9));
  const body = c.slice(0, 9);
  // Born in 2000 or later: the key is computed over "2" + the first nine digits.
  if (97 - mod97(body) === check || 97 - mod97('2' + body) === check) return TIER.strong;
  return null;
}

/** VAT number: BE and the 10-digit enterprise number (0 or 1 first), whose last two are 97 - (first eight mod 97). */
function vat(c: string): Verdict | null {
  let n = c.slice(2);
  if (n.length === 9) n = '0' + n; // written before 2007, without the leading 0
  if (!isDigits(n) || n.length !== 10 || n[0]! > '1') return null;
  return 97 - mod97(n.slice(0, 8)) === Number(n.slice(8)) ? TIER.strong : null;
}

export const BE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'BE_NATIONAL_NUMBER',
    labels: ['rijksregisternummer', 'numéro de registre national'],
    pattern: '[0-9]{2}(?<sep>\\.?)[0-9]{2}\\k<sep>[0-9]{2}[\\- ]?[0-9]{3}\\.?[0-9]{2}',
    validate: nationalNumber,
    context: [
      'rijksregisternummer',
      'rijksregister',
      'numéro national',
      'numéro de registre national',
      'registre national',
      'national number',
      'national register',
      'insz',
      'niss',
    ],
  }),
  idRecognizer({
    subtype: 'BE_VAT',
    pattern: 'BE ?[01]?[0-9]{3}[. ]?[0-9]{3}[. ]?[0-9]{3}',
    wordWithoutDigits: true,
    validate: vat,
    context: [
      'btw',
      'btw-nummer',
      'tva',
      'numéro de tva',
      'vat',
      'vat number',
      'ondernemingsnummer',
      "numéro d'entreprise",
    ],
  }),
];
