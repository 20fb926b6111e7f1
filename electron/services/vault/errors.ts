// Typed vault errors. They extend CodedError so the IPC dispatcher passes the code to the UI.
import { CodedError } from '../../../shared/ipc/define';

/** The vault is locked (or was never unlocked): unlock first. */
export class VaultLockedError extends CodedError {
  constructor(message = 'The vault is locked: unlock it first.') {
    super('VAULT_LOCKED', message);
    this.name = 'VaultLockedError';
  }
}

/** Wrong passphrase, or an attempt too soon after repeated failures. Nothing was touched. */
export class WrongPassphraseError extends CodedError {
  constructor(
    /** Milliseconds before the next attempt is accepted (0 = now). */
    readonly retryAfterMs: number,
    /** True when the attempt was refused because of the delay (the passphrase was not checked). */
    readonly throttled = false,
  ) {
    const wait = retryAfterMs > 0 ? ` Try again in ${Math.ceil(retryAfterMs / 1000)} s.` : '';
    super(
      'WRONG_PASSPHRASE',
      throttled
        ? `Too many wrong passphrases: wait before trying again.${wait}`
        : `Wrong passphrase: the vault stays locked.${wait}`,
      { retryAfterMs, retryAfterSeconds: Math.ceil(retryAfterMs / 1000), throttled },
    );
    this.name = 'WrongPassphraseError';
  }
}

export class WrongRecoveryKeyError extends CodedError {
  constructor(message = 'That recovery key does not open this vault.') {
    super('WRONG_RECOVERY_KEY', message);
    this.name = 'WrongRecoveryKeyError';
  }
}

/** The file is damaged, truncated or not a Prompt Vault database. Nothing was overwritten. */
export class VaultCorruptError extends CodedError {
  constructor(message: string) {
    super('VAULT_CORRUPT', message);
    this.name = 'VaultCorruptError';
  }
}

/** The database was written by a newer Prompt Vault (schema version above ours). */
export class VaultVersionError extends CodedError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      'VAULT_VERSION',
      `This vault was written by a newer version of Prompt Vault (schema ${found}; this version reads up to ${supported}). Update the app to open it.`,
      { found, supported },
    );
    this.name = 'VaultVersionError';
  }
}

export class VaultExistsError extends CodedError {
  constructor(dir: string) {
    super('VAULT_EXISTS', `A vault already exists in ${dir}.`);
    this.name = 'VaultExistsError';
  }
}

export class VaultMissingError extends CodedError {
  constructor(dir: string) {
    super('VAULT_MISSING', `No vault in ${dir}: create one first.`);
    this.name = 'VaultMissingError';
  }
}

export class OsKeyUnavailableError extends CodedError {
  constructor(message: string) {
    super('OS_KEY_UNAVAILABLE', message);
    this.name = 'OsKeyUnavailableError';
  }
}

/** Bad input to the vault (invalid import file, empty title...). Nothing was changed. */
export class VaultInputError extends CodedError {
  constructor(message: string, details?: unknown) {
    super('INVALID_INPUT', message, details);
    this.name = 'VaultInputError';
  }
}

export class VaultNotFoundError extends CodedError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found.`);
    this.name = 'VaultNotFoundError';
  }
}
