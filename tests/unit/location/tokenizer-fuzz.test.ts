import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOKEN, tokenEnd } from '../../../electron/services/redaction/location/address';
import { cpLen } from '../../../electron/services/redaction/location/chars';

// The address tokenizer scans by character codes; it must find exactly the matches of TOKEN.
const ALPHABET = [
  '1',
  '0',
  '-',
  '/',
  's',
  't',
  'n',
  'd',
  'r',
  'h',
  'Z',
  'º',
  'ª',
  ' ',
  'é',
  '\u0301',
  '\u2206',
  "'",
  '’',
  '@',
  '.',
  '٣',
  '\uD835\uDC00',
  '\uD835',
  '\uDC00',
  '中',
  '\n',
];

const byRegex = (t: string) => {
  const out: number[][] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) out.push([m.index, m.index + m[0].length]);
  return out;
};
const byScan = (t: string) => {
  const out: number[][] = [];
  for (let s = 0; s < t.length;) {
    const len = cpLen(t, s);
    const e = tokenEnd(t, s, len);
    if (e < 0) s += len;
    else out.push([s, (s = e)]);
  }
  return out;
};

describe('address tokenizer', () => {
  it('matches the TOKEN regex on random strings', () => {
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = rand(12); i > 0; i--) t += ALPHABET[rand(ALPHABET.length)];
      assert.deepEqual(byScan(t), byRegex(t), JSON.stringify(t));
    }
  });
});
