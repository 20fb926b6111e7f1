// IP_ADDRESS: IPv4 (octets 0-255, not part of a longer dotted version) and IPv6 in every
// compressed form, with an optional zone id, embedded IPv4 and CIDR suffix. node:net validates.
import net from 'node:net';
import { colonExcerpt } from '../excerpt';
import { scanExcerpt, scanNearDigits } from './scan';
import type { Candidate, Recognizer } from '../types';
import { append } from '../append';

const V4 = /(?<![\p{L}\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?![\p{L}\p{N}]|\.\d)/gu;
const V6 =
  /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\p{L}\p{N}]+)?(?:\/\d{1,3})?(?![\p{L}\p{N}:]|\.\d)/gu;

const PRODUCT_SLASH = /(?:^|[\s(;,])[A-Za-z][\w.-]*\/$/;

export const ipRecognizer: Recognizer = {
  name: 'ip-address',
  types: ['IP_ADDRESS'],
  detect(text) {
    const v4 = scanNearDigits(V4, text, 0, 0, (m) => {
      const addr = m[0].split('/')[0]!;
      if (!net.isIPv4(addr)) return undefined;
      // A product's version after its name and a slash: "Chrome/120.0.0.0" in a user agent (not "http://10.0.0.1").
      if (text[m.index - 1] === '/' && PRODUCT_SLASH.test(text.slice(Math.max(0, m.index - 32), m.index)))
        return undefined;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'IP_ADDRESS',
        subtype: 'IPV4',
        score: 0.9,
        source: 'pattern',
        validated: true,
      };
    });
    if (!text.includes(':')) return v4;
    const v6 = scanExcerpt(V6, colonExcerpt(text, 0), (m) => {
      const s = m[0];
      // "::" alone, "fe80::1", "2001:db8::1" are addresses; "a:b" or a time "12:30:45" are not.
      const addr = s.split('/')[0]!.split('%')[0]!;
      if (!net.isIPv6(addr)) return undefined;
      // Without "::" all eight groups are written; an embedded IPv4 stands for the last two.
      const groups = addr.split(':').length + (addr.includes('.') ? 1 : 0);
      if (!addr.includes('::') && groups < 8) return undefined;
      if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(addr)) return undefined;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'IP_ADDRESS',
        subtype: 'IPV6',
        score: addr === '::' ? 0.6 : 0.9,
        source: 'pattern',
        validated: true,
      };
    });
    // An IPv4 inside an IPv6 address ("::ffff:192.0.2.1") is part of it. Both lists are in text
    // order and the IPv6 ones do not overlap: one pass over both (a search per IPv4 was quadratic
    // on a log of addresses).
    const out: Candidate[] = [];
    let k = 0;
    for (const c of v4) {
      while (k < v6.length && v6[k]!.end < c.end) k++;
      const host = v6[k];
      if (!(host && host.start <= c.start && c.end <= host.end)) out.push(c);
    }
    append(out, v6);
    return out;
  },
};
