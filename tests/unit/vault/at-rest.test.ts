// Nothing readable at rest: markers written through every content path must not appear in the
// database, WAL, SHM or anywhere in the data directory, nor the vault key; after deletion the
// ciphertext and wrapped data keys of deleted rows are gone from the files too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Vault } from '../../../electron/services/vault/index';
import { shardOf } from '../../../electron/services/vault/search-store';
import { FAST, PASS, newVault, rawDb, scan, storedIndex, textNeedles, vaultKeyFromFile } from './helpers';

const N = 40;

function markers(i: number) {
  return {
    title: `MKTITLE${i}QZX`,
    tag: `MKTAG${i}QZX`,
    original: `MKORIG${i}QZX Ada Lovelace lives at 12 Marker Street`,
    redacted: `MKREDACTED${i}QZX [[PERSON_1]]`,
    answer: `MKANSWER${i}QZX`,
    mapValue: `MKMAPVAL${i}QZX`,
    provider: `MKPROVIDER${i}QZX`,
    model: `MKMODEL${i}QZX`,
  };
}

function allMarkers(): string[] {
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const m = markers(i);
    out.push(m.title, m.tag, 'MKORIG' + i + 'QZX', 'MKREDACTED' + i + 'QZX', m.answer, m.mapValue, m.provider, m.model);
  }
  return out.concat([
    'MKSECRETNAMEQZX',
    'MKSECRETVALUEQZX',
    'MKSETTINGNAMEQZX',
    'MKSETTINGVALUEQZX',
    '12 Marker Street',
  ]);
}

/** 24-byte slices from the middle of every ciphertext of the given conversations. */
function ciphertextSlices(dbFile: string, convIds: string[]): { label: string; bytes: Uint8Array }[] {
  const db = rawDb(dbFile);
  try {
    const out: { label: string; bytes: Uint8Array }[] = [];
    for (const id of convIds) {
      const c = db.prepare(`SELECT data_key, title, tags FROM conversations WHERE id = ?`).get(id) as Record<
        string,
        Buffer
      >;
      for (const [col, blob] of Object.entries(c)) out.push({ label: `${id}.${col}`, bytes: blob.subarray(30, 54) });
      for (const m of db.prepare(`SELECT id, content FROM messages WHERE conversation_id = ?`).all(id) as {
        id: string;
        content: Buffer;
      }[]) {
        out.push({ label: `message ${m.id}`, bytes: m.content.subarray(40, 64) });
      }
    }
    return out;
  } finally {
    db.close();
  }
}

/** 24-byte slices of every stored search index shard, by shard number. */
function indexSlices(dbFile: string): { shard: number; label: string; bytes: Uint8Array }[] {
  const db = rawDb(dbFile);
  try {
    return (db.prepare(`SELECT shard, blob FROM search_index`).all() as { shard: number; blob: Buffer }[]).map((r) => ({
      shard: r.shard,
      label: `search_index shard ${r.shard}`,
      bytes: r.blob.subarray(40, 64),
    }));
  } finally {
    db.close();
  }
}

async function fill(vault: Vault): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    const m = markers(i);
    const c = vault.createConversation({ title: m.title, tags: [m.tag] });
    vault.addMessage(c.id, {
      role: 'user',
      original: m.original,
      redacted: m.redacted,
      provider: m.provider,
      model: m.model,
      placeholderMap: { '[[PERSON_1]]': { placeholder: '[[PERSON_1]]', type: 'PERSON', original: m.mapValue } },
    });
    const a = vault.addMessage(c.id, { role: 'assistant', redacted: 'partial', incomplete: true });
    vault.updateMessage(a.id, { original: m.answer, redacted: m.answer, incomplete: false });
    ids.push(c.id);
  }
  vault.setSecret('MKSECRETNAMEQZX', 'MKSECRETVALUEQZX');
  vault.setSetting('MKSETTINGNAMEQZX', { v: 'MKSETTINGVALUEQZX' });
  // Exercise the search index too: in memory, and saved (encrypted) at lock.
  assert.ok(vault.search('MKORIG3QZX').length >= 1);
  vault.lock();
  await vault.unlock(PASS);
  assert.equal(vault.searchIndexStats().loaded, N);
  return ids;
}

describe('vault at rest', () => {
  it('no marker, passphrase or key bytes in db, WAL, SHM or the directory; before and after purge', async () => {
    const { vault, dir } = await newVault();
    const ids = await fill(vault);
    const file = `${dir}/vault.db`;
    const key = await vaultKeyFromFile(file, PASS);
    const needles = [
      ...textNeedles(allMarkers()),
      ...textNeedles([PASS]),
      { label: 'vault key', bytes: key },
      { label: 'vault key (hex)', bytes: Buffer.from(Buffer.from(key).toString('hex')) },
      { label: 'vault key (base64)', bytes: Buffer.from(Buffer.from(key).toString('base64')) },
    ];
    // Sanity: the scanner finds what is there (the raw key bytes appear in the test's own buffer).
    assert.ok(Buffer.concat([Buffer.from('xx'), Buffer.from(key)]).indexOf(Buffer.from(key)) === 2);

    // While open, with a live WAL.
    assert.deepEqual(scan(dir, needles), []);
    // The stored search index holds the markers, encrypted (so the scan above covered it).
    const stored = [...storedIndex(file, key).values()].flat();
    assert.equal(stored.length, N);
    assert.ok(JSON.stringify(stored).includes(markers(7).original));
    const shards = indexSlices(file);
    assert.ok(shards.length > 1);
    assert.equal(scan(dir, shards).length, shards.length, 'index ciphertexts are found (scanner works)');
    // The content is really there (encrypted) and decryptable.
    assert.equal(vault.getConversation(ids[5]!).messages[1]!.original, markers(5).answer);

    const slices = ciphertextSlices(file, ids);
    assert.equal(slices.length, N * 5);
    const present = scan(dir, slices);
    assert.ok(present.length >= slices.length, 'ciphertexts are found before deletion (scanner works)');

    // Delete one conversation: its ciphertext and wrapped data key leave the files; others stay.
    const one = ciphertextSlices(file, [ids[0]!]);
    assert.equal(vault.deleteConversations([ids[0]!]), 1);
    assert.deepEqual(scan(dir, one), [], 'deleted conversation leaves no ciphertext behind');
    assert.ok(scan(dir, ciphertextSlices(file, [ids[1]!])).length > 0);
    // Its search index shard was rewritten at once: the old ciphertext is gone, the text too.
    const oldShard = shards.filter((s) => s.shard === shardOf(ids[0]!));
    assert.equal(oldShard.length, 1);
    assert.deepEqual(scan(dir, oldShard), [], 'the index shard that held it was overwritten');
    const after = JSON.stringify([...storedIndex(file, key).values()].flat());
    assert.ok(!after.includes(ids[0]!) && !after.includes('MKORIG0QZX') && !after.includes('MKTITLE0QZX'));
    assert.ok(after.includes('MKORIG1QZX'));

    assert.equal(vault.purge(), N - 1);
    assert.deepEqual(scan(dir, needles), []);
    assert.deepEqual(scan(dir, slices), [], 'no ciphertext of purged rows remains in db, WAL or free pages');
    assert.deepEqual(scan(dir, shards), [], 'no search index ciphertext remains either');
    assert.equal(storedIndex(file, key).size, 0);
    // Secrets survive a purge of the history.
    assert.equal(vault.getSecret('MKSECRETNAMEQZX'), 'MKSECRETVALUEQZX');
    vault.close();
    assert.deepEqual(scan(dir, needles), []);
    assert.deepEqual(scan(dir, slices), []);
    assert.deepEqual(scan(dir, shards), []);
  });

  it('deleting a secret overwrites it in the file', async () => {
    const { vault, dir } = await newVault();
    vault.setSecret('api', 'MKAPIKEYQZX');
    const db = rawDb(`${dir}/vault.db`);
    const blob = Buffer.from((db.prepare(`SELECT value FROM secrets`).get() as { value: Buffer }).value);
    db.close();
    assert.ok(scan(dir, [{ label: 'secret ct', bytes: blob.subarray(30, 54) }]).length > 0);
    vault.deleteSecret('api');
    assert.deepEqual(scan(dir, [{ label: 'secret ct', bytes: blob.subarray(30, 54) }]), []);
    vault.close();
  });

  it('a reopened vault with the files of the first one still holds no plaintext', async () => {
    const { vault, dir } = await newVault();
    await fill(vault);
    vault.close();
    const v2 = await Vault.open(dir, { argon2: FAST });
    await v2.unlock(PASS);
    v2.exportJson(); // decrypt everything in memory
    assert.deepEqual(scan(dir, textNeedles(allMarkers())), []);
    v2.close();
  });
});
