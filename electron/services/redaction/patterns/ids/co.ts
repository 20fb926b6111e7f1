// Colombia: the cédula de ciudadanía, 6 to 10 digits often grouped by dots ("1.023.456.789"), which has
// no check digit and is reported only where named; and the NIT, the tax number of firms and people,
// nine digits and a check digit after a dash ("900.123.456-8").
import { digits, isPlaceholder } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, type Verdict } from './define';

/** The DIAN's weights, from the NIT's last digit leftwards. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** The NIT's check digit of a body of digits: the weighted sum mod 11, then 11 minus it above 1. */
export function nitCheck(body: string): number {
  const d = digits(body).reverse();
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += d[i]! * NIT_WEIGHTS[i]!;
  const r = sum % 11;
  return r > 1 ? 11 - r : r;
}

function nit(c: string, raw: string): Verdict | null {
  if (!/^[0-9]{9,10}$/.test(c) || isPlaceholder(c.slice(0, -1)) || nitCheck(c.slice(0, -1)) !== Number(c.slice(-1)))
    return null;
  // Written with its dots and dash the shape tells as much as the check digit; bare digits wait for a word.
  return /^[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]$/.test(raw) ? TIER.checksum : TIER.quietChecksum;
}

export const CO_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'CO_CEDULA',
    names: ['cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'c.c.'],
    nearby: ['documento de identidad'],
    pattern: '[0-9]{1,3}(?:\\.[0-9]{3}){1,3}|[0-9]{6,10}',
    valid: (c) => c.length >= 6,
  }),
  idRecognizer({
    subtype: 'CO_NIT',
    labels: ['nit'],
    pattern: '[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3}-[0-9]',
    validate: nit,
    context: ['nit', 'número de identificación tributaria', 'numero de identificacion tributaria', 'dian', 'rut'],
  }),
];
