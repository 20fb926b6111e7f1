// Argentina: CUIT / CUIL (tax and labour identification): a type prefix, the DNI and a check digit
// (weights 5,4,3,2,7,6,5,4,3,2, mod 11). The DNI itself (7 or 8 digits, often grouped by dots: "DNI
// 30.123.456") has no check digit, so it is reported only where named.
import { digits, isDigits, isPlaceholder, weightedSum } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, type Verdict } from './define';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const PREFIXES = new Set(['20', '23', '24', '25', '26', '27', '30', '33', '34']);

function cuit(c: string, raw: string): Verdict | null {
  if (c.length !== 11 || !isDigits(c) || !PREFIXES.has(c.slice(0, 2)) || isPlaceholder(c.slice(2, 10))) return null;
  const r = 11 - (weightedSum(digits(c), WEIGHTS) % 11);
  if ((r === 11 ? 0 : r) !== Number(c[10])) return null;
  // Written in its three groups (20-17254359-7) the shape is the CUIT's own.
  return /-/.test(raw) ? TIER.strong : TIER.checksum;
}

export const AR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'AR_CUIT',
    labels: ['cuit', 'cuil'],
    pattern: '[0-9]{2}-?[0-9]{8}-?[0-9]',
    validate: cuit,
    context: ['cuit', 'cuil', 'clave única de identificación', 'clave unica de identificacion', 'afip'],
  }),
  namedIdRecognizer({
    subtype: 'AR_DNI',
    names: ['dni', 'd.n.i.', 'documento nacional de identidad'],
    nearby: ['d.n.i', 'documento'],
    pattern: '[0-9]{1,2}\\.?[0-9]{3}\\.?[0-9]{3}',
    valid: (c) => c.length >= 7,
  }),
];
