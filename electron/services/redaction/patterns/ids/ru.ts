// Russia: INN (taxpayer number; 10 digits for an organisation, 12 for a person, with one or two
// check digits) and SNILS (pension insurance number, 11 digits, a mod 101 key).
import { digits, isDigits, isPlaceholder } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const INN_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The check digit over the first weights.length digits: weighted sum mod 11, mod 10. */
function innKey(d: readonly number[], weights: readonly number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11) % 10;
}

function inn(c: string): Verdict | null {
  if (!isDigits(c) || isPlaceholder(c)) return null;
  const d = digits(c);
  if (c.length === 10) return innKey(d, INN_10) === d[9] ? TIER.checksum : null;
  if (c.length === 12) return innKey(d, INN_11) === d[10] && innKey(d, INN_12) === d[11] ? TIER.strong : null;
  return null;
}

function snils(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || isPlaceholder(c.slice(0, 9))) return null;
  const d = digits(c);
  const sum = d.slice(0, 9).reduce((acc, x, i) => acc + x * (9 - i), 0);
  const key = sum < 100 ? sum : sum <= 101 ? 0 : (sum % 101) % 100;
  return key === Number(c.slice(9)) ? TIER.checksum : null;
}

export const RU_RECOGNIZERS = [
  idRecognizer({
    subtype: 'RU_INN',
    labels: ['инн', 'inn'],
    pattern: '[0-9]{12}|[0-9]{10}',
    validate: inn,
    context: ['инн', 'inn', 'идентификационный номер налогоплательщика', 'taxpayer', 'tax id', 'tin'],
    requireContext: true,
  }),
  idRecognizer({
    subtype: 'RU_SNILS',
    labels: ['снилс', 'snils'],
    pattern: '[0-9]{3}-?[0-9]{3}-?[0-9]{3}[ -]?[0-9]{2}',
    validate: snils,
    context: ['снилс', 'snils', 'страховой номер', 'pension insurance'],
    requireContext: true,
  }),
];
