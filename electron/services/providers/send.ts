// One send, start to finish: detect and redact -> policy checks -> audit -> send the redacted
// prompt -> stream and restore the answer -> record the turn. The CLI (`ask`) and the app core
// (chat.send) both call `sendPrompt`, so there is one implementation of the flow.
// Expected refusals come back as `{ status: 'blocked', code, message }` (nothing left the
// machine); provider failures as `{ status: 'sent', incomplete: true, error }` with the partial
// answer kept.
import type { DetectionResult, DetectOptions, Entity, EntityType } from '../../../shared/entities';
import type { PlaceholderMap } from '../../../shared/placeholders';
import type { AuditTrail } from '../audit/trail';
import { sha256Hex } from '../audit/trail';
import { checkProvider, type EffectivePolicy } from '../policy/effective';
import { applyPlaceholders, PlaceholderSession } from '../redaction/placeholders';
import { Restorer, type RestorationReport } from '../restore/restorer';
import { streamChat, type ChatMessage, type ProviderTarget } from './client';
import { EgressGuard, hostOf } from './egress';
import { ProviderError } from './errors';
import { RateLimiter } from './rate-limit';

/**
 * Sent as the system prompt with every request. It adds nothing about the user: the prompt
 * sent is exactly the redacted text the user saw.
 */
export const SYSTEM_PROMPT =
  "Some values in the user's messages were replaced by placeholders such as [[PERSON_1]] or [[EMAIL_2]] " +
  'to protect privacy. When you refer to one of these values, write its placeholder exactly as it ' +
  'appears, including both pairs of square brackets, the upper-case name and the number. Never ' +
  'guess, expand, translate or describe what a placeholder stands for.';

export type BlockCode =
  | 'EMPTY_PROMPT'
  | 'PROVIDER_NOT_APPROVED'
  | 'MODEL_NOT_APPROVED'
  | 'API_KEY_MISSING'
  | 'MODEL_UNAVAILABLE'
  | 'DETECTION_FAILED'
  | 'INJECTION_BLOCKED'
  | 'POLICY_BLOCKED'
  | 'RATE_LIMITED'
  | 'AUDIT_FAILED'
  | 'CANCELLED';

/** The detection engine as the flow needs it (the real one is redaction/engine.ts's Detector). */
export interface DetectorLike {
  detect(text: string, options?: DetectOptions): Promise<DetectionResult>;
}

/** Where the conversation is recorded (the vault, through a small adapter). */
export interface ConversationSink {
  recordTurn(turn: RecordedTurn): Promise<{ conversationId: string }>;
}

export interface RecordedMessage {
  role: 'user' | 'assistant';
  /** Absent when the policy forbids storing originals. */
  original?: string;
  redacted: string;
  provider: string;
  model: string;
  /** The conversation's placeholders so far (absent when originals are not stored). */
  placeholderMap?: PlaceholderMap;
  incomplete?: boolean;
}

export interface RecordedTurn {
  conversationId?: string;
  messages: RecordedMessage[];
}

/** A span the user decided about in the UI (chat.send's entities). */
export interface EntityChoice {
  start: number;
  end: number;
  type: EntityType;
  action?: 'redact' | 'keep';
}

export interface SendRequest {
  prompt: string;
  target: ProviderTarget;
  /** Policy provider id the user picked (else matched by URL). */
  providerId?: string;
  /** Earlier turns as sent/received (redacted, placeholders not restored). */
  history?: ChatMessage[];
  /** The conversation's placeholder map so far (numbering continues, restoration knows them). */
  placeholders?: PlaceholderMap;
  /** The user's choices from the review step; absent = redact everything detected. */
  choices?: EntityChoice[];
  conversationId?: string;
  signal?: AbortSignal;
  /** Called once with what is about to be sent. */
  onRedacted?(info: { redacted: string; entities: Entity[]; map: PlaceholderMap }): void;
  /** Restored text to append (and the raw text it came from). */
  onChunk?(text: string, raw: string): void;
}

export interface SendDeps {
  detector: DetectorLike;
  policy: EffectivePolicy;
  /** Default: a guard over the policy's approved hosts. */
  guard?: EgressGuard;
  /** Share one across sends so the policy's rate limits hold. */
  rateLimiter?: RateLimiter;
  audit?: AuditTrail;
  store?: ConversationSink;
}

export interface SendOutcome {
  status: 'sent' | 'blocked';
  /** Blocked: why; sent with an error: the error's code. */
  code?: string;
  message?: string;
  /** What was (or would have been) sent. */
  redacted: string;
  entities: Entity[];
  counts: Partial<Record<EntityType, number>>;
  /** The conversation's full placeholder map after this turn. */
  map: PlaceholderMap;
  nerAvailable: boolean;
  /** The restored answer (possibly partial). */
  answer: string;
  /** The answer as received. */
  rawAnswer: string;
  incomplete: boolean;
  error?: { code: string; kind: string; message: string; status?: number };
  restoration: RestorationReport;
  /** The system prompt and messages as sent. */
  sent?: { system: string; messages: ChatMessage[] };
  conversationId?: string;
  auditSeq?: number;
}

function countTypes(entities: readonly { type: EntityType }[]): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const e of entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}

/** A readable one-line summary: "redacted 3: PERSON 2, EMAIL 1". */
export function summariseCounts(counts: Partial<Record<EntityType, number>>): string {
  const parts = Object.entries(counts).filter(([, n]) => n);
  if (parts.length === 0) return 'redacted nothing';
  const total = parts.reduce((s, [, n]) => s + n, 0);
  return `redacted ${total}: ${parts.map(([t, n]) => `${t} ${n}`).join(', ')}`;
}

/** Whether every required-type entity the detector found is redacted by the user's choices. */
function keptRequired(detected: readonly Entity[], choices: readonly EntityChoice[], required: Set<EntityType>) {
  const redacted = choices.filter((c) => (c.action ?? 'redact') === 'redact');
  return detected.filter((e) => required.has(e.type) && !redacted.some((c) => c.start <= e.start && c.end >= e.end));
}

export async function sendPrompt(req: SendRequest, deps: SendDeps): Promise<SendOutcome> {
  const eff = deps.policy;
  const session = new PlaceholderSession(req.placeholders);
  const out: SendOutcome = {
    status: 'blocked',
    redacted: '',
    entities: [],
    counts: {},
    map: session.map,
    nerAvailable: false,
    answer: '',
    rawAnswer: '',
    incomplete: false,
    restoration: { restored: [], unrestored: [] },
  };
  const host = (() => {
    try {
      return hostOf(req.target.baseUrl);
    } catch {
      return 'invalid-url';
    }
  })();
  const auditBase = {
    provider: { id: req.target.id.slice(0, 128), host, api: req.target.api },
    model: req.target.model.slice(0, 200),
    policy: { id: eff.policy.id, version: eff.policy.version, source: eff.source },
  };

  const block = async (code: BlockCode, message: string): Promise<SendOutcome> => {
    out.status = 'blocked';
    out.code = code;
    out.message = message;
    if (deps.audit && eff.auditEnabled && eff.recordBlocked) {
      try {
        const entry = await deps.audit.append({
          event: 'send',
          decision: 'blocked',
          reason: code,
          ...auditBase,
          counts: out.counts,
          ner: out.nerAvailable,
        });
        out.auditSeq = entry.seq;
      } catch {
        // Nothing was sent; the refusal stands even if it could not be recorded.
      }
    }
    return out;
  };

  if (!req.prompt.trim()) return block('EMPTY_PROMPT', 'The prompt is empty; nothing was sent.');
  if (req.signal?.aborted) return block('CANCELLED', 'Cancelled before sending; nothing was sent.');

  // 1. The policy must approve the provider and model.
  const approval = checkProvider(eff, {
    ...(req.providerId ? { providerId: req.providerId } : {}),
    api: req.target.api,
    baseUrl: req.target.baseUrl,
    model: req.target.model,
  });
  if (!approval.ok) return block(approval.code, approval.message);
  const rule = approval.rule;
  const target: ProviderTarget = {
    ...req.target,
    auth: req.target.auth ?? rule.auth,
    query: { ...rule.query, ...req.target.query },
    ...(rule.timeoutSeconds && !req.target.timeoutMs ? { timeoutMs: rule.timeoutSeconds * 1000 } : {}),
    ...(rule.maxTokens && !req.target.maxTokens ? { maxTokens: rule.maxTokens } : {}),
  };
  if (!target.apiKey && target.auth !== 'none') {
    return block('API_KEY_MISSING', `No API key is stored for ${rule.name ?? rule.id}; nothing was sent.`);
  }

  // 2. Detect. Any detector failure stops the send.
  let detection: DetectionResult;
  try {
    detection = await deps.detector.detect(req.prompt, eff.detectOptions);
  } catch (err) {
    return block('DETECTION_FAILED', `Detection failed, so nothing was sent: ${(err as Error).message}`);
  }
  out.nerAvailable = detection.nerAvailable;
  if (!detection.nerAvailable && eff.blockWhenNerUnavailable) {
    return block(
      'MODEL_UNAVAILABLE',
      `The policy requires the NER model and it is unavailable (${detection.nerError ?? 'unknown reason'}); nothing was sent.`,
    );
  }
  if (eff.blockInjectionScore !== undefined && detection.injection.score >= eff.blockInjectionScore) {
    const kinds = [...new Set(detection.injection.findings.map((f) => f.kind))].join(', ');
    return block(
      'INJECTION_BLOCKED',
      `The prompt looks like a prompt-injection attempt (score ${detection.injection.score.toFixed(2)}: ${kinds}); the policy blocks it.`,
    );
  }

  // 3. Which spans to redact: the user's choices (checked against required types) or all detected.
  let spans: { start: number; end: number; type: EntityType }[] = detection.entities;
  if (req.choices) {
    const kept = keptRequired(detection.entities, req.choices, new Set(eff.requiredTypes));
    if (kept.length) {
      const types = [...new Set(kept.map((e) => e.type))].join(', ');
      return block(
        'POLICY_BLOCKED',
        `The policy requires ${types} to be redacted, but ${kept.length} such value(s) are kept.`,
      );
    }
    const bad = req.choices.find((c) => c.start < 0 || c.end > req.prompt.length || c.end <= c.start);
    if (bad) return block('POLICY_BLOCKED', `A selection (${bad.start}-${bad.end}) lies outside the prompt.`);
    spans = req.choices.filter((c) => (c.action ?? 'redact') === 'redact');
  }
  const redaction = applyPlaceholders(req.prompt, spans, session);
  out.redacted = redaction.redacted;
  out.entities = detection.entities.filter((e) => spans.some((s) => s.start === e.start && s.end === e.end));
  out.counts = countTypes(spans);
  out.map = session.map;
  req.onRedacted?.({ redacted: out.redacted, entities: out.entities, map: redaction.map });

  // 4. Rate limit, then the audit entry (written before anything leaves: no proof, no send).
  const guard = deps.guard ?? new EgressGuard(eff.providers.map((p) => hostOf(p.baseUrl)));
  try {
    guard.check(target.baseUrl);
    (deps.rateLimiter ?? new RateLimiter()).take(rule.id, rule.rateLimit, rule.name ?? rule.id);
  } catch (err) {
    const e = err as ProviderError;
    return block(e.code === 'RATE_LIMITED' ? 'RATE_LIMITED' : 'PROVIDER_NOT_APPROVED', e.message);
  }
  if (req.signal?.aborted) return block('CANCELLED', 'Cancelled before sending; nothing was sent.');
  if (deps.audit && eff.auditEnabled) {
    try {
      const entry = await deps.audit.append({
        event: 'send',
        decision: 'sent',
        ...auditBase,
        counts: out.counts,
        redactedSha256: sha256Hex(out.redacted),
        redactedChars: out.redacted.length,
        ner: detection.nerAvailable,
      });
      out.auditSeq = entry.seq;
    } catch (err) {
      return block(
        'AUDIT_FAILED',
        `The audit trail could not be written (${(err as Error).message}); nothing was sent.`,
      );
    }
  }

  // 5. Send and restore while streaming.
  const messages: ChatMessage[] = [...(req.history ?? []), { role: 'user', content: out.redacted }];
  out.sent = { system: SYSTEM_PROMPT, messages };
  out.status = 'sent';
  const restorer = new Restorer(out.map);
  let answer = '';
  const emit = (text: string, raw: string) => {
    answer += text;
    if (text || raw) req.onChunk?.(text, raw);
  };
  let failure: ProviderError | undefined;
  try {
    const done = await streamChat(
      target,
      { system: SYSTEM_PROMPT, messages },
      {
        guard,
        ...(req.signal ? { signal: req.signal } : {}),
        onDelta: (raw) => emit(restorer.push(raw), raw),
      },
    );
    out.rawAnswer = done.text;
  } catch (err) {
    failure =
      err instanceof ProviderError
        ? err
        : new ProviderError('network', `Unexpected failure: ${(err as Error).message}`, { cause: err });
    out.rawAnswer = failure.partial;
  }
  emit(restorer.flush(), '');
  out.answer = answer;
  out.restoration = restorer.report();
  if (failure) {
    out.incomplete = true;
    out.code = failure.code;
    out.message = failure.message;
    out.error = {
      code: failure.code,
      kind: failure.kind,
      message: failure.message,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
    };
  }

  // 6. Record the turn and the outcome.
  const problems: string[] = [];
  if (deps.store) {
    const keep = eff.storeOriginals;
    const common = { provider: rule.id, model: target.model };
    const turn: RecordedTurn = {
      ...(req.conversationId ? { conversationId: req.conversationId } : {}),
      messages: [
        {
          role: 'user',
          ...(keep ? { original: req.prompt, placeholderMap: out.map } : {}),
          redacted: out.redacted,
          ...common,
        },
        ...(out.rawAnswer || !failure
          ? [
              {
                role: 'assistant' as const,
                ...(keep ? { original: out.answer } : {}),
                redacted: out.rawAnswer,
                ...common,
                ...(failure ? { incomplete: true } : {}),
              },
            ]
          : []),
      ],
    };
    try {
      out.conversationId = (await deps.store.recordTurn(turn)).conversationId;
    } catch (err) {
      problems.push(`The conversation could not be saved: ${(err as Error).message}`);
    }
  }
  if (deps.audit && eff.auditEnabled && out.auditSeq !== undefined) {
    try {
      await deps.audit.append({
        event: 'outcome',
        ref: out.auditSeq,
        outcome: failure ? (out.rawAnswer ? 'incomplete' : 'failed') : 'complete',
        ...(failure ? { reason: failure.code } : {}),
      });
    } catch (err) {
      problems.push(`The audit outcome could not be written: ${(err as Error).message}`);
    }
  }
  if (problems.length) out.message = [out.message, ...problems].filter(Boolean).join(' ');
  return out;
}
