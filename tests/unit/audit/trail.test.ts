import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { AuditTrail, sha256Hex, type AuditEvent, type AuditKeySource } from '../../../electron/services/audit';

const key = randomBytes(32);
const keys: AuditKeySource = { deriveSubkey: () => new Uint8Array(key) };
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-audit-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const send = (n: number): AuditEvent => ({
  event: 'send',
  decision: 'sent',
  provider: { id: 'mock', host: '127.0.0.1:9', api: 'openai' },
  model: 'm',
  counts: { PERSON: n, EMAIL: 1 },
  policy: { id: 'acme', version: 3, source: 'org' },
  redactedSha256: sha256Hex(`prompt ${n}`),
  redactedChars: 10,
  ner: true,
});

async function trailWith(n: number): Promise<AuditTrail> {
  const t = await AuditTrail.open(dir, keys);
  for (let i = 1; i <= n; i++) await t.append(send(i));
  return t;
}

function lines(t: AuditTrail): string[] {
  return fs.readFileSync(t.file, 'utf8').trim().split('\n');
}
function writeLines(t: AuditTrail, ls: string[]) {
  fs.writeFileSync(t.file, ls.map((l) => l + '\n').join(''));
}

describe('audit trail', () => {
  test('entries are chained, numbered and verify', async () => {
    const t = await trailWith(3);
    await t.append({ event: 'outcome', ref: 3, outcome: 'complete' });
    const entries = t.entries();
    assert.deepEqual(
      entries.map((e) => e.seq),
      [1, 2, 3, 4],
    );
    assert.equal(entries[0]!.prev, '0'.repeat(64));
    assert.notEqual(entries[1]!.prev, entries[0]!.prev);
    assert.deepEqual(await t.verify(), { ok: true, entries: 4, problems: [] });
    // A second instance (another process) continues the same chain.
    const again = await AuditTrail.open(dir, keys);
    await again.append(send(9));
    assert.equal((await again.verify()).ok, true);
    assert.equal(again.entries().at(-1)!.seq, 5);
  });

  test('editing any field of any entry is detected', async () => {
    const t = await trailWith(4);
    const original = lines(t);
    for (let i = 0; i < original.length; i++) {
      for (const edit of [
        (e: Record<string, unknown>) => (e.decision = 'blocked'),
        (e: Record<string, unknown>) => (e.counts = { PERSON: 0 }),
        (e: Record<string, unknown>) => (e.time = '2000-01-01T00:00:00.000Z'),
        (e: Record<string, unknown>) => (e.model = 'other'),
      ]) {
        const ls = [...original];
        const e = JSON.parse(ls[i]!);
        edit(e);
        ls[i] = JSON.stringify(e);
        writeLines(t, ls);
        const v = await t.verify();
        assert.equal(v.ok, false, `edit of entry ${i + 1} not detected`);
        assert.ok(v.problems.some((p) => p.line === i + 1 && /MAC mismatch/.test(p.problem)));
      }
    }
    writeLines(t, original);
    assert.equal((await t.verify()).ok, true);
  });

  test('an edit with a recomputed chain but no key is still detected (MAC)', async () => {
    const t = await trailWith(2);
    const ls = lines(t);
    const e = JSON.parse(ls[0]!);
    e.counts = {};
    e.mac = sha256Hex('forged');
    ls[0] = JSON.stringify(e);
    writeLines(t, ls);
    const v = await t.verify();
    assert.ok(v.problems.some((p) => p.seq === 1 && /MAC/.test(p.problem)));
    assert.ok(v.problems.some((p) => p.seq === 2 && /hash chain/.test(p.problem)));
  });

  test('deleting, reordering or duplicating entries is detected', async () => {
    const t = await trailWith(4);
    const ls = lines(t);
    const cases: [string, string[], RegExp][] = [
      ['delete the first', ls.slice(1), /hash chain|sequence/],
      ['delete a middle one', [ls[0]!, ls[2]!, ls[3]!], /hash chain/],
      ['delete the last', ls.slice(0, 3), /removed/],
      ['swap two', [ls[0]!, ls[2]!, ls[1]!, ls[3]!], /hash chain/],
      ['duplicate one', [ls[0]!, ls[1]!, ls[1]!, ls[2]!, ls[3]!], /hash chain|sequence/],
      ['garbage line', [ls[0]!, 'not json', ...ls.slice(1)], /unreadable/],
      ['delete everything but keep the head', [], /removed/],
    ];
    for (const [name, changed, why] of cases) {
      writeLines(t, changed);
      const v = await t.verify();
      assert.equal(v.ok, false, name);
      assert.ok(
        v.problems.some((p) => why.test(p.problem)),
        `${name}: ${JSON.stringify(v.problems)}`,
      );
    }
    writeLines(t, ls);
    fs.rmSync(t.headFile);
    assert.match((await t.verify()).problems[0]!.problem, /head file is missing/);
  });

  test('a different key (another vault) cannot verify or extend the trail unnoticed', async () => {
    await trailWith(2);
    const other = await AuditTrail.open(dir, { deriveSubkey: () => new Uint8Array(randomBytes(32)) });
    const v = await other.verify();
    assert.equal(v.ok, false);
    assert.equal(v.problems.filter((p) => p.line > 0 && /MAC mismatch/.test(p.problem)).length, 2);
    assert.ok(v.problems.some((p) => p.line === 0 && /head file was altered/.test(p.problem)));
  });

  test('free text cannot enter the trail; no prompt marker appears in it', async () => {
    const t = await trailWith(1);
    await assert.rejects(t.append({ ...send(1), reason: 'Jane Doe said hello' }), /error code/);
    await assert.rejects(t.append({ ...send(1), prompt: 'MARKER-SECRET' } as AuditEvent), /Unrecognized key/);
    const data = fs.readFileSync(t.file, 'utf8') + fs.readFileSync(t.headFile, 'utf8');
    assert.ok(!data.includes('MARKER-SECRET') && !data.includes('Jane Doe'));
    assert.equal(t.exportJsonl(), fs.readFileSync(t.file, 'utf8'));
  });

  test('concurrent appends keep one chain', async () => {
    const t = await AuditTrail.open(dir, keys);
    const u = await AuditTrail.open(dir, keys);
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? t : u).append(send(i))));
    const v = await t.verify();
    assert.deepEqual(v, { ok: true, entries: 20, problems: [] });
  });
});

describe('the vault pins the last entry', () => {
  function vaultLike(): AuditKeySource & { settings: Map<string, unknown> } {
    const settings = new Map<string, unknown>();
    return {
      settings,
      deriveSubkey: () => new Uint8Array(key),
      getSetting: (name) => settings.get(name),
      setSetting: (name, value) => void settings.set(name, value),
    };
  }

  test('deleting the trail and its head file together is detected', async () => {
    const v = vaultLike();
    const t = await AuditTrail.open(dir, v);
    for (let i = 1; i <= 3; i++) await t.append(send(i));
    assert.deepEqual((await t.verify()).problems, []);
    assert.equal((v.settings.get('audit.head') as { seq: number }).seq, 3);

    fs.rmSync(t.file);
    fs.rmSync(t.headFile);
    const r = await (await AuditTrail.open(dir, v)).verify();
    assert.equal(r.ok, false);
    assert.match(r.problems.map((p) => p.problem).join('\n'), /the vault records 3 entries, the trail ends at 0/);
  });

  test('a rollback to an older, self-consistent copy of the trail is detected', async () => {
    const v = vaultLike();
    const t = await AuditTrail.open(dir, v);
    await t.append(send(1));
    const oldFile = fs.readFileSync(t.file);
    const oldHead = fs.readFileSync(t.headFile);
    await t.append(send(2));
    // Restore an older, self-consistent copy of both files (a rollback).
    fs.writeFileSync(t.file, oldFile);
    fs.writeFileSync(t.headFile, oldHead);
    const r = await t.verify();
    assert.equal(r.ok, false, 'a rollback to an older trail is detected');
    assert.match(r.problems.map((p) => p.problem).join('\n'), /the vault records 2 entries, the trail ends at 1/);
  });
});
