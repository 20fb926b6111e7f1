// Canada: Social Insurance Number (Luhn; never starts with 0 or 8).
import { allSame, isDigits, luhn } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

function sin(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || c[0] === '0' || c[0] === '8' || allSame(c)) return null;
  if (!luhn(c)) return null;
  return /[\s-]/.test(raw) ? withScore(TIER.checksum, 0.65) : TIER.checksum;
}

export const CA_RECOGNIZERS = [
  idRecognizer({
    subtype: 'CA_SIN',
    labels: ['sin', 'social insurance number', "numéro d'assurance sociale"],
    pattern: '[0-9]{3}(?<sep>[\\- ]?)[0-9]{3}\\k<sep>[0-9]{3}',
    validate: sin,
    context: [
      'sin',
      'social insurance',
      'social insurance number',
      'nas',
      "numéro d'assurance sociale",
      'assurance sociale',
    ],
  }),
];
