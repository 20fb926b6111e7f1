// DATE: clear calendar dates, validated (month 1-12, day within the month, leap years).
// - ISO 8601 dates with an optional time and zone: 2021-05-21, 2024-03-15T14:30Z.
// - Numeric day/month/year in either order with / - . : 21.5.2021, 5/20/2021, 05/21/21, 2021/5/21.
// - Month names (English, German, French, Spanish, Italian, Dutch, Portuguese; full or short):
//   March 3rd, 2021; 3 Mar 2021; 5-MAY-2021; 3rd of March 2021; March 2021; el 5 de mayo de 2021.
// - Month and year: 05/2021, May-2021.
// Bare years, weekdays and times are not reported (too often something else).
import type { Candidate, Recognizer } from '../types';
import { round, scan } from './util';

const MONTHS: Record<string, number> = {};
const add = (n: number, ...names: string[]) => names.forEach((w) => (MONTHS[w] = n));
add(1, 'january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro');
add(
  2,
  'february',
  'feb',
  'februar',
  'février',
  'fevrier',
  'févr',
  'fév',
  'febrero',
  'febbraio',
  'februari',
  'fevereiro',
  'fev',
);
add(3, 'march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart', 'março', 'marco', 'mrt');
add(4, 'april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile');
add(5, 'may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio');
add(6, 'june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho');
add(7, 'july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho');
add(8, 'august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus');
add(9, 'september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro');
add(10, 'october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out');
add(11, 'november', 'nov', 'novembre', 'noviembre', 'novembro');
add(
  12,
  'december',
  'dec',
  'dezember',
  'dez',
  'décembre',
  'decembre',
  'déc',
  'diciembre',
  'dic',
  'dicembre',
  'dezembro',
);

/** Short or ambiguous English words: only as a month when capitalised or upper case. */
const CAPITAL_ONLY = new Set([
  'may',
  'mar',
  'jan',
  'jun',
  'jul',
  'aug',
  'sep',
  'set',
  'oct',
  'dec',
  'march',
  'august',
  'gen',
  'mag',
  'out',
  'dez',
  'ago',
  'mai',
]);

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const M = `(?<month>${MONTH_ALT})\\.?`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|º|\\.)?`;
const YEAR = `(?<year>(?:1[6-9]|2\\d)\\d\\d|'\\d\\d)`;

const NUMERIC =
  /(?<![\p{L}\p{N}_.:/-])(?:(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?))?)|(?<ymd>(?<y2>\d{4})(?<ysep>[/.])(?<m2>\d{1,2})\k<ysep>(?<d2>\d{1,2}))|(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<c>\d{4}|\d{2})|(?<my_m>\d{1,2})\/(?<my_y>(?:19|20)\d\d))(?![\p{L}\p{N}_]|[.:/-]\d)/gu;

const NAMED = new RegExp(
  [
    // March 3rd, 2021 / March 3 2021 / March 3rd / Mar. 3
    `(?<![\\p{L}\\p{N}_])${M}[ \\u00a0-]${DAY}(?:(?: ?,)?[ \\u00a0-]${YEAR})?(?![\\p{L}\\p{N}_])`,
    // 3 March 2021 / 3rd of March, 2021 / 5-MAY-2021 / 5 de mayo de 2021 / 3. März 2021
    `(?<![\\p{L}\\p{N}_])${DAY.replace('<day>', '<day2>')}(?:[ \\u00a0-]|[ \\u00a0](?:of|de|di|van)[ \\u00a0])${M.replace('<month>', '<month2>')}(?:,?(?:[ \\u00a0-]|[ \\u00a0]de[ \\u00a0])${YEAR.replace('<year>', '<year2>')})?(?![\\p{L}\\p{N}_])`,
    // March 2021 / May-2021 / mars 2021
    `(?<![\\p{L}\\p{N}_])${M.replace('<month>', '<month3>')}(?:[ \\u00a0-]|[ \\u00a0]de[ \\u00a0])${YEAR.replace('<year>', '<year3>')}(?![\\p{L}\\p{N}_])`,
  ].join('|'),
  'giu',
);

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function validDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

function fullYear(y: string): number {
  const n = Number(y.replace("'", ''));
  return y.length >= 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

function candidate(start: number, end: number, score: number): Candidate {
  return { start, end, type: 'DATE', score: round(score), source: 'pattern', validated: true };
}

function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const n = MONTHS[lower];
  if (n === undefined) return undefined;
  if (CAPITAL_ONLY.has(lower) && word[0] === lower[0]) return undefined;
  return n;
}

export const dateRecognizer: Recognizer = {
  name: 'contact:date',
  types: ['DATE'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    const out = scan(text, NUMERIC, (m) => {
      const g = m.groups!;
      const start = m.index;
      const end = start + m[0].length;
      if (g.iso) {
        const ok = validDate(Number(g.iy), Number(g.im), Number(g.id));
        return ok ? candidate(start, end, g.time ? 0.9 : 0.85) : null;
      }
      if (g.ymd) return validDate(Number(g.y2), Number(g.m2), Number(g.d2)) ? candidate(start, end, 0.8) : null;
      if (g.my_m) {
        const month = Number(g.my_m);
        return month >= 1 && month <= 12 ? candidate(start, end, 0.55) : null;
      }
      const a = Number(g.a);
      const b = Number(g.b);
      const c = g.c!;
      // 1.2.34 is a version; a two-digit year with dots needs two-digit day and month.
      if (c.length === 2 && g.sep === '.' && (g.a!.length < 2 || g.b!.length < 2)) return null;
      const year = fullYear(c);
      if (c.length === 4 && (year < 1600 || year > 2199)) return null;
      const ok = validDate(year, b, a) || validDate(year, a, b);
      if (!ok) return null;
      return candidate(start, end, c.length === 4 ? 0.8 : 0.65);
    });
    out.push(
      ...scan(text, NAMED, (m) => {
        const g = m.groups!;
        const month = monthOf(g.month ?? g.month2 ?? g.month3);
        if (month === undefined) return null;
        const start = m.index;
        const end = start + m[0].length;
        const y = g.year ?? g.year2 ?? g.year3;
        const year = y ? fullYear(y) : undefined;
        const dayText = g.day ?? g.day2;
        if (dayText === undefined) return candidate(start, end, 0.65); // March 2021
        if (!validDate(year, month, Number(dayText))) return null;
        return candidate(start, end, year ? 0.9 : 0.65);
      }),
    );
    return out;
  },
};
