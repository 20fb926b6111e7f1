// Vault figures: insert and read throughput, unlock time (default Argon2id limits), search over
// 10,000 conversations (first search after unlock, which builds the in-memory index, and warm
// queries), listing, and purge of 10,000 conversations. Printed, never asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

    // Search: first query after unlock builds the in-memory index.
    v.lock();
    await v.unlock(PASS);
    t = performance.now();
    const first = v.search('Hopper budget');
    console.log(
      `first search after unlock over ${N} conversations (builds the index): ${fmt(ms(t), 0)} ms, ${first.length} hits`,
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
    v.lock();
    t = performance.now();
    await v.unlock(PASS);
    const tUnlocked = ms(t);
    while (!v.isSearchReady()) await new Promise((res) => setTimeout(res, 0)); // background build yields
    console.log(`background index build after unlock: ready ${fmt(ms(t) - tUnlocked, 0)} ms after unlock returned`);
    const hit = v.search('ref-1234');
    console.log(`unlock + index + search ("searchable after unlock"): ${fmt(ms(t), 0)} ms (${hit.length} hit)`);

    t = performance.now();
    const deleted = v.purge();
    console.log(
      `purge ${deleted} conversations (shred keys, secure_delete, VACUUM, WAL truncate): ${fmt(ms(t), 0)} ms`,
    );
    v.close();
    console.log(`database size after purge: ${fmt(fs.statSync(path.join(dir, 'vault.db')).size / 1e3)} kB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
