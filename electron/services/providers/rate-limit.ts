// Per-provider rate limit from the policy: at most N sends per S seconds (sliding window).
import type { RateLimit } from '../../../shared/policy';
import { ProviderError } from './errors';

export class RateLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Count one send to `key`, or throw RATE_LIMITED (nothing counted) when over the limit. */
  take(key: string, limit: RateLimit | undefined, label = key): void {
    if (!limit) return;
    const t = this.now();
    const windowMs = limit.perSeconds * 1000;
    const recent = (this.log.get(key) ?? []).filter((ts) => ts > t - windowMs);
    if (recent.length >= limit.requests) {
      const waitS = Math.max(1, Math.ceil((recent[0]! + windowMs - t) / 1000));
      this.log.set(key, recent);
      throw new ProviderError(
        'local-rate-limit',
        `Rate limit for ${label} reached: the policy allows ${limit.requests} request${limit.requests === 1 ? '' : 's'} per ${limit.perSeconds} s. Try again in ${waitS} s. Nothing was sent.`,
        { retryAfterSeconds: waitS },
      );
    }
    recent.push(t);
    this.log.set(key, recent);
  }
}
