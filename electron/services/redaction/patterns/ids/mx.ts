// Mexico: CURP, the population registry key (18 characters: name letters, birth date, sex,
// state, consonants, a homonym character and a check digit); RFC, the tax registry number (name
// letters, birth or founding date, two homonym characters and a check digit).
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

// The SAT's check-digit alphabet: a character's value is its index.
const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
/** The generic RFCs of the public at large and of foreigners: no one's. */
const GENERIC_RFC = new Set(['XAXX010101000', 'XEXX010101000']);

/**
 * RFC: four letters for a person (three for a company), the date YYMMDD, two homonym characters and
 * a mod-11 check character over the thirteen (a company's twelve after a leading space).
 */
function rfc(c: string): Verdict | null {
  if ((c.length !== 12 && c.length !== 13) || GENERIC_RFC.has(c)) return null;
  const date = c.slice(-9, -3);
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(date.slice(i, i + 2))) as [number, number, number];
  if (!isValidDate(1900 + yy, mm, dd) && !isValidDate(2000 + yy, mm, dd)) return null;
  const padded = c.length === 12 ? ` ${c}` : c;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const v = RFC_ALPHABET.indexOf(padded[i]!);
    if (v < 0) return null;
    sum += v * (13 - i);
  }
  const r = 11 - (sum % 11);
  const check = r === 11 ? '0' : r === 10 ? 'A' : String(r);
  return check === padded[12] ? TIER.strong : null;
}

export const MX_RECOGNIZERS = [
  idRecognizer({
    subtype: 'MX_CURP',
    labels: ['curp'],
    pattern: '[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]',
    validate: curp,
    context: ['curp', 'clave única de registro de población', 'clave unica de registro de poblacion'],
  }),
  idRecognizer({
    subtype: 'MX_RFC',
    labels: ['rfc'],
    pattern: '[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{2}[0-9A]',
    validate: rfc,
    context: ['rfc', 'registro federal de contribuyentes', 'sat', 'tax id', 'homoclave'],
  }),
];
