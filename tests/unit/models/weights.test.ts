// Which weights file a model directory's model is loaded from, and that the app's resolver and the
// loader agree on it (the app loads the file the resolver verified).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { resolveModelDir } from '../../../models/resolve';
import { FP32_FILE, preferredVariant, Q8_FILE, SMALL_FP32_BYTES } from '../../../models/weights';

function modelDir(files: Record<string, number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-weights-'));
  fs.mkdirSync(path.join(dir, 'onnx'));
  fs.writeFileSync(path.join(dir, 'config.json'), '{}');
  fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
  for (const [file, size] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, file), '');
    fs.truncateSync(path.join(dir, file), size); // sparse: no disk used
  }
  return dir;
}

describe('models/weights', () => {
  test('one weights file: that one', () => {
    assert.equal(preferredVariant(modelDir({ [Q8_FILE]: 1000 })), 'q8');
    assert.equal(preferredVariant(modelDir({ [FP32_FILE]: 1000 })), 'fp32');
    assert.equal(preferredVariant(modelDir({})), undefined);
  });

  test('both: fp32 when it is small, int8 for a large model', () => {
    assert.equal(preferredVariant(modelDir({ [Q8_FILE]: 7e6, [FP32_FILE]: 28e6 })), 'fp32');
    assert.equal(preferredVariant(modelDir({ [Q8_FILE]: 108e6, [FP32_FILE]: 431e6 })), 'q8');
    assert.equal(preferredVariant(modelDir({ [Q8_FILE]: 1, [FP32_FILE]: SMALL_FP32_BYTES + 1 })), 'q8');
  });

  test('a directory named onnx/model.onnx is not a weights file', () => {
    const dir = modelDir({ [Q8_FILE]: 10 });
    fs.mkdirSync(path.join(dir, FP32_FILE));
    assert.equal(preferredVariant(dir), 'q8');
  });

  test('the resolver reports the same choice, unless a variant is asked for', async () => {
    const small = modelDir({ [Q8_FILE]: 7e6, [FP32_FILE]: 28e6 });
    const large = modelDir({ [Q8_FILE]: 108e6, [FP32_FILE]: 431e6 });
    const a = await resolveModelDir({ modelDir: small, env: {} });
    assert.equal(a.status === 'found' && a.quantized, false);
    const b = await resolveModelDir({ modelDir: large, env: {} });
    assert.equal(b.status === 'found' && b.quantized, true);
    const c = await resolveModelDir({ modelDir: small, env: {}, variant: 'q8' });
    assert.equal(c.status === 'found' && c.quantized, true);
  });
});
