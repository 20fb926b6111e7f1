// Which IPC sender is trusted: the main frame of the app window, showing the app's own page.
// Subframes (there are none, but CSP aside), other windows and other origins are refused.
import { isAppUrl } from './urls';

/** The parts of Electron's WebFrameMain the check needs. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent?: FrameLike | null;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/**
 * `frame` = `event.senderFrame`; `mainFrame` = the app window's `webContents.mainFrame` (or null
 * when no window exists). `allowDevOrigin` admits the Vite dev server URL in development.
 */
export function checkSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  opts: { allowDevOrigin?: string } = {},
): SenderCheck {
  if (!frame) return { ok: false, reason: 'the sending frame is gone' };
  if (!mainFrame) return { ok: false, reason: 'no app window' };
  if (frame.parent) return { ok: false, reason: 'a subframe may not call the app' };
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId)
    return { ok: false, reason: 'the sender is not the app window' };
  if (isAppUrl(frame.url)) return { ok: true };
  if (opts.allowDevOrigin && sameOrigin(frame.url, opts.allowDevOrigin)) return { ok: true };
  return { ok: false, reason: 'the sender is not showing the app page' };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
