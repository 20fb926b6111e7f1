// Detection quality on ../shared/eval (official scorer) and speed: characters per second,
// median latency of a 2,000-character prompt, time for a 100 KB document, patterns-only MB/s.
import fs from 'node:fs';
import path from 'node:path';
import { BUILTIN_RECOGNIZERS, Detector } from '../electron/services/redaction/engine';
import { EVAL_DIR, formatScore, listEvalSets, runEvalSet } from './eval-sets';

/** The texts of every eval set. */
function evalTexts(): string[] {
  const texts: string[] = [];
  for (const set of listEvalSets()) {
    for (const line of fs.readFileSync(path.join(EVAL_DIR, set, 'eval.jsonl'), 'utf8').split('\n')) {
      if (line) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

/** Realistic text: the eval sets' own sentences, concatenated to the wanted length. */
function corpus(length: number): string {
  const texts = evalTexts();
  if (texts.length === 0)
    texts.push('Contact Ana Silva at ana.silva@example.com or +44 20 7946 0958 about invoice 4111 1111 1111 1111.');
  let out = '';
  for (let i = 0; out.length < length; i = (i + 7919) % texts.length) out += texts[i] + '\n';
  return out.slice(0, length);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The model from PROMPT_VAULT_MODEL_DIR, else the shared stand-in model beside the repo. */
function benchModelDir(): string | undefined {
  if (process.env.PROMPT_VAULT_MODEL_DIR) return process.env.PROMPT_VAULT_MODEL_DIR;
  const shared = path.resolve(EVAL_DIR, '..', 'models', 'ci', 'ner-cnn-conll-pii');
  return fs.existsSync(shared) ? shared : undefined;
}

export async function run(): Promise<void> {
  const detector = new Detector({ modelDir: benchModelDir() ?? null });
  const t0 = performance.now();
  let nerReady = true;
  try {
    await detector.ensureModel();
    console.log(`model: ${detector.modelStatus().modelDir} loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (err) {
    nerReady = false;
    console.log(`model: NOT available (${(err as Error).message}); NER figures skipped, patterns only`);
  }

  for (const set of listEvalSets()) {
    const r = await runEvalSet(detector, set, { ner: nerReady });
    const cps = r.score.chars / (r.score.ms_total / 1000);
    console.log(
      `\n${set}${nerReady ? '' : ' (patterns only)'}\n${formatScore(r.score)}\n  speed ${(cps / 1000).toFixed(1)} K chars/s`,
    );
  }

  const prompt = corpus(2000);
  const lat: number[] = [];
  for (let i = 0; i < 3; i++) await detector.detect(prompt, { ner: nerReady }); // warm-up
  for (let i = 0; i < 30; i++) lat.push((await detector.detect(prompt, { ner: nerReady })).ms);
  console.log(
    `\n2,000-char prompt: median ${median(lat).toFixed(1)} ms, p90 ${[...lat].sort((a, b) => a - b)[Math.floor(lat.length * 0.9)]!.toFixed(1)} ms (${nerReady ? 'with' : 'without'} NER)`,
  );

  const doc = corpus(100_000);
  const d = await detector.detect(doc, { ner: nerReady });
  console.log(
    `100 KB document: ${(d.ms / 1000).toFixed(2)} s, ${d.entities.length} entities (${nerReady ? 'with' : 'without'} NER)`,
  );

  const big = corpus(5_000_000);
  const mbps = (ms: number) => (big.length / 1e6 / (ms / 1000)).toFixed(2);
  // Long texts split the recognizers across two threads (parallel/); the one-thread figures show
  // what a single core does. One warm-up run of each first: it starts the worker and compiles the
  // code on both threads (the two-thread runs leave the worker's recognizers cold on this one).
  await detector.detect(big, { ner: false });
  const oneThread = new Detector({ modelDir: null, parallel: false });
  await oneThread.detect(big, { ner: false });
  // The median of three runs: the compiler keeps improving the code over the first runs, and one
  // run alone swings by a fifth on this machine.
  const medianMs = async (det: Detector, injection: boolean) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push((await det.detect(big, { ner: false, injection })).ms);
    return median(runs);
  };
  for (const [threads, det] of [
    ['two threads', detector],
    ['one thread', oneThread],
  ] as const) {
    const p = await medianMs(det, true);
    console.log(
      `patterns only, 5 MB, ${threads}: ${(p / 1000).toFixed(2)} s = ${mbps(p)} MB/s (with the injection check, median of 3)`,
    );
    const q = await medianMs(det, false);
    console.log(
      `patterns only, 5 MB, ${threads}: ${(q / 1000).toFixed(2)} s = ${mbps(q)} MB/s (PII detectors alone, median of 3)`,
    );
  }

  // Short texts, one call each (as the command-line tool's `detect` runs JSONL lines): the fixed
  // cost per call matters as much as the cost per character.
  const lines = evalTexts();
  let lineMs = 0;
  let lineChars = 0;
  for (const t of lines) {
    lineMs += (await detector.detect(t, { ner: false, injection: false })).ms;
    lineChars += t.length;
  }
  console.log(
    `patterns only, one call per eval text (${lines.length} texts, ${Math.round(lineChars / lines.length)} chars on average): ` +
      `${(lineChars / 1e6 / (lineMs / 1000)).toFixed(2)} MB/s, ${((lineMs / lines.length) * 1000).toFixed(0)} µs per text (PII detectors alone)`,
  );

  // Where the time goes: each built-in recognizer alone over 1 MB (after the runs above warmed it).
  const mb = big.slice(0, 1_000_000);
  const costs = BUILTIN_RECOGNIZERS.map((r) => {
    const t = performance.now();
    r.detect(mb);
    return [r.name, performance.now() - t] as const;
  }).sort((a, b) => b[1] - a[1]);
  const total = costs.reduce((a, [, ms]) => a + ms, 0);
  console.log(
    `per recognizer, ms per MB (total ${total.toFixed(0)}): ` +
      costs
        .slice(0, 10)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', '),
  );
  await detector.dispose();
}
