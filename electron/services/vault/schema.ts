// Schema and numbered migrations. PRAGMA user_version holds the schema version; PRAGMA
// application_id marks the file as a Prompt Vault database. Opening a file with a newer
// version fails with VaultVersionError before anything is written.
//
// Plain columns are limited to ids, timestamps, roles, ordering and key metadata; every piece
// of content (titles, tags, messages, settings, secrets and their names) is an encrypted blob.
import type Database from 'better-sqlite3';

/** 'PVLT' */
export const APPLICATION_ID = 0x50564c54;

type Migration = (db: Database.Database) => void;

export const MIGRATIONS: Migration[] = [
  // 1: initial schema
  (db) => {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- The vault key, wrapped: kind = passphrase | os | recovery.
      CREATE TABLE key_wraps (
        kind       TEXT PRIMARY KEY,
        wrapped    BLOB NOT NULL,
        salt       BLOB,
        ops_limit  INTEGER,
        mem_limit  INTEGER,
        algorithm  TEXT,
        backend    TEXT,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE conversations (
        id         TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        data_key   BLOB NOT NULL,  -- the conversation's data key, wrapped by the vault key
        title      BLOB NOT NULL,
        tags       BLOB NOT NULL
      );
      CREATE INDEX conversations_updated ON conversations(updated_at);

      CREATE TABLE messages (
        id              TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq             INTEGER NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        created_at      INTEGER NOT NULL,
        content         BLOB NOT NULL
      );
      CREATE INDEX messages_conversation ON messages(conversation_id, seq);

      -- Named items: id = keyed hash of the name; name and value encrypted.
      CREATE TABLE settings (
        id    TEXT PRIMARY KEY,
        name  BLOB NOT NULL,
        value BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE secrets (
        id    TEXT PRIMARY KEY,
        name  BLOB NOT NULL,
        value BLOB NOT NULL
      ) WITHOUT ROWID;
    `);
  },
  // 2: the encrypted, persisted search index (search-store.ts) and the list of conversations
  // written since it was last saved. Triggers fill that list in the same transaction as every
  // write, whoever makes it, so a stored index is never trusted for a conversation that changed
  // after it was saved (a crash before the debounced save only costs re-indexing those).
  (db) => {
    db.exec(`
      CREATE TABLE search_index (
        shard INTEGER PRIMARY KEY,
        blob  BLOB NOT NULL
      );
      CREATE TABLE search_dirty (
        conversation_id TEXT PRIMARY KEY
      ) WITHOUT ROWID;

      CREATE TRIGGER search_dirty_conv_ins AFTER INSERT ON conversations BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (NEW.id);
      END;
      CREATE TRIGGER search_dirty_conv_upd AFTER UPDATE ON conversations BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (OLD.id), (NEW.id);
      END;
      CREATE TRIGGER search_dirty_conv_del AFTER DELETE ON conversations BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (OLD.id);
      END;
      CREATE TRIGGER search_dirty_msg_ins AFTER INSERT ON messages BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (NEW.conversation_id);
      END;
      CREATE TRIGGER search_dirty_msg_upd AFTER UPDATE ON messages BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (OLD.conversation_id), (NEW.conversation_id);
      END;
      CREATE TRIGGER search_dirty_msg_del AFTER DELETE ON messages BEGIN
        INSERT OR IGNORE INTO search_dirty(conversation_id) VALUES (OLD.conversation_id);
      END;
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring a database up to SCHEMA_VERSION, one transaction per step. */
export function migrate(db: Database.Database, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
