import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCsp } from '../../../electron/shell/csp';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/shell/protocol';
import { readOrgResources } from '../../../electron/shell/resources';

let root: string;
let outside: string;

before(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-proto-'));
  root = path.join(base, 'dist');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PV</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = path.join(base, 'secret.txt');
  fs.writeFileSync(outside, 'outside the renderer');
  fs.symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
});
after(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('maps app URLs into the renderer folder and nowhere else', () => {
    assert.equal(resolveAppPath(root, 'app://prompt-vault/index.html'), path.join(root, 'index.html'));
    assert.equal(resolveAppPath(root, 'app://prompt-vault/'), path.join(root, 'index.html'));
    assert.equal(resolveAppPath(root, 'app://prompt-vault/history'), path.join(root, 'index.html'), 'SPA route');
    assert.equal(resolveAppPath(root, 'app://prompt-vault/assets/app.js'), path.join(root, 'assets', 'app.js'));
    // The URL parser resolves dot segments first: this stays inside the folder.
    assert.equal(resolveAppPath(root, 'app://prompt-vault/%2e%2e/secret.txt'), path.join(root, 'secret.txt'));
    assert.equal(resolveAppPath(root, 'app://prompt-vault/assets/..%2f..%2fsecret.txt'), null);
    assert.equal(resolveAppPath(root, 'app://prompt-vault/a%5c..%5c..%5csecret.txt'), null);
    assert.equal(resolveAppPath(root, 'app://prompt-vault/%00.js'), null);
    assert.equal(resolveAppPath(root, 'app://other/index.html'), null);
    assert.equal(resolveAppPath(root, 'file:///etc/passwd'), null);
  });

  it('serves files with the CSP and refuses traversal, symlinks out, unknown types and writes', async () => {
    const handle = createAppProtocolHandler(root);
    const ok = await handle({ url: 'app://prompt-vault/index.html', method: 'GET' });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-security-policy'), buildCsp());
    assert.match(ok.headers.get('content-type')!, /text\/html/);
    assert.match(await ok.text(), /<title>PV<\/title>/);
    const js = await handle({ url: 'app://prompt-vault/assets/app.js' });
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.equal((await handle({ url: 'app://prompt-vault/assets/link.txt' })).status, 404, 'symlink out');
    assert.equal((await handle({ url: 'app://prompt-vault/assets/missing.js' })).status, 404);
    assert.equal((await handle({ url: 'app://prompt-vault/x.exe' })).status, 404, 'unknown type');
    const post = await handle({ url: 'app://prompt-vault/index.html', method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('content-security-policy'), buildCsp());
  });
});

describe('org resources in the build', () => {
  it('finds the shipped policy and public key, and nothing in an unmanaged build', () => {
    const res = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-res-'));
    try {
      assert.deepEqual(readOrgResources(res), {});
      fs.mkdirSync(path.join(res, 'org'));
      fs.writeFileSync(path.join(res, 'org', 'policy.json'), '{}');
      fs.writeFileSync(path.join(res, 'org', 'org-public-key.txt'), '# Acme policy key\n\nAAAAbase64key=\n');
      assert.deepEqual(readOrgResources(res), {
        policyPath: path.join(res, 'org', 'policy.json'),
        publicKey: 'AAAAbase64key=',
      });
    } finally {
      fs.rmSync(res, { recursive: true, force: true });
    }
  });
});
