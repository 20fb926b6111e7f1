// Norway: fødselsnummer / D-nummer: DDMMYY, individual number, two mod 11 check digits.
import { digits, isDigits, isValidDateAnyCentury, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function mod11Check(d: readonly number[], weights: readonly number[]): number {
  const r = 11 - (weightedSum(d, weights) % 11);
  return r === 11 ? 0 : r;
}

function fodselsnummer(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11) return null;
  let day = Number(c.slice(0, 2));
  let month = Number(c.slice(2, 4));
  if (day > 40) day -= 40; // D-nummer
  if (month > 80)
    month -= 80; // synthetic test numbers
  else if (month > 40) month -= 40; // H-nummer
  if (!isValidDateAnyCentury(Number(c.slice(4, 6)), month, day)) return null;
  const d = digits(c);
  const k1 = mod11Check(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11Check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === d[9] && k2 === d[10] ? TIER.strong : null;
}

export const NO_RECOGNIZERS = [
  idRecognizer({
    subtype: 'NO_FODSELSNUMMER',
    labels: ['fødselsnummer', 'fodselsnummer'],
    pattern: '[0-7][0-9][0-9]{4} ?[0-9]{5}',
    validate: fodselsnummer,
    context: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'd-nummer', 'national identity number'],
  }),
];
