// A mock AI provider for tests and demos: a real HTTP server on 127.0.0.1 speaking both the
// OpenAI Chat Completions and the Anthropic Messages API (streamed and not). By default it echoes
// the last user message it received, so a test can check that no original value ever reached
// it. Behaviours (per server, changeable at any time with `set`): chunking that splits every
// placeholder across chunks, malformed events, stalls, broken connections, HTTP errors, redirects.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type MockApi = 'openai' | 'anthropic';

export interface ReceivedRequest {
  api: MockApi | 'other';
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The raw request body. */
  raw: string;
  /** Parsed JSON body (undefined when not JSON). */
  body: unknown;
  /** System prompt and message texts, for assertions. */
  system?: string;
  messages: { role: string; content: string }[];
}

export interface MockBehaviour {
  /** The answer: fixed text, or computed from the request. Default: echo (see `echoPrefix`). */
  reply?: string | ((req: ReceivedRequest) => string);
  /** Default "You said: ". */
  echoPrefix?: string;
  /** Characters per streamed chunk (default 8). */
  chunkSize?: number;
  /** Cut every [[PLACEHOLDER]] in the answer in two across chunks. */
  splitPlaceholders?: boolean;
  /** Pause between chunks, ms (default 0). */
  delayMs?: number;
  /** Send an unparseable event after this many chunks. */
  malformedAfter?: number;
  /** Send an error event (in the API's own format) after this many chunks. */
  errorEventAfter?: number;
  /** Stop sending (connection left open) after this many chunks. */
  stallAfter?: number;
  /** Destroy the connection after this many chunks, without the final event. */
  disconnectAfter?: number;
  /** Answer with this HTTP status (and a JSON error in the API's format). */
  httpStatus?: number;
  /** Retry-After header for httpStatus 429. */
  retryAfter?: number;
  /** Redirect every request to this URL (307). */
  redirectTo?: string;
  /** Require this API key (Bearer, api-key or x-api-key); 401 otherwise. */
  apiKey?: string;
  /** Only the first N requests after `set` get the behaviour's errors; later ones succeed. */
  failFirst?: number;
}

export interface MockProvider {
  url: string;
  port: number;
  /** Every request received, in order. */
  requests: ReceivedRequest[];
  /** Replace the behaviour for the following requests. */
  set(behaviour: MockBehaviour): void;
  close(): Promise<void>;
}

export interface MockProviderOptions extends MockBehaviour {
  /** Default 0 (any free port). */
  port?: number;
}

const PLACEHOLDER = /\[\[[A-Z_]+_\d+\]\]/g;

/** Split the answer into chunks, cutting inside placeholders when asked. */
export function chunkAnswer(text: string, size: number, splitPlaceholders: boolean): string[] {
  const spans = splitPlaceholders ? [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length]) : [];
  const inside = (i: number) => spans.some(([s, e]) => i > s! && i < e!);
  const cuts = new Set<number>();
  for (let i = size; i < text.length; i += size) if (!inside(i)) cuts.add(i);
  // Cut each placeholder twice: "[", "[PERS", "ON_1]]" — the worst case for restoration.
  for (const [s, e] of spans) {
    cuts.add(s! + 1);
    cuts.add(s! + Math.floor((e! - s!) / 2));
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of sorted) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out.filter((c) => c.length > 0);
}

function contentText(c: unknown): string {
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) {
    return c
      .map((p: unknown) => (typeof p === 'object' && p && 'text' in p ? String((p as { text: unknown }).text) : ''))
      .join('');
  }
  return '';
}

function describe(req: http.IncomingMessage, raw: string): ReceivedRequest {
  const path = (req.url ?? '/').split('?')[0]!;
  const api: ReceivedRequest['api'] = path.endsWith('/chat/completions')
    ? 'openai'
    : path.endsWith('/messages')
      ? 'anthropic'
      : 'other';
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  const b = (body ?? {}) as { messages?: { role?: string; content?: unknown }[]; system?: unknown };
  const all = (b.messages ?? []).map((m) => ({ role: String(m.role), content: contentText(m.content) }));
  let system = typeof b.system === 'string' ? b.system : Array.isArray(b.system) ? contentText(b.system) : undefined;
  const messages = all.filter((m) => {
    if (m.role !== 'system') return true;
    system = (system ? system + '\n' : '') + m.content;
    return false;
  });
  return {
    api,
    method: req.method ?? 'GET',
    path,
    headers: req.headers,
    raw,
    body,
    ...(system !== undefined ? { system } : {}),
    messages,
  };
}

function keyOf(h: http.IncomingHttpHeaders): string | undefined {
  const auth = h.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const k = h['x-api-key'] ?? h['api-key'];
  return Array.isArray(k) ? k[0] : k;
}

function errorBody(api: MockApi | 'other', status: number, message: string): string {
  return api === 'anthropic'
    ? JSON.stringify({ type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message } })
    : JSON.stringify({ error: { message, type: 'mock_error', code: status } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startMockProvider(opts: MockProviderOptions = {}): Promise<MockProvider> {
  const { port = 0, ...initial } = opts;
  let behaviour: MockBehaviour = initial;
  const requests: ReceivedRequest[] = [];
  let sinceSet = 0;
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => res.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const b = behaviour;
    const r = describe(req, raw);
    requests.push(r);
    sinceSet++;
    const failing = b.failFirst === undefined || sinceSet <= b.failFirst;
    const json = (status: number, payload: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(payload);
    };
    if (req.method === 'GET' && r.path.endsWith('/models')) {
      return json(200, JSON.stringify({ object: 'list', data: [{ id: 'mock-model', object: 'model' }] }));
    }
    if (r.api === 'other' || req.method !== 'POST') return json(404, errorBody(r.api, 404, `No route ${r.path}`));
    if (failing && b.redirectTo) {
      res.writeHead(307, { location: b.redirectTo });
      return res.end();
    }
    if (b.apiKey !== undefined && keyOf(req.headers) !== b.apiKey) {
      return json(401, errorBody(r.api, 401, 'Invalid API key.'));
    }
    if (failing && b.httpStatus) {
      const headers: Record<string, string> = b.retryAfter !== undefined ? { 'retry-after': String(b.retryAfter) } : {};
      return json(b.httpStatus, errorBody(r.api, b.httpStatus, `Mock error ${b.httpStatus}.`), headers);
    }
    if (r.body === undefined) return json(400, errorBody(r.api, 400, 'The body is not JSON.'));

    const last = [...r.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const answer = typeof b.reply === 'function' ? b.reply(r) : (b.reply ?? `${b.echoPrefix ?? 'You said: '}${last}`);
    const stream = (r.body as { stream?: unknown }).stream === true;
    const model = String((r.body as { model?: unknown }).model ?? 'mock-model');

    if (!stream) {
      return json(
        200,
        r.api === 'anthropic'
          ? JSON.stringify({
              id: 'msg_mock',
              type: 'message',
              role: 'assistant',
              model,
              content: [{ type: 'text', text: answer }],
              stop_reason: 'end_turn',
              usage: { input_tokens: raw.length, output_tokens: answer.length },
            })
          : JSON.stringify({
              id: 'chatcmpl-mock',
              object: 'chat.completion',
              model,
              choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
            }),
      );
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (event: string | undefined, data: unknown) =>
      res.write(
        `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`,
      );
    /** Drop the connection once everything written so far has reached the client. */
    const cut = () =>
      new Promise<void>((resolve) =>
        res.write('', () => {
          setTimeout(() => {
            res.socket?.destroy();
            resolve();
          }, 20);
        }),
      );
    const anthropic = r.api === 'anthropic';
    if (anthropic) {
      send('message_start', {
        type: 'message_start',
        message: { id: 'msg_mock', type: 'message', role: 'assistant', model, content: [], usage: { input_tokens: 1 } },
      });
      send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
      send('ping', { type: 'ping' });
    }
    const pieces = chunkAnswer(answer, b.chunkSize ?? 8, b.splitPlaceholders ?? false);
    for (let i = 0; i < pieces.length; i++) {
      if (res.destroyed) return;
      if (failing && b.stallAfter === i) return; // keep the socket open, send nothing more
      if (failing && b.disconnectAfter === i) return cut();
      if (failing && b.malformedAfter === i) send(undefined, '{"choices": [ this is not json');
      if (failing && b.errorEventAfter === i) {
        if (anthropic) send('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
        else send(undefined, { error: { message: 'The server had an error while processing your request.' } });
      }
      if (b.delayMs) await sleep(b.delayMs);
      if (anthropic) {
        send('content_block_delta', {
          type: 'content_block_delta',
          index: 0,
          delta: { type: 'text_delta', text: pieces[i] },
        });
      } else {
        send(undefined, {
          id: 'chatcmpl-mock',
          object: 'chat.completion.chunk',
          model,
          choices: [{ index: 0, delta: { content: pieces[i] }, finish_reason: null }],
        });
      }
    }
    if (failing && b.stallAfter !== undefined && b.stallAfter >= pieces.length) return;
    if (failing && b.disconnectAfter !== undefined && b.disconnectAfter >= pieces.length) {
      return cut();
    }
    if (anthropic) {
      send('content_block_stop', { type: 'content_block_stop', index: 0 });
      send('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 1 } });
      send('message_stop', { type: 'message_stop' });
    } else {
      send(undefined, {
        id: 'chatcmpl-mock',
        object: 'chat.completion.chunk',
        model,
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
      });
      send(undefined, '[DONE]');
    }
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    set(next) {
      behaviour = next;
      sinceSet = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
