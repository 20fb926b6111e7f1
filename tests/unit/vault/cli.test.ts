// The `vault` command line: commands, JSON output, passphrase from env or stdin, exit codes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tmpDir, vaultCli } from './helpers';

const PASS = 'cli passphrase 123';

const cli = (args: string[], opts: Parameters<typeof vaultCli>[1] = {}) => vaultCli(args, opts, PASS);

const conversation = {
  title: 'CLI test',
  tags: ['cli'],
  messages: [
    {
      role: 'user',
      original: 'Call Grace Hopper about the compiler',
      redacted: 'Call [[PERSON_1]] about the compiler',
    },
    {
      role: 'assistant',
      original: 'Grace Hopper will be called.',
      redacted: '[[PERSON_1]] will be called.',
      provider: 'openai',
      model: 'm',
    },
  ],
};

describe('vault CLI', () => {
  it('init, add, list, show, search, export, retention, delete, passwd, purge', () => {
    const dir = path.join(tmpDir(), 'v');
    const init = cli(['init', '--dir', dir]);
    assert.equal(init.code, 0, init.err);
    const { recoveryKey } = JSON.parse(init.out) as { recoveryKey: string };
    assert.match(recoveryKey, /^[0-9A-Z-]{60,}$/);
    assert.match(init.err, /shown only once/);
    assert.equal(cli(['init', '--dir', dir]).code, 2, 'init on an existing vault');

    const add = cli(['add', '--dir', dir], { input: JSON.stringify(conversation) });
    assert.equal(add.code, 0, add.err);
    const { id } = JSON.parse(add.out) as { id: string };
    // Passphrase on the first stdin line when the env var is unset.
    const add2 = cli(['add', '--dir', dir], {
      input: `${PASS}\n${JSON.stringify({ messages: [{ role: 'user', original: 'second one', redacted: 'second one' }] })}`,
      env: { PROMPT_VAULT_PASSPHRASE: undefined },
    });
    assert.equal(add2.code, 0, add2.err);
    const id2 = (JSON.parse(add2.out) as { id: string }).id;

    const list = JSON.parse(cli(['list', '--dir', dir]).out) as { id: string; title: string; messageCount: number }[];
    assert.deepEqual(list.map((c) => c.id).sort(), [id, id2].sort());
    assert.equal(list.find((c) => c.id === id)!.messageCount, 2);
    assert.equal(list.find((c) => c.id === id2)!.title, 'second one');
    assert.ok(!JSON.stringify(list).includes('Grace'), 'list prints no content');

    const show = JSON.parse(cli(['show', id, '--dir', dir]).out) as { messages: { original: string }[] };
    assert.equal(show.messages[1]!.original, 'Grace Hopper will be called.');

    const found = JSON.parse(cli(['search', '--dir', dir, 'hopper', 'compil']).out) as {
      conversationId: string;
      snippet: string;
    }[];
    assert.equal(found.length, 1);
    assert.equal(found[0]!.conversationId, id);
    assert.match(found[0]!.snippet, /Grace Hopper/);

    const out = path.join(tmpDir(), 'export.json');
    const exp = cli(['export', '--dir', dir, '--out', out, '--id', id]);
    assert.equal(exp.code, 0, exp.err);
    assert.equal((fs.statSync(out).mode & 0o777).toString(8), '600');
    assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as { conversations: unknown[] }).conversations.length, 1);
    assert.equal(cli(['export', '--dir', dir, '--out', out]).code, 2, 'refuses to overwrite without --force');
    const md = cli(['export', '--dir', dir, '--format', 'markdown']);
    assert.equal(md.code, 0);
    assert.match(md.out, /## CLI test/);

    const ret = cli(['retention', '--dir', dir, '--days', '30']);
    assert.equal(ret.code, 0, ret.err);
    assert.deepEqual(JSON.parse(ret.out), { retention: { mode: 'days', days: 30 }, deleted: 0 });
    assert.equal(cli(['retention', '--dir', dir, '--days', 'ten']).code, 2);

    // A mistyped id deletes nothing and says which one.
    const typo = cli(['delete', id2, 'no-such-id', '--dir', dir]);
    assert.equal(typo.code, 2);
    assert.match(typo.err, /no-such-id.*nothing was deleted/);
    assert.equal((JSON.parse(cli(['list', '--dir', dir]).out) as unknown[]).length, 2);
    assert.deepEqual(JSON.parse(cli(['delete', id2, '--dir', dir]).out), { deleted: 1 });

    const pw = cli(['passwd', '--dir', dir], { env: { PROMPT_VAULT_NEW_PASSPHRASE: 'new cli passphrase' } });
    assert.equal(pw.code, 0, pw.err);
    assert.equal(cli(['list', '--dir', dir]).code, 3, 'old passphrase refused');

    const env = { PROMPT_VAULT_PASSPHRASE: 'new cli passphrase' };
    const refused = cli(['purge', '--dir', dir], { env });
    assert.equal(refused.code, 2, 'purge without --yes and no terminal refuses');
    assert.match(refused.err, /--yes/);
    assert.equal((JSON.parse(cli(['list', '--dir', dir], { env }).out) as unknown[]).length, 1);
    assert.deepEqual(JSON.parse(cli(['purge', '--yes', '--dir', dir], { env }).out), { deleted: 1 });
    assert.deepEqual(JSON.parse(cli(['list', '--dir', dir], { env }).out), []);
  });

  it('exit codes: bad input 2, wrong passphrase 3, corrupt or foreign file 4', () => {
    const dir = path.join(tmpDir(), 'v');
    assert.equal(cli(['init', '--dir', dir]).code, 0);
    const wrong = cli(['list', '--dir', dir], { env: { PROMPT_VAULT_PASSPHRASE: 'not the passphrase' } });
    assert.equal(wrong.code, 3);
    assert.match(wrong.err, /Wrong passphrase/);
    const none = cli(['list', '--dir', dir], { env: { PROMPT_VAULT_PASSPHRASE: undefined } });
    assert.equal(none.code, 2, 'no passphrase at all');
    assert.equal(cli(['add', '--dir', dir], { input: '{not json' }).code, 2);
    const invalid = cli(['add', '--dir', dir], {
      input: JSON.stringify({ messages: [{ role: 'robot', redacted: 1 }] }),
    });
    assert.equal(invalid.code, 2);
    assert.match(invalid.err, /messages\.0/);
    assert.equal(cli(['show', 'no-such-id', '--dir', dir]).code, 2);
    assert.equal(cli(['list']).code, 2, '--dir missing');
    assert.equal(cli(['frobnicate', '--dir', dir]).code, 2);
    assert.equal(cli(['list', '--dir', dir, '--bogus']).code, 2);
    assert.equal(cli(['list', '--dir', path.join(tmpDir(), 'nothing-here')]).code, 2, 'no vault');
    assert.deepEqual(JSON.parse(cli(['list', '--dir', dir]).out), [], 'nothing was added by the bad input');

    const foreign = tmpDir();
    fs.writeFileSync(path.join(foreign, 'vault.db'), 'definitely not sqlite'.repeat(100));
    const f = cli(['list', '--dir', foreign]);
    assert.equal(f.code, 4);
    assert.match(f.err, /not a Prompt Vault database/);
    const file = path.join(dir, 'vault.db');
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const t = cli(['list', '--dir', dir]);
    assert.equal(t.code, 4);
    assert.match(t.err, /truncated/);
  });
});
