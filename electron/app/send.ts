// The app's send step: the user's reviewed redaction goes to an approved provider, the answer
// streams back restored, and both sides of the turn are stored in the vault. The pieces are the
// providers engineer's (streamChat, EgressGuard, RateLimiter, ProviderError) and the restoration
// service's (Restorer); the core calls `runSend` after its fail-closed checks.
//
// NOTE for the lead: the brief asks the core to call a shared send orchestration exported by the
// providers service. It had not landed when this was written, so this is the smallest adapter
// over their building blocks; swap `runSend` for it when it exists (the inputs are the same).
import type { PlaceholderMap } from '../../shared/placeholders';
import { streamChat, type ChatMessage, type ProviderTarget } from '../services/providers/client';
import type { EgressGuard } from '../services/providers/egress';
import { ProviderError } from '../services/providers/errors';
import { Restorer } from '../services/restore';

/** Tells the model to keep placeholders verbatim (the user saw exactly the prompt that is sent). */
export const PLACEHOLDER_SYSTEM_PROMPT =
  "Some values in the user's messages were replaced by placeholders like [[PERSON_1]] or [[EMAIL_2]]. " +
  'Keep every placeholder exactly as written (same brackets, letters and number) wherever you refer to that value. ' +
  'Do not guess, expand or explain the placeholders.';

export interface SendInput {
  target: ProviderTarget;
  guard: EgressGuard;
  /** Earlier turns of the conversation as sent (redacted) plus the new redacted prompt last. */
  messages: ChatMessage[];
  /** Every placeholder of the conversation (for restoration). */
  map: PlaceholderMap;
  signal: AbortSignal;
  /** Restored text to append, and the raw text it came from. */
  onChunk: (restored: string, raw: string) => void;
}

export interface SendOutcome {
  /** The answer as received (placeholders in it). */
  raw: string;
  /** The answer with placeholders restored. */
  restored: string;
  incomplete: boolean;
  unrestored: string[];
  /** Set when the provider failed (after or before a partial answer). */
  error?: { code: string; message: string };
}

export async function runSend(input: SendInput): Promise<SendOutcome> {
  const restorer = new Restorer(input.map);
  let raw = '';
  let restored = '';
  const emit = (piece: string, rawPiece: string) => {
    if (!piece && !rawPiece) return;
    restored += piece;
    input.onChunk(piece, rawPiece);
  };
  let error: SendOutcome['error'];
  let incomplete = false;
  try {
    await streamChat(
      input.target,
      { system: PLACEHOLDER_SYSTEM_PROMPT, messages: input.messages },
      {
        guard: input.guard,
        signal: input.signal,
        onDelta: (delta) => {
          raw += delta;
          emit(restorer.push(delta), delta);
        },
      },
    );
  } catch (err) {
    incomplete = true;
    if (err instanceof ProviderError) {
      error = { code: err.code, message: err.message };
      if (err.partial && err.partial.length > raw.length) {
        const rest = err.partial.slice(raw.length);
        raw = err.partial;
        emit(restorer.push(rest), rest);
      }
    } else if (input.signal.aborted) {
      error = { code: 'CANCELLED', message: 'Stopped by the user.' };
    } else {
      error = { code: 'PROVIDER_ERROR', message: err instanceof Error ? err.message : String(err) };
    }
  }
  emit(restorer.flush(), '');
  const report = restorer.report();
  return {
    raw,
    restored,
    incomplete,
    unrestored: report.unrestored.map((u) => u.text),
    ...(error ? { error } : {}),
  };
}
