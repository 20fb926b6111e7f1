import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TOK_CAP,
  TOK_GLUED,
  isCodeIdentifier,
  isUpper,
  tokenize,
  tokenizeText,
} from '../../../electron/services/redaction/names/lexicon';
import { emailLocalParts } from '../../../electron/services/redaction/names/person';
import { seeded } from '../support/random';

/** The tokenizer as first written with regexes: the fast scanner must give the same tokens. */
function referenceTokenize(text: string) {
  const out: { start: number; end: number; text: string; lower: string; glued: boolean }[] = [];
  const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    while (t.length > 1 && /['’-]$/.test(t)) t = t.slice(0, -1);
    const start = m.index;
    const end = start + t.length;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const glued =
      /[@/_\\\d]/.test(before) ||
      /[@_\d]/.test(after) ||
      (/[.:]/.test(after) && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ' '));
    out.push({ start, end, text: t, lower: t.toLowerCase(), glued });
  }
  return out;
}

// Letters, marks, digits, apostrophes, hyphens, glue characters and surrogates (paired and lone).
const ALPHABET = [
  ..."aZé\u0301ß1٣ \t\n.:@/_\\-'’,",
  '\u{1D400}',
  '\u{10400}',
  '\u{1F600}',
  '\u{1D7CE}',
  '\ud835',
  '\udc00',
  'İ',
  'ǅ',
  '中',
];

function randomText(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('isCodeIdentifier', () => {
  it('knows a name in code made of English words from a name with an inner capital', () => {
    for (const w of ['ModuleDeclaration', 'StringLiteral', 'GeneratorFunction', 'HTTPError', 'SuppressedError'])
      assert.equal(isCodeIdentifier(w), true, w);
    for (const w of ['McDonald', 'DeShawn', 'MacArthur', 'LeBron', 'DiCaprio', 'FitzGerald', 'Anna', 'McKenzie'])
      assert.equal(isCodeIdentifier(w), false, w);
  });
});

describe('tokenize', () => {
  it('gives the same tokens as the regex tokenizer on random text', () => {
    const rand = seeded(12345);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 30));
      const got = tokenizeText(text).map(({ start, end, text, lower, glued }) => ({ start, end, text, lower, glued }));
      assert.deepEqual(got, referenceTokenize(text), JSON.stringify(text));
    }
  });

  it('returns the same tokens again for the same text', () => {
    const a = tokenize('Anna Berg met Tom');
    assert.equal(tokenize('Anna Berg met Tom'), a);
    assert.deepEqual(
      tokenize('x')
        .slice(0, 1)
        .map((t) => t.text),
      ['x'],
    );
  });

  it('keeps flat bounds and flags that agree with the token objects', () => {
    const text = 'Anna x@Berg.com Ölaf 3Dee, zoë_ ’Tis ok.';
    const toks = tokenize(text);
    const words = [];
    for (let k = 0; k < toks.length; k++) {
      const f = toks.flags(k);
      const t = toks.get(k)!;
      assert.equal(t, toks.get(k), 'one object per word');
      assert.equal(toks.start(k), t.start);
      assert.equal(toks.end(k), t.end);
      assert.equal((f & TOK_CAP) !== 0, t.cap);
      assert.equal((f & TOK_GLUED) !== 0, t.glued);
      words.push(`${t.text}${t.cap ? '^' : ''}${t.glued ? '*' : ''}`);
    }
    assert.deepEqual(words, ['Anna^', 'x*', 'Berg^*', 'com', 'Ölaf^', 'Dee^*', 'zoë*', 'Tis^', 'ok']);
    assert.equal(toks.get(-1), undefined);
    assert.equal(toks.get(toks.length), undefined);
    assert.deepEqual(
      toks.slice(1, 3).map((t) => t.text),
      ['x', 'Berg'],
    );
  });

  it('tokenizes long texts past the reused buffer', () => {
    const text = 'Ab cd '.repeat(300_000);
    const toks = tokenize(text);
    assert.equal(toks.length, 600_000);
    assert.equal(toks.get(599_999)!.text, 'cd');
    assert.equal(toks.start(599_998), 6 * 299_999);
    assert.equal(tokenizeText('Ef gh').length, 2);
    assert.equal(tokenize(text), toks, 'a piece tokenized without the memo leaves it in place');
  });

  it('tests capitals like the Unicode property', () => {
    for (const ch of ['A', 'a', 'É', 'ǅ', 'İ', '1', '\ud835', '', undefined, 'aB'])
      assert.equal(isUpper(ch), !!ch && /\p{Lu}/u.test(ch), String(ch));
  });
});

describe('emailLocalParts', () => {
  it('finds the local parts the e-mail regex finds', () => {
    const EMAIL = /([\p{L}\p{N}._%+-]{3,64})@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
    const reference = (text: string) => {
      const out: string[] = [];
      EMAIL.lastIndex = 0;
      for (let m = EMAIL.exec(text); m && out.length < 200; m = EMAIL.exec(text)) out.push(m[1]!);
      return out;
    };
    const chars = [...'ab1.-_%+@@ é,', '\u{1D400}', '\ud835', '\udc00', '中'];
    const rand = seeded(777);
    const texts = ['a'.repeat(70) + '@x.y', 'é'.repeat(66) + '@x.y', '\u{1D400}'.repeat(65) + '@x.y', 'ab@c.d'];
    texts.push(Array.from({ length: 300 }, (_, i) => `u${i}x@d.e`).join(' '));
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = 1 + Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
      texts.push(s);
    }
    for (const text of texts) assert.deepEqual(emailLocalParts(text), reference(text), JSON.stringify(text));
  });
});
