// South Korea: resident and foreigner registration numbers, business registration number,
// passport, driver license.
import { digits, isDigits, isValidDate, weightedSum } from './checksums';
import { idRecognizer, TIER, withScore, type Verdict } from './define';

const CENTURY: Record<string, number> = {
  '1': 1900,
  '2': 1900,
  '3': 2000,
  '4': 2000,
  '5': 1900,
  '6': 1900,
  '7': 2000,
  '8': 2000,
};

/**
 * YYMMDD-GNNNNNC. Numbers issued before October 2020 carry a mod 11 check digit (residents:
 * (11 - s mod 11) mod 10, foreigners: (13 - s mod 11) mod 10); later ones are random after the
 * gender digit, so a valid date and gender digit in the dashed form is still reported, with a
 * lower score and without the validated flag.
 */
function registration(genders: string, base: 11 | 13) {
  return (c: string, raw: string): Verdict | null => {
    if (!isDigits(c) || c.length !== 13 || !genders.includes(c[6]!)) return null;
    const century = CENTURY[c[6]!]!;
    if (!isValidDate(century + Number(c.slice(0, 2)), Number(c.slice(2, 4)), Number(c.slice(4, 6)))) return null;
    const d = digits(c);
    const check = (base - (weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
    if (check === d[12]) return TIER.strong;
    return raw.includes('-') ? { score: 0.55, validated: false } : TIER.shape;
  };
}

function brn(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 10) return null;
  const d = digits(c);
  const sum = weightedSum(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]) + Math.floor((d[8]! * 5) / 10);
  if ((10 - (sum % 10)) % 10 !== d[9]) return null;
  return raw.includes('-') ? withScore(TIER.checksum, 0.8) : TIER.checksum;
}

export const KR_RECOGNIZERS = [
  idRecognizer({
    subtype: 'KR_RRN',
    labels: ['rrn', 'resident registration number'],
    pattern: '[0-9]{6}-?[0-9]{7}',
    validate: registration('1234', 11),
    context: ['rrn', 'resident registration', 'resident registration number', '주민등록번호', '주민번호'],
  }),
  idRecognizer({
    subtype: 'KR_FRN',
    pattern: '[0-9]{6}-?[0-9]{7}',
    validate: registration('5678', 13),
    context: ['frn', 'foreigner registration', 'alien registration', '외국인등록번호', '외국인번호'],
  }),
  idRecognizer({
    subtype: 'KR_BRN',
    pattern: '[0-9]{3}(?<sep>-?)[0-9]{2}\\k<sep>[0-9]{5}',
    validate: brn,
    context: ['brn', 'business registration', 'business registration number', '사업자등록번호', '사업자번호'],
  }),
  idRecognizer({
    subtype: 'KR_PASSPORT',
    pattern: '[MSROD][0-9]{3}[A-Z][0-9]{4}|[MSROD][0-9]{8}',
    validate: () => TIER.shape,
    context: ['passport', 'passport number', 'korean passport', '여권', '여권번호'],
  }),
  idRecognizer({
    // Region code 11-28, year, serial, check pair.
    subtype: 'KR_DRIVER_LICENSE',
    pattern: '(?:1[1-9]|2[0-8])(?<sep>[\\- ]?)[0-9]{2}\\k<sep>[0-9]{6}\\k<sep>[0-9]{2}',
    validate: (_c, raw) => ({ score: /[- ]/.test(raw) ? 0.45 : 0.3, validated: false }),
    context: [
      '운전면허',
      '운전면허번호',
      '면허번호',
      'driver license',
      "driver's license",
      'driving licence',
      'license',
      'licence',
    ],
  }),
];
