// The mechanism behind the typed IPC contract: channels with zod schemas for input and
// output, events pushed from the main process, and one dispatcher that validates every call.
// Electron's ipcMain and the Playwright bridge of the end-to-end tests both call `dispatch`.
import type { z } from 'zod';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> {
  return { input, output };
}

export type ContractDef = Record<string, ChannelDef>;
export type EventsDef = Record<string, z.ZodType>;

export type Input<C extends ContractDef, K extends keyof C> = z.input<C[K]['input']>;
export type Output<C extends ContractDef, K extends keyof C> = z.output<C[K]['output']>;

/** What a handler knows about its caller and how it pushes events back to it. */
export interface CallContext<E extends EventsDef = EventsDef> {
  emit<K extends keyof E & string>(event: K, payload: z.input<E[K]>): void;
}

export type HandlerTable<C extends ContractDef, E extends EventsDef = EventsDef> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, ctx: CallContext<E>) => Promise<z.input<C[K]['output']>>;
};

/** A serialisable error that crosses the process boundary. */
export interface IpcError {
  /** Stable machine code, e.g. INVALID_INPUT, VAULT_LOCKED, POLICY_BLOCKED. */
  code: string;
  message: string;
  /** Optional structured details (never personal data). */
  details?: unknown;
}

export type IpcResult<T = unknown> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Errors a handler throws on purpose carry a code the UI can act on. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

function describeZodError(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ');
}

/**
 * Validate `rawInput` against the channel's schema, run the handler, validate its output.
 * Never throws: every failure becomes `{ ok: false, error }`.
 */
export async function dispatch<C extends ContractDef, E extends EventsDef>(
  contract: C,
  handlers: HandlerTable<C, E>,
  name: string,
  rawInput: unknown,
  ctx: CallContext<E>,
): Promise<IpcResult> {
  if (!Object.prototype.hasOwnProperty.call(contract, name)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown call "${name}".` } };
  }
  const def = contract[name]!;
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Invalid input for ${name}: ${describeZodError(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[name as keyof C]!;
    const value = await handler(parsed.data as never, ctx);
    const out = def.output.safeParse(value);
    if (!out.success) {
      return {
        ok: false,
        error: { code: 'INVALID_OUTPUT', message: `Internal error: ${name} returned an unexpected shape.` },
      };
    }
    return { ok: true, value: out.data };
  } catch (err) {
    if (err instanceof CodedError) {
      return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
}
