// The context gate: ID recognizers that need a context word read only the parts of a long text near
// one, and must find exactly what they find reading all of it.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  ContextGate,
  setContextGate,
  witnessPiece,
} from '../../../electron/services/redaction/patterns/ids/context-gate';
import { digitExcerpt } from '../../../electron/services/redaction/excerpt';
import { ID_RECOGNIZERS } from '../../../electron/services/redaction/patterns/ids';
import { seeded } from '../support/random';

after(() => setContextGate(true));

function findAll(text: string): string {
  return JSON.stringify(ID_RECOGNIZERS.flatMap((r) => r.detect(text)));
}

function both(text: string): { gated: string; whole: string } {
  setContextGate(false);
  const whole = findAll(text);
  setContextGate(true);
  return { gated: findAll(text), whole };
}

describe('context gate', () => {
  it('looks for the rarest-looking piece of a context word', () => {
    assert.equal(witnessPiece('Policy Number'), 'policy');
    assert.equal(witnessPiece("driver's license"), "driver's");
    assert.equal(witnessPiece('number'), 'number');
    assert.equal(witnessPiece('acct#'), 'acct#');
    assert.equal(witnessPiece('   '), undefined);
  });

  it('finds the same IDs in long texts as a reading of the whole text', () => {
    const next = seeded(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    // Context words of the gated recognizers, some overlapping one another ("pass", "passport#"),
    // values of their shapes, and filler of every length so that words fall on each side of a window's edge.
    const words = [
      'MRN',
      'medical record',
      'policy #',
      'Policy No',
      'passport',
      'pass',
      'passport#',
      'Reisepass',
      'account',
      'a/c',
      'acct#',
      'plate',
      'Kennzeichen',
      'targa',
      'DL#',
      "driver's license",
      'customer no',
      'member id',
      'sort code',
      'employee',
      'EIN',
      'carta d’identità',
      'number',
      'İstanbul', // lower-cases to a longer string: the gate must stand aside
    ];
    const values = [
      '123456',
      '4471-928-03',
      'CLM-2024-778812',
      'AB51 ABC',
      'MH 12 AB 1234',
      'X1234567',
      'C01X00T47',
      '12-34-56',
      '98765432',
      'CA1234567',
      '12-3456789',
      'D123-4567-8901',
    ];
    let differences = 0;
    for (let t = 0; t < 40; t++) {
      let text = '';
      while (text.length < 6000) {
        const r = next();
        if (r < 0.25) text += pick(words);
        else if (r < 0.5) text += pick(values);
        else text += 'x'.repeat(Math.floor(next() * 60));
        text += pick([' ', ': ', ' is ', '\n', ', ', '  ']);
      }
      if (t % 5 === 4) text += 'İ'; // the whole text lower-cases to a different length
      const { gated, whole } = both(text);
      if (gated !== whole) differences++;
      // Not a vacuous comparison: most texts hold gated findings.
      if (t === 0) assert.ok(JSON.parse(whole).length > 20);
    }
    assert.equal(differences, 0);
  });

  it('reports a value at the very edge of its context window in a long text', () => {
    // MRN reads context within 24 characters of the value.
    const filler = 'lorem ipsum dolor sit amet '.repeat(200);
    for (const gap of [22, 23, 24, 25, 26]) {
      const text = `${filler}MRN${' '.repeat(gap)}40817263 ${filler}`;
      const { gated, whole } = both(text);
      assert.equal(gated, whole, `gap ${gap}`);
    }
    const near = both(`${filler}MRN: 40817263 ${filler}`);
    assert.match(near.gated, /MEDICAL_RECORD_NUMBER/);
  });

  it('reads each long text for its own context words, not those of the text before', () => {
    // Whether a context word occurs anywhere is remembered per long text (define.ts): the next text
    // must be read again, whichever comes first.
    const filler = 'lorem ipsum dolor sit amet '.repeat(200);
    const withWord = `${filler}MRN: 40817263 ${filler}`;
    const without = `${filler}ref: 40817263 ${filler}`;
    const mrn = (text: string) => findAll(text).includes('MEDICAL_RECORD_NUMBER');
    for (const order of [
      [withWord, without],
      [without, withWord],
    ]) {
      assert.deepEqual(
        order.map(mrn),
        order.map((t) => t === withWord),
      );
    }
  });

  it('counts a place for a word that starts inside another word found there', () => {
    // One scan reports "immatriculation" and skips the "matricula" inside it, two characters on.
    const gate = new ContextGate();
    gate.register(['Immatriculation'], 10);
    const b = gate.register(['matricula'], 10)!;
    const filler = 'a'.repeat(5000);
    // The value starts 21 characters after the word: "matricula" (at +2, 9 long) ends within
    // reach (10, plus one) of it. Far off, the piece is left out.
    for (const [gap, kept] of [
      [6, 1],
      [60, 0],
    ] as const) {
      const text = `${filler} immatriculation${' '.repeat(gap)}123 ${filler}`;
      assert.equal(gate.select(b, text, text, digitExcerpt(text, 0)).at.length, kept, `gap ${gap}`);
    }
  });

  it('counts no place where a piece cannot be a word: inside another word', () => {
    // "conta" (a Portuguese account) inside every "contact" made each rule reading "a/c" read the
    // whole text near it; a plural and a value right after a label still count.
    const gate = new ContextGate();
    const k = gate.register(['conta'], 10)!;
    const filler = 'a '.repeat(2500);
    const kept = (middle: string) => {
      const text = `${filler}${middle} 123456 ${filler}`;
      return gate.select(k, text, text, digitExcerpt(text, 0)).at.length;
    };
    assert.equal(kept('contact'), 0);
    assert.equal(kept('xconta'), 0);
    assert.equal(kept('conta'), 1);
    assert.equal(kept('contas'), 1);
    assert.equal(kept('conta:'), 1);
    assert.equal(kept('conta123'), 1);
  });
});
