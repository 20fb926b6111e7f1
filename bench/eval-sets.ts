// Runs the detector over the labeled sets in ../shared/eval and scores the predictions with the
// official scorer (../shared/eval/score.mjs). Used by `npm run bench` and `node scripts/eval.mjs`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Detector } from '../electron/services/redaction/engine';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EVAL_DIR = path.resolve(here, '..', '..', 'shared', 'eval');

export interface ScoreReport {
  examples: number;
  entities: number;
  recall: number;
  precision: number;
  f1: number;
  leak: number;
  overredact: number;
  ms_total: number;
  chars: number;
  per_type_recall: Record<string, string>;
  typed_f1: Record<string, number>;
}

export function listEvalSets(): string[] {
  if (!fs.existsSync(EVAL_DIR)) return [];
  return fs
    .readdirSync(EVAL_DIR)
    .filter((d) => fs.existsSync(path.join(EVAL_DIR, d, 'eval.jsonl')))
    .sort();
}

interface GoldLine {
  text: string;
  spans: { start: number; end: number; label: string }[];
}

export interface EvalRun {
  set: string;
  score: ScoreReport;
  predFile: string;
  /** Gold entities of required types not caught, for study. */
  misses: { text: string; gold: string; label: string; predicted: string[] }[];
  /** Predicted spans that overlap no gold span (they cost precision), for study. */
  falsePositives: { text: string; predicted: string; label: string; source: string; score: number }[];
}

export async function runEvalSet(detector: Detector, set: string, opts: { ner: boolean }): Promise<EvalRun> {
  const goldFile = path.join(EVAL_DIR, set, 'eval.jsonl');
  const mapFile = path.join(EVAL_DIR, set, 'label_mapping.json');
  const gold = fs
    .readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldLine);
  const labelMap = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as Record<string, string>;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-eval-'));
  const predFile = path.join(outDir, `${set}.pred.jsonl`);
  const lines: string[] = [];
  const misses: EvalRun['misses'] = [];
  const falsePositives: EvalRun['falsePositives'] = [];
  for (const g of gold) {
    const r = await detector.detect(g.text, { ner: opts.ner, injection: false });
    if (opts.ner && !r.nerAvailable) throw new Error(`NER unavailable: ${r.nerError}`);
    const spans = r.entities.map((e) => ({ start: e.start, end: e.end, label: e.type }));
    lines.push(JSON.stringify({ spans, ms: r.ms }));
    for (const e of r.entities) {
      if (!g.spans.some((s) => s.start < e.end && e.start < s.end))
        falsePositives.push({ text: g.text, predicted: e.text, label: e.type, source: e.source, score: e.score });
    }
    for (const s of g.spans) {
      const t = labelMap[s.label] ?? s.label;
      if (t === 'OTHER' || t === 'DATE') continue;
      const covered = spans.filter((p) => p.start < s.end && s.start < p.end);
      let n = 0;
      let c = 0;
      for (let k = s.start; k < s.end; k++) {
        if (/\s/.test(g.text[k]!)) continue;
        n++;
        if (covered.some((p) => p.start <= k && k < p.end)) c++;
      }
      if (n && c / n < 0.9)
        misses.push({
          text: g.text,
          gold: g.text.slice(s.start, s.end),
          label: t,
          predicted: covered.map((p) => `${p.label}:${g.text.slice(p.start, p.end)}`),
        });
    }
  }
  fs.writeFileSync(predFile, lines.join('\n') + '\n');
  const out = execFileSync(
    process.execPath,
    [path.join(EVAL_DIR, 'score.mjs'), '--gold', goldFile, '--map', mapFile, '--pred', predFile, '--json'],
    { encoding: 'utf8' },
  );
  return { set, score: JSON.parse(out) as ScoreReport, predFile, misses, falsePositives };
}

export function formatScore(s: ScoreReport): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  return [
    `recall ${pct(s.recall)}  precision ${pct(s.precision)}  f1 ${pct(s.f1)}  leak ${pct(s.leak)}%  overredact ${(s.overredact * 100).toFixed(2)}%  (${s.entities} entities, ${s.examples} texts)`,
    `  per-type recall ${JSON.stringify(s.per_type_recall)}`,
    `  typed F1 ${JSON.stringify(s.typed_f1)}`,
  ].join('\n');
}
