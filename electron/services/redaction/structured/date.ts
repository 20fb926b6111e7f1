// DATE: unambiguous written dates (ISO with optional time, day/month/year in numeric forms with a
// real month and day, month names in English, German, French, Spanish, Portuguese, Italian and Dutch,
// Chinese, Japanese and Korean year-month-day). Bare years and times
// are not reported: they are rarely personal on their own and cost precision.
import { digitExcerpt, matchesInExcerpt } from '../excerpt';
import { matchesVia } from '../fast-scan';
import { scan, scanNearDigits } from './scan';
import type { Candidate, Recognizer } from '../types';
import { append } from '../append';

const MONTHS =
  'jan(?:uary|uar|uari)?|feb(?:ruary|ruar|ruari)?|m(?:ar(?:ch)?|ärz|arzo|ars|aart|arço)|apr(?:il|ile)?|abril|avril|ma(?:y|i|yo|io|ggio)|mai|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust(?:us)?)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|septiembre|septembre|setembro|settembre|oct(?:ober)?|okt(?:ober)?|octubre|octobre|outubro|ottobre|nov(?:ember)?|noviembre|novembre|novembro|dec(?:ember)?|dez(?:ember|embro)?|diciembre|d[ée]cembre|dicembre|enero|febrero|janvier|f[ée]vrier|janeiro|fevereiro|gennaio|febbraio';
const TIME = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[ap]\\.?m\\.?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
// The month-name patterns start with a lookbehind; each also comes without it, for the faster
// scan of fast-scan.ts (matchesVia).
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
// "3 de marzo de 1985", "3 de março de 1985": Spanish and Portuguese join the parts with "de".
// Two digits after the month are no year when a month follows them: "01 Oct - 31 Oct 2023" is a range.
const DAY_MONTH = `(\\d{1,2})(?:st|nd|rd|th)?(?:[ -]|\\s+(?:of|de)\\s+|\\.\\s?)(?:${MONTHS})\\.?(?:(?:[ ,-]+|\\s+de\\s+)(\\d{4}|['’]?\\d{2}(?![ \\t]+(?:${MONTHS})(?!\\p{L}))))?(?![\\p{L}\\p{N}])`;
// "Mar 3, '85": a year may be written with an apostrophe and two digits.
const MONTH_DAY = `(?:${MONTHS})\\.?[ -](\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}|['’]\\d{2}))?(?![\\p{L}\\p{N}])`;
// 2021-05-21, 2021/05/21, with time
const ISO_DATE = new RegExp(`(?<![\\p{N}.-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}(?![\\p{N}])`, 'gu');
// 21.5.2021, 5/20/2021, 05-21-21
const NUMERIC_DATE = /(?<![\p{N}.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)/gu;
// "Tue Mar 5 14:22:01 2024" (ctime, git log and mail headers)
/** Day, month and year with a space after each period, as Czech, Slovak and German write them: "15. 3. 1985". */
const SPACED_DATE = /(?<![\p{N}.])(\d{1,2})\.[ \t](\d{1,2})\.[ \t]?(\d{4})(?![\p{N}]|[.,]\d)/gu;

const CTIME =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ ]+(\d{1,2})[ ]+\d{2}:\d{2}:\d{2}(?:[ ]+[A-Z]{3,4})?[ ]+\d{4}(?:[ ]+[+-]\d{4})?/g;
// 1985年3月3日 (Chinese, Japanese), 1985년 3월 3일 (Korean)
const CJK_DATE = /(\d{4})[ \t]?(?:年|년)[ \t]?(\d{1,2})[ \t]?(?:月|월)[ \t]?(\d{1,2})[ \t]?(?:日|일)/gu;
/** Words of a birth date, before which "03.03.85" is a date and no version number. */
const BIRTH_WORDS =
  /(?:\bborn|\bdob|d\.o\.b|date of birth|birth ?date|birthday|\bgeb(?:oren|\.)|geburtsdatum|\bnée?\b|nacid[oa]|fecha de nacimiento|\bnat[oa]\b|data di nascita|date de naissance|data de nascimento|geboortedatum)[^\n\d]{0,12}$/i;
// "the fifth of May 1987", "May the fifth, 1987": a day written as an English ordinal, with its year.
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|' +
  'fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|' +
  '(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const ORDINAL_DATE = `(?:(?:the\\s+)?(?:${ORDINALS})\\s+(?:day\\s+)?of\\s+(?:${MONTHS_EN})|(?:${MONTHS_EN})\\s+(?:the\\s+)?(?:${ORDINALS})),?\\s+(\\d{4})(?![\\p{L}\\p{N}])`;
const ORDINAL_PATTERN = new RegExp(NOT_AFTER_WORD + ORDINAL_DATE, 'giu');
const ORDINAL_LOOSE = new RegExp(ORDINAL_DATE, 'giu');
// What every ORDINAL_DATE ends with, "of" and the month or the ordinal before the year: two words
// before the year, so inside the excerpt the other month rules read.
const ORDINAL_YEAR = new RegExp(`(?:of\\s+(?:${MONTHS_EN})|${ORDINALS}),?\\s+\\d{4}`, 'iu');
const MONTH_PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  // 5 May 2021, 5-MAY-2021, 5th of May, 2021, 21-May
  [new RegExp(NOT_AFTER_WORD + DAY_MONTH, 'giu'), new RegExp(DAY_MONTH, 'giu')],
  // May 5, 2021, May 5th 2021, May-21, March 2021
  [new RegExp(NOT_AFTER_WORD + MONTH_DAY, 'giu'), new RegExp(MONTH_DAY, 'giu')],
];

// Hoisted: tsx/esbuild turn a \p{..} regex literal into a `new RegExp` at each evaluation.
const STARTS_UPPER = /^\p{Lu}/u;
// The abbreviations among MONTHS: a period after one of these may be the abbreviation's own.
const ABBREVIATION_THEN_PERIOD = /(?<!\p{L})(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|okt|nov|dec|dez)\.$/iu;

function plausible(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function date(m: RegExpMatchArray & { index: number }, score: number): Candidate {
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', score, source: 'pattern' };
}

export const dateRecognizer: Recognizer = {
  name: 'date',
  types: ['DATE'],
  detect(text) {
    const out = scanNearDigits(ISO_DATE, text, 0, 0, (m) =>
      plausible(Number(m[3]), Number(m[2])) ? date(m, 0.75) : undefined,
    );
    append(
      out,
      scanNearDigits(NUMERIC_DATE, text, 0, 0, (m) => {
        const a = Number(m[1]);
        const b = Number(m[3]);
        // Either day/month or month/day must be a real date.
        if (!plausible(a, b) && !plausible(b, a)) return undefined;
        // "1.2.3" style versions are not dates: two-digit years need a separator other than '.', a real
        // day > 12, or a birth date's label before them ("born 03.03.85").
        if (
          m[2] === '.' &&
          m[4]!.length === 2 &&
          a <= 12 &&
          b <= 12 &&
          !BIRTH_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index))
        )
          return undefined;
        return date(m, 0.7);
      }),
    );
    append(
      out,
      scanNearDigits(SPACED_DATE, text, 0, 0, (m) =>
        plausible(Number(m[1]), Number(m[2])) ? date(m, 0.7) : undefined,
      ),
    );
    if (text.includes('月') || text.includes('월')) {
      for (const m of text.matchAll(CJK_DATE)) if (plausible(Number(m[3]), Number(m[2]))) out.push(date(m, 0.75));
    }
    const excerpt = digitExcerpt(text, 2);
    // The weekday and month of a ctime date are within two words of its day.
    for (const m of matchesInExcerpt(CTIME, excerpt)) {
      if (Number(m[1]) >= 1 && Number(m[1]) <= 31) out.push(date(m, 0.8));
    }
    for (const [re, loose] of MONTH_PATTERNS) {
      append(
        out,
        scan(text, matchesInExcerpt(re, excerpt, matchesVia(re, loose, excerpt.text)), (m) => {
          const day = Number(m[1]);
          if (day < 1 || day > 31) return undefined;
          // "May 5" alone is common in prose ("may 2 people"): require a capital month or a year.
          if (!m[2] && !/^\d/.test(m[0]) && !STARTS_UPPER.test(m[0])) return undefined;
          const d = date(m, m[2] ? 0.75 : 0.6);
          // "on 3 March.", "on 5 May.": the period after a month's full name ends the sentence (after
          // "Mar." it may be the abbreviation's).
          if (m[0].endsWith('.') && !ABBREVIATION_THEN_PERIOD.test(m[0])) d.end--;
          return d;
        }),
      );
    }
    // Its year is the digit word; the day is up to four words before it ("the twenty-first of May 1987").
    // The wider excerpt costs a third of this rule's time: it is cut only for a text that can hold one.
    if (ORDINAL_YEAR.test(excerpt.text)) {
      const wide = digitExcerpt(text, 4);
      for (const m of matchesInExcerpt(ORDINAL_PATTERN, wide, matchesVia(ORDINAL_PATTERN, ORDINAL_LOOSE, wide.text)))
        out.push(date(m, 0.75));
    }
    return out;
  },
};
