// `ask --vault` under an org policy with a maximum retention: the vault's retention is shortened to
// it (never lengthened), so a conversation recorded from the command line is not kept longer than
// the org allows.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { POLICY_FORMAT } from '../../../shared/policy';
import { generatePolicyKeyPair, signPolicy } from '../../../electron/services/policy';
import { startMockProvider, type MockProvider } from '../../../electron/services/providers/mock';
import { runCli } from '../support/cli';
import { Vault, EXPORT_FORMAT, EXPORT_VERSION, type Retention } from '../../../electron/services/vault';

const PASS = 'correct horse battery staple';
const DAY = 86_400_000;

let mock: MockProvider;
let dir: string;
let policyArgs: string[];

const cli = (args: string[], stdin: string, env: Record<string, string> = {}) =>
  runCli(args, { stdin, env: { PROMPT_VAULT_API_KEY: 'test-key', ...env } });

/** A fresh vault with the given retention and one conversation last updated `ageDays` ago. */
async function vaultWith(name: string, retention: Retention, ageDays: number): Promise<string> {
  const vdir = path.join(dir, name);
  const v = await Vault.open(vdir, { argon2: { opsLimit: 1, memLimit: 8192 } });
  await v.init(PASS);
  v.setRetention(retention);
  const t = Date.now() - ageDays * DAY;
  v.importJson(
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      conversations: [
        { title: 'old', createdAt: t, updatedAt: t, messages: [{ role: 'user', redacted: 'old', createdAt: t }] },
      ],
    }),
  );
  v.close();
  return vdir;
}

async function state(vdir: string): Promise<{ retention: Retention; titles: string[] }> {
  const v = await Vault.open(vdir);
  await v.unlock(PASS);
  const out = { retention: v.getRetention(), titles: v.listConversations().map((c) => c.title) };
  v.close();
  return out;
}

before(async () => {
  mock = await startMockProvider();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-ask-ret-'));
  const kp = await generatePolicyKeyPair();
  const file = path.join(dir, 'policy.json');
  fs.writeFileSync(
    file,
    await signPolicy(
      {
        format: POLICY_FORMAT,
        id: 'org',
        version: 1,
        providers: [{ id: 'mock', api: 'openai', baseUrl: `${mock.url}/v1`, models: ['m'] }],
        storage: { storeOriginals: true, maxRetentionDays: 5 },
      },
      kp.privateKey,
    ),
  );
  policyArgs = ['--policy', file, '--org-key', kp.publicKey];
});
after(async () => {
  await mock.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cli ask --vault and the policy maximum retention', () => {
  const ask = (vdir: string) =>
    cli(
      ['ask', '--provider-url', `${mock.url}/v1`, '--api', 'openai', '--model', 'm', '--vault', vdir, ...policyArgs],
      'Hello there, how are you?',
      { PROMPT_VAULT_PASSPHRASE: PASS },
    );

  test('a vault kept forever is shortened to the maximum; older conversations go', async () => {
    const vdir = await vaultWith('forever', { mode: 'forever' }, 10);
    const r = await ask(vdir);
    assert.equal(r.code, 0, r.stderr);
    const s = await state(vdir);
    assert.deepEqual(s.retention, { mode: 'days', days: 5 });
    assert.equal(s.titles.length, 1);
    assert.notEqual(s.titles[0], 'old');
  });

  test('a shorter retention of the user stays as it is', async () => {
    const vdir = await vaultWith('short', { mode: 'days', days: 2 }, 1);
    const r = await ask(vdir);
    assert.equal(r.code, 0, r.stderr);
    const s = await state(vdir);
    assert.deepEqual(s.retention, { mode: 'days', days: 2 });
    assert.equal(s.titles.length, 2);
  });
});
