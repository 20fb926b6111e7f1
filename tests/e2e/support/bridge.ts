// The Playwright bridge: the page's `window.vault` calls the real app core in this process
// through the same `dispatch` that Electron's ipcMain uses, and the core's events are pushed
// into the page. Only the main frame may call, as in the shell.
import type { Page } from 'playwright-core';
import type { App } from '../../../electron/app/types';
import { contract, type Events } from '../../../shared/ipc/contract';
import { dispatch, type CallContext, type IpcResult } from '../../../shared/ipc/define';

export interface BridgeLog {
  calls: { name: string; ok: boolean; code?: string }[];
  events: { event: string; payload: unknown }[];
}

export interface BridgeOptions {
  /**
   * Milliseconds to hold back the reply of a call, per channel: events the call emits meanwhile
   * reach the page first, as they can over Electron's IPC when the main process is busy.
   */
  replyDelayMs?: Partial<Record<string, number>>;
}

export async function attachBridge(page: Page, app: App, opts: BridgeOptions = {}): Promise<BridgeLog> {
  const log: BridgeLog = { calls: [], events: [] };
  const ctx: CallContext<Events> = {
    emit(event, payload) {
      log.events.push({ event, payload });
      void page
        .evaluate(
          ([e, p]) => (globalThis as unknown as { __pvEmit?: (e: string, p: unknown) => void }).__pvEmit?.(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined);
    },
  };
  // Events not tied to one call (vault.locked, model.progress) reach the page the same way.
  const unsubscribe = app.onEvent((event, payload) => ctx.emit(event as keyof Events & string, payload as never));
  page.once('close', unsubscribe);
  await page.exposeBinding('__pvCall', async (source, name: string, input: unknown): Promise<IpcResult> => {
    if (source.frame !== page.mainFrame()) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN_SENDER', message: 'Calls are only accepted from the app window.' },
      };
    }
    const res = await dispatch(contract, app.handlers, name, input, ctx);
    const delay = opts.replyDelayMs?.[name];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    log.calls.push({ name, ok: res.ok, ...(res.ok ? {} : { code: res.error.code }) });
    return res;
  });
  // A string, not a function: tsx's transform would add helpers that don't exist in the page.
  await page.addInitScript({ content: PAGE_SIDE });
  return log;
}

/** Runs in the page before the app: defines `window.vault` like the preload does. */
const PAGE_SIDE = `(() => {
  const listeners = new Map();
  window.__pvEmit = (event, payload) => { const set = listeners.get(event); if (set) for (const l of set) l(payload); };
  const call = (name, input) => window.__pvCall(name, input === undefined ? {} : input);
  const on = (event, cb) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(cb);
    return () => { const set = listeners.get(event); if (set) set.delete(cb); };
  };
  const api = new Proxy({}, { get: (_t, ns) => new Proxy({}, { get: (_u, m) => (input) => call(ns + '.' + m, input) }) });
  Object.defineProperty(window, 'vault', { value: Object.freeze({ call, on, api }), configurable: false, writable: false });
})();`;
