// CREDIT_CARD: 12-19 digits, compact or grouped by one kind of separator (space, dash, dot),
// that pass Luhn. The issuer (IIN range) is the subtype; a Luhn-valid number outside every
// card range needs context words. A number failing Luhn is never reported.
import { luhn } from '../patterns/ids/checksums';
import type { Candidate, Recognizer } from '../types';
import { contextTest, insideCode, round, scan } from './util';

// Compact (12-19 digits) or grouped like a card (4 digits, then groups of 4-6 with the same
// separator, and an optional short last group). No nested quantifiers: linear time. It never
// starts or ends inside a longer digit run, a decimal number or a path.
const CARD =
  /(?<![\p{L}\p{N}_./]|\d[.,-])(?:\d{12,19}(?![\p{L}\p{N}_]|[.,]\d)|\d{4}([ .-])\d{4,6}(?:\1\d{4,6}){1,2}(?:\1\d{1,4})?(?![\p{L}\p{N}_]|\1\d))/gu;

const CONTEXT = contextTest([
  'card',
  'credit',
  'debit',
  'visa',
  'mastercard',
  'master card',
  'amex',
  'american express',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'maestro',
  'cc',
  'ccn',
  'pan',
  'payment',
  'pay',
  'paid',
  'charge',
  'charged',
  'billing',
  'cvv',
  'cvc',
  'expiry',
  'expires',
  'exp',
  'cardholder',
  'karte',
  'kreditkarte',
  'tarjeta',
  'carte',
  'bancaire',
  'carta',
  'kaart',
  'cartão',
  'kort',
]);
/** Numbers of other kinds that can pass Luhn (IMEI, ISBN/EAN, tracking and order numbers). */
const OTHER = contextTest([
  'imei',
  'isbn',
  'ean',
  'gtin',
  'upc',
  'tracking',
  'order',
  'invoice',
  'serial',
  'sn',
  'iccid',
  'sim',
  'account no',
  'reference',
  'ref',
]);

/** Card network for an IIN prefix and length, or undefined. */
export function cardIssuer(d: string): string | undefined {
  const len = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (len === 13 || len === 16 || len === 19)) return 'VISA';
  if ((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) return len === 16 ? 'MASTERCARD' : undefined;
  if (p2 === 34 || p2 === 37) return len === 15 ? 'AMEX' : undefined;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925))
    return len >= 16 ? 'DISCOVER' : undefined;
  if (p2 === 62 || p2 === 81) return len >= 16 ? 'UNIONPAY' : undefined;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p3 === 309)
    return len >= 14 ? 'DINERS' : undefined;
  if (p4 >= 3528 && p4 <= 3589) return len >= 16 ? 'JCB' : undefined;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return len >= 12 ? 'MAESTRO' : undefined;
  if (d[0] === '1' && len === 15) return 'UATP';
  if (p4 === 2200 || p4 === 2201 || p4 === 2202 || p4 === 2203 || p4 === 2204) return len >= 16 ? 'MIR' : undefined;
  return undefined;
}

/** 12-19 digits passing Luhn, not one repeated digit. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 12 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && luhn(digits);
}

export const creditCardRecognizer: Recognizer = {
  name: 'contact:credit-card',
  types: ['CREDIT_CARD'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    return scan(text, CARD, (m) => {
      let raw = m[0];
      let digits = raw.replace(/[ .-]/g, '');
      if (!isCardNumber(digits) && m[1]) {
        // "4111 1111 1111 1111 12/25": the last short group may be something else.
        raw = raw.slice(0, raw.lastIndexOf(m[1]));
        digits = raw.replace(/[ .-]/g, '');
      }
      if (!isCardNumber(digits)) return null;
      const start = m.index;
      if (insideCode(text, start)) return null;
      const end = start + raw.length;
      const issuer = cardIssuer(digits);
      const ctx = CONTEXT(text, start, end);
      const other = OTHER(text, start, end);
      let score = issuer ? (digits.length >= 14 ? 0.9 : 0.75) : 0.35;
      if (ctx) score += issuer ? 0.08 : 0.35;
      if (other && !ctx) score -= 0.45;
      // A dotted group of digits is rarely a card without context.
      if (raw.includes('.') && !ctx) score -= 0.2;
      return {
        start,
        end,
        type: 'CREDIT_CARD',
        ...(issuer ? { subtype: issuer } : {}),
        score: round(score),
        source: 'pattern',
        validated: true,
      };
    });
  },
};
