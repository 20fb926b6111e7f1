// MAC_ADDRESS: six octets with ':' or '-' (one kind per address), or Cisco's dotted form.
import { separatorExcerpt } from '../excerpt';
import { scanExcerpt } from './scan';
import type { Recognizer } from '../types';

const MAC =
  /(?<![\p{L}\p{N}:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}]|[:.-][0-9A-Fa-f])/gu;

export const macRecognizer: Recognizer = {
  name: 'mac-address',
  types: ['MAC_ADDRESS'],
  detect(text) {
    // An address holds ':', '-' or '.' and no white space: only such words are scanned.
    return scanExcerpt(MAC, separatorExcerpt(text, 0), (m) => {
      // Broadcast and all-zero addresses identify nobody.
      if (/^(?:ff[:.-]?){5}ff$|^(?:00[:.-]?){5}00$/i.test(m[0].replace(/\./g, ''))) return undefined;
      // Dotted all-digit groups are more likely numbers than a MAC.
      if (
        m[0].includes('.') &&
        !/[A-Fa-f]/.test(m[0]) &&
        !/mac|hardware|physical|ethernet/i.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        return undefined;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'MAC_ADDRESS',
        score: 0.9,
        source: 'pattern',
        validated: true,
      };
    });
  },
};
