import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handleInvoke, registerIpc, sendEvent, validateEvent, type InvokeEventLike } from '../../../electron/shell/ipc';
import { checkSender, type FrameLike } from '../../../electron/shell/sender';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, createVaultApi } from '../../../shared/ipc/api';
import { contract, type Contract, type Events } from '../../../shared/ipc/contract';
import type { HandlerTable } from '../../../shared/ipc/define';

const mainFrame: FrameLike = { url: 'app://prompt-vault/index.html', processId: 4, routingId: 1, parent: null };

/** A handler table where every handler records its call and answers minimally. */
function fakeHandlers(calls: string[]): HandlerTable<Contract, Events> {
  const table: Record<string, unknown> = {};
  for (const name of Object.keys(contract)) {
    table[name] = async (input: unknown, ctx: { emit: (e: string, p: unknown) => void }) => {
      calls.push(name);
      if (name === 'app.ping') return { ok: true };
      if (name === 'chat.cancel') {
        ctx.emit('chat.error', {
          requestId: (input as { requestId: string }).requestId,
          code: 'CANCELLED',
          message: 'x',
        });
        ctx.emit('chat.error', { bogus: true });
        return { cancelled: true };
      }
      if (name === 'vault.unlock') return { unexpected: 'shape' };
      throw new Error('not used');
    };
  }
  return table as unknown as HandlerTable<Contract, Events>;
}

function event(frame: FrameLike | null, sent: unknown[][]): InvokeEventLike {
  return { senderFrame: frame, sender: { send: (...args: unknown[]) => sent.push(args) } };
}

describe('sender check', () => {
  it('accepts only the main frame of the app window showing the app page', () => {
    assert.deepEqual(checkSender(mainFrame, mainFrame), { ok: true });
    assert.equal(checkSender(null, mainFrame).ok, false);
    assert.equal(checkSender(mainFrame, null).ok, false);
    assert.equal(checkSender({ ...mainFrame, routingId: 2 }, mainFrame).ok, false, 'another frame');
    assert.equal(checkSender({ ...mainFrame, processId: 9 }, mainFrame).ok, false, 'another process');
    assert.equal(checkSender({ ...mainFrame, parent: mainFrame }, mainFrame).ok, false, 'a subframe');
    const navigated = { ...mainFrame, url: 'https://evil.example.com/' };
    assert.equal(checkSender(navigated, navigated).ok, false, 'the window shows a foreign page');
  });

  it('admits the dev server origin only when configured', () => {
    const dev = { ...mainFrame, url: 'http://localhost:5173/' };
    assert.equal(checkSender(dev, dev).ok, false);
    assert.equal(checkSender(dev, dev, { allowDevOrigin: 'http://localhost:5173' }).ok, true);
  });
});

describe('IPC handling', () => {
  const check = (f: FrameLike | null) => checkSender(f, mainFrame);

  it('refuses untrusted senders before any handler runs', async () => {
    const calls: string[] = [];
    const res = await handleInvoke(
      fakeHandlers(calls),
      event({ ...mainFrame, routingId: 7 }, []),
      'app.ping',
      {},
      check,
    );
    assert.equal(res.ok, false);
    assert.equal(!res.ok && res.error.code, 'FORBIDDEN_SENDER');
    assert.deepEqual(calls, []);
  });

  it('validates input with the shared schemas (INVALID_INPUT) and rejects unknown calls', async () => {
    const calls: string[] = [];
    const h = fakeHandlers(calls);
    const bad = await handleInvoke(h, event(mainFrame, []), 'vault.unlock', { passphrase: 42 }, check);
    assert.equal(!bad.ok && bad.error.code, 'INVALID_INPUT');
    const extra = await handleInvoke(h, event(mainFrame, []), 'app.ping', { sneaky: 1 }, check);
    assert.equal(!extra.ok && extra.error.code, 'INVALID_INPUT', 'strict empty inputs');
    const unknown = await handleInvoke(h, event(mainFrame, []), 'fs.readFile', {}, check);
    assert.equal(!unknown.ok && unknown.error.code, 'UNKNOWN_CHANNEL');
    const proto = await handleInvoke(h, event(mainFrame, []), '__proto__', {}, check);
    assert.equal(!proto.ok && proto.error.code, 'UNKNOWN_CHANNEL');
    const nonString = await handleInvoke(h, event(mainFrame, []), 42, {}, check);
    assert.equal(!nonString.ok && nonString.error.code, 'UNKNOWN_CHANNEL');
    assert.deepEqual(calls, []);
  });

  it('validates outputs and events on the way out', async () => {
    const calls: string[] = [];
    const sent: unknown[][] = [];
    const h = fakeHandlers(calls);
    const badOut = await handleInvoke(h, event(mainFrame, sent), 'vault.unlock', { passphrase: 'x' }, check);
    assert.equal(!badOut.ok && badOut.error.code, 'INVALID_OUTPUT');
    const res = await handleInvoke(h, event(mainFrame, sent), 'chat.cancel', { requestId: 'r1' }, check);
    assert.deepEqual(res, { ok: true, value: { cancelled: true } });
    // The valid event went out, the malformed one was dropped.
    assert.deepEqual(sent, [[IPC_EVENT_CHANNEL, 'chat.error', { requestId: 'r1', code: 'CANCELLED', message: 'x' }]]);
    assert.equal(validateEvent('nope', {}), null);
    const out: unknown[][] = [];
    sendEvent({ send: (...a: unknown[]) => out.push(a), isDestroyed: () => true }, 'vault.locked', { reason: 'idle' });
    assert.deepEqual(out, [], 'no send to a destroyed window');
  });

  it('registers one invoke channel on ipcMain and unregisters it', async () => {
    const registered = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: (ch: string, fn: (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>) => registered.set(ch, fn),
      removeHandler: (ch: string) => registered.delete(ch),
    };
    const calls: string[] = [];
    const off = registerIpc({ ipcMain, handlers: fakeHandlers(calls), checkSender: check });
    assert.deepEqual([...registered.keys()], [IPC_INVOKE_CHANNEL]);
    const res = await registered.get(IPC_INVOKE_CHANNEL)!(event(mainFrame, []), 'app.ping', {});
    assert.deepEqual(res, { ok: true, value: { ok: true } });
    off();
    assert.equal(registered.size, 0);
  });
});

describe('window.vault API', () => {
  it('generates one typed helper per channel over the raw call', async () => {
    const seen: [string, unknown][] = [];
    const api = createVaultApi(
      async (name, input) => {
        seen.push([name, input]);
        return { ok: true, value: { ok: true } };
      },
      () => () => undefined,
    );
    for (const name of Object.keys(contract)) {
      const [ns, method] = name.split('.') as [string, string];
      assert.equal(
        typeof (api.api as unknown as Record<string, Record<string, unknown>>)[ns]![method],
        'function',
        name,
      );
    }
    await api.api.app.ping();
    await api.api.vault.unlock({ passphrase: 'pw' });
    assert.deepEqual(seen, [
      ['app.ping', {}],
      ['vault.unlock', { passphrase: 'pw' }],
    ]);
  });
});
