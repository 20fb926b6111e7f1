import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fetchModel, fileUrl, MODEL_DOWNLOAD_HOSTS, ModelFetchError } from '../../../models/fetch';
import { ManifestModelSchema, type ManifestModel } from '../../../models/manifest';
import { LOCK_FILE, verifyModelDir } from '../../../models/verify';
import { resolveModelDir } from '../../../models/resolve';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const CONFIG = Buffer.from(JSON.stringify({ id2label: { 0: 'O', 1: 'B-PER' } }));
const TOKENIZER = Buffer.from(JSON.stringify({ model: { type: 'WordPiece' } }));
const WEIGHTS = Buffer.alloc(300_000, 7);
WEIGHTS.write('fake onnx weights', 0);

interface ServerState {
  files: Map<string, Buffer>;
  /** Close the socket after this many bytes of the body, once per path. */
  cutAfter: Map<string, number>;
  requests: { url: string; range?: string }[];
}

function model(overrides: Partial<Record<string, { sha256: string | null; size: number | null }>> = {}): ManifestModel {
  const f = (p: string, b: Buffer, extra: object = {}) => ({
    path: p,
    sha256: sha(b),
    size: b.length,
    ...extra,
    ...overrides[p],
  });
  return ManifestModelSchema.parse({
    id: 'fake',
    repo: 'acme/fake-ner',
    revision: 'a'.repeat(40),
    dirName: 'fake-ner',
    defaultVariant: 'q8',
    files: [
      f('config.json', CONFIG),
      f('tokenizer.json', TOKENIZER),
      f('onnx/model_quantized.onnx', WEIGHTS, { variant: 'q8' }),
      { path: 'onnx/model.onnx', sha256: 'b'.repeat(64), size: 10, variant: 'fp32' },
    ],
  });
}

describe('models/fetch against a local server', () => {
  let server: http.Server;
  let baseUrl: string;
  let tmp: string;
  const state: ServerState = { files: new Map(), cutAfter: new Map(), requests: [] };

  before(async () => {
    server = http.createServer((req, res) => {
      const url = decodeURIComponent(req.url ?? '');
      state.requests.push({ url, range: req.headers.range });
      const m = /^\/acme\/fake-ner\/resolve\/[^/]+\/(.+)$/.exec(url);
      const body = m ? state.files.get(m[1]!) : undefined;
      if (url.startsWith('/redirect-away/')) {
        res.writeHead(302, { location: 'http://evil.example.com/x' }).end();
        return;
      }
      if (!body) {
        res.writeHead(404).end('not found');
        return;
      }
      let start = 0;
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      if (range) start = Number(range[1]);
      const slice = body.subarray(start);
      res.writeHead(range ? 206 : 200, {
        'content-length': String(slice.length),
        ...(range ? { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
      });
      const cut = state.cutAfter.get(m![1]!);
      if (cut !== undefined) {
        state.cutAfter.delete(m![1]!);
        res.write(slice.subarray(0, cut), () => res.destroy());
        return;
      }
      res.end(slice);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-fetch-'));
    state.files = new Map([
      ['config.json', CONFIG],
      ['tokenizer.json', TOKENIZER],
      ['onnx/model_quantized.onnx', WEIGHTS],
    ]);
    state.cutAfter.clear();
    state.requests = [];
  });

  const listFiles = (dir: string): string[] =>
    fs.existsSync(dir)
      ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort()
      : [];

  test('downloads, verifies, reports progress and writes the completion record', async () => {
    const dest = path.join(tmp, 'm');
    const phases: string[] = [];
    const res = await fetchModel({
      dest,
      model: model(),
      baseUrl,
      onProgress: (p) => phases.push(`${p.file}:${p.phase}`),
    });
    assert.deepEqual(
      res.files.map((f) => f.path),
      ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx'],
    );
    assert.deepEqual(fs.readFileSync(path.join(dest, 'onnx/model_quantized.onnx')), WEIGHTS);
    assert.ok(phases.includes('onnx/model_quantized.onnx:download'));
    assert.ok(phases.includes('onnx/model_quantized.onnx:done'));
    assert.equal(res.lock.pinned, true);
    assert.equal(res.lock.files['onnx/model_quantized.onnx']?.sha256, sha(WEIGHTS));
    assert.ok(fs.existsSync(path.join(dest, LOCK_FILE)));
    assert.ok(!listFiles(dest).some((f) => f.endsWith('.part')), 'no temp files left');
    // fp32 weights were not requested for the q8 variant.
    assert.ok(!state.requests.some((r) => r.url.endsWith('onnx/model.onnx')));
    const v = await verifyModelDir(dest, model());
    assert.equal(v.ok, true);
    assert.equal(v.checked.length, 3);

    // A second run skips the verified files.
    const again = await fetchModel({ dest, model: model(), baseUrl });
    assert.ok(again.files.every((f) => f.skipped));
  });

  test('hash mismatch: the file is refused and nothing is left behind', async () => {
    const dest = path.join(tmp, 'm');
    state.files.set('onnx/model_quantized.onnx', Buffer.from(WEIGHTS).fill(1, 100, 200));
    await assert.rejects(
      fetchModel({ dest, model: model(), baseUrl }),
      (err: unknown) =>
        err instanceof ModelFetchError && err.code === 'HASH_MISMATCH' && err.file === 'onnx/model_quantized.onnx',
    );
    const left = listFiles(dest);
    assert.ok(!left.some((f) => f.startsWith('onnx/model_quantized')), `left: ${left.join(', ')}`);
    assert.ok(!left.includes(LOCK_FILE), 'incomplete download has no completion record');
  });

  test('size mismatch (longer and shorter than pinned) is refused', async () => {
    const dest = path.join(tmp, 'm');
    state.files.set('tokenizer.json', Buffer.concat([TOKENIZER, Buffer.from('extra')]));
    await assert.rejects(
      fetchModel({ dest, model: model(), baseUrl }),
      (err: unknown) => (err as ModelFetchError).code === 'SIZE_MISMATCH',
    );
    state.files.set('tokenizer.json', TOKENIZER.subarray(0, 5));
    await assert.rejects(
      fetchModel({ dest, model: model(), baseUrl }),
      (err: unknown) => (err as ModelFetchError).code === 'SIZE_MISMATCH',
    );
    assert.ok(!listFiles(dest).some((f) => f.startsWith('tokenizer.json')));
  });

  test('404 is a clear error naming the file', async () => {
    state.files.delete('config.json');
    await assert.rejects(
      fetchModel({ dest: path.join(tmp, 'm'), model: model(), baseUrl }),
      (err: unknown) =>
        err instanceof ModelFetchError && err.code === 'HTTP' && /404/.test(err.message) && err.file === 'config.json',
    );
  });

  test('an interrupted connection is resumed with a Range request', async () => {
    const dest = path.join(tmp, 'm');
    state.cutAfter.set('onnx/model_quantized.onnx', 70_000);
    const res = await fetchModel({ dest, model: model(), baseUrl, retries: 2 });
    assert.equal(res.files.find((f) => f.path === 'onnx/model_quantized.onnx')?.sha256, sha(WEIGHTS));
    const ranged = state.requests.filter((r) => r.url.endsWith('model_quantized.onnx') && r.range);
    assert.equal(ranged.length, 1);
    assert.match(ranged[0]!.range!, /^bytes=\d+-$/);
    assert.ok(Number(/\d+/.exec(ranged[0]!.range!)![0]) > 0);
    assert.deepEqual(fs.readFileSync(path.join(dest, 'onnx/model_quantized.onnx')), WEIGHTS);
  });

  test('interrupted with no retries left: fails, keeps only the .part for a later resume', async () => {
    const dest = path.join(tmp, 'm');
    state.cutAfter.set('onnx/model_quantized.onnx', 50_000);
    await assert.rejects(
      fetchModel({ dest, model: model(), baseUrl, retries: 0 }),
      (err: unknown) => (err as ModelFetchError).code === 'NETWORK',
    );
    assert.ok(!fs.existsSync(path.join(dest, 'onnx/model_quantized.onnx')));
    assert.ok(!fs.existsSync(path.join(dest, LOCK_FILE)));
    const resolved = await resolveModelDir({ env: {}, userDataDir: tmp, model: { ...model(), dirName: 'm' } });
    assert.equal(resolved.status, 'missing');
    // The next run resumes and completes.
    await fetchModel({ dest, model: model(), baseUrl });
    assert.deepEqual(fs.readFileSync(path.join(dest, 'onnx/model_quantized.onnx')), WEIGHTS);
  });

  test('an unpinned entry is refused unless explicitly allowed, then its hashes are recorded', async () => {
    const unpinned = {
      ...model(),
      revision: null,
      files: model().files.map((f) => ({ ...f, sha256: null, size: null })),
    };
    const dest = path.join(tmp, 'm');
    await assert.rejects(
      fetchModel({ dest, model: unpinned, baseUrl }),
      (err: unknown) => (err as ModelFetchError).code === 'NOT_PINNED',
    );
    assert.deepEqual(listFiles(dest), []);
    const res = await fetchModel({ dest, model: unpinned, baseUrl, allowUnpinned: true });
    assert.equal(res.lock.pinned, false);
    assert.equal(res.lock.revision, 'main');
    assert.equal(res.lock.files['config.json']?.sha256, sha(CONFIG));
    // Tampering after the download is caught through the recorded hashes.
    fs.writeFileSync(path.join(dest, 'config.json'), Buffer.from(JSON.stringify({ id2label: { 0: 'X', 1: 'B-PER' } })));
    const v = await verifyModelDir(dest, unpinned);
    assert.equal(v.ok, false);
    assert.equal(v.problems[0]?.problem, 'hash');
  });

  test('redirects to hosts that are not approved are refused', async () => {
    const dest = path.join(tmp, 'm');
    await assert.rejects(
      fetchModel({ dest, model: model(), baseUrl: `${baseUrl}/redirect-away` }),
      (err: unknown) =>
        err instanceof ModelFetchError && err.code === 'REDIRECT_BLOCKED' && /evil\.example\.com/.test(err.message),
    );
    assert.ok(!MODEL_DOWNLOAD_HOSTS.includes('evil.example.com'));
    assert.ok(MODEL_DOWNLOAD_HOSTS.includes('huggingface.co'));
    assert.ok(!listFiles(dest).some((f) => f !== 'onnx' && !f.endsWith('/')), `left: ${listFiles(dest).join(', ')}`);
  });

  test('fileUrl pins the revision', () => {
    assert.equal(
      fileUrl('https://huggingface.co/', model(), 'onnx/model_quantized.onnx'),
      `https://huggingface.co/acme/fake-ner/resolve/${'a'.repeat(40)}/onnx/model_quantized.onnx`,
    );
  });
});
