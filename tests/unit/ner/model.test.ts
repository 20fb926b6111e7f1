// Runs the real model from PROMPT_VAULT_MODEL_DIR (the test runner points it at the shared CI model).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadNerModel, type NerLoadProgress, type NerModel } from '../../../electron/services/redaction/ner';

const dir = process.env.PROMPT_VAULT_MODEL_DIR;

function summary(text: string, ents: Awaited<ReturnType<NerModel['detect']>>): string[] {
  for (const e of ents) {
    assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end, `bad span ${JSON.stringify(e)}`);
    assert.equal(e.source, 'ner');
    assert.ok(e.score > 0 && e.score <= 1);
  }
  return ents.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
}

describe('NER model (real weights)', { skip: !dir }, () => {
  let model: NerModel;
  const progress: NerLoadProgress[] = [];
  before(async () => {
    model = await loadNerModel(dir!, { onProgress: (p) => progress.push(p) });
  });
  after(() => model?.dispose());

  test('reports file-level load progress and ends ready', () => {
    assert.ok(progress.some((p) => p.status === 'loading' && p.file === 'tokenizer.json'));
    assert.ok(progress.some((p) => p.status === 'loading' && p.file?.startsWith('onnx/') && p.progress === 100));
    assert.equal(progress.at(-1)?.status, 'ready');
    // The shared model ships both weights; its fp32 file is small, so it is preferred (models/weights.ts).
    assert.equal(model.quantized, false);
  });

  test('golden sentences: names, organisations and places with exact offsets', async () => {
    const cases: [string, string[]][] = [
      ['John Smith works for Google in London.', ['PERSON:John Smith', 'LOCATION:London']],
      [
        'Angela Merkel met the managers of Siemens in Paris.',
        ['PERSON:Angela Merkel', 'ORG:Siemens', 'LOCATION:Paris'],
      ],
      ['The meeting with Peter Parker is in New York.', ['PERSON:Peter Parker', 'LOCATION:New York']],
      [
        'Yesterday Sarah Johnson of Deutsche Bank flew to Frankfurt.',
        ['PERSON:Sarah Johnson', 'ORG:Deutsche Bank', 'LOCATION:Frankfurt'],
      ],
    ];
    for (const [text, want] of cases) {
      const got = summary(text, await model.detect(text));
      for (const w of want) assert.ok(got.includes(w), `${text}: expected ${w}, got ${got.join(', ')}`);
    }
  });

  test('emoji, CRLF and decomposed accents before entities keep exact offsets', async () => {
    const text = '👩‍💻🎉 Hello!\r\n\r\nJohn Smith works for Google in London.';
    const got = summary(text, await model.detect(text));
    assert.ok(got.includes('PERSON:John Smith'), got.join(', '));
    assert.ok(got.includes('LOCATION:London'), got.join(', '));
    const accented = 'Dear Jose\u0301 Garci\u0301a, the contract is ready.';
    const got2 = summary(accented, await model.detect(accented));
    assert.ok(got2.includes('PERSON:Jose\u0301 Garci\u0301a'), got2.join(', '));
  });

  test('possessive and trailing punctuation are not part of the entity', async () => {
    const text = "I read John Smith's report about London.";
    const got = summary(text, await model.detect(text));
    assert.ok(got.includes('PERSON:John Smith'), got.join(', '));
    assert.ok(got.includes('LOCATION:London'), got.join(', '));
  });

  test('an entity after 600+ tokens of filler is still found', async () => {
    const filler =
      'The quarterly report covers revenue, costs, staffing, and the outlook for the next period in some detail. ';
    const text = filler.repeat(40) + 'Then John Smith flew to London to meet the board.';
    const got = summary(text, await model.detect(text));
    assert.ok(got.includes('PERSON:John Smith'), got.join(', '));
    assert.ok(got.includes('LOCATION:London'), got.join(', '));
    const at = (await model.detect(text)).find((e) => e.type === 'PERSON')!;
    assert.equal(at.start, text.indexOf('John Smith'));
  });

  test('same sentence gives the same entities alone and inside a long document', async () => {
    const sentence = 'John Smith works for Google in London. ';
    const alone = summary(sentence, await model.detect(sentence));
    const doc = sentence.repeat(200);
    const ents = await model.detect(doc);
    const perCopy = new Map<number, string[]>();
    for (const e of ents) {
      const copy = Math.floor(e.start / sentence.length);
      perCopy.set(copy, [...(perCopy.get(copy) ?? []), `${e.type}:${doc.slice(e.start, e.end)}`]);
    }
    assert.equal(perCopy.size, 200, 'every copy has entities');
    for (const [copy, got] of perCopy) {
      for (const w of alone) assert.ok(got.includes(w), `copy ${copy}: ${got.join(', ')}`);
    }
  });

  test('empty and entity-free text gives nothing', async () => {
    assert.deepEqual(await model.detect(''), []);
    assert.deepEqual(await model.detect('   \r\n\t '), []);
    assert.deepEqual(await model.detect('please summarise the following paragraph in two lines'), []);
  });

  test('odd input never throws: lone surrogates, NUL, very long words', async () => {
    const text = `\uD800 x \u0000 ${'a'.repeat(5000)} \uDC00. John Smith works for Google in London.`;
    const got = summary(text, await model.detect(text));
    assert.ok(got.includes('PERSON:John Smith'), got.join(', '));
  });
});

describe('NER model loading errors', () => {
  test('a missing directory gives a clear error', async () => {
    const missing = path.join(os.tmpdir(), 'pv-no-such-model-dir');
    const seen: NerLoadProgress[] = [];
    await assert.rejects(
      loadNerModel(missing, { onProgress: (p) => seen.push(p) }),
      (err: Error) => err.message.includes('NER model directory not found') && err.message.includes(missing),
    );
    assert.equal(seen.at(-1)?.status, 'error');
  });

  test('a missing file is named together with the directory', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-ner-'));
    fs.mkdirSync(path.join(root, 'onnx'));
    fs.writeFileSync(path.join(root, 'config.json'), '{"id2label":{"0":"O"}}');
    fs.writeFileSync(path.join(root, 'onnx', 'model.onnx'), 'x');
    await assert.rejects(
      loadNerModel(root, { quantized: false }),
      (err: Error) => /NER model file missing: tokenizer\.json/.test(err.message) && err.message.includes(root),
    );
  });

  test('corrupt weights give an error naming the directory', { skip: !dir }, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-ner-'));
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
      fs.copyFileSync(path.join(dir!, f), path.join(root, f));
    fs.mkdirSync(path.join(root, 'onnx'));
    fs.writeFileSync(path.join(root, 'onnx', 'model_quantized.onnx'), 'not an onnx file');
    await assert.rejects(loadNerModel(root), (err: Error) => err.message.includes(root));
  });
});
