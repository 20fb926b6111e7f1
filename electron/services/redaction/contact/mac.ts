// MAC_ADDRESS: six octets joined by ':' or '-' (one kind per address) or Cisco's dotted
// 0011.2233.4455 form. Not a piece of a longer colon- or dash-joined hex run (IPv6, hashes).
import type { Candidate, Recognizer } from '../types';
import { contextTest, round, scan } from './util';

const MAC =
  /(?<![\p{L}\p{N}_:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}_]|[:.-][0-9A-Fa-f])/gu;
const CONTEXT = contextTest([
  'mac',
  'hardware',
  'physical',
  'ethernet',
  'wifi',
  'wi-fi',
  'wlan',
  'nic',
  'bssid',
  'ether',
  'device',
  'lladdr',
]);

export const macRecognizer: Recognizer = {
  name: 'contact:mac-address',
  types: ['MAC_ADDRESS'],
  detect(text: string): Candidate[] {
    if (typeof text !== 'string') return [];
    return scan(text, MAC, (m) => {
      const raw = m[0];
      const start = m.index;
      const end = start + raw.length;
      const ctx = CONTEXT(text, start, end);
      // Dotted digit-only groups (1234.5678.9012) are more often numbers than a MAC.
      if (raw.includes('.') && !/[A-Fa-f]/.test(raw) && !ctx) return null;
      // All zeros or the broadcast address name no device.
      if (/^(?:00[:-]){5}00$|^(?:ff[:-]){5}ff$/i.test(raw)) return null;
      const score = raw.includes('.') ? (ctx ? 0.9 : 0.6) : ctx ? 0.95 : 0.85;
      return { start, end, type: 'MAC_ADDRESS', score: round(score), source: 'pattern', validated: true };
    });
  },
};
