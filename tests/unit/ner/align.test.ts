import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Tokenizer } from '@huggingface/tokenizers';
import { alignTokens, normalizeWithOffsets, normalizerConfig } from '../../../electron/services/redaction/ner/align';
import { planWindows, pickOwners } from '../../../electron/services/redaction/ner/windows';

const dir = process.env.PROMPT_VAULT_MODEL_DIR;

describe('token alignment with the real tokenizer', { skip: !dir }, () => {
  const json = dir ? JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8')) : {};
  const cfg = dir ? JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer_config.json'), 'utf8')) : {};
  const tok = dir ? new Tokenizer(json, cfg) : undefined;

  function check(text: string, variant: 'cased' | 'uncased' = 'cased') {
    const ncfg = normalizerConfig(json);
    let tk = tok!;
    if (variant === 'uncased') {
      ncfg.lowercase = true;
      ncfg.stripAccents = true;
      tk = new Tokenizer({ ...json, normalizer: { ...json.normalizer, lowercase: true, strip_accents: null } }, cfg);
    }
    const enc = tk.encode(text, { add_special_tokens: false });
    const res = alignTokens(normalizeWithOffsets(text, ncfg), enc.tokens, { unkToken: '[UNK]' });
    assert.equal(res.misaligned, 0, `misaligned tokens in ${JSON.stringify(text)}`);
    assert.equal(res.tokens.length, enc.tokens.length);
    return enc.tokens.map((t, i) => ({
      t,
      s: text.slice(res.tokens[i]!.start, res.tokens[i]!.end),
      ...res.tokens[i]!,
    }));
  }
  /** Whole words: a word-start token plus its continuations. */
  function words(text: string, out: ReturnType<typeof check>): string[] {
    const ws: { start: number; end: number }[] = [];
    for (const o of out) {
      if (o.wordStart || ws.length === 0) ws.push({ start: o.start, end: o.end });
      else ws[ws.length - 1]!.end = o.end;
    }
    return ws.map((w) => text.slice(w.start, w.end));
  }

  test('plain words, sub-words and punctuation', () => {
    const text = "Mr. O'Brien met Schwarzenegger.";
    const out = check(text);
    assert.ok(
      out.some((o) => o.t.startsWith('##')),
      'has sub-word pieces',
    );
    assert.deepEqual(words(text, out), ['Mr', '.', 'O', "'", 'Brien', 'met', 'Schwarzenegger', '.']);
    for (const o of out) if (!o.t.startsWith('##') && o.t !== '[UNK]') assert.equal(o.s, o.t);
  });

  test('emoji, combining characters, CRLF and tabs before entities keep exact offsets', () => {
    const text = '👩‍💻🎉 Hi\r\n\r\n\tJose\u0301 Garci\u0301a and 😀Anna from Zu\u0308rich';
    const out = check(text);
    const ws = words(text, out);
    assert.ok(ws.includes('😀Anna'), ws.join('|'));
    assert.ok(ws.includes('Jose\u0301'), ws.join('|'));
    const zurich = out.find((o) => o.s.startsWith('Zu'))!;
    assert.equal(zurich.start, text.indexOf('Zu\u0308rich'));
    // The combining accent stays inside the word it belongs to.
    const jose = out.filter((o) => o.start >= text.indexOf('Jose') && o.end <= text.indexOf(' Garc'));
    assert.equal(text.slice(jose[0]!.start, jose[jose.length - 1]!.end), 'Jose\u0301');
  });

  test('[UNK] covers one whole word; control characters are skipped', () => {
    const text = 'call \u0000me\u200b at ☃☃☃x now';
    const out = check(text);
    const unk = out.find((o) => o.t === '[UNK]');
    assert.ok(unk, JSON.stringify(out));
    assert.equal(unk.s, '☃☃☃x');
    assert.equal(out.at(-1)!.s, 'now');
  });

  test('CJK characters are words of their own; surrogate pairs are never split', () => {
    const out = check('東京 in 𝐁𝐨𝐥𝐝 text 中文');
    for (const o of out) {
      assert.ok(
        !/^[\uDC00-\uDFFF]/.test(o.s) && !/[\uD800-\uDBFF]$/.test(o.s),
        `split surrogate in ${JSON.stringify(o)}`,
      );
    }
    assert.ok(out.some((o) => o.s === '東'));
  });

  test('a lower-casing, accent-stripping tokenizer still maps to the original', () => {
    const text = 'Ünïcödé JOSÉ Müller\r\nİstanbul';
    const out = check(text, 'uncased');
    const muller = out.filter((o) => o.start >= text.indexOf('Müller') && o.end <= text.indexOf('\r'));
    assert.equal(text.slice(muller[0]!.start, muller.at(-1)!.end), 'Müller');
  });
});

describe('windows', () => {
  test('short input is one window; long input is covered by overlapping windows of one length', () => {
    assert.deepEqual(planWindows(10, 510, 128), [{ start: 0, end: 10 }]);
    const w = planWindows(2000, 510, 128);
    assert.equal(w[0]!.start, 0);
    assert.equal(w.at(-1)!.end, 2000);
    const len = w[0]!.end - w[0]!.start;
    assert.ok(len <= 510);
    for (const x of w) assert.equal(x.end - x.start, len, 'one length: a batch needs no padding');
    for (let i = 1; i < w.length; i++) assert.ok(w[i - 1]!.end - w[i]!.start >= 128, 'neighbours share 128 tokens');
    const owner = pickOwners(2000, w);
    assert.ok(
      owner.every((o) => o >= 0),
      'every token has an owner',
    );
    // A token in an overlap belongs to the window where it is more central.
    const t = w[1]!.start + 10;
    assert.equal(owner[t], 0);
    const u = w[0]!.end - 10;
    assert.equal(owner[u], 1);
  });

  test('a text just past one window is split evenly, not into two full windows', () => {
    // Two full windows of 510 for 655 tokens would run 1,020 tokens through the model.
    assert.deepEqual(planWindows(655, 510, 128), [
      { start: 0, end: 392 },
      { start: 263, end: 655 },
    ]);
  });

  test('every length is covered by the fewest windows, all of one length, sharing the overlap', () => {
    for (const [size, overlap] of [
      [510, 128],
      [126, 32],
      [8, 4],
      [30, 0],
    ] as const) {
      for (let n = 1; n < 3000; n++) {
        const w = planWindows(n, size, overlap);
        const fewest = n <= size ? 1 : Math.ceil((n - size) / (size - overlap)) + 1;
        assert.equal(w.length, fewest, `n=${n} size=${size}`);
        assert.equal(w[0]!.start, 0);
        assert.equal(w.at(-1)!.end, n);
        const len = w[0]!.end - w[0]!.start;
        assert.ok(len <= size);
        for (const x of w) assert.equal(x.end - x.start, len);
        for (let i = 1; i < w.length; i++) assert.ok(w[i - 1]!.end - w[i]!.start >= overlap, `n=${n} size=${size}`);
      }
    }
  });
});
