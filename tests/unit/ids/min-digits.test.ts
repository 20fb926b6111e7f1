// ID rules skip a text whose digit words hold fewer digits than any of their matches needs
// (min-digits.ts): the count must never be more than a match can hold, and the findings must not change.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { minDigits } from '../../../electron/services/redaction/min-digits';
import { digitExcerpt, mostDigitsInAPiece, setDigitCountSkip } from '../../../electron/services/redaction/excerpt';
import { ID_RECOGNIZERS } from '../../../electron/services/redaction/patterns/ids';
import { seeded } from '../support/random';

after(() => setDigitCountSkip(true));

const digitsIn = (s: string) => s.replace(/[^0-9]/g, '').length;

describe('the fewest digits a match holds', () => {
  it('reads sequences, quantifiers, alternatives and classes', () => {
    const cases: [string, string, number][] = [
      ['\\d{3}-\\d{2}-\\d{4}', '', 9],
      ['[A-Z]{2}\\d{6}[A-D]', 'i', 6],
      ['(?:\\d{9}|[A-Z]\\d{8})', '', 8],
      ['[0-9]{2,4}(?:[ -][0-9]{3}){1,3}', '', 5],
      ['7[1-9]\\d?', '', 2],
      ['(\\d)\\1{4}', '', 1], // a backreference counts as no digit
      ['(?:ab|\\d\\d)?\\d', '', 1], // optional group
      ['[0-9A-Z]{8}', '', 0], // a class that also takes letters
      ['[^A-Z]{5}', '', 0], // negated class
      ['\\D{3}\\w{4}.', '', 0],
      ['(?<=\\d{4})x(?=\\d)', '', 0], // lookarounds consume nothing
      ['\\p{Nd}{3}', 'u', 0], // not only ASCII digits
      ['[\\d]{3}[0-5]', 'u', 4],
      ['a*', '', 0],
    ];
    for (const [source, flags, want] of cases) assert.equal(minDigits(new RegExp(source, flags)), want, source);
  });

  it('is never more than the digits of a match (random strings, random patterns)', () => {
    const next = seeded(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const atoms = ['\\d', '[0-9]', '[A-Z]', '[A-Z0-9]', '[ -]', '7', 'x', '(?:\\d\\d|[A-Z])', '(?:[0-9]|ab)'];
    const quant = ['', '?', '{2}', '{1,3}', '*', '{0,2}'];
    for (let i = 0; i < 300; i++) {
      let source = '';
      const n = 1 + Math.floor(next() * 5);
      for (let k = 0; k < n; k++) source += pick(atoms) + pick(quant);
      const re = new RegExp(source, 'gi');
      const need = minDigits(re);
      let text = '';
      for (let k = 0; k < 60; k++) text += pick(['1', '23', 'A', 'b', ' ', '-', 'x', '7', '456', 'Z9']);
      for (const m of text.matchAll(re)) assert.ok(digitsIn(m[0]) >= need, `${source} on ${m[0]} (${need})`);
    }
  });
});

describe('ID rules skip excerpts with too few digits', () => {
  it('count the digits of the fullest piece', () => {
    assert.equal(mostDigitsInAPiece(digitExcerpt('a 12 b c d e f 345 x', 0)), 3);
    assert.equal(mostDigitsInAPiece(digitExcerpt('call 555-0100 or 555-0199', 0)), 7);
    assert.equal(mostDigitsInAPiece(digitExcerpt('no digits here', 0)), 0);
  });

  it('find the same IDs as without the skip (short texts with digit groups of every length)', () => {
    const next = seeded(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
    const words = [
      'SSN',
      'passport',
      'NINO',
      'BSN',
      'PESEL',
      'tax id',
      'DNI',
      'plate',
      'Aadhaar',
      'NHS',
      'the',
      'and',
      'ID:',
    ];
    const values = [
      () => digits(1 + Math.floor(next() * 14)),
      () => `${digits(3)}-${digits(2)}-${digits(4)}`,
      () => `AB${digits(6)}C`,
      () =>
        `${pick(['A', 'X', 'KA', 'DL'])}${digits(2)}${pick(['', ' ', '-'])}${pick(['ABC', 'ME', 'X'])}${digits(1 + Math.floor(next() * 4))}`,
      () => `${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `${digits(4)} ${digits(4)} ${digits(4)}`,
      () => `${digits(8)}${pick(['A', 'Z', 'K'])}`,
      () => `${pick(['X', 'Y', 'Z'])}${digits(7)}${pick(['L', 'T'])}`,
    ];
    let texts = 0;
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(next() * 6);
      for (let k = 0; k < n; k++) parts.push(next() < 0.5 ? pick(words) : pick(values)());
      const text = parts.join(pick([' ', ': ', '\n']));
      setDigitCountSkip(false);
      const all = ID_RECOGNIZERS.flatMap((r) => r.detect(text));
      setDigitCountSkip(true);
      assert.deepEqual(
        ID_RECOGNIZERS.flatMap((r) => r.detect(text)),
        all,
        text,
      );
      texts++;
      found += all.length;
    }
    assert.ok(found > 500, `${found} IDs in ${texts} texts`);
  });
});
