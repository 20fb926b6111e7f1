// Every call the renderer can make, and every event the main process pushes, with runtime
// validation. The shell (electron/shell/ipc.ts) registers whatever is listed here generically;
// the app core (electron/app/core.ts) implements one handler per channel; the end-to-end bridge
// uses the same table. Inputs are validated before a handler runs (INVALID_INPUT otherwise),
// outputs before they leave the main process.
//
// Error codes a handler may return (IpcError.code), so the UI can act on them:
//   INVALID_INPUT, UNKNOWN_CHANNEL, INTERNAL        (mechanism)
//   VAULT_LOCKED, VAULT_EXISTS, VAULT_MISSING, WRONG_PASSPHRASE, WRONG_RECOVERY_KEY, VAULT_CORRUPT,
//   VAULT_VERSION, OS_KEY_UNAVAILABLE               (vault)
//   POLICY_BLOCKED (sending refused by the org policy), POLICY_LOCKED (a setting the policy fixes),
//   PROVIDER_NOT_APPROVED, MODEL_NOT_APPROVED, API_KEY_MISSING, MODEL_UNAVAILABLE,
//   DETECTION_FAILED, INJECTION_BLOCKED             (sending)
//   PROVIDER_ERROR, PROVIDER_AUTH, RATE_LIMITED, TIMEOUT, CANCELLED, NOT_FOUND, CANCELLED_BY_USER
import { z } from 'zod';
import { ENTITY_TYPES } from '../entities';
import { MAX_TEXT_CHARS } from '../limits';
import { channel } from './define';

// ---------------------------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------------------------

export { MAX_TEXT_CHARS };

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });
const id = z.string().min(1).max(128);
const text = z.string().max(MAX_TEXT_CHARS);
const passphrase = z.string().min(1).max(1024);
/** New passphrases: the vault may demand more; this is the floor every caller shares. */
const newPassphrase = z.string().min(8, 'Use at least 8 characters.').max(1024);
const timestamp = z.number().int().nonnegative(); // ms since epoch

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const DetectorSourceSchema = z.enum(['pattern', 'secret', 'ner', 'custom', 'deny-list', 'manual']);

export const EntitySchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: EntityTypeSchema,
  subtype: z.string().optional(),
  score: z.number().min(0).max(1),
  source: DetectorSourceSchema,
  text: z.string(),
  validated: z.boolean().optional(),
});

export const InjectionFindingSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['instruction-override', 'role-marker', 'prompt-exfiltration', 'hidden-text', 'encoded-payload']),
  score: z.number().min(0).max(1),
  text: z.string(),
  description: z.string(),
});

export const InjectionReportSchema = z.object({
  score: z.number().min(0).max(1),
  findings: z.array(InjectionFindingSchema),
});

export const DetectionResultSchema = z.object({
  entities: z.array(EntitySchema),
  injection: InjectionReportSchema,
  nerAvailable: z.boolean(),
  nerError: z.string().optional(),
  ms: z.number().nonnegative(),
});

/**
 * The user's decision about one span of the prompt: a detected entity they keep or redact, or a
 * manual selection (source 'manual') to redact. Spans are UTF-16 offsets into the prompt text.
 * Entities of types the policy requires can't be kept: the core refuses with POLICY_BLOCKED.
 */
export const EntityChoiceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    type: EntityTypeSchema,
    subtype: z.string().max(64).optional(),
    source: DetectorSourceSchema.default('manual'),
    action: z.enum(['redact', 'keep']).default('redact'),
  })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start' });

export const PlaceholderEntrySchema = z.object({
  placeholder: z.string(),
  type: EntityTypeSchema,
  original: z.string(),
});
export const PlaceholderMapSchema = z.record(z.string(), PlaceholderEntrySchema);

export const RetentionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('forever') }),
  z.object({ mode: z.literal('days'), days: z.number().int().min(1).max(36_500) }),
  z.object({ mode: z.literal('off') }),
]);

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

// ---------------------------------------------------------------------------------------------
// vault.*: first run, unlock, lock, passphrase and recovery key
// ---------------------------------------------------------------------------------------------

export const OsKeyStatusSchema = z.object({
  /** A strong OS key store exists (Linux basic_text counts as unavailable). */
  available: z.boolean(),
  /** Backend in use now (keychain, dpapi, gnome_libsecret, kwallet5, basic_text, unknown). */
  backend: z.string(),
  /** The vault key is also wrapped by the OS key (unlock without passphrase). */
  enabled: z.boolean(),
  /** The backend that wrapped the key differs from today's: explain, don't look like data loss. */
  backendChanged: z.object({ previous: z.string(), current: z.string() }).optional(),
});

export const VaultStatusSchema = z.object({
  /** A vault exists in the data directory (false = first run). */
  exists: z.boolean(),
  unlocked: z.boolean(),
  /** The recovery key was shown but the user has not confirmed it yet. */
  recoveryPending: z.boolean(),
  /** Idle minutes before auto-lock; 0 = never. */
  autoLockMinutes: z.number().int().nonnegative(),
  osKey: OsKeyStatusSchema,
  /** Seconds the user must wait before the next unlock attempt (after wrong passphrases). */
  retryAfterSeconds: z.number().nonnegative().optional(),
});

const vaultChannels = {
  'vault.status': channel(empty, VaultStatusSchema),
  /** First run: create the vault; the recovery key is shown once and must be confirmed. */
  'vault.create': channel(
    z.object({ passphrase: newPassphrase, useOsKey: z.boolean().default(false) }),
    z.object({ recoveryKey: z.string() }),
  ),
  /** The user types the recovery key back; WRONG_RECOVERY_KEY if it doesn't match. */
  'vault.confirmRecovery': channel(z.object({ recoveryKey: z.string().min(1).max(256) }), VaultStatusSchema),
  'vault.unlock': channel(z.object({ passphrase }), VaultStatusSchema),
  /** Unlock with the OS-protected key (OS_KEY_UNAVAILABLE if the backend can't supply it). */
  'vault.unlockWithOsKey': channel(empty, VaultStatusSchema),
  /** Forgotten passphrase: recovery key + a new passphrase. Returns a NEW recovery key to show. */
  'vault.unlockWithRecovery': channel(
    z.object({ recoveryKey: z.string().min(1).max(256), newPassphrase }),
    z.object({ status: VaultStatusSchema, recoveryKey: z.string().optional() }),
  ),
  'vault.lock': channel(empty, VaultStatusSchema),
  'vault.changePassphrase': channel(z.object({ oldPassphrase: passphrase, newPassphrase }), ok),
  /** 0 turns auto-lock off (unless the policy forbids it: POLICY_LOCKED). */
  'vault.setAutoLock': channel(
    z.object({
      minutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60),
    }),
    VaultStatusSchema,
  ),
  /** Also wrap the vault key with the OS key store (or stop doing so). */
  'vault.setOsKey': channel(z.object({ enabled: z.boolean() }), VaultStatusSchema),
};

// ---------------------------------------------------------------------------------------------
// detect.* and allowList.*: live detection while typing, and the exact text that will be sent
// ---------------------------------------------------------------------------------------------

const detectChannels = {
  /** Detection with the effective options (policy + user settings). Needs an unlocked vault. */
  'detect.run': channel(z.object({ text, conversationId: id.optional() }), DetectionResultSchema),
  /**
   * What would be sent for these choices: the redacted prompt and its placeholders, continuing
   * the conversation's placeholder numbering when `conversationId` is given.
   */
  'detect.preview': channel(
    z.object({ text, entities: z.array(EntityChoiceSchema).max(100_000), conversationId: id.optional() }),
    z.object({ redacted: z.string(), map: PlaceholderMapSchema }),
  ),
  /** "Always allow this term": never detected again (user allow list). */
  'allowList.add': channel(
    z.object({ term: z.string().trim().min(1).max(500) }),
    z.object({ allowList: z.array(z.string()) }),
  ),
  'allowList.remove': channel(
    z.object({ term: z.string().min(1).max(500) }),
    z.object({ allowList: z.array(z.string()) }),
  ),
};

// ---------------------------------------------------------------------------------------------
// chat.*: send the redacted prompt, stream the restored answer (events below)
// ---------------------------------------------------------------------------------------------

const chatChannels = {
  /**
   * Starts a send and returns at once; the answer arrives as chat.chunk events, then chat.done
   * or chat.error. Refused (no request started) when the vault is locked, the provider/model is
   * not approved, the policy requires the model and it is unavailable, or a kept entity is of a
   * required type. A new conversation is created when `conversationId` is absent.
   */
  'chat.send': channel(
    z.object({
      conversationId: id.optional(),
      text: text.min(1, 'The prompt is empty.'),
      entities: z.array(EntityChoiceSchema).max(100_000),
      provider: id,
      model: z.string().min(1).max(200),
    }),
    z.object({ requestId: id, conversationId: id }),
  ),
  'chat.cancel': channel(z.object({ requestId: id }), z.object({ cancelled: z.boolean() })),
};

// ---------------------------------------------------------------------------------------------
// history.*: the encrypted conversation store
// ---------------------------------------------------------------------------------------------

export const ConversationSummarySchema = z.object({
  id,
  title: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  messageCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
});

export const MessageSchema = z.object({
  id,
  conversationId: id,
  role: z.enum(['user', 'assistant']),
  /** User: the prompt as typed; assistant: the restored answer. Absent when originals aren't stored. */
  original: z.string().optional(),
  /** User: the prompt as sent; assistant: the answer as received (with placeholders). */
  redacted: z.string(),
  provider: z.string().optional(),
  model: z.string().optional(),
  placeholderMap: PlaceholderMapSchema.optional(),
  createdAt: timestamp,
  incomplete: z.boolean().optional(),
  /** The stored ciphertext failed authentication; the content is not shown. */
  corrupt: z.boolean().optional(),
});

export const ConversationSchema = ConversationSummarySchema.extend({ messages: z.array(MessageSchema) });

export const SearchResultSchema = z.object({
  conversationId: id,
  title: z.string(),
  snippet: z.string(),
  messageId: id.optional(),
  updatedAt: timestamp.optional(),
});

const historyChannels = {
  'history.list': channel(empty, z.object({ conversations: z.array(ConversationSummarySchema) })),
  'history.search': channel(
    z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).default(50) }),
    z.object({ results: z.array(SearchResultSchema) }),
  ),
  'history.get': channel(z.object({ id }), ConversationSchema),
  'history.rename': channel(z.object({ id, title: z.string().trim().min(1).max(200) }), ok),
  'history.delete': channel(z.object({ ids: z.array(id).min(1).max(100_000) }), z.object({ deleted: z.number() })),
  /** Delete everything (crypto-shredding). `confirm` must be the literal true. */
  'history.purge': channel(z.object({ confirm: z.literal(true) }), z.object({ deleted: z.number() })),
  /** Export all (or `ids`) to a file the user chooses in a save dialog; path null = cancelled. */
  'history.export': channel(
    z.object({ ids: z.array(id).max(100_000).optional(), format: z.enum(['json', 'markdown']) }),
    z.object({ path: z.string().nullable(), count: z.number().int().nonnegative() }),
  ),
  /** Import a JSON export: `json` text (file picked in the page), else an open dialog. */
  'history.import': channel(
    z.object({ json: z.string().max(200_000_000).optional() }),
    z.object({ imported: z.number().int().nonnegative(), cancelled: z.boolean() }),
  ),
};

// ---------------------------------------------------------------------------------------------
// settings.*: user preferences (can only tighten the org policy)
// ---------------------------------------------------------------------------------------------

export const DetectorSettingsSchema = z.object({
  enabledTypes: z.array(EntityTypeSchema),
  /** Minimum score to report, 0.05..0.99. */
  threshold: z.number().min(0.05).max(0.99),
  allowList: z.array(z.string().min(1).max(500)).max(10_000),
  denyList: z.array(z.string().min(1).max(500)).max(10_000),
});

export const SettingsSchema = z.object({
  retention: RetentionSchema,
  autoLockMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  detector: DetectorSettingsSchema,
  theme: ThemeSchema,
  /** Store the original prompt next to the redacted one (the policy may forbid it). */
  storeOriginals: z.boolean(),
  defaultProvider: z.string().optional(),
  defaultModel: z.string().optional(),
  /** Refuse to send prompts whose injection score reaches this (0 = warn only). */
  blockInjectionScore: z.number().min(0).max(1),
});

const settingsChannels = {
  /** Effective settings (user choices with the policy applied). Works while locked (defaults). */
  'settings.get': channel(empty, SettingsSchema),
  /**
   * Change some settings; returns the effective settings. A change that would loosen the policy
   * (turn off a required type, keep originals when forbidden, retention beyond the maximum...) is
   * refused with POLICY_LOCKED and names the rule.
   */
  'settings.set': channel(
    SettingsSchema.partial().extend({ detector: DetectorSettingsSchema.partial().optional() }),
    SettingsSchema,
  ),
};

// ---------------------------------------------------------------------------------------------
// policy.*: the org's signed policy as it applies now
// ---------------------------------------------------------------------------------------------

export const PolicyLockSchema = z.object({
  /** Setting path, e.g. "detector.enabledTypes.EMAIL", "storeOriginals", "retention", "providers". */
  setting: z.string(),
  /** Why the user can't change it, in one sentence. */
  reason: z.string(),
});

export const PolicyViewSchema = z.object({
  /**
   * org = a valid signed org policy; builtin = no org policy shipped (built-in defaults);
   * restrictive = a policy was shipped but rejected: most restrictive defaults apply.
   */
  source: z.enum(['org', 'builtin', 'restrictive']),
  /** Why the shipped policy was rejected (source 'restrictive'). */
  error: z.string().optional(),
  id: z.string().optional(),
  name: z.string(),
  version: z.string(),
  expiresAt: z.string().optional(),
  requiredTypes: z.array(EntityTypeSchema),
  storeOriginals: z.boolean(),
  maxRetentionDays: z.number().int().positive().optional(),
  /** Longest auto-lock time the org allows (minutes); absent = any, including never. */
  maxAutoLockMinutes: z.number().int().positive().optional(),
  /** Sending is refused while the NER model is unavailable. */
  requireModel: z.boolean(),
  /** Hosts the app may talk to. */
  approvedHosts: z.array(z.string()),
  locks: z.array(PolicyLockSchema),
});

const policyChannels = {
  'policy.get': channel(empty, PolicyViewSchema),
};

// ---------------------------------------------------------------------------------------------
// providers.*: the approved providers and their API keys (kept encrypted in the vault)
// ---------------------------------------------------------------------------------------------

export const ProviderInfoSchema = z.object({
  id,
  name: z.string(),
  api: z.enum(['openai', 'anthropic']),
  baseUrl: z.string(),
  models: z.array(z.string()),
  defaultModel: z.string().optional(),
  /** Whether a key is needed (local servers like Ollama may not need one). */
  requiresApiKey: z.boolean(),
  /** A key is stored (false while the vault is locked and unknown). */
  hasApiKey: z.boolean(),
});

const providerChannels = {
  /** Approved providers only. */
  'providers.list': channel(empty, z.object({ providers: z.array(ProviderInfoSchema) })),
  'providers.setApiKey': channel(z.object({ providerId: id, apiKey: z.string().trim().min(1).max(4096) }), ok),
  'providers.removeApiKey': channel(z.object({ providerId: id }), ok),
};

// ---------------------------------------------------------------------------------------------
// model.*: the local NER model (shipped, downloaded, or missing)
// ---------------------------------------------------------------------------------------------

export const ModelStatusSchema = z.object({
  state: z.enum(['missing', 'not-loaded', 'loading', 'ready', 'error', 'downloading']),
  /** Where the model comes from. */
  source: z.enum(['option', 'env', 'shipped', 'downloaded']).optional(),
  modelDir: z.string().optional(),
  error: z.string().optional(),
  /** What the user can do about a missing/broken model. */
  hint: z.string().optional(),
  /** The policy blocks sending while the model is unavailable. */
  required: z.boolean(),
  /** The pinned model can be downloaded (host and total size). */
  download: z.object({ host: z.string(), bytes: z.number().int().nonnegative().optional() }).optional(),
  progress: z.number().min(0).max(100).optional(),
});

const modelChannels = {
  'model.status': channel(empty, ModelStatusSchema),
  /** Download the pinned model (SHA-256 verified); progress as model.progress events. */
  'model.download': channel(empty, z.object({ started: z.boolean() })),
};

// ---------------------------------------------------------------------------------------------
// app.*: version and environment
// ---------------------------------------------------------------------------------------------

const appChannels = {
  'app.info': channel(
    empty,
    z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      electron: z.string().optional(),
      node: z.string(),
      dataDir: z.string(),
      /** No vault yet: show the first-run flow. */
      firstRun: z.boolean(),
    }),
  ),
  'app.ping': channel(empty, z.object({ ok: z.literal(true) })),
};

export const contract = {
  ...vaultChannels,
  ...detectChannels,
  ...chatChannels,
  ...historyChannels,
  ...settingsChannels,
  ...policyChannels,
  ...providerChannels,
  ...modelChannels,
  ...appChannels,
};

// ---------------------------------------------------------------------------------------------
// Events pushed from the main process to the renderer
// ---------------------------------------------------------------------------------------------

export const events = {
  /** Restored answer text to append (placeholders already replaced); `raw` = as received. */
  'chat.chunk': z.object({ requestId: id, text: z.string(), raw: z.string().optional() }),
  /** The answer finished (or was cut off: incomplete). `unrestored` = placeholders left as-is. */
  'chat.done': z.object({
    requestId: id,
    conversationId: id,
    incomplete: z.boolean(),
    unrestored: z.array(z.string()),
    /** The full restored answer, for the final render. */
    text: z.string(),
  }),
  'chat.error': z.object({ requestId: id, code: z.string(), message: z.string() }),
  'model.progress': z.object({
    state: z.enum(['downloading', 'verifying', 'done', 'error']),
    file: z.string().optional(),
    loadedBytes: z.number().nonnegative(),
    totalBytes: z.number().nonnegative().optional(),
    percent: z.number().min(0).max(100),
    message: z.string().optional(),
  }),
  /** The vault locked itself (idle timer, system suspend, screen lock) or was locked by the user. */
  'vault.locked': z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']) }),
};

export type Contract = typeof contract;
export type Events = typeof events;
export type ChannelName = keyof Contract & string;
export type EventName = keyof Events & string;
