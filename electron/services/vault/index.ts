// The encrypted vault: everything Prompt Vault keeps, in one local SQLite database
// (`<dir>/vault.db`, WAL) in which no user content is readable without the user's key.
//
// PUBLIC API (stable; the app core, the CLI, providers/audit code against it)
//
//   const vault = await Vault.open(dir, { osKeyProvider?, storeOriginals?, argon2?: { opsLimit, memLimit }, now? })
//   Vault.exists(dir) / vault.exists()
//   await vault.init(passphrase)                  -> { recoveryKey }   (shown once; vault is then unlocked)
//   await vault.unlock(passphrase)                 WrongPassphraseError (code WRONG_PASSPHRASE, .retryAfterMs)
//   await vault.unlockWithOsKey()                  OsKeyUnavailableError (code OS_KEY_UNAVAILABLE)
//   await vault.unlockWithRecoveryKey(key, newPassphrase) -> { recoveryKey }  (a NEW one: the old is used up)
//   vault.verifyRecoveryKey(key): boolean          (confirm the user wrote it down; works locked)
//   await vault.rotateRecoveryKey()               -> { recoveryKey }
//   vault.lock(reason?) / vault.isUnlocked() / vault.onLock(cb) -> unsubscribe
//   vault.touch() / vault.setAutoLock(ms) / vault.getAutoLock()   (0 = never)
//   await vault.changePassphrase(old, new)         (rewraps the vault key only)
//   await vault.enableOsKey() / disableOsKey() / vault.osKeyStatus() -> { available, backend, enabled, backendChanged? }
//   vault.status() -> { exists, unlocked, autoLockMs, osKey, retryAfterMs }; vault.retryAfterMs()
//   vault.createConversation({ title?, tags?, createdAt? }) -> ConversationSummary
//   vault.addMessage(conversationId, { role, original?, redacted, provider?, model?, placeholderMap?, incomplete?, createdAt? })
//     (or addMessage({ conversationId, ...msg })) -> MessageRecord
//   vault.updateMessage(messageId, patch) -> MessageRecord   (streamed answer saved when complete; incomplete flag)
//   vault.getConversation(id) -> Conversation (messages with corrupt: true when their ciphertext is damaged)
//   vault.listConversations() -> ConversationSummary[] (title, timestamps, tags, messageCount; newest first)
//   vault.renameConversation(id, title) / vault.setTags(id, tags)
//   vault.deleteConversations(ids) -> number / vault.purge() -> number (all conversations; secrets/settings stay)
//   vault.search(query, limit = 50) -> SearchResult[] { conversationId, messageId?, title, snippet, updatedAt?, score }
//   vault.isSearchReady() / vault.warmSearchIndex()  (the index is loaded from its encrypted copy at unlock;
//                                                  what that lacks is re-indexed in the background, and
//                                                  search completes that synchronously if needed)
//   vault.searchIndexStats() -> { ready, loaded, reindexed, pending, rejectedShards, fullRebuild, loadMs }
//   vault.getRetention() / vault.setRetention({mode:'forever'}|{mode:'days',days}|{mode:'off'}) -> deleted count
//   vault.applyRetention() -> deleted count      (also runs at unlock and hourly while unlocked)
//   vault.exportJson(ids?) / vault.exportMarkdown(ids?) -> string (the caller writes where the user chose)
//   vault.importJson(json) -> { imported, skipped, ids }  (VaultInputError on bad input; all or nothing)
//   vault.getSetting(name) / vault.setSetting(name, jsonValue | undefined)   (encrypted)
//   vault.setSecret(name, value) / getSecret(name) / deleteSecret(name) / listSecretNames()   (encrypted)
//   vault.deriveSubkey(context) -> Uint8Array(32)   (crypto_kdf from the vault key; "pv." contexts reserved)
//   vault.setStoreOriginals(bool) / getStoreOriginals()   (false: only redacted text, no placeholder map)
//   vault.close()                                  (locks, checkpoints the WAL, closes)
//
// Methods that need the key throw VaultLockedError (VAULT_LOCKED) while locked. Damage that a
// later query runs into (SQLITE_CORRUPT / SQLITE_NOTADB) surfaces as VaultCorruptError from any method. Key operations are
// async (Argon2id may move to a worker later); data operations are synchronous (better-sqlite3).
// Errors extend CodedError (shared/ipc/define.ts): VAULT_LOCKED, WRONG_PASSPHRASE, WRONG_RECOVERY_KEY,
// VAULT_CORRUPT, VAULT_VERSION, VAULT_EXISTS, VAULT_MISSING, OS_KEY_UNAVAILABLE, INVALID_INPUT, NOT_FOUND.
//
// DESIGN
// - Keys (libsodium-wrappers-sumo): a random 256-bit vault key, stored only wrapped (XChaCha20-
//   Poly1305) by (a) an Argon2id key from the passphrase (salt per wrap; limits stored with the wrap and
//   raised on unlock when the configured ones are stronger; default 3 passes / 64 MiB), (b) optionally a
//   random key sealed by the OS key store (basic_text refused), (c) a one-time recovery key (32 bytes +
//   4-byte checksum, Crockford base32 in dashed groups). Each conversation has its own random data key,
//   wrapped by the vault key. Content blobs: version || 24-byte nonce || ciphertext of padded plaintext
//   (256-byte blocks, so sizes are rounded up); AD = version, table, column, row id, conversation id.
// - Plain columns: ids, timestamps, message order and role, key metadata, the retention policy, the
//   auto-lock time and the failed-unlock counter (the growing delay survives restarts).
// - Wrong passphrase: 3 free attempts, then 1 s, 2 s, 4 s ... up to 5 min between attempts.
// - Search: normalised decrypted text held in memory (search.ts), dropped at lock. It is persisted
//   encrypted (search-store.ts): 64 shards by conversation id hash, each JSON + raw deflate sealed
//   with XChaCha20-Poly1305 under the subkey "pv.search-index", AD = purpose, format, shard/count.
//   Unlock loads the shards (10,000 conversations: tens of ms instead of ~1 s of decrypting every
//   message). Triggers (schema v2) list every written conversation in search_dirty in the same
//   transaction; those, conversations missing from the copy and those in a shard that fails to
//   authenticate are re-indexed from their messages (background, 200 per turn); a copy entry whose
//   row is gone is dropped. Changed shards are saved at most 1 s after a write, at lock, and at once
//   on deletion (before the scrub), so deleted text leaves the stored index with the rows.
//   Ephemeral (retention "off") conversations are never written. temp_store=MEMORY: no temp files.
// - Deletion: rows (and with them the wrapped data key) deleted under secure_delete=ON, WAL checkpointed
//   with TRUNCATE, VACUUM after purge, retention "off" and when over 25% of pages are free.
// - Retention "off": conversations live only in memory for the unlocked session; nothing is written.
// - Schema: PRAGMA user_version + numbered migrations (schema.ts); application_id 'PVLT'. A newer version
//   fails with VaultVersionError; a foreign or truncated file with VaultCorruptError, before any write.
export { Vault, DB_FILE, unlockDelayMs } from './vault';
export {
  VaultLockedError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
  VaultCorruptError,
  VaultVersionError,
  VaultExistsError,
  VaultMissingError,
  OsKeyUnavailableError,
  VaultInputError,
  VaultNotFoundError,
} from './errors';
export { DEFAULT_ARGON2, formatRecoveryKey, parseRecoveryKey, type Argon2Limits } from './crypto';
export { SCHEMA_VERSION } from './schema';
export { SEARCH_FORMAT, SEARCH_SHARDS } from './search-store';
export { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
export type { OsKeyProvider } from './os-key';
export type * from './types';
