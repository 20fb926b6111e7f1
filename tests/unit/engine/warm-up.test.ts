// The warm-up texts run before the first real text (warm-up.ts): they must reach every recognizer,
// in a one-byte and a two-byte string, or the first texts pay for compiling what they missed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_RECOGNIZERS, Detector } from '../../../electron/services/redaction/engine';
import { WARM_UP_TEXTS } from '../../../electron/services/redaction/warm-up';

describe('warm-up', () => {
  it('has a Latin-1 text and a wider one, and each built-in recognizer finds something in them', () => {
    assert.ok(WARM_UP_TEXTS.some((t) => [...t].every((c) => c.charCodeAt(0) <= 0xff)));
    assert.ok(WARM_UP_TEXTS.some((t) => [...t].some((c) => c.codePointAt(0)! > 0xff)));
    for (const r of BUILTIN_RECOGNIZERS) {
      const found = WARM_UP_TEXTS.reduce((n, t) => n + r.detect(t).length, 0);
      assert.ok(found > 0, `${r.name} finds nothing in the warm-up texts`);
    }
  });

  it('leaves the detector as it was: the same findings before and after', async () => {
    const text = 'Call Ana Silva at +44 20 7946 0958 or ana.silva@example.com; IBAN DE89 3704 0044 0532 0130 00.';
    const cold = new Detector({ modelDir: null });
    const before = await cold.detect(text, { ner: false });
    await cold.warmUp({ rounds: 2 });
    const after = await cold.detect(text, { ner: false });
    assert.deepEqual(after.entities, before.entities);
    assert.ok(after.entities.length >= 4);
  });
});
