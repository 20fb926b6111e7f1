// Where the NER model comes from, in order of precedence:
//   1. an explicit directory (option / CLI flag),
//   2. PROMPT_VAULT_MODEL_DIR,
//   3. a model shipped inside the build (<resourcesPath>/models/<dirName>),
//   4. the user's downloaded copy (<userDataDir>/models/<dirName>), verified against the
//      manifest (or the hashes recorded at download time) before it is used.
// The result says which source won, or why nothing is usable and what to do about it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manifestModel, type ManifestModel, type ModelVariant } from './manifest';
import { describeProblems, LOCK_FILE, verifyModelDir, type VerifyProblem } from './verify';
import { preferredVariant } from './weights';

export type ModelSource = 'option' | 'env' | 'bundled' | 'downloaded';

export type ResolvedModel =
  | { status: 'found'; dir: string; source: ModelSource; quantized: boolean; verified: boolean }
  | {
      status: 'missing' | 'invalid';
      /** Every place looked at, in order, with why it was not used. */
      searched: { source: ModelSource; dir: string; reason: string }[];
      problems?: VerifyProblem[];
      /** One paragraph for the UI / CLI: what is wrong and what to do. */
      message: string;
    };

export interface ResolveOptions {
  /** Explicit model directory (highest precedence). */
  modelDir?: string;
  /** Environment to read PROMPT_VAULT_MODEL_DIR from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Electron's process.resourcesPath in a packaged build. */
  resourcesPath?: string;
  /** The app's user data directory (downloaded models live in <userDataDir>/models). */
  userDataDir?: string;
  /** Manifest entry (default: the manifest's default model). */
  model?: ManifestModel;
  variant?: ModelVariant;
  /** Verify hashes of explicit/env/bundled directories too (downloaded copies always are). */
  verifyAll?: boolean;
}

/** Electron's default userData directory for "Prompt Vault" (for the CLI, outside Electron). */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PROMPT_VAULT_DATA_DIR) return env.PROMPT_VAULT_DATA_DIR;
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Prompt Vault');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Prompt Vault');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Prompt Vault');
}

/** Where a downloaded copy of `model` lives. */
export function downloadedModelDir(userDataDir: string, model: ManifestModel = manifestModel()): string {
  return path.join(userDataDir, 'models', model.dirName);
}

function weightsIn(dir: string, variant: ModelVariant | undefined): { quantized: boolean } | string {
  if (!fs.existsSync(dir)) return 'directory does not exist';
  if (!fs.statSync(dir).isDirectory()) return 'not a directory';
  for (const f of ['config.json', 'tokenizer.json']) {
    if (!fs.existsSync(path.join(dir, f))) return `${f} missing`;
  }
  const q8 = fs.existsSync(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const fp32 = fs.existsSync(path.join(dir, 'onnx', 'model.onnx'));
  if (variant === 'q8' && !q8) return 'onnx/model_quantized.onnx missing';
  if (variant === 'fp32' && !fp32) return 'onnx/model.onnx missing';
  if (!q8 && !fp32) return 'no ONNX weights (onnx/model_quantized.onnx or onnx/model.onnx)';
  return { quantized: (variant ?? preferredVariant(dir)) === 'q8' };
}

/** Finds the model directory to load, never touching the network. */
export async function resolveModelDir(opts: ResolveOptions = {}): Promise<ResolvedModel> {
  const env = opts.env ?? process.env;
  const model = opts.model ?? manifestModel();
  const candidates: { source: ModelSource; dir: string }[] = [];
  if (opts.modelDir) candidates.push({ source: 'option', dir: path.resolve(opts.modelDir) });
  if (env.PROMPT_VAULT_MODEL_DIR) candidates.push({ source: 'env', dir: path.resolve(env.PROMPT_VAULT_MODEL_DIR) });
  if (opts.resourcesPath)
    candidates.push({ source: 'bundled', dir: path.join(opts.resourcesPath, 'models', model.dirName) });
  if (opts.userDataDir) candidates.push({ source: 'downloaded', dir: downloadedModelDir(opts.userDataDir, model) });

  const searched: { source: ModelSource; dir: string; reason: string }[] = [];
  for (const c of candidates) {
    const layout = weightsIn(c.dir, opts.variant);
    if (typeof layout === 'string') {
      searched.push({ ...c, reason: layout });
      // An explicitly chosen directory that is unusable is an error, not a reason to fall back.
      if (c.source === 'option' || c.source === 'env') break;
      continue;
    }
    const mustVerify = c.source === 'downloaded' || opts.verifyAll === true;
    if (!mustVerify)
      return { status: 'found', dir: c.dir, source: c.source, quantized: layout.quantized, verified: false };
    if (c.source === 'downloaded' && !fs.existsSync(path.join(c.dir, LOCK_FILE))) {
      searched.push({ ...c, reason: 'download incomplete (no completion record); run the download again' });
      continue;
    }
    const variant = opts.variant ?? (layout.quantized ? 'q8' : 'fp32');
    const result = await verifyModelDir(c.dir, model, { variant });
    if (!result.ok) {
      return {
        status: 'invalid',
        searched: [...searched, { ...c, reason: describeProblems(result) }],
        problems: result.problems,
        message: `The NER model in ${c.dir} failed verification and was not loaded: ${describeProblems(result)}. Delete the folder and download the model again.`,
      };
    }
    return { status: 'found', dir: c.dir, source: c.source, quantized: layout.quantized, verified: true };
  }
  const explicit = searched.find((s) => s.source === 'option' || s.source === 'env');
  const where = searched.map((s) => `${s.dir} (${s.reason})`).join('; ');
  return {
    status: 'missing',
    searched,
    message: explicit
      ? `The NER model directory ${explicit.dir} (from ${explicit.source === 'env' ? 'PROMPT_VAULT_MODEL_DIR' : 'the configuration'}) cannot be used: ${explicit.reason}.`
      : `No NER model found${where ? ` (looked in: ${where})` : ''}. Download it from the app's model screen or with "npm run models:fetch", or point PROMPT_VAULT_MODEL_DIR at a model directory. Nothing is sent until the model is available.`,
  };
}
