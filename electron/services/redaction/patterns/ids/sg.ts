// Singapore: NRIC / FIN (check letter) and UEN (entity number, check letter).
import { digits, isDigits, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const NRIC_TABLES: Record<string, { offset: number; letters: string }> = {
  S: { offset: 0, letters: 'JZIHGFEDCBA' },
  T: { offset: 4, letters: 'JZIHGFEDCBA' },
  F: { offset: 0, letters: 'XWUTRQPNMLK' },
  G: { offset: 4, letters: 'XWUTRQPNMLK' },
  M: { offset: 3, letters: 'XWUTRQPNJLK' },
};

function nric(c: string): Verdict | null {
  const t = NRIC_TABLES[c[0]!];
  const body = c.slice(1, 8);
  if (!t || !isDigits(body)) return null;
  const r = (weightedSum(digits(body), [2, 7, 6, 5, 4, 3, 2]) + t.offset) % 11;
  return t.letters[r] === c[8] ? TIER.strong : null;
}

/** UEN: businesses (8 digits + letter), local companies (YYYY + 5 digits + letter), others. */
function uen(c: string): Verdict | null {
  if (/^[0-9]{8}[A-Z]$/.test(c)) {
    const r = weightedSum(digits(c.slice(0, 8)), [10, 4, 9, 3, 8, 2, 7, 1]) % 11;
    return 'XMKECAWLJDB'[r] === c[8] ? TIER.strong : null;
  }
  if (/^[0-9]{9}[A-Z]$/.test(c)) {
    const year = Number(c.slice(0, 4));
    if (year < 1800 || year > new Date().getUTCFullYear()) return null;
    const r = weightedSum(digits(c.slice(0, 9)), [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11;
    return 'ZKCMDNERGWH'[r] === c[9] ? TIER.strong : null;
  }
  if (/^[RST][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z]$/.test(c)) {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';
    const w = [4, 3, 5, 3, 10, 2, 2, 5, 7];
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      const v = alphabet.indexOf(c[i]!);
      if (v < 0) return null;
      sum += v * w[i]!;
    }
    const idx = (sum - 5) % 11;
    return alphabet[(idx + 11) % 11] === c[9] ? TIER.strong : null;
  }
  return null;
}

export const SG_RECOGNIZERS = [
  idRecognizer({
    subtype: 'SG_NRIC_FIN',
    labels: ['nric'],
    pattern: '[STFGM][0-9]{7}[A-Z]',
    validate: nric,
    context: ['nric', 'fin', 'ic number', 'identity card', 'nric number', 'nric no'],
  }),
  idRecognizer({
    subtype: 'SG_UEN',
    labels: ['uen'],
    pattern: '[0-9]{8,9}[A-Z]|[RST][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z]',
    validate: uen,
    context: ['uen', 'unique entity number', 'acra', 'business registration'],
  }),
];
