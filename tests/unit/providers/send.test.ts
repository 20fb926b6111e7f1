import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DetectionResult, DetectOptions, Entity } from '../../../shared/entities';
import { POLICY_FORMAT, PolicySchema, type PolicyInput } from '../../../shared/policy';
import { AuditTrail } from '../../../electron/services/audit';
import { effectivePolicy } from '../../../electron/services/policy';
import {
  RateLimiter,
  sendPrompt,
  SYSTEM_PROMPT,
  type RecordedTurn,
  type SendDeps,
  type SendRequest,
} from '../../../electron/services/providers';
import { startMockProvider, type MockProvider } from '../../../electron/services/providers/mock';

const PROMPT = 'Ask Jane Doe (jane@corp.example) about it.';

/** A detector with fixed findings, so the flow is tested on its own. */
function fakeDetector(over: Partial<DetectionResult> = {}, seen: DetectOptions[] = []) {
  const find = (text: string, value: string, type: Entity['type']): Entity[] => {
    const start = text.indexOf(value);
    return start < 0 ? [] : [{ start, end: start + value.length, type, score: 0.9, source: 'pattern', text: value }];
  };
  return {
    async detect(text: string, options?: DetectOptions): Promise<DetectionResult> {
      seen.push(options ?? {});
      return {
        entities: [...find(text, 'Jane Doe', 'PERSON'), ...find(text, 'jane@corp.example', 'EMAIL')],
        injection: { score: 0, findings: [] },
        nerAvailable: true,
        ms: 1,
        ...over,
      };
    },
  };
}

let mock: MockProvider;
let dir: string;
before(async () => {
  mock = await startMockProvider({ chunkSize: 2, splitPlaceholders: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-send-'));
});
after(async () => {
  await mock.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function policy(extra: Partial<PolicyInput> = {}) {
  const p = PolicySchema.parse({
    format: POLICY_FORMAT,
    id: 'acme',
    version: 7,
    providers: [
      {
        id: 'mock',
        api: 'openai',
        baseUrl: `${mock.url}/v1`,
        models: ['mock-*'],
        rateLimit: { requests: 100, perSeconds: 60 },
      },
    ],
    detection: { requiredTypes: ['PERSON', 'EMAIL'] },
    ...extra,
  });
  return effectivePolicy({ policy: p, source: 'org' });
}

function request(extra: Partial<SendRequest> = {}): SendRequest {
  return {
    prompt: PROMPT,
    target: { id: 'mock', api: 'openai', baseUrl: `${mock.url}/v1`, model: 'mock-1', apiKey: 'k' },
    ...extra,
  };
}

function memoryStore() {
  const turns: RecordedTurn[] = [];
  return {
    turns,
    store: {
      async recordTurn(t: RecordedTurn) {
        turns.push(t);
        return { conversationId: t.conversationId ?? 'c1' };
      },
    },
  };
}

describe('sendPrompt', () => {
  test('redacts, sends, streams the restored answer, records the turn and the audit entries', async () => {
    const audit = await AuditTrail.open(path.join(dir, 'a1'), { deriveSubkey: () => new Uint8Array(32).fill(7) });
    const { turns, store } = memoryStore();
    const chunks: string[] = [];
    const seen: DetectOptions[] = [];
    const out = await sendPrompt(request({ onChunk: (t) => chunks.push(t) }), {
      detector: fakeDetector({}, seen),
      policy: policy(),
      audit,
      store,
    });
    assert.equal(out.status, 'sent');
    assert.equal(out.redacted, 'Ask [[PERSON_1]] ([[EMAIL_1]]) about it.');
    assert.equal(out.answer, `You said: ${PROMPT}`);
    assert.equal(chunks.join(''), out.answer);
    assert.ok(chunks.length > 5);
    assert.equal(out.incomplete, false);
    assert.deepEqual(out.counts, { PERSON: 1, EMAIL: 1 });
    assert.deepEqual(seen[0]!.enabledTypes?.includes('PERSON'), true);
    const req = mock.requests.at(-1)!;
    assert.equal(req.system, SYSTEM_PROMPT);
    assert.deepEqual(req.messages, [{ role: 'user', content: out.redacted }]);
    assert.ok(!req.raw.includes('Jane') && !req.raw.includes('jane@'));
    assert.equal(turns[0]!.messages[0]!.original, PROMPT);
    assert.equal(turns[0]!.messages[1]!.redacted, `You said: ${out.redacted}`);
    const entries = audit.entries();
    assert.equal(entries[0]!.decision, 'sent');
    assert.equal(entries[0]!.policy?.version, 7);
    assert.equal(entries[1]!.outcome, 'complete');
    assert.equal(entries[1]!.ref, entries[0]!.seq);
    assert.equal((await audit.verify()).ok, true);
  });

  test('a second turn continues the numbering and sends the history as redacted text', async () => {
    const first = await sendPrompt(request(), { detector: fakeDetector(), policy: policy() });
    const second = await sendPrompt(
      request({
        prompt: 'And Jane Doe again, plus Jim Beam?',
        history: [
          { role: 'user', content: first.redacted },
          { role: 'assistant', content: first.rawAnswer },
        ],
        placeholders: first.map,
      }),
      { detector: fakeDetector(), policy: policy() },
    );
    assert.equal(second.redacted, 'And [[PERSON_1]] again, plus Jim Beam?');
    assert.equal(mock.requests.at(-1)!.messages.length, 3);
    assert.equal(second.answer, 'You said: And Jane Doe again, plus Jim Beam?');
  });

  test('originals are not recorded when the policy forbids it', async () => {
    const { turns, store } = memoryStore();
    await sendPrompt(request(), {
      detector: fakeDetector(),
      policy: policy({ storage: { storeOriginals: false } }),
      store,
    });
    for (const m of turns[0]!.messages) {
      assert.equal(m.original, undefined);
      assert.equal(m.placeholderMap, undefined);
      assert.ok(!m.redacted.includes('Jane'));
    }
  });

  const blocks: [string, () => [SendRequest, Partial<SendDeps>], string, RegExp][] = [
    [
      'an unapproved provider',
      () => [request({ target: { ...request().target, baseUrl: 'https://elsewhere.example/v1' } }), {}],
      'PROVIDER_NOT_APPROVED',
      /not approved/,
    ],
    [
      'an unapproved model',
      () => [request({ target: { ...request().target, model: 'gpt-5' } }), {}],
      'MODEL_NOT_APPROVED',
      /gpt-5/,
    ],
    [
      'a missing API key',
      () => [request({ target: { ...request().target, apiKey: undefined } }), {}],
      'API_KEY_MISSING',
      /No API key/,
    ],
    [
      'an unavailable NER model',
      () => [request(), { detector: fakeDetector({ nerAvailable: false, nerError: 'model missing' }) }],
      'MODEL_UNAVAILABLE',
      /model missing/,
    ],
    [
      'a detector that throws',
      () => [request(), { detector: { detect: () => Promise.reject(new Error('boom')) } }],
      'DETECTION_FAILED',
      /boom/,
    ],
    [
      'a kept value of a required type',
      () => [request({ choices: [{ start: 4, end: 12, type: 'PERSON', action: 'keep' }] }), {}],
      'POLICY_BLOCKED',
      /requires PERSON, EMAIL to be redacted/,
    ],
    [
      'an injection above the policy score',
      () => [
        request(),
        {
          detector: fakeDetector({
            injection: {
              score: 0.9,
              findings: [{ start: 0, end: 3, kind: 'instruction-override', score: 0.9, text: 'Ask', description: 'x' }],
            },
          }),
          policy: policy({ detection: { requiredTypes: ['PERSON'], blockInjectionScore: 0.5 } }),
        },
      ],
      'INJECTION_BLOCKED',
      /instruction-override/,
    ],
    ['an empty prompt', () => [request({ prompt: '   ' }), {}], 'EMPTY_PROMPT', /empty/],
  ];
  for (const [name, make, code, why] of blocks) {
    test(`blocks ${name}: nothing reaches the provider, the refusal is audited`, async () => {
      const [req, deps] = make();
      const audit = await AuditTrail.open(path.join(dir, `b-${code}`), {
        deriveSubkey: () => new Uint8Array(32).fill(1),
      });
      const count = mock.requests.length;
      const out = await sendPrompt(req, { detector: fakeDetector(), policy: policy(), audit, ...deps });
      assert.equal(out.status, 'blocked');
      assert.equal(out.code, code);
      assert.match(out.message!, why);
      assert.equal(mock.requests.length, count);
      const entries = audit.entries();
      assert.equal(entries.length, 1);
      assert.equal(entries[0]!.decision, 'blocked');
      assert.equal(entries[0]!.reason, code);
      assert.ok(!JSON.stringify(entries).includes('Jane'));
    });
  }

  test('user choices: kept non-required values stay, manual selections are redacted', async () => {
    const eff = policy({ detection: { requiredTypes: ['EMAIL'] } });
    const out = await sendPrompt(
      request({
        prompt: 'Ask Jane Doe (jane@corp.example) about Orion.',
        choices: [
          { start: 4, end: 12, type: 'PERSON', action: 'keep' },
          { start: 14, end: 31, type: 'EMAIL' },
          { start: 39, end: 44, type: 'SECRET' },
        ],
      }),
      { detector: fakeDetector(), policy: eff },
    );
    assert.equal(out.status, 'sent');
    assert.equal(out.redacted, 'Ask Jane Doe ([[EMAIL_1]]) about [[SECRET_1]].');
    assert.deepEqual(out.counts, { EMAIL: 1, SECRET: 1 });
  });

  test('the policy rate limit refuses with a clear message before anything is sent', async () => {
    const eff = policy({
      providers: [
        {
          id: 'mock',
          name: 'Mock AI',
          api: 'openai',
          baseUrl: `${mock.url}/v1`,
          models: ['*'],
          rateLimit: { requests: 1, perSeconds: 3600 },
        },
      ],
    });
    const rateLimiter = new RateLimiter();
    assert.equal((await sendPrompt(request(), { detector: fakeDetector(), policy: eff, rateLimiter })).status, 'sent');
    const count = mock.requests.length;
    const out = await sendPrompt(request(), { detector: fakeDetector(), policy: eff, rateLimiter });
    assert.equal(out.code, 'RATE_LIMITED');
    assert.match(out.message!, /Mock AI.*1 request per 3600 s/);
    assert.equal(mock.requests.length, count);
  });

  test('a broken stream keeps the restored partial answer, marked incomplete, in the store and the audit', async () => {
    mock.set({ chunkSize: 2, splitPlaceholders: true, disconnectAfter: 12 });
    try {
      const audit = await AuditTrail.open(path.join(dir, 'a-broken'), {
        deriveSubkey: () => new Uint8Array(32).fill(3),
      });
      const { turns, store } = memoryStore();
      const out = await sendPrompt(request(), { detector: fakeDetector(), policy: policy(), audit, store });
      assert.equal(out.status, 'sent');
      assert.equal(out.incomplete, true);
      assert.equal(out.error?.kind, 'broken-stream');
      assert.ok(out.rawAnswer.length > 0 && out.rawAnswer.length < 30);
      assert.ok(out.answer.startsWith('You said: Ask '));
      assert.equal(turns[0]!.messages[1]!.incomplete, true);
      assert.equal(turns[0]!.messages[1]!.redacted, out.rawAnswer);
      const outcome = audit.entries()[1]!;
      assert.equal(outcome.outcome, 'incomplete');
      assert.equal(outcome.reason, 'PROVIDER_ERROR');
    } finally {
      mock.set({ chunkSize: 2, splitPlaceholders: true });
    }
  });

  test('cancellation mid-stream ends with CANCELLED and the partial answer', async () => {
    mock.set({ chunkSize: 2, stallAfter: 6 });
    try {
      const ac = new AbortController();
      const out = await sendPrompt(
        request({ signal: ac.signal, onChunk: (t) => t && setTimeout(() => ac.abort(), 20) }),
        { detector: fakeDetector(), policy: policy() },
      );
      assert.equal(out.code, 'CANCELLED');
      assert.equal(out.incomplete, true);
      assert.equal(out.rawAnswer, 'You said: As');
      assert.equal(out.answer, 'You said: As');
    } finally {
      mock.set({ chunkSize: 2, splitPlaceholders: true });
    }
  });
});
