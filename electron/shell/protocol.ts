// The app:// protocol: serves the built renderer (renderer/dist) from inside the package, with
// the security headers on every response. Requests are confined to the renderer folder: no
// path traversal, no symlinks out, only known file types; unknown paths serve index.html (SPA).
import fs from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders, type CspOptions } from './csp';
import { APP_HOST, APP_SCHEME } from './urls';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Map an app:// URL to a file under `root`, or null when it is not ours or escapes the root.
 * Paths without an extension fall back to index.html (client-side routes).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  // Encoded dot segments ("..%2f") survive URL parsing: refuse them outright.
  if (pathname.split('/').includes('..')) return null;
  const rel = path.posix.normalize(pathname).replace(/^\/+/, '');
  const target = rel === '' || !path.posix.extname(rel) ? 'index.html' : rel;
  const full = path.resolve(root, target);
  const rootResolved = path.resolve(root);
  if (full !== rootResolved && !full.startsWith(rootResolved + path.sep)) return null;
  return full;
}

export function mimeFor(file: string): string | null {
  return MIME[path.extname(file).toLowerCase()] ?? null;
}

/** A fetch-style handler for `protocol.handle(APP_SCHEME, ...)`. */
export function createAppProtocolHandler(
  root: string,
  opts: CspOptions = {},
): (request: { url: string; method?: string }) => Promise<Response> {
  const headers = securityHeaders(opts);
  return async (request) => {
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers });
    }
    const file = resolveAppPath(root, request.url);
    const type = file && mimeFor(file);
    if (!file || !type) return new Response('Not found', { status: 404, headers });
    try {
      // Refuse symlinks that point outside the renderer folder.
      const real = await fs.realpath(file);
      const realRoot = await fs.realpath(root);
      if (!real.startsWith(realRoot + path.sep)) return new Response('Not found', { status: 404, headers });
      const body = await fs.readFile(real);
      return new Response(new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': type } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  };
}
