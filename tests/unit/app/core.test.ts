// Drives the app core's handler table through `dispatch`, exactly as Electron's ipcMain and the
// end-to-end bridge do: real vault in a temp dir, real detection with the shared model, a signed
// test policy, and real HTTP calls to the mock provider on 127.0.0.1.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../../electron/app/core';
import type { App } from '../../../electron/app/types';
import { generatePolicyKeyPair, signPolicy } from '../../../electron/services/policy';
import { startMockProvider, type MockProvider } from '../../../electron/services/providers/mock';
import { contract, type Events } from '../../../shared/ipc/contract';
import { dispatch, type CallContext, type IpcResult } from '../../../shared/ipc/define';
import { POLICY_FORMAT } from '../../../shared/policy';

const FAST_ARGON2 = { opsLimit: 1, memLimit: 8 * 1024 * 1024 };
const PASS = 'correct horse battery staple';

interface Harness {
  app: App;
  dir: string;
  events: [string, unknown][];
  call(name: string, input?: unknown): Promise<IpcResult>;
  value<T = Record<string, unknown>>(name: string, input?: unknown): Promise<T>;
  waitFor(event: string, pred: (p: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

async function harness(opts: { policy?: 'signed' | 'tampered' | 'none'; mockUrl?: string } = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-app-'));
  let policyPath: string | undefined;
  let orgPublicKey: string | undefined;
  if (opts.policy !== 'none') {
    const keys = await generatePolicyKeyPair();
    const signed = await signPolicy(
      {
        format: POLICY_FORMAT,
        id: 'test-policy',
        version: 3,
        name: 'Test policy',
        providers: [
          { id: 'mock', name: 'Mock', api: 'openai', baseUrl: `${opts.mockUrl}/v1`, models: ['mock-*'], auth: 'none' },
          { id: 'keyed', name: 'Keyed', api: 'anthropic', baseUrl: opts.mockUrl, models: ['claude-*'] },
        ],
        detection: {
          requiredTypes: ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'SECRET'],
          // Deterministic detection for the tests: a deny-listed code name (reported as SECRET).
          denyList: { terms: ['Project Nightingale'] },
        },
      },
      keys.privateKey,
    );
    policyPath = path.join(dir, 'policy.json');
    fs.writeFileSync(policyPath, opts.policy === 'tampered' ? signed.replace('"mock-*"', '"*"') : signed);
    orgPublicKey = keys.publicKey;
  }
  const app = await createApp({
    dataDir: path.join(dir, 'data'),
    ...(process.env.PROMPT_VAULT_MODEL_DIR ? { modelDir: process.env.PROMPT_VAULT_MODEL_DIR } : {}),
    ...(policyPath ? { policyPath } : {}),
    ...(orgPublicKey ? { orgPublicKey } : {}),
    argon2: FAST_ARGON2,
    chooseSavePath: async ({ defaultName }) => path.join(dir, defaultName),
  });
  const events: [string, unknown][] = [];
  const waiters: (() => void)[] = [];
  const ctx: CallContext<Events> = {
    emit: (event, payload) => {
      events.push([event, payload]);
      for (const w of waiters.splice(0)) w();
    },
  };
  const call = (name: string, input: unknown = {}) => dispatch(contract, app.handlers, name, input, ctx);
  return {
    app,
    dir,
    events,
    call,
    async value<T>(name: string, input: unknown = {}) {
      const res = await call(name, input);
      if (!res.ok) throw new Error(`${name} failed: ${res.error.code} ${res.error.message}`);
      return res.value as T;
    },
    async waitFor(event, pred) {
      for (;;) {
        const hit = events.find(([e, p]) => e === event && pred(p as Record<string, unknown>));
        if (hit) return hit[1] as Record<string, unknown>;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

function errorCode(res: IpcResult): string | undefined {
  return res.ok ? undefined : res.error.code;
}

/** Every byte under `dir`, for marker scans. */
function allBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

let mock: MockProvider;
before(async () => {
  mock = await startMockProvider({ splitPlaceholders: true, chunkSize: 5 });
});
after(async () => {
  await mock.close();
});

describe('app core: validation and fail-closed rules', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ mockUrl: mock.url });
  });
  after(async () => {
    await h.app.close();
    fs.rmSync(h.dir, { recursive: true, force: true });
  });

  it('rejects invalid payloads with INVALID_INPUT before any handler runs', async () => {
    assert.equal(errorCode(await h.call('vault.create', { passphrase: 'short' })), 'INVALID_INPUT');
    assert.equal(errorCode(await h.call('vault.unlock', {})), 'INVALID_INPUT');
    assert.equal(errorCode(await h.call('detect.run', { text: 42 })), 'INVALID_INPUT');
    assert.equal(errorCode(await h.call('history.purge', { confirm: 'yes' })), 'INVALID_INPUT');
    assert.equal(errorCode(await h.call('history.export', { format: 'pdf' })), 'INVALID_INPUT');
    assert.equal(
      errorCode(
        await h.call('chat.send', {
          text: 'hi',
          entities: [{ start: 5, end: 2, type: 'PERSON' }],
          provider: 'mock',
          model: 'mock-1',
        }),
      ),
      'INVALID_INPUT',
    );
    assert.equal(errorCode(await h.call('nope.nothing', {})), 'UNKNOWN_CHANNEL');
    const status = await h.value<{ exists: boolean }>('vault.status');
    assert.equal(status.exists, false, 'nothing was created by the invalid calls');
  });

  it('reports first run, and blocks everything that needs the vault while it is locked', async () => {
    const info = await h.value<{ firstRun: boolean }>('app.info');
    assert.equal(info.firstRun, true);
    for (const [name, input] of [
      ['detect.run', { text: 'Call Alice at alice@example.com' }],
      ['history.list', {}],
      ['chat.send', { text: 'Hello', entities: [], provider: 'mock', model: 'mock-1' }],
      ['providers.setApiKey', { providerId: 'keyed', apiKey: 'sk-test' }],
    ] as const) {
      assert.equal(errorCode(await h.call(name, input)), 'VAULT_LOCKED', name);
    }
    assert.equal(mock.requests.length, 0);
  });

  it('creates the vault, shows the recovery key once and needs it confirmed', async () => {
    const { recoveryKey } = await h.value<{ recoveryKey: string }>('vault.create', { passphrase: PASS });
    assert.ok(recoveryKey.length >= 20);
    assert.equal((await h.value<{ recoveryPending: boolean }>('vault.status')).recoveryPending, true);
    assert.equal(errorCode(await h.call('vault.confirmRecovery', { recoveryKey: 'WRONG-KEY' })), 'WRONG_RECOVERY_KEY');
    const s = await h.value<{ recoveryPending: boolean; unlocked: boolean }>('vault.confirmRecovery', { recoveryKey });
    assert.deepEqual([s.unlocked, s.recoveryPending], [true, false]);
  });

  it('shows the signed policy, its locks and the approved hosts', async () => {
    const p = await h.value<{ source: string; version: string; requiredTypes: string[]; approvedHosts: string[] }>(
      'policy.get',
    );
    assert.equal(p.source, 'org');
    assert.equal(p.version, '3');
    assert.ok(p.requiredTypes.includes('EMAIL'));
    assert.deepEqual(p.approvedHosts, [new URL(mock.url).host]);
    assert.deepEqual(h.app.allowedHosts(), [new URL(mock.url).host]);
    const providers = await h.value<{ providers: { id: string; requiresApiKey: boolean; hasApiKey: boolean }[] }>(
      'providers.list',
    );
    assert.deepEqual(
      providers.providers.map((p) => [p.id, p.requiresApiKey, p.hasApiKey]),
      [
        ['mock', false, false],
        ['keyed', true, false],
      ],
    );
  });

  it('refuses settings that would loosen the policy, and keeps tighter ones', async () => {
    const res = await h.call('settings.set', { detector: { enabledTypes: ['PERSON'] } });
    assert.equal(errorCode(res), 'POLICY_LOCKED');
    assert.match(!res.ok ? res.error.message : '', /EMAIL|required/i);
    const s = await h.value<{ detector: { threshold: number }; theme: string }>('settings.set', {
      detector: { threshold: 0.4 },
      theme: 'dark',
    });
    assert.equal(s.detector.threshold, 0.4);
    assert.equal(s.theme, 'dark');
  });

  it('blocks an unapproved provider, an unapproved model and a missing API key', async () => {
    const send = (provider: string, model: string) =>
      h.call('chat.send', { text: 'Hello there', entities: [], provider, model });
    assert.equal(errorCode(await send('evil', 'mock-1')), 'PROVIDER_NOT_APPROVED');
    assert.equal(errorCode(await send('mock', 'gpt-4o')), 'MODEL_NOT_APPROVED');
    assert.equal(errorCode(await send('keyed', 'claude-3')), 'API_KEY_MISSING');
    assert.equal(
      errorCode(await h.call('providers.setApiKey', { providerId: 'evil', apiKey: 'x' })),
      'PROVIDER_NOT_APPROVED',
    );
    assert.equal(mock.requests.length, 0, 'the mock saw nothing');
  });

  it('refuses to keep a required type, or to send one the renderer did not redact', async () => {
    const text = 'Please email alice.smith@example.com about the invoice.';
    const start = text.indexOf('alice');
    const end = start + 'alice.smith@example.com'.length;
    const kept = await h.call('chat.send', {
      text,
      entities: [{ start, end, type: 'EMAIL', source: 'pattern', action: 'keep' }],
      provider: 'mock',
      model: 'mock-1',
    });
    assert.equal(errorCode(kept), 'POLICY_BLOCKED');
    // The renderer "forgot" a required entity: the core's own detection catches it.
    const secretText = 'Status of Project Nightingale for the board?';
    const omitted = await h.call('chat.send', { text: secretText, entities: [], provider: 'mock', model: 'mock-1' });
    assert.equal(errorCode(omitted), 'POLICY_BLOCKED');
    assert.match(!omitted.ok ? omitted.error.message : '', /SECRET/);
    // Redacting only part of it is not enough either.
    const s0 = secretText.indexOf('Project');
    const partial = await h.call('chat.send', {
      text: secretText,
      entities: [{ start: s0, end: s0 + 'Project'.length, type: 'SECRET' }],
      provider: 'mock',
      model: 'mock-1',
    });
    assert.equal(errorCode(partial), 'POLICY_BLOCKED');
    assert.equal(mock.requests.length, 0);
  });

  it('previews exactly what will be sent', async () => {
    const text = 'Ask Bob Miller, bob@example.org.';
    const a = text.indexOf('Bob');
    const e = text.indexOf('bob@');
    const prev = await h.value<{ redacted: string; map: Record<string, { original: string }> }>('detect.preview', {
      text,
      entities: [
        { start: a, end: a + 'Bob Miller'.length, type: 'PERSON', source: 'ner' },
        { start: e, end: e + 'bob@example.org'.length, type: 'EMAIL', source: 'pattern' },
      ],
    });
    assert.equal(prev.redacted, 'Ask [[PERSON_1]], [[EMAIL_1]].');
    assert.equal(prev.map['[[PERSON_1]]']!.original, 'Bob Miller');
    const outside = await h.call('detect.preview', { text, entities: [{ start: 2, end: 999, type: 'PERSON' }] });
    assert.equal(errorCode(outside), 'INVALID_INPUT');
  });

  it('locks on request (suspend, screen lock) and blocks sending again', async () => {
    const seen: [string, unknown][] = [];
    const off = h.app.onEvent((e, p) => seen.push([e, p]));
    await h.app.lock('suspend');
    off();
    assert.deepEqual(seen, [['vault.locked', { reason: 'suspend' }]]);
    assert.equal((await h.value<{ unlocked: boolean }>('vault.status')).unlocked, false);
    const res = await h.call('chat.send', { text: 'Hello', entities: [], provider: 'mock', model: 'mock-1' });
    assert.equal(errorCode(res), 'VAULT_LOCKED');
    assert.equal(errorCode(await h.call('vault.unlock', { passphrase: 'not it at all' })), 'WRONG_PASSPHRASE');
    const s = await h.value<{ unlocked: boolean }>('vault.unlock', { passphrase: PASS });
    assert.equal(s.unlocked, true);
  });
});

describe('app core: a full send against the mock provider', () => {
  let h: Harness;
  const globalEvents: [string, unknown][] = [];
  before(async () => {
    h = await harness({ mockUrl: mock.url });
    h.app.onEvent((e, p) => globalEvents.push([e, p]));
    await h.value('vault.create', { passphrase: PASS });
  });
  after(async () => {
    await h.app.close();
    fs.rmSync(h.dir, { recursive: true, force: true });
  });

  it('sends only placeholders, streams the answer restored and stores the conversation encrypted', async () => {
    const markerName = 'Zelda Quaintrell';
    const markerMail = 'zelda.quaintrell@marker-example.com';
    const text = `Write a short note to ${markerName} (${markerMail}) about the offsite.`;
    const detection = await h.value<{ entities: { start: number; end: number; type: string; source: string }[] }>(
      'detect.run',
      { text },
    );
    assert.ok(Array.isArray(detection.entities));
    // The user's choices: what detection found, plus the two markers selected by hand (so the
    // test does not depend on which detector modules have landed).
    const ns = text.indexOf(markerName);
    const ms = text.indexOf(markerMail);
    const manual = [
      { start: ns, end: ns + markerName.length, type: 'PERSON', source: 'manual', action: 'redact' },
      { start: ms, end: ms + markerMail.length, type: 'EMAIL', source: 'manual', action: 'redact' },
    ];
    const entities = [
      ...detection.entities
        .filter((e) => !manual.some((m) => e.start < m.end && e.end > m.start))
        .map((e) => ({ start: e.start, end: e.end, type: e.type, source: e.source, action: 'redact' })),
      ...manual,
    ];

    mock.requests.length = 0;
    const { requestId, conversationId } = await h.value<{ requestId: string; conversationId: string }>('chat.send', {
      text,
      entities,
      provider: 'mock',
      model: 'mock-1',
    });
    const done = await h.waitFor('chat.done', (p) => p.requestId === requestId);
    // The mock never saw an original value.
    assert.equal(mock.requests.length, 1);
    const seen = mock.requests[0]!.raw;
    assert.ok(!seen.includes(markerName) && !seen.includes('Quaintrell') && !seen.includes(markerMail), seen);
    assert.match(seen, /\[\[EMAIL_1\]\]/);
    assert.match(seen, /\[\[PERSON_1\]\]/);
    // The echoed answer came back restored, although placeholders were split across chunks.
    assert.equal(done.incomplete, false);
    assert.deepEqual(done.unrestored, []);
    assert.ok((done.text as string).includes(markerName) && (done.text as string).includes(markerMail));
    const chunks = h.events
      .filter(([e, p]) => e === 'chat.chunk' && (p as { requestId: string }).requestId === requestId)
      .map(([, p]) => (p as { text: string }).text);
    assert.ok(chunks.length > 3, 'streamed in pieces');
    assert.equal(chunks.join(''), done.text);

    // History has both turns; the store on disk has none of the markers.
    const conv = await h.value<{ messages: { role: string; original?: string; redacted: string }[] }>('history.get', {
      id: conversationId,
    });
    assert.deepEqual(
      conv.messages.map((m) => m.role),
      ['user', 'assistant'],
    );
    assert.equal(conv.messages[0]!.original, text);
    assert.ok(!conv.messages[0]!.redacted.includes(markerMail));
    // The (encrypted) title reads like the prompt as typed, not like placeholders.
    const listed = await h.value<{ conversations: { id: string; title: string }[] }>('history.list', {});
    const title = listed.conversations.find((c) => c.id === conversationId)!.title;
    assert.ok(title.startsWith('Write a short note to Zelda Quaintrell'), title);
    const hits = await h.value<{ results: { conversationId: string }[] }>('history.search', { query: 'Quaintrell' });
    assert.deepEqual(
      hits.results.map((r) => r.conversationId),
      [conversationId],
    );
    // The send was audited (hash-chained file in the data dir), without personal data.
    assert.ok(fs.readFileSync(path.join(h.dir, 'data', 'audit.jsonl'), 'utf8').includes('"decision":"sent"'));
    const bytes = allBytes(path.join(h.dir, 'data'));
    for (const marker of [markerName, markerMail, 'offsite']) {
      assert.equal(bytes.includes(Buffer.from(marker)), false, `"${marker}" is readable at rest`);
    }

    // A second turn keeps the same placeholder for the same person.
    mock.requests.length = 0;
    const t2 = `And thank ${markerName} again.`;
    const p2 = t2.indexOf(markerName);
    const second = await h.value<{ requestId: string }>('chat.send', {
      conversationId,
      text: t2,
      entities: [{ start: p2, end: p2 + markerName.length, type: 'PERSON', source: 'manual' }],
      provider: 'mock',
      model: 'mock-1',
    });
    await h.waitFor('chat.done', (p) => p.requestId === second.requestId);
    const last = mock.requests[0]!.messages.at(-1)!.content;
    assert.match(last, /\[\[PERSON_1\]\]/);
    assert.ok(!mock.requests[0]!.raw.includes('Quaintrell'));
  });

  it('exports to the path the user chose, and locking is announced', async () => {
    const res = await h.value<{ path: string; count: number }>('history.export', { format: 'json' });
    assert.ok(res.path.startsWith(h.dir));
    assert.equal(res.count, 1);
    const exported = JSON.parse(fs.readFileSync(res.path, 'utf8')) as unknown;
    assert.ok(exported && typeof exported === 'object');
    await h.app.lock('screen-lock');
    assert.deepEqual(globalEvents.at(-1), ['vault.locked', { reason: 'screen-lock' }]);
  });

  it('reports a provider error as chat.error and keeps nothing half-sent', async () => {
    await h.value('vault.unlock', { passphrase: PASS });
    mock.set({ httpStatus: 500 });
    try {
      const { requestId } = await h.value<{ requestId: string }>('chat.send', {
        text: 'What is the capital of France?',
        entities: [],
        provider: 'mock',
        model: 'mock-1',
      });
      const err = await h.waitFor('chat.error', (p) => p.requestId === requestId);
      assert.equal(err.code, 'PROVIDER_ERROR');
    } finally {
      mock.set({ splitPlaceholders: true, chunkSize: 5 });
    }
  });
});

describe('app core: a rejected policy', () => {
  it('runs under the most restrictive defaults and sends nothing', async () => {
    const h = await harness({ policy: 'tampered', mockUrl: mock.url });
    try {
      await h.value('vault.create', { passphrase: PASS });
      const p = await h.value<{ source: string; error?: string; approvedHosts: string[] }>('policy.get');
      assert.equal(p.source, 'restrictive');
      assert.match(p.error ?? '', /signature|altered/i);
      assert.deepEqual(p.approvedHosts, []);
      assert.deepEqual(h.app.allowedHosts(), []);
      const before = mock.requests.length;
      const res = await h.call('chat.send', { text: 'Hello', entities: [], provider: 'mock', model: 'mock-1' });
      assert.ok(['POLICY_BLOCKED', 'PROVIDER_NOT_APPROVED'].includes(errorCode(res)!));
      assert.equal(mock.requests.length, before);
    } finally {
      await h.app.close();
      fs.rmSync(h.dir, { recursive: true, force: true });
    }
  });
});
