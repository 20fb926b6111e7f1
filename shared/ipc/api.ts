// The API the renderer sees as `window.vault`. The Electron preload builds it over ipcRenderer;
// the end-to-end bridge builds the same shape over Playwright's exposeBinding. Both use
// `createVaultApi` so the typed helpers are generated from the contract in one place.
import type { z } from 'zod';
import { contract, type ChannelName, type Contract, type EventName, type Events } from './contract';
import type { Input, IpcResult, Output } from './define';

/** IPC channel names used by the preload and the shell (one invoke channel, one event channel). */
export const IPC_INVOKE_CHANNEL = 'pv:call';
export const IPC_EVENT_CHANNEL = 'pv:event';

export type CallFn = <K extends ChannelName>(
  name: K,
  input: Input<Contract, K>,
) => Promise<IpcResult<Output<Contract, K>>>;

export type EventPayload<E extends EventName> = z.output<Events[E]>;

export type OnFn = <E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void) => () => void;

type Namespace<K extends string> = K extends `${infer NS}.${string}` ? NS : never;
type Method<K extends string, NS extends string> = K extends `${NS}.${infer M}` ? M : never;

type Helper<K extends ChannelName> = (input?: Input<Contract, K>) => Promise<IpcResult<Output<Contract, K>>>;

/** `api.vault.unlock({ passphrase })` = `call('vault.unlock', { passphrase })`. */
export type ApiHelpers = {
  [NS in Namespace<ChannelName>]: {
    [M in Method<ChannelName, NS>]: Helper<Extract<`${NS}.${M}`, ChannelName>>;
  };
};

export interface VaultApi {
  /** Call any channel; never rejects: failures come back as `{ ok: false, error }`. */
  call: CallFn;
  /** Subscribe to an event; returns the unsubscribe function. */
  on: OnFn;
  /** Typed helpers, one per channel, grouped by namespace. */
  api: ApiHelpers;
}

/** Build the full API from a raw call function and event subscription. */
export function createVaultApi(
  rawCall: (name: string, input: unknown) => Promise<IpcResult>,
  rawOn: (event: string, cb: (payload: unknown) => void) => () => void,
): VaultApi {
  const call = ((name: string, input: unknown) => rawCall(name, input ?? {})) as CallFn;
  const on = ((event: string, cb: (payload: unknown) => void) => rawOn(event, cb)) as OnFn;
  const api: Record<string, Record<string, (input?: unknown) => Promise<IpcResult>>> = {};
  for (const name of Object.keys(contract)) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    (api[ns] ??= {})[method] = (input?: unknown) => rawCall(name, input ?? {});
  }
  return { call, on, api: api as unknown as ApiHelpers };
}

declare global {
  interface Window {
    vault: VaultApi;
  }
}
