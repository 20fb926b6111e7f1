// EMAIL: RFC 5322-shaped addresses (dot-atom local part) with a DNS domain ending in a real TLD.
import { matchesAround } from '../fast-scan';
import { isTld } from './tld';
import { scan } from './scan';
import { spacedOnly } from '../unspaced';
import type { Candidate, Recognizer } from '../types';

const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
// A letter of a script written without spaces may touch the address ("邮箱wang@163.com。"); the
// top-level domain is then read without those letters.
const EMAIL = new RegExp(
  `(?<!${spacedOnly('[\\p{L}\\p{N}._%+-]')})(${LOCAL})@((?:${LABEL}\\.)+(?:xn--[a-z0-9-]{2,59}|(?:${spacedOnly('\\p{L}')}){2,63})|(?:\\d{1,3}\\.){3}\\d{1,3})(?!${spacedOnly('[\\p{L}\\p{N}@-]')}|\\.[\\p{L}\\p{N}])`,
  'gu',
);

/**
 * "scheme://user:" (and any of the password) just before a match: the password and host of a URL's
 * user-info, not an address.
 */
const URL_PASSWORD_BEFORE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:[^\s/]*$/;
const SCHEME_BEFORE = /[A-Za-z][A-Za-z0-9+.-]*:$/;
const LEADING_DELIMITERS = /^['`{|]+/;
/**
 * A log's or query string's key glued to the address (user=jdoe@x.com, to=ops@x.com): RFC 5322
 * allows '=' in a local part, but a key of this kind before it is not part of the address.
 */
const KEY_BEFORE = /^[A-Za-z][A-Za-z0-9_-]{0,30}=/;
const ADDRESS_KEY = /mail|user|login|account|owner|recipient|sender|contact|addr|^(?:to|from|cc|bcc|u|e|reply-?to)$/i;
/**
 * Names that are no public top-level domain but end the addresses of company networks
 * (jdoe@corp.local, ops@billing.internal) and of documentation (RFC 2606: .example, .test).
 */
const PRIVATE_TLDS = new Set([
  'internal',
  'local',
  'localdomain',
  'corp',
  'lan',
  'home',
  'intranet',
  'private',
  'example',
  'test',
]);

/**
 * An address written to escape scrapers: "jane [at] example [dot] com", "john(at)gmail(dot)com",
 * "j.smith AT contoso DOT com". The "at" in brackets or capitals (a plain " at " is English); the
 * top-level domain must be a real one.
 */
const AT_SIGN = String.raw`(?:[ \t]*[[({<][ \t]*[Aa][Tt][ \t]*[\])}>][ \t]*|[ \t]+AT[ \t]+)`;
const DOT_SIGN = String.raw`(?:[ \t]*[[({<][ \t]*[Dd][Oo][Tt][ \t]*[\])}>][ \t]*|[ \t]+DOT[ \t]+|\.)`;
const OBFUSCATED = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})${AT_SIGN}((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?${DOT_SIGN})+([A-Za-z]{2,24}))(?![A-Za-z0-9])`,
  'g',
);

/** Where an "at" of OBFUSCATED can stand (its AT_SIGN without the spaces around it). */
const AT_MARK = /[[({<][ \t]*[Aa][Tt][ \t]*[\])}>]|[ \t]AT[ \t]/g;
const OBFUSCATED_AT = new RegExp(OBFUSCATED.source, 'y');
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;

/**
 * OBFUSCATED's matches, as a plain exec loop finds them, tried only where one can start: a local
 * part ends at its "at" (spaces aside), and can only start where its run of local-part characters
 * starts (the lookbehind). A regex that opens with the local part tries it at every word otherwise.
 */
function* obfuscatedMatches(text: string): Generator<RegExpExecArray> {
  let done = 0;
  AT_MARK.lastIndex = 0;
  for (let a = AT_MARK.exec(text); a; a = AT_MARK.exec(text)) {
    // Marks may share a space: "x AT AT y" holds " AT " twice.
    AT_MARK.lastIndex = a.index + 1;
    let end = a.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let start = end;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start >= end || start < done) continue;
    OBFUSCATED_AT.lastIndex = start;
    const m = OBFUSCATED_AT.exec(text);
    if (m) {
      done = m.index + m[0].length;
      AT_MARK.lastIndex = Math.max(AT_MARK.lastIndex, done);
      yield m;
    }
  }
}

function obfuscatedAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of obfuscatedMatches(text)) {
    if (!isTld(m[3]!)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'EMAIL',
      subtype: 'OBFUSCATED',
      score: 0.85,
      source: 'pattern',
    });
  }
  return out;
}

/**
 * An address spelled out in lower case: "john dot doe at gmail dot com", "j.smith at outlook.com".
 * A plain " at " is English ("look at this dot com"), so the local part must look like one (a dot
 * or underscore in it), the domain must be a mail provider's, or a word about mail must come just
 * before.
 */
const SPELLED_AT = /[ \t]at[ \t]+/g;
const SPELLED_DOMAIN =
  /((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:[ \t]+dot[ \t]+|\.))+)([A-Za-z]{2,24})(?![A-Za-z0-9]|\.[A-Za-z0-9])/y;
const SPELLED_LOCAL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:[ \t]+dot[ \t]+[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}){0,4}$/;
const LOCAL_PIECES = /[ \t]+dot[ \t]+|\./;
const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'mac',
  'aol',
  'protonmail',
  'proton',
  'pm',
  'gmx',
  'web',
  'mail',
  'yandex',
  'qq',
  '163',
  '126',
  'zoho',
  'fastmail',
  'tutanota',
  'hey',
  'comcast',
  'orange',
  'free',
  'wanadoo',
  'libero',
  'rediffmail',
  'naver',
  'daum',
  'seznam',
  'wp',
  'onet',
]);
const MAIL_WORD_BEFORE = /(?:e-?mail|mail|contact|reach|write|address|inbox)\b[^\n]{0,40}$/i;

function spelledAddresses(text: string): Candidate[] {
  if (!text.includes(' at ') && !text.includes('\tat')) return [];
  const out: Candidate[] = [];
  let done = 0;
  SPELLED_AT.lastIndex = 0;
  for (let a = SPELLED_AT.exec(text); a; a = SPELLED_AT.exec(text)) {
    if (a.index < done) continue;
    SPELLED_DOMAIN.lastIndex = a.index + a[0].length;
    const d = SPELLED_DOMAIN.exec(text);
    if (!d || !isTld(d[2]!)) continue;
    const local = SPELLED_LOCAL.exec(text.slice(Math.max(0, a.index - 200), a.index))?.[0];
    if (!local) continue;
    const pieces = local.split(LOCAL_PIECES);
    if (pieces.some((p) => !/[A-Za-z]/.test(p))) continue;
    const start = a.index - local.length;
    const provider = MAIL_PROVIDERS.has(d[1]!.split(LOCAL_PIECES)[0]!.toLowerCase());
    const dotted = pieces.length > 1 || local.includes('_');
    if (!provider && !dotted && !MAIL_WORD_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    const end = d.index + d[0].length;
    out.push({ start, end, type: 'EMAIL', subtype: 'SPELLED', score: 0.8, source: 'pattern' });
    done = end;
  }
  return out;
}

/** An address URL-encoded in a query string or a log: "email=nadia.haddad%40gmail.com". */
const ENCODED =
  /(?<![A-Za-z0-9._+-])([A-Za-z0-9][A-Za-z0-9._+-]{0,63})%40((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?![A-Za-z0-9])/g;

function encodedAddresses(text: string): Candidate[] {
  if (!text.includes('%40')) return [];
  return scan(text, matchesAround(ENCODED, '%40', text), (m) =>
    // A local part of digits alone is more likely a percentage: "50%40off.now".
    /[A-Za-z]/.test(m[1]!) && (isTld(m[3]!) || PRIVATE_TLDS.has(m[3]!.toLowerCase()))
      ? {
          start: m.index,
          end: m.index + m[0].length,
          type: 'EMAIL',
          subtype: 'URL_ENCODED',
          score: 0.9,
          source: 'pattern',
        }
      : undefined,
  );
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  detect(text) {
    const others = [...obfuscatedAddresses(text), ...spelledAddresses(text), ...encodedAddresses(text)];
    return text.includes('@') ? [...plainAddresses(text), ...others] : others;
  },
};

function plainAddresses(text: string): Candidate[] {
  return scan(text, matchesAround(EMAIL, '@', text), (m) => {
    const domain = m[2]!;
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    const ipLiteral = /^\d/.test(tld);
    const known = isTld(tld) || PRIVATE_TLDS.has(tld.toLowerCase());
    if (m[1]!.length > 64 || domain.length > 253 || !(ipLiteral || tld.startsWith('xn--') || known)) return undefined;
    // postgres://admin:S3cr3t@db.example.com, https://user@example.com: the secret and URL rules' business.
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (URL_PASSWORD_BEFORE.test(before) || (m[1]!.startsWith('//') && SCHEME_BEFORE.test(before))) return undefined;
    // A URL's path or query before the address ("/api/users/8812/profile?email=t.okafor@gmail.com"):
    // RFC 5322 allows / ? & in a local part, but no one's address holds them.
    let lead = Math.max(m[1]!.lastIndexOf('/'), m[1]!.lastIndexOf('?'), m[1]!.lastIndexOf('&')) + 1;
    // RFC 5322 lets a local part start with ' ` { or |, but in text and code those are the quotes
    // or braces around the address ('ana@example.com', `ana@example.com`): not part of it.
    lead += LEADING_DELIMITERS.exec(m[1]!.slice(lead))?.[0].length ?? 0;
    const key = KEY_BEFORE.exec(m[1]!.slice(lead))?.[0];
    if (key && ADDRESS_KEY.test(key.slice(0, -1))) lead += key.length;
    if (lead === m[1]!.length) return undefined;
    return {
      start: m.index + lead,
      end: m.index + m[0].length,
      type: 'EMAIL',
      score: 0.95,
      source: 'pattern',
      validated: true,
    };
  });
}
