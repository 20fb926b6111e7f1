import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  EgressGuard,
  hostOf,
  ProviderError,
  RateLimiter,
  streamChat,
  type ProviderTarget,
} from '../../../electron/services/providers';
import { chunkAnswer, startMockProvider, type MockProvider } from '../../../electron/services/providers/mock';

let mock: MockProvider;
let guard: EgressGuard;
before(async () => {
  mock = await startMockProvider();
  guard = new EgressGuard([hostOf(mock.url)]);
});
after(() => mock.close());

function target(api: 'openai' | 'anthropic', extra: Partial<ProviderTarget> = {}): ProviderTarget {
  return {
    id: 'mock',
    api,
    baseUrl: api === 'openai' ? `${mock.url}/v1` : mock.url,
    model: 'm',
    apiKey: 'k-123',
    ...extra,
  };
}

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ProviderError, `expected ProviderError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a failure');
}

/** A server that counts connections: proves that a refused request never opened a socket. */
async function connectionCounter() {
  let connections = 0;
  const server = http.createServer((_q, r) => r.end('x'));
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { port, count: () => connections, close: () => new Promise<void>((r) => server.close(() => r())) };
}

for (const api of ['openai', 'anthropic'] as const) {
  describe(`${api} streaming`, () => {
    test('streams the answer in several deltas and sends the system prompt, model and key', async () => {
      mock.set({ chunkSize: 5 });
      const deltas: string[] = [];
      const res = await streamChat(
        target(api),
        { system: 'SYS', messages: [{ role: 'user', content: 'hello [[PERSON_1]] there' }] },
        { guard, onDelta: (d) => deltas.push(d) },
      );
      assert.equal(res.text, 'You said: hello [[PERSON_1]] there');
      assert.ok(deltas.length > 3);
      assert.equal(deltas.join(''), res.text);
      const req = mock.requests.at(-1)!;
      assert.equal(req.api, api);
      assert.equal(req.system, 'SYS');
      assert.deepEqual(req.messages, [{ role: 'user', content: 'hello [[PERSON_1]] there' }]);
      assert.equal((req.body as { model: string }).model, 'm');
      if (api === 'openai') assert.equal(req.headers.authorization, 'Bearer k-123');
      else {
        assert.equal(req.headers['x-api-key'], 'k-123');
        assert.equal(req.headers['anthropic-version'], '2023-06-01');
      }
    });

    test('401 becomes PROVIDER_AUTH with the provider message', async () => {
      mock.set({ apiKey: 'right' });
      const e = await failure(streamChat(target(api), { messages: [{ role: 'user', content: 'x' }] }, { guard }));
      assert.equal(e.code, 'PROVIDER_AUTH');
      assert.equal(e.status, 401);
      assert.match(e.message, /Invalid API key/);
    });

    test('429 becomes RATE_LIMITED with Retry-After', async () => {
      mock.set({ httpStatus: 429, retryAfter: 7 });
      const e = await failure(streamChat(target(api), { messages: [{ role: 'user', content: 'x' }] }, { guard }));
      assert.equal(e.code, 'RATE_LIMITED');
      assert.equal(e.kind, 'rate-limit');
      assert.equal(e.retryAfterSeconds, 7);
    });

    test('5xx becomes PROVIDER_ERROR (server)', async () => {
      mock.set({ httpStatus: 503 });
      const e = await failure(streamChat(target(api), { messages: [{ role: 'user', content: 'x' }] }, { guard }));
      assert.equal(e.code, 'PROVIDER_ERROR');
      assert.equal(e.kind, 'server');
      assert.equal(e.status, 503);
      assert.match(e.message, /503/);
    });

    test('a broken stream keeps the partial answer', async () => {
      mock.set({ chunkSize: 4, disconnectAfter: 3 });
      const e = await failure(
        streamChat(target(api), { messages: [{ role: 'user', content: 'abcdefghijklmnop' }] }, { guard }),
      );
      assert.equal(e.kind, 'broken-stream');
      assert.equal(e.partial, 'You said: ab');
    });

    test('a malformed event stops the stream with the partial answer', async () => {
      mock.set({ chunkSize: 4, malformedAfter: 2 });
      const e = await failure(
        streamChat(target(api), { messages: [{ role: 'user', content: 'abcdefgh' }] }, { guard }),
      );
      assert.equal(e.kind, 'malformed');
      assert.equal(e.code, 'PROVIDER_ERROR');
      assert.equal(e.partial, 'You said');
    });

    test('an error event mid-stream is a typed error', async () => {
      mock.set({ chunkSize: 4, errorEventAfter: 1 });
      const e = await failure(
        streamChat(target(api), { messages: [{ role: 'user', content: 'abcdefgh' }] }, { guard }),
      );
      assert.equal(e.kind, 'stream-error');
      assert.equal(e.partial, 'You ');
    });

    test('a stalled stream times out and keeps the partial answer', async () => {
      mock.set({ chunkSize: 4, stallAfter: 2 });
      const e = await failure(
        streamChat(target(api, { timeoutMs: 300 }), { messages: [{ role: 'user', content: 'abcdefgh' }] }, { guard }),
      );
      assert.equal(e.code, 'TIMEOUT');
      assert.equal(e.partial, 'You said');
    });

    test('cancellation aborts the request and keeps the partial answer', async () => {
      mock.set({ chunkSize: 4, stallAfter: 2 });
      const ac = new AbortController();
      const p = streamChat(
        target(api),
        { messages: [{ role: 'user', content: 'abcdefgh' }] },
        {
          guard,
          signal: ac.signal,
          onDelta: (d) => {
            if (d === 'said') ac.abort();
          },
        },
      );
      const e = await failure(p);
      assert.equal(e.code, 'CANCELLED');
      assert.equal(e.partial, 'You said');
    });
  });
}

describe('egress guard', () => {
  test('a host that is not approved is refused before any socket opens', async () => {
    const counter = await connectionCounter();
    try {
      const strict = new EgressGuard(['api.openai.com']);
      const e = await failure(
        streamChat(
          { id: 'x', api: 'openai', baseUrl: `http://127.0.0.1:${counter.port}/v1`, model: 'm', apiKey: 'k' },
          { messages: [{ role: 'user', content: 'secret' }] },
          { guard: strict },
        ),
      );
      assert.equal(e.code, 'PROVIDER_NOT_APPROVED');
      assert.equal(e.kind, 'egress');
      assert.match(e.message, /127\.0\.0\.1:\d+ is not an approved provider host/);
      assert.equal(counter.count(), 0);
    } finally {
      await counter.close();
    }
  });

  test('the port is part of the host: another port on an approved name is refused', () => {
    const g = new EgressGuard(['127.0.0.1:1234']);
    assert.throws(() => g.check('http://127.0.0.1:1235/v1'), /not an approved/);
    assert.equal(g.check('http://127.0.0.1:1234/v1').port, '1234');
    assert.throws(() => g.check('ftp://127.0.0.1:1234/'), /Only http and https/);
    assert.throws(() => g.check('http://u:p@127.0.0.1:1234/'), /credentials/);
  });

  test('a redirect to another host is refused and never followed', async () => {
    const counter = await connectionCounter();
    try {
      mock.set({ redirectTo: `http://localhost:${counter.port}/v1/chat/completions` });
      const e = await failure(streamChat(target('openai'), { messages: [{ role: 'user', content: 'x' }] }, { guard }));
      assert.equal(e.code, 'PROVIDER_NOT_APPROVED');
      assert.equal(e.kind, 'redirect');
      assert.equal(counter.count(), 0);
    } finally {
      await counter.close();
    }
  });

  test('a redirect on the same approved host is followed', async () => {
    mock.set({ redirectTo: `${mock.url}/other/v1/chat/completions`, failFirst: 1 });
    const before = mock.requests.length;
    const res = await streamChat(target('openai'), { messages: [{ role: 'user', content: 'hop' }] }, { guard });
    assert.equal(res.text, 'You said: hop');
    assert.equal(mock.requests.length - before, 2);
    assert.equal(mock.requests.at(-1)!.path, '/other/v1/chat/completions');
  });
});

describe('rate limiter', () => {
  test('refuses beyond N per window with a clear message, then allows again', () => {
    let now = 0;
    const rl = new RateLimiter(() => now);
    const limit = { requests: 2, perSeconds: 10 };
    rl.take('p', limit, 'Acme GPT');
    rl.take('p', limit, 'Acme GPT');
    assert.throws(
      () => rl.take('p', limit, 'Acme GPT'),
      (e: ProviderError) =>
        e.code === 'RATE_LIMITED' && /Acme GPT.*2 requests per 10 s.*Try again in 10 s/.test(e.message),
    );
    rl.take('other', limit);
    now = 10_001;
    rl.take('p', limit);
  });
});

describe('mock chunking', () => {
  test('splitPlaceholders cuts every placeholder across chunks', () => {
    const chunks = chunkAnswer('Hello [[PERSON_1]] and [[EMAIL_22]].', 50, true);
    assert.equal(chunks.join(''), 'Hello [[PERSON_1]] and [[EMAIL_22]].');
    assert.ok(!chunks.some((c) => /\[\[[A-Z]+_\d+\]\]/.test(c)), JSON.stringify(chunks));
  });
});
