// Philippines: Tax Identification Number (9 digits with a weighted mod 11 check digit, plus a
// 3-5 digit branch code); the SSS number (2-7-1 digits), only where named.
import { digits, isDigits, weightedSum } from './checksums';
import { idRecognizer, namedIdRecognizer, TIER, withScore, type Verdict } from './define';

function tin(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length < 9) return null;
  const d = digits(c);
  const r = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  if (r === 10 || r !== d[8]) return null;
  // The dashed form with a branch code (000-123-456-000) is how a TIN is written.
  if (c.length > 9 && raw.includes('-')) return TIER.checksum;
  return withScore(TIER.checksum, raw.includes('-') ? 0.45 : 0.3);
}

export const PH_RECOGNIZERS = [
  idRecognizer({
    subtype: 'PH_TIN',
    pattern: '[0-9]{3}(?<sep>[\\- ]?)[0-9]{3}\\k<sep>[0-9]{3}(?:\\k<sep>[0-9]{3,5})?',
    validate: tin,
    context: [
      'tin',
      'tin no',
      'bir',
      'bir tin',
      'tax identification',
      'tax identification number',
      'tax id',
      'taxpayer',
    ],
  }),
  namedIdRecognizer({
    subtype: 'PH_SSS',
    names: ['sss', 'sss no', 'sss number', 'social security system'],
    pattern: '[0-9]{2}-?[0-9]{7}-?[0-9]',
  }),
];
