// DATE: unambiguous written dates (ISO with optional time, day/month/year in numeric forms with a
// real month and day, month names in English, German, French and Spanish). Bare years and times
// are not reported: they are rarely personal on their own and cost precision.
import { digitExcerpt, matchesInExcerpt } from '../excerpt';
import { matchesVia } from '../fast-scan';
import { scan, scanNearDigits } from './scan';
import type { Recognizer } from '../types';

const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:ar(?:ch)?|ärz|arzo|ars)|apr(?:il)?|abril|avril|ma(?:y|i|yo)|mai|jun(?:e|i|io)?|juin|jul(?:y|i|io)?|juillet|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|septiembre|septembre|oct(?:ober)?|okt(?:ober)?|octubre|octobre|nov(?:ember)?|noviembre|novembre|dec(?:ember)?|dez(?:ember)?|diciembre|d[ée]cembre|enero|febrero|janvier|f[ée]vrier';
const TIME = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[ap]\\.?m\\.?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
// The month-name patterns start with a lookbehind; each also comes without it, for the faster
// scan of fast-scan.ts (matchesVia).
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const DAY_MONTH = `(\\d{1,2})(?:st|nd|rd|th)?(?:[ -]|\\s+of\\s+|\\.\\s?)(?:${MONTHS})\\.?(?:[ ,-]+(\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}])`;
const MONTH_DAY = `(?:${MONTHS})\\.?[ -](\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`;
const PATTERNS: RegExp[] = [
  // 2021-05-21, 2021/05/21, with time
  new RegExp(`(?<![\\p{N}.-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}(?![\\p{N}])`, 'gu'),
  // 21.5.2021, 5/20/2021, 05-21-21
  /(?<![\p{N}.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)/gu,
];
const MONTH_PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  // 5 May 2021, 5-MAY-2021, 5th of May, 2021, 21-May
  [new RegExp(NOT_AFTER_WORD + DAY_MONTH, 'giu'), new RegExp(DAY_MONTH, 'giu')],
  // May 5, 2021, May 5th 2021, May-21, March 2021
  [new RegExp(NOT_AFTER_WORD + MONTH_DAY, 'giu'), new RegExp(MONTH_DAY, 'giu')],
];

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const STARTS_UPPER = /^\p{Lu}/u;

function plausible(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export const dateRecognizer: Recognizer = {
  name: 'date',
  types: ['DATE'],
  detect(text) {
    const out = scanNearDigits(PATTERNS[0]!, text, 0, (m) =>
      plausible(Number(m[3]), Number(m[2]))
        ? { start: m.index, end: m.index + m[0].length, type: 'DATE', score: 0.75, source: 'pattern' }
        : undefined,
    );
    out.push(
      ...scanNearDigits(PATTERNS[1]!, text, 0, (m) => {
        const a = Number(m[1]);
        const b = Number(m[3]);
        // Either day/month or month/day must be a real date.
        if (!plausible(a, b) && !plausible(b, a)) return undefined;
        // "1.2.3" style versions are not dates: two-digit years need a separator other than '.' or a real day > 12.
        if (m[2] === '.' && m[4]!.length === 2 && a <= 12 && b <= 12) return undefined;
        return { start: m.index, end: m.index + m[0].length, type: 'DATE', score: 0.7, source: 'pattern' };
      }),
    );
    const excerpt = digitExcerpt(text, 2);
    for (const [re, loose] of MONTH_PATTERNS) {
      out.push(
        ...scan(text, matchesInExcerpt(re, excerpt, matchesVia(re, loose, excerpt.text)), (m) => {
          const day = Number(m[1]);
          if (day < 1 || day > 31) return undefined;
          // "May 5" alone is common in prose ("may 2 people"): require a capital month or a year.
          if (!m[2] && !/^\d/.test(m[0]) && !STARTS_UPPER.test(m[0])) return undefined;
          return {
            start: m.index,
            end: m.index + m[0].length,
            type: 'DATE',
            score: m[2] ? 0.75 : 0.6,
            source: 'pattern',
          };
        }),
      );
    }
    return out;
  },
};
