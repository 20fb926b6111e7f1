// NER runner figures: load time, latency on a 2,000-character prompt (median of 20), a 100 KB
// document, and NER-only quality on the shared presidio_synth_v2 set for fp32 vs int8 weights
// and each word-aggregation strategy. Figures are printed, never asserted.
// Run: npx tsx bench/main.ts ner   (PROMPT_VAULT_MODEL_DIR or the shared CI model)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNerModel, type NerModel } from '../electron/services/redaction/ner';
import type { AggregationStrategy } from '../electron/services/redaction/ner/aggregate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelDir =
  process.env.PROMPT_VAULT_MODEL_DIR ?? path.resolve(root, '..', 'shared', 'models', 'ci', 'ner-cnn-conll-pii');
const evalDir = path.resolve(root, '..', 'shared', 'eval', 'presidio_synth_v2');

const PROMPT =
  'Hi team, please summarise the following note for the board. Yesterday Sarah Johnson from Deutsche Bank met ' +
  'Peter Parker and Angela Merkel in Frankfurt to discuss the merger with Siemens. The meeting took place at the ' +
  'Marriott hotel near the central station, and John Smith (our counsel in London) joined by phone. ';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Gold {
  text: string;
  spans: { start: number; end: number; label: string }[];
}

async function quality(model: NerModel, rows: Gold[], map: Record<string, string>): Promise<string> {
  const want = new Set(['PERSON', 'ORG', 'LOCATION']);
  let g = 0;
  let caught = 0;
  let p = 0;
  let good = 0;
  const per: Record<string, [number, number]> = {};
  for (const row of rows) {
    const preds = await model.detect(row.text);
    const cov = new Uint8Array(row.text.length);
    for (const e of preds) cov.fill(1, e.start, e.end);
    for (const s of row.spans) {
      const t = map[s.label] ?? s.label;
      if (!want.has(t)) continue;
      let n = 0;
      let c = 0;
      for (let k = s.start; k < s.end; k++) {
        if (/\s/.test(row.text[k]!)) continue;
        n++;
        if (cov[k]) c++;
      }
      if (!n) continue;
      g++;
      const ok = c / n >= 0.9;
      if (ok) caught++;
      const pt = (per[t] ??= [0, 0]);
      pt[0]++;
      if (ok) pt[1]++;
    }
    for (const e of preds) {
      p++;
      if (row.spans.some((s) => e.start < s.end && s.start < e.end)) good++;
    }
  }
  const perType = Object.entries(per)
    .map(([t, [n, c]]) => `${t} ${(c / n).toFixed(3)}`)
    .join(', ');
  return `recall ${(caught / g).toFixed(3)} precision ${(good / Math.max(1, p)).toFixed(3)} (${perType})`;
}

export async function run(): Promise<void> {
  if (!fs.existsSync(modelDir)) {
    console.log(`no model at ${modelDir}: skipped`);
    return;
  }
  const prompt = PROMPT.repeat(Math.ceil(2000 / PROMPT.length)).slice(0, 2000);
  const doc = PROMPT.repeat(Math.ceil(100_000 / PROMPT.length)).slice(0, 100_000);
  const haveEval = fs.existsSync(path.join(evalDir, 'eval.jsonl'));
  const rows: Gold[] = haveEval
    ? fs
        .readFileSync(path.join(evalDir, 'eval.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Gold)
    : [];
  const map: Record<string, string> = haveEval
    ? (JSON.parse(fs.readFileSync(path.join(evalDir, 'label_mapping.json'), 'utf8')) as Record<string, string>)
    : {};
  for (const quantized of [true, false]) {
    const t0 = performance.now();
    const model = await loadNerModel(modelDir, { quantized });
    const loadMs = performance.now() - t0;
    await model.detect(prompt);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      await model.detect(prompt);
      times.push(performance.now() - s);
    }
    const d0 = performance.now();
    const docEnts = await model.detect(doc);
    const docMs = performance.now() - d0;
    console.log(
      `${quantized ? 'int8 (model_quantized.onnx)' : 'fp32 (model.onnx)'}: load ${loadMs.toFixed(0)} ms, ` +
        `2,000-char prompt median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), ` +
        `100 KB document ${docMs.toFixed(0)} ms (${docEnts.length} entities)`,
    );
    await model.dispose();
    if (!haveEval) continue;
    for (const aggregation of ['average', 'first', 'max'] as AggregationStrategy[]) {
      const m = await loadNerModel(modelDir, { quantized, aggregation });
      console.log(`  presidio_synth_v2 NER only, ${aggregation}: ${await quality(m, rows, map)}`);
      await m.dispose();
    }
  }
}
