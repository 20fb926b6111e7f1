// PHONE: numbers in international and national formats. libphonenumber-js validates what it can
// (any country for +numbers, a few common countries for national ones); other grouped digit runs
// count as phones only next to a phone word ("call", "mobile", "fax", ...).
import {
  getCountries,
  getCountryCallingCode,
  Metadata,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { around } from '../context';
import { isPlaceholder } from '../patterns/ids/checksums';
import { scanNearDigits } from './scan';
import { spacedOnly } from '../unspaced';
import type { Candidate, Recognizer } from '../types';
import { matchesVia } from '../fast-scan';

// A letter of a script written without spaces may touch the number: "手机号是13812345678".
// A colon may stand before a '+' (a vCard's "TEL;TYPE=CELL:+34 …"), not before a digit (a time's minutes).
const PHONE = new RegExp(
  String.raw`(?<!${spacedOnly(String.raw`[\p{L}\p{N}+_/.-]`)})(?<!:(?=\d))(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,14}(?:(?:[ .-]|\s?\/\s?)\(?\d{1,10}\)?){0,14}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?!${spacedOnly(String.raw`[\p{L}\p{N}_]`)}|[.,-]\d|\/\d|:\d)`,
  'giu',
);

/** The countries a national number (no '+') is tried against, most likely first. */
export const NATIONAL: readonly CountryCode[] = [
  'US',
  'GB',
  'DE',
  'FR',
  'IN',
  'AU',
  'CA',
  'ES',
  'IT',
  'NL',
  'BR',
  'JP',
  'CN',
  'IL',
  'CH',
  'SE',
  'PH',
  'TR',
  'KR',
  'MX',
  'ZA',
  'SG',
  'AE',
  'PL',
  'PT',
  'IE',
  'BE',
  'AT',
  'NZ',
  'RU',
];
/** Text before a digit group that looks like the start of an IBAN (groups need separators: no backtracking blow-up). */
// An IBAN's country code opens a word, and each group holds a capital or a digit: "tommyk99 or
// 07912…" is a handle and a word before a phone.
const IBAN_PREFIX =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[A-Za-z0-9]{0,4}(?:[ -](?=[a-z]{0,3}[A-Z0-9])[A-Za-z0-9]{1,4})*[ -]?$/;
const LIKELY_WITHOUT_CONTEXT: CountryCode[] = ['US', 'GB'];
/**
 * Groupings that one country writes its numbers in and few other numbers take: Turkey's 3-3-2-2
 * ("532 123 45 67", "0232 123 45 67"), France's five pairs ("01 42 68 53 00"). Without a phone word,
 * a number grouped so is tried in that country too.
 */
const NATIONAL_GROUPINGS: readonly [RegExp, CountryCode][] = [
  [/^0?\d{3}([ .-])\d{3}\1\d{2}\1\d{2}$/, 'TR'],
  [/^0\d([ .])\d{2}(?:\1\d{2}){3}$/, 'FR'],
];

/** The countries to try a grouped number in when no phone word is near. */
function withoutContext(raw: string): readonly CountryCode[] {
  const own = NATIONAL_GROUPINGS.filter(([shape]) => shape.test(raw)).map(([, country]) => country);
  return own.length ? [...LIKELY_WITHOUT_CONTEXT, ...own] : LIKELY_WITHOUT_CONTEXT;
}
/** Words that name a phone. */
const PHONE_NAMES = String.raw`phone|ph|t[ée]l|telephone|call(?:ed|ing)?|call-?back|mobile|mob|cell(?:phone)?|cel|fax|whats ?app|sms|text(?:ed)? me|dial|hotline|handy(?:nummer)?|mobil(?:nummer|telefon|nr)?|festnetz(?:nummer)?|natel|tlf|telefon(?:nummer|nr|u|um|ní číslo)?|t[ée]l[ée]phone|tel[ée]fono|telepono|telefone|telefoon|rufnummer|m[óo]vil|mobiel|celular|cellulare|portable|gsm|puhelin|puh|ponsel|telepon|telp|nomor hp|no\.? hp|hp|sđt|kom[óo]rk[ai]`;
/**
 * Phone words of scripts \b does not know (it sees only ASCII word characters): after a non-letter,
 * and, for scripts written without spaces, anywhere.
 */
const OTHER_SCRIPT_PHONE_NAMES =
  String.raw`(?<!\p{L})(?:zadzwo(?:ń|ni[cć])|dzwoń|τηλ(?:έφωνο)?|κινητό|телефон|тел|моб(?:ильный)?|сотовый|(?:по)?звон(?:ите|ить|и)|номер|هاتف|هاتفي|جوال|موبايل|फ़ोन|फोन|मोबाइल|טלפון|נייד|điện thoại)` +
  String.raw`|电话|電話|手机|手機|携帯|ケータイ|전화|휴대폰|핸드폰|연락처|โทร`;
/** "Reach me", "call me" in other languages: "wir erreichen Sie unter 0171 2345678", "rufen Sie mich an". */
const REACH_WORDS = String.raw`pod[ \t]+numer(?:em)?|erreichen|erreichbar|anrufen|anruf|ruf(?:e|en|t)?[ \t]+(?:sie[ \t]+)?(?:mich|uns)[ \t]+an|r[üu]ckruf|zur[üu]ckrufen|appelez|appeler|rappeler|joindre|joignable|ll[áa]mame|ll[áa]menos|llamar|ll[áa]meme|contactar|contacto|chiamare|chiamami|contattare|contattarmi|recapito|bellen|bereikbaar|ligar|ligue|contato`;
/** Phone words, including those that only suggest one ("number", "no.", "contact", "reach"). */
const PHONE_WORDS = new RegExp(
  String.raw`\b(?:${PHONE_NAMES}|desk|office|contact|reach|ring|cep|number|n[úu]mero|nummer|numer|numara|no\.|nr\.?|messages? to|answering at|registered|${REACH_WORDS})\b|${OTHER_SCRIPT_PHONE_NAMES}`,
  'iu',
);
/**
 * Words of identifiers that are numbers too ("Passport number: 533380006", "account no. 12345678"),
 * also a bill's or an order's in other languages ("Rechnung Nr. 2024-0815").
 */
const ID_WORDS =
  /\b(?:passport|licen[cs]e|ssn|social security|tax|steuer|account|acct|iban|routing|sort code|card|member(?:ship)?|group (?:number|no\.?|#)|policy|invoice|order|mrn|medical record|patient|reference|ref|tracking|serial|vat|(?:customer|employee|staff|student|roll|badge|payroll|enrol?lment)[ \t]*(?:id|number|no\.?|#)|case|company|registration|crn|ein|ticket|booking|confirmation|transaction|receipt|claim|contract|shipment|parcel|uhid|rechnung|bestellung|auftrag|vertrag|factura|facture|fattura|fatura|faktura|pedido|commande|ordine|bestelling)\b/i;
/** Only the words that name a phone: "number" or "no." after "Passport" does not make one; "reach me" does. */
const STRONG_PHONE_WORDS = new RegExp(
  // Also "reach me" or "ring us" with the person, and the "call me" words of other languages.
  String.raw`\b(?:${PHONE_NAMES}|(?:reach|ring)[ \t]+(?:me|us|him|her|them)|${REACH_WORDS})\b|${OTHER_SCRIPT_PHONE_NAMES}`,
  'iu',
);
const TRUNK_PREFIXED = /^0[1-9]/;
/** Right after an e-mail address and a separator, as contact details are listed: "(lucia@yahoo.es, 622 45 78 90)". */
const AFTER_EMAIL = /@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}[ \t]*[,;/|·][ \t]*\(?$/;
/** The fewest digits of a number taken for a phone. */
const MIN_PHONE_DIGITS = 7;
const CEP_CODE = /^\d{5}-\d{3}$/;
const CEP_LABEL = /\bcep\b[ \t.:#]*$/i;
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4})$/;
/** A count or an amount, by the word or sign after it: "a target of 1 500 000 units", "2 000 000 EUR". */
const QUANTITY_AFTER =
  /^[ \t]*(?:units?|people|persons|users|customers|employees|visitors|items|pieces|copies|views|downloads|votes|shares|barrels|tons?|tonnes?|kg|km|miles|dollars|euros|pounds|yen|rupees|usd|eur|gbp|chf|jpy|inr|[€$£¥%])(?![\p{L}\p{N}])/iu;

/**
 * libphonenumber reports numbers it cannot parse by throwing, and catches them itself; with a
 * stack trace captured for each, a number tried against 30 countries cost up to ~1.5 ms.
 */
function parse(raw: string, country?: CountryCode) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parsePhoneNumberFromString(raw, country);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * What a country's numbering plan allows, to rule a number out without parsing it (a parse tried
 * against thirty countries is most of this rule's cost): the lengths of valid national numbers in
 * any country of its calling code, its national prefixes when they are plain digit strings, and its
 * international call prefix.
 */
interface Plan {
  lengths: ReadonlySet<number>;
  /**
   * The patterns of every number type (fixed line, mobile, toll free…) of the calling code's
   * countries, as one: libphonenumber finds a number valid only when it has a type.
   */
  typed: RegExp;
  /** The national prefixes libphonenumber strips, when they are plain digit strings. */
  prefixes: readonly string[];
  /**
   * Otherwise the national prefix as libphonenumber reads it, a pattern with its transform rule
   * (Brazil's carrier codes, Japan, Korea, China, Australia).
   */
  prefixRule?: { re: RegExp; transform: string | undefined };
  idd: RegExp;
  /** The country calling code: libphonenumber also reads a national number that starts with it. */
  code: string;
}
const PLANS = new Map<CountryCode, Plan | null>();
/** The number types libphonenumber's getNumberType tries. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;
interface PlanMethods {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): { pattern(): string } | undefined;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  IDDPrefix(): string | undefined;
}

function planOf(country: CountryCode): Plan | null {
  let plan = PLANS.get(country);
  if (plan !== undefined) return plan;
  const meta = new Metadata();
  meta.selectNumberingPlan(country);
  // Methods libphonenumber-js has but does not declare.
  const own = meta.numberingPlan as unknown as PlanMethods;
  // The metadata writes "none" as 0. Several plain prefixes may be allowed: "0|180020" (UK).
  const forParsing = String(own.nationalPrefixForParsing() || own.nationalPrefix() || '');
  const idd = own.IDDPrefix();
  const transform = own.nationalPrefixTransformRule() || undefined;
  const plain = /^(?:\d+(?:\|\d+)*)?$/.test(forParsing) && !transform;
  if (!idd) {
    plan = null;
  } else {
    const code = getCountryCallingCode(country);
    const lengths = new Set<number>();
    const patterns: string[] = [];
    for (const c of getCountries()) {
      if (getCountryCallingCode(c) !== code) continue;
      meta.selectNumberingPlan(c);
      const p = meta.numberingPlan as unknown as PlanMethods & { possibleLengths(): number[] };
      for (const n of p.possibleLengths()) lengths.add(n);
      // Without types, libphonenumber checks the national number pattern alone.
      if (!p.hasTypes()) patterns.push(p.nationalNumberPattern());
      else for (const t of NUMBER_TYPES) if (p.type(t)?.pattern()) patterns.push(p.type(t)!.pattern());
    }
    const typed = new RegExp(`^(?:${patterns.map((x) => `(?:${x})`).join('|')})$`);
    const prefixes = forParsing === '' || !plain ? [] : forParsing.split('|');
    const prefixRule = plain ? undefined : { re: new RegExp(`^(?:${forParsing})`), transform };
    plan = { lengths, typed, prefixes, ...(prefixRule ? { prefixRule } : {}), idd: new RegExp(`^(?:${idd})`), code };
  }
  PLANS.set(country, plan);
  return plan;
}

/**
 * False only when `digits` cannot be a valid number of `country` written nationally: neither it
 * nor it without the national prefix has a length and a shape the plan allows (libphonenumber
 * finds no number type for such a national number), and it does not start with the international
 * call prefix (which makes libphonenumber read it as a foreign number).
 */
export function possibleIn(digits: string, country: CountryCode): boolean {
  const plan = planOf(country);
  if (!plan || plan.idd.test(digits)) return true;
  if (possibleNational(plan, digits)) return true;
  // "7 345 794 5909" for Russia: the calling code written without its '+'.
  return digits.startsWith(plan.code) && possibleNational(plan, digits.slice(plan.code.length));
}

function possibleNational(plan: Plan, digits: string): boolean {
  if (fits(plan, digits)) return true;
  if (plan.prefixRule) return afterPrefixRule(plan, plan.prefixRule, digits);
  return plan.prefixes.some((p) => digits.startsWith(p) && fits(plan, digits.slice(p.length)));
}

/**
 * The national number libphonenumber reads after a prefix pattern (its
 * extractNationalNumberFromPossiblyIncompleteNumber): the transform rule applied when the pattern's
 * last group matched, else what follows the match. The bare rest is tried too, to stay on the safe side.
 */
function afterPrefixRule(plan: Plan, rule: NonNullable<Plan['prefixRule']>, digits: string): boolean {
  const m = rule.re.exec(digits);
  if (!m) return false;
  if (fits(plan, digits.slice(m[0].length))) return true;
  return rule.transform !== undefined && m.length > 1 && m[m.length - 1] !== undefined
    ? fits(plan, digits.replace(rule.re, rule.transform))
    : false;
}

function fits(plan: Plan, national: string): boolean {
  return plan.lengths.has(national.length) && plan.typed.test(national);
}

/**
 * Hints of the country from the text around a number: its script, or a phone word of one
 * language. The hinted country is tried first, so a number valid in several countries gets the
 * subtype of the text's ("appelez-moi au 06 12 34 56 78" is FR, not DE); what is found is the same.
 */
const COUNTRY_HINTS: readonly [RegExp, CountryCode][] = [
  [/[\u3040-\u30FF]/, 'JP'],
  [/[\uAC00-\uD7A3]/, 'KR'],
  [/[\u4E00-\u9FFF]/, 'CN'],
  [/[\u0400-\u04FF]/, 'RU'],
  [/[\u0590-\u05FF]/, 'IL'],
  [/[\u0900-\u097F]/, 'IN'],
  [/[\u0600-\u06FF]/, 'AE'],
  [/[\u0E00-\u0E7F]/, 'TH'],
  [/[\u0370-\u03FF]/, 'GR'],
  // Indonesian and Malay: "HP" (handphone), "telp", "ponsel".
  [/\b(?:hp|telp|telepon|ponsel|nomor)\b/i, 'ID'],
  // Vietnamese phone words: "SĐT 0903 123 456" was a French number.
  [/(?<!\p{L})(?:sđt|số điện thoại|điện thoại|di động)(?!\p{L})/iu, 'VN'],
  [/\b(?:t[ée]l[ée]phone|tél|portable|appelez|appeler|rappeler|joindre|joignable|mon num[ée]ro)\b/i, 'FR'],
  [/\b(?:tel[ée]fono|m[óo]vil|ll[áa]mame|ll[áa]menos|llamar|contactar)\b/i, 'ES'],
  [
    /\b(?:telefon(?:nummer)?|handy(?:nummer)?|mobilnummer|festnetz(?:nummer)?|rufnummer|erreichen|erreichbar|anrufen|r[üu]ckruf)\b/i,
    'DE',
  ],
  [/\b(?:cellulare|chiamami|chiamare|contattare|recapito)\b/i, 'IT'],
  [/\b(?:telefoon(?:nummer)?|mobiel|bellen|bereikbaar)\b/i, 'NL'],
  [/\b(?:telefone|celular|ligar|ligue|contato)\b/i, 'BR'],
  [/\b(?:telefonum|cep)\b/i, 'TR'],
  [
    /\b(?:telefonu|kom[óo]rk[ai]|zadzwo(?:ń|ni[cć])|pod[ \t]+numer(?:em)?)(?![\p{L}])|\b(?:m[óo]j|numer)[ \t]+(?:numer|telefonu|to)\b/iu,
    'PL',
  ],
  // Norway and Finland are not among the countries tried without a hint.
  [/\b(?:mobil|tlf|telefonnr|ring meg)\b/i, 'NO'],
  [/\b(?:puhelin|puh|matkapuhelin|soita)\b/i, 'FI'],
];
const HINTED = new Map<CountryCode, readonly CountryCode[]>();

/** NATIONAL, with the country the text around `at` hints at first. */
function countriesFor(text: string, at: number): readonly CountryCode[] {
  const near = text.slice(Math.max(0, at - 60), at + 60);
  for (const [re, country] of COUNTRY_HINTS) {
    if (!re.test(near)) continue;
    let order = HINTED.get(country);
    if (!order) {
      order = [country, ...NATIONAL.filter((c) => c !== country)];
      HINTED.set(country, order);
    }
    return order;
  }
  return NATIONAL;
}

/** The first of `countries` for which `raw` is a valid number that `accept` also takes. */
function validIn(
  raw: string,
  digits: string,
  countries: readonly CountryCode[],
  accept: (p: PhoneNumber) => boolean,
): CountryCode | undefined {
  for (const country of countries) {
    if (!possibleIn(digits, country)) continue;
    const p = parse(raw, country);
    if (p?.isValid() && accept(p)) return country;
  }
  return undefined;
}

/** A phone word and what may stand between it and its number: "phone: +1", "tel. (0)", "mobile 0". */
const WORD_THEN_NUMBER = new RegExp(String.raw`(?:${PHONE_WORDS.source})[ \t:.#-]*[+(\d]`, 'iu');

/**
 * The 12 characters on each side of a number, without the phone word that opens the next number
 * after it: in "Tokyo 170-0013 and phone 090-1234-5678" the postcode is not named a phone.
 */
function ownSurroundings(text: string, start: number, end: number): string {
  const near = around(text, start, end, 12);
  const next = WORD_THEN_NUMBER.exec(text.slice(end, end + 24));
  const after = Math.min(text.length, end + 12) - end;
  return next && next.index < after ? near.slice(0, near.length - after + next.index) : near;
}

/** The sentence before `start`, up to 90 characters back: from after the last sentence end or line break. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - 90);
  const s = text.slice(from, start);
  const m = LAST_SENTENCE_END.exec(s);
  return m ? s.slice(m[0].length) : s;
}
const LAST_SENTENCE_END = /^[\s\S]*(?:[.!?][ \t]|\n)/;

const DOTTED = /^(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?!\d)/;

/**
 * A version number ("0.9.1 / 2012-10-09" of a changelog, "53.0.2785.143"): three dotted groups, one
 * of a single digit. Phones written with dots group two or more ("06.12.34.56.78", "1.800.555.0199").
 */
function isVersion(raw: string): boolean {
  const m = DOTTED.exec(raw);
  if (!m) return false;
  const [, a, b, c] = m as unknown as [string, string, string, string];
  return (a.length === 1 || b.length === 1 || c.length === 1) && !(b.length === 3 && c.length === 3);
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export const phoneRecognizer: Recognizer = {
  name: 'phone',
  types: ['PHONE'],
  detect(text) {
    const found = scanNearDigits(PHONE, text, 1, MIN_PHONE_DIGITS, (m) => {
      const whole = phoneAt(text, m.index, m[0]);
      if (whole || !SPACED_SLASH.test(m[0])) return whole;
      // Two numbers written one after the other with a slash between them ("0161 496 0000 / 0161 496
      // 0001"), which the pattern reads as one (a German area code is written "030/1234567"): each alone.
      const out: Candidate[] = [];
      let at = m.index;
      for (const part of m[0].split('/')) {
        const lead = part.length - part.trimStart().length;
        const one = phoneAt(text, at + lead, part.trim());
        if (one) out.push(one);
        at += part.length + 1;
      }
      return out;
    });
    return spelledOut(text, found);
  },
};

/** A slash with a space on either side: between two numbers, not inside one. */
const SPACED_SLASH = /\s\/|\/\s/;

/** The phone number `matched` at `start`, judged by its digits and the text around it, or undefined. */
function phoneAt(text: string, start: number, matched: string): Candidate | undefined {
  // Fewer characters cannot hold a phone number's digits (most matches are short numbers).
  if (matched.length < MIN_PHONE_DIGITS) return undefined;
  let raw = matched;
  // A trailing extension without digits or separators at the edges are not part of the number.
  raw = raw.replace(/[ .\-/]+$/, '');
  // "(kevin@example.com, 617-555-0143)": a closing parenthesis without its opening one is the text's.
  if (raw.endsWith(')') && raw.split('(').length < raw.split(')').length) raw = raw.slice(0, -1);
  const end = start + raw.length;
  const digits = digitsOf(raw.replace(/\s*(?:x|ext\.?|extension)\s*\d+$/i, ''));
  if (digits.length < MIN_PHONE_DIGITS || digits.length > 15) return undefined;
  if (DATE_LIKE.test(raw) || isVersion(raw)) return undefined;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return undefined; // IPv4
  // "CEP 80010-120" is a Brazilian postcode ("cep" is also Turkish for a mobile).
  if (CEP_CODE.test(raw) && CEP_LABEL.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  // Digit groups inside an IBAN-like or code-like run ("DE89 A704 0044 0532") are not phones.
  const next = /^[ -]([A-Za-z0-9]{1,4})\b/.exec(text.slice(end, end + 6))?.[1];
  if (IBAN_PREFIX.test(before) || (next && /\d/.test(next) && /[A-Za-z]/.test(next))) return undefined;
  // A phone's own verb or name may open the sentence further back: "Remind me to call grandma Rosa
  // on her birthday, June 12, at 555-201-8834".
  const sentence = STRONG_PHONE_WORDS.test(sentenceBefore(text, start));
  // A count or an amount, unless a phone is named: "Sales reach our target of 1 500 000 units."
  if (!sentence && !STRONG_PHONE_WORDS.test(before) && QUANTITY_AFTER.test(text.slice(end, end + 12))) return undefined;
  const context =
    sentence ||
    PHONE_WORDS.test(before) ||
    PHONE_WORDS.test(ownSurroundings(text, start, end)) ||
    (digits.length >= 9 && AFTER_EMAIL.test(before));
  // The number belongs to an identifier named just before it, unless a phone is named too.
  const near = text.slice(Math.max(0, start - 24), start);
  const idNumber = ID_WORDS.test(near) && !STRONG_PHONE_WORDS.test(near);
  const grouped = /[ .()\-/]/.test(raw);
  // "00" dials abroad only before a country's code, which never starts with 0 ("000123456789" is an account).
  const intl = /^(?:\+|00[1-9])/.test(raw);

  if (idNumber && !intl) return undefined;
  if (intl) {
    const p = parse(raw.replace(/^00/, '+'));
    if (p?.isValid()) return hit(start, end, 0.95, p.country, true);
    return context
      ? hit(start, end, 0.75, undefined, false)
      : grouped
        ? hit(start, end, 0.6, undefined, false)
        : undefined;
  }
  // A number that opens with a trunk prefix ("09171234567", "0 532 123 45 67") and is a mobile
  // number of a common country needs no phone word: other numbers in prose rarely start with 0.
  if (
    !context &&
    TRUNK_PREFIXED.test(digits) &&
    digits.length >= 10 &&
    digits.length <= 11 &&
    !isPlaceholder(digits.slice(0, 10))
  ) {
    const mobile = validIn(raw, digits, countriesFor(text, start), (p) => p.getType() === 'MOBILE');
    if (mobile) return hit(start, end, 0.6, mobile, false);
  }
  // Without a phone word only grouped North American and British shapes are likely enough, so
  // only those two are parsed (and a country's own grouping in that country); with one, any of the
  // common countries will do.
  if (!context && !grouped) return undefined;
  const country = validIn(
    raw,
    digits,
    context ? countriesFor(text, start) : withoutContext(raw),
    (p) => p.nationalNumber.length >= 7,
  );
  if (country) {
    // Valid for the country and named a phone ("call", "tel", "contact", not just "number"): as sure as a
    // check digit, so a national ID whose checksum the number happens to pass (about 1 in 10 for
    // a UK NHS number) does not take it over without its own context words.
    const named =
      sentence ||
      STRONG_PHONE_WORDS.test(before) ||
      STRONG_PHONE_WORDS.test(ownSurroundings(text, start, end)) ||
      /\bcontact\b/i.test(before.slice(-32));
    return hit(start, end, context ? 0.9 : 0.75, country, named);
  }
  // Not valid anywhere we know: only a grouped number right after a phone word.
  if (context && (grouped || digits.length >= 9)) return hit(start, end, 0.6, undefined, false);
  return undefined;
}

/**
 * A number read out in words, as a transcript or a user dodging a filter writes it: "call me at five
 * five five, one two three, four five six seven", "oh seven seven double oh nine". Seven to fifteen
 * digits after a phone word, or ten and more anywhere; "double" and "triple" repeat the next digit.
 */
const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const SPOKEN_DIGIT = String.raw`(?:(?:double|triple)[ \t]+)?${DIGIT_WORD}`;
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${SPOKEN_DIGIT}(?:[ \t]*[,.\-/]?[ \t]+${SPOKEN_DIGIT}){5,14}(?![\p{L}\p{N}])`,
  'giu',
);
const SPELLED_LOOSE = new RegExp(String.raw`(?:double|triple|${DIGIT_WORD})[ \t]*[,.\-/]?[ \t]+${DIGIT_WORD}`, 'gi');
const DIGIT_WORDS_IN = new RegExp(DIGIT_WORD, 'gi');
const REPEATS_IN = /\b(?:double|triple)\b/gi;

/** How many digits a spelled number holds: "double oh" is two. */
function spokenDigits(words: string): number {
  let n = words.match(DIGIT_WORDS_IN)!.length;
  for (const r of words.match(REPEATS_IN) ?? []) n += r.toLowerCase() === 'double' ? 1 : 2;
  return n;
}

function spelledOut(text: string, found: Candidate[]): Candidate[] {
  for (const m of matchesVia(SPELLED, SPELLED_LOOSE, text)) {
    const words = spokenDigits(m[0]);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const named = PHONE_WORDS.test(before);
    if (words < (named ? 7 : 10)) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'PHONE',
      subtype: 'SPELLED',
      score: named ? 0.75 : 0.6,
      source: 'pattern',
    });
  }
  return found;
}

function hit(start: number, end: number, score: number, country: string | undefined, validated: boolean) {
  return {
    start,
    end,
    type: 'PHONE' as const,
    ...(country ? { subtype: country } : {}),
    score,
    source: 'pattern' as const,
    ...(validated ? { validated } : {}),
  };
}
