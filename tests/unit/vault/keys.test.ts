// Keys: init, unlock, lock, wrong passphrase delay, passphrase change, recovery key, OS key, subkeys.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_ARGON2,
  OsKeyUnavailableError,
  Vault,
  VaultExistsError,
  VaultInputError,
  VaultLockedError,
  VaultMissingError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
  parseRecoveryKey,
  unlockDelayMs,
  type LockReason,
} from '../../../electron/services/vault/index';
import { FakeOsKey, FAST, PASS, newVault, rawDb, tmpDir } from './helpers';

describe('vault keys', () => {
  it('default Argon2id limits are at least 64 MiB / 3 passes and are stored with the wrap', async () => {
    assert.ok(DEFAULT_ARGON2.memLimit >= 64 * 1024 * 1024);
    assert.ok(DEFAULT_ARGON2.opsLimit >= 3);
    const dir = tmpDir();
    const vault = await Vault.open(dir); // no argon2 option: the defaults
    await vault.init(PASS);
    vault.close();
    const db = rawDb(`${dir}/vault.db`);
    const row = db
      .prepare(`SELECT ops_limit, mem_limit, algorithm, length(salt) AS salt FROM key_wraps WHERE kind = 'passphrase'`)
      .get() as Record<string, unknown>;
    db.close();
    assert.equal(row.algorithm, 'argon2id13');
    assert.ok((row.ops_limit as number) >= 3);
    assert.ok((row.mem_limit as number) >= 64 * 1024 * 1024);
    assert.equal(row.salt, 16);
  });

  it('raises stored limits on unlock when the configured ones are stronger', async () => {
    const { vault, dir } = await newVault();
    vault.close();
    const stronger = await Vault.open(dir, { argon2: { opsLimit: 2, memLimit: 16384 } });
    await stronger.unlock(PASS);
    stronger.close();
    const db = rawDb(`${dir}/vault.db`);
    const row = db.prepare(`SELECT ops_limit, mem_limit FROM key_wraps WHERE kind = 'passphrase'`).get() as Record<
      string,
      number
    >;
    db.close();
    assert.deepEqual(row, { ops_limit: 2, mem_limit: 16384 });
    const again = await Vault.open(dir, { argon2: FAST });
    await again.unlock(PASS);
    assert.ok(again.isUnlocked());
    again.close();
  });

  it('init, lock, unlock; locked calls throw VaultLockedError; missing and existing vaults are reported', async () => {
    const dir = tmpDir();
    assert.equal(Vault.exists(dir), false);
    const v = await Vault.open(dir, { argon2: FAST });
    assert.throws(() => v.listConversations(), VaultMissingError);
    await assert.rejects(v.init('short'), VaultInputError);
    const { recoveryKey } = await v.init(PASS);
    assert.ok(parseRecoveryKey(recoveryKey).ok);
    assert.ok(v.isUnlocked());
    assert.equal(Vault.exists(dir), true);
    await assert.rejects(v.init(PASS), VaultExistsError);
    const c = v.createConversation({ title: 'x' });
    v.lock();
    assert.equal(v.isUnlocked(), false);
    assert.throws(
      () => v.getConversation(c.id),
      (e: unknown) => e instanceof VaultLockedError && e.code === 'VAULT_LOCKED',
    );
    assert.throws(() => v.deriveSubkey('audit'), VaultLockedError);
    assert.throws(() => v.getSecret('k'), VaultLockedError);
    await v.unlock(PASS);
    assert.equal(v.getConversation(c.id).title, 'x');
    v.close();
  });

  it('wrong passphrase: clear error, growing delay after repeated failures, persisted, nothing touched', async () => {
    let now = 1_000_000;
    const { vault, dir } = await newVault({ now: () => now });
    const c = vault.createConversation({ title: 'keep me' });
    vault.lock();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const err = await vault.unlock('not the passphrase').then(
        () => assert.fail('unlocked with a wrong passphrase'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof WrongPassphraseError);
      assert.equal(err.code, 'WRONG_PASSPHRASE');
      assert.equal(err.throttled, false);
      delays.push(err.retryAfterMs);
      now += err.retryAfterMs; // wait exactly as told
    }
    assert.deepEqual(delays, [0, 0, 1000, 2000, 4000]);
    for (let i = 1; i < delays.length; i++) assert.ok(delays[i]! >= delays[i - 1]!);
    // Too soon: refused without checking, even with the right passphrase.
    await vault.unlock('wrong again').catch(() => undefined); // 6th failure -> 8 s
    assert.equal(vault.retryAfterMs(), 8000);
    const early = await vault.unlock(PASS).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(early instanceof WrongPassphraseError && early.throttled && early.retryAfterMs === 8000);
    vault.close();
    // The counter survives a restart.
    const reopened = await Vault.open(dir, { argon2: FAST, now: () => now });
    assert.equal(reopened.retryAfterMs(), 8000);
    now += 8000;
    await reopened.unlock(PASS);
    assert.equal(reopened.retryAfterMs(), 0);
    assert.equal(reopened.getConversation(c.id).title, 'keep me');
    reopened.close();
    assert.equal(unlockDelayMs(100), 5 * 60 * 1000);
  });

  it('changePassphrase rewraps the vault key only; the old passphrase stops working', async () => {
    const { vault, dir } = await newVault();
    const c = vault.createConversation({ title: 'before' });
    const db = rawDb(`${dir}/vault.db`);
    const dataKeyBefore = Buffer.from(
      (db.prepare(`SELECT data_key FROM conversations`).get() as { data_key: Buffer }).data_key,
    );
    await assert.rejects(vault.changePassphrase('wrong passphrase', 'another passphrase'), WrongPassphraseError);
    await assert.rejects(vault.changePassphrase(PASS, 'short'), VaultInputError);
    await vault.changePassphrase(PASS, 'another passphrase');
    const dataKeyAfter = Buffer.from(
      (db.prepare(`SELECT data_key FROM conversations`).get() as { data_key: Buffer }).data_key,
    );
    db.close();
    assert.deepEqual(dataKeyAfter, dataKeyBefore, 'data keys were not rewrapped');
    vault.lock();
    await assert.rejects(vault.unlock(PASS), WrongPassphraseError);
    await vault.unlock('another passphrase');
    assert.equal(vault.getConversation(c.id).title, 'before');
    vault.close();
  });

  it('recovery key: checksum catches typos, unlocks with a new passphrase, is one-time', async () => {
    const { vault, recoveryKey } = await newVault();
    const c = vault.createConversation({ title: 'recover me' });
    vault.lock();
    assert.match(recoveryKey, /^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
    assert.ok(vault.verifyRecoveryKey(recoveryKey));
    assert.ok(
      vault.verifyRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' ')),
      'case and separators are tolerated',
    );
    // A typo: change one character.
    const i = 7;
    const typo = recoveryKey.slice(0, i) + (recoveryKey[i] === 'A' ? 'B' : 'A') + recoveryKey.slice(i + 1);
    const parsed = parseRecoveryKey(typo);
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.reason, /checksum|typo/i);
    await assert.rejects(vault.unlockWithRecoveryKey(typo, 'brand new passphrase'), WrongRecoveryKeyError);
    assert.equal(vault.isUnlocked(), false);
    // Another vault's (well-formed) recovery key is refused.
    const other = await newVault();
    other.vault.close();
    await assert.rejects(vault.unlockWithRecoveryKey(other.recoveryKey, 'brand new passphrase'), WrongRecoveryKeyError);
    const { recoveryKey: next } = await vault.unlockWithRecoveryKey(recoveryKey, 'brand new passphrase');
    assert.ok(vault.isUnlocked());
    assert.notEqual(next, recoveryKey);
    assert.equal(vault.getConversation(c.id).title, 'recover me');
    vault.lock();
    assert.equal(vault.verifyRecoveryKey(recoveryKey), false, 'the used recovery key no longer works');
    assert.ok(vault.verifyRecoveryKey(next));
    await assert.rejects(vault.unlock(PASS), WrongPassphraseError);
    await vault.unlock('brand new passphrase');
    vault.close();
  });

  it('OS key: enable, unlock without passphrase, refuse basic_text, explain backend changes', async () => {
    const os = new FakeOsKey('gnome_libsecret');
    const { vault, dir } = await newVault({ osKeyProvider: os });
    assert.deepEqual(vault.osKeyStatus(), { available: true, backend: 'gnome_libsecret', enabled: false });
    await vault.enableOsKey();
    assert.equal(vault.osKeyStatus().enabled, true);
    const c = vault.createConversation({ title: 'os' });
    vault.close();

    const v2 = await Vault.open(dir, { argon2: FAST, osKeyProvider: os });
    await v2.unlockWithOsKey();
    assert.equal(v2.getConversation(c.id).title, 'os');
    v2.close();

    // A different OS key (e.g. the keyring was reset) yields the wrong key: refused, passphrase still works.
    const v3 = await Vault.open(dir, { argon2: FAST, osKeyProvider: new FakeOsKey('gnome_libsecret', 0x11) });
    await assert.rejects(v3.unlockWithOsKey(), OsKeyUnavailableError);
    await v3.unlock(PASS);
    v3.close();

    // Backend changed: status explains it, unlock refuses clearly.
    const kw = new FakeOsKey('kwallet5');
    const v4 = await Vault.open(dir, { argon2: FAST, osKeyProvider: kw });
    assert.deepEqual(v4.osKeyStatus().backendChanged, { previous: 'gnome_libsecret', current: 'kwallet5' });
    await assert.rejects(v4.unlockWithOsKey(), /gnome_libsecret.*kwallet5/);
    await v4.unlock(PASS);
    await v4.disableOsKey();
    assert.equal(v4.osKeyStatus().enabled, false);
    await assert.rejects(v4.unlockWithOsKey(), OsKeyUnavailableError);
    v4.close();

    // basic_text is refused outright; no provider or an unavailable one too.
    const basic = new FakeOsKey('basic_text');
    const v5 = await Vault.open(dir, { argon2: FAST, osKeyProvider: basic });
    await v5.unlock(PASS);
    assert.equal(v5.osKeyStatus().available, false);
    await assert.rejects(
      v5.enableOsKey(),
      (e: unknown) => e instanceof OsKeyUnavailableError && /basic_text/.test(e.message),
    );
    assert.equal(basic.calls, 0, 'basic_text backend never saw the key');
    v5.close();
    const v6 = await Vault.open(dir, { argon2: FAST });
    await v6.unlock(PASS);
    await assert.rejects(
      v6.enableOsKey(),
      (e: unknown) => e instanceof OsKeyUnavailableError && e.code === 'OS_KEY_UNAVAILABLE',
    );
    v6.close();
  });

  it('deriveSubkey: 32 bytes, stable across unlocks, distinct per context and per vault, pv.* reserved', async () => {
    const { vault } = await newVault();
    const a1 = vault.deriveSubkey('audit');
    const b = vault.deriveSubkey('other');
    assert.equal(a1.length, 32);
    assert.notDeepEqual(a1, b);
    vault.lock();
    await vault.unlock(PASS);
    assert.deepEqual(vault.deriveSubkey('audit'), a1);
    assert.throws(() => vault.deriveSubkey('pv.items'), VaultInputError);
    assert.throws(() => vault.deriveSubkey(''), VaultInputError);
    const other = await newVault();
    assert.notDeepEqual(other.vault.deriveSubkey('audit'), a1);
    other.vault.close();
    vault.close();
  });

  it('auto-lock after idle time calls onLock listeners with reason idle; touch postpones it', async () => {
    let now = 5_000_000; // the vault's clock: idle time is measured on it, so the test controls it
    const { vault } = await newVault({ now: () => now });
    const reasons: LockReason[] = [];
    const off = vault.onLock((r) => reasons.push(r));
    const settle = () => new Promise((r) => setTimeout(r, 1100)); // the idle check runs at least every second
    vault.setAutoLock(60_000);
    now += 40_000;
    vault.touch();
    now += 40_000; // 80 s since setAutoLock, but only 40 s since the last activity
    await settle();
    assert.ok(vault.isUnlocked(), 'activity postponed the lock');
    now += 30_000; // 70 s idle
    for (let i = 0; i < 20 && vault.isUnlocked(); i++) await settle();
    assert.equal(vault.isUnlocked(), false);
    assert.deepEqual(reasons, ['idle']);
    assert.equal(vault.getAutoLock(), 60_000);
    await vault.unlock(PASS);
    vault.setAutoLock(0);
    now += 10 * 60_000;
    await settle();
    assert.ok(vault.isUnlocked(), 'auto-lock 0 never locks');
    vault.lock('screen-lock');
    assert.deepEqual(reasons, ['idle', 'screen-lock']);
    off();
    await vault.unlock(PASS);
    vault.lock();
    assert.equal(reasons.length, 2, 'unsubscribed listener not called');
    vault.close();
  });
});
