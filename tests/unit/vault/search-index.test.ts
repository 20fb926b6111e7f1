// The persisted, encrypted search index: loaded at unlock instead of decrypting the history,
// kept current by writes, never trusted when stale or tampered, and free of deleted content.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Vault, VaultCorruptError } from '../../../electron/services/vault/index';
import { SEARCH_SHARDS, shardOf, type StoredConversation } from '../../../electron/services/vault/search-store';
import { FAST, PASS, newVault, rawDb, storedIndex, tmpDir, vaultKeyFromFile } from './helpers';

const N = 30;

/** Conversations with distinctive words: "alpha<i>x" in the prompt, "omega<i>x" in the answer. */
function fill(vault: Vault, n = N): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = vault.createConversation({ title: `Topic ${i}`, tags: [`tag${i}x`] });
    vault.addMessage(c.id, { role: 'user', original: `question alpha${i}x for Ada`, redacted: `question alpha${i}x` });
    vault.addMessage(c.id, { role: 'assistant', original: `answer omega${i}x`, redacted: `answer omega${i}x` });
    ids.push(c.id);
  }
  return ids;
}

async function reopen(dir: string): Promise<Vault> {
  const v = await Vault.open(dir, { argon2: FAST });
  await v.unlock(PASS);
  return v;
}

function ids(results: { conversationId: string }[]): string[] {
  return results.map((r) => r.conversationId).sort();
}

/** Every stored conversation id and all stored searchable text. */
function storedContent(index: Map<number, StoredConversation[]>): { ids: Set<string>; text: string } {
  const all = [...index.values()].flat();
  return {
    ids: new Set(all.map((c) => c.id)),
    text: all.map((c) => [c.title, ...c.tags, ...c.docs.map((d) => d[1])].join('\n')).join('\n'),
  };
}

describe('persisted search index', () => {
  it('search right after unlock comes from the stored index: nothing is decrypted from the history', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.close();

    const v = await reopen(dir);
    // Ready as soon as unlock returns: no background build is needed.
    assert.equal(v.isSearchReady(), true);
    const s = v.searchIndexStats();
    assert.equal(s.loaded, N);
    assert.equal(s.reindexed, 0);
    assert.equal(s.pending, 0);
    assert.equal(s.rejectedShards, 0);
    assert.equal(s.fullRebuild, false);
    assert.equal(typeof s.loadMs, 'number');

    assert.deepEqual(ids(v.search('alpha7x')), [convIds[7]!]);
    assert.deepEqual(ids(v.search('omega12x')), [convIds[12]!]);
    assert.deepEqual(ids(v.search('tag3x')), [convIds[3]!]);
    const hit = v.search('alpha7x omega7x')[0]!;
    assert.equal(hit.title, 'Topic 7');
    assert.match(hit.snippet, /alpha7x|omega7x/);
    assert.equal(v.search('ada').length, N, 'originals are indexed');
    assert.equal(v.searchIndexStats().reindexed, 0, 'searching did not rebuild anything');

    // The shards hold exactly the stored conversations, each in the shard its id hashes to.
    const key = await vaultKeyFromFile(path.join(dir, 'vault.db'), PASS);
    const stored = storedIndex(path.join(dir, 'vault.db'), key);
    for (const [shard, convs] of stored) for (const c of convs) assert.equal(shardOf(c.id), shard);
    assert.deepEqual([...storedContent(stored).ids].sort(), [...convIds].sort());
    v.close();
  });

  it('stays correct after add, update, rename, tags, delete, import and purge, across unlocks without rebuilds', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    const extra = vault.addMessage(convIds[0]!, { role: 'user', original: 'kiwifruit', redacted: 'kiwifruit' });
    vault.updateMessage(extra.id, { original: 'papaya smoothie', redacted: 'papaya smoothie' });
    vault.renameConversation(convIds[1]!, 'Renamed quokka');
    vault.setTags(convIds[2]!, ['wombat']);
    assert.equal(vault.deleteConversations([convIds[3]!]), 1);
    const exported = vault.exportJson([convIds[4]!]);
    vault.close();

    let v = await reopen(dir);
    assert.equal(v.searchIndexStats().reindexed, 0);
    assert.equal(v.searchIndexStats().loaded, N - 1);
    assert.deepEqual(ids(v.search('papaya')), [convIds[0]!]);
    assert.equal(v.search('kiwifruit').length, 0, 'the updated text replaced the old');
    assert.deepEqual(ids(v.search('quokka')), [convIds[1]!]);
    assert.equal(
      v.search('topic 1').some((r) => r.conversationId === convIds[1]),
      false,
      'old title gone',
    );
    assert.deepEqual(ids(v.search('wombat')), [convIds[2]!]);
    assert.equal(v.search('tag2x').length, 0, 'old tags gone');
    assert.equal(v.search('alpha3x').length, 0, 'deleted conversation gone');

    // Import into another vault: searchable at once, and from its stored index after unlock.
    const other = await newVault();
    const imp = other.vault.importJson(exported);
    assert.equal(imp.imported, 1);
    assert.deepEqual(ids(other.vault.search('omega4x')), imp.ids);
    other.vault.close();
    const o2 = await reopen(other.dir);
    assert.equal(o2.searchIndexStats().reindexed, 0);
    assert.deepEqual(ids(o2.search('omega4x')), imp.ids);
    o2.close();

    assert.equal(v.purge(), N - 1);
    assert.deepEqual(v.search('alpha'), []);
    v.close();
    v = await reopen(dir);
    assert.equal(v.searchIndexStats().loaded, 0);
    assert.equal(v.searchIndexStats().reindexed, 0);
    assert.equal(v.searchIndexStats().fullRebuild, false);
    assert.deepEqual(v.search('alpha'), []);
    const db = rawDb(path.join(dir, 'vault.db'));
    assert.equal(db.prepare(`SELECT COUNT(*) FROM search_index`).pluck().get(), 0, 'purge empties the stored index');
    db.close();
    v.close();
  });

  it('writes not yet saved when the process dies are re-indexed alone at the next unlock', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.lock();
    await vault.unlock(PASS);
    vault.addMessage(convIds[5]!, { role: 'user', original: 'crashcourse pelican', redacted: 'crashcourse pelican' });
    vault.renameConversation(convIds[6]!, 'Flamingo plans');
    // Copy the files now, as a crash would leave them (database + WAL, before the debounced save).
    const crashed = tmpDir();
    for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(crashed, f));
    vault.close();

    const db = rawDb(path.join(crashed, 'vault.db'));
    assert.deepEqual(
      (db.prepare(`SELECT conversation_id FROM search_dirty`).pluck().all() as string[]).sort(),
      [convIds[5]!, convIds[6]!].sort(),
      'the write transactions listed what changed',
    );
    db.close();
    const v = await reopen(crashed);
    assert.equal(v.searchIndexStats().loaded, N);
    assert.deepEqual(ids(v.search('pelican')), [convIds[5]!]);
    assert.deepEqual(ids(v.search('flamingo')), [convIds[6]!]);
    assert.equal(v.searchIndexStats().reindexed, 2, 'only the two changed conversations were decrypted');
    assert.equal(v.searchIndexStats().fullRebuild, false);
    v.close();
    const again = await reopen(crashed);
    assert.equal(again.searchIndexStats().reindexed, 0, 'saved at lock: nothing left to re-index');
    assert.deepEqual(ids(again.search('pelican')), [convIds[5]!]);
    again.close();
  });

  it('changes made by another writer (raw SQL) are caught by the triggers; a row gone is dropped', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.close();
    const db = rawDb(path.join(dir, 'vault.db'), false);
    db.prepare(`DELETE FROM messages WHERE conversation_id = ?`).run(convIds[8]!);
    db.prepare(`DELETE FROM conversations WHERE id = ?`).run(convIds[8]!);
    db.close();
    const v = await reopen(dir);
    assert.equal(v.search('alpha8x').length, 0);
    assert.equal(v.search('alpha9x').length, 1);
    assert.equal(v.searchIndexStats().reindexed, 0, 'a deleted row needs no decryption');
    v.close();
    const key = await vaultKeyFromFile(path.join(dir, 'vault.db'), PASS);
    assert.equal(storedContent(storedIndex(path.join(dir, 'vault.db'), key)).ids.has(convIds[8]!), false);
  });

  it('a tampered, moved or foreign index shard is detected and rebuilt from the messages', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault, 60);
    vault.close();
    const file = path.join(dir, 'vault.db');
    const db = rawDb(file, false);
    const rows = db.prepare(`SELECT shard, blob FROM search_index ORDER BY shard`).all() as {
      shard: number;
      blob: Buffer;
    }[];
    assert.ok(rows.length >= 3, 'several shards stored');
    const [a, b, c] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    const flipped = Buffer.from(a.blob);
    flipped[flipped.length - 20]! ^= 0x01;
    db.prepare(`UPDATE search_index SET blob = ? WHERE shard = ?`).run(flipped, a.shard);
    db.prepare(`UPDATE search_index SET blob = ? WHERE shard = ?`).run(c.blob, b.shard); // c's blob in b's row
    db.prepare(`INSERT INTO search_index(shard, blob) VALUES (?, ?)`).run(SEARCH_SHARDS + 3, c.blob); // out of range
    db.close();
    const affected = convIds.filter((id) => [a.shard, b.shard].includes(shardOf(id)));
    assert.ok(affected.length > 0);

    const v = await reopen(dir);
    const s = v.searchIndexStats();
    assert.equal(s.rejectedShards, 3);
    assert.equal(s.fullRebuild, false);
    assert.equal(s.loaded, 60 - affected.length);
    for (let i = 0; i < 60; i++) assert.deepEqual(ids(v.search(`alpha${i}x omega${i}x`)), [convIds[i]!], `alpha${i}x`);
    assert.equal(v.searchIndexStats().reindexed, affected.length, 'only the rejected shards were rebuilt');
    v.close();

    // Rewritten at lock: authentic again, the stray row removed.
    const key = await vaultKeyFromFile(file, PASS);
    const stored = storedIndex(file, key);
    assert.deepEqual([...storedContent(stored).ids].sort(), [...convIds].sort());
    assert.equal(stored.has(SEARCH_SHARDS + 3), false);
    const v2 = await reopen(dir);
    assert.equal(v2.searchIndexStats().rejectedShards, 0);
    assert.equal(v2.searchIndexStats().reindexed, 0);
    v2.close();
  });

  it('no stored index (vault from before it existed, or dropped): full rebuild, then saved', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.close();
    const db = rawDb(path.join(dir, 'vault.db'), false);
    db.exec(`DELETE FROM search_index`);
    db.close();
    const v = await reopen(dir);
    assert.equal(v.isSearchReady(), false, 'queued for the background build');
    assert.equal(v.searchIndexStats().fullRebuild, true);
    assert.equal(v.searchIndexStats().pending, N);
    assert.deepEqual(ids(v.search('omega29x')), [convIds[29]!], 'the first search completes the build');
    assert.equal(v.searchIndexStats().reindexed, N);
    assert.equal(v.isSearchReady(), true);
    v.close();
    const v2 = await reopen(dir);
    assert.equal(v2.searchIndexStats().reindexed, 0);
    assert.equal(v2.searchIndexStats().loaded, N);
    v2.close();
  });

  it('a schema-1 vault (before the stored index) is migrated and indexed once', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.close();
    const db = rawDb(path.join(dir, 'vault.db'), false);
    for (const t of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[]) {
      db.exec(`DROP TRIGGER ${t}`);
    }
    db.exec(`DROP TABLE search_index; DROP TABLE search_dirty; PRAGMA user_version = 1;`);
    db.close();
    const v = await reopen(dir);
    assert.equal(v.searchIndexStats().fullRebuild, true);
    assert.deepEqual(ids(v.search('alpha3x')), [convIds[3]!]);
    v.close();
    const v2 = await reopen(dir);
    assert.equal(v2.searchIndexStats().reindexed, 0);
    assert.deepEqual(ids(v2.search('alpha3x')), [convIds[3]!]);
    v2.close();
  });

  it('the background build completes without a search and is saved', async () => {
    const { vault, dir } = await newVault();
    fill(vault);
    vault.close();
    const db = rawDb(path.join(dir, 'vault.db'), false);
    db.exec(`DELETE FROM search_index`);
    db.close();
    const v = await reopen(dir);
    while (!v.isSearchReady()) await new Promise((r) => setTimeout(r, 5));
    assert.equal(v.searchIndexStats().reindexed, N);
    v.lock();
    await v.unlock(PASS);
    assert.equal(v.searchIndexStats().loaded, N);
    assert.equal(v.searchIndexStats().reindexed, 0);
    v.close();
  });

  it('history off: conversations kept in memory never reach the stored index', async () => {
    const { vault, dir } = await newVault();
    const kept = fill(vault, 3);
    vault.setRetention({ mode: 'off' });
    const eph = vault.createConversation({ title: 'Ephemeral' });
    vault.addMessage(eph.id, { role: 'user', original: 'transient heron', redacted: 'transient heron' });
    assert.deepEqual(ids(vault.search('heron')), [eph.id]);
    vault.lock();
    const key = await vaultKeyFromFile(path.join(dir, 'vault.db'), PASS);
    const stored = storedContent(storedIndex(path.join(dir, 'vault.db'), key));
    assert.equal(stored.ids.has(eph.id), false);
    assert.equal(stored.text.includes('heron'), false);
    for (const id of kept) assert.equal(stored.ids.has(id), false, 'retention off deleted the stored ones too');
    vault.close();
  });

  it('deleting conversations removes their text from the stored index at once, before any lock', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault);
    vault.lock();
    await vault.unlock(PASS);
    const file = path.join(dir, 'vault.db');
    const key = await vaultKeyFromFile(file, PASS);
    assert.ok(storedContent(storedIndex(file, key)).text.includes('alpha10x'));
    vault.deleteConversations([convIds[10]!, convIds[11]!]);
    const after = storedContent(storedIndex(file, key));
    assert.equal(after.ids.has(convIds[10]!), false);
    assert.equal(after.text.includes('alpha10x') || after.text.includes('omega11x'), false);
    assert.ok(after.ids.has(convIds[12]!));
    vault.close();
  });
});

describe('damage found by a later query', () => {
  it('a damaged page in the middle of the file gives VaultCorruptError (VAULT_CORRUPT), not a raw SQLite error', async () => {
    const { vault, dir } = await newVault();
    const convIds = fill(vault, 200);
    vault.close();
    const file = path.join(dir, 'vault.db');
    const db = rawDb(file);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    const root = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'messages'`).pluck().get() as number;
    db.close();
    assert.ok(root > 1 && root < pages, 'the messages table starts inside the file');
    // Garbage over the messages table's root page; the header and page 1 stay intact.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);

    const v = await Vault.open(dir, { argon2: FAST });
    await v.unlock(PASS); // keys and the stored index are on intact pages
    const isCorrupt = (e: unknown) => {
      assert.ok(e instanceof VaultCorruptError, `got ${String(e)}`);
      assert.equal(e.code, 'VAULT_CORRUPT');
      assert.match(e.message, /damaged/);
      assert.match(e.message, /malformed/, 'mapped from SQLITE_CORRUPT');
      return true;
    };
    assert.throws(() => v.getConversation(convIds[0]!), isCorrupt);
    assert.throws(() => v.exportJson(), isCorrupt);
    assert.throws(
      () => v.addMessage(convIds[1]!, { role: 'user', original: 'x', redacted: 'x' }),
      isCorrupt,
      'writes too',
    );
    // Searching the stored index still works: it does not need the damaged page.
    assert.equal(v.search('alpha150x omega150x').length, 1);
    v.close();
  });
});
