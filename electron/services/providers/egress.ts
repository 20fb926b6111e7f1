// The egress guard: every request URL (and every redirect target) is checked against the
// approved hosts before anything touches the network, so an unapproved host never sees a
// DNS lookup or a socket.
import { ProviderError } from './errors';

/** "host" or "host:port" as URL.host spells it (default ports omitted), lowercase. */
export function hostOf(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).host.toLowerCase();
}

export class EgressGuard {
  private readonly source: () => Iterable<string>;

  /** `hosts`: host[:port] entries (URL.host form), or a function read on every check. */
  constructor(hosts: Iterable<string> | (() => Iterable<string>)) {
    if (typeof hosts === 'function') this.source = hosts;
    else {
      const fixed = [...hosts];
      this.source = () => fixed;
    }
  }

  allowedHosts(): string[] {
    return [...new Set([...this.source()].map((h) => h.toLowerCase()))];
  }

  /** Parse and check `url`; throws ProviderError('egress' or 'redirect') when refused. */
  check(url: string | URL, how: 'request' | 'redirect' = 'request'): URL {
    let u: URL;
    try {
      u = typeof url === 'string' ? new URL(url) : url;
    } catch {
      throw new ProviderError('egress', `"${String(url)}" is not a valid URL; nothing was sent.`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
      throw new ProviderError('egress', `Only http and https are allowed (got ${u.protocol}); nothing was sent.`);
    }
    if (u.username || u.password) {
      throw new ProviderError('egress', 'URLs with embedded credentials are refused; nothing was sent.');
    }
    const host = u.host.toLowerCase();
    if (!this.allowedHosts().includes(host)) {
      throw new ProviderError(
        how === 'redirect' ? 'redirect' : 'egress',
        how === 'redirect'
          ? `The provider redirected to ${host}, which is not an approved host; the redirect was not followed.`
          : `${host} is not an approved provider host; nothing was sent.`,
      );
    }
    return u;
  }
}
