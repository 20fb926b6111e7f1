// Finland: henkilötunnus (personal identity code): DDMMYY, century sign, individual number,
// check character over the nine digits mod 31.
import { isDigits, isValidDate } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

function hetu(_c: string, raw: string): Verdict | null {
  const v = raw.toUpperCase();
  const century = CENTURY[v[6]!];
  const nine = v.slice(0, 6) + v.slice(7, 10);
  if (century === undefined || !isDigits(nine)) return null;
  if (!isValidDate(century + Number(v.slice(4, 6)), Number(v.slice(2, 4)), Number(v.slice(0, 2)))) return null;
  if (Number(v.slice(7, 10)) < 2) return null;
  return CHECK[Number(nine) % 31] === v[10] ? TIER.strong : null;
}

export const FI_RECOGNIZERS = [
  idRecognizer({
    subtype: 'FI_PERSONAL_IDENTITY_CODE',
    labels: ['henkilötunnus', 'hetu'],
    pattern: '[0-9]{6}[+\\-A-FU-Y][0-9]{3}[0-9A-Y]',
    validate: hetu,
    context: ['henkilötunnus', 'henkilotunnus', 'hetu', 'personal identity code', 'identity code', 'sotu'],
    gluedStart: true,
  }),
];
