// Netherlands: BSN (burgerservicenummer), 9 digits and the 11-test; VAT number (btw-id).
import { allSame, digits, isDigits, mod97, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function bsn(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || allSame(c)) return null;
  const sum = weightedSum(digits(c), [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  // About one 9-digit number in eleven passes, so a bare one stays just above the threshold.
  return sum % 11 === 0 ? { score: 0.55, validated: true } : null;
}

/**
 * VAT number (btw-id): NL, 9 digits, B and 2 digits. Since 2020 the whole passes ISO 7064 mod 97 with
 * letters as numbers (N = 23, L = 21, B = 11), as an IBAN does; older ones carry the 11-test of the
 * company's RSIN (weights 9..2, the ninth digit the remainder).
 */
function vat(c: string): Verdict | null {
  const n = c.slice(2, 11);
  if (!isDigits(n) || c[11] !== 'B' || !isDigits(c.slice(12)) || c.length !== 14 || allSame(n)) return null;
  if (mod97(`2321${n}11${c.slice(12)}`) === 1) return TIER.strong;
  const d = digits(n);
  const rest = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return rest !== 10 && rest === d[8] ? TIER.strong : null;
}

export const NL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NL_BSN',
    labels: ['bsn', 'burgerservicenummer'],
    pattern: '[0-9]{9}|[0-9]{4}\\.[0-9]{2}\\.[0-9]{3}',
    validate: bsn,
    context: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'persoonsnummer', 'citizen service number'],
  }),
  idRecognizer({
    subtype: 'NL_VAT',
    pattern: 'NL ?[0-9]{9} ?B ?[0-9]{2}',
    wordWithoutDigits: true,
    validate: vat,
    context: ['btw', 'btw-id', 'btw-nummer', 'btw-identificatienummer', 'omzetbelastingnummer', 'vat', 'vat number'],
  }),
];
