// IPC registration: one invoke channel carries every call of the contract to `dispatch`, which
// validates the input with the shared schema; before that, the sender frame is checked. Events
// are validated against their schemas before they are sent to the window.
import { contract, events, type Contract, type Events } from '../../shared/ipc/contract';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc/api';
import { dispatch, type CallContext, type HandlerTable, type IpcResult } from '../../shared/ipc/define';
import type { FrameLike, SenderCheck } from './sender';

/** What registration needs from Electron's ipcMain (injected; tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface InvokeEventLike {
  senderFrame: FrameLike | null;
  sender: { send(channel: string, ...args: unknown[]): void; isDestroyed?(): boolean };
}

/** Validate an event payload; returns the parsed payload or null (and never sends junk). */
export function validateEvent(name: string, payload: unknown): unknown {
  if (!Object.prototype.hasOwnProperty.call(events, name)) return null;
  const parsed = events[name as keyof Events].safeParse(payload);
  return parsed.success ? parsed.data : null;
}

/** Send one validated event to a window's webContents. */
export function sendEvent(
  target: { send(channel: string, ...args: unknown[]): void; isDestroyed?(): boolean } | null | undefined,
  name: string,
  payload: unknown,
  log?: (msg: string) => void,
): void {
  if (!target || target.isDestroyed?.()) return;
  const valid = validateEvent(name, payload);
  if (valid === null) {
    log?.(`Dropped an invalid "${name}" event.`);
    return;
  }
  target.send(IPC_EVENT_CHANNEL, name, valid);
}

/** Handle one invoke: sender check, then dispatch (validation, handler, output validation). */
export async function handleInvoke(
  handlers: HandlerTable<Contract, Events>,
  event: InvokeEventLike,
  name: unknown,
  input: unknown,
  checkSender: (frame: FrameLike | null) => SenderCheck,
  log?: (msg: string) => void,
): Promise<IpcResult> {
  const check = checkSender(event.senderFrame);
  if (!check.ok) {
    log?.(`Refused an IPC call: ${check.reason}.`);
    return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: `Refused: ${check.reason}.` } };
  }
  if (typeof name !== 'string') {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'The call name must be a string.' } };
  }
  const ctx: CallContext<Events> = {
    emit: (ev, payload) => sendEvent(event.sender, ev, payload, log),
  };
  return dispatch(contract, handlers, name, input, ctx);
}

/** Register the invoke channel on ipcMain; returns an unregister function. */
export function registerIpc(deps: {
  ipcMain: IpcMainLike;
  handlers: HandlerTable<Contract, Events>;
  checkSender: (frame: FrameLike | null) => SenderCheck;
  log?: (msg: string) => void;
}): () => void {
  deps.ipcMain.handle(IPC_INVOKE_CHANNEL, (event, name, input) =>
    handleInvoke(deps.handlers, event, name, input, deps.checkSender, deps.log),
  );
  return () => deps.ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}
