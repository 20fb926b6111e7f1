// The unique master citizen number of the former Yugoslav countries (JMBG in Serbia, Bosnia and
// Herzegovina, Montenegro and North Macedonia; EMŠO in Slovenia): DDMMYYY, region, serial, and a
// check digit (weights 7..2 twice, mod 11).
import { digits, isDigits, isPlaceholder, isValidDate } from './checksums';
import { idRecognizer, TIER, type Verdict } from './define';

function jmbg(c: string): Verdict | null {
  if (c.length !== 13 || !isDigits(c) || isPlaceholder(c)) return null;
  const yyy = Number(c.slice(4, 7));
  // The year's last three digits: 9xx the 1900s, 0xx the 2000s.
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  if (!isValidDate(year, Number(c.slice(2, 4)), Number(c.slice(0, 2))) || year > new Date().getUTCFullYear())
    return null;
  const d = digits(c);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (7 - i) * (d[i]! + d[i + 6]!);
  const m = 11 - (sum % 11);
  return (m > 9 ? 0 : m) === d[12] ? TIER.strong : null;
}

export const RS_RECOGNIZERS = [
  idRecognizer({
    subtype: 'JMBG_EMSO',
    labels: ['jmbg', 'emšo', 'emso', 'матични број', 'матичен број'],
    pattern: '[0-3][0-9][01][0-9]{10}',
    validate: jmbg,
    context: [
      'jmbg',
      'emšo',
      'emso',
      'матични број',
      'матичен број',
      'maticni broj',
      'matični broj',
      'personal number',
    ],
  }),
];
