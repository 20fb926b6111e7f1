// Ireland: the PPS number (7 digits and a mod-23 check letter, since 2013 often a second letter).
import { digits, weightedSum } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

const CHECK_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';

function pps(c: string): Verdict | null {
  const d = digits(c.slice(0, 7));
  const second = c[8];
  // The second letter counts with weight 9 (A = 1 ... W = 0).
  const extra = second === undefined || second === 'W' ? 0 : (second.charCodeAt(0) - 64) * 9;
  if (CHECK_LETTERS[(weightedSum(d, [8, 7, 6, 5, 4, 3, 2]) + extra) % 23] !== c[7]) return null;
  // Seven digits and one letter is also how part and order numbers look: that form needs its name.
  return second === undefined ? TIER.quietChecksum : TIER.checksum;
}

export const IE_RECOGNIZERS = [
  idRecognizer({
    subtype: 'IE_PPS',
    labels: ['pps', 'ppsn', 'pps number'],
    pattern: '[0-9]{7}[A-W][ABHWTXZ]?',
    validate: pps,
    context: ['pps', 'ppsn', 'pps number', 'personal public service', 'revenue number'],
  }),
];
