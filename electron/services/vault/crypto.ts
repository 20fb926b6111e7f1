// Cryptographic building blocks of the vault (libsodium, sumo build for crypto_pwhash).
//
// Every encrypted value is stored as one blob: FORMAT_VERSION (1 byte) || nonce (24) || ciphertext.
// Plaintext is padded (ISO/IEC 7816-4, PAD_BLOCK bytes) before encryption so stored sizes are
// rounded up. The associated data binds table, column, row id, conversation id and the format
// version, so a blob copied to another row or column fails to authenticate.
import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

/** libsodium, initialised once. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => sodiumModule);
  return ready;
}

/** The initialised module; only valid after `loadSodium()` resolved (Vault.open guarantees it). */
export function sodium(): Sodium {
  return sodiumModule;
}

export const FORMAT_VERSION = 1;
export const KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const PAD_BLOCK = 256;

/** Argon2id limits; stored with each passphrase wrap so they can be raised later. */
export interface Argon2Limits {
  opsLimit: number;
  /** Bytes. */
  memLimit: number;
}

/** Default: 3 passes over 64 MiB (the floor for real vaults). */
export const DEFAULT_ARGON2: Readonly<Argon2Limits> = Object.freeze({ opsLimit: 3, memLimit: 64 * 1024 * 1024 });

export function validateArgon2(limits: Argon2Limits): Argon2Limits {
  const s = sodium();
  const { opsLimit, memLimit } = limits;
  if (!Number.isInteger(opsLimit) || opsLimit < s.crypto_pwhash_OPSLIMIT_MIN || opsLimit > 64) {
    throw new RangeError(`Argon2 opsLimit must be an integer between ${s.crypto_pwhash_OPSLIMIT_MIN} and 64.`);
  }
  if (!Number.isInteger(memLimit) || memLimit < s.crypto_pwhash_MEMLIMIT_MIN || memLimit > 4 * 1024 ** 3) {
    throw new RangeError(`Argon2 memLimit must be between ${s.crypto_pwhash_MEMLIMIT_MIN} bytes and 4 GiB.`);
  }
  return { opsLimit, memLimit };
}

/** Key from a passphrase (NFKC-normalised, so the same text typed differently gives the same key). */
export function deriveFromPassphrase(passphrase: string, salt: Uint8Array, limits: Argon2Limits): Uint8Array {
  const s = sodium();
  return s.crypto_pwhash(
    KEY_BYTES,
    passphrase.normalize('NFKC'),
    salt,
    limits.opsLimit,
    limits.memLimit,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
}

export function randomBytes(n: number): Uint8Array {
  return sodium().randombytes_buf(n);
}

export function newKey(): Uint8Array {
  return sodium().crypto_aead_xchacha20poly1305_ietf_keygen();
}

export function zero(buf: Uint8Array | undefined | null): void {
  if (buf && buf.length) sodium().memzero(buf);
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

/** Associated data: binds a blob to its place. */
export function ad(table: string, column: string, rowId: string, conversationId = ''): Uint8Array {
  return utf8(`pv|v${FORMAT_VERSION}|${table}|${column}|${rowId}|${conversationId}`);
}

/** Thrown when a blob fails authentication (tampered, moved, or wrong key). */
export class DecryptError extends Error {
  constructor(message = 'Ciphertext failed authentication.') {
    super(message);
    this.name = 'DecryptError';
  }
}

/** Encrypt raw bytes (padded) under `key`, bound to `adata`. */
export function sealBytes(key: Uint8Array, plain: Uint8Array, adata: Uint8Array): Uint8Array {
  const s = sodium();
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const padded = s.pad(plain, PAD_BLOCK);
  const ct = s.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, adata, null, nonce, key);
  zero(padded);
  const out = new Uint8Array(1 + NONCE_BYTES + ct.length);
  out[0] = FORMAT_VERSION;
  out.set(nonce, 1);
  out.set(ct, 1 + NONCE_BYTES);
  return out;
}

export function openBytes(key: Uint8Array, blob: Uint8Array, adata: Uint8Array): Uint8Array {
  const s = sodium();
  if (blob.length < 1 + NONCE_BYTES + s.crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    throw new DecryptError('Ciphertext is truncated.');
  }
  if (blob[0] !== FORMAT_VERSION) throw new DecryptError(`Unknown ciphertext format ${blob[0]}.`);
  let padded: Uint8Array;
  try {
    padded = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      blob.subarray(1 + NONCE_BYTES),
      adata,
      blob.subarray(1, 1 + NONCE_BYTES),
      key,
    );
  } catch {
    throw new DecryptError();
  }
  try {
    return Uint8Array.from(s.unpad(padded, PAD_BLOCK));
  } catch {
    throw new DecryptError('Ciphertext padding is invalid.');
  } finally {
    zero(padded);
  }
}

export function sealJson(key: Uint8Array, value: unknown, adata: Uint8Array): Uint8Array {
  const plain = utf8(JSON.stringify(value));
  try {
    return sealBytes(key, plain, adata);
  } finally {
    zero(plain);
  }
}

export function openJson<T = unknown>(key: Uint8Array, blob: Uint8Array, adata: Uint8Array): T {
  const plain = openBytes(key, blob, adata);
  let text: string;
  try {
    text = dec.decode(plain);
  } catch {
    throw new DecryptError('Decrypted content is not valid UTF-8.');
  } finally {
    zero(plain);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DecryptError('Decrypted content is not valid JSON.');
  }
}

/** Wrap a key (no padding needed: fixed size) under a key-encryption key. */
export function wrapKey(kek: Uint8Array, key: Uint8Array, adata: Uint8Array): Uint8Array {
  return sealBytes(kek, key, adata);
}

export function unwrapKey(kek: Uint8Array, blob: Uint8Array, adata: Uint8Array): Uint8Array {
  const k = openBytes(kek, blob, adata);
  if (k.length !== KEY_BYTES) throw new DecryptError('Wrapped key has the wrong length.');
  return Uint8Array.from(k);
}

/**
 * A 32-byte subkey for `context` (any string): crypto_kdf gives a base key from the vault key,
 * keyed BLAKE2b of the context string gives the subkey.
 */
export function deriveSubkey(vaultKey: Uint8Array, context: string): Uint8Array {
  const s = sodium();
  const base = s.crypto_kdf_derive_from_key(KEY_BYTES, 1, 'PVsubkey', vaultKey);
  try {
    return s.crypto_generichash(KEY_BYTES, utf8(context), base);
  } finally {
    zero(base);
  }
}

/** Keyed hash used as an opaque row id for named items (settings, secrets). */
export function nameId(key: Uint8Array, name: string): string {
  return sodium().to_hex(sodium().crypto_generichash(16, utf8(name), key));
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && sodium().memcmp(a, b);
}

// ---------------------------------------------------------------------------------------------
// Recovery key: 32 random bytes + 4-byte BLAKE2b checksum, Crockford base32, groups of 5.
// Case-insensitive; O->0, I/L->1 tolerated; spaces and dashes ignored.
// ---------------------------------------------------------------------------------------------

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 32;
const CHECK_BYTES = 4;

function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

function base32Decode(text: string): Uint8Array | null {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const i = B32.indexOf(ch);
    if (i < 0) return null;
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

function recoveryChecksum(key: Uint8Array): Uint8Array {
  return sodium().crypto_generichash(CHECK_BYTES, key, utf8('prompt-vault-recovery'));
}

/** Printable form of recovery key bytes, e.g. "7K2QD-..." (12 groups). */
export function formatRecoveryKey(key: Uint8Array): string {
  const all = new Uint8Array(RECOVERY_BYTES + CHECK_BYTES);
  all.set(key);
  all.set(recoveryChecksum(key), RECOVERY_BYTES);
  const s = base32Encode(all);
  zero(all);
  return s.match(/.{1,5}/g)!.join('-');
}

export type RecoveryParse = { ok: true; key: Uint8Array } | { ok: false; reason: string };

/** Parse a typed recovery key; a typo is caught by the checksum. */
export function parseRecoveryKey(text: string): RecoveryParse {
  const norm = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const expectedLen = Math.ceil(((RECOVERY_BYTES + CHECK_BYTES) * 8) / 5);
  if (norm.length !== expectedLen) {
    return { ok: false, reason: `A recovery key has ${expectedLen} characters (without dashes); got ${norm.length}.` };
  }
  const bytes = base32Decode(norm);
  if (!bytes) return { ok: false, reason: 'The recovery key contains characters that are not allowed.' };
  const key = bytes.slice(0, RECOVERY_BYTES);
  const check = bytes.slice(RECOVERY_BYTES, RECOVERY_BYTES + CHECK_BYTES);
  if (!equalBytes(check, recoveryChecksum(key))) {
    return { ok: false, reason: 'The recovery key checksum does not match: check it for a typo.' };
  }
  return { ok: true, key };
}

export function newRecoveryKeyBytes(): Uint8Array {
  return randomBytes(RECOVERY_BYTES);
}

/** Key-encryption key from recovery key bytes (high entropy: a hash suffices). */
export function recoveryKek(recovery: Uint8Array): Uint8Array {
  return sodium().crypto_generichash(KEY_BYTES, recovery, utf8('prompt-vault-recovery-kek'));
}
