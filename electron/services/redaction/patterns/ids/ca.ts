// Canada: Social Insurance Number (Luhn; never starts with 0 or 8) and Ontario's health card number
// (ten digits, the last a Luhn check digit, and a two-letter version code).
import { allSame, isDigits, luhn } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

function sin(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 9 || c[0] === '0' || c[0] === '8' || allSame(c)) return null;
  if (!luhn(c)) return null;
  return /[\s-]/.test(raw) ? withScore(TIER.checksum, 0.65) : TIER.checksum;
}

function ontarioHealthCard(c: string): Verdict | null {
  const number = c.slice(0, 10);
  if (!isDigits(number) || !/^(?:[A-Z]{2})?$/.test(c.slice(10)) || allSame(number) || !luhn(number)) return null;
  return TIER.checksum;
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
  idRecognizer({
    subtype: 'CA_ON_HEALTH_CARD',
    labels: ['ohip', 'ohip number', 'health card', 'health card number', 'ontario health card'],
    // 1234-567-897-AB, 1234 567 897 AB, 1234567897.
    pattern: '[0-9]{4}(?<sep>[\\- ]?)[0-9]{3}\\k<sep>[0-9]{3}(?:[\\- ]?[A-Z]{2})?',
    wordWithoutDigits: true,
    validate: ontarioHealthCard,
    requireContext: true,
    context: ['ohip', 'health card', 'health number', 'health insurance number', 'carte santé', 'assurance maladie'],
  }),
];
