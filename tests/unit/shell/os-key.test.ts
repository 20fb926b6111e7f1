import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  backendName,
  createSafeStorageKeyProvider,
  describeBackendChange,
  isStrongBackend,
  type SafeStorageLike,
} from '../../../electron/shell/os-key';

/** A fake safeStorage: XOR "encryption" tagged with the backend, enough to test the wrapper. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike & { calls: number } {
  const s = {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString(plain: string) {
      s.calls++;
      return Buffer.from(`${backend}:${Buffer.from(plain).toString('hex')}`);
    },
    decryptString(cipher: Buffer) {
      const [tag, hex] = cipher.toString().split(':');
      if (tag !== backend)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(hex!, 'hex').toString();
    },
    getSelectedStorageBackend: () => backend,
  };
  return s;
}

describe('safeStorage backend handling', () => {
  it('names the backend per platform', () => {
    assert.equal(backendName(fakeSafeStorage('x'), 'darwin'), 'keychain');
    assert.equal(backendName(fakeSafeStorage('x'), 'win32'), 'dpapi');
    assert.equal(backendName(fakeSafeStorage('gnome_libsecret'), 'linux'), 'gnome_libsecret');
    const throwing = {
      ...fakeSafeStorage('x'),
      getSelectedStorageBackend: () => {
        throw new Error('before ready');
      },
    };
    assert.equal(backendName(throwing, 'linux'), 'unknown');
  });

  it('treats Linux basic_text (and unknown) as unavailable', () => {
    assert.equal(isStrongBackend('basic_text', 'linux'), false);
    assert.equal(isStrongBackend('unknown', 'linux'), false);
    assert.equal(isStrongBackend('kwallet5', 'linux'), true);
    const p = createSafeStorageKeyProvider(fakeSafeStorage('basic_text'), 'linux');
    assert.equal(p.backend, 'basic_text');
    assert.equal(p.isAvailable(), false);
    assert.throws(
      () => p.encrypt(new Uint8Array([1, 2, 3])),
      (e: Error & { code?: string }) => {
        assert.equal(e.code, 'OS_KEY_UNAVAILABLE');
        assert.match(e.message, /basic_text/);
        return true;
      },
    );
  });

  it('refuses when the OS says encryption is unavailable', () => {
    const s = fakeSafeStorage('gnome_libsecret', false);
    const p = createSafeStorageKeyProvider(s, 'linux');
    assert.equal(p.isAvailable(), false);
    assert.throws(() => p.encrypt(new Uint8Array(32)));
    assert.equal(s.calls, 0, 'nothing was handed to the weak store');
  });

  it('round-trips key bytes through a strong backend', () => {
    const p = createSafeStorageKeyProvider(fakeSafeStorage('gnome_libsecret'), 'linux');
    const key = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
    const wrapped = p.encrypt(key);
    assert.notDeepEqual(Buffer.from(wrapped).subarray(0, 32), Buffer.from(key));
    assert.deepEqual(p.decrypt(wrapped), key);
  });

  it('explains a backend change instead of looking like data loss', () => {
    assert.equal(describeBackendChange('kwallet5', 'kwallet5'), null);
    assert.equal(describeBackendChange(undefined, 'kwallet5'), null);
    const msg = describeBackendChange('gnome_libsecret', 'basic_text')!;
    assert.match(msg, /gnome_libsecret/);
    assert.match(msg, /basic_text/);
    assert.match(msg, /intact/);
    assert.match(msg, /passphrase/);
    assert.match(describeBackendChange('kwallet5', 'gnome_libsecret')!, /turn on OS unlock again/);
  });
});
