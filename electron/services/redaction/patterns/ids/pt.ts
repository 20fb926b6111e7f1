// Portugal: NIF, the tax number (9 digits, a mod-11 check digit; the first digit says who holds it).
import { digits, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function nif(c: string): Verdict | null {
  if (!/^[1235689][0-9]{8}$/.test(c) && !/^(?:45|7[0-2]|7[4-9])[0-9]{7}$/.test(c)) return null;
  const d = digits(c);
  const r = 11 - (weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  // One check digit over nine digits: about one number in eleven passes, so it waits for a word.
  return (r >= 10 ? 0 : r) === d[8] ? TIER.quietChecksum : null;
}

export const PT_RECOGNIZERS = [
  idRecognizer({
    subtype: 'PT_NIF',
    labels: ['nif', 'número de contribuinte'],
    pattern: '[0-9]{3} ?[0-9]{3} ?[0-9]{3}',
    validate: nif,
    context: ['nif', 'contribuinte', 'número de contribuinte', 'número de identificação fiscal', 'nº contribuinte'],
  }),
];
