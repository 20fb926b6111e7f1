// Navigation, new windows, permissions and external links. The window only ever shows the
// app's own page: every navigation elsewhere and every window.open is refused; an https link
// the user clicks goes to the OS browser after validation (and at most a few per second, so a
// script could not flood the desktop with tabs even if it ran).
import { isAppUrl, validateExternalUrl } from './urls';

/** `will-navigate` / `will-redirect`: true = prevent. Only the app page itself may (re)load. */
export function shouldBlockNavigation(url: string): boolean {
  return !isAppUrl(url);
}

export interface WindowOpenRequest {
  url: string;
  disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
  features: string;
  postBody?: unknown;
}

export interface ExternalOpener {
  /** Decide a window-open request: never a new app window; maybe the OS browser. */
  handleWindowOpen(req: WindowOpenRequest): { action: 'deny' };
}

/**
 * `setWindowOpenHandler`: always deny the window. A link click (`<a target="_blank">`,
 * disposition foreground/background-tab, no window features, no POST body) to a valid https URL is
 * handed to `openExternal`; scripted popups (features given, POST, other dispositions) are dropped.
 */
export function createExternalOpener(deps: {
  openExternal: (url: string) => unknown;
  now?: () => number;
  /** Max links opened per `windowMs` (default 3 per 2 s). */
  maxPerWindow?: number;
  windowMs?: number;
  log?: (msg: string) => void;
}): ExternalOpener {
  const now = deps.now ?? Date.now;
  const max = deps.maxPerWindow ?? 3;
  const windowMs = deps.windowMs ?? 2000;
  const recent: number[] = [];
  return {
    handleWindowOpen(req) {
      const clickLike =
        (req.disposition === 'foreground-tab' || req.disposition === 'background-tab') &&
        !req.features &&
        req.postBody === undefined;
      const url = clickLike ? validateExternalUrl(req.url) : null;
      if (!url) {
        deps.log?.('Refused to open a window or link.');
        return { action: 'deny' };
      }
      const t = now();
      while (recent.length && t - recent[0]! > windowMs) recent.shift();
      if (recent.length >= max) {
        deps.log?.('Refused to open a link: too many in a short time.');
        return { action: 'deny' };
      }
      recent.push(t);
      void Promise.resolve(deps.openExternal(url)).catch(() => undefined);
      return { action: 'deny' };
    },
  };
}

/** Every permission (camera, microphone, notifications, geolocation, clipboard-read, ...) is denied. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
