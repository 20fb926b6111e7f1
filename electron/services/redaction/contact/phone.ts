// PHONE: phone-shaped digit runs (optional +/00 prefix, area code in brackets, groups joined by
// space . - /, an extension), judged with libphonenumber-js: international numbers must be
// valid (or at least possible) for their calling code; national ones are tried against common
// countries. Because some numbering plans accept almost any digit run, a national number counts
// only when its grouping looks like a phone number or a phone word is near. Years, dates, IPv4
// addresses, card numbers, SSN-shaped and thousands-grouped numbers are not phones.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Candidate, Recognizer } from '../types';
import { isCardNumber, cardIssuer } from './card';
import { contextTest, insideCode, round, scan } from './util';

const PHONE =
  /(?<![\p{L}\p{N}_+@#$€£¥%&*=\\/.-]|\d:)(?:\+|\(\+?)?\d[\d \u00a0()./-]{4,28}\d(?:[ \u00a0]?(?:x|ext\.?|extn\.?|extension|#)[ \u00a0]?\d{1,6})?(?![\p{L}\p{N}_]|[.,/-]\d)/giu;
const EXTENSION = /[ \u00a0]?(?:x|ext\.?|extn\.?|extension|#)[ \u00a0]?(\d{1,6})$/i;

const PRIMARY: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN'];
const SECONDARY: CountryCode[] = [
  'CA',
  'AU',
  'IT',
  'ES',
  'NL',
  'BE',
  'CH',
  'AT',
  'IE',
  'SE',
  'NO',
  'DK',
  'FI',
  'PL',
  'PT',
  'BR',
  'MX',
  'JP',
  'PH',
  'TR',
  'ZA',
  'SG',
  'NZ',
  'IL',
  'CN',
  'KR',
  'HU',
  'CZ',
  'GR',
];

const PHONE_CONTEXT = contextTest([
  'phone',
  'phones',
  'telephone',
  'tel',
  'tel.',
  'tél',
  'call',
  'called',
  'calling',
  'call me',
  'mobile',
  'cell',
  'cellphone',
  'fax',
  'whatsapp',
  'signal',
  'telegram',
  'sms',
  'text me',
  'text',
  'texted',
  'desk',
  'office',
  'home',
  'work',
  'direct',
  'hotline',
  'landline',
  'dial',
  'ring',
  'reach',
  'reached',
  'contact',
  'answering',
  'messages',
  'registered',
  'ph',
  'mob',
  'handy',
  'telefon',
  'telefonnummer',
  'téléphone',
  'portable',
  'teléfono',
  'móvil',
  'celular',
  'telefone',
  'telefono',
  'cellulare',
  'telefoon',
  'mobiel',
  'voicemail',
  'my number',
  'number is',
  'contact number',
  'mobile number',
  'telepono',
  'cep',
  'numara',
  'numero',
  'número',
  'mobil',
  'puhelin',
  'gsm',
  'tlf',
  'fon',
  'appel',
  'appelez',
  'anrufen',
]);
const OTHER_CONTEXT = contextTest([
  'isbn',
  'order',
  'invoice',
  'tracking',
  'account',
  'acct',
  'serial',
  'ssn',
  'iban',
  'routing',
  'sort code',
  'zip',
  'postcode',
  'postal',
  'price',
  'total',
  'amount',
  'usd',
  'eur',
  'gbp',
  'population',
  'km',
  'kg',
  'mg',
  'page',
  'pages',
  'version',
  'id',
  'patient',
  'policy',
  'reference',
  'ref',
  'case',
  'ticket',
  'member',
  'passport',
  'license',
  'licence',
  'tax',
  'vat',
  'nhs',
  'year',
  'years',
  'card',
  'credit',
  'debit',
  'visa',
  'mastercard',
  'amex',
  'iban',
]);

/** Numbers next to these words are accounts or cards even when "number" is said. */
const FINANCE_CONTEXT = contextTest([
  'card',
  'credit',
  'debit',
  'visa',
  'mastercard',
  'amex',
  'iban',
  'account',
  'acct',
]);

/** Shapes that are something else: dates, years, IPv4, SSN, thousands grouping, decimals. */
function notAPhone(raw: string, digits: string, ctx: boolean): boolean {
  if (/^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/.test(raw)) return true; // date
  if (/^\d{4}[./-]\d{1,2}[./-]\d{1,2}[ T]/.test(raw)) return true;
  if (/^(?:(?:19|20)\d\d[ ./-]+)+(?:19|20)\d\d$/.test(raw)) return true; // years
  // IPv4-like (192.168.1, 192.168.1.1.1), unless written in pairs like French numbers (01.84.17.61.18).
  if (/^\d{1,3}(?:\.\d{1,3}){2,4}$/.test(raw) && !/^\d\d(?:\.\d\d)+$/.test(raw)) {
    if (raw.split('.').filter((o) => Number(o) <= 255).length >= 3) return true;
  }
  if (raw.includes('.') && raw.includes('/')) return true; // CIDR, paths
  if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) return true; // SSN shape
  const thousands = /^(\d{1,3})([., \u00a0])\d{3}(?:\2\d{3})*$/.exec(raw);
  if (thousands && !ctx && (thousands[2] !== ' ' || thousands[1]!.length < 3)) return true; // 1.234.567, 12 345 678
  if (/^\d+\.\d+$/.test(raw)) return true; // decimal
  if (/^97[89]/.test(digits) && digits.length === 13) return true; // ISBN/EAN
  if (digits.length >= 13 && isCardNumber(digits) && cardIssuer(digits)) return true;
  return false;
}

function parse(raw: string, country?: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(raw, country ? { defaultCountry: country, extract: false } : { extract: false });
  } catch {
    return undefined;
  }
}

/** The first country (of `list`) in which the national number is valid. */
function validIn(raw: string, list: readonly CountryCode[]): PhoneNumber | undefined {
  for (const c of list) {
    const p = parse(raw, c);
    if (p?.isValid()) return p;
  }
  return undefined;
}

export const phoneRecognizer: Recognizer = {
  name: 'contact:phone',
  types: ['PHONE'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    return scan(text, PHONE, (m) => {
      let raw = m[0];
      let start = m.index;
      // An opening bracket is part of the number only if it closes; a closing one only if opened.
      if (raw.startsWith('(') && !raw.includes(')')) {
        raw = raw.slice(1);
        start++;
      }
      const ext = EXTENSION.exec(raw);
      const main = ext ? raw.slice(0, ext.index) : raw;
      if (/[)]/.test(main) && !/[(]/.test(main)) return null;
      const digits = main.replace(/\D/g, '');
      const n = digits.length;
      if (n < 7 || n > 15) return null;
      if (/\/.*\//.test(main) || /\s{2,}/.test(main)) return null;
      const end = start + raw.length;
      const ctx = PHONE_CONTEXT(text, start, end);
      if (notAPhone(main, digits, ctx) || insideCode(text, start)) return null;
      const other = OTHER_CONTEXT(text, start, end, 24);
      const international = main.startsWith('+') || main.startsWith('(+') || /^00[1-9]/.test(main);
      const separated = /[ \u00a0()./-]/.test(main);
      const groups = main.split(/[ \u00a0()./-]+/).filter(Boolean);
      let score: number;
      let validated = false;
      if (international) {
        const intl = main.replace(/^\(?(?:\+|00)/, '+').replace(/^\+(\d+)\)/, '+$1 ');
        const p = parse(intl);
        if (p?.isValid()) {
          // A compact 00-prefixed run is as often an account or ID number.
          score = main.startsWith('00') && !separated ? 0.6 : 0.9;
          validated = true;
        } else if (p?.isPossible()) score = main.startsWith('00') && !separated ? 0.45 : 0.75;
        else score = ctx ? 0.65 : 0.4;
      } else {
        const nanp =
          /^(?:\(\d{3}\)[ \u00a0]?|\d{3}[ .-])\d{3}[ .-]\d{4}$/.test(main) ||
          /^1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(main);
        const trunk = /^\(?0[ (-]*[1-9]/.test(main);
        const phoneGrouping = separated && (groups.length >= 3 || trunk || main.startsWith('('));
        if (nanp) {
          const p = validIn(main, ['US', 'CA']);
          score = p ? 0.85 : 0.45;
          validated = Boolean(p);
        } else if (trunk && (phoneGrouping || n >= 10) && validIn(main, [...PRIMARY, ...SECONDARY])) {
          // A national number with its trunk prefix: 0341 8387176, 09171234567, (08) 8747 6301.
          score = phoneGrouping ? 0.6 : 0.55;
        } else if (
          groups.length >= 4 &&
          groups.every((g) => g.length >= 2 && g.length <= 4) &&
          validIn(main, [...PRIMARY, ...SECONDARY])
        ) {
          // 532 123 45 67, 06 12 34 56 78: four or more short groups are how phone numbers are written.
          score = 0.55;
        } else if (validIn(main, PRIMARY)) {
          score = phoneGrouping ? 0.45 : 0.3;
        } else if (validIn(main, SECONDARY)) {
          score = phoneGrouping ? 0.4 : 0.25;
        } else {
          score = phoneGrouping ? 0.3 : 0.1;
        }
        if (ctx) score = Math.max(score + 0.25, separated || n >= 9 ? 0.7 : 0.55);
      }
      if (other && (!ctx || FINANCE_CONTEXT(text, start, end, 32))) score -= 0.35;
      // "046-454 286": mixed separators (brackets aside) are rarely a written phone number.
      if (!ctx && !international && /-/.test(main) && /[ \u00a0]/.test(main.replace(/\)[ \u00a0]/, ')'))) score -= 0.15;
      return { start, end, type: 'PHONE', score: round(score), source: 'pattern', ...(validated ? { validated } : {}) };
    });
  },
};
