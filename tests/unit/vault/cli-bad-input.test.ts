// The `vault` command line on bad input: a clear message and exit 2, never exit 1 with a raw error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { newVault, PASS, tmpDir, vaultCli } from './helpers';

const cli = vaultCli;

describe('vault CLI bad input', () => {
  it('import --in of a file that does not exist: exit 2 and a clear message', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const missing = path.join(dir, 'no-such-export.json');
    const r = cli(['import', '--dir', dir, '--in', missing]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^error: Cannot read .*no-such-export\.json/);
    assert.equal(r.out, '');
  });

  it('init --dir naming a file: exit 2, the file untouched', () => {
    const file = path.join(tmpDir(), 'not-a-dir');
    fs.writeFileSync(file, 'keep me');
    const r = cli(['init', '--dir', file]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /is not a directory/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'keep me');
  });

  it('passwd without a new passphrase names the stdin line it expected', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const r = cli(['passwd', '--dir', dir], { input: `${PASS}\n`, env: { PROMPT_VAULT_PASSPHRASE: undefined } });
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /No new passphrase: .* as the second line of stdin/);
  });
});
