// IP_ADDRESS: IPv4 (octets 0-255, not part of a longer dotted version) and IPv6 in every
// compressed form, with an optional zone id, embedded IPv4 and CIDR suffix. node:net validates.
import net from 'node:net';
import { colonExcerpt } from '../excerpt';
import { scanExcerpt, scanNearDigits } from './scan';
import type { Recognizer } from '../types';
import { append } from '../append';

const V4 = /(?<![\p{L}\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?![\p{L}\p{N}]|\.\d)/gu;
const V6 =
  /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\p{L}\p{N}]+)?(?:\/\d{1,3})?(?![\p{L}\p{N}:]|\.\d)/gu;

export const ipRecognizer: Recognizer = {
  name: 'ip-address',
  types: ['IP_ADDRESS'],
  detect(text) {
    const out = scanNearDigits(V4, text, 0, (m) => {
      const addr = m[0].split('/')[0]!;
      if (!net.isIPv4(addr)) return undefined;
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
    if (text.includes(':')) {
      append(
        out,
        scanExcerpt(V6, colonExcerpt(text, 0), (m) => {
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
        }),
      );
    }
    // An IPv4 inside an IPv6 address ("::ffff:192.0.2.1") is part of it.
    return out.filter(
      (c) => !(c.subtype === 'IPV4' && out.some((o) => o.subtype === 'IPV6' && o.start <= c.start && c.end <= o.end)),
    );
  },
};
