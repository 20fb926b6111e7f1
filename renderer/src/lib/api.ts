// The renderer's only way out: `window.vault`, exposed by the preload script (Electron) or by
// the end-to-end bridge (Playwright). Calls are typed by the shared contract; failures come back
// as `ApiError` with the main process's error code.
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { Contract, Events } from '../../../shared/ipc/contract';
import type { VaultApi } from '../../../shared/ipc/api';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function bridge(): VaultApi {
  // Absent only when the page is opened outside the app (no preload, no test bridge).
  if (!(window as Partial<Window>).vault) throw new ApiError('NO_BRIDGE', 'The app backend is not available.');
  return window.vault;
}

export type CallInput<K extends keyof Contract> = z.input<Contract[K]['input']>;
export type CallOutput<K extends keyof Contract> = z.output<Contract[K]['output']>;
export type EventPayload<K extends keyof Events> = z.output<Events[K]>;

export async function call<K extends keyof Contract & string>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const res = await bridge().call(name, input as never);
  if (!res.ok) throw new ApiError(res.error.code, res.error.message, res.error.details);
  return res.value as CallOutput<K>;
}

/** Subscribe to a main-process event for the component's lifetime. */
export function useEvent<K extends keyof Events & string>(
  event: K,
  listener: (payload: EventPayload<K>) => void,
): void {
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => {
    if (!(window as Partial<Window>).vault) return undefined;
    return window.vault.on(event, (p) => ref.current(p as EventPayload<K>));
  }, [event]);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
