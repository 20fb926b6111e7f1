// The OS-protected key for the vault, from Electron's safeStorage (Keychain on macOS, DPAPI on
// Windows, libsecret/KWallet on Linux). On Linux the `basic_text` backend encrypts with a
// hard-coded password, i.e. it protects nothing: it is treated as unavailable and the vault asks
// for the passphrase. The vault records which backend wrapped its key; when the backend differs
// later (other desktop session, keyring reset) `describeBackendChange` explains it to the user.
import type { OsKeyProvider } from '../services/vault/os-key';

/** The parts of Electron's safeStorage used here (injected; tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(cipher: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/** Backends that do not protect the key: never used. */
export const WEAK_BACKENDS = new Set(['basic_text', 'unknown']);

/** Name of the backend safeStorage uses on this platform. */
export function backendName(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  if (platform === 'linux') {
    try {
      return safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
}

/** True when the backend gives real OS protection. */
export function isStrongBackend(backend: string, platform: NodeJS.Platform): boolean {
  if (platform === 'linux') return !WEAK_BACKENDS.has(backend);
  return backend === 'keychain' || backend === 'dpapi';
}

export class OsKeyUnavailableError extends Error {
  readonly code = 'OS_KEY_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'OsKeyUnavailableError';
  }
}

/** An OsKeyProvider over safeStorage; bytes travel as base64 through its string API. */
export function createSafeStorageKeyProvider(safeStorage: SafeStorageLike, platform: NodeJS.Platform): OsKeyProvider {
  const backend = backendName(safeStorage, platform);
  const available = () => {
    try {
      return isStrongBackend(backend, platform) && safeStorage.isEncryptionAvailable();
    } catch {
      return false;
    }
  };
  const refuse = () =>
    new OsKeyUnavailableError(
      backend === 'basic_text'
        ? 'No OS key store is available (Linux "basic_text" backend protects nothing); use your passphrase.'
        : `The OS key store (${backend}) is not available; use your passphrase.`,
    );
  return {
    backend,
    isAvailable: available,
    encrypt(plain: Uint8Array): Uint8Array {
      if (!available()) throw refuse();
      return new Uint8Array(safeStorage.encryptString(Buffer.from(plain).toString('base64')));
    },
    decrypt(cipher: Uint8Array): Uint8Array {
      if (!available()) throw refuse();
      const b64 = safeStorage.decryptString(Buffer.from(cipher));
      return new Uint8Array(Buffer.from(b64, 'base64'));
    },
  };
}

/**
 * A sentence for the user when the backend that wrapped the vault key differs from today's, so a
 * failed automatic unlock reads as "your keyring changed", not as lost data. Null when unchanged.
 */
export function describeBackendChange(recorded: string | undefined | null, current: string): string | null {
  if (!recorded || recorded === current) return null;
  const weakNow = WEAK_BACKENDS.has(current);
  return (
    `Your vault was protected by the OS key store "${recorded}", but this session uses "${current}"` +
    (weakNow ? ', which offers no protection' : '') +
    '. Your data is intact: unlock with your passphrase (or recovery key)' +
    (weakNow ? '.' : ', then turn on OS unlock again to use the new key store.')
  );
}
