import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { filesFor, isPinned, loadManifest, manifestModel } from '../../../models/manifest';
import { downloadedModelDir, resolveModelDir } from '../../../models/resolve';
import { LOCK_FILE, sha256File, verifyModelDir } from '../../../models/verify';

const ciDir = process.env.PROMPT_VAULT_MODEL_DIR;

function fakeModelDir(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config.json'), '{}');
  fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
  fs.writeFileSync(path.join(dir, 'onnx', 'model_quantized.onnx'), 'w');
  return dir;
}

describe('models/manifest', () => {
  test('parses, has a default and both models', () => {
    const m = loadManifest();
    assert.equal(manifestModel().id, m.default);
    assert.equal(manifestModel().repo, 'Xenova/bert-base-NER');
    assert.throws(() => manifestModel('nope'), /Unknown model "nope"/);
  });
  test('the production entry is honestly unpinned; the CI entry is pinned', () => {
    assert.equal(isPinned(manifestModel('bert-base-ner')), false);
    assert.equal(isPinned(manifestModel('ci-ner-cnn-conll-pii'), 'all'), true);
    assert.deepEqual(
      filesFor(manifestModel('ci-ner-cnn-conll-pii'), 'q8')
        .map((f) => f.path)
        .filter((p) => p.startsWith('onnx/')),
      ['onnx/model_quantized.onnx'],
    );
  });
});

describe('models/verify', () => {
  test('the shared CI model matches its manifest hashes', { skip: !ciDir }, async () => {
    const res = await verifyModelDir(ciDir!, manifestModel('ci-ner-cnn-conll-pii'), { variant: 'all' });
    assert.deepEqual(res.problems, []);
    assert.equal(res.ok, true);
    assert.ok(res.checked.includes('onnx/model.onnx'));
  });
  test('a modified or missing file is reported', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-verify-'));
    const dir = fakeModelDir(root, 'x');
    const entry = {
      ...manifestModel('ci-ner-cnn-conll-pii'),
      files: [
        { path: 'config.json', sha256: await sha256File(path.join(dir, 'config.json')), size: 2 },
        { path: 'tokenizer.json', sha256: 'f'.repeat(64), size: 2 },
        { path: 'vocab.txt', sha256: null, size: null },
      ],
    };
    const res = await verifyModelDir(dir, entry);
    assert.equal(res.ok, false);
    assert.deepEqual(
      res.problems.map((p) => `${p.file}:${p.problem}`),
      ['tokenizer.json:hash', 'vocab.txt:missing'],
    );
  });
});

describe('models/resolve', () => {
  test('precedence: option > env > bundled > downloaded', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-resolve-'));
    const opt = fakeModelDir(root, 'opt');
    const envDir = fakeModelDir(root, 'env');
    const model = manifestModel();
    fakeModelDir(path.join(root, 'res', 'models'), model.dirName);
    const env = { PROMPT_VAULT_MODEL_DIR: envDir };
    const a = await resolveModelDir({ modelDir: opt, env, resourcesPath: path.join(root, 'res') });
    assert.equal(a.status === 'found' && a.source, 'option');
    const b = await resolveModelDir({ env, resourcesPath: path.join(root, 'res') });
    assert.equal(b.status === 'found' && b.source, 'env');
    const c = await resolveModelDir({ env: {}, resourcesPath: path.join(root, 'res') });
    assert.equal(c.status === 'found' && c.source, 'bundled');
    assert.equal(c.status === 'found' && c.quantized, true);
  });

  test('an explicit directory that is unusable is an error, not a silent fallback', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-resolve-'));
    fakeModelDir(path.join(root, 'res', 'models'), manifestModel().dirName);
    const r = await resolveModelDir({
      env: { PROMPT_VAULT_MODEL_DIR: path.join(root, 'nope') },
      resourcesPath: path.join(root, 'res'),
    });
    assert.equal(r.status, 'missing');
    assert.match(r.status === 'missing' ? r.message : '', /PROMPT_VAULT_MODEL_DIR.*directory does not exist/);
  });

  test('nothing anywhere: "missing" says where it looked and what to do', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-resolve-'));
    const r = await resolveModelDir({
      env: {},
      resourcesPath: path.join(root, 'res'),
      userDataDir: path.join(root, 'data'),
    });
    assert.equal(r.status, 'missing');
    if (r.status !== 'missing') return;
    assert.equal(r.searched.length, 2);
    assert.match(r.message, /models:fetch/);
    assert.match(r.message, /Nothing is sent/);
  });

  test('a downloaded copy is verified; a tampered file makes it "invalid"', { skip: !ciDir }, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-resolve-'));
    const model = manifestModel('ci-ner-cnn-conll-pii');
    const dir = downloadedModelDir(path.join(root, 'data'), model);
    fs.cpSync(ciDir!, dir, {
      recursive: true,
      filter: (src) => !src.endsWith('model.onnx') || src.endsWith('_quantized.onnx'),
    });
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) fs.chmodSync(path.join(dir, f), 0o755);
    // No completion record: treated as an incomplete download.
    const incomplete = await resolveModelDir({ env: {}, userDataDir: path.join(root, 'data'), model });
    assert.equal(incomplete.status, 'missing');
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        id: model.id,
        repo: null,
        revision: 'local',
        variant: 'q8',
        pinned: true,
        fetchedAt: new Date().toISOString(),
        files: {},
      }),
    );
    const ok = await resolveModelDir({ env: {}, userDataDir: path.join(root, 'data'), model });
    assert.equal(ok.status, 'found');
    assert.equal(ok.status === 'found' && ok.verified, true);
    fs.appendFileSync(path.join(dir, 'tokenizer.json'), ' ');
    const bad = await resolveModelDir({ env: {}, userDataDir: path.join(root, 'data'), model });
    assert.equal(bad.status, 'invalid');
    assert.match(bad.status === 'invalid' ? bad.message : '', /tokenizer\.json: size/);
  });
});
