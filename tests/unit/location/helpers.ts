// Runs recognizers the way the engine does (threshold, then merge) and returns the found texts.
import { mergeCandidates } from '../../../electron/services/redaction/merge';
import type { Recognizer } from '../../../electron/services/redaction/types';
import type { EntityType } from '../../../shared/entities';

export function spans(recognizers: readonly Recognizer[], text: string, type?: EntityType, threshold = 0.5) {
  const raw = recognizers.flatMap((r) => r.detect(text)).filter((c) => c.score >= threshold);
  return mergeCandidates(text, raw)
    .filter((c) => !type || c.type === type)
    .map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

export function texts(recognizers: readonly Recognizer[], text: string, type?: EntityType, threshold = 0.5): string[] {
  return spans(recognizers, text, type, threshold).map((s) => s.text);
}
