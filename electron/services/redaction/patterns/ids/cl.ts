// Chile: RUT / RUN, the tax and national number (7 or 8 digits and a mod-11 check character, 0-9 or K).
import { digits, isPlaceholder } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/** The RUT check character of a body of digits: weights 2..7 from the right, 11 -> 0, 10 -> K. */
export function rutCheck(body: string): string {
  const d = digits(body).reverse();
  let sum = 0;
  for (let i = 0; i < d.length; i++) sum += d[i]! * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'K' : String(r);
}

function rut(c: string, raw: string): Verdict | null {
  if (!/^[0-9]{7,8}[0-9K]$/.test(c) || isPlaceholder(c) || rutCheck(c.slice(0, -1)) !== c.slice(-1)) return null;
  // Written the Chilean way ("12.345.678-5"), the shape is as telling as the check character; bare
  // digits pass one time in eleven and wait for a word.
  return /^[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk]$/.test(raw) ? TIER.checksum : TIER.quietChecksum;
}

export const CL_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CL_RUT',
    labels: ['rut'],
    pattern: '[0-9]{1,2}\\.?[0-9]{3}\\.?[0-9]{3}-?[0-9Kk]',
    validate: rut,
    context: ['rut', 'run', 'rol único tributario', 'rol unico tributario', 'rol único nacional', 'cédula', 'cedula'],
  }),
];
