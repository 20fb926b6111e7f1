// Loading the policy in force and combining it with the user's settings. The rule everywhere:
// user settings can only tighten the policy. A user choice that would loosen it is ignored and
// reported as a lock (so the UI can say which rule fixes it), never silently applied.
import fs from 'node:fs/promises';
import { ENTITY_TYPES, type CustomRecognizer, type DetectOptions, type EntityType } from '../../../shared/entities';
import {
  BUILTIN_POLICY,
  matchesModel,
  RESTRICTIVE_POLICY,
  type Policy,
  type PolicySource,
  type ProviderRule,
} from '../../../shared/policy';
import { PolicyError, verifySignedPolicy, type PolicyRejection } from './signing';

export interface LoadedPolicy {
  policy: Policy;
  source: PolicySource;
  /** Why the shipped policy was rejected (source 'restrictive'). */
  error?: string;
  errorCode?: PolicyRejection | 'MISSING';
}

export interface LoadPolicyOptions {
  /** Path of the signed policy file shipped with the build / given to the CLI. */
  path?: string;
  /** The signed policy file's text (instead of `path`). */
  text?: string;
  /** The org's Ed25519 public key (base64) carried by the build. */
  publicKey?: string;
  now?: Date;
}

/**
 * The policy in force. Never throws: no org key and no policy = built-in defaults; anything
 * wrong with an expected policy = the most restrictive defaults plus the reason.
 */
export async function loadPolicy(opts: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const restrictive = (errorCode: LoadedPolicy['errorCode'], error: string): LoadedPolicy => ({
    policy: RESTRICTIVE_POLICY,
    source: 'restrictive',
    error: `${error} Running under the most restrictive defaults: nothing can be sent.`,
    errorCode,
  });
  let text = opts.text;
  if (text === undefined && opts.path) {
    try {
      text = await fs.readFile(opts.path, 'utf8');
    } catch (err) {
      return restrictive('UNREADABLE', `The policy file ${opts.path} cannot be read (${(err as Error).message}).`);
    }
  }
  if (text === undefined) {
    if (opts.publicKey) return restrictive('MISSING', 'This build expects a signed org policy, but none was found.');
    return { policy: BUILTIN_POLICY, source: 'builtin' };
  }
  try {
    const policy = await verifySignedPolicy(text, opts.publicKey, opts.now);
    return { policy, source: 'org' };
  } catch (err) {
    if (err instanceof PolicyError) return restrictive(err.code, err.message);
    return restrictive('INVALID', `The policy could not be checked: ${(err as Error).message}`);
  }
}

export type Retention = { mode: 'forever' } | { mode: 'days'; days: number } | { mode: 'off' };

/** The user's own choices (the same fields as the app's settings; all optional). */
export interface UserSettings {
  /** Types the user wants detected. Required types are added whatever this says. */
  enabledTypes?: EntityType[];
  threshold?: number;
  perTypeThreshold?: Partial<Record<EntityType, number>>;
  allowList?: string[];
  denyList?: string[];
  customRecognizers?: CustomRecognizer[];
  storeOriginals?: boolean;
  retention?: Retention;
  /** 0 = warn only. */
  blockInjectionScore?: number;
  autoLockMinutes?: number;
  /** Providers the user added (only used when the policy allows user providers). */
  providers?: ProviderRule[];
}

/** A setting the policy fixes, and why (the IPC PolicyLock). */
export interface PolicyLock {
  setting: string;
  reason: string;
}

export interface EffectivePolicy {
  policy: Policy;
  source: PolicySource;
  policyError?: string;
  /** Options for Detector.detect/redact. */
  detectOptions: DetectOptions;
  requiredTypes: EntityType[];
  enabledTypes: EntityType[];
  storeOriginals: boolean;
  retention: Retention;
  blockWhenNerUnavailable: boolean;
  /** Refuse to send at or above this injection score; undefined = warn only. */
  blockInjectionScore?: number;
  autoLockMinutes?: number;
  /** Providers that may be used: the policy's, plus the user's when allowed. */
  providers: ProviderRule[];
  auditEnabled: boolean;
  recordBlocked: boolean;
  /** User choices that were ignored because they would loosen the policy. */
  ignored: PolicyLock[];
}

const DEFAULT_THRESHOLD = 0.5;

/** The settings the policy fixes (for the UI's lock icons and settings.set refusals). */
export function policyLocks(policy: Policy): PolicyLock[] {
  const who = policy.id === 'builtin' ? 'The built-in defaults' : `The policy "${policy.name ?? policy.id}"`;
  const locks: PolicyLock[] = policy.detection.requiredTypes.map((t) => ({
    setting: `detector.enabledTypes.${t}`,
    reason: `${who} requires ${t} to be redacted.`,
  }));
  if (!policy.storage.storeOriginals) {
    locks.push({ setting: 'storeOriginals', reason: `${who} forbids storing original prompts and answers.` });
  }
  if (policy.storage.maxRetentionDays !== undefined) {
    locks.push({
      setting: 'retention',
      reason: `${who} keeps history at most ${policy.storage.maxRetentionDays} days.`,
    });
  }
  if (!policy.allowUserProviders) {
    locks.push({ setting: 'providers', reason: `${who} fixes the approved providers.` });
  }
  if (!policy.detection.allowUserAllowList) {
    locks.push({ setting: 'detector.allowList', reason: `${who} does not allow a personal allow list.` });
  }
  if (policy.detection.threshold !== undefined) {
    locks.push({
      setting: 'detector.threshold',
      reason: `${who} sets the detection threshold to at most ${policy.detection.threshold}.`,
    });
  }
  if (policy.detection.blockInjectionScore !== undefined) {
    locks.push({
      setting: 'blockInjectionScore',
      reason: `${who} blocks prompts with an injection score of ${policy.detection.blockInjectionScore} or more.`,
    });
  }
  if (policy.maxAutoLockMinutes !== undefined) {
    locks.push({
      setting: 'autoLockMinutes',
      reason: `${who} locks the vault after at most ${policy.maxAutoLockMinutes} idle minutes.`,
    });
  }
  return locks;
}

function retentionDays(r: Retention): number {
  return r.mode === 'forever' ? Infinity : r.mode === 'off' ? 0 : r.days;
}

/**
 * Which of the requested settings would loosen the policy. Empty = all allowed. `settings.set`
 * refuses with POLICY_LOCKED and these reasons.
 */
export function settingsViolations(policy: Policy, requested: UserSettings): PolicyLock[] {
  const locks = policyLocks(policy);
  const lock = (setting: string) => locks.find((l) => l.setting === setting)!;
  const out: PolicyLock[] = [];
  if (requested.enabledTypes) {
    const on = new Set(requested.enabledTypes);
    for (const t of policy.detection.requiredTypes) if (!on.has(t)) out.push(lock(`detector.enabledTypes.${t}`));
  }
  if (requested.storeOriginals === true && !policy.storage.storeOriginals) out.push(lock('storeOriginals'));
  if (requested.retention && policy.storage.maxRetentionDays !== undefined) {
    if (retentionDays(requested.retention) > policy.storage.maxRetentionDays) out.push(lock('retention'));
  }
  if (requested.providers?.length && !policy.allowUserProviders) out.push(lock('providers'));
  if (requested.allowList?.length && !policy.detection.allowUserAllowList) out.push(lock('detector.allowList'));
  if (requested.threshold !== undefined && policy.detection.threshold !== undefined) {
    if (requested.threshold > policy.detection.threshold) out.push(lock('detector.threshold'));
  }
  if (requested.blockInjectionScore !== undefined && policy.detection.blockInjectionScore !== undefined) {
    const asked = requested.blockInjectionScore === 0 ? Infinity : requested.blockInjectionScore;
    if (asked > policy.detection.blockInjectionScore) out.push(lock('blockInjectionScore'));
  }
  if (requested.autoLockMinutes !== undefined && policy.maxAutoLockMinutes !== undefined) {
    const asked = requested.autoLockMinutes === 0 ? Infinity : requested.autoLockMinutes;
    if (asked > policy.maxAutoLockMinutes) out.push(lock('autoLockMinutes'));
  }
  return out;
}

function lowerOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** The policy in force combined with the user's settings: only ever tighter than the policy. */
export function effectivePolicy(loaded: LoadedPolicy, user: UserSettings = {}): EffectivePolicy {
  const { policy } = loaded;
  const ignored = settingsViolations(policy, user);
  const required = [...new Set(policy.detection.requiredTypes)];
  const wanted = new Set<EntityType>(user.enabledTypes ?? ENTITY_TYPES);
  for (const t of required) wanted.add(t);
  const enabledTypes = ENTITY_TYPES.filter((t) => wanted.has(t));

  const policyThreshold = policy.detection.threshold;
  const threshold = lowerOf(policyThreshold, user.threshold) ?? DEFAULT_THRESHOLD;
  const perType: Partial<Record<EntityType, number>> = { ...policy.detection.perTypeThreshold };
  for (const [t, v] of Object.entries(user.perTypeThreshold ?? {}) as [EntityType, number][]) {
    perType[t] = lowerOf(perType[t], v);
  }

  const allowTerms = [...(policy.detection.allowList?.terms ?? [])];
  if (policy.detection.allowUserAllowList) allowTerms.push(...(user.allowList ?? []));
  const allowPatterns = policy.detection.allowList?.patterns ?? [];
  const policyDeny = policy.detection.denyList;
  const denyTerms = [...(policyDeny?.terms ?? []), ...(user.denyList ?? [])];
  const denyPatterns = policyDeny?.patterns ?? [];

  const detectOptions: DetectOptions = {
    ner: true,
    injection: true,
    enabledTypes,
    threshold,
    ...(Object.keys(perType).length ? { perTypeThreshold: perType } : {}),
    ...(allowTerms.length || allowPatterns.length
      ? { allowList: { terms: allowTerms, patterns: [...allowPatterns] } }
      : {}),
    ...(denyTerms.length || denyPatterns.length
      ? {
          denyList: {
            terms: denyTerms,
            patterns: [...denyPatterns],
            ...(policyDeny?.type ? { type: policyDeny.type } : {}),
          },
        }
      : {}),
    customRecognizers: [...(policy.detection.customRecognizers ?? []), ...(user.customRecognizers ?? [])],
  };

  const maxDays = policy.storage.maxRetentionDays;
  let retention: Retention = user.retention ?? (maxDays ? { mode: 'days', days: maxDays } : { mode: 'forever' });
  if (maxDays !== undefined && retentionDays(retention) > maxDays) retention = { mode: 'days', days: maxDays };

  const userScore = user.blockInjectionScore ? user.blockInjectionScore : undefined;
  const blockInjectionScore = lowerOf(policy.detection.blockInjectionScore, userScore);

  let autoLockMinutes = user.autoLockMinutes;
  if (
    policy.maxAutoLockMinutes !== undefined &&
    (autoLockMinutes === undefined || autoLockMinutes === 0 || autoLockMinutes > policy.maxAutoLockMinutes)
  ) {
    autoLockMinutes = policy.maxAutoLockMinutes;
  }

  const providers = [...policy.providers];
  if (policy.allowUserProviders) {
    for (const p of user.providers ?? []) if (!providers.some((q) => q.id === p.id)) providers.push(p);
  }

  return {
    policy,
    source: loaded.source,
    ...(loaded.error ? { policyError: loaded.error } : {}),
    detectOptions,
    requiredTypes: required,
    enabledTypes,
    storeOriginals: policy.storage.storeOriginals && user.storeOriginals !== false,
    retention,
    blockWhenNerUnavailable: policy.blockWhenNerUnavailable,
    ...(blockInjectionScore !== undefined ? { blockInjectionScore } : {}),
    ...(autoLockMinutes !== undefined ? { autoLockMinutes } : {}),
    providers,
    auditEnabled: policy.audit.enabled,
    recordBlocked: policy.audit.recordBlocked,
    ignored,
  };
}

/** The DetectOptions for the policy in force plus the user's settings (required types always on). */
export function policyToDetectOptions(loaded: LoadedPolicy | Policy, user: UserSettings = {}): DetectOptions {
  const l: LoadedPolicy = 'policy' in loaded ? loaded : { policy: loaded, source: 'org' };
  return effectivePolicy(l, user).detectOptions;
}

/** "https://host:port" + path without trailing slash, for comparisons. */
function normaliseBase(url: string): { origin: string; path: string } {
  const u = new URL(url);
  return { origin: u.origin.toLowerCase(), path: u.pathname.replace(/\/+$/, '') };
}

export interface ProviderTargetRef {
  /** Policy provider id, when the caller picked one from the list. */
  providerId?: string;
  api: 'openai' | 'anthropic';
  baseUrl: string;
  model: string;
}

export type ProviderApproval =
  | { ok: true; rule: ProviderRule }
  | { ok: false; code: 'PROVIDER_NOT_APPROVED' | 'MODEL_NOT_APPROVED'; message: string };

/**
 * Whether the policy in force lets this provider URL, API and model receive prompts. The URL
 * must be the rule's base URL or below it (same scheme, host and port).
 */
export function checkProvider(eff: EffectivePolicy, target: ProviderTargetRef): ProviderApproval {
  let base: { origin: string; path: string };
  try {
    base = normaliseBase(target.baseUrl);
  } catch {
    return { ok: false, code: 'PROVIDER_NOT_APPROVED', message: `"${target.baseUrl}" is not a valid URL.` };
  }
  const candidates = eff.providers.filter((r) => {
    if (target.providerId && r.id !== target.providerId) return false;
    if (r.api !== target.api) return false;
    const rb = normaliseBase(r.baseUrl);
    return rb.origin === base.origin && (base.path === rb.path || base.path.startsWith(rb.path + '/'));
  });
  if (candidates.length === 0) {
    const why =
      eff.source === 'restrictive'
        ? ` ${eff.policyError ?? 'The org policy was rejected.'}`
        : eff.providers.length === 0
          ? ' No provider is approved.'
          : ` Approved: ${eff.providers.map((p) => `${p.id} (${p.api}, ${p.baseUrl})`).join(', ')}.`;
    return {
      ok: false,
      code: 'PROVIDER_NOT_APPROVED',
      message: `The provider ${base.origin}${base.path} (${target.api} API) is not approved by the policy.${why}`,
    };
  }
  const rule = candidates.find((r) => matchesModel(r.models, target.model));
  if (!rule) {
    return {
      ok: false,
      code: 'MODEL_NOT_APPROVED',
      message: `The model "${target.model}" is not approved for ${candidates[0]!.id}. Approved: ${candidates[0]!.models.join(', ')}.`,
    };
  }
  return { ok: true, rule };
}

/** host[:port] of every provider that may be used: what the egress guard and network lock allow. */
export function approvedHosts(eff: Pick<EffectivePolicy, 'providers'>): string[] {
  return [...new Set(eff.providers.map((p) => new URL(p.baseUrl).host.toLowerCase()))];
}

/** The policy as the UI shows it (matches the IPC PolicyViewSchema). */
export function policyView(eff: EffectivePolicy) {
  const p = eff.policy;
  return {
    source: eff.source,
    ...(eff.policyError ? { error: eff.policyError } : {}),
    id: p.id,
    name: p.name ?? p.id,
    version: String(p.version),
    ...(p.expiresAt ? { expiresAt: p.expiresAt } : {}),
    requiredTypes: eff.requiredTypes,
    storeOriginals: p.storage.storeOriginals,
    ...(p.storage.maxRetentionDays !== undefined ? { maxRetentionDays: p.storage.maxRetentionDays } : {}),
    ...(p.maxAutoLockMinutes !== undefined ? { maxAutoLockMinutes: p.maxAutoLockMinutes } : {}),
    requireModel: p.blockWhenNerUnavailable,
    approvedHosts: approvedHosts(eff),
    locks: policyLocks(p),
  };
}
