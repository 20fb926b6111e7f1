// New Zealand: the IRD number (Inland Revenue), 8 or 9 digits with a mod-11 check digit that falls
// back to a second set of weights when the first gives 10; the NHI number (National Health Index), a
// patient's number in every health record.
import { digits, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const PRIMARY = [3, 2, 7, 6, 5, 4, 3, 2];
const SECONDARY = [7, 4, 3, 2, 5, 2, 7, 6];

/** The check digit of an 8-digit base with `weights`, or 10 when there is none. */
function checkDigit(base: number[], weights: number[]): number {
  const r = weightedSum(base, weights) % 11;
  return r === 0 ? 0 : 11 - r;
}

function ird(c: string): Verdict | null {
  if (c.length < 8 || c.length > 9) return null;
  const n = Number(c);
  // Issued numbers run from 10-000-000 to 150-000-000.
  if (n < 10_000_000 || n > 150_000_000) return null;
  const d = digits(c.padStart(9, '0'));
  const base = d.slice(0, 8);
  let check = checkDigit(base, PRIMARY);
  if (check === 10) check = checkDigit(base, SECONDARY);
  return check !== 10 && check === d[8] ? TIER.checksum : null;
}

/** A letter's value in an NHI: A=1 … Z=24, without I and O. */
const nhiLetter = (c: string) => 'ABCDEFGHJKLMNPQRSTUVWXYZ'.indexOf(c) + 1;

/**
 * An NHI number: three letters, then four digits whose last is a mod-11 check (issued until 2025:
 * ZAA0024, ZAC5361), or two digits and two letters whose last is a mod-23 check letter (ZBN77VL).
 * The first six characters weigh 7 down to 2.
 */
function nhi(c: string): Verdict | null {
  if (c.length !== 7) return null;
  let sum = 0;
  for (let i = 0; i < 6; i++)
    sum += (i < 3 || (i === 5 && /[A-Z]/.test(c[5]!)) ? nhiLetter(c[i]!) : Number(c[i])) * (7 - i);
  if (/[0-9]/.test(c[6]!)) {
    const r = sum % 11;
    // A check of 10 is never issued.
    return r !== 0 && 11 - r === Number(c[6]) ? TIER.checksum : null;
  }
  const r = sum % 23;
  return r !== 0 && 23 - r === nhiLetter(c[6]!) ? TIER.checksum : null;
}

export const NZ_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NZ_IRD',
    labels: ['ird', 'ird number', 'ird no', 'irdn'],
    pattern: '[0-9]{2,3}-?[0-9]{3}-?[0-9]{3}',
    validate: ird,
    context: ['ird', 'inland revenue', 'tax number', 'tax file', 'irdn', 'new zealand'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'NZ_NHI',
    labels: ['nhi', 'nhi number', 'nhi no', 'national health index'],
    pattern: '[A-HJ-NP-Z]{3}[0-9]{2}(?:[0-9]{2}|[A-HJ-NP-Z]{2})',
    caseSensitive: true,
    validate: nhi,
    context: ['nhi', 'national health index', 'patient', 'nz', 'new zealand'],
    requireContext: true,
  }),
];
