// The encrypted vault: one SQLite database (better-sqlite3, WAL) per data directory.
// See index.ts for the public API and the design notes.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_ARGON2,
  DecryptError,
  KEY_BYTES,
  ad,
  deriveFromPassphrase,
  deriveSubkey,
  formatRecoveryKey,
  loadSodium,
  nameId,
  newKey,
  newRecoveryKeyBytes,
  openBytes,
  openJson,
  parseRecoveryKey,
  randomBytes,
  recoveryKek,
  sealBytes,
  sealJson,
  unwrapKey,
  utf8,
  validateArgon2,
  wrapKey,
  zero,
  type Argon2Limits,
} from './crypto';
import {
  OsKeyUnavailableError,
  VaultCorruptError,
  VaultExistsError,
  VaultInputError,
  VaultLockedError,
  VaultMissingError,
  VaultNotFoundError,
  VaultVersionError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from './errors';
import { parseExportJson, toExportJson, toMarkdown } from './export-format';
import type { OsKeyProvider } from './os-key';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './schema';
import { SearchIndex } from './search';
import {
  SEARCH_KEY_CONTEXT,
  SEARCH_SHARDS,
  openShard,
  sealShard,
  shardOf,
  type StoredConversation,
} from './search-store';
import type {
  Conversation,
  ConversationSummary,
  LockReason,
  MessagePatch,
  MessageRecord,
  NewConversation,
  NewMessage,
  OsKeyStatus,
  Retention,
  Role,
  SearchIndexStats,
  SearchResult,
  VaultOptions,
  VaultStatus,
} from './types';

export const DB_FILE = 'vault.db';
const DAY_MS = 86_400_000;
const RETENTION_TIMER_MS = 60 * 60 * 1000;
const IDLE_POLL_MS = 1000;
/** Conversations indexed per event-loop turn by the background search index build. */
const INDEX_BATCH = 200;
/** Changed index shards are saved at most this long after a write (and at lock, and at once on delete). */
const INDEX_SAVE_DELAY_MS = 1000;
const MIN_PASSPHRASE = 8;
const MAX_TITLE = 200;
const DEFAULT_TITLE_CHARS = 80;
/** Free pages above this share of the file trigger VACUUM after a deletion. */
const VACUUM_FREE_RATIO = 0.25;

/** Delay before the next passphrase attempt after `failures` consecutive wrong ones. */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(1000 * 2 ** (failures - 3), 5 * 60 * 1000);
}

interface ConvRow {
  id: string;
  created_at: number;
  updated_at: number;
  data_key: Uint8Array;
  title: Uint8Array;
  tags: Uint8Array;
}

interface MsgRow {
  id: string;
  conversation_id: string;
  seq: number;
  role: Role;
  created_at: number;
  content: Uint8Array;
}

interface WrapRow {
  kind: string;
  wrapped: Uint8Array;
  salt: Uint8Array | null;
  ops_limit: number | null;
  mem_limit: number | null;
  algorithm: string | null;
  backend: string | null;
  created_at: number;
}

/** The encrypted part of a message row. */
interface MsgContent {
  original?: string;
  redacted: string;
  provider?: string;
  model?: string;
  placeholderMap?: MessageRecord['placeholderMap'];
  incomplete?: boolean;
}

/** A conversation kept only in memory (retention "off": history is not kept). */
interface Ephemeral {
  summary: ConversationSummary;
  messages: MessageRecord[];
}

const WRAP_AD = (kind: string) => ad('key_wraps', 'wrapped', kind, 'vault');
const KEY_CHECK_AD = ad('meta', 'key_check', 'vault');
const KEY_CHECK_PLAIN = 'prompt-vault key check';

function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Inspect the file header before SQLite opens (and possibly writes) anything. */
function checkHeader(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new VaultCorruptError(`The vault file ${file} cannot be read: ${(e as Error).message}`);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(100);
    const n = fs.readSync(fd, head, 0, 100, 0);
    if (n >= 1 && !'SQLite format 3\0'.startsWith(head.subarray(0, Math.min(n, 16)).toString('latin1'))) {
      throw new VaultCorruptError(`${file} is not a Prompt Vault database (not SQLite). Nothing was changed.`);
    }
    if (n < 100) {
      throw new VaultCorruptError(
        `${file} is ${size === 0 ? 'empty' : 'truncated'} (${size} bytes): it is not a usable Prompt Vault database. Nothing was changed.`,
      );
    }
    if (head.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') {
      throw new VaultCorruptError(`${file} is not a Prompt Vault database (not SQLite). Nothing was changed.`);
    }
    if (head.readUInt32BE(68) !== APPLICATION_ID) {
      throw new VaultCorruptError(
        `${file} is an SQLite database of another application, not a Prompt Vault. Nothing was changed.`,
      );
    }
    const rawPage = head.readUInt16BE(16);
    const pageSize = rawPage === 1 ? 65536 : rawPage;
    const pages = head.readUInt32BE(28);
    const headerValid = head.readUInt32BE(24) === head.readUInt32BE(92);
    if (headerValid && pages > 0 && size < pages * pageSize) {
      throw new VaultCorruptError(
        `${file} is truncated (${size} bytes, header says ${pages * pageSize}). Restore it from a backup; nothing was changed.`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

export class Vault {
  readonly dir: string;
  readonly file: string;
  private db: Database.Database | null = null;
  private readonly osKeyProvider: OsKeyProvider | undefined;
  private storeOriginals: boolean;
  private readonly argon2: Argon2Limits;
  private readonly now: () => number;

  private vaultKey: Uint8Array | null = null;
  /** Subkey for settings, secrets and their name ids. */
  private itemKey: Uint8Array | null = null;
  private readonly dataKeys = new Map<string, Uint8Array>();
  private index: SearchIndex | null = null;
  /** Key of the persisted search index (subkey of the vault key). */
  private searchKey: Uint8Array | null = null;
  /** Stored conversations still to (re)index from their messages: queue, position, membership. */
  private pending: string[] = [];
  private pendingPos = 0;
  private readonly pendingSet = new Set<string>();
  private indexTimer: NodeJS.Timeout | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  /** Index shards to rewrite at the next save, besides those of the conversations in search_dirty. */
  private readonly dirtyShards = new Set<number>();
  private searchStats: Omit<SearchIndexStats, 'ready' | 'pending'> = {
    loaded: 0,
    reindexed: 0,
    rejectedShards: 0,
    fullRebuild: false,
    loadMs: 0,
  };
  private readonly ephemeral = new Map<string, Ephemeral>();

  private autoLockMs = 0;
  private lastActivity = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private retentionTimer: NodeJS.Timeout | null = null;
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private closed = false;

  private constructor(dir: string, opts: VaultOptions) {
    this.dir = path.resolve(dir);
    this.file = path.join(this.dir, DB_FILE);
    this.osKeyProvider = opts.osKeyProvider;
    this.storeOriginals = opts.storeOriginals ?? true;
    this.argon2 = validateArgon2(opts.argon2 ?? DEFAULT_ARGON2);
    this.now = opts.now ?? Date.now;
  }

  /** True when `dir` holds a vault database. */
  static exists(dir: string): boolean {
    return fs.existsSync(path.join(path.resolve(dir), DB_FILE));
  }

  /**
   * Open the vault in `dir` (locked). A missing vault is fine (call `init`); a corrupt or foreign
   * file throws VaultCorruptError, a newer schema VaultVersionError, and nothing is written.
   */
  static async open(dir: string, opts: VaultOptions = {}): Promise<Vault> {
    await loadSodium();
    const v = new Vault(dir, opts);
    if (fs.existsSync(v.file)) v.openDb();
    return v;
  }

  private openDb(): void {
    checkHeader(this.file);
    let db: Database.Database;
    try {
      db = new Database(this.file, { fileMustExist: true });
    } catch (e) {
      throw new VaultCorruptError(`The vault file cannot be opened: ${(e as Error).message}`);
    }
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw new VaultVersionError(version, SCHEMA_VERSION);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('secure_delete = ON');
      db.pragma('foreign_keys = ON');
      db.pragma('temp_store = MEMORY');
      db.pragma('trusted_schema = OFF');
      db.pragma('journal_size_limit = 0');
      if (version < SCHEMA_VERSION) migrate(db, version);
      const tables = new Set(
        (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
          (r) => r.name,
        ),
      );
      for (const t of [
        'meta',
        'key_wraps',
        'conversations',
        'messages',
        'settings',
        'secrets',
        'search_index',
        'search_dirty',
      ]) {
        if (!tables.has(t)) throw new VaultCorruptError(`The vault database is damaged (table ${t} is missing).`);
      }
      const pass = db.prepare(`SELECT 1 FROM key_wraps WHERE kind = 'passphrase'`).get();
      if (!pass) throw new VaultCorruptError('The vault database is damaged (no passphrase key wrap).');
    } catch (e) {
      db.close();
      if (e instanceof VaultVersionError || e instanceof VaultCorruptError) throw e;
      if (isSqliteCorruption(e)) throw new VaultCorruptError(`The vault database is damaged: ${(e as Error).message}`);
      throw e;
    }
    this.db = db;
    this.autoLockMs = Number(this.getMeta('auto_lock_ms') ?? 0);
  }

  // -------------------------------------------------------------------------------------------
  // Small helpers
  // -------------------------------------------------------------------------------------------

  private requireDb(): Database.Database {
    if (this.closed) throw new VaultLockedError('The vault is closed.');
    if (!this.db) throw new VaultMissingError(this.dir);
    return this.db;
  }

  private requireKey(): Uint8Array {
    this.requireDb();
    if (!this.vaultKey) throw new VaultLockedError();
    this.touch();
    return this.vaultKey;
  }

  private getMeta(key: string): string | undefined {
    const row = this.requireDb().prepare(`SELECT value FROM meta WHERE key = ?`).get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  private setMeta(key: string, value: string | undefined): void {
    const db = this.requireDb();
    if (value === undefined) db.prepare(`DELETE FROM meta WHERE key = ?`).run(key);
    else
      db.prepare(
        `INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(key, value);
  }

  private getWrap(kind: string): WrapRow | undefined {
    return this.requireDb().prepare(`SELECT * FROM key_wraps WHERE kind = ?`).get(kind) as WrapRow | undefined;
  }

  private putWrap(db: Database.Database, row: Omit<WrapRow, 'created_at'>): void {
    db.prepare(
      `INSERT INTO key_wraps(kind, wrapped, salt, ops_limit, mem_limit, algorithm, backend, created_at)
       VALUES (@kind, @wrapped, @salt, @ops_limit, @mem_limit, @algorithm, @backend, @created_at)
       ON CONFLICT(kind) DO UPDATE SET wrapped = excluded.wrapped, salt = excluded.salt,
         ops_limit = excluded.ops_limit, mem_limit = excluded.mem_limit, algorithm = excluded.algorithm,
         backend = excluded.backend, created_at = excluded.created_at`,
    ).run({ ...row, created_at: this.now() });
  }

  private passphraseWrap(vaultKey: Uint8Array, passphrase: string): Omit<WrapRow, 'created_at'> {
    const salt = randomBytes(16);
    const kek = deriveFromPassphrase(passphrase, salt, this.argon2);
    try {
      return {
        kind: 'passphrase',
        wrapped: wrapKey(kek, vaultKey, WRAP_AD('passphrase')),
        salt,
        ops_limit: this.argon2.opsLimit,
        mem_limit: this.argon2.memLimit,
        algorithm: 'argon2id13',
        backend: null,
      };
    } finally {
      zero(kek);
    }
  }

  private recoveryWrap(vaultKey: Uint8Array): { row: Omit<WrapRow, 'created_at'>; printable: string } {
    const rec = newRecoveryKeyBytes();
    const kek = recoveryKek(rec);
    try {
      return {
        row: {
          kind: 'recovery',
          wrapped: wrapKey(kek, vaultKey, WRAP_AD('recovery')),
          salt: null,
          ops_limit: null,
          mem_limit: null,
          algorithm: 'blake2b',
          backend: null,
        },
        printable: formatRecoveryKey(rec),
      };
    } finally {
      zero(kek);
      zero(rec);
    }
  }

  private checkNewPassphrase(p: string): void {
    if (typeof p !== 'string' || [...p].length < MIN_PASSPHRASE) {
      throw new VaultInputError(`Use a passphrase of at least ${MIN_PASSPHRASE} characters.`);
    }
    if (p.length > 1024) throw new VaultInputError('The passphrase is too long (1024 characters at most).');
  }

  // -------------------------------------------------------------------------------------------
  // Setup, unlock, lock
  // -------------------------------------------------------------------------------------------

  /** Whether this directory holds a vault. */
  exists(): boolean {
    return this.db !== null || fs.existsSync(this.file);
  }

  /**
   * Create the vault: random vault key wrapped by the passphrase (Argon2id) and by a new recovery
   * key, which is returned once (printable, with checksum). The vault is unlocked afterwards.
   * The database is built under a temporary name and renamed, so a crash leaves no half vault.
   */
  async init(passphrase: string): Promise<{ recoveryKey: string }> {
    if (this.closed) throw new VaultLockedError('The vault is closed.');
    if (this.db || fs.existsSync(this.file)) throw new VaultExistsError(this.dir);
    this.checkNewPassphrase(passphrase);
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = path.join(this.dir, `.${DB_FILE}.init-${randomUUID()}`);
    const vaultKey = newKey();
    let recoveryKey: string;
    try {
      const db = new Database(tmp);
      try {
        fs.chmodSync(tmp, 0o600);
        db.pragma('journal_mode = DELETE');
        db.pragma('secure_delete = ON');
        db.pragma(`application_id = ${APPLICATION_ID}`);
        migrate(db, 0);
        const pass = this.passphraseWrap(vaultKey, passphrase);
        const rec = this.recoveryWrap(vaultKey);
        recoveryKey = rec.printable;
        db.transaction(() => {
          this.putWrap(db, pass);
          this.putWrap(db, rec.row);
          const check = sealBytes(vaultKey, utf8(KEY_CHECK_PLAIN), KEY_CHECK_AD);
          const ins = db.prepare(`INSERT INTO meta(key, value) VALUES (?, ?)`);
          ins.run('key_check', Buffer.from(check).toString('base64'));
          ins.run('created_at', String(this.now()));
          ins.run('retention', JSON.stringify({ mode: 'forever' }));
          ins.run('recovery_created_at', String(this.now()));
        })();
      } finally {
        db.close();
      }
      if (fs.existsSync(this.file)) throw new VaultExistsError(this.dir);
      fs.renameSync(tmp, this.file);
    } catch (e) {
      zero(vaultKey);
      fs.rmSync(tmp, { force: true });
      fs.rmSync(`${tmp}-journal`, { force: true });
      throw e;
    }
    this.openDb();
    this.becomeUnlocked(vaultKey);
    return { recoveryKey };
  }

  /** Ms before the next passphrase attempt is accepted (0 = now). */
  retryAfterMs(): number {
    if (!this.db) return 0;
    const failures = Number(this.getMeta('failed_unlocks') ?? 0);
    const last = Number(this.getMeta('last_failed_at') ?? 0);
    return Math.max(0, unlockDelayMs(failures) - (this.now() - last));
  }

  /** Unwrap the vault key with the passphrase; counts failures and enforces the growing delay. */
  private unwrapWithPassphrase(passphrase: string): Uint8Array {
    const wait = this.retryAfterMs();
    if (wait > 0) throw new WrongPassphraseError(wait, true);
    const row = this.getWrap('passphrase');
    if (!row || !row.salt || !row.ops_limit || !row.mem_limit) {
      throw new VaultCorruptError('The vault database is damaged (passphrase key wrap).');
    }
    const kek = deriveFromPassphrase(String(passphrase), row.salt, {
      opsLimit: row.ops_limit,
      memLimit: row.mem_limit,
    });
    try {
      const key = unwrapKey(kek, row.wrapped, WRAP_AD('passphrase'));
      if (this.getMeta('failed_unlocks')) {
        this.setMeta('failed_unlocks', undefined);
        this.setMeta('last_failed_at', undefined);
      }
      return key;
    } catch (e) {
      if (!(e instanceof DecryptError)) throw e;
      const failures = Number(this.getMeta('failed_unlocks') ?? 0) + 1;
      this.requireDb().transaction(() => {
        this.setMeta('failed_unlocks', String(failures));
        this.setMeta('last_failed_at', String(this.now()));
      })();
      throw new WrongPassphraseError(unlockDelayMs(failures));
    } finally {
      zero(kek);
    }
  }

  async unlock(passphrase: string): Promise<void> {
    this.requireDb();
    const key = this.unwrapWithPassphrase(passphrase);
    // Limits are stored with the wrap so they can be raised: rewrap when today's are stronger.
    const row = this.getWrap('passphrase')!;
    if ((row.ops_limit ?? 0) < this.argon2.opsLimit || (row.mem_limit ?? 0) < this.argon2.memLimit) {
      this.putWrap(this.requireDb(), this.passphraseWrap(key, passphrase));
    }
    this.becomeUnlocked(key);
  }

  /** Unlock with the OS-protected key (OS_KEY_UNAVAILABLE when not enabled or the backend can't). */
  async unlockWithOsKey(): Promise<void> {
    this.requireDb();
    const row = this.getWrap('os');
    if (!row || !row.salt)
      throw new OsKeyUnavailableError('Unlocking with the OS key store is not enabled for this vault.');
    const p = this.requireOsProvider();
    if (row.backend && row.backend !== p.backend) {
      throw new OsKeyUnavailableError(
        `The vault key was protected by the "${row.backend}" key store, but this system now uses "${p.backend}". Unlock with your passphrase; your data is intact.`,
      );
    }
    let kek: Uint8Array;
    try {
      kek = Uint8Array.from(p.decrypt(row.salt));
    } catch (e) {
      throw new OsKeyUnavailableError(
        `The OS key store could not unlock the vault: ${(e as Error).message}. Use your passphrase.`,
      );
    }
    try {
      if (kek.length !== KEY_BYTES) throw new DecryptError();
      const key = unwrapKey(kek, row.wrapped, WRAP_AD('os'));
      this.verifyKey(key);
      this.becomeUnlocked(key);
    } catch (e) {
      if (e instanceof DecryptError) {
        throw new OsKeyUnavailableError(
          'The OS key store returned a key that does not open this vault. Use your passphrase.',
        );
      }
      throw e;
    } finally {
      zero(kek);
    }
  }

  private requireOsProvider(): OsKeyProvider {
    const p = this.osKeyProvider;
    if (!p) throw new OsKeyUnavailableError('No OS key store is available here.');
    if (p.backend === 'basic_text') {
      throw new OsKeyUnavailableError(
        'The OS key store uses the insecure "basic_text" backend; it is not used for the vault.',
      );
    }
    if (!p.isAvailable()) throw new OsKeyUnavailableError(`The OS key store ("${p.backend}") is not available.`);
    return p;
  }

  private verifyKey(key: Uint8Array): void {
    const check = this.getMeta('key_check');
    if (!check) throw new VaultCorruptError('The vault database is damaged (key check missing).');
    openBytes(key, Buffer.from(check, 'base64'), KEY_CHECK_AD);
  }

  /** Whether `recoveryKey` opens this vault (e.g. to confirm the user wrote it down). Works locked. */
  verifyRecoveryKey(recoveryKey: string): boolean {
    this.requireDb();
    const parsed = parseRecoveryKey(String(recoveryKey));
    if (!parsed.ok) return false;
    try {
      zero(this.unwrapRecovery(parsed.key));
      return true;
    } catch {
      return false;
    } finally {
      zero(parsed.key);
    }
  }

  private unwrapRecovery(rec: Uint8Array): Uint8Array {
    const row = this.getWrap('recovery');
    if (!row) throw new WrongRecoveryKeyError('This vault has no recovery key.');
    const kek = recoveryKek(rec);
    try {
      return unwrapKey(kek, row.wrapped, WRAP_AD('recovery'));
    } catch (e) {
      if (e instanceof DecryptError) throw new WrongRecoveryKeyError();
      throw e;
    } finally {
      zero(kek);
    }
  }

  /**
   * Forgotten passphrase: the recovery key unlocks, `newPassphrase` replaces the old one, and a new
   * recovery key replaces the used one (returned; show it once).
   */
  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<{ recoveryKey: string }> {
    const db = this.requireDb();
    const parsed = parseRecoveryKey(String(recoveryKey));
    if (!parsed.ok) throw new WrongRecoveryKeyError(parsed.reason);
    this.checkNewPassphrase(newPassphrase);
    let key: Uint8Array;
    try {
      key = this.unwrapRecovery(parsed.key);
    } finally {
      zero(parsed.key);
    }
    const pass = this.passphraseWrap(key, newPassphrase);
    const rec = this.recoveryWrap(key);
    db.transaction(() => {
      this.putWrap(db, pass);
      this.putWrap(db, rec.row);
      this.setMeta('failed_unlocks', undefined);
      this.setMeta('last_failed_at', undefined);
      this.setMeta('recovery_created_at', String(this.now()));
    })();
    this.becomeUnlocked(key);
    return { recoveryKey: rec.printable };
  }

  /** Replace the recovery key (unlocked); the old one stops working. Returns the new one. */
  async rotateRecoveryKey(): Promise<{ recoveryKey: string }> {
    const key = this.requireKey();
    const rec = this.recoveryWrap(key);
    this.putWrap(this.requireDb(), rec.row);
    this.setMeta('recovery_created_at', String(this.now()));
    return { recoveryKey: rec.printable };
  }

  /** Rewrap the vault key under a new passphrase (data is not re-encrypted). */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const db = this.requireDb();
    this.checkNewPassphrase(newPassphrase);
    const key = this.unwrapWithPassphrase(oldPassphrase);
    try {
      this.putWrap(db, this.passphraseWrap(key, newPassphrase));
    } finally {
      zero(key);
    }
    this.checkpoint();
  }

  private becomeUnlocked(key: Uint8Array): void {
    if (this.vaultKey && this.vaultKey !== key) this.wipeKeys();
    this.vaultKey = key;
    this.itemKey = deriveSubkey(key, 'pv.items');
    this.searchKey = deriveSubkey(key, SEARCH_KEY_CONTEXT);
    this.lastActivity = this.now();
    // The persisted index first, so retention's deletions also leave it.
    try {
      this.loadIndex();
    } catch {
      this.index = null; // loaded again by the next search, which reports the error
    }
    this.applyRetention();
    this.startBackgroundIndex();
    this.scheduleIdle();
    this.retentionTimer ??= setInterval(() => {
      try {
        if (this.vaultKey) this.applyRetention();
      } catch {
        // Reported on the next explicit call; a timer must not crash the app.
      }
    }, RETENTION_TIMER_MS);
    this.retentionTimer.unref();
  }

  private wipeKeys(): void {
    zero(this.vaultKey);
    zero(this.itemKey);
    zero(this.searchKey);
    for (const k of this.dataKeys.values()) zero(k);
    this.dataKeys.clear();
    this.vaultKey = null;
    this.itemKey = null;
    this.searchKey = null;
  }

  isUnlocked(): boolean {
    return this.vaultKey !== null;
  }

  /** Zero every key this object holds, drop the in-memory index and unsaved history. */
  lock(reason: LockReason = 'user'): void {
    const was = this.vaultKey !== null;
    if (was && this.db && this.index) {
      try {
        this.saveIndex(); // so the next unlock loads it instead of rebuilding
      } catch {
        // search_dirty still lists what changed: the next unlock re-indexes it. Locking must not fail.
      }
    }
    this.wipeKeys();
    this.index?.clear();
    this.index = null;
    this.clearPending();
    this.dirtyShards.clear();
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.ephemeral.clear();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    this.idleTimer = null;
    this.retentionTimer = null;
    if (was) {
      for (const cb of [...this.lockListeners]) {
        try {
          cb(reason);
        } catch {
          // A listener's failure must not keep the vault open.
        }
      }
    }
  }

  /** Called with the reason whenever the vault locks. Returns an unsubscribe function. */
  onLock(cb: (reason: LockReason) => void): () => void {
    this.lockListeners.add(cb);
    return () => this.lockListeners.delete(cb);
  }

  /** User activity: restarts the idle timer. */
  touch(): void {
    this.lastActivity = this.now();
  }

  /** Lock after `ms` without activity (0 = never). Persisted in the vault. */
  setAutoLock(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new VaultInputError('Auto-lock time must be a non-negative number.');
    this.autoLockMs = Math.floor(ms);
    if (this.db) this.setMeta('auto_lock_ms', String(this.autoLockMs));
    this.touch();
    this.scheduleIdle();
  }

  getAutoLock(): number {
    return this.autoLockMs;
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.vaultKey || this.autoLockMs <= 0) return;
    const due = this.lastActivity + this.autoLockMs - this.now();
    this.idleTimer = setTimeout(
      () => {
        this.idleTimer = null;
        if (!this.vaultKey) return;
        if (this.now() - this.lastActivity >= this.autoLockMs) this.lock('idle');
        else this.scheduleIdle();
      },
      // Re-check at least every second: timers drift (and stop during suspend); the clock decides.
      Math.min(Math.max(10, due), IDLE_POLL_MS),
    );
    this.idleTimer.unref();
  }

  /** Also wrap the vault key with the OS key store (refuses basic_text). */
  async enableOsKey(): Promise<void> {
    const key = this.requireKey();
    const p = this.requireOsProvider();
    const kek = newKey();
    try {
      const sealedKek = p.encrypt(kek);
      this.putWrap(this.requireDb(), {
        kind: 'os',
        wrapped: wrapKey(kek, key, WRAP_AD('os')),
        salt: Uint8Array.from(sealedKek),
        ops_limit: null,
        mem_limit: null,
        algorithm: 'os',
        backend: p.backend,
      });
    } finally {
      zero(kek);
    }
  }

  async disableOsKey(): Promise<void> {
    this.requireDb().prepare(`DELETE FROM key_wraps WHERE kind = 'os'`).run();
    this.checkpoint();
  }

  osKeyStatus(): OsKeyStatus {
    const p = this.osKeyProvider;
    const backend = p?.backend ?? 'unknown';
    let available: boolean;
    try {
      available = !!p && p.backend !== 'basic_text' && p.isAvailable();
    } catch {
      available = false;
    }
    const row = this.db ? this.getWrap('os') : undefined;
    return {
      available,
      backend,
      enabled: !!row,
      ...(row?.backend && row.backend !== backend
        ? { backendChanged: { previous: row.backend, current: backend } }
        : {}),
    };
  }

  status(): VaultStatus {
    return {
      exists: this.exists(),
      unlocked: this.isUnlocked(),
      autoLockMs: this.autoLockMs,
      osKey: this.osKeyStatus(),
      retryAfterMs: this.retryAfterMs(),
    };
  }

  /** A 32-byte key for `context` that only an unlocked vault yields (e.g. the audit MAC key). */
  deriveSubkey(context: string): Uint8Array {
    const key = this.requireKey();
    if (typeof context !== 'string' || !context) throw new VaultInputError('A subkey context is required.');
    if (context.startsWith('pv.')) throw new VaultInputError('Subkey contexts starting with "pv." are reserved.');
    return deriveSubkey(key, context);
  }

  /** Keep (true) or drop (false) originals and placeholder maps in what is written from now on. */
  setStoreOriginals(store: boolean): void {
    this.storeOriginals = store;
  }

  getStoreOriginals(): boolean {
    return this.storeOriginals;
  }

  /** Flush (WAL checkpoint) and close the database; the vault locks. */
  close(): void {
    if (this.closed) return;
    this.lock('shutdown');
    if (this.db) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        this.db.close();
        this.db = null;
      }
    }
    this.closed = true;
  }

  // -------------------------------------------------------------------------------------------
  // Conversations
  // -------------------------------------------------------------------------------------------

  private historyOff(): boolean {
    return this.getRetention().mode === 'off';
  }

  private dataKey(convId: string, wrapped?: Uint8Array): Uint8Array {
    const cached = this.dataKeys.get(convId);
    if (cached) return cached;
    const vk = this.vaultKey;
    if (!vk) throw new VaultLockedError();
    let blob = wrapped;
    if (!blob) {
      const row = this.requireDb().prepare(`SELECT data_key FROM conversations WHERE id = ?`).get(convId) as
        { data_key: Uint8Array } | undefined;
      if (!row) throw new VaultNotFoundError(`Conversation ${convId}`);
      blob = row.data_key;
    }
    const key = unwrapKey(vk, blob, ad('conversations', 'data_key', convId, convId));
    this.dataKeys.set(convId, key);
    return key;
  }

  private cleanTags(tags: unknown): string[] {
    if (!Array.isArray(tags)) throw new VaultInputError('Tags must be a list of strings.');
    const out: string[] = [];
    for (const t of tags) {
      if (typeof t !== 'string') throw new VaultInputError('Tags must be a list of strings.');
      const s = t.trim().replace(/\s+/g, ' ');
      if (!s) continue;
      if (s.length > 100) throw new VaultInputError('A tag has at most 100 characters.');
      if (!out.includes(s)) out.push(s);
    }
    if (out.length > 100) throw new VaultInputError('A conversation has at most 100 tags.');
    return out;
  }

  private cleanTitle(title: unknown, allowEmpty: boolean): string {
    if (typeof title !== 'string') throw new VaultInputError('The title must be text.');
    const s = title.replace(/\s+/g, ' ').trim();
    if (!s && !allowEmpty) throw new VaultInputError('The title cannot be empty.');
    if (s.length > MAX_TITLE) throw new VaultInputError(`The title has at most ${MAX_TITLE} characters.`);
    return s;
  }

  /** Create a conversation (kept only in memory when history is off). */
  createConversation(input: NewConversation = {}): ConversationSummary {
    const vk = this.requireKey();
    const id = randomUUID();
    const now = input.createdAt ?? this.now();
    const title = this.cleanTitle(input.title ?? '', true);
    const tags = this.cleanTags(input.tags ?? []);
    const summary: ConversationSummary = { id, title, createdAt: now, updatedAt: now, messageCount: 0, tags };
    if (this.historyOff()) {
      this.ephemeral.set(id, { summary, messages: [] });
    } else {
      this.insertConversation(vk, summary);
      this.scheduleIndexSave();
    }
    this.index?.setConversation(id, title, tags, now);
    return { ...summary, tags: [...tags] };
  }

  private insertConversation(vk: Uint8Array, c: ConversationSummary): void {
    const dek = newKey();
    this.requireDb()
      .prepare(`INSERT INTO conversations(id, created_at, updated_at, data_key, title, tags) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(
        c.id,
        c.createdAt,
        c.updatedAt,
        wrapKey(vk, dek, ad('conversations', 'data_key', c.id, c.id)),
        sealJson(dek, c.title, ad('conversations', 'title', c.id, c.id)),
        sealJson(dek, c.tags, ad('conversations', 'tags', c.id, c.id)),
      );
    this.dataKeys.set(c.id, dek);
  }

  private cleanMessage(m: NewMessage | MessagePatch, partial: boolean): MsgContent & { role?: Role } {
    const out: MsgContent & { role?: Role } = { redacted: '' };
    const str = (v: unknown, name: string, max = 50_000_000): string | undefined => {
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') throw new VaultInputError(`${name} must be text.`);
      if (v.length > max) throw new VaultInputError(`${name} is too long.`);
      return v;
    };
    if (!partial) {
      const role = (m as NewMessage).role;
      if (role !== 'user' && role !== 'assistant')
        throw new VaultInputError('A message role is "user" or "assistant".');
      out.role = role;
      if (typeof m.redacted !== 'string') throw new VaultInputError('A message needs its redacted text.');
    }
    const redacted = str(m.redacted, 'redacted');
    if (redacted !== undefined) out.redacted = redacted;
    const original = str(m.original, 'original');
    if (original !== undefined) out.original = original;
    const provider = str(m.provider, 'provider', 200);
    if (provider) out.provider = provider;
    const model = str(m.model, 'model', 200);
    if (model) out.model = model;
    if (m.placeholderMap !== undefined && m.placeholderMap !== null) {
      if (typeof m.placeholderMap !== 'object' || Array.isArray(m.placeholderMap)) {
        throw new VaultInputError('placeholderMap must be an object.');
      }
      out.placeholderMap = m.placeholderMap;
    }
    if (m.incomplete) out.incomplete = true;
    if (!this.storeOriginals) {
      delete out.original;
      delete out.placeholderMap;
    }
    return out;
  }

  /**
   * Add a message. `addMessage(conversationId, msg)` or `addMessage({ conversationId, ...msg })`.
   * When originals are forbidden only the redacted text is kept (no original, no placeholder map).
   */
  addMessage(conversationId: string, msg: NewMessage): MessageRecord;
  addMessage(msg: NewMessage & { conversationId: string }): MessageRecord;
  addMessage(a: string | (NewMessage & { conversationId: string }), b?: NewMessage): MessageRecord {
    this.requireKey();
    const conversationId = typeof a === 'string' ? a : a.conversationId;
    const msg = typeof a === 'string' ? b : a;
    if (!msg || typeof conversationId !== 'string')
      throw new VaultInputError('addMessage needs a conversation id and a message.');
    const clean = this.cleanMessage(msg, false);
    const role = clean.role!;
    delete clean.role;
    const createdAt = msg.createdAt ?? this.now();
    const id = randomUUID();
    const record: MessageRecord = { id, conversationId, role, createdAt, ...clean };
    const autoTitle = (clean.original ?? clean.redacted).replace(/\s+/g, ' ').trim().slice(0, DEFAULT_TITLE_CHARS);

    const eph = this.ephemeral.get(conversationId);
    if (eph) {
      eph.messages.push(record);
      eph.summary.messageCount++;
      eph.summary.updatedAt = Math.max(eph.summary.updatedAt, createdAt);
      if (!eph.summary.title && role === 'user' && autoTitle) eph.summary.title = autoTitle;
      this.index?.setConversation(conversationId, eph.summary.title, eph.summary.tags, eph.summary.updatedAt);
      this.indexMessage(record);
      return { ...record };
    }
    const db = this.requireDb();
    const conv = db.prepare(`SELECT * FROM conversations WHERE id = ?`).get(conversationId) as ConvRow | undefined;
    if (!conv) throw new VaultNotFoundError(`Conversation ${conversationId}`);
    const dek = this.dataKey(conversationId, conv.data_key);
    let newTitle: string | undefined;
    if (role === 'user' && autoTitle) {
      const current = this.tryOpen<string>(
        dek,
        conv.title,
        ad('conversations', 'title', conversationId, conversationId),
      );
      if (current === '') newTitle = autoTitle;
    }
    db.transaction(() => {
      const seq = (
        db
          .prepare(`SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM messages WHERE conversation_id = ?`)
          .get(conversationId) as { s: number }
      ).s;
      db.prepare(
        `INSERT INTO messages(id, conversation_id, seq, role, created_at, content) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        conversationId,
        seq,
        role,
        createdAt,
        sealJson(dek, clean, ad('messages', 'content', id, conversationId)),
      );
      db.prepare(`UPDATE conversations SET updated_at = MAX(updated_at, ?) WHERE id = ?`).run(
        createdAt,
        conversationId,
      );
      if (newTitle !== undefined) {
        db.prepare(`UPDATE conversations SET title = ? WHERE id = ?`).run(
          sealJson(dek, newTitle, ad('conversations', 'title', conversationId, conversationId)),
          conversationId,
        );
      }
    })();
    if (this.index) {
      if (newTitle !== undefined) {
        const tags =
          this.tryOpen<string[]>(dek, conv.tags, ad('conversations', 'tags', conversationId, conversationId)) ?? [];
        this.index.setConversation(conversationId, newTitle, tags, Math.max(conv.updated_at, createdAt));
      } else this.index.touchConversation(conversationId, Math.max(conv.updated_at, createdAt));
      this.indexMessage(record);
    }
    this.scheduleIndexSave();
    return { ...record };
  }

  private tryOpen<T>(key: Uint8Array, blob: Uint8Array, adata: Uint8Array): T | undefined {
    try {
      return openJson<T>(key, blob, adata);
    } catch (e) {
      if (e instanceof DecryptError) return undefined;
      throw e;
    }
  }

  private indexMessage(m: MessageRecord): void {
    if (!this.index || m.corrupt) return;
    this.index.setMessage(m.conversationId, m.id, m.original ?? m.redacted);
  }

  /** Update a message (e.g. a streamed answer saved when complete; `incomplete: false` clears the flag). */
  updateMessage(messageId: string, patch: MessagePatch): MessageRecord {
    this.requireKey();
    for (const eph of this.ephemeral.values()) {
      const i = eph.messages.findIndex((m) => m.id === messageId);
      if (i >= 0) {
        const merged = this.mergeMessage(eph.messages[i]!, patch);
        eph.messages[i] = merged;
        this.indexMessage(merged);
        return { ...merged };
      }
    }
    const db = this.requireDb();
    const row = db.prepare(`SELECT * FROM messages WHERE id = ?`).get(messageId) as MsgRow | undefined;
    if (!row) throw new VaultNotFoundError(`Message ${messageId}`);
    const current = this.decodeMessage(row);
    if (current.corrupt) throw new VaultCorruptError('This message is damaged and cannot be updated.');
    const merged = this.mergeMessage(current, patch);
    const dek = this.dataKey(row.conversation_id);
    const content: MsgContent = { redacted: merged.redacted };
    if (merged.original !== undefined) content.original = merged.original;
    if (merged.provider) content.provider = merged.provider;
    if (merged.model) content.model = merged.model;
    if (merged.placeholderMap) content.placeholderMap = merged.placeholderMap;
    if (merged.incomplete) content.incomplete = true;
    const now = this.now();
    db.transaction(() => {
      db.prepare(`UPDATE messages SET content = ? WHERE id = ?`).run(
        sealJson(dek, content, ad('messages', 'content', messageId, row.conversation_id)),
        messageId,
      );
      db.prepare(`UPDATE conversations SET updated_at = MAX(updated_at, ?) WHERE id = ?`).run(now, row.conversation_id);
    })();
    this.index?.touchConversation(row.conversation_id, now);
    this.indexMessage(merged);
    this.scheduleIndexSave();
    return merged;
  }

  private mergeMessage(current: MessageRecord, patch: MessagePatch): MessageRecord {
    const clean = this.cleanMessage(patch, true);
    const merged: MessageRecord = { ...current };
    if (patch.redacted !== undefined) merged.redacted = clean.redacted;
    if ('original' in patch) {
      if (clean.original !== undefined) merged.original = clean.original;
      else delete merged.original;
    }
    if (clean.provider) merged.provider = clean.provider;
    if (clean.model) merged.model = clean.model;
    if ('placeholderMap' in patch) {
      if (clean.placeholderMap) merged.placeholderMap = clean.placeholderMap;
      else delete merged.placeholderMap;
    }
    if ('incomplete' in patch) {
      if (patch.incomplete) merged.incomplete = true;
      else delete merged.incomplete;
    }
    if (!this.storeOriginals) {
      delete merged.original;
      delete merged.placeholderMap;
    }
    return merged;
  }

  private decodeMessage(row: MsgRow, dek?: Uint8Array): MessageRecord {
    const base = { id: row.id, conversationId: row.conversation_id, role: row.role, createdAt: row.created_at };
    try {
      const key = dek ?? this.dataKey(row.conversation_id);
      const c = openJson<MsgContent>(key, row.content, ad('messages', 'content', row.id, row.conversation_id));
      if (!c || typeof c.redacted !== 'string') throw new DecryptError('Message content has the wrong shape.');
      const out: MessageRecord = { ...base, redacted: c.redacted };
      if (typeof c.original === 'string') out.original = c.original;
      if (c.provider) out.provider = c.provider;
      if (c.model) out.model = c.model;
      if (c.placeholderMap) out.placeholderMap = c.placeholderMap;
      if (c.incomplete) out.incomplete = true;
      return out;
    } catch (e) {
      if (!(e instanceof DecryptError)) throw e;
      return { ...base, redacted: '', corrupt: true };
    }
  }

  private decodeSummary(row: ConvRow, messageCount: number): { summary: ConversationSummary; dek?: Uint8Array } {
    let dek: Uint8Array | undefined;
    try {
      dek = this.dataKey(row.id, row.data_key);
    } catch (e) {
      if (!(e instanceof DecryptError)) throw e;
    }
    const summary: ConversationSummary = {
      id: row.id,
      title: '',
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      messageCount,
      tags: [],
    };
    const title = dek ? this.tryOpen<string>(dek, row.title, ad('conversations', 'title', row.id, row.id)) : undefined;
    const tags = dek ? this.tryOpen<string[]>(dek, row.tags, ad('conversations', 'tags', row.id, row.id)) : undefined;
    if (typeof title === 'string') summary.title = title;
    if (Array.isArray(tags)) summary.tags = tags;
    if (typeof title !== 'string' || !Array.isArray(tags)) summary.corrupt = true;
    return { summary, ...(dek ? { dek } : {}) };
  }

  /** One conversation with its messages; damaged messages come back with `corrupt: true`. */
  getConversation(id: string): Conversation {
    this.requireKey();
    const eph = this.ephemeral.get(id);
    if (eph) return { ...eph.summary, tags: [...eph.summary.tags], messages: eph.messages.map((m) => ({ ...m })) };
    const db = this.requireDb();
    const row = db.prepare(`SELECT * FROM conversations WHERE id = ?`).get(id) as ConvRow | undefined;
    if (!row) throw new VaultNotFoundError(`Conversation ${id}`);
    const msgs = db.prepare(`SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq`).all(id) as MsgRow[];
    const { summary, dek } = this.decodeSummary(row, msgs.length);
    const messages = msgs.map((m) =>
      dek
        ? this.decodeMessage(m, dek)
        : { id: m.id, conversationId: id, role: m.role, createdAt: m.created_at, redacted: '', corrupt: true },
    );
    return { ...summary, messages };
  }

  /** Every conversation (title, timestamps, tags, message count; no content), newest first. */
  listConversations(): ConversationSummary[] {
    this.requireKey();
    const db = this.requireDb();
    const counts = new Map<string, number>();
    for (const r of db
      .prepare(`SELECT conversation_id AS id, COUNT(*) AS n FROM messages GROUP BY conversation_id`)
      .all() as {
      id: string;
      n: number;
    }[]) {
      counts.set(r.id, r.n);
    }
    const out: ConversationSummary[] = [...this.ephemeral.values()].map((e) => ({
      ...e.summary,
      tags: [...e.summary.tags],
    }));
    for (const row of db
      .prepare(`SELECT * FROM conversations ORDER BY updated_at DESC, id`)
      .iterate() as IterableIterator<ConvRow>) {
      out.push(this.decodeSummary(row, counts.get(row.id) ?? 0).summary);
    }
    out.sort((a, b) => b.updatedAt - a.updatedAt);
    return out;
  }

  renameConversation(id: string, title: string): void {
    this.requireKey();
    const clean = this.cleanTitle(title, false);
    const eph = this.ephemeral.get(id);
    if (eph) {
      eph.summary.title = clean;
      this.index?.setConversation(id, clean, eph.summary.tags, eph.summary.updatedAt);
      return;
    }
    const row = this.requireConvRow(id);
    const dek = this.dataKey(id, row.data_key);
    this.requireDb()
      .prepare(`UPDATE conversations SET title = ? WHERE id = ?`)
      .run(sealJson(dek, clean, ad('conversations', 'title', id, id)), id);
    if (this.index) {
      const tags = this.tryOpen<string[]>(dek, row.tags, ad('conversations', 'tags', id, id)) ?? [];
      this.index.setConversation(id, clean, tags, row.updated_at);
    }
    this.scheduleIndexSave();
  }

  setTags(id: string, tags: string[]): void {
    this.requireKey();
    const clean = this.cleanTags(tags);
    const eph = this.ephemeral.get(id);
    if (eph) {
      eph.summary.tags = clean;
      this.index?.setConversation(id, eph.summary.title, clean, eph.summary.updatedAt);
      return;
    }
    const row = this.requireConvRow(id);
    const dek = this.dataKey(id, row.data_key);
    this.requireDb()
      .prepare(`UPDATE conversations SET tags = ? WHERE id = ?`)
      .run(sealJson(dek, clean, ad('conversations', 'tags', id, id)), id);
    if (this.index) {
      const title = this.tryOpen<string>(dek, row.title, ad('conversations', 'title', id, id)) ?? '';
      this.index.setConversation(id, title, clean, row.updated_at);
    }
    this.scheduleIndexSave();
  }

  private requireConvRow(id: string): ConvRow {
    const row = this.requireDb().prepare(`SELECT * FROM conversations WHERE id = ?`).get(id) as ConvRow | undefined;
    if (!row) throw new VaultNotFoundError(`Conversation ${id}`);
    return row;
  }

  // -------------------------------------------------------------------------------------------
  // Deletion: crypto-shredding + secure_delete + WAL truncate (+ VACUUM where it matters)
  // -------------------------------------------------------------------------------------------

  /** Delete conversations by id (unknown ids are ignored). Returns how many were deleted. */
  deleteConversations(ids: string[]): number {
    this.requireKey();
    return this.deleteInternal(ids, false);
  }

  /** Delete every conversation. Returns how many were deleted. */
  purge(): number {
    this.requireKey();
    const ids = (this.requireDb().prepare(`SELECT id FROM conversations`).pluck().all() as string[]).concat([
      ...this.ephemeral.keys(),
    ]);
    return this.deleteInternal(ids, true);
  }

  private deleteInternal(ids: string[], forceVacuum: boolean): number {
    const db = this.requireDb();
    let deleted = 0;
    const delMsgs = db.prepare(`DELETE FROM messages WHERE conversation_id = ?`);
    const delConv = db.prepare(`DELETE FROM conversations WHERE id = ?`);
    db.transaction(() => {
      for (const id of new Set(ids)) {
        if (this.ephemeral.delete(id)) {
          deleted++;
        } else {
          delMsgs.run(id);
          deleted += delConv.run(id).changes;
        }
      }
    })();
    for (const id of ids) {
      const k = this.dataKeys.get(id);
      if (k) zero(k);
      this.dataKeys.delete(id);
      this.index?.removeConversation(id);
    }
    if (deleted > 0) this.removeFromStoredIndex(ids);
    if (deleted > 0 || forceVacuum) this.scrub(forceVacuum);
    return deleted;
  }

  /** Checkpoint the WAL into the file and truncate it; VACUUM when many pages are free. */
  private scrub(forceVacuum: boolean): void {
    const db = this.requireDb();
    const pages = db.pragma('page_count', { simple: true }) as number;
    const free = db.pragma('freelist_count', { simple: true }) as number;
    if (forceVacuum || (pages > 0 && free / pages > VACUUM_FREE_RATIO)) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
    }
    this.checkpoint();
  }

  private checkpoint(): void {
    this.requireDb().pragma('wal_checkpoint(TRUNCATE)');
  }

  // -------------------------------------------------------------------------------------------
  // Retention
  // -------------------------------------------------------------------------------------------

  getRetention(): Retention {
    const raw = this.db ? this.getMeta('retention') : undefined;
    if (!raw) return { mode: 'forever' };
    try {
      const r = JSON.parse(raw) as Retention;
      if (r.mode === 'days' && Number.isInteger(r.days) && r.days >= 1) return { mode: 'days', days: r.days };
      if (r.mode === 'off') return { mode: 'off' };
      return { mode: 'forever' };
    } catch {
      return { mode: 'forever' };
    }
  }

  /** Set the retention policy and apply it now; returns how many conversations it deleted. */
  setRetention(r: Retention): number {
    this.requireKey();
    let clean: Retention;
    if (r?.mode === 'forever') clean = { mode: 'forever' };
    else if (r?.mode === 'off') clean = { mode: 'off' };
    else if (r?.mode === 'days' && Number.isInteger(r.days) && r.days >= 1 && r.days <= 36_500) {
      clean = { mode: 'days', days: r.days };
    } else {
      throw new VaultInputError(
        'Retention is "forever", "off", or "days" with a whole number of days from 1 to 36500.',
      );
    }
    this.setMeta('retention', JSON.stringify(clean));
    return this.applyRetention();
  }

  /** Delete what the retention policy says has expired. Returns how many were deleted. */
  applyRetention(): number {
    const db = this.requireDb();
    const r = this.getRetention();
    if (r.mode === 'forever') return 0;
    const ids =
      r.mode === 'off'
        ? (db.prepare(`SELECT id FROM conversations`).pluck().all() as string[])
        : (db
            .prepare(`SELECT id FROM conversations WHERE updated_at < ?`)
            .pluck()
            .all(this.now() - r.days * DAY_MS) as string[]);
    if (r.mode === 'days') {
      const cutoff = this.now() - r.days * DAY_MS;
      for (const [id, e] of this.ephemeral) if (e.summary.updatedAt < cutoff) ids.push(id);
    }
    if (ids.length === 0) return 0;
    return this.deleteInternal(ids, r.mode === 'off' || ids.length >= 100);
  }

  // -------------------------------------------------------------------------------------------
  // Search
  // -------------------------------------------------------------------------------------------
  //
  // The index lives in memory while unlocked (search.ts). At unlock it is loaded from its
  // encrypted copy in the database (search-store.ts); a stored conversation is re-indexed from its
  // messages when the copy lacks it, when search_dirty lists it (written since the copy was saved:
  // the schema's triggers keep that list in the same transaction as every write) or when its shard
  // fails to authenticate. Writes update the memory index at once; changed shards are saved at
  // most INDEX_SAVE_DELAY_MS later, at lock, and synchronously when conversations are deleted.

  /** Load the persisted index and queue what it lacks or holds stale; a full rebuild if it is unusable. */
  private loadIndex(): SearchIndex {
    const db = this.requireDb();
    const sk = this.searchKey;
    if (!sk) throw new VaultLockedError();
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    this.clearPending();
    const t0 = performance.now();
    let index = new SearchIndex();
    this.index = index;
    this.searchStats = { loaded: 0, reindexed: 0, rejectedShards: 0, fullRebuild: false, loadMs: 0 };
    const stored = db.prepare(`SELECT id FROM conversations ORDER BY updated_at DESC, id`).pluck().all() as string[];
    try {
      for (const row of db.prepare(`SELECT shard, blob FROM search_index`).iterate() as IterableIterator<{
        shard: number;
        blob: Uint8Array;
      }>) {
        let convs: StoredConversation[];
        try {
          if (!Number.isInteger(row.shard) || row.shard < 0 || row.shard >= SEARCH_SHARDS) {
            throw new DecryptError('Search index shard out of range.');
          }
          convs = openShard(sk, row.shard, row.blob);
        } catch (e) {
          if (!(e instanceof DecryptError)) throw e;
          // Never trusted: its conversations are re-indexed from their messages, the row rewritten.
          this.searchStats.rejectedShards++;
          this.dirtyShards.add(row.shard);
          continue;
        }
        for (const c of convs) index.loadConversation(c);
        this.searchStats.loaded += convs.length;
      }
    } catch (e) {
      if (!isSqliteCorruption(e)) throw e;
      // The index's own pages are damaged: rebuild everything from the messages.
      index = new SearchIndex();
      this.index = index;
      this.searchStats.loaded = 0;
      for (let s = 0; s < SEARCH_SHARDS; s++) this.dirtyShards.add(s);
    }
    const storedSet = new Set(stored);
    for (const id of [...index.ids()]) {
      if (!storedSet.has(id)) {
        index.removeConversation(id);
        this.dirtyShards.add(shardOf(id));
      }
    }
    for (const e of this.ephemeral.values()) {
      index.setConversation(e.summary.id, e.summary.title, e.summary.tags, e.summary.updatedAt);
      for (const m of e.messages) this.indexMessage(m);
    }
    const dirty = new Set(db.prepare(`SELECT conversation_id FROM search_dirty`).pluck().all() as string[]);
    for (const id of stored) {
      if (dirty.has(id) || !index.has(id)) {
        this.pending.push(id);
        this.pendingSet.add(id);
      }
    }
    this.searchStats.fullRebuild = stored.length > 0 && this.pending.length === stored.length;
    this.searchStats.loadMs = performance.now() - t0;
    return index;
  }

  private clearPending(): void {
    this.pending = [];
    this.pendingPos = 0;
    this.pendingSet.clear();
  }

  private hasPending(): boolean {
    return this.pendingPos < this.pending.length;
  }

  /** The in-memory index, completing synchronously what the background build has not done yet. */
  private ensureIndex(): SearchIndex {
    const index = this.index ?? this.loadIndex();
    while (this.hasPending()) this.indexStep(2000);
    return index;
  }

  /** Re-index the next `batch` queued conversations from their messages. */
  private indexStep(batch: number): void {
    if (!this.index || !this.hasPending()) return;
    const ids = this.pending.slice(this.pendingPos, this.pendingPos + batch);
    this.reindex(ids);
    this.pendingPos += ids.length;
    for (const id of ids) this.pendingSet.delete(id);
    if (!this.hasPending()) this.clearPending();
  }

  /** Replace the index entries of stored conversations `ids` with their decrypted content. */
  private reindex(ids: string[]): void {
    const index = this.index!;
    const db = this.requireDb();
    const list = JSON.stringify(ids);
    const convs = db
      .prepare(`SELECT * FROM conversations WHERE id IN (SELECT value FROM json_each(?))`)
      .all(list) as ConvRow[];
    const deks = new Map<string, Uint8Array | undefined>();
    for (const row of convs) {
      const { summary, dek } = this.decodeSummary(row, 0);
      deks.set(row.id, dek);
      index.removeConversation(row.id);
      index.setConversation(row.id, summary.title, summary.tags, row.updated_at);
    }
    for (const id of ids) {
      if (!deks.has(id) && !this.ephemeral.has(id)) index.removeConversation(id); // deleted meanwhile
      this.dirtyShards.add(shardOf(id));
    }
    const msgs = db
      .prepare(
        `SELECT * FROM messages WHERE conversation_id IN (SELECT value FROM json_each(?)) ORDER BY conversation_id, seq`,
      )
      .all(list) as MsgRow[];
    for (const m of msgs) {
      const dek = deks.get(m.conversation_id);
      if (!dek) continue;
      this.indexMessage(this.decodeMessage(m, dek));
    }
    this.searchStats.reindexed += convs.length;
  }

  /** Re-index what loadIndex queued in the background, a batch per event-loop turn. */
  private startBackgroundIndex(): void {
    if (this.indexTimer || !this.hasPending()) return;
    const tick = () => {
      this.indexTimer = null;
      if (!this.vaultKey || !this.index || !this.db) return;
      try {
        this.indexStep(INDEX_BATCH);
      } catch {
        this.index = null; // loaded again by the next search, which reports any error
        return;
      }
      if (this.hasPending()) {
        this.indexTimer = setTimeout(tick, 0);
        this.indexTimer.unref();
      } else {
        this.scheduleIndexSave();
      }
    };
    this.indexTimer = setTimeout(tick, 0);
    this.indexTimer.unref();
  }

  /** Save changed shards soon (at most one save per INDEX_SAVE_DELAY_MS). */
  private scheduleIndexSave(): void {
    if (this.saveTimer || !this.index) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (!this.vaultKey || !this.db) return;
      try {
        this.saveIndex();
      } catch {
        // search_dirty keeps the stored index from being trusted where it lags; retried later.
      }
    }, INDEX_SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /**
   * Rewrite the shards holding conversations changed since the last save, in one transaction.
   * A conversation leaves search_dirty only when its memory entry is complete (not queued for
   * re-indexing); one missing from a shard is re-indexed at the next unlock.
   */
  private saveIndex(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const index = this.index;
    const sk = this.searchKey;
    if (!index || !sk) return;
    const db = this.requireDb();
    db.transaction(() => {
      const dirtyIds = db.prepare(`SELECT conversation_id FROM search_dirty`).pluck().all() as string[];
      const groups = new Map<number, StoredConversation[]>();
      for (const s of this.dirtyShards) groups.set(s, []);
      for (const id of dirtyIds) groups.set(shardOf(id), []);
      if (groups.size === 0) return;
      for (const id of index.ids()) {
        if (this.ephemeral.has(id)) continue; // history off: never written
        groups.get(shardOf(id))?.push(index.exportConversation(id)!);
      }
      const put = db.prepare(
        `INSERT INTO search_index(shard, blob) VALUES (?, ?) ON CONFLICT(shard) DO UPDATE SET blob = excluded.blob`,
      );
      const del = db.prepare(`DELETE FROM search_index WHERE shard = ?`);
      for (const [s, convs] of groups) {
        if (convs.length && s >= 0 && s < SEARCH_SHARDS) put.run(s, sealShard(sk, s, convs));
        else del.run(s);
      }
      const done = db.prepare(`DELETE FROM search_dirty WHERE conversation_id = ?`);
      for (const id of dirtyIds) if (!this.pendingSet.has(id)) done.run(id);
    })();
    this.dirtyShards.clear();
  }

  /**
   * Deleted conversations leave the stored index at once (before the deletion's scrub overwrites
   * freed pages): their shards are rewritten, or dropped (re-indexed at the next unlock) when the
   * memory index is not there to rewrite them from.
   */
  private removeFromStoredIndex(ids: string[]): void {
    try {
      if (this.index && this.searchKey) {
        this.saveIndex();
        return;
      }
    } catch {
      // fall through: drop the shards instead
    }
    const del = this.requireDb().prepare(`DELETE FROM search_index WHERE shard = ?`);
    this.requireDb().transaction(() => {
      for (const s of new Set(ids.map(shardOf))) del.run(s);
    })();
  }

  /** True once the index is complete (loaded at unlock, plus any re-indexing it needed). */
  isSearchReady(): boolean {
    return this.vaultKey !== null && this.index !== null && !this.hasPending();
  }

  /** Complete the search index now (e.g. right after unlock, off the critical path). */
  warmSearchIndex(): void {
    this.requireKey();
    this.ensureIndex();
  }

  /** How the search index was obtained since the last unlock (diagnostics, tests). */
  searchIndexStats(): SearchIndexStats {
    return {
      ready: this.isSearchReady(),
      pending: this.pending.length - this.pendingPos,
      ...this.searchStats,
    };
  }

  /** Full-text search (every word must match; the last as a prefix); best conversations first. */
  search(query: string, limit = 50): SearchResult[] {
    this.requireKey();
    if (typeof query !== 'string') throw new VaultInputError('The search query must be text.');
    return this.ensureIndex().search(query, Math.max(1, Math.min(limit, 1000)));
  }

  // -------------------------------------------------------------------------------------------
  // Export and import
  // -------------------------------------------------------------------------------------------

  private collect(ids?: string[]): Conversation[] {
    const list = ids ?? this.listConversations().map((c) => c.id);
    return list.map((id) => this.getConversation(id));
  }

  /** JSON export of all (or the given) conversations; the caller writes it where the user chose. */
  exportJson(ids?: string[]): string {
    this.requireKey();
    return toExportJson(this.collect(ids), this.now());
  }

  exportMarkdown(ids?: string[]): string {
    this.requireKey();
    return toMarkdown(this.collect(ids), this.now());
  }

  /**
   * Import a JSON export. Conversations whose id already exists are skipped; damaged (corrupt)
   * messages in the file are skipped. All or nothing: invalid input changes nothing.
   */
  importJson(json: string): { imported: number; skipped: number; ids: string[] } {
    const vk = this.requireKey();
    if (typeof json !== 'string') throw new VaultInputError('The import must be JSON text.');
    let file;
    try {
      file = parseExportJson(json);
    } catch (e) {
      throw new VaultInputError((e as Error).message);
    }
    if (this.historyOff())
      throw new VaultInputError('History is off (retention "off"): turn it on to import conversations.');
    const db = this.requireDb();
    const exists = db.prepare(`SELECT 1 FROM conversations WHERE id = ?`).pluck();
    const msgExists = db.prepare(`SELECT 1 FROM messages WHERE id = ?`).pluck();
    const insMsg = db.prepare(
      `INSERT INTO messages(id, conversation_id, seq, role, created_at, content) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    let imported = 0;
    let skipped = 0;
    const ids: string[] = [];
    const now = this.now();
    const added: StoredConversation[] = [];
    db.transaction(() => {
      for (const raw of file.conversations) {
        const c = raw;
        if (c.id && exists.get(c.id)) {
          skipped++;
          continue;
        }
        const id = c.id ?? randomUUID();
        const msgs = c.messages.filter((m) => !m.corrupt);
        const createdAt = c.createdAt ?? msgs[0]?.createdAt ?? now;
        const updatedAt = Math.max(c.updatedAt ?? createdAt, ...msgs.map((m) => m.createdAt ?? 0));
        const firstUser = msgs.find((m) => m.role === 'user');
        const auto = firstUser
          ? ((this.storeOriginals ? firstUser.original : undefined) ?? firstUser.redacted).replace(/\s+/g, ' ').trim()
          : '';
        const summary: ConversationSummary = {
          id,
          title: this.cleanTitle((c.title.trim() || auto.slice(0, DEFAULT_TITLE_CHARS)).slice(0, MAX_TITLE), true),
          createdAt,
          updatedAt,
          messageCount: msgs.length,
          tags: this.cleanTags(c.tags),
        };
        this.insertConversation(vk, summary);
        const dek = this.dataKeys.get(id)!;
        const entry: StoredConversation = {
          id,
          title: summary.title,
          tags: summary.tags,
          updatedAt: summary.updatedAt,
          docs: [],
        };
        let seq = 0;
        for (const m of msgs) {
          const clean = this.cleanMessage(m, false);
          delete clean.role;
          const mid = m.id && !msgExists.get(m.id) ? m.id : randomUUID();
          entry.docs.push([mid, clean.original ?? clean.redacted]);
          insMsg.run(
            mid,
            id,
            ++seq,
            m.role,
            m.createdAt ?? createdAt,
            sealJson(dek, clean, ad('messages', 'content', mid, id)),
          );
        }
        added.push(entry);
        ids.push(id);
        imported++;
      }
    })();
    // Imported conversations become searchable at once, from the plaintext we already have.
    if (this.index) for (const c of added) this.index.loadConversation(c);
    this.scheduleIndexSave();
    return { imported, skipped, ids };
  }

  // -------------------------------------------------------------------------------------------
  // Settings and secrets (encrypted name and value; row id = keyed hash of the name)
  // -------------------------------------------------------------------------------------------

  private getItem(table: 'settings' | 'secrets', name: string): unknown {
    this.requireKey();
    const ik = this.itemKey!;
    const id = nameId(ik, name);
    const row = this.requireDb().prepare(`SELECT value FROM ${table} WHERE id = ?`).get(id) as
      { value: Uint8Array } | undefined;
    if (!row) return undefined;
    try {
      return openJson(ik, row.value, ad(table, 'value', id));
    } catch (e) {
      if (e instanceof DecryptError)
        throw new VaultCorruptError(`The stored ${table === 'secrets' ? 'secret' : 'setting'} "${name}" is damaged.`);
      throw e;
    }
  }

  private setItem(table: 'settings' | 'secrets', name: string, value: unknown): void {
    this.requireKey();
    if (typeof name !== 'string' || !name || name.length > 200)
      throw new VaultInputError('A name of 1 to 200 characters is required.');
    const ik = this.itemKey!;
    const id = nameId(ik, name);
    const db = this.requireDb();
    if (value === undefined) {
      if (db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id).changes) this.checkpoint();
      return;
    }
    db.prepare(
      `INSERT INTO ${table}(id, name, value) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, value = excluded.value`,
    ).run(id, sealJson(ik, name, ad(table, 'name', id)), sealJson(ik, value, ad(table, 'value', id)));
  }

  getSetting<T = unknown>(name: string): T | undefined {
    return this.getItem('settings', name) as T | undefined;
  }

  /** Store a JSON value (encrypted); `undefined` deletes it. */
  setSetting(name: string, value: unknown): void {
    if (value !== undefined) {
      try {
        if (JSON.stringify(value) === undefined) throw new Error();
      } catch {
        throw new VaultInputError(`Setting "${name}" is not JSON-serialisable.`);
      }
    }
    this.setItem('settings', name, value);
  }

  setSecret(name: string, value: string): void {
    if (typeof value !== 'string' || !value) throw new VaultInputError('A secret must be non-empty text.');
    this.setItem('secrets', name, value);
  }

  getSecret(name: string): string | undefined {
    const v = this.getItem('secrets', name);
    return typeof v === 'string' ? v : undefined;
  }

  /** Remove a secret (overwritten on disk: secure_delete + WAL truncate). */
  deleteSecret(name: string): boolean {
    this.requireKey();
    const had = this.getItem('secrets', name) !== undefined;
    this.setItem('secrets', name, undefined);
    return had;
  }

  listSecretNames(): string[] {
    this.requireKey();
    const ik = this.itemKey!;
    const names: string[] = [];
    for (const row of this.requireDb().prepare(`SELECT id, name FROM secrets`).all() as {
      id: string;
      name: Uint8Array;
    }[]) {
      const n = this.tryOpen<string>(ik, row.name, ad('secrets', 'name', row.id));
      if (typeof n === 'string') names.push(n);
    }
    return names.sort();
  }
}

// -------------------------------------------------------------------------------------------------
// Damage found by a later query (a page in the middle of the file) surfaces as VaultCorruptError
// (VAULT_CORRUPT) from every method, not as a raw SQLite error.
// -------------------------------------------------------------------------------------------------

function corruptionError(e: unknown): unknown {
  if (!isSqliteCorruption(e)) return e;
  return new VaultCorruptError(
    `The vault database is damaged (${(e as Error).message}). Restore vault.db from a backup; export what can still be read.`,
  );
}

for (const name of Object.getOwnPropertyNames(Vault.prototype)) {
  const desc = Object.getOwnPropertyDescriptor(Vault.prototype, name);
  if (name === 'constructor' || !desc || typeof desc.value !== 'function') continue;
  const fn = desc.value as (this: Vault, ...args: unknown[]) => unknown;
  Object.defineProperty(Vault.prototype, name, {
    ...desc,
    value: function (this: Vault, ...args: unknown[]): unknown {
      try {
        const out = fn.apply(this, args);
        return out instanceof Promise ? out.catch((e: unknown) => Promise.reject(corruptionError(e))) : out;
      } catch (e) {
        throw corruptionError(e);
      }
    },
  });
}
