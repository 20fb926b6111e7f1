// IP_ADDRESS: IPv4 (four octets 0-255, not a piece of a longer dotted number such as a version
// 1.2.3.4.5 or an OID) and IPv6 in every form (compressed, embedded IPv4, zone id), each with an
// optional CIDR prefix. node:net validates; version-like contexts and unspecified/loopback
// addresses score lower.
import net from 'node:net';
import type { Candidate, Recognizer } from '../types';
import { contextTest, round, scan } from './util';

const V4 = /(?<![\p{L}\p{N}_.]|\d[.,]?)(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2}(?!\d))?(?![\p{L}\p{N}_]|\.\d|,\d)/gu;
// hex/colon run containing a colon, optionally ending in an IPv4; a zone and a prefix.
const V6 =
  /(?<![\p{L}\p{N}_:.])[0-9A-Fa-f:]*:(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]*)(?:%[\p{L}\p{N}_.-]{1,32})?(?:\/\d{1,3}(?!\d))?(?![\p{L}\p{N}_]|\.\d|:[0-9A-Fa-f])/gu;

const NET_CONTEXT = contextTest([
  'ip',
  'ips',
  'ipv4',
  'ipv6',
  'address',
  'addr',
  'host',
  'hostname',
  'server',
  'gateway',
  'subnet',
  'cidr',
  'dns',
  'router',
  'ping',
  'ssh',
  'connect',
  'connected',
  'connection',
  'from',
  'client',
  'localhost',
  'inet',
  'route',
  'vpn',
  'firewall',
  'proxy',
  'bind',
  'listen',
  'src',
  'dst',
  'source',
  'destination',
  'peer',
  'nat',
  'login',
  'logged',
  'loopback',
  'localhost',
  'link-local',
  'unspecified',
]);
const VERSION_CONTEXT = contextTest([
  'version',
  'ver',
  'v',
  'release',
  'build',
  'firmware',
  'update',
  'upgrade',
  'patch',
  'rev',
  'revision',
  'sdk',
  'api',
  'section',
  'chapter',
  'figure',
  'table',
  'oid',
]);

export const ipRecognizer: Recognizer = {
  name: 'contact:ip-address',
  types: ['IP_ADDRESS'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    const out = text.includes('.')
      ? scan(text, V4, (m) => {
          const raw = m[0];
          const addr = raw.split('/')[0]!;
          if (!net.isIPv4(addr)) return null;
          const start = m.index;
          const end = start + raw.length;
          const net_ = NET_CONTEXT(text, start, end);
          let score = 0.85;
          if (net_) score += 0.1;
          if (VERSION_CONTEXT(text, start, end, 16) && !net_) score = 0.3;
          if (/^(?:0\.0\.0\.0|127\.|255\.255\.255\.255)/.test(addr) && !net_) score -= 0.2;
          return {
            start,
            end,
            type: 'IP_ADDRESS',
            subtype: 'IPV4',
            score: round(score),
            source: 'pattern',
            validated: true,
          };
        })
      : [];
    if (text.includes(':')) {
      out.push(
        ...scan(text, V6, (m) => {
          let raw = m[0];
          // "fe80::1:" at the end of a sentence: the trailing colon is punctuation.
          if (raw.endsWith(':') && !raw.endsWith('::')) raw = raw.slice(0, -1);
          const [addrZone = ''] = raw.split('/');
          const addr = addrZone.split('%')[0]!;
          if (!net.isIPv6(addr)) return null;
          // Full form needs 8 groups; "12:30:45" or "a:b" are not addresses (isIPv6 already says so).
          const start = m.index;
          const end = start + raw.length;
          const short = addr.length <= 4; // "::", "::1"
          const ctx = NET_CONTEXT(text, start, end);
          let score = short ? 0.6 : 0.9;
          if (ctx) score += 0.1;
          // Python slices [::2] and C++ scopes are not addresses.
          if (short && (text[start - 1] === '[' || text[end] === ']') && !ctx) score = 0.3;
          return {
            start,
            end,
            type: 'IP_ADDRESS',
            subtype: 'IPV6',
            score: round(score),
            source: 'pattern',
            validated: true,
          };
        }),
      );
    }
    return out;
  },
};
