// Austria: the social insurance number (Sozialversicherungsnummer): a serial, a check digit and the
// holder's birth date DDMMYY; the check is a weighted sum mod 11 (10 is never issued).
import { digits, isDigits, isPlaceholder, isValidDateAnyCentury, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

// The check digit's own place weighs nothing.
const WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];

function svnr(c: string): Verdict | null {
  if (c.length !== 10 || !isDigits(c) || c[0] === '0' || isPlaceholder(c)) return null;
  if (!isValidDateAnyCentury(Number(c.slice(8, 10)), Number(c.slice(6, 8)), Number(c.slice(4, 6)))) return null;
  const r = weightedSum(digits(c), WEIGHTS) % 11;
  return r === Number(c[3]) ? TIER.strong : null;
}

export const AT_RECOGNIZERS = [
  idRecognizer({
    subtype: 'AT_SVNR',
    labels: ['svnr', 'sv-nummer', 'sozialversicherungsnummer', 'versicherungsnummer'],
    pattern: '[1-9][0-9]{3} ?[0-9]{6}',
    validate: svnr,
    context: [
      'svnr',
      'sv-nr',
      'sv-nummer',
      'sozialversicherungsnummer',
      'versicherungsnummer',
      'e-card',
      'social security',
      'social insurance',
    ],
    // Ten digits with a check that passes one time in eleven: only where named.
    requireContext: true,
  }),
];
