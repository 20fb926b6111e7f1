#!/usr/bin/env node
// Runs the test suites with Node's test runner (TypeScript through tsx).
// usage: node scripts/run-tests.mjs [unit|e2e|all] [extra files or folders...]
// Node 20's runner takes no globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const suite = ['unit', 'e2e', 'all'].includes(args[0]) ? args.shift() : 'all';

function collect(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...collect(full));
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

let files;
if (args.length) {
  files = args.flatMap((a) => (fs.statSync(a).isDirectory() ? collect(path.resolve(a)) : [path.resolve(a)]));
} else {
  const dirs = suite === 'unit' ? ['tests/unit'] : suite === 'e2e' ? ['tests/e2e'] : ['tests/unit', 'tests/e2e'];
  files = dirs.flatMap((d) => collect(path.join(root, d)));
}
if (files.length === 0) {
  console.error(`No test files found for suite "${suite}".`);
  process.exit(1);
}
// Tests use the small model shipped beside the repo unless told otherwise.
const sharedModel = path.resolve(root, '..', 'shared', 'models', 'ci', 'ner-cnn-conll-pii');
const modelDir = process.env.PROMPT_VAULT_MODEL_DIR ?? (fs.existsSync(sharedModel) ? sharedModel : undefined);
const res = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`,
    ...files,
  ],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...(modelDir ? { PROMPT_VAULT_MODEL_DIR: modelDir } : {}) },
  },
);
process.exit(res.status ?? 1);
