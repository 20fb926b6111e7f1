// Türkiye: T.C. Kimlik No (two check digits) and vehicle licence plates.
import { digits, isDigits } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function kimlik(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 11 || c[0] === '0') return null;
  const d = digits(c);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d10 === d[9] && d11 === d[10] ? TIER.strong : null;
}

export const TR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'TR_NATIONAL_ID',
    labels: ['tc kimlik', 't.c. kimlik', 'tc kimlik no', 'tckn'],
    pattern: '[1-9][0-9]{10}',
    validate: kimlik,
    context: [
      'tc kimlik',
      't.c. kimlik',
      'kimlik no',
      'kimlik numarası',
      'kimlik numarasi',
      'tckn',
      'tc no',
      'turkish id',
      'national id',
    ],
  }),
  idRecognizer({
    // Province code 01-81, 1-3 letters (no Q, W, X), 2-4 digits.
    subtype: 'TR_LICENSE_PLATE',
    caseSensitive: true,
    pattern: '(?:0[1-9]|[1-7][0-9]|8[01]) ?[A-PR-VYZ]{1,3} ?[0-9]{2,4}',
    wordWithoutDigits: true,
    validate: (c) => (c.length >= 5 ? TIER.shape : null),
    context: [
      'plaka',
      'plakası',
      'plakasi',
      'plaka numarası',
      'araç',
      'arac',
      'license plate',
      'licence plate',
      'number plate',
      'plate',
    ],
  }),
];
