// CREDIT_CARD: 13-19 digits, optionally grouped by one kind of separator, that pass Luhn and
// start with a known issuer range. A number failing Luhn is never reported.
import { hasContext } from '../context';
import { scanNearDigits } from './scan';
import type { Candidate, Recognizer } from '../types';

/** A run of digit groups; cards are found inside it at group boundaries. Not after a letter: "D4817-29305-…" is a licence. */
const RUN = /(?<![A-Za-z\d.,-])\d{1,19}(?:[ .-]\d{1,19}){0,9}(?!\d)/g;
const CONTEXT = [
  'card',
  'credit',
  'debit',
  'visa',
  'mastercard',
  'amex',
  'cc',
  'payment',
  'karte',
  'kreditkarte',
  'tarjeta',
  'carte',
  'cvv',
  'expires',
  'exp',
];

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer by IIN range, or undefined for ranges no card network uses. */
export function issuer(d: string): string | undefined {
  const n2 = Number(d.slice(0, 2));
  const n3 = Number(d.slice(0, 3));
  const n4 = Number(d.slice(0, 4));
  const n6 = Number(d.slice(0, 6));
  const len = d.length;
  if (d[0] === '4' && (len === 13 || len === 16 || len === 19)) return 'VISA';
  if (((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) && len === 16) return 'MASTERCARD';
  if ((n2 === 34 || n2 === 37) && len === 15) return 'AMEX';
  if ((n4 === 6011 || (n3 >= 644 && n3 <= 649) || n2 === 65 || (n6 >= 622126 && n6 <= 622925)) && len >= 16)
    return 'DISCOVER';
  if (((n3 >= 300 && n3 <= 305) || n2 === 36 || n2 === 38 || n2 === 39) && len >= 14) return 'DINERS';
  if (n4 >= 3528 && n4 <= 3589 && len >= 16) return 'JCB';
  if (n2 === 62 && len >= 16) return 'UNIONPAY';
  if ((n2 === 50 || (n2 >= 56 && n2 <= 69)) && len >= 12) return 'MAESTRO';
  if (n2 === 22 && len >= 15) return 'MIR_OR_OTHER';
  if (d[0] === '1' && len === 15) return 'UATP';
  return undefined;
}

export const cardRecognizer: Recognizer = {
  name: 'credit-card',
  types: ['CREDIT_CARD'],
  detect(text) {
    return scanNearDigits(RUN, text, 0, MIN_DIGITS, (m) => {
      // Fewer than 12 characters cannot hold a card's 12+ digits (most runs are short numbers).
      if (m[0].length < MIN_DIGITS) return undefined;
      // Groups with their offsets; try windows of consecutive groups, longest first.
      const groups: { start: number; end: number; sep: string }[] = [];
      const g = /\d+/g;
      let x: RegExpExecArray | null;
      while ((x = g.exec(m[0])) !== null) {
        groups.push({ start: m.index + x.index, end: m.index + x.index + x[0].length, sep: m[0][x.index - 1] ?? '' });
      }
      // Digits before each group, so a window's digit count needs no slicing.
      const before = [0];
      for (const grp of groups) before.push(before[before.length - 1]! + grp.end - grp.start);
      const out: Candidate[] = [];
      for (let i = 0; i < groups.length;) {
        let hit: Candidate | undefined;
        let next = i + 1;
        for (let j = groups.length - 1; j >= i && !hit; j--) {
          const digits = before[j + 1]! - before[i]!;
          if (digits < MIN_DIGITS) break; // shorter windows hold fewer digits still
          if (digits > MAX_DIGITS) continue;
          if (fragmentOfFours(groups, i, j)) continue;
          const start = groups[i]!.start;
          const end = groups[j]!.end;
          const raw = text.slice(start, end);
          const hitAt = check(text, raw, start, end);
          if (hitAt) {
            hit = hitAt;
            next = j + 1;
          }
        }
        if (hit) out.push(hit);
        i = next;
      }
      return out;
    });
  },
};

/**
 * Groups i..j are four digits each, inside a longer run of groups of four joined by the same
 * separator, and are not one of its cards of sixteen digits counted from the run's start: part of a
 * longer number written in fours ("4532 0151 1283 0367", failing Luhn, holds "0151 1283 0367", which
 * passes; it is no card of its own). Two cards written one after the other stay two.
 */
function fragmentOfFours(
  groups: readonly { start: number; end: number; sep: string }[],
  i: number,
  j: number,
): boolean {
  const four = (k: number) => groups[k]!.end - groups[k]!.start === 4;
  for (let k = i; k <= j; k++) if (!four(k)) return false;
  if (j === i) return false;
  const sep = groups[i + 1]!.sep;
  for (let k = i + 2; k <= j; k++) if (groups[k]!.sep !== sep) return false;
  // A neighbouring group of four joined by another separator to its own neighbour of four belongs to
  // that number ("4012-8888-8888-1881 4012 8888 8888 1881" is two cards).
  const ownNumber = (k: number, other: number) =>
    other < 0 || other >= groups.length || !four(other) || groups[Math.max(k, other)]!.sep === sep;
  let a = i;
  while (a > 0 && four(a - 1) && groups[a]!.sep === sep && ownNumber(a - 1, a - 2)) a--;
  let b = j;
  while (b + 1 < groups.length && four(b + 1) && groups[b + 1]!.sep === sep && ownNumber(b + 1, b + 2)) b++;
  if (a === i && b === j) return false;
  return !((i - a) % 4 === 0 && j - i + 1 === 4);
}

const MIN_DIGITS = 12;
const MAX_DIGITS = 19;

function check(text: string, raw: string, start: number, end: number): Candidate | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return undefined;
  const seps = raw.replace(/\d/g, '');
  if (seps && new Set(seps).size > 1) return undefined; // mixed separators: not one number
  if (!luhn(digits) || /^(\d)\1+$/.test(digits)) return undefined;
  const context = hasContext(text, start, end, CONTEXT);
  // Unknown issuer ranges and 12-digit numbers count only when the text talks about a card.
  const brand = digits.length >= 13 ? issuer(digits) : undefined;
  if (!brand && !context) return undefined;
  // Ungrouped numbers could be other identifiers; grouping or context makes a card likely.
  const score = context || seps ? 0.97 : 0.9;
  return {
    start,
    end,
    type: 'CREDIT_CARD',
    ...(brand ? { subtype: brand } : {}),
    score,
    source: 'pattern',
    validated: true,
  };
}
