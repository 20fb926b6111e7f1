// The network lock of the browser session: `session.webRequest.onBeforeRequest` asks `decide`
// for every request. The allowed hosts come from the app core (approved providers; the model
// download host only while the user downloads it) and can change at run time. Provider calls
// and the model download themselves are made by the main process, never by the page.
import { decideRequest } from './urls';

export interface NetworkLock {
  setAllowedHosts(hosts: readonly string[]): void;
  allowedHosts(): string[];
  /** Electron-shaped listener: `(details, callback) => callback({ cancel })`. */
  onBeforeRequest(details: { url: string }, callback: (response: { cancel: boolean }) => void): void;
  /** Requests refused so far (host only, for diagnostics; never full URLs with tokens). */
  refusedCount(): number;
}

export function createNetworkLock(opts: { dev?: boolean; log?: (msg: string) => void } = {}): NetworkLock {
  let hosts: string[] = [];
  let refused = 0;
  return {
    setAllowedHosts(next) {
      hosts = [...new Set(next.map((h) => h.trim().toLowerCase()).filter(Boolean))];
    },
    allowedHosts: () => [...hosts],
    onBeforeRequest(details, callback) {
      const d = decideRequest(details.url, hosts, { dev: opts.dev });
      if (!d.allow) {
        refused += 1;
        opts.log?.(`Network lock refused a request (${d.reason}).`);
      }
      callback({ cancel: !d.allow });
    },
    refusedCount: () => refused,
  };
}
