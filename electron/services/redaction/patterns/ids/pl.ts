// Poland: PESEL (birth date with century in the month, weights 1-3-7-9 check digit), NIP (tax
// number, mod-11 check digit) and REGON (business register, 9 or 14 digits, mod-11 check digit).
import { allSame, digits, isDigits, isPlaceholder, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/** Month offsets encode the century: +80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s. */
function peselDate(c: string): boolean {
  const yy = Number(c.slice(0, 2));
  const mm = Number(c.slice(2, 4));
  const dd = Number(c.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  // A birth date to come is none: a UK mobile "07700900461" reads as a PESEL of 2207.
  return century !== undefined && century + yy <= new Date().getUTCFullYear() && isValidDate(century + yy, mm % 20, dd);
}

function pesel(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || !peselDate(c)) return null;
  const d = digits(c);
  const check = (10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return check === d[10] ? TIER.strong : null;
}

/** A mod-11 check digit that is never 10 (NIP: such numbers are not issued). */
function nip(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 10 || allSame(c) || isPlaceholder(c)) return null;
  const d = digits(c);
  const check = weightedSum(d, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check === d[9] ? TIER.checksum : null;
}

/** A mod-11 check digit where 10 counts as 0. */
function regon(c: string): Verdict | null {
  if (!isDigits(c) || (c.length !== 9 && c.length !== 14) || allSame(c) || isPlaceholder(c)) return null;
  const d = digits(c);
  const weights = c.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
  const check = (weightedSum(d, weights) % 11) % 10;
  return check === d[c.length - 1] ? TIER.checksum : null;
}

export const PL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'PL_PESEL',
    labels: ['pesel'],
    pattern: '[0-9]{11}',
    validate: pesel,
    context: ['pesel', 'numer pesel', 'nr pesel', 'numer ewidencyjny'],
  }),
  idRecognizer({
    subtype: 'PL_NIP',
    labels: ['nip', 'numer nip', 'nr nip'],
    // Written 123-456-32-18, 123-45-67-819 or as ten digits.
    pattern: '[0-9]{3}-?(?:[0-9]{3}-?[0-9]{2}-?[0-9]{2}|[0-9]{2}-?[0-9]{2}-?[0-9]{3})',
    validate: nip,
    requireContext: true,
    context: ['nip', 'numer nip', 'nr nip', 'numer identyfikacji podatkowej', 'identyfikator podatkowy'],
  }),
  idRecognizer({
    subtype: 'PL_REGON',
    labels: ['regon', 'numer regon', 'nr regon'],
    pattern: '[0-9]{9}(?:[0-9]{5})?',
    validate: regon,
    requireContext: true,
    context: ['regon', 'numer regon', 'nr regon'],
  }),
];
