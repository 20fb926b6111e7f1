import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-policy-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], stdin = '') => runCli(['policy', ...args], { stdin });

test('policy keygen | template | sign | verify, and a tampered file fails verify', async () => {
  const keys = path.join(dir, 'keys');
  const gen = await cli(['keygen', '--out', keys]);
  assert.equal(gen.code, 0, gen.stderr);
  const pub = gen.stdout.trim();
  assert.match(pub, /^[A-Za-z0-9+/]{43}=$/);
  assert.equal(fs.statSync(path.join(keys, 'org-policy.key')).mode & 0o777, 0o600);
  assert.equal((await cli(['keygen', '--out', keys])).code, 2, 'refuses to overwrite keys');

  const template = await cli(['template']);
  assert.equal(template.code, 0);
  const signedFile = path.join(dir, 'signed.json');
  const sign = await cli(['sign', '--key', path.join(keys, 'org-policy.key'), '--out', signedFile], template.stdout);
  assert.equal(sign.code, 0, sign.stderr);

  const ok = await cli(['verify', '--public-key', pub, signedFile]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stderr, /valid: example-org version 1/);
  const okFile = await cli(['verify', '--public-key', path.join(keys, 'org-policy.pub'), '--json', signedFile]);
  assert.equal(JSON.parse(okFile.stdout).valid, true);

  fs.writeFileSync(
    signedFile,
    fs.readFileSync(signedFile, 'utf8').replace('"maxRetentionDays": 90', '"maxRetentionDays": 900'),
  );
  const bad = await cli(['verify', '--public-key', pub, signedFile]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /INVALID \(BAD_SIGNATURE\)/);

  const invalid = await cli(['sign', '--key', path.join(keys, 'org-policy.key')], '{"format":"prompt-vault-policy/1"}');
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /The policy is invalid: id/);
});

test('an unknown option or a missing option value is a usage error (exit 2), as documented', async () => {
  for (const args of [
    ['sign', '--bogus'],
    ['verify', '--public-key'],
    ['keygen', '--out', dir, '--frob'],
  ]) {
    const r = await cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^error: /);
  }
});

test('the template is valid from today for a year, and signing an expired policy warns', async () => {
  const template = await cli(['template']);
  const policy = JSON.parse(template.stdout) as { issuedAt: string; expiresAt: string };
  const now = Date.now();
  assert.ok(Math.abs(Date.parse(policy.issuedAt) - now) < 3600_000, policy.issuedAt);
  assert.ok(Date.parse(policy.expiresAt) - now > 300 * 24 * 3600_000, policy.expiresAt);

  const keys = path.join(dir, 'keys-expiry');
  assert.equal((await cli(['keygen', '--out', keys])).code, 0);
  const expired = JSON.stringify({ ...policy, expiresAt: '2020-01-01T00:00:00Z', issuedAt: '2019-01-01T00:00:00Z' });
  const sign = await cli(['sign', '--key', path.join(keys, 'org-policy.key')], expired);
  assert.equal(sign.code, 0, sign.stderr);
  assert.match(sign.stderr, /warning: this policy expired on 2020-01-01/);
  const fresh = await cli(['sign', '--key', path.join(keys, 'org-policy.key')], template.stdout);
  assert.doesNotMatch(fresh.stderr, /warning/);
});
