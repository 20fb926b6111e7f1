// Which ONNX weights of a model directory to load when it holds both onnx/model.onnx (fp32) and
// onnx/model_quantized.onnx (int8). The int8 file pays a fixed cost on every call: the shared CI
// model (28 MB fp32) runs a one-sentence prompt in about 3.0 ms fp32 against 6.3 ms int8 on a
// 2-core x86 machine, with the same findings, and the two are level on a 2,000-character prompt.
// A large model keeps int8, which needs a quarter of the memory (BERT-base: 108 MB, not 431 MB).
import fs from 'node:fs';
import path from 'node:path';
import type { ModelVariant } from './manifest';

/** fp32 weights up to this size are preferred when both files are present. */
export const SMALL_FP32_BYTES = 150 * 1024 * 1024;

export const FP32_FILE = 'onnx/model.onnx';
export const Q8_FILE = 'onnx/model_quantized.onnx';

function sizeOf(file: string): number | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/** The variant to load from `dir`, or undefined when it holds neither weights file. */
export function preferredVariant(dir: string): ModelVariant | undefined {
  const fp32 = sizeOf(path.join(dir, FP32_FILE));
  const q8 = sizeOf(path.join(dir, Q8_FILE)) !== undefined;
  if (fp32 === undefined) return q8 ? 'q8' : undefined;
  if (!q8) return 'fp32';
  return fp32 <= SMALL_FP32_BYTES ? 'fp32' : 'q8';
}
