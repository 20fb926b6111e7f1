// The seam between the Electron shell (electron/main.ts) and the app core (electron/app/core.ts).
// The shell knows paths, windows and OS facilities; the core knows the services and the handler
// table. The Playwright bridge of the end-to-end tests builds the same core in plain Node.
import type { contract, events } from '../../shared/ipc/contract';
import type { HandlerTable } from '../../shared/ipc/define';
import type { OsKeyProvider } from '../services/vault/os-key';

export interface AppConfig {
  /** Folder holding the vault database and app state (Electron: app.getPath('userData')). */
  dataDir: string;
  /** transformers.js-layout model directory; default: resolved by models/ (env, shipped, downloaded). */
  modelDir?: string;
  /** Signed org policy file shipped with the build, if any. */
  policyPath?: string;
  /** The org's Ed25519 public key (base64) carried by the build, if any. */
  orgPublicKey?: string;
  /** OS-protected key supplier; absent in tests and the CLI. */
  osKeyProvider?: OsKeyProvider;
  /** Called when the core wants the shell to allow a host (e.g. the model download host while downloading). */
  onAllowedHostsChanged?: (hosts: string[]) => void;
  /**
   * Ask the user where to save an export (Electron: a save dialog). Resolves to an absolute path,
   * or null when the user cancelled. Without it, history.export is refused.
   */
  chooseSavePath?: (opts: { defaultName: string; format: 'json' | 'markdown' }) => Promise<string | null>;
  /** Ask the user for a file to import (Electron: an open dialog); null = cancelled. */
  chooseOpenPath?: (opts: { title: string; extensions: string[] }) => Promise<string | null>;
  /** Folder of resources shipped in the build (Electron: process.resourcesPath); finds a shipped model. */
  resourcesDir?: string;
  /** App name/version/platform facts for app.info (the shell fills in Electron's). */
  appInfo?: { name?: string; version?: string; electron?: string };
  /** Base URL override for the model download (tests: a local server). */
  modelDownloadBaseUrl?: string;
  /** Vault Argon2 limits (tests use low limits; the default is the vault's secure default). */
  argon2?: { opsLimit: number; memLimit: number };
  /** Clock (tests). */
  now?: () => number;
}

export interface App {
  /** The handler table for every IPC call (see shared/ipc/contract.ts). */
  readonly handlers: HandlerTable<typeof contract, typeof events>;
  /** Hosts the network lock must let through right now (approved providers, model host while fetching). */
  allowedHosts(): string[];
  /** Lock the vault now (system suspend, screen lock); emits vault.locked with the reason. */
  lock(reason?: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown'): Promise<void>;
  /** Subscribe to events not tied to one call (vault.locked, model.progress); returns unsubscribe. */
  onEvent(listener: (event: keyof typeof events & string, payload: unknown) => void): () => void;
  /** Flush and close everything (app quit). */
  close(): Promise<void>;
}
