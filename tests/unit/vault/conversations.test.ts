// Conversations, messages, search, settings, secrets, retention, export and import.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceholderMap } from '../../../shared/placeholders';
import { EXPORT_FORMAT, Vault, VaultInputError, VaultNotFoundError } from '../../../electron/services/vault/index';
import { FAST, PASS, newVault, rawDb } from './helpers';

const MAP: PlaceholderMap = {
  '[[PERSON_1]]': { placeholder: '[[PERSON_1]]', type: 'PERSON', original: 'Ada Lovelace' },
  '[[EMAIL_1]]': { placeholder: '[[EMAIL_1]]', type: 'EMAIL', original: 'ada@example.org' },
};
const DAY = 86_400_000;

describe('vault conversations', () => {
  it('stores a full exchange and returns it; list has no content', async () => {
    const { vault } = await newVault();
    const c = vault.createConversation({ tags: ['work', ' work ', 'q3'] });
    assert.deepEqual(c.tags, ['work', 'q3']);
    const u = vault.addMessage(c.id, {
      role: 'user',
      original: 'Write to Ada Lovelace at ada@example.org',
      redacted: 'Write to [[PERSON_1]] at [[EMAIL_1]]',
      provider: 'openai',
      model: 'gpt-x',
      placeholderMap: MAP,
    });
    const a = vault.addMessage({
      conversationId: c.id,
      role: 'assistant',
      redacted: 'Dear [[PERSON_1]],',
      incomplete: true,
    });
    assert.equal(a.incomplete, true);
    const done = vault.updateMessage(a.id, {
      redacted: 'Dear [[PERSON_1]], hello.',
      original: 'Dear Ada Lovelace, hello.',
      incomplete: false,
    });
    assert.equal(done.incomplete, undefined);
    const got = vault.getConversation(c.id);
    assert.equal(got.title, 'Write to Ada Lovelace at ada@example.org', 'title from the first prompt');
    assert.equal(got.messageCount, 2);
    assert.deepEqual(
      got.messages.map((m) => m.role),
      ['user', 'assistant'],
    );
    assert.deepEqual(got.messages[0], u);
    assert.equal(got.messages[0]!.placeholderMap!['[[EMAIL_1]]']!.original, 'ada@example.org');
    assert.equal(got.messages[1]!.original, 'Dear Ada Lovelace, hello.');
    assert.equal(got.messages[1]!.incomplete, undefined);

    vault.renameConversation(c.id, '  Letter   to Ada ');
    vault.setTags(c.id, ['personal']);
    const list = vault.listConversations();
    assert.equal(list.length, 1);
    assert.deepEqual(Object.keys(list[0]!).sort(), ['createdAt', 'id', 'messageCount', 'tags', 'title', 'updatedAt']);
    assert.equal(list[0]!.title, 'Letter to Ada');
    assert.deepEqual(list[0]!.tags, ['personal']);
    assert.equal(list[0]!.messageCount, 2);
    assert.throws(() => vault.renameConversation(c.id, '   '), VaultInputError);
    assert.throws(() => vault.getConversation('nope'), VaultNotFoundError);
    assert.throws(() => vault.addMessage('nope', { role: 'user', redacted: 'x' }), VaultNotFoundError);
    assert.throws(() => vault.addMessage(c.id, { role: 'system' as 'user', redacted: 'x' }), VaultInputError);
    vault.close();
  });

  it('lists newest first and survives close/reopen', async () => {
    let now = 1_700_000_000_000;
    const { vault, dir } = await newVault({ now: () => now });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      now += 1000;
      const c = vault.createConversation({ title: `c${i}` });
      vault.addMessage(c.id, { role: 'user', original: `prompt ${i}`, redacted: `prompt ${i}` });
      ids.push(c.id);
    }
    vault.close();
    const v2 = await Vault.open(dir, { argon2: FAST });
    await v2.unlock(PASS);
    assert.deepEqual(
      v2.listConversations().map((c) => c.title),
      ['c4', 'c3', 'c2', 'c1', 'c0'],
    );
    v2.close();
  });

  it('when originals are forbidden only redacted text is kept (no original, no placeholder map, no original-derived title)', async () => {
    const { vault, dir } = await newVault({ storeOriginals: false });
    const c = vault.createConversation();
    vault.addMessage(c.id, {
      role: 'user',
      original: 'Email Ada Lovelace',
      redacted: 'Email [[PERSON_1]]',
      placeholderMap: MAP,
    });
    const a = vault.addMessage(c.id, { role: 'assistant', redacted: 'Hi [[PERSON_1]]' });
    vault.updateMessage(a.id, { original: 'Hi Ada Lovelace' });
    vault.close();
    const v2 = await Vault.open(dir, { argon2: FAST, storeOriginals: false });
    await v2.unlock(PASS);
    const got = v2.getConversation(c.id);
    assert.equal(got.title, 'Email [[PERSON_1]]');
    for (const m of got.messages) {
      assert.equal(m.original, undefined);
      assert.equal(m.placeholderMap, undefined);
    }
    assert.equal(v2.search('Lovelace').length, 0);
    assert.equal(v2.search('PERSON_1').length, 1);
    v2.close();
  });

  it('search: words, prefixes, accents; snippets; follows writes and deletes', async () => {
    const { vault } = await newVault();
    const c1 = vault.createConversation({ title: 'Quarterly report' });
    const long = 'lorem ipsum '.repeat(40) + 'the budget for Zürich office is confidential ' + 'dolor sit '.repeat(40);
    const m1 = vault.addMessage(c1.id, { role: 'user', original: long, redacted: long });
    const c2 = vault.createConversation({ title: 'Holiday plans', tags: ['travel'] });
    vault.addMessage(c2.id, {
      role: 'user',
      original: 'Trip to Lisbon in May',
      redacted: 'Trip to [[LOCATION_1]] in May',
    });

    const r = vault.search('zurich budg');
    assert.equal(r.length, 1);
    assert.equal(r[0]!.conversationId, c1.id);
    assert.equal(r[0]!.messageId, m1.id);
    assert.equal(r[0]!.title, 'Quarterly report');
    assert.match(r[0]!.snippet, /budget for Zürich office/);
    assert.ok(r[0]!.snippet.startsWith('…') && r[0]!.snippet.endsWith('…'));
    assert.ok(r[0]!.snippet.length < 200);
    assert.equal(vault.search('lisbon')[0]!.conversationId, c2.id, 'original text is searchable');
    assert.equal(vault.search('travel')[0]!.conversationId, c2.id, 'tags are searchable');
    assert.equal(vault.search('holiday')[0]!.conversationId, c2.id, 'titles are searchable');
    assert.equal(vault.search('zurich lisbon').length, 0, 'all words must match');
    assert.deepEqual(vault.search('   '), []);

    // Writes after the index was built are searchable at once.
    vault.addMessage(c2.id, { role: 'assistant', original: 'Pack sunscreen', redacted: 'Pack sunscreen' });
    assert.equal(vault.search('sunscreen')[0]!.conversationId, c2.id);
    vault.renameConversation(c1.id, 'Finance memo');
    assert.equal(vault.search('memo')[0]!.conversationId, c1.id);
    assert.equal(vault.search('quarterly').length, 0);
    vault.deleteConversations([c1.id]);
    assert.equal(vault.search('zurich').length, 0);
    // The index is dropped at lock and rebuilt after unlock (in the background, or by the first search).
    vault.lock();
    await vault.unlock(PASS);
    assert.equal(vault.search('sunscreen')[0]!.conversationId, c2.id);
    vault.lock();
    await vault.unlock(PASS);
    vault.addMessage(c2.id, { role: 'user', original: 'written during the build', redacted: 'x' });
    for (let i = 0; i < 100 && !vault.isSearchReady(); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(vault.isSearchReady());
    assert.equal(vault.search('sunscreen')[0]!.conversationId, c2.id);
    assert.equal(vault.search('during the build')[0]!.conversationId, c2.id);
    assert.equal(vault.search('zurich').length, 0);
    vault.close();
  });

  it('settings and secrets are encrypted JSON, names included', async () => {
    const { vault, dir } = await newVault();
    vault.setSetting('ui.prefs', { theme: 'dark', fontSize: 14 });
    vault.setSecret('provider:openai', 'sk-test-SECRET-VALUE');
    vault.setSecret('provider:anthropic', 'sk-ant-other');
    assert.deepEqual(vault.getSetting('ui.prefs'), { theme: 'dark', fontSize: 14 });
    assert.equal(vault.getSetting('missing'), undefined);
    assert.deepEqual(vault.listSecretNames(), ['provider:anthropic', 'provider:openai']);
    assert.equal(vault.deleteSecret('provider:anthropic'), true);
    assert.equal(vault.deleteSecret('provider:anthropic'), false);
    assert.equal(vault.getSecret('provider:anthropic'), undefined);
    vault.setSetting('ui.prefs', undefined);
    assert.equal(vault.getSetting('ui.prefs'), undefined);
    assert.throws(() => vault.setSecret('x', ''), VaultInputError);
    vault.close();
    const db = rawDb(`${dir}/vault.db`);
    const ids = db.prepare(`SELECT id FROM secrets`).pluck().all() as string[];
    db.close();
    assert.equal(ids.length, 1);
    assert.match(ids[0]!, /^[0-9a-f]{32}$/, 'row id is a keyed hash, not the name');
    const v2 = await Vault.open(dir, { argon2: FAST });
    await v2.unlock(PASS);
    assert.equal(v2.getSecret('provider:openai'), 'sk-test-SECRET-VALUE');
    v2.close();
  });

  it('retention: days purges expired conversations at unlock and when set; off keeps nothing on disk', async () => {
    let now = 1_700_000_000_000;
    const { vault, dir } = await newVault({ now: () => now });
    const old = vault.createConversation({ title: 'old' });
    now += 10 * DAY;
    const recent = vault.createConversation({ title: 'recent' });
    assert.deepEqual(vault.getRetention(), { mode: 'forever' });
    assert.equal(vault.setRetention({ mode: 'days', days: 5 }), 1);
    assert.deepEqual(
      vault.listConversations().map((c) => c.id),
      [recent.id],
    );
    assert.throws(() => vault.setRetention({ mode: 'days', days: 0 }), VaultInputError);
    assert.throws(() => vault.setRetention({ mode: 'weeks' } as never), VaultInputError);
    vault.close();
    void old;

    now += 6 * DAY; // `recent` is now expired too: purged at unlock
    const v2 = await Vault.open(dir, { argon2: FAST, now: () => now });
    await v2.unlock(PASS);
    assert.equal(v2.listConversations().length, 0);
    assert.deepEqual(v2.getRetention(), { mode: 'days', days: 5 });

    const kept = v2.createConversation({ title: 'kept' });
    assert.equal(v2.setRetention({ mode: 'off' }), 1);
    const eph = v2.createConversation({ title: 'ephemeral' });
    v2.addMessage(eph.id, { role: 'user', original: 'EPHEMERAL-MARKER', redacted: 'EPHEMERAL-MARKER' });
    assert.equal(v2.getConversation(eph.id).messages.length, 1);
    assert.equal(v2.search('ephemeral-marker').length, 1);
    assert.deepEqual(
      v2.listConversations().map((c) => c.title),
      ['ephemeral'],
    );
    assert.throws(() => v2.importJson(v2.exportJson()), VaultInputError);
    const db = rawDb(`${dir}/vault.db`);
    assert.equal(db.prepare(`SELECT COUNT(*) FROM conversations`).pluck().get(), 0, 'history off: nothing written');
    assert.equal(db.prepare(`SELECT COUNT(*) FROM messages`).pluck().get(), 0);
    db.close();
    v2.lock();
    await v2.unlock(PASS);
    assert.equal(v2.listConversations().length, 0, 'unsaved history is gone after lock');
    assert.throws(() => v2.getConversation(kept.id), VaultNotFoundError);
    v2.close();
  });

  it('export JSON and Markdown (all or selected) and import back; bad input changes nothing', async () => {
    const { vault } = await newVault();
    const c1 = vault.createConversation({ title: 'First', tags: ['a'] });
    vault.addMessage(c1.id, {
      role: 'user',
      original: 'Hi Ada Lovelace',
      redacted: 'Hi [[PERSON_1]]',
      placeholderMap: MAP,
    });
    vault.addMessage(c1.id, {
      role: 'assistant',
      original: 'Hello Ada',
      redacted: 'Hello [[PERSON_1]]',
      provider: 'p',
      model: 'm',
    });
    const c2 = vault.createConversation({ title: 'Second' });
    vault.addMessage(c2.id, { role: 'user', original: 'Use ```code``` here', redacted: 'Use ```code``` here' });

    const all = JSON.parse(vault.exportJson()) as { format: string; conversations: { id: string }[] };
    assert.equal(all.format, EXPORT_FORMAT);
    assert.equal(all.conversations.length, 2);
    const one = vault.exportJson([c1.id]);
    assert.deepEqual(
      JSON.parse(one).conversations.map((c: { id: string }) => c.id),
      [c1.id],
    );
    const md = vault.exportMarkdown([c2.id]);
    assert.match(md, /^# Prompt Vault export/);
    assert.match(md, /## Second/);
    assert.match(md, /````text\nUse ```code``` here\n````/, 'fences longer than the content');
    assert.doesNotMatch(md, /First/);

    const before = vault.getConversation(c1.id);
    const other = await newVault();
    assert.deepEqual(other.vault.importJson(one), { imported: 1, skipped: 0, ids: [c1.id] });
    const imported = other.vault.getConversation(c1.id);
    assert.deepEqual(
      imported.messages.map(({ id: _i, ...m }) => m),
      before.messages.map(({ id: _i, ...m }) => m),
    );
    assert.equal(imported.title, 'First');
    assert.deepEqual(imported.tags, ['a']);
    assert.equal(other.vault.search('lovelace')[0]!.conversationId, c1.id);
    assert.equal(other.vault.importJson(one).skipped, 1, 'existing ids are skipped');

    const count = other.vault.listConversations().length;
    for (const bad of [
      'not json',
      '{}',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        conversations: [{ messages: [{ role: 'bot', redacted: 'x' }] }],
      }),
    ]) {
      assert.throws(
        () => other.vault.importJson(bad),
        (e: unknown) => e instanceof VaultInputError && e.code === 'INVALID_INPUT',
      );
    }
    assert.equal(other.vault.listConversations().length, count, 'nothing imported from bad input');
    other.vault.close();
    vault.close();
  });
});
