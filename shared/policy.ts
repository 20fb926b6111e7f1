// The org policy: which providers and models may receive redacted prompts, which entity types
// must always be redacted, allow/deny lists, custom recognizers, storage and audit rules.
// The schema is shared by the main process (verification, enforcement) and the UI (display).
// A policy is only trusted when it carries a valid Ed25519 signature by the org's key
// (see electron/services/policy/); anything else falls back to RESTRICTIVE_POLICY.
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from './entities';

export const POLICY_FORMAT = 'prompt-vault-policy/1';
export const SIGNED_POLICY_FORMAT = 'prompt-vault-signed-policy/1';

const EntityType = z.enum(ENTITY_TYPES);

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

const Regex = z
  .string()
  .min(1)
  .max(2000)
  .refine((s) => compiles(s, 'giu'), { message: 'not a valid regular expression' });

export const TermListSchema = z
  .object({
    terms: z.array(z.string().trim().min(1).max(500)).max(10_000).optional(),
    patterns: z.array(Regex).max(1000).optional(),
  })
  .strict();

export const CustomRecognizerSchema = z
  .object({
    name: z.string().min(1).max(100),
    pattern: Regex,
    flags: z
      .string()
      .regex(/^[imsx]*$/, 'only the flags i, m, s may be added')
      .optional(),
    type: EntityType,
    subtype: z.string().max(64).optional(),
    score: z.number().min(0).max(1).optional(),
    contextWords: z.array(z.string().min(1).max(100)).max(200).optional(),
  })
  .strict();

const HttpUrl = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && !u.hash;
      } catch {
        return false;
      }
    },
    { message: 'must be an http(s) URL without credentials or fragment' },
  );

export const RateLimitSchema = z
  .object({
    /** At most `requests` sends per `perSeconds` seconds to this provider. */
    requests: z.number().int().min(1).max(1_000_000),
    perSeconds: z.number().int().min(1).max(86_400),
  })
  .strict();

export const ProviderRuleSchema = z
  .object({
    /** Stable id used in settings, the vault (API key name) and the audit trail. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash, underscore; at most 64'),
    name: z.string().min(1).max(100).optional(),
    /** Wire protocol: OpenAI Chat Completions (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM) or Anthropic Messages. */
    api: z.enum(['openai', 'anthropic']),
    /**
     * Base URL as the official SDKs take it: OpenAI-compatible ".../v1" (Chat Completions is
     * `${baseUrl}/chat/completions`), Azure ".../openai/deployments/NAME" or ".../openai/v1",
     * Anthropic "https://api.anthropic.com" (Messages is `${baseUrl}/v1/messages`).
     */
    baseUrl: HttpUrl,
    /** Approved model names; "*" wildcards allowed (e.g. "gpt-4o*"). */
    models: z.array(z.string().min(1).max(200)).min(1).max(1000),
    defaultModel: z.string().min(1).max(200).optional(),
    /** How the API key is sent: Authorization: Bearer (default for openai), api-key (Azure), x-api-key (anthropic). */
    auth: z.enum(['bearer', 'api-key', 'x-api-key', 'none']).optional(),
    /** Query parameters added to every request (Azure: {"api-version": "2024-10-21"}). */
    query: z.record(z.string().max(100), z.string().max(500)).optional(),
    rateLimit: RateLimitSchema.optional(),
    /** Seconds without any data before a request is abandoned (default 60). */
    timeoutSeconds: z.number().int().min(1).max(3600).optional(),
    /** Anthropic requires max_tokens (default 4096). */
    maxTokens: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

export const PolicySchema = z
  .object({
    format: z.literal(POLICY_FORMAT),
    /** Stable id of this policy line, e.g. "acme-default". */
    id: z.string().min(1).max(100),
    /** Increases with every change the org signs. */
    version: z.number().int().min(1),
    name: z.string().min(1).max(200).optional(),
    org: z.string().max(200).optional(),
    issuedAt: z.iso.datetime({ offset: true }).optional(),
    /** After this instant the policy is rejected. */
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    providers: z.array(ProviderRuleSchema).max(100).default([]),
    /** Users may add providers of their own (unmanaged installs). */
    allowUserProviders: z.boolean().default(false),
    detection: z
      .object({
        /** Always detected and always redacted; users can't turn them off or keep them. */
        requiredTypes: z.array(EntityType).default([...ENTITY_TYPES]),
        /** Highest threshold users may set (a lower threshold detects more). */
        threshold: z.number().min(0.05).max(0.99).optional(),
        perTypeThreshold: z.partialRecord(EntityType, z.number().min(0).max(1)).optional(),
        allowList: TermListSchema.optional(),
        denyList: TermListSchema.extend({ type: EntityType.optional() }).strict().optional(),
        customRecognizers: z.array(CustomRecognizerSchema).max(500).optional(),
        /** Users may keep their own allow list (it loosens detection, so it's off unless allowed). */
        allowUserAllowList: z.boolean().default(true),
        /** Refuse to send when the injection score reaches this (absent = warn only). */
        blockInjectionScore: z.number().min(0).max(1).optional(),
      })
      .strict()
      .default({ requiredTypes: [...ENTITY_TYPES], allowUserAllowList: true }),
    storage: z
      .object({
        /** Keep the original prompt and answer (encrypted) next to the redacted ones. */
        storeOriginals: z.boolean().default(true),
        /** Conversations older than this are deleted; absent = no maximum. */
        maxRetentionDays: z.number().int().min(1).max(36_500).optional(),
      })
      .strict()
      .default({ storeOriginals: true }),
    /** Refuse to send while the NER model is unavailable (patterns alone miss names). */
    blockWhenNerUnavailable: z.boolean().default(true),
    /** Longest idle time before the vault locks itself; absent = user's choice (0 = never allowed). */
    maxAutoLockMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    audit: z
      .object({
        /** Record every send in the hash-chained audit trail. */
        enabled: z.boolean().default(true),
        /** Also record sends the policy blocked. */
        recordBlocked: z.boolean().default(true),
      })
      .strict()
      .default({ enabled: true, recordBlocked: true }),
  })
  .strict();

/** A policy as written by an admin (defaults not yet applied). */
export type PolicyInput = z.input<typeof PolicySchema>;
/** A validated policy with defaults applied. */
export type Policy = z.output<typeof PolicySchema>;
export type ProviderRule = z.output<typeof ProviderRuleSchema>;
export type RateLimit = z.output<typeof RateLimitSchema>;

/** The file an org ships: the policy and a detached Ed25519 signature over its canonical JSON. */
export const SignedPolicySchema = z
  .object({
    format: z.literal(SIGNED_POLICY_FORMAT),
    /** First 16 hex digits of SHA-256(public key): which key signed it. */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** base64 */
    signature: z.string().min(1).max(200),
    policy: z.unknown(),
  })
  .strict();
export type SignedPolicy = z.output<typeof SignedPolicySchema>;

/** Where the policy in force came from (matches the IPC PolicyView). */
export type PolicySource = 'org' | 'builtin' | 'restrictive';

export const ALL_TYPES: readonly EntityType[] = ENTITY_TYPES;

/**
 * No org policy shipped (personal install): every type but ORG, LOCATION, URL and DATE must be
 * redacted, the user chooses providers, and sending waits for the NER model.
 */
export const BUILTIN_POLICY: Policy = PolicySchema.parse({
  format: POLICY_FORMAT,
  id: 'builtin',
  version: 1,
  name: 'Built-in defaults',
  providers: [],
  allowUserProviders: true,
  detection: {
    requiredTypes: ENTITY_TYPES.filter((t) => !['ORG', 'LOCATION', 'URL', 'DATE'].includes(t)),
    allowUserAllowList: true,
  },
  storage: { storeOriginals: true },
  blockWhenNerUnavailable: true,
  audit: { enabled: true, recordBlocked: true },
});

/**
 * A policy was expected but rejected (unsigned, tampered, expired, wrong key, invalid): nothing
 * may be sent, every type is required, originals aren't stored. Existing history is not purged
 * because of a broken policy file (no retention maximum): a mistake must not destroy data.
 */
export const RESTRICTIVE_POLICY: Policy = PolicySchema.parse({
  format: POLICY_FORMAT,
  id: 'restrictive',
  version: 1,
  name: 'Most restrictive defaults',
  providers: [],
  allowUserProviders: false,
  detection: { requiredTypes: [...ENTITY_TYPES], allowUserAllowList: false, blockInjectionScore: 0.5 },
  storage: { storeOriginals: false },
  blockWhenNerUnavailable: true,
  audit: { enabled: true, recordBlocked: true },
});

/** The first few readable problems of a zod error, e.g. "providers.0.baseUrl: must be ...". */
export function describeIssues(err: z.ZodError, max = 5): string {
  return err.issues
    .slice(0, max)
    .map((i) => `${i.path.length ? i.path.join('.') : '(policy)'}: ${i.message}`)
    .join('; ');
}

/** "*" wildcard match (case-sensitive; model names are). */
export function matchesModel(patterns: readonly string[], model: string): boolean {
  return patterns.some((p) => {
    if (!p.includes('*')) return p === model;
    const re = new RegExp(
      '^' +
        p
          .split('*')
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    );
    return re.test(model);
  });
}
