// Thailand: national ID (TNIN), 13 digits with a mod 11 check digit.
import { allSame, digits, isDigits, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

/** Province codes in digits 2-3 (10-96 with gaps). */
function provinceOk(code: number): boolean {
  return (
    (code >= 10 && code <= 27) ||
    (code >= 30 && code <= 49) ||
    (code >= 50 && code <= 58) ||
    (code >= 60 && code <= 67) ||
    (code >= 70 && code <= 77) ||
    (code >= 80 && code <= 86) ||
    (code >= 90 && code <= 96)
  );
}

function tnin(c: string): Verdict | null {
  if (!isDigits(c) || c.length !== 13 || allSame(c)) return null;
  if (c[0] === '0' || c[0] === '9' || !provinceOk(Number(c.slice(1, 3)))) return null;
  const d = digits(c);
  const check = (11 - (weightedSum(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
  return check === d[12] ? TIER.strong : null;
}

export const TH_RECOGNIZERS = [
  idRecognizer({
    subtype: 'TH_TNIN',
    labels: ['thai id'],
    pattern: '[1-8](?<sep>[\\- ]?)[0-9]{4}\\k<sep>[0-9]{5}\\k<sep>[0-9]{2}\\k<sep>[0-9]',
    validate: tnin,
    context: ['thai id', 'tnin', 'thai national id', 'national id', 'เลขประจำตัวประชาชน', 'บัตรประชาชน', 'เลขบัตรประชาชน'],
  }),
];
