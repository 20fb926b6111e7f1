// The whole path through the command line: stdin prompt -> detect/redact -> policy -> mock
// provider -> streamed, restored answer on stdout -> summary on stderr -> vault + audit trail.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { POLICY_FORMAT } from '../../../shared/policy';
import { generatePolicyKeyPair, signPolicy } from '../../../electron/services/policy';
import { startMockProvider, type MockProvider } from '../../../electron/services/providers/mock';
import { runCli } from '../support/cli';
import { Vault } from '../../../electron/services/vault';

const PASS = 'correct horse battery staple';
// The person is found by the NER model; the codename and ticket by the org policy's deny list and
// custom recognizer (see orgPolicy below).
const NAME = 'Jane Doe';
const CODENAME = 'Bluefalcon';
const TICKET = 'MARKER-7731';
const PROMPT = `Please ask ${NAME} about ${CODENAME} and ticket ${TICKET} today.`;
const MARKERS = [NAME, CODENAME, TICKET, 'Jane', 'MARKER-77'];

let mock: MockProvider;
let dir: string;

const cli = (args: string[], stdin: string, env: Record<string, string> = {}) =>
  runCli(args, { stdin, env: { PROMPT_VAULT_API_KEY: 'test-key', ...env } });

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

let orgKeys: { publicKey: string; privateKey: string };

/** A signed org policy approving the mock, with a deny list and a custom recognizer. */
async function orgPolicyArgs(url: string, api: 'openai' | 'anthropic'): Promise<string[]> {
  const file = path.join(dir, `org-${api}.json`);
  const signed = await signPolicy(
    {
      format: POLICY_FORMAT,
      id: 'acme',
      version: 2,
      providers: [{ id: 'mock', api, baseUrl: url, models: ['mock-*'] }],
      detection: {
        requiredTypes: ['PERSON', 'SECRET', 'ID_NUMBER'],
        denyList: { terms: [CODENAME] },
        customRecognizers: [{ name: 'ticket', pattern: 'MARKER-\\d{4}', type: 'ID_NUMBER', score: 0.9 }],
      },
    },
    orgKeys.privateKey,
  );
  fs.writeFileSync(file, signed);
  return ['--policy', file, '--org-key', orgKeys.publicKey];
}

before(async () => {
  orgKeys = await generatePolicyKeyPair();
  mock = await startMockProvider({ splitPlaceholders: true, chunkSize: 3 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-ask-'));
  const vault = await Vault.open(path.join(dir, 'vault'), { argon2: { opsLimit: 1, memLimit: 8192 } });
  await vault.init(PASS);
  vault.close();
});
after(async () => {
  await mock.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cli ask', () => {
  for (const api of ['openai', 'anthropic'] as const) {
    test(`${api}: the provider only sees placeholders; the user sees the originals`, async () => {
      const before = mock.requests.length;
      const url = api === 'openai' ? `${mock.url}/v1` : mock.url;
      const r = await cli(
        ['ask', '--provider-url', url, '--api', api, '--model', 'mock-1', ...(await orgPolicyArgs(url, api))],
        PROMPT,
      );
      assert.equal(r.code, 0, r.stderr);
      assert.equal(mock.requests.length, before + 1);
      const req = mock.requests.at(-1)!;
      for (const m of MARKERS) assert.ok(!req.raw.includes(m), `"${m}" reached the provider`);
      assert.equal(
        req.messages[0]!.content,
        'Please ask [[PERSON_1]] about [[SECRET_1]] and ticket [[ID_NUMBER_1]] today.',
      );
      assert.match(req.system ?? '', /placeholder/);
      assert.equal(
        req.headers[api === 'openai' ? 'authorization' : 'x-api-key'],
        api === 'openai' ? 'Bearer test-key' : 'test-key',
      );
      assert.equal(r.stdout, `You said: ${PROMPT}\n`);
      assert.match(r.stderr, /redacted 3: .*PERSON 1.*; sent to 127\.0\.0\.1:\d+ \(mock-1\); restored 3 placeholders/);
    });
  }

  test('records the conversation and an audit entry in the vault, with no marker in the audit data', async () => {
    const vdir = path.join(dir, 'vault');
    const r = await cli(
      ['ask', '--provider-url', `${mock.url}/v1`, '--api', 'openai', '--model', 'mock-1', '--vault', vdir],
      `Please ask ${NAME} about the offer.`,
      { PROMPT_VAULT_PASSPHRASE: PASS },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `You said: Please ask ${NAME} about the offer.\n`);
    const before = mock.requests.at(-1)!;
    assert.equal(before.messages[0]!.content, 'Please ask [[PERSON_1]] about the offer.');
    const audit = fs.readFileSync(path.join(vdir, 'audit.jsonl'), 'utf8');
    const entries = audit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(entries[0].decision, 'sent');
    assert.deepEqual(entries[0].counts, { PERSON: 1 });
    assert.equal(entries[0].policy.id, 'builtin');
    assert.equal(entries[1].outcome, 'complete');
    for (const f of walk(vdir)) {
      const bytes = fs.readFileSync(f).toString('latin1');
      assert.ok(!bytes.includes(NAME) && !bytes.includes('about the offer'), `plaintext found in ${path.basename(f)}`);
    }
    const v = await Vault.open(vdir);
    await v.unlock(PASS);
    const [conv] = v.listConversations();
    const full = v.getConversation(conv!.id);
    assert.equal(full.messages.length, 2);
    assert.equal(full.messages[0]!.original, `Please ask ${NAME} about the offer.`);
    assert.equal(full.messages[0]!.redacted, 'Please ask [[PERSON_1]] about the offer.');
    assert.equal(full.messages[1]!.original, `You said: Please ask ${NAME} about the offer.`);
    assert.equal(full.messages[1]!.redacted, 'You said: Please ask [[PERSON_1]] about the offer.');
    v.close();

    const verify = await cli(['audit', 'verify', '--vault', vdir], '', { PROMPT_VAULT_PASSPHRASE: PASS });
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stderr, /intact: 2 entries/);
    const exported = await cli(['audit', 'export', '--vault', vdir], '', { PROMPT_VAULT_PASSPHRASE: PASS });
    assert.equal(exported.stdout, audit);
  });

  test('a signed policy that does not approve the provider blocks the send (nothing reaches the mock)', async () => {
    const kp = await generatePolicyKeyPair();
    const signed = await signPolicy(
      {
        format: POLICY_FORMAT,
        id: 'org',
        version: 1,
        providers: [{ id: 'other', api: 'openai', baseUrl: 'https://llm.example.com/v1', models: ['*'] }],
      },
      kp.privateKey,
    );
    const file = path.join(dir, 'policy.json');
    fs.writeFileSync(file, signed);
    const before = mock.requests.length;
    const r = await cli(
      [
        'ask',
        '--provider-url',
        `${mock.url}/v1`,
        '--api',
        'openai',
        '--model',
        'm',
        '--policy',
        file,
        '--org-key',
        kp.publicKey,
      ],
      PROMPT,
    );
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /blocked \(PROVIDER_NOT_APPROVED\)/);
    assert.equal(r.stdout, '');
    assert.equal(mock.requests.length, before);

    // The same file with a tampered byte: rejected, restrictive defaults, still nothing sent.
    fs.writeFileSync(file, signed.replace('llm.example.com', '127.0.0.1'));
    const t = await cli(
      [
        'ask',
        '--provider-url',
        `${mock.url}/v1`,
        '--api',
        'openai',
        '--model',
        'm',
        '--policy',
        file,
        '--org-key',
        kp.publicKey,
      ],
      PROMPT,
    );
    assert.equal(t.code, 3);
    assert.match(t.stderr, /altered after signing/);
    assert.equal(mock.requests.length, before);
  });

  test('a provider error keeps the partial answer and exits 1', async () => {
    mock.set({ chunkSize: 4, disconnectAfter: 3 });
    try {
      const r = await cli(
        ['ask', '--provider-url', `${mock.url}/v1`, '--api', 'openai', '--model', 'm'],
        'hello there',
      );
      assert.equal(r.code, 1);
      assert.equal(r.stdout, 'You said: he\n');
      assert.match(r.stderr, /INCOMPLETE answer/);
    } finally {
      mock.set({ splitPlaceholders: true, chunkSize: 3 });
    }
  });

  test('usage errors exit 2 with a message', async () => {
    const r = await cli(['ask', '--api', 'openai'], 'x');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--provider-url, --api and --model are required/);
  });
});
