// Check-digit algorithms used by the national ID recognizers. All take upper-case ASCII and
// return false (never throw) on anything malformed.

/** Numeric values of the digits in `s`; NaN for anything that is not 0-9. */
export function digits(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) - 48);
  return out;
}

export function isDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** Luhn (ISO/IEC 7812-1) over all digits, the last one being the check digit. */
export function luhn(s: string): boolean {
  if (!isDigits(s) || s.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A mod-11 check in two rounds of weights, as Estonia's and Lithuania's personal codes and Kazakhstan's IIN
 * compute it: the weighted sum's remainder, or the second round's when the first gives 10. A second 10
 * is returned as is (each scheme treats it its own way).
 */
export function mod11TwoRounds(d: readonly number[], first: readonly number[], second: readonly number[]): number {
  const r = weightedSum(d, first) % 11;
  return r === 10 ? weightedSum(d, second) % 11 : r;
}

/** Sum of d[i] * weights[i] over the shorter of the two. */
export function weightedSum(d: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  const n = Math.min(d.length, weights.length);
  for (let i = 0; i < n; i++) sum += d[i]! * weights[i]!;
  return sum;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff dihedral-group check (Aadhaar), the last digit being the check digit. */
export function verhoeff(s: string): boolean {
  if (!isDigits(s)) return false;
  let c = 0;
  const d = digits(s).reverse();
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d[i]!]!]!;
  return c === 0;
}

/** ISO 7064 MOD 11,10 (German Steuer-IdNr, VAT): true when the last digit is the check digit. */
export function iso7064Mod11_10(s: string): boolean {
  if (!isDigits(s) || s.length < 2) return false;
  let product = 10;
  for (let i = 0; i < s.length - 1; i++) {
    let sum = (s.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === s.charCodeAt(s.length - 1) - 48;
}

/** `n mod 97` for a decimal string of any length. */
export function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) r = (r * 10 + (s.charCodeAt(i) - 48)) % 97;
  return r;
}

/** ICAO 9303 check digit (weights 7,3,1; A=10..Z=35, '<'=0) of `s`. */
export function icaoCheckDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : 0;
    sum += v * w[i % 3]!;
  }
  return sum % 10;
}

/** Sum of the decimal digits of n (n >= 0). */
export function digitSum(n: number): number {
  let s = 0;
  while (n > 0) {
    s += n % 10;
    n = Math.floor(n / 10);
  }
  return s;
}

/** True when all characters of s are the same (000000000, 111111111...). */
export function allSame(s: string): boolean {
  if (s.length === 0) return false;
  // A loop, not split(''): it runs on most number-shaped words of a text.
  const first = s.charCodeAt(0);
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== first) return false;
  return true;
}

/** A run of consecutive digits up or down (123456789, 9876543210): a placeholder, not an ID. */
export function isSequence(s: string): boolean {
  if (!isDigits(s) || s.length < 8) return false;
  const up = (a: number, b: number) => (a + 1) % 10 === b;
  const down = (a: number, b: number) => (b + 1) % 10 === a;
  for (const step of [up, down]) {
    let ok = true;
    for (let i = 1; i < s.length && ok; i++) ok = step(s.charCodeAt(i - 1) - 48, s.charCodeAt(i) - 48);
    if (ok) return true;
  }
  return false;
}

/** Filler such as 000000000 or 123456789 that people type as an example. */
export function isPlaceholder(s: string): boolean {
  const d = s.replace(/^[A-Z]+|[A-Z]+$/g, '');
  return allSame(d) || isSequence(d);
}

/** A real calendar day? `year` is the full year. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= dim;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A valid day in some century for a two-digit year (used when the century is not encoded). */
export function isValidDateAnyCentury(yy: number, month: number, day: number): boolean {
  return isValidDate(2000 + yy, month, day) || isValidDate(1900 + yy, month, day);
}
