// Belgium: national register number (rijksregisternummer / numéro de registre national).
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
];
