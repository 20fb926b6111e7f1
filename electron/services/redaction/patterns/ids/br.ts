// Brazil: CPF (people) and CNPJ (companies), each with two mod-11 check digits.
import { allSame, digits, isPlaceholder, weightedSum } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, type Verdict } from './define';

/** A mod-11 check digit as CPF and CNPJ compute it: 0 for remainders 0 and 1, else 11 - r. */
const check11 = (sum: number) => (sum % 11 < 2 ? 0 : 11 - (sum % 11));

function cpfValid(c: string): boolean {
  const d = digits(c);
  if (d.length !== 11 || allSame(c)) return false;
  return (
    check11(weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2])) === d[9] &&
    check11(weightedSum(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2])) === d[10]
  );
}

/**
 * The written form (529.982.247-25) is a CPF; eleven bare digits pass both checks one time in a
 * hundred, and Brazilian mobile numbers are eleven digits too, so those need the word "CPF".
 */
function cpf(c: string, raw: string): Verdict | null {
  if (!cpfValid(c)) return null;
  return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(raw) ? TIER.strong : TIER.quietChecksum;
}

function cnpj(c: string, raw: string): Verdict | null {
  const d = digits(c);
  if (d.length !== 14 || allSame(c)) return null;
  const w = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  if (check11(weightedSum(d, w)) !== d[12] || check11(weightedSum(d, [6, ...w])) !== d[13]) return null;
  return /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/.test(raw) ? TIER.strong : TIER.quietChecksum;
}

export const BR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'BR_CPF',
    labels: ['cpf'],
    pattern: '[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3}-?[0-9]{2}',
    validate: cpf,
    context: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'nº do cpf'],
  }),
  idRecognizer({
    subtype: 'BR_CNPJ',
    labels: ['cnpj'],
    pattern: '[0-9]{2}\\.?[0-9]{3}\\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}',
    validate: cnpj,
    context: ['cnpj', 'cadastro nacional da pessoa jurídica'],
  }),
  // The RG (identity card) is issued by each state, with its own check digit or none: only where named.
  namedIdRecognizer({
    subtype: 'BR_RG',
    names: ['rg', 'registro geral', 'carteira de identidade'],
    nearby: ['identidade', 'ssp'],
    pattern: '[0-9]{1,2}\\.?[0-9]{3}\\.?[0-9]{3}-?[0-9X]',
    valid: (c) => c.length >= 8 && !isPlaceholder(c.slice(0, -1)),
  }),
];
