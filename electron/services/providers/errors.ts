// Typed errors from providers and from the guards in front of them. `code` is the stable IPC
// error code the UI acts on; `kind` says precisely what happened; `partial` keeps whatever
// answer text had arrived (as received, with placeholders) so nothing is lost.

export type ProviderErrorCode =
  | 'PROVIDER_NOT_APPROVED'
  | 'PROVIDER_AUTH'
  | 'RATE_LIMITED'
  | 'PROVIDER_ERROR'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'API_KEY_MISSING';

export type ProviderErrorKind =
  /** The URL's host is not approved (no socket was opened). */
  | 'egress'
  /** The provider redirected to a host that is not approved. */
  | 'redirect'
  /** 401/403 */
  | 'auth'
  /** 429 from the provider */
  | 'rate-limit'
  /** The per-provider rate limit of the policy (nothing was sent). */
  | 'local-rate-limit'
  /** 5xx */
  | 'server'
  /** Another HTTP status */
  | 'http'
  /** An error event inside the stream */
  | 'stream-error'
  /** An event that could not be parsed */
  | 'malformed'
  /** The connection ended before the answer was complete */
  | 'broken-stream'
  | 'timeout'
  | 'cancelled'
  /** DNS, connection refused, TLS... */
  | 'network'
  | 'missing-key';

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  /** Answer text received before the failure (as received, placeholders not restored). */
  partial: string;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    opts: { status?: number; retryAfterSeconds?: number; partial?: string; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.code = codeOf(kind);
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.retryAfterSeconds !== undefined) this.retryAfterSeconds = opts.retryAfterSeconds;
    this.partial = opts.partial ?? '';
  }
}

function codeOf(kind: ProviderErrorKind): ProviderErrorCode {
  switch (kind) {
    case 'egress':
    case 'redirect':
      return 'PROVIDER_NOT_APPROVED';
    case 'auth':
      return 'PROVIDER_AUTH';
    case 'rate-limit':
    case 'local-rate-limit':
      return 'RATE_LIMITED';
    case 'timeout':
      return 'TIMEOUT';
    case 'cancelled':
      return 'CANCELLED';
    case 'missing-key':
      return 'API_KEY_MISSING';
    default:
      return 'PROVIDER_ERROR';
  }
}
