// France: NIR / numéro de sécurité sociale (INSEE), 13 digits and a mod 97 key; VAT number (numéro de
// TVA intracommunautaire); a company's SIREN and an establishment's SIRET (Luhn).
import { isDigits, mod97 } from './checksums';
import { idRecognizer, luhnDigits, TIER, type Verdict } from './define';

function nir(c: string): Verdict | null {
  if (c.length !== 15) return null;
  const month = Number(c.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return null;
  // Corsica: 2A and 2B count as 19 and 18 in the key.
  const body = c
    .slice(0, 13)
    .replace(/^(\d{5})2A/, '$119')
    .replace(/^(\d{5})2B/, '$118');
  if (!isDigits(body) || !isDigits(c.slice(13))) return null;
  return 97 - mod97(body) === Number(c.slice(13)) ? TIER.strong : null;
}

/** VAT number: FR, a two-digit key and the company's SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97. */
function vat(c: string): Verdict | null {
  const key = c.slice(2, 4);
  const siren = c.slice(4);
  if (!isDigits(key) || !isDigits(siren) || siren.length !== 9) return null;
  return Number(key) === (12 + 3 * mod97(siren)) % 97 ? TIER.strong : null;
}

export const FR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'FR_NIR',
    // "Sécu" is how most people say it; the carte Vitale carries the same number.
    labels: [
      'numéro de sécurité sociale',
      'n° de sécurité sociale',
      'nir',
      'numéro de sécu',
      'n° de sécu',
      'n° sécu',
      'carte vitale',
      'numéro de carte vitale',
    ],
    pattern: '[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}',
    validate: nir,
    context: [
      'nir',
      'insee',
      'sécurité sociale',
      'securite sociale',
      'numéro de sécurité sociale',
      'numéro de sécu',
      'n° de sécu',
      'carte vitale',
      'social security',
    ],
  }),
  idRecognizer({
    subtype: 'FR_VAT',
    pattern: 'FR ?[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}',
    wordWithoutDigits: true,
    validate: vat,
    context: ['tva', 'numéro de tva', 'n° tva', 'tva intracommunautaire', 'vat', 'vat number'],
  }),
  idRecognizer({
    subtype: 'FR_SIRET',
    labels: ['siret', 'n° siret', 'numéro siret'],
    pattern: '[0-9]{3} ?[0-9]{3} ?[0-9]{3} ?[0-9]{5}',
    // The SIREN and a 5-digit establishment number, Luhn over all of it.
    validate: luhnDigits(14),
    context: ['siret', 'n° siret', 'numéro siret', 'établissement', 'etablissement'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'FR_SIREN',
    labels: ['siren', 'n° siren', 'numéro siren'],
    pattern: '[0-9]{3} ?[0-9]{3} ?[0-9]{3}',
    validate: luhnDigits(9),
    context: ['siren', 'n° siren', 'numéro siren', 'rcs', 'registre du commerce'],
    requireContext: true,
  }),
];
