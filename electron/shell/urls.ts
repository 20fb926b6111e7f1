// URL rules of the shell: which requests the network lock lets through, which links may be
// handed to the OS browser, and what counts as the app's own origin. Pure functions (no
// Electron), unit-tested in Node.

/** The custom protocol serving the renderer in the packaged app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'prompt-vault';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `host` or `host:port`, lower case, IPv6 without brackets handled by URL. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** True for the app's own origin (app://prompt-vault/...). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * Is `url` on one of `allowedHosts`? An entry is a host name ("api.openai.com", matched on any
 * port for https only) or "host:port" (matched exactly, http allowed: local servers like Ollama
 * on 127.0.0.1:11434). Wildcards are not supported on purpose.
 */
export function hostAllowed(url: string, allowedHosts: readonly string[]): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:' && u.protocol !== 'wss:' && u.protocol !== 'ws:'))
    return false;
  if (u.username || u.password) return false;
  const hostname = normaliseHost(u.hostname);
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  const port = u.port || (secure ? '443' : '80');
  for (const entry of allowedHosts) {
    const e = normaliseHost(entry);
    if (!e) continue;
    const withPort = parse(`http://${e}`);
    if (!withPort) continue;
    const eHost = normaliseHost(withPort.hostname);
    if (withPort.port || /:\d+$/.test(e)) {
      // host:port entries: exact host and port.
      const ePort = withPort.port || '80';
      if (eHost === hostname && ePort === port) return true;
    } else if (eHost === hostname && secure) {
      return true;
    }
  }
  return false;
}

/** Hosts named by provider base URLs ("https://api.x.com/v1" -> "api.x.com", "http://127.0.0.1:11434" -> "127.0.0.1:11434"). */
export function hostEntryForBaseUrl(baseUrl: string): string | null {
  const u = parse(baseUrl);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.protocol === 'https:' && !u.port) return normaliseHost(u.hostname);
  return `${u.host.toLowerCase()}` + (u.port ? '' : ':80');
}

export type RequestDecision = { allow: true } | { allow: false; reason: string };

/**
 * The network lock: every request of the browser session passes here. The app's own protocol,
 * in-page data/blob URLs and devtools (dev only) pass; http(s)/ws(s) only to allowed hosts;
 * everything else is refused.
 */
export function decideRequest(
  url: string,
  allowedHosts: readonly string[],
  opts: { dev?: boolean } = {},
): RequestDecision {
  const u = parse(url);
  if (!u) return { allow: false, reason: 'unparseable URL' };
  if (u.protocol === `${APP_SCHEME}:`) {
    return u.host === APP_HOST ? { allow: true } : { allow: false, reason: 'foreign app:// host' };
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:') return { allow: true };
  if (opts.dev && (u.protocol === 'devtools:' || u.protocol === 'chrome-extension:')) return { allow: true };
  if (hostAllowed(url, allowedHosts)) return { allow: true };
  return { allow: false, reason: `host not approved: ${u.protocol}//${u.host}` };
}

/** Longest URL handed to the OS browser. */
const MAX_EXTERNAL_URL = 2048;

/**
 * A link the user clicked may be opened in the OS browser only if it is a plain https URL: no
 * credentials, a real host name (not an IP literal or single-label/intranet name), default port,
 * no control characters or spaces. Returns the normalised URL or null.
 */
export function validateExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(url)) return null;
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return null;
  if (u.username || u.password || u.port) return null;
  const host = u.hostname;
  if (!host.includes('.') || host.endsWith('.')) return null;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  if (!/^[a-z0-9.-]+$/.test(host)) return null; // punycode only: no homograph Unicode hosts
  if (host.split('.').some((label) => !label || label.length > 63 || label.startsWith('-') || label.endsWith('-')))
    return null;
  return u.toString();
}
