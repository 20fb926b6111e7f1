// Vault figures: insert and read throughput, unlock time (default Argon2id limits), search over
// 10,000 conversations (unlock -> first result from the persisted encrypted index, warm queries,
// the full-rebuild fallback), write/delete costs of keeping the index saved, listing, and purge of
// 10,000 conversations. Printed, never asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Vault } from '../electron/services/vault/index';

const N = 10_000;
const PASS = 'benchmark passphrase';

const WORDS = (
  'the a report budget meeting client invoice contract review draft email summary schedule project ' +
  'deadline quarterly revenue forecast team manager customer support ticket release feature bug ' +
  'security policy compliance audit vendor payment account address phone travel hotel flight ' +
  'translate rewrite explain improve analyse compare list table chart python sql query server'
).split(' ');
const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Linus Torvalds', 'Margaret Hamilton', 'Ana Silva'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

function conversation(r: () => number, i: number) {
  const name = NAMES[i % NAMES.length]!;
  const prompt = `${sentence(r, 20)} for ${name} ref-${i} ${sentence(r, 30)}`;
  const answer = `${sentence(r, 60)} ${name} ${sentence(r, 40)}`;
  return {
    title: sentence(r, 4),
    tags: [WORDS[i % WORDS.length]!],
    messages: [
      {
        role: 'user' as const,
        original: prompt,
        redacted: prompt.replace(name, '[[PERSON_1]]'),
        provider: 'openai',
        model: 'gpt',
      },
      { role: 'assistant' as const, original: answer, redacted: answer.replace(name, '[[PERSON_1]]') },
    ],
  };
}

function ms(t0: number): number {
  return performance.now() - t0;
}

function fmt(x: number, digits = 1): string {
  return x.toFixed(digits);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-vault-bench-'));
  try {
    const r = rng(42);
    const convs = Array.from({ length: N }, (_, i) => conversation(r, i));

    let t = performance.now();
    const vault = await Vault.open(dir); // default Argon2id limits
    await vault.init(PASS);
    console.log(`init (Argon2id 64 MiB / 3 passes + recovery key): ${fmt(ms(t), 0)} ms`);

    // One transaction per call, as the app writes while chatting.
    const SINGLE = 1000;
    t = performance.now();
    for (let i = 0; i < SINGLE; i++) {
      const c = convs[i]!;
      const s = vault.createConversation({ title: c.title, tags: c.tags });
      for (const m of c.messages) vault.addMessage(s.id, m);
    }
    const single = ms(t);
    console.log(
      `insert, one call per write: ${SINGLE} conversations x 3 writes in ${fmt(single, 0)} ms = ${fmt((SINGLE * 3) / (single / 1000), 0)} writes/s`,
    );

    // Bulk: import of the rest in one transaction.
    const rest = { format: 'prompt-vault-export', version: 1, conversations: convs.slice(SINGLE) };
    const json = JSON.stringify(rest);
    t = performance.now();
    const { imported } = vault.importJson(json);
    const bulk = ms(t);
    console.log(
      `insert, bulk import: ${imported} conversations (${imported * 2} messages, ${fmt(json.length / 1e6)} MB JSON) in ${fmt(bulk, 0)} ms = ${fmt(imported / (bulk / 1000), 0)} conversations/s`,
    );
    vault.close();
    console.log(`database size: ${fmt(fs.statSync(path.join(dir, 'vault.db')).size / 1e6)} MB for ${N} conversations`);

    const v = await Vault.open(dir);
    t = performance.now();
    await v.unlock(PASS);
    console.log(`unlock (Argon2id 64 MiB / 3 passes): ${fmt(ms(t), 0)} ms`);

    t = performance.now();
    const list = v.listConversations();
    console.log(`list ${list.length} conversations (decrypt titles and tags): ${fmt(ms(t), 0)} ms`);
    t = performance.now();
    const list2 = v.listConversations();
    console.log(`list again (data keys cached): ${fmt(ms(t), 0)} ms (${list2.length})`);

    t = performance.now();
    let chars = 0;
    for (const s of list) for (const m of v.getConversation(s.id).messages) chars += (m.original ?? '').length;
    const read = ms(t);
    console.log(
      `read all ${list.length} conversations: ${fmt(read, 0)} ms = ${fmt(list.length / (read / 1000), 0)} conversations/s (${fmt(chars / 1e6)} M chars)`,
    );

    // Search right after unlock: the index is loaded from its encrypted copy in the database.
    // "unlock -> first result" is timed from the unlock call (which includes Argon2id) and from
    // the moment unlock returned (the "searchable after unlock").
    const afterUnlock: number[] = [];
    const total: number[] = [];
    const loads: number[] = [];
    for (let k = 0; k < 5; k++) {
      v.lock();
      t = performance.now();
      await v.unlock(PASS);
      const tUnlocked = performance.now();
      const hits = v.search(`ref-${1234 + k}`);
      const done = performance.now();
      const stats = v.searchIndexStats();
      if (hits.length !== 1 || stats.reindexed !== 0)
        throw new Error(`unexpected: ${hits.length} hits, ${JSON.stringify(stats)}`);
      afterUnlock.push(done - tUnlocked);
      loads.push(stats.loadMs);
      total.push(done - t);
    }
    console.log(
      `unlock -> first search result over ${N} conversations (persisted index, 5 runs): ${afterUnlock.map((x) => fmt(x, 0)).join(', ')} ms after unlock returned; ${total.map((x) => fmt(x, 0)).join(', ')} ms including the unlock call (Argon2id)`,
    );

    console.log(
      `  of which loading the encrypted index during unlock (read, decrypt, inflate, parse ${N} conversations): ${loads.map((x) => fmt(x, 0)).join(', ')} ms;` +
        ` unlock -> first result without Argon2id: ${afterUnlock.map((x, i) => fmt(x + loads[i]!, 0)).join(', ')} ms`,
    );

    const queries = ['invoice', 'Lovelace contract', 'ref-9999', 'securit', 'quarterly revenue forecast', 'python sql'];
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      for (const q of queries) {
        t = performance.now();
        v.search(q);
        times.push(ms(t));
      }
    }
    console.log(
      `warm search over ${N} conversations: median ${fmt(median(times))} ms, max ${fmt(Math.max(...times))} ms (${times.length} queries)`,
    );

    // Writes: one message, then lock (which saves the one changed shard).
    const c0 = list[0]!.id;
    t = performance.now();
    v.addMessage(c0, { role: 'user', original: 'bench write zebra', redacted: 'bench write zebra' });
    const add = ms(t);
    t = performance.now();
    v.lock();
    console.log(`add one message: ${fmt(add, 1)} ms; lock saving its index shard: ${fmt(ms(t), 1)} ms`);
    await v.unlock(PASS);
    console.log(
      `after that write: ${JSON.stringify(v.searchIndexStats())}, "zebra" -> ${v.search('zebra').length} hit`,
    );
    t = performance.now();
    v.deleteConversations([list[1]!.id]);
    console.log(`delete one conversation (shard rewrite + WAL truncate): ${fmt(ms(t), 0)} ms`);

    // Fallback: no stored index (older vault, or damaged): rebuilt from the messages after unlock.
    v.close();
    const raw = new Database(path.join(dir, 'vault.db'));
    raw.exec('DELETE FROM search_index');
    raw.close();
    const v2 = await Vault.open(dir);
    await v2.unlock(PASS);
    t = performance.now();
    const rebuilt = v2.search('ref-4321');
    console.log(
      `without a stored index (full rebuild from ${v2.searchIndexStats().reindexed} conversations): first result ${fmt(ms(t), 0)} ms after unlock (${rebuilt.length} hit)`,
    );
    t = performance.now();
    v2.lock();
    console.log(`saving the rebuilt index (all ${64} shards, at lock): ${fmt(ms(t), 0)} ms`);
    await v2.unlock(PASS);

    t = performance.now();
    const deleted = v2.purge();
    console.log(
      `purge ${deleted} conversations (shred keys, secure_delete, VACUUM, WAL truncate): ${fmt(ms(t), 0)} ms`,
    );
    v2.close();
    console.log(`database size after purge: ${fmt(fs.statSync(path.join(dir, 'vault.db')).size / 1e3)} kB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
