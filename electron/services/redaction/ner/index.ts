// The NER model runner: a token-classification ONNX model (transformers.js layout) loaded
// from a LOCAL directory only, run over text of any length with exact UTF-16 offsets.
//
// transformers.js's pipeline gives no character offsets and stops at the model's maximum
// length, so this module tokenizes itself (@huggingface/tokenizers), maps the tokens back to
// the original string (./align), runs the model over overlapping windows (./windows), takes
// every token's prediction from the window where it is most central, and aggregates words
// into entities (./aggregate).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AutoModelForTokenClassification, Tensor, env, type PreTrainedModel } from '@huggingface/transformers';
import { Tokenizer } from '@huggingface/tokenizers';
import { parseId2Label, type ParsedLabel } from '../../../../models/labels';
import { preferredVariant } from '../../../../models/weights';
import type { Candidate } from '../types';
import { alignTokens, normalizerConfig, prepareText, type NormalizerConfig } from './align';
import { finalizeSpans, spansOf, wordsOf, type AggregationStrategy } from './aggregate';
import { planWindows, pickOwners } from './windows';

export interface NerLoadProgress {
  status: 'loading' | 'ready' | 'error';
  file?: string;
  /** 0..100 */
  progress?: number;
  message?: string;
}

export interface NerModel {
  readonly modelDir: string;
  /** True when the int8 weights (onnx/model_quantized.onnx) are in use. */
  readonly quantized: boolean;
  /**
   * Entities in `text` (any length), UTF-16 offsets into `text`, types mapped to the canonical
   * PERSON/ORG/LOCATION (and PII types for PII models); MISC is dropped. source: 'ner'.
   */
  detect(text: string): Promise<Candidate[]>;
  dispose(): Promise<void>;
}

export interface LoadNerOptions {
  onProgress?: (p: NerLoadProgress) => void;
  /** Use onnx/model_quantized.onnx (default: models/weights.ts's choice among the files present). */
  quantized?: boolean;
  /** Word aggregation strategy (default "average"). */
  aggregation?: AggregationStrategy;
  /** Content tokens per window (default: model max length - 2, at most 510). */
  windowTokens?: number;
  /** Tokens shared by neighbouring windows (default 128). */
  overlapTokens?: number;
  /** Windows per model call (default 4). */
  batchSize?: number;
  /** onnxruntime intra-op threads (default: min(available cores, 4)). */
  threads?: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json'] as const;

function readJson(dir: string, file: string): unknown {
  const full = path.join(dir, file);
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
  } catch (err) {
    throw new Error(`NER model file ${file} in ${dir} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** Checks the directory layout and names the first missing file. */
function checkLayout(modelDir: string, quantized: boolean): void {
  if (!fs.existsSync(modelDir) || !fs.statSync(modelDir).isDirectory()) {
    throw new Error(
      `NER model directory not found: ${modelDir}. Run "npm run models:fetch" or set PROMPT_VAULT_MODEL_DIR to a model directory.`,
    );
  }
  const weights = quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
  for (const f of [...REQUIRED_FILES, weights]) {
    if (!fs.existsSync(path.join(modelDir, f))) {
      throw new Error(`NER model file missing: ${f} (expected in ${modelDir})`);
    }
  }
}

function softmaxInto(logits: Float32Array, offset: number, C: number, out: Float32Array, outOffset: number): void {
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, logits[offset + c]!);
  let sum = 0;
  for (let c = 0; c < C; c++) {
    const e = Math.exp(logits[offset + c]! - max);
    out[outOffset + c] = e;
    sum += e;
  }
  for (let c = 0; c < C; c++) out[outOffset + c]! /= sum;
}

class OnnxNerModel implements NerModel {
  private disposed = false;
  private readonly specials: Set<string>;

  constructor(
    readonly modelDir: string,
    readonly quantized: boolean,
    private readonly tokenizer: Tokenizer,
    private readonly model: PreTrainedModel,
    private readonly labels: ParsedLabel[],
    private readonly norm: NormalizerConfig,
    private readonly inputNames: readonly string[],
    private readonly ids: { cls: number; sep: number; pad: number; unk: string },
    private readonly opts: Required<
      Pick<LoadNerOptions, 'aggregation' | 'windowTokens' | 'overlapTokens' | 'batchSize'>
    >,
  ) {
    this.specials = new Set(
      [...tokenizer.get_added_tokens_decoder().values()].filter((t) => t.special).map((t) => t.content),
    );
  }

  async detect(text: string): Promise<Candidate[]> {
    if (this.disposed) throw new Error('NER model was disposed');
    if (typeof text !== 'string' || text.trim() === '') return [];
    const prepared = prepareText(text, this.norm);
    const enc = this.tokenizer.encode(prepared.input, { add_special_tokens: false });
    const n = enc.ids.length;
    if (n === 0) return [];
    const { tokens } = alignTokens(prepared, enc.tokens, {
      unkToken: this.ids.unk,
      specialTokens: this.specials,
    });
    const C = this.labels.length;
    const probs = new Float32Array(n * C);
    const windows = planWindows(n, this.opts.windowTokens, this.opts.overlapTokens);
    const owner = pickOwners(n, windows);
    for (let b = 0; b < windows.length; b += this.opts.batchSize) {
      const batch = windows.slice(b, b + this.opts.batchSize);
      const len = Math.max(...batch.map((w) => w.end - w.start)) + 2;
      const inputIds = new BigInt64Array(batch.length * len);
      const mask = new BigInt64Array(batch.length * len);
      batch.forEach((w, r) => {
        const row = r * len;
        inputIds[row] = BigInt(this.ids.cls);
        mask[row] = 1n;
        let k = 1;
        for (let t = w.start; t < w.end; t++, k++) {
          inputIds[row + k] = BigInt(enc.ids[t]!);
          mask[row + k] = 1n;
        }
        inputIds[row + k] = BigInt(this.ids.sep);
        mask[row + k] = 1n;
        for (k++; k < len; k++) inputIds[row + k] = BigInt(this.ids.pad);
      });
      const feeds: Record<string, Tensor> = {
        input_ids: new Tensor('int64', inputIds, [batch.length, len]),
        attention_mask: new Tensor('int64', mask, [batch.length, len]),
      };
      if (this.inputNames.includes('token_type_ids')) {
        feeds.token_type_ids = new Tensor('int64', new BigInt64Array(batch.length * len), [batch.length, len]);
      }
      const out = (await this.model(feeds)) as { logits: Tensor };
      const logits = out.logits.data as Float32Array;
      const [, seq, classes] = out.logits.dims as [number, number, number];
      if (classes !== C) {
        throw new Error(`NER model outputs ${classes} classes but config.json id2label lists ${C}`);
      }
      batch.forEach((w, r) => {
        const wi = b + r;
        for (let t = w.start; t < w.end; t++) {
          if (owner[t] !== wi) continue;
          softmaxInto(logits, (r * seq + (t - w.start + 1)) * C, C, probs, t * C);
        }
      });
    }
    const words = wordsOf({ tokens, probs, numClasses: C }, this.opts.aggregation);
    return finalizeSpans(text, spansOf(words, this.labels));
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.model.dispose();
  }
}

/** Serialises env changes: transformers.js's `env` is process-global. */
let loadChain: Promise<unknown> = Promise.resolve();

/**
 * Loads a token-classification model from `modelDir` (config.json, tokenizer.json,
 * onnx/model.onnx or onnx/model_quantized.onnx). Never touches the network.
 */
export async function loadNerModel(modelDir: string, opts: LoadNerOptions = {}): Promise<NerModel> {
  const run = loadChain.then(() => load(modelDir, opts));
  loadChain = run.catch(() => undefined);
  return run;
}

async function load(modelDirIn: string, opts: LoadNerOptions): Promise<NerModel> {
  const report = opts.onProgress ?? (() => undefined);
  const modelDir = path.resolve(modelDirIn);
  try {
    const quantized = opts.quantized ?? preferredVariant(modelDir) === 'q8';
    checkLayout(modelDir, quantized);

    report({ status: 'loading', file: 'config.json', progress: 0 });
    const config = readJson(modelDir, 'config.json') as {
      id2label?: Record<string, string>;
      max_position_embeddings?: number;
    };
    if (!config.id2label) throw new Error(`NER model config.json in ${modelDir} has no id2label`);
    const labels = parseId2Label(config.id2label);

    report({ status: 'loading', file: 'tokenizer.json', progress: 0 });
    const tokenizerJson = readJson(modelDir, 'tokenizer.json') as Record<string, unknown>;
    const tokenizerConfig = fs.existsSync(path.join(modelDir, 'tokenizer_config.json'))
      ? (readJson(modelDir, 'tokenizer_config.json') as Record<string, unknown>)
      : {};
    const tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
    const model = (tokenizerJson.model ?? {}) as { type?: string; unk_token?: string };
    if (model.type !== 'WordPiece') {
      throw new Error(
        `NER model tokenizer in ${modelDir} is ${model.type ?? 'unknown'}; only WordPiece (BERT) is supported`,
      );
    }
    const unk = model.unk_token ?? '[UNK]';
    const idOf = (tok: string): number => {
      const id = tokenizer.token_to_id(tok);
      if (id === undefined) throw new Error(`NER model tokenizer in ${modelDir} has no ${tok} token`);
      return id;
    };
    const ids = { cls: idOf('[CLS]'), sep: idOf('[SEP]'), pad: idOf('[PAD]'), unk };

    const weights = quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
    report({ status: 'loading', file: weights, progress: 0 });
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = path.dirname(modelDir) + path.sep;
    const threads = opts.threads ?? Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
    const onnxModel = await AutoModelForTokenClassification.from_pretrained(path.basename(modelDir), {
      local_files_only: true,
      dtype: quantized ? 'q8' : 'fp32',
      device: 'cpu',
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' },
      progress_callback: (p) => {
        if (p.status === 'progress') report({ status: 'loading', file: p.file, progress: p.progress });
        else if (p.status === 'done') report({ status: 'loading', file: p.file, progress: 100 });
      },
    });
    const sessions = (onnxModel as unknown as { sessions?: Record<string, { inputNames?: string[] }> }).sessions;
    const inputNames = sessions?.model?.inputNames ?? ['input_ids', 'attention_mask'];
    const maxLen = Math.max(8, Math.min(512, config.max_position_embeddings ?? 512));
    const windowTokens = Math.max(8, Math.min(opts.windowTokens ?? maxLen - 2, maxLen - 2));
    const overlapTokens = Math.max(0, Math.min(opts.overlapTokens ?? 128, Math.floor(windowTokens / 2)));
    const ner = new OnnxNerModel(
      modelDir,
      quantized,
      tokenizer,
      onnxModel,
      labels,
      normalizerConfig(tokenizerJson),
      inputNames,
      ids,
      {
        aggregation: opts.aggregation ?? 'average',
        windowTokens,
        overlapTokens,
        batchSize: Math.max(1, opts.batchSize ?? 4),
      },
    );
    report({ status: 'ready', progress: 100 });
    return ner;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    report({ status: 'error', message });
    if (err instanceof Error && /NER model/.test(err.message)) throw err;
    throw new Error(`NER model could not be loaded from ${modelDir}: ${message}`, { cause: err });
  }
}
