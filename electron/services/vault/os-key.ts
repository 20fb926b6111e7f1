// The OS-protected key the shell supplies (Electron's safeStorage in the app). The vault can
// wrap its key with it so the user need not type a passphrase on every start.

export interface OsKeyProvider {
  /** Name of the backend in use (e.g. "keychain", "dpapi", "gnome_libsecret", "kwallet5", "basic_text"). */
  readonly backend: string;
  /** False when no strong backend exists; the vault then requires the passphrase. */
  isAvailable(): boolean;
  encrypt(plain: Uint8Array): Uint8Array;
  decrypt(cipher: Uint8Array): Uint8Array;
}
