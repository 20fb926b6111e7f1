// The preload: exposes exactly one object to the page, `window.vault` (typed in
// shared/ipc/api.ts), over one invoke channel and one event channel. No Node, no ipcRenderer,
// no Electron objects reach the page; inputs are validated again in the main process.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createVaultApi, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/ipc/api';
import type { IpcResult } from '../shared/ipc/define';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const cb of listeners.get(name) ?? []) {
    try {
      cb(payload);
    } catch {
      // A failing listener must not stop the others.
    }
  }
});

const api = createVaultApi(
  async (name, input) => {
    try {
      return (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input)) as IpcResult;
    } catch (err) {
      return { ok: false, error: { code: 'IPC_FAILED', message: err instanceof Error ? err.message : String(err) } };
    }
  },
  (event, cb) => {
    if (typeof event !== 'string' || typeof cb !== 'function') return () => undefined;
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(cb);
    return () => {
      set.delete(cb);
    };
  },
);

contextBridge.exposeInMainWorld('vault', api);
