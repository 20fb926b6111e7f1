// URL: scheme URLs (http, https, ftp, sftp, ws, wss) and bare domain names that end in a
// delegated TLD (IANA list). Sentence punctuation and unbalanced closing brackets are not part
// of a URL. File names ("report.pdf", "setup.py", "README.md") and code ("self.name") are not
// domains: a TLD that is also a common file extension or identifier needs "www.", a path, a
// port, a third label or a web word nearby.
import type { Candidate, Recognizer } from '../types';
import { contextTest, isTld, round, scan } from './util';

const SCHEME = /(?<![\p{L}\p{N}_])(?:https?|s?ftp|wss?):\/\/[^\s<>"'`{}|\\^\u00a0\u3000]+/giu;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}-]{0,61}[\\p{L}\\p{N}\\p{M}])?';
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}_@.:/\\\\-])(?:${LABEL}\\.){1,8}(\\p{L}{2,63}|xn--[a-z0-9-]{2,59})(?::\\d{2,5}(?!\\d))?(?:[/?#][^\\s<>"'\`]*)?(?![\\p{L}\\p{N}\\p{M}_@-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

/** TLDs that a bare domain may use freely: classic generic ones and country codes. */
const CLASSIC = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'eu', 'uk', 'us']);
/** Country codes that are also file extensions or code words. */
const AMBIGUOUS = new Set([
  'ai',
  'am',
  'as',
  'at',
  'be',
  'by',
  'cc',
  'cs',
  'cx',
  'do',
  'go',
  'gs',
  'id',
  'in',
  'is',
  'it',
  'js',
  'la',
  'ly',
  'md',
  'me',
  'mk',
  'ml',
  'mo',
  'ms',
  'mp',
  'nu',
  'no',
  'on',
  'pl',
  'pm',
  'ps',
  'py',
  'rb',
  'rs',
  'sc',
  'sh',
  'so',
  'st',
  'sx',
  'tf',
  'tk',
  'to',
  'tv',
  'ws',
  'ax',
  'ac',
  'so',
  'gz',
  'bz',
  'ts',
  'vc',
  'im',
  'ma',
  'mm',
  'na',
  'ne',
]);
const WEB_CONTEXT = contextTest([
  'site',
  'website',
  'web',
  'domain',
  'domains',
  'url',
  'link',
  'visit',
  'browse',
  'homepage',
  'page',
  'online',
  'dns',
  'host',
  'hosted',
  'blog',
  'portal',
  'go to',
  'email',
  'mail',
]);

/** Trim sentence punctuation and unbalanced closing brackets from the end of a URL. */
export function trimUrl(s: string): string {
  const open: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  // Bracket balance is counted once; each trimmed closer updates it (linear on any input).
  const balance: Record<string, number> = { ')': 0, ']': 0, '}': 0 };
  for (const closer of Object.keys(balance)) balance[closer] = count(s, closer) - count(s, open[closer]!);
  let end = s.length;
  while (end > 0) {
    const last = s[end - 1]!;
    if (/[.,;:!?'"*>\u2019\u201d]/.test(last)) end--;
    else if (last in balance && balance[last]! > 0) {
      balance[last]!--;
      end--;
    } else break;
  }
  return s.slice(0, end);
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** Query keys and path segments that tie a URL to a person, an account or a credential. */
const IDENTIFYING =
  /[?&;#](?!utm_)[\w.-]*(?:token|key|sig|signature|secret|auth|session|sid|email|mail|user|uid|name|id|account|acct|phone|password|pwd|pass|code|credential)[\w.-]*=|\/(?:users?|u|profiles?|people|members?|accounts?|~[\w.-]+|in|@[\w.-]+)\/|@/i;

/**
 * A site's address identifies its owner and a URL carrying an account, a token or an address
 * identifies a person; a deep link to a public page (an article, an image) usually does not, so
 * it scores under the default threshold: shown when the user lowers it, not redacted by default.
 */
export function urlScore(url: string): number {
  if (IDENTIFYING.test(url)) return 0.9;
  const rest = url.replace(/^[a-z]+:\/\/[^/?#]+/i, '').replace(/\/$/, '');
  return rest === '' ? 0.85 : 0.45;
}

const HOST = /^[a-z]+:\/\/(?:[^/?#@\s]*@)?(\[[0-9A-Fa-f:.]+\]|[^/?#:\s]+)/iu;

/** The host must be a domain with a real TLD, localhost or an IP address. */
function plausibleHost(url: string): boolean {
  const host = HOST.exec(url)?.[1];
  if (!host) return false;
  if (host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.toLowerCase() === 'localhost') return true;
  const labels = host.split('.');
  return labels.length >= 2 && isTld(labels[labels.length - 1]!);
}

export const urlRecognizer: Recognizer = {
  name: 'contact:url',
  types: ['URL'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string' || (!text.includes('.') && !text.includes('://'))) return [];
    const out = scan(text, SCHEME, (m) => {
      const raw = trimUrl(m[0]);
      // Needs a host after the scheme.
      if (!plausibleHost(raw)) return null;
      return { start: m.index, end: m.index + raw.length, type: 'URL', score: urlScore(raw), source: 'pattern' };
    });
    // Scheme URLs are in text order and bare matches come in order too: one moving cursor.
    let cursor = 0;
    const covered = (s: number) => {
      while (cursor < out.length && out[cursor]!.end <= s) cursor++;
      return cursor < out.length && out[cursor]!.start <= s;
    };
    out.push(
      ...scan(text, BARE, (m) => {
        const start = m.index;
        if (covered(start)) return null;
        const raw = trimUrl(m[0]);
        const host = raw.replace(/[:/?#].*$/su, '');
        const labels = host.split('.');
        const tld = labels[labels.length - 1]!;
        if (!isTld(tld)) return null;
        // "Hello.World": a TLD is all lower or all upper case; so is at least one other label's tail.
        if (tld !== tld.toLowerCase() && tld !== tld.toUpperCase()) return null;
        // Numbers with a word after the dot ("3.5kg" is not matched; "1.com" is not a domain either).
        if (/^\d+$/.test(labels[0]!) && labels.length === 2) return null;
        const lower = tld.toLowerCase();
        const www = /^www\d?\./i.test(host);
        const extra = raw.length > host.length; // path, port, query
        const end = start + raw.length;
        let score: number;
        if (www && labels.length < 3) return null; // "www.microsoft": a host needs a domain
        if (extra && /[/?#]/.test(raw[host.length] ?? '')) score = urlScore(`http://${raw}`);
        else if (www) score = 0.85;
        else if (CLASSIC.has(lower)) score = 0.8;
        else if (lower.length === 2 && !AMBIGUOUS.has(lower)) score = 0.7;
        else if (labels.length >= 3 && !AMBIGUOUS.has(lower)) score = 0.65;
        else score = 0.3;
        if (score < 0.5 && WEB_CONTEXT(text, start, end, 32)) score += 0.3;
        return { start, end, type: 'URL', subtype: 'DOMAIN', score: round(score), source: 'pattern', validated: false };
      }),
    );
    return out;
  },
};
