// Mexico: CURP, the population registry key (18 characters: name letters, birth date, sex,
// state, consonants, a homonym character and a check digit).
import { isValidDate } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const STATES = new Set(
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '),
);

function curp(c: string): Verdict | null {
  if (c.length !== 18 || !STATES.has(c.slice(11, 13))) return null;
  // The 17th character is a digit for people born before 2000 and a letter after.
  const yy = Number(c.slice(4, 6));
  const year = (/[0-9]/.test(c[16]!) ? 1900 : 2000) + yy;
  if (!isValidDate(year, Number(c.slice(6, 8)), Number(c.slice(8, 10)))) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(c[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(c[17]) ? TIER.strong : null;
}

export const MX_RECOGNIZERS = [
  idRecognizer({
    subtype: 'MX_CURP',
    labels: ['curp'],
    pattern: '[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]',
    validate: curp,
    context: ['curp', 'clave única de registro de población', 'clave unica de registro de poblacion'],
  }),
];
