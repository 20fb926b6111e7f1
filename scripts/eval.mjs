#!/usr/bin/env node
// Quality on ../shared/eval with the official scorer. Runs bench/eval.ts through tsx.
// The model directory comes from PROMPT_VAULT_MODEL_DIR, defaulting to the shared CI model.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sharedModel = path.resolve(root, '..', 'shared', 'models', 'ci', 'ner-cnn-conll-pii');
const env = { ...process.env };
if (!env.PROMPT_VAULT_MODEL_DIR && fs.existsSync(sharedModel)) env.PROMPT_VAULT_MODEL_DIR = sharedModel;
const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'bench', 'eval.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
    cwd: root,
  },
);
process.exit(res.status ?? 1);
