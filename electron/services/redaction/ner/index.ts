// TEMPORARY until the NER runner lands (being written now).
import type { Candidate } from '../types';

export interface NerLoadProgress {
  status: 'loading' | 'ready' | 'error';
  file?: string;
  progress?: number;
  message?: string;
}
export interface NerModel {
  readonly modelDir: string;
  detect(text: string): Promise<Candidate[]>;
  dispose(): Promise<void>;
}
export async function loadNerModel(
  modelDir: string,
  _opts?: { onProgress?: (p: NerLoadProgress) => void; quantized?: boolean },
): Promise<NerModel> {
  throw new Error(`NER runner not built yet (${modelDir})`);
}
