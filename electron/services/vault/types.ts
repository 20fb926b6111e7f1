// Records the vault stores and returns. Shapes match shared/ipc/contract.ts (history.*).
import type { PlaceholderMap } from '../../../shared/placeholders';
import type { Argon2Limits } from './crypto';
import type { OsKeyProvider } from './os-key';

export type Role = 'user' | 'assistant';

export interface MessageRecord {
  id: string;
  conversationId: string;
  role: Role;
  /** User: the prompt as typed; assistant: the restored answer. Absent when originals aren't stored. */
  original?: string;
  /** User: the prompt as sent; assistant: the answer as received (with placeholders). */
  redacted: string;
  provider?: string;
  model?: string;
  placeholderMap?: PlaceholderMap;
  createdAt: number;
  /** A streamed answer that did not complete. */
  incomplete?: boolean;
  /** The stored ciphertext failed authentication; content fields are empty. */
  corrupt?: boolean;
}

export interface NewMessage {
  role: Role;
  original?: string;
  redacted: string;
  provider?: string;
  model?: string;
  placeholderMap?: PlaceholderMap;
  incomplete?: boolean;
  /** Default: now. */
  createdAt?: number;
}

export type MessagePatch = Partial<
  Pick<MessageRecord, 'original' | 'redacted' | 'provider' | 'model' | 'placeholderMap' | 'incomplete'>
>;

export interface ConversationSummary {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messageCount: number;
  tags: string[];
  /** The title/tags or the data key failed authentication. */
  corrupt?: boolean;
}

export interface Conversation extends ConversationSummary {
  messages: MessageRecord[];
}

export interface NewConversation {
  title?: string;
  tags?: string[];
  createdAt?: number;
}

export type Retention = { mode: 'forever' } | { mode: 'days'; days: number } | { mode: 'off' };

export interface OsKeyStatus {
  /** A strong OS key store exists (Linux basic_text counts as unavailable). */
  available: boolean;
  /** Backend in use now; "unknown" without a provider. */
  backend: string;
  /** The vault key is also wrapped by the OS key. */
  enabled: boolean;
  /** The backend that wrapped the key differs from today's. */
  backendChanged?: { previous: string; current: string };
}

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown';

export interface VaultOptions {
  osKeyProvider?: OsKeyProvider;
  /** Keep the original prompt/answer and the placeholder map (default true). False: redacted text only. */
  storeOriginals?: boolean;
  /** Argon2id limits for new passphrase wraps (default 3 passes / 64 MiB; tests may go lower). */
  argon2?: Argon2Limits;
  /** Clock (ms since epoch); default Date.now. */
  now?: () => number;
}

export interface SearchResult {
  conversationId: string;
  messageId?: string;
  title: string;
  snippet: string;
  updatedAt?: number;
  score: number;
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  /** Idle ms before auto-lock; 0 = never. */
  autoLockMs: number;
  osKey: OsKeyStatus;
  /** Ms before the next passphrase attempt is accepted. */
  retryAfterMs: number;
}

/** How the search index was obtained since the last unlock. */
export interface SearchIndexStats {
  /** The index is complete: searches answer without decrypting history first. */
  ready: boolean;
  /** Conversations taken from the persisted (encrypted) index at unlock. */
  loaded: number;
  /** Conversations (re)indexed by decrypting their messages since unlock. */
  reindexed: number;
  /** Conversations still queued for that. */
  pending: number;
  /** Stored index shards that failed authentication or had the wrong format (rebuilt, never trusted). */
  rejectedShards: number;
  /** Nothing usable was stored: every conversation had to be re-indexed. */
  fullRebuild: boolean;
  /** Milliseconds spent reading and decrypting the stored index at unlock (a figure, for benchmarks). */
  loadMs: number;
}
