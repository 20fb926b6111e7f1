// New Zealand: the IRD number (Inland Revenue), 8 or 9 digits with a mod-11 check digit that falls
// back to a second set of weights when the first gives 10.
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

export const NZ_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NZ_IRD',
    labels: ['ird', 'ird number', 'ird no', 'irdn'],
    pattern: '[0-9]{2,3}-?[0-9]{3}-?[0-9]{3}',
    validate: ird,
    context: ['ird', 'inland revenue', 'tax number', 'tax file', 'irdn', 'new zealand'],
    requireContext: true,
  }),
];
