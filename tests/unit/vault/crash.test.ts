// Crash safety: a writer killed with SIGKILL mid-burst leaves a vault that opens, with every
// conversation it reported as committed intact.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Vault } from '../../../electron/services/vault/index';
import { FAST, PASS, newVault } from './helpers';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'crash-writer.ts');

function runAndKill(dir: string, killAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], {
      env: { ...process.env, PV_TEST_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buf = '';
    let err = '';
    let killed = false;
    proc.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        lines.push(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
      if (!killed && lines.length >= killAfter) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${err}`));
      else resolve(lines);
    });
  });
}

describe('vault crash safety', () => {
  it('SIGKILL during a write burst: the vault opens and every committed conversation is intact', async () => {
    const { vault, dir } = await newVault();
    const pre = vault.createConversation({ title: 'before the crash' });
    vault.addMessage(pre.id, { role: 'user', original: 'safe', redacted: 'safe' });
    vault.close();

    for (const killAfter of [25, 60]) {
      const lines = await runAndKill(dir, killAfter);
      assert.ok(lines.length >= killAfter);
      const v = await Vault.open(dir, { argon2: FAST });
      await v.unlock(PASS);
      assert.equal(v.getConversation(pre.id).messages[0]!.original, 'safe');
      assert.deepEqual(
        v.search('safe').map((r) => r.conversationId),
        [pre.id],
      );
      for (const line of lines) {
        const [kind, id, i] = line.split(' ');
        const c = v.getConversation(id!);
        if (kind === 'conv') {
          assert.equal(c.title, `crash ${i}`);
          assert.deepEqual(c.tags, [`t${i}`]);
          assert.equal(c.messages.length, 2);
          assert.ok(c.messages[0]!.original!.startsWith(`prompt ${i} xxx`));
          assert.equal(c.messages[0]!.original!.length, `prompt ${i} `.length + 20_000);
          assert.equal(c.messages[1]!.original, `answer ${i}`);
        } else {
          assert.equal(c.title, `bulk ${i}`);
          assert.equal(c.messages[0]!.redacted, `bulk ${i}`);
        }
        assert.ok(c.messages.every((m) => !m.corrupt));
        // Searchable: written after the last index save, so listed in search_dirty and re-indexed.
        const words = kind === 'conv' ? `answer ${i}` : `bulk ${i}`;
        assert.ok(
          v.search(words, 1000).some((r) => r.conversationId === id),
          `${words} is found`,
        );
      }
      // The stored index is never left damaged (saved in transactions) and is not thrown away.
      assert.equal(v.searchIndexStats().rejectedShards, 0);
      assert.equal(v.searchIndexStats().fullRebuild, false);
      // A conversation being written at the kill may exist partially, but never damaged.
      for (const s of v.listConversations()) {
        assert.ok(!s.corrupt);
        assert.ok(v.getConversation(s.id).messages.every((m) => !m.corrupt));
      }
      // And it keeps working.
      const after = v.createConversation({ title: 'after' });
      v.addMessage(after.id, { role: 'user', original: 'still fine', redacted: 'still fine' });
      v.close();
    }
    assert.ok(fs.existsSync(path.join(dir, 'vault.db')));
  });
});
