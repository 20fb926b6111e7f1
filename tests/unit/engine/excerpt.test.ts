// Excerpts: the recognizers that scan only the words around digits (or colons) must find exactly
// what a scan of the whole text finds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { BUILTIN_RECOGNIZERS } from '../../../electron/services/redaction/engine';
import { buildExcerpt, hotSet, matchesInExcerpt, setWholeTextScan } from '../../../electron/services/redaction/excerpt';
import { seeded } from '../support/random';

const DIGITS = hotSet('0123456789');

describe('buildExcerpt', () => {
  it('keeps the words that hold a digit, joined by a barrier, and maps offsets back', () => {
    const text = 'call me at 555 0199 tomorrow, room B12 please';
    const ex = buildExcerpt(text, DIGITS, 0);
    assert.equal(ex.text, '555 0199\n\0\nB12');
    assert.deepEqual(ex.from, [11, 35]);
    const found = [...matchesInExcerpt(/[A-Z]?\d+/g, ex)].map((m) => [m[0], m.index]);
    assert.deepEqual(found, [
      ['555', 11],
      ['0199', 15],
      ['B12', 35],
    ]);
    for (const [value, index] of found)
      assert.equal(text.slice(index as number, (index as number) + 3), String(value).slice(0, 3));
  });

  it('adds `reach` words on each side and joins pieces that touch', () => {
    const text = 'a b GB29 NWBK 6016 c d e f 7 g';
    assert.equal(buildExcerpt(text, DIGITS, 1).text, 'b GB29 NWBK 6016 c\n\0\nf 7 g');
    assert.equal(buildExcerpt(text, DIGITS, 2).text, 'a b GB29 NWBK 6016 c d e f 7 g');
  });

  it('handles digits at both ends of the text, tabs and line breaks', () => {
    const text = '1\tx\r\ny 2';
    assert.equal(buildExcerpt(text, DIGITS, 0).text, '1\n\0\n2');
    assert.equal(buildExcerpt(text, DIGITS, 5).text, text);
    assert.equal(buildExcerpt('no digits here', DIGITS, 3).text, '');
  });
});

/** Texts that stress word edges: grouped numbers, words without digits inside values, IPv6 without digits. */
const TRICKY = [
  'IBAN GB29 NWBK 6016 1331 9268 19 and MT84 MALT 0110 0001 2345 MTLC AST0 01S end',
  'Call 555 / 0199 ext 42 or +44 20 7946 0958, fax (020) 7946-0959 x 12.',
  'Born 5th of May, 2021; moved on March 3rd 2022 and 2021-05-21T10:30:00Z, 21.5.2021.',
  'Hosts abcd::ef, fe80::1%eth0, ::ffff:192.0.2.1 and 10.0.0.1/24; MAC aa:bb:cc:dd:ee:ff, AB-CD-EF-01-23-45.',
  'NINO AB 12 34 56 C, SSN 123-45-6789, card 4111 1111 1111 1111, Steuer-ID 12 345 678 903.',
  'Vehicle MH 12 AB 1234 and plate AB51 ABC; passport C01X00T47 and L01X00T4; PAN ABCPD1234E.',
  // IDs with a word of letters only: the recognizers add one word on each side (wordWithoutDigits).
  'Araç plakası 34 ABC 1234 olarak; NI AA 12 34 56 B; car reg is AB51 ABC, number plate A123 BCD; USt-IdNr. DE 136 695 976.',
  'x'.repeat(50) + ' 1 ' + 'word '.repeat(30) + '12345678',
  // Crossings are read in windows around each numbered street: names of every length on either side.
  'near 5th Avenue and 42nd Street; W 34th St & 8th Ave; Lexington Avenue and 3rd Avenue; ' +
    `${'Ab'.repeat(15)} ${'Cd'.repeat(15)}   Street and 1st Avenue; 2nd Street and ${'Xy'.repeat(15)} Road; ` +
    `${'Longword'.repeat(5)} Street and 9th Road; 1st St  &  2nd St 3rd St and 4th St and 5th Ave`,
];

/** Deterministic pseudo-random texts over an alphabet dense in separators, digits and short words. */
function randomTexts(count: number): string[] {
  const next = seeded(42);
  const pieces = [
    '1',
    '23',
    '456',
    '7890',
    'AB',
    'de',
    'X',
    ' ',
    ' ',
    '  ',
    '\n',
    '-',
    '.',
    '/',
    ':',
    '+',
    '(',
    ')',
    'ext',
    'May',
    'of',
    'GB',
    '@',
    '#',
  ];
  return Array.from({ length: count }, () => {
    let s = '';
    const n = 20 + Math.floor(next() * 80);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
    return s;
  });
}

function evalTexts(): string[] {
  const dir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const set of fs.readdirSync(dir)) {
    const file = path.join(dir, set, 'eval.jsonl');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(0, 300)) {
      if (line) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

describe('recognizers on excerpts', () => {
  after(() => setWholeTextScan(false));

  it('find exactly what a scan of the whole text finds', () => {
    const texts = [...TRICKY, ...randomTexts(400), ...evalTexts()];
    // One long text as well, so pieces far apart are mapped back correctly.
    texts.push(texts.join('\n'));
    let compared = 0;
    for (const r of BUILTIN_RECOGNIZERS) {
      for (const text of texts) {
        setWholeTextScan(true);
        const whole = JSON.stringify(r.detect(text));
        setWholeTextScan(false);
        const excerpted = JSON.stringify(r.detect(text));
        assert.equal(excerpted, whole, `${r.name} on ${JSON.stringify(text.slice(0, 120))}`);
        compared++;
      }
    }
    assert.ok(compared > 1000);
  });

  it('still find the values in the tricky texts', () => {
    const all = TRICKY.flatMap((t) =>
      BUILTIN_RECOGNIZERS.flatMap((r) => r.detect(t).map((c) => [c.type, t.slice(c.start, c.end)])),
    );
    const has = (type: string, value: string) =>
      assert.ok(
        all.some(([ty, v]) => ty === type && v === value),
        `${type} ${value} in ${JSON.stringify(all)}`,
      );
    has('IBAN', 'GB29 NWBK 6016 1331 9268 19');
    has('IP_ADDRESS', 'abcd::ef');
    has('MAC_ADDRESS', 'aa:bb:cc:dd:ee:ff');
    has('CREDIT_CARD', '4111 1111 1111 1111');
    has('ID_NUMBER', 'AB 12 34 56 C');
    has('DATE', '5th of May, 2021');
    has('ID_NUMBER', '34 ABC 1234');
    has('ID_NUMBER', 'AA 12 34 56 B');
    has('ID_NUMBER', 'A123 BCD');
    has('ID_NUMBER', 'DE 136 695 976');
  });
});
