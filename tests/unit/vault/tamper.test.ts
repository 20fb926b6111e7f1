// Tampering and damaged files: a flipped byte marks one message corrupt; moved ciphertext fails;
// truncated, foreign and newer-version files give clear errors and are not modified.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, Vault, VaultCorruptError, VaultVersionError } from '../../../electron/services/vault/index';
import { FAST, PASS, newVault, rawDb, tmpDir } from './helpers';

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function sample(): Promise<{ dir: string; convId: string; msgIds: string[]; otherId: string }> {
  const { vault, dir } = await newVault();
  const c = vault.createConversation({ title: 'tamper' });
  const msgIds = [0, 1, 2].map(
    (i) => vault.addMessage(c.id, { role: i % 2 ? 'assistant' : 'user', original: `o${i}`, redacted: `r${i}` }).id,
  );
  const other = vault.createConversation({ title: 'other' });
  vault.addMessage(other.id, { role: 'user', original: 'fine', redacted: 'fine' });
  vault.close();
  return { dir, convId: c.id, msgIds, otherId: other.id };
}

describe('vault tampering', () => {
  it('one flipped byte in a stored message: that message reports corrupt, the rest opens', async () => {
    const { dir, convId, msgIds, otherId } = await sample();
    const db = rawDb(`${dir}/vault.db`, false);
    const blob = Buffer.from(
      (db.prepare(`SELECT content FROM messages WHERE id = ?`).get(msgIds[1]) as { content: Buffer }).content,
    );
    blob[blob.length - 40]! ^= 0x01;
    db.prepare(`UPDATE messages SET content = ? WHERE id = ?`).run(blob, msgIds[1]);
    db.close();

    const v = await Vault.open(dir, { argon2: FAST });
    await v.unlock(PASS);
    const c = v.getConversation(convId);
    assert.equal(c.messages.length, 3);
    assert.equal(c.messages[0]!.original, 'o0');
    assert.equal(c.messages[1]!.corrupt, true);
    assert.equal(c.messages[1]!.redacted, '');
    assert.equal(c.messages[1]!.original, undefined);
    assert.equal(c.messages[1]!.role, 'assistant');
    assert.equal(c.messages[2]!.original, 'o2');
    assert.equal(c.title, 'tamper');
    assert.equal(v.getConversation(otherId).messages[0]!.original, 'fine');
    assert.match(v.exportMarkdown([convId]), /damaged/);
    assert.equal(v.search('o2').length, 1, 'search still works around the damage');
    assert.throws(() => v.updateMessage(msgIds[1]!, { redacted: 'x' }), VaultCorruptError);
    v.close();
  });

  it('ciphertext moved to another row or column fails to decrypt (associated data binds its place)', async () => {
    const { dir, convId, msgIds } = await sample();
    const db = rawDb(`${dir}/vault.db`, false);
    const get = db.prepare(`SELECT content FROM messages WHERE id = ?`).pluck();
    const first = get.get(msgIds[0]) as Buffer;
    db.prepare(`UPDATE messages SET content = ? WHERE id = ?`).run(first, msgIds[2]); // copy row 0 over row 2
    const conv = db.prepare(`SELECT title, tags FROM conversations WHERE id = ?`).get(convId) as {
      title: Buffer;
      tags: Buffer;
    };
    db.prepare(`UPDATE conversations SET tags = ? WHERE id = ?`).run(conv.title, convId); // title blob into tags column
    db.close();

    const v = await Vault.open(dir, { argon2: FAST });
    await v.unlock(PASS);
    const c = v.getConversation(convId);
    assert.equal(c.messages[0]!.original, 'o0');
    assert.equal(c.messages[2]!.corrupt, true, 'a copy of another row does not decrypt');
    assert.equal(c.corrupt, true, 'title blob in the tags column does not decrypt');
    assert.equal(c.title, 'tamper');
    assert.deepEqual(c.tags, []);
    v.close();
  });

  it('a damaged wrapped data key marks that conversation corrupt without breaking the vault', async () => {
    const { dir, convId, otherId } = await sample();
    const db = rawDb(`${dir}/vault.db`, false);
    const dk = Buffer.from(db.prepare(`SELECT data_key FROM conversations WHERE id = ?`).pluck().get(convId) as Buffer);
    dk[30]! ^= 0xff;
    db.prepare(`UPDATE conversations SET data_key = ? WHERE id = ?`).run(dk, convId);
    db.close();
    const v = await Vault.open(dir, { argon2: FAST });
    await v.unlock(PASS);
    const c = v.getConversation(convId);
    assert.equal(c.corrupt, true);
    assert.ok(c.messages.every((m) => m.corrupt));
    assert.equal(v.listConversations().length, 2);
    assert.equal(v.getConversation(otherId).messages[0]!.original, 'fine');
    assert.equal(v.search('fine').length, 1);
    v.close();
  });

  it('truncated database file: clear error, file not modified', async () => {
    const { dir } = await sample();
    const file = path.join(dir, 'vault.db');
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    const before = sha(file);
    await assert.rejects(
      Vault.open(dir, { argon2: FAST }),
      (e: unknown) => e instanceof VaultCorruptError && /truncated/.test(e.message) && e.code === 'VAULT_CORRUPT',
    );
    assert.equal(sha(file), before);
    assert.deepEqual(fs.readdirSync(dir), ['vault.db'], 'no WAL or journal created');
    fs.truncateSync(file, 50);
    await assert.rejects(Vault.open(dir), VaultCorruptError);
  });

  it('foreign files (random bytes, empty, other SQLite app) are refused untouched', async () => {
    const cases: [string, (file: string) => void][] = [
      ['random', (f) => fs.writeFileSync(f, crypto.randomBytes(8192))],
      ['empty', (f) => fs.writeFileSync(f, '')],
      ['text', (f) => fs.writeFileSync(f, 'hello, this is not a database\n'.repeat(10))],
      [
        'other sqlite',
        (f) => {
          const db = new Database(f);
          db.exec('CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES (1)');
          db.close();
        },
      ],
    ];
    for (const [name, make] of cases) {
      const dir = tmpDir();
      const file = path.join(dir, 'vault.db');
      make(file);
      const before = sha(file);
      await assert.rejects(Vault.open(dir), VaultCorruptError, name);
      assert.equal(sha(file), before, `${name}: unchanged`);
      assert.deepEqual(fs.readdirSync(dir), ['vault.db'], `${name}: no side files`);
      const v = await Vault.open(tmpDir());
      assert.equal(v.exists(), false);
    }
  });

  it('a database from a newer version fails with VaultVersionError before any write', async () => {
    const { dir } = await sample();
    const file = path.join(dir, 'vault.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    await assert.rejects(
      Vault.open(dir),
      (e: unknown) => e instanceof VaultVersionError && e.code === 'VAULT_VERSION' && /newer version/.test(e.message),
    );
    assert.equal(sha(file), before);
  });
});
