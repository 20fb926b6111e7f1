// The Content-Security-Policy of the renderer. The page is our own bundle served from the
// app:// protocol; it talks to the main process only through the preload's IPC bridge, so it
// needs no network access at all: every fetch, socket, frame, plugin and form is refused.

export interface CspOptions {
  /** Development with Vite's dev server (HMR websocket and inline react-refresh preamble). */
  devServerOrigin?: string;
}

export function buildCsp(opts: CspOptions = {}): string {
  const dev = opts.devServerOrigin;
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", dev, "'unsafe-inline'"] : ["'self'"],
    // React sets style properties through the CSSOM (allowed); no inline <style> in the build.
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': dev ? [dev, dev.replace(/^http/, 'ws')] : ["'none'"],
    'media-src': ["'none'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'child-src': ["'none'"],
    'worker-src': ["'none'"],
    'manifest-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** Headers every response of the app:// protocol carries. */
export function securityHeaders(opts: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp(opts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
  };
}
