// `node scripts/eval.mjs [--no-ner] [--misses FILE] [--fps FILE] [set ...]`: quality on the shared eval sets.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Detector } from '../electron/services/redaction/engine';
import { formatScore, listEvalSets, runEvalSet } from './eval-sets';

const { values, positionals } = parseArgs({
  options: { 'no-ner': { type: 'boolean', default: false }, misses: { type: 'string' }, fps: { type: 'string' } },
  allowPositionals: true,
});
const sets = positionals.length ? positionals : listEvalSets();
const detector = new Detector();
const ner = !values['no-ner'];
const allMisses: unknown[] = [];
const allFps: unknown[] = [];
for (const set of sets) {
  const run = await runEvalSet(detector, set, { ner });
  console.log(`\n${set}${ner ? '' : ' (patterns only)'}\n${formatScore(run.score)}`);
  allMisses.push(...run.misses.map((m) => ({ set, ...m })));
  allFps.push(...run.falsePositives.map((m) => ({ set, ...m })));
}
if (values.misses) {
  fs.writeFileSync(values.misses, allMisses.map((m) => JSON.stringify(m)).join('\n') + '\n');
  console.log(`\n${allMisses.length} misses written to ${values.misses}`);
}
if (values.fps) {
  fs.writeFileSync(values.fps, allFps.map((m) => JSON.stringify(m)).join('\n') + '\n');
  console.log(`${allFps.length} false positives written to ${values.fps}`);
}
await detector.dispose();
