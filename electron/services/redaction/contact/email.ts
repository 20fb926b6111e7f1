// EMAIL: local@domain. Found from each '@' outwards (fast on text without addresses):
// the local part is a dot-atom (letters of any script, digits, . _ % + - '), or a quoted string;
// the domain is DNS labels ending in a delegated TLD (Unicode, punycode), or an IP literal.
// A URL's credentials (https://user:pass@host) are left to the URL recognizer.
import net from 'node:net';
import type { Candidate, Recognizer } from '../types';
import { isTld } from './util';

const LOCAL_CHAR = /[\p{L}\p{N}\p{M}._%+'-]/u;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}-]{0,61}[\\p{L}\\p{N}\\p{M}])?';
/** The domain right after '@' (sticky). */
const DOMAIN = new RegExp(
  `(?:\\[(?:IPv6:[0-9A-Fa-f:.]{2,45}|\\d{1,3}(?:\\.\\d{1,3}){3})\\]|\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.]*[\\p{L}\\p{N}])|(?:${LABEL}\\.){1,12}${LABEL})`,
  'uy',
);
const QUOTED = /"(?:[^"\\\r\n]|\\.){1,64}"$/;
const URL_USERINFO = /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*$/i;
const MAX_LOCAL = 64;

/** Cut a matched domain back to its longest prefix ending in a real TLD (at least two labels). */
function cutToTld(domain: string): string | undefined {
  const labels = domain.split('.');
  for (let n = labels.length; n >= 2; n--) {
    const tld = labels[n - 1]!;
    if (/^\p{L}{2,63}$/u.test(tld) || /^xn--[a-z0-9-]{2,59}$/i.test(tld)) {
      if (isTld(tld)) return labels.slice(0, n).join('.');
    }
  }
  return undefined;
}

/** https://user:pass@host or ftp://user@host: credentials inside a URL, not an address. */
function isUserInfo(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before !== ':' && before !== '/') return false;
  return URL_USERINFO.test(text.slice(Math.max(0, start - 200), start));
}

function localStart(text: string, at: number): number | undefined {
  // Quoted local part: "john smith"@example.com
  if (text[at - 1] === '"') {
    const q = QUOTED.exec(text.slice(Math.max(0, at - 70), at));
    return q ? at - q[0].length : undefined;
  }
  let i = at;
  while (i > 0 && at - i <= MAX_LOCAL && LOCAL_CHAR.test(text[i - 1]!)) i--;
  if (at - i > MAX_LOCAL) return undefined;
  // Never start or end on punctuation (quotes around an address, a leading dot or dash).
  while (i < at && /[.'%+-]/.test(text[i]!)) i++;
  if (i === at || text[at - 1] === '.' || text.slice(i, at).includes('..')) return undefined;
  return i;
}

export const emailRecognizer: Recognizer = {
  name: 'contact:email',
  types: ['EMAIL'],
  detect(text: string): Candidate[] {
    const out: Candidate[] = [];
    if (typeof text !== 'string') return out;
    let at = text.indexOf('@');
    while (at !== -1) {
      const next = text.indexOf('@', at + 1);
      const start = localStart(text, at);
      if (start !== undefined && !isUserInfo(text, start)) {
        DOMAIN.lastIndex = at + 1;
        const m = DOMAIN.exec(text);
        let domain: string | undefined = m?.[0];
        if (domain && !domain.startsWith('[') && !/^\d+(?:\.\d+){3}$/.test(domain)) domain = cutToTld(domain);
        else if (domain) {
          const ip = domain.replace(/^\[(?:IPv6:)?|\]$/g, '');
          if (!net.isIP(ip)) domain = undefined;
        }
        const end = domain ? at + 1 + domain.length : -1;
        // The address must not continue as a longer word or another address.
        if (domain && domain.length <= 253 && !/[\p{L}\p{N}_@-]/u.test(text[end] ?? ' ')) {
          out.push({ start, end, type: 'EMAIL', score: 0.95, source: 'pattern', validated: true });
        }
      }
      at = next;
    }
    return out;
  },
};
