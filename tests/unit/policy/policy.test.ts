import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ENTITY_TYPES } from '../../../shared/entities';
import { POLICY_FORMAT, type PolicyInput } from '../../../shared/policy';
import {
  approvedHosts,
  checkProvider,
  effectivePolicy,
  generatePolicyKeyPair,
  loadPolicy,
  policyToDetectOptions,
  policyView,
  settingsViolations,
  signPolicy,
  type PolicyKeyPair,
} from '../../../electron/services/policy';

const policy: PolicyInput = {
  format: POLICY_FORMAT,
  id: 'acme',
  version: 3,
  name: 'Acme',
  expiresAt: '2099-01-01T00:00:00Z',
  providers: [
    {
      id: 'azure',
      api: 'openai',
      baseUrl: 'https://acme.openai.azure.com/openai/deployments/gpt4o',
      models: ['gpt-4o', 'gpt-4o-mini*'],
      auth: 'api-key',
      query: { 'api-version': '2024-10-21' },
      rateLimit: { requests: 10, perSeconds: 60 },
    },
    { id: 'claude', api: 'anthropic', baseUrl: 'https://api.anthropic.com', models: ['claude-*'] },
  ],
  detection: {
    requiredTypes: ['PERSON', 'EMAIL', 'SECRET'],
    threshold: 0.6,
    allowList: { terms: ['Acme'] },
    denyList: { terms: ['Project Falcon'], type: 'SECRET' },
    customRecognizers: [{ name: 'emp', pattern: 'EMP-\\d{6}', type: 'ID_NUMBER' }],
    allowUserAllowList: false,
  },
  storage: { storeOriginals: false, maxRetentionDays: 30 },
  blockWhenNerUnavailable: true,
  audit: { enabled: true, recordBlocked: true },
};

let keys: PolicyKeyPair;
let other: PolicyKeyPair;
let signed: string;
before(async () => {
  keys = await generatePolicyKeyPair();
  other = await generatePolicyKeyPair();
  signed = await signPolicy(policy, keys.privateKey);
});

describe('signing and loading', () => {
  test('a signed policy verifies with the org key', async () => {
    const loaded = await loadPolicy({ text: signed, publicKey: keys.publicKey });
    assert.equal(loaded.source, 'org');
    assert.equal(loaded.policy.id, 'acme');
    assert.equal(loaded.policy.version, 3);
    assert.equal(loaded.error, undefined);
  });

  test('reformatting the file keeps the signature valid', async () => {
    const pretty = JSON.stringify(JSON.parse(signed), null, 8);
    assert.equal((await loadPolicy({ text: pretty, publicKey: keys.publicKey })).source, 'org');
  });

  const rejects: [string, () => Promise<string> | string, string, RegExp][] = [
    ['unsigned', () => JSON.stringify(policy), 'UNSIGNED', /not signed/],
    [
      'tampered',
      () => {
        const j = JSON.parse(signed);
        j.policy.detection.requiredTypes = ['SECRET'];
        return JSON.stringify(j);
      },
      'BAD_SIGNATURE',
      /altered after signing/,
    ],
    [
      'tampered signature',
      () => {
        const j = JSON.parse(signed);
        const sig = Buffer.from(j.signature, 'base64');
        sig[0] = sig[0]! ^ 1;
        j.signature = sig.toString('base64');
        return JSON.stringify(j);
      },
      'BAD_SIGNATURE',
      /altered/,
    ],
    [
      'expired',
      () => signPolicy({ ...policy, expiresAt: '2001-01-01T00:00:00Z' }, keys.privateKey),
      'EXPIRED',
      /expired on 2001/,
    ],
    ['wrongly keyed', () => signPolicy(policy, other.privateKey), 'WRONG_KEY', /signed with another key/],
    ['not JSON', () => '{ nope', 'NOT_JSON', /not valid JSON/],
  ];
  for (const [name, make, code, reason] of rejects) {
    test(`a ${name} policy is rejected with a reason and the restrictive defaults apply`, async () => {
      const loaded = await loadPolicy({ text: await make(), publicKey: keys.publicKey });
      assert.equal(loaded.source, 'restrictive');
      assert.equal(loaded.errorCode, code);
      assert.match(loaded.error!, reason);
      assert.match(loaded.error!, /most restrictive defaults/);
      assert.deepEqual(loaded.policy.providers, []);
      assert.equal(loaded.policy.allowUserProviders, false);
      assert.deepEqual([...loaded.policy.detection.requiredTypes].sort(), [...ENTITY_TYPES].sort());
      assert.equal(loaded.policy.storage.storeOriginals, false);
      const eff = effectivePolicy(loaded, {
        providers: [{ id: 'mine', api: 'openai', baseUrl: 'https://x.test/v1', models: ['*'] }],
      });
      const c = checkProvider(eff, { api: 'openai', baseUrl: 'https://x.test/v1', model: 'a' });
      assert.equal(c.ok, false);
      assert.match(!c.ok ? c.message : '', reason);
    });
  }

  test('a signed but schema-invalid policy cannot even be signed', async () => {
    await assert.rejects(
      signPolicy(
        { ...policy, providers: [{ id: 'x', api: 'openai', baseUrl: 'ftp://x', models: ['a'] }] },
        keys.privateKey,
      ),
      /providers\.0\.baseUrl/,
    );
    await assert.rejects(signPolicy({ ...policy, surprise: true }, keys.privateKey), /Unrecognized key/i);
  });

  test('no key and no policy = built-in defaults; a key but no policy = restrictive', async () => {
    assert.equal((await loadPolicy({})).source, 'builtin');
    const missing = await loadPolicy({ publicKey: keys.publicKey });
    assert.equal(missing.source, 'restrictive');
    assert.equal(missing.errorCode, 'MISSING');
    const noKey = await loadPolicy({ text: signed });
    assert.equal(noKey.source, 'restrictive');
    assert.match(noKey.error!, /no org public key/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-policy-'));
    const unreadable = await loadPolicy({ path: path.join(dir, 'absent.json'), publicKey: keys.publicKey });
    assert.equal(unreadable.errorCode, 'UNREADABLE');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('enforcement', () => {
  test('providers: base URL, API and model must all be approved', async () => {
    const eff = effectivePolicy(await loadPolicy({ text: signed, publicKey: keys.publicKey }));
    const azure = 'https://acme.openai.azure.com/openai/deployments/gpt4o';
    assert.equal(checkProvider(eff, { api: 'openai', baseUrl: azure, model: 'gpt-4o' }).ok, true);
    assert.equal(checkProvider(eff, { api: 'openai', baseUrl: azure + '/', model: 'gpt-4o-mini-2024' }).ok, true);
    const model = checkProvider(eff, { api: 'openai', baseUrl: azure, model: 'gpt-3.5' });
    assert.equal(!model.ok && model.code, 'MODEL_NOT_APPROVED');
    const other = checkProvider(eff, { api: 'openai', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o' });
    assert.equal(!other.ok && other.code, 'PROVIDER_NOT_APPROVED');
    const sibling = checkProvider(eff, { api: 'openai', baseUrl: azure + 'x', model: 'gpt-4o' });
    assert.equal(sibling.ok, false);
    const wrongApi = checkProvider(eff, { api: 'anthropic', baseUrl: azure, model: 'gpt-4o' });
    assert.equal(wrongApi.ok, false);
    assert.deepEqual(approvedHosts(eff), ['acme.openai.azure.com', 'api.anthropic.com']);
  });

  test('required types are always enabled; user settings only tighten', async () => {
    const loaded = await loadPolicy({ text: signed, publicKey: keys.publicKey });
    const opts = policyToDetectOptions(loaded, {
      enabledTypes: ['PHONE'],
      threshold: 0.9,
      allowList: ['Alice'],
      denyList: ['Bluebird'],
      storeOriginals: true,
    });
    assert.deepEqual(opts.enabledTypes, ['PERSON', 'EMAIL', 'PHONE', 'SECRET']);
    assert.equal(opts.threshold, 0.6, 'a higher user threshold would detect less: ignored');
    assert.deepEqual(opts.allowList?.terms, ['Acme'], 'the policy forbids a personal allow list');
    assert.deepEqual(opts.denyList, { terms: ['Project Falcon', 'Bluebird'], patterns: [], type: 'SECRET' });
    assert.equal(opts.customRecognizers?.[0]?.name, 'emp');
    assert.equal(opts.ner, true);

    const eff = effectivePolicy(loaded, { storeOriginals: true, retention: { mode: 'forever' }, threshold: 0.4 });
    assert.equal(eff.storeOriginals, false);
    assert.deepEqual(eff.retention, { mode: 'days', days: 30 });
    assert.equal(eff.detectOptions.threshold, 0.4, 'a lower threshold tightens: applied');
    assert.deepEqual(eff.ignored.map((l) => l.setting).sort(), ['retention', 'storeOriginals']);
    assert.equal(effectivePolicy(loaded, { retention: { mode: 'days', days: 7 } }).retention.mode, 'days');
  });

  test('settingsViolations names the rule for each loosening change', async () => {
    const loaded = await loadPolicy({ text: signed, publicKey: keys.publicKey });
    const v = settingsViolations(loaded.policy, {
      enabledTypes: ['PHONE'],
      storeOriginals: true,
      allowList: ['x'],
      retention: { mode: 'days', days: 31 },
    });
    assert.deepEqual(
      v.map((l) => l.setting),
      [
        'detector.enabledTypes.PERSON',
        'detector.enabledTypes.EMAIL',
        'detector.enabledTypes.SECRET',
        'storeOriginals',
        'retention',
        'detector.allowList',
      ],
    );
    assert.match(v[0]!.reason, /requires PERSON/);
    assert.deepEqual(
      settingsViolations(loaded.policy, { storeOriginals: false, retention: { mode: 'days', days: 5 } }),
      [],
    );
  });

  test('built-in defaults let the user add providers; the view matches the IPC shape', async () => {
    const loaded = await loadPolicy({});
    const eff = effectivePolicy(loaded, {
      providers: [{ id: 'ollama', api: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', models: ['*'], auth: 'none' }],
    });
    assert.equal(checkProvider(eff, { api: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3' }).ok, true);
    const view = policyView(eff);
    assert.equal(view.source, 'builtin');
    assert.equal(view.requireModel, true);
    assert.deepEqual(view.approvedHosts, ['127.0.0.1:11434']);
    assert.ok(view.requiredTypes.includes('PERSON'));
    assert.ok(!view.requiredTypes.includes('DATE'));
  });
});
