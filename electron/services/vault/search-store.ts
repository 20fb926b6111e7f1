// The persisted search index: the searchable text of every stored conversation, split into
// SEARCH_SHARDS shards by a hash of the conversation id, each shard serialised (JSON), compressed
// (raw deflate) and encrypted (XChaCha20-Poly1305, padded, crypto.ts sealBytes) under a subkey of
// the vault key. The associated data binds the purpose, the format version, the shard number and
// the shard count, so a blob moved to another shard, written by another format or under another
// key fails to authenticate and is rebuilt from the messages, never trusted.
//
// Loading 64 shards at unlock costs one decryption and one inflate per shard instead of three
// decryptions per conversation plus one per message; a write re-encrypts only the shard of the
// conversation it touched.
import zlib from 'node:zlib';
import { DecryptError, ad, openBytes, sealBytes, utf8 } from './crypto';

/** Bump when the payload layout changes: older blobs then fail authentication and are rebuilt. */
export const SEARCH_FORMAT = 1;
export const SEARCH_SHARDS = 64;
/** Subkey context (crypto.deriveSubkey) of the search index key. */
export const SEARCH_KEY_CONTEXT = 'pv.search-index';

/** One conversation as the index stores it. */
export interface StoredConversation {
  id: string;
  title: string;
  tags: string[];
  updatedAt: number;
  /** [messageId, searchable text] */
  docs: [string, string][];
}

const dec = new TextDecoder('utf-8', { fatal: true });

/** Shard of a conversation id (FNV-1a over the UTF-16 code units). */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SEARCH_SHARDS;
}

function shardAd(shard: number): Uint8Array {
  return ad('search_index', `blob.f${SEARCH_FORMAT}`, `${shard}/${SEARCH_SHARDS}`, 'search');
}

type Row = [string, string, string[], number, [string, string][]];

/** Serialise, compress and encrypt one shard. */
export function sealShard(key: Uint8Array, shard: number, convs: StoredConversation[]): Uint8Array {
  const rows: Row[] = convs.map((c) => [c.id, c.title, c.tags, c.updatedAt, c.docs]);
  const plain = utf8(JSON.stringify({ f: SEARCH_FORMAT, s: shard, c: rows }));
  const packed = zlib.deflateRawSync(plain, { level: 1 });
  plain.fill(0);
  try {
    return sealBytes(key, packed, shardAd(shard));
  } finally {
    packed.fill(0);
  }
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * Decrypt, inflate and validate one shard. Throws DecryptError when the blob fails
 * authentication or its content is not what this format writes (wrong shard, bad shape).
 */
export function openShard(key: Uint8Array, shard: number, blob: Uint8Array): StoredConversation[] {
  const packed = openBytes(key, blob, shardAd(shard));
  let text: string;
  try {
    const plain = zlib.inflateRawSync(packed);
    try {
      text = dec.decode(plain);
    } finally {
      plain.fill(0);
    }
  } catch (e) {
    if (e instanceof DecryptError) throw e;
    throw new DecryptError('The stored search index does not decompress.');
  } finally {
    packed.fill(0);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DecryptError('The stored search index is not valid JSON.');
  }
  const p = parsed as { f?: unknown; s?: unknown; c?: unknown } | null;
  if (!p || p.f !== SEARCH_FORMAT || p.s !== shard || !Array.isArray(p.c)) {
    throw new DecryptError('The stored search index has the wrong format.');
  }
  const out: StoredConversation[] = [];
  for (const r of p.c as unknown[]) {
    if (!Array.isArray(r) || r.length !== 5) throw new DecryptError('A stored search index entry is malformed.');
    const [id, title, tags, updatedAt, docs] = r as unknown[];
    if (
      typeof id !== 'string' ||
      shardOf(id) !== shard ||
      typeof title !== 'string' ||
      !isStrings(tags) ||
      typeof updatedAt !== 'number' ||
      !Array.isArray(docs) ||
      !docs.every((d) => Array.isArray(d) && d.length === 2 && isStrings(d))
    ) {
      throw new DecryptError('A stored search index entry is malformed.');
    }
    out.push({ id, title, tags, updatedAt, docs: docs as [string, string][] });
  }
  return out;
}
