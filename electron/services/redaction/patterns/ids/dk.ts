// Denmark: CPR number (DDMMYY-SSSS). The mod 11 check was dropped in 2007, so only the date is
// checked and the number needs context words to be reported.
import { isDigits, isValidDateAnyCentury } from './checksums';
import { idRecognizer, type Verdict } from './define';

function cpr(c: string, raw: string): Verdict | null {
  if (!isDigits(c) || c.length !== 10) return null;
  if (!isValidDateAnyCentury(Number(c.slice(4, 6)), Number(c.slice(2, 4)), Number(c.slice(0, 2)))) return null;
  return { score: raw.includes('-') ? 0.45 : 0.3, validated: false };
}

export const DK_RECOGNIZERS = [
  idRecognizer({
    subtype: 'DK_CPR',
    labels: ['cpr', 'cpr-nummer', 'cpr-nr'],
    pattern: '[0-3][0-9][01][0-9]{3}-?[0-9]{4}',
    validate: cpr,
    context: ['cpr', 'cpr-nummer', 'cpr-nr', 'cpr nr', 'cprnr', 'personnummer', 'cpr number'],
  }),
];
