// Streaming clients for the OpenAI-compatible Chat Completions API (OpenAI, Azure OpenAI, Ollama,
// LM Studio, vLLM) and the Anthropic Messages API. Server-sent events are parsed with
// eventsource-parser. Every URL, including redirect targets, passes the egress guard first.
// Failures become ProviderError with the partial answer attached.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { type EgressGuard } from './egress';
import { ProviderError } from './errors';

export type ProviderApi = 'openai' | 'anthropic';
export type AuthStyle = 'bearer' | 'api-key' | 'x-api-key' | 'none';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** One concrete provider endpoint and model. */
export interface ProviderTarget {
  /** Provider id (policy rule id, or the host for ad-hoc CLI use). */
  id: string;
  api: ProviderApi;
  /** OpenAI-compatible: ".../v1" (or Azure ".../openai/deployments/NAME"); Anthropic: "https://api.anthropic.com". */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Default: bearer (openai), x-api-key (anthropic). */
  auth?: AuthStyle;
  query?: Record<string, string>;
  /** Max time without any data (connect, headers, between chunks). Default 60 s. */
  timeoutMs?: number;
  /** Anthropic's required max_tokens (default 4096). */
  maxTokens?: number;
}

export interface ChatRequest {
  system?: string;
  messages: ChatMessage[];
}

export interface ChatCompletion {
  /** The whole answer as received. */
  text: string;
  finishReason?: string;
  usage?: { inputTokens?: number; outputTokens?: number };
}

export interface StreamOptions {
  guard: EgressGuard;
  signal?: AbortSignal;
  /** Each piece of answer text as it arrives. */
  onDelta?: (text: string) => void;
  /** Redirects followed at most (same approved host only). Default 3. */
  maxRedirects?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const ANTHROPIC_VERSION = '2023-06-01';
const MAX_ERROR_BODY = 64 * 1024;

function joinUrl(base: string, path: string, query?: Record<string, string>): URL {
  const u = new URL(base);
  u.pathname = u.pathname.replace(/\/+$/, '') + path;
  for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
  return u;
}

/** The endpoint a target streams from. */
export function endpointOf(target: Pick<ProviderTarget, 'api' | 'baseUrl' | 'query'>): URL {
  return target.api === 'anthropic'
    ? joinUrl(target.baseUrl, '/v1/messages', target.query)
    : joinUrl(target.baseUrl, '/chat/completions', target.query);
}

function headersFor(target: ProviderTarget): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'text/event-stream',
  };
  const auth = target.auth ?? (target.api === 'anthropic' ? 'x-api-key' : 'bearer');
  if (target.apiKey && auth !== 'none') {
    if (auth === 'bearer') h.authorization = `Bearer ${target.apiKey}`;
    else h[auth] = target.apiKey;
  }
  if (target.api === 'anthropic') h['anthropic-version'] = ANTHROPIC_VERSION;
  return h;
}

function bodyFor(target: ProviderTarget, req: ChatRequest): string {
  if (target.api === 'anthropic') {
    return JSON.stringify({
      model: target.model,
      max_tokens: target.maxTokens ?? 4096,
      ...(req.system ? { system: req.system } : {}),
      messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
      stream: true,
    });
  }
  return JSON.stringify({
    model: target.model,
    messages: [
      ...(req.system ? [{ role: 'system', content: req.system }] : []),
      ...req.messages.map((m) => ({ role: m.role, content: m.content })),
    ],
    stream: true,
  });
}

function providerMessage(body: string): string {
  try {
    const j = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const m = typeof j.error === 'string' ? j.error : (j.error?.message ?? j.message);
    if (typeof m === 'string' && m) return m.slice(0, 300);
  } catch {
    // not JSON
  }
  return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function retryAfter(h: Headers): number | undefined {
  const v = h.get('retry-after');
  if (!v) return undefined;
  const n = Number(v);
  if (Number.isFinite(n)) return Math.max(0, Math.ceil(n));
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, Math.ceil((t - Date.now()) / 1000)) : undefined;
}

async function readLimited(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let out = '';
  try {
    while (out.length < MAX_ERROR_BODY) {
      const { done, value } = await reader.read();
      if (done) break;
      out += dec.decode(value, { stream: true });
    }
  } catch {
    // a broken error body still yields the status
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return out;
}

async function httpError(res: Response, label: string): Promise<ProviderError> {
  const detail = providerMessage(await readLimited(res));
  const suffix = detail ? `: ${detail}` : '.';
  const s = res.status;
  if (s === 401 || s === 403) {
    return new ProviderError('auth', `${label} rejected the API key (HTTP ${s})${suffix}`, { status: s });
  }
  if (s === 429) {
    const ra = retryAfter(res.headers);
    return new ProviderError(
      'rate-limit',
      `${label} is rate limiting requests (HTTP 429)${ra !== undefined ? `; retry in ${ra} s` : ''}${suffix}`,
      { status: s, ...(ra !== undefined ? { retryAfterSeconds: ra } : {}) },
    );
  }
  if (s >= 500) return new ProviderError('server', `${label} had a server error (HTTP ${s})${suffix}`, { status: s });
  if (s === 404) {
    return new ProviderError('http', `${label} answered 404 Not Found: check the base URL and model${suffix}`, {
      status: s,
    });
  }
  return new ProviderError('http', `${label} answered HTTP ${s}${suffix}`, { status: s });
}

/** Collects answer text from events of either API and knows when the answer is complete. */
class EventReader {
  text = '';
  done = false;
  finishReason: string | undefined;
  usage: ChatCompletion['usage'];

  constructor(
    private readonly api: ProviderApi,
    private readonly label: string,
    private readonly onDelta?: (t: string) => void,
  ) {}

  private add(t: unknown) {
    if (typeof t !== 'string' || !t) return;
    this.text += t;
    this.onDelta?.(t);
  }

  private parse(data: string): Record<string, unknown> {
    try {
      const v = JSON.parse(data) as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new ProviderError('malformed', `${this.label} sent a malformed event; the answer is incomplete.`, {
      partial: this.text,
    });
  }

  private streamError(err: unknown): ProviderError {
    const e = err as { message?: unknown; type?: unknown } | string | undefined;
    const msg = typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : 'unknown error';
    return new ProviderError('stream-error', `${this.label} reported an error mid-answer: ${msg.slice(0, 300)}`, {
      partial: this.text,
    });
  }

  handle(ev: EventSourceMessage): void {
    if (this.done) return;
    if (this.api === 'openai') {
      if (ev.data.trim() === '[DONE]') {
        this.done = true;
        return;
      }
      const j = this.parse(ev.data);
      if (j.error) throw this.streamError(j.error);
      const choices = Array.isArray(j.choices) ? (j.choices as Record<string, unknown>[]) : [];
      const c = choices[0];
      if (c) {
        const delta = c.delta as { content?: unknown } | undefined;
        this.add(delta?.content);
        if (typeof c.finish_reason === 'string') this.finishReason = c.finish_reason;
      }
      const u = j.usage as { prompt_tokens?: number; completion_tokens?: number } | undefined | null;
      if (u) this.usage = { inputTokens: u.prompt_tokens, outputTokens: u.completion_tokens };
      return;
    }
    // Anthropic: the event type is in the `event:` field and in data.type.
    const j = this.parse(ev.data);
    const type = ev.event ?? (typeof j.type === 'string' ? j.type : undefined);
    switch (type) {
      case 'content_block_delta': {
        const d = j.delta as { type?: string; text?: unknown } | undefined;
        if (d?.type === 'text_delta') this.add(d.text);
        return;
      }
      case 'message_start': {
        const u = (j.message as { usage?: { input_tokens?: number } } | undefined)?.usage;
        if (u) this.usage = { ...this.usage, inputTokens: u.input_tokens };
        return;
      }
      case 'message_delta': {
        const d = j.delta as { stop_reason?: unknown } | undefined;
        if (typeof d?.stop_reason === 'string') this.finishReason = d.stop_reason;
        const u = j.usage as { output_tokens?: number } | undefined;
        if (u) this.usage = { ...this.usage, outputTokens: u.output_tokens };
        return;
      }
      case 'message_stop':
        this.done = true;
        return;
      case 'error':
        throw this.streamError(j.error);
      default:
        return; // ping, content_block_start/stop, future events
    }
  }

  /** OpenAI-compatible servers that end without [DONE] but with a finish_reason are complete too. */
  get complete(): boolean {
    return this.done || (this.api === 'openai' && this.finishReason !== undefined);
  }
}

/**
 * Send `req` to `target` and stream the answer. Resolves with the complete answer; rejects with
 * ProviderError (its `partial` holds what arrived) on refusal, HTTP error, broken or malformed
 * stream, timeout or cancellation.
 */
export async function streamChat(
  target: ProviderTarget,
  req: ChatRequest,
  opts: StreamOptions,
): Promise<ChatCompletion> {
  const label = `The provider ${target.id}`;
  let url = opts.guard.check(endpointOf(target));
  const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let why: 'timeout' | 'cancelled' | undefined;
  const onAbort = () => {
    why ??= 'cancelled';
    controller.abort();
  };
  if (opts.signal?.aborted) throw new ProviderError('cancelled', 'The request was cancelled; nothing was sent.');
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      why ??= 'timeout';
      controller.abort();
    }, timeoutMs);
  };
  const reader = new EventReader(target.api, label, opts.onDelta);
  const fail = (err: unknown): ProviderError => {
    if (err instanceof ProviderError) {
      err.partial = reader.text;
      return err;
    }
    if (why === 'timeout') {
      return new ProviderError(
        'timeout',
        `${label} sent nothing for ${Math.round(timeoutMs / 1000)} s; the request was abandoned.`,
        {
          partial: reader.text,
        },
      );
    }
    if (why === 'cancelled')
      return new ProviderError('cancelled', 'The request was cancelled.', { partial: reader.text });
    const cause = err as { cause?: { code?: string; message?: string }; message?: string };
    const detail = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? String(err);
    return new ProviderError(
      reader.text ? 'broken-stream' : 'network',
      reader.text
        ? `The connection to ${target.id} broke mid-answer (${detail}); the answer is incomplete.`
        : `${label} could not be reached (${detail}).`,
      { partial: reader.text, cause: err },
    );
  };

  try {
    arm();
    let res: Response;
    const body = bodyFor(target, req);
    for (let hops = 0; ; hops++) {
      res = await fetch(url, {
        method: 'POST',
        headers: headersFor(target),
        body,
        redirect: 'manual',
        signal: controller.signal,
      });
      if (res.status < 300 || res.status >= 400) break;
      const location = res.headers.get('location');
      res.body?.cancel().catch(() => undefined);
      if (!location) throw new ProviderError('http', `${label} answered HTTP ${res.status} without a Location.`);
      const next = opts.guard.check(new URL(location, url), 'redirect');
      if (next.host.toLowerCase() !== url.host.toLowerCase()) {
        throw new ProviderError('redirect', `${label} redirected to another host (${next.host}); not followed.`);
      }
      if (hops >= (opts.maxRedirects ?? 3)) throw new ProviderError('http', `${label} redirected too many times.`);
      url = next;
    }
    arm();
    if (!res.ok) throw await httpError(res, label);
    if (!res.body) throw new ProviderError('broken-stream', `${label} sent an empty response.`);
    const ctype = res.headers.get('content-type') ?? '';
    if (!ctype.includes('text/event-stream')) {
      throw new ProviderError('malformed', `${label} did not answer with a stream (content-type "${ctype}").`);
    }
    let parseError: unknown;
    const parser = createParser({
      onEvent: (ev) => {
        if (parseError) return;
        try {
          reader.handle(ev);
        } catch (err) {
          parseError = err;
        }
      },
    });
    const dec = new TextDecoder();
    const stream = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await stream.read();
        if (done) break;
        arm();
        parser.feed(dec.decode(value, { stream: true }));
        if (parseError) throw parseError;
        if (reader.done) break;
      }
      parser.feed(dec.decode());
      if (parseError) throw parseError;
    } finally {
      stream.cancel().catch(() => undefined);
    }
    if (!reader.complete) {
      throw new ProviderError('broken-stream', `The stream from ${target.id} ended before the answer was complete.`);
    }
    return {
      text: reader.text,
      ...(reader.finishReason ? { finishReason: reader.finishReason } : {}),
      ...(reader.usage ? { usage: reader.usage } : {}),
    };
  } catch (err) {
    throw fail(err);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
