// Shared helpers for the vault tests.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ad, deriveFromPassphrase, deriveSubkey, loadSodium, unwrapKey } from '../../../electron/services/vault/crypto';
import { SEARCH_KEY_CONTEXT, openShard, type StoredConversation } from '../../../electron/services/vault/search-store';
import { Vault, type OsKeyProvider, type VaultOptions } from '../../../electron/services/vault/index';
import { runCliSync } from '../support/cli';

/** Low Argon2 limits so tests run fast (the default-limits test uses the real ones). */
export const FAST = { opsLimit: 1, memLimit: 8192 } as const;
export const PASS = 'correct horse battery staple';

export function tmpDir(prefix = 'pv-vault-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function newVault(
  opts: VaultOptions = {},
  dir = tmpDir(),
): Promise<{ vault: Vault; dir: string; recoveryKey: string }> {
  const vault = await Vault.open(dir, { argon2: FAST, ...opts });
  const { recoveryKey } = await vault.init(PASS);
  return { vault, dir, recoveryKey };
}

/** `cli vault <args>` with the passphrase in the environment; `input` goes to stdin. */
export function vaultCli(
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined> } = {},
  passphrase = PASS,
): { code: number; out: string; err: string } {
  const r = runCliSync(['vault', ...args], {
    ...(opts.input !== undefined ? { stdin: opts.input } : {}),
    env: { PROMPT_VAULT_PASSPHRASE: passphrase, PROMPT_VAULT_NEW_PASSPHRASE: undefined, ...opts.env },
  });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Which needles occur (byte for byte) in any file under `dir`: "file: label" per hit. */
export function scan(dir: string, needles: { label: string; bytes: Uint8Array }[]): string[] {
  const hits: string[] = [];
  for (const f of filesUnder(dir)) {
    const data = fs.readFileSync(f);
    for (const n of needles) {
      if (n.bytes.length && data.indexOf(Buffer.from(n.bytes)) >= 0) hits.push(`${path.basename(f)}: ${n.label}`);
    }
  }
  return hits;
}

/** A marker as UTF-8 and UTF-16LE needles. */
export function textNeedles(markers: string[]): { label: string; bytes: Uint8Array }[] {
  return markers.flatMap((m) => [
    { label: m, bytes: Buffer.from(m, 'utf8') },
    { label: `${m} (utf16)`, bytes: Buffer.from(m, 'utf16le') },
  ]);
}

/** The vault key, unwrapped independently from the stored passphrase wrap (for scanning). */
export async function vaultKeyFromFile(dbFile: string, passphrase: string): Promise<Uint8Array> {
  await loadSodium();
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT * FROM key_wraps WHERE kind = 'passphrase'`).get() as {
      wrapped: Uint8Array;
      salt: Uint8Array;
      ops_limit: number;
      mem_limit: number;
    };
    const kek = deriveFromPassphrase(passphrase, row.salt, { opsLimit: row.ops_limit, memLimit: row.mem_limit });
    return unwrapKey(kek, row.wrapped, ad('key_wraps', 'wrapped', 'passphrase', 'vault'));
  } finally {
    db.close();
  }
}

/** The persisted search index, decrypted independently (shard -> conversations). Throws on a bad shard. */
export function storedIndex(dbFile: string, vaultKey: Uint8Array): Map<number, StoredConversation[]> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const key = deriveSubkey(vaultKey, SEARCH_KEY_CONTEXT);
  try {
    const out = new Map<number, StoredConversation[]>();
    for (const r of db.prepare(`SELECT shard, blob FROM search_index ORDER BY shard`).all() as {
      shard: number;
      blob: Uint8Array;
    }[]) {
      out.set(r.shard, openShard(key, r.shard, r.blob));
    }
    return out;
  } finally {
    db.close();
  }
}

/** Direct read access to the raw database (tests only). */
export function rawDb(dbFile: string, readonly = true): Database.Database {
  return new Database(dbFile, { readonly, fileMustExist: true });
}

/** A fake OS key store: XOR with a fixed pad plus a tag, like a real one it round-trips bytes. */
export class FakeOsKey implements OsKeyProvider {
  available = true;
  calls = 0;
  constructor(
    public backend = 'gnome_libsecret',
    private readonly pad = 0x5a,
  ) {}
  isAvailable(): boolean {
    return this.available;
  }
  encrypt(plain: Uint8Array): Uint8Array {
    this.calls++;
    return Uint8Array.from([0xee, ...plain.map((b) => b ^ this.pad)]);
  }
  decrypt(cipher: Uint8Array): Uint8Array {
    if (cipher[0] !== 0xee) throw new Error('not ours');
    return Uint8Array.from(cipher.subarray(1)).map((b) => b ^ this.pad);
  }
}
