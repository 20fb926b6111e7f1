// The app core: composes the services (vault, policy, detection, providers, restoration, model
// provisioning) into the handler table of shared/ipc/contract.ts. Electron's ipcMain and the
// end-to-end bridge both dispatch into `handlers`. Fail-closed rules live here:
//   - nothing is detected, previewed or sent while the vault is locked (VAULT_LOCKED);
//   - a rejected policy means the most restrictive defaults: no provider is approved;
//   - a provider or model outside the policy is refused (PROVIDER_NOT_APPROVED / MODEL_NOT_APPROVED);
//   - the policy's required types can't be kept, and must be covered by the redaction (re-checked
//     here against a fresh detection, not trusted from the renderer) (POLICY_BLOCKED);
//   - the model unavailable while the policy requires it (MODEL_UNAVAILABLE);
//   - a detector that throws (DETECTION_FAILED); injection at the policy's block score (INJECTION_BLOCKED).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { DetectionResult, EntityType } from '../../shared/entities';
import { contract, type Contract, type Events, type EventName } from '../../shared/ipc/contract';
import { CodedError, type HandlerTable } from '../../shared/ipc/define';
import type { PlaceholderMap } from '../../shared/placeholders';
import type { ProviderRule } from '../../shared/policy';
import { MODEL_DOWNLOAD_BASE_URL, MODEL_DOWNLOAD_HOSTS, fetchModel, type FetchProgress } from '../../models/fetch';
import { downloadedModelDir, resolveModelDir, type ResolvedModel } from '../../models/resolve';
import {
  approvedHosts,
  effectivePolicy,
  loadPolicy,
  policyView,
  settingsViolations,
  type EffectivePolicy,
  type LoadedPolicy,
  type UserSettings,
} from '../services/policy';
import { AuditTrail } from '../services/audit/trail';
import { EgressGuard } from '../services/providers/egress';
import { apiKeySecretName } from '../services/providers/secrets';
import { sendPrompt, type ConversationSink } from '../services/providers/send';
import { conversationContext, titleFrom, vaultSink } from '../services/providers/vault-sink';
import { RateLimiter } from '../services/providers/rate-limit';
import { DetectionError, Detector } from '../services/redaction/engine';
import { applyPlaceholders, PlaceholderSession } from '../services/redaction/placeholders';
import { Vault } from '../services/vault/vault';
import type { Conversation } from '../services/vault/types';
import type { App, AppConfig } from './types';

type Handlers = HandlerTable<Contract, Events>;
type In<K extends keyof Contract> = z.output<Contract[K]['input']>;
type Out<K extends keyof Contract> = z.input<Contract[K]['output']>;
type Settings = Out<'settings.get'>;
type EntityChoice = In<'detect.preview'>['entities'][number];
type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown';

const USER_SETTINGS_KEY = 'app.userSettings';
const RECOVERY_CONFIRMED_KEY = 'app.recoveryConfirmed';
const PREFS_FILE = 'ui-prefs.json';
const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** User settings beyond what the policy combines (kept in the vault, encrypted). */
interface StoredSettings extends UserSettings {
  defaultProvider?: string;
  defaultModel?: string;
}

function requiresKey(rule: ProviderRule): boolean {
  return (rule.auth ?? (rule.api === 'anthropic' ? 'x-api-key' : 'bearer')) !== 'none';
}

export async function createApp(config: AppConfig): Promise<App> {
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const vault = await Vault.open(config.dataDir, {
    ...(config.osKeyProvider ? { osKeyProvider: config.osKeyProvider } : {}),
    ...(config.argon2 ? { argon2: config.argon2 } : {}),
    ...(config.now ? { now: config.now } : {}),
  });
  const loaded: LoadedPolicy = await loadPolicy({
    ...(config.policyPath ? { path: config.policyPath } : {}),
    ...(config.orgPublicKey ? { publicKey: config.orgPublicKey } : {}),
    ...(config.now ? { now: new Date(config.now()) } : {}),
  });

  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const emitGlobal = (event: EventName, payload: unknown) => {
    for (const l of listeners) l(event, payload);
  };

  // --- settings --------------------------------------------------------------------------------
  let stored: StoredSettings = {};
  const prefsPath = path.join(config.dataDir, PREFS_FILE);
  const readTheme = (): Settings['theme'] => {
    try {
      const t = (JSON.parse(fs.readFileSync(prefsPath, 'utf8')) as { theme?: unknown }).theme;
      return t === 'light' || t === 'dark' ? t : 'system';
    } catch {
      return 'system';
    }
  };
  let theme = readTheme();
  const eff = (): EffectivePolicy => effectivePolicy(loaded, stored);

  // --- model -----------------------------------------------------------------------------------
  let resolved: ResolvedModel = await resolveModelDir({
    ...(config.modelDir ? { modelDir: config.modelDir } : {}),
    ...(config.resourcesDir ? { resourcesPath: config.resourcesDir } : {}),
    userDataDir: config.dataDir,
  });
  // A missing model must not fall back to PROMPT_VAULT_MODEL_DIR behind the resolver's back.
  // The weights file loaded is the one the resolver chose (and verified, for a downloaded copy).
  const makeDetector = (r: ResolvedModel): Detector => {
    const d = new Detector(r.status === 'found' ? { modelDir: r.dir, quantized: r.quantized } : { modelDir: null });
    // Compile the rules now rather than during the user's first prompt (the model still loads on first use).
    void d.warmUp({ ner: false, rounds: 3 }).catch(() => undefined);
    return d;
  };
  let detector = makeDetector(resolved);
  let download: { progress: number; abort: AbortController } | null = null;

  // --- network ---------------------------------------------------------------------------------
  const allowedHosts = () => [...approvedHosts(eff()), ...(download ? MODEL_DOWNLOAD_HOSTS : [])];
  const hostsChanged = () => config.onAllowedHostsChanged?.(allowedHosts());
  const guard = new EgressGuard(() => approvedHosts(eff()));
  const limiter = new RateLimiter(config.now ?? Date.now);
  const active = new Map<string, AbortController>();

  // --- vault helpers ---------------------------------------------------------------------------
  const requireUnlocked = () => {
    if (!vault.isUnlocked()) throw new CodedError('VAULT_LOCKED', 'The vault is locked: unlock it first.');
    vault.touch();
  };

  const applyToVault = () => {
    const e = eff();
    vault.setStoreOriginals(e.storeOriginals);
    vault.setAutoLock((e.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES) * 60_000);
    const current = vault.getRetention();
    if (JSON.stringify(current) !== JSON.stringify(e.retention)) vault.setRetention(e.retention);
  };

  const afterUnlock = () => {
    stored = vault.getSetting<StoredSettings>(USER_SETTINGS_KEY) ?? {};
    applyToVault();
    hostsChanged();
  };

  const saveSettings = (next: StoredSettings) => {
    stored = next;
    vault.setSetting(USER_SETTINGS_KEY, next);
    applyToVault();
    hostsChanged();
  };

  vault.onLock((reason) => {
    stored = {};
    for (const c of active.values()) c.abort();
    emitGlobal('vault.locked', { reason });
  });

  const vaultStatus = (): Out<'vault.status'> => {
    const s = vault.status();
    return {
      exists: s.exists,
      unlocked: s.unlocked,
      recoveryPending: s.unlocked ? vault.getSetting<boolean>(RECOVERY_CONFIRMED_KEY) === false : false,
      autoLockMinutes: Math.round(s.autoLockMs / 60_000),
      osKey: s.osKey,
      ...(s.retryAfterMs > 0 ? { retryAfterSeconds: Math.ceil(s.retryAfterMs / 1000) } : {}),
    };
  };

  // --- detection helpers -----------------------------------------------------------------------
  const detect = async (text: string): Promise<DetectionResult> => {
    try {
      return await detector.detect(text, eff().detectOptions);
    } catch (err) {
      if (err instanceof DetectionError) throw new CodedError('DETECTION_FAILED', `${err.message} Nothing was sent.`);
      throw new CodedError('DETECTION_FAILED', `Detection failed: ${(err as Error).message}. Nothing was sent.`);
    }
  };

  const conversationMap = (conv: Conversation | undefined): PlaceholderMap => {
    const map: PlaceholderMap = {};
    for (const m of conv?.messages ?? []) Object.assign(map, m.placeholderMap ?? {});
    return map;
  };

  const getConversation = (id: string | undefined): Conversation | undefined =>
    id ? vault.getConversation(id) : undefined;

  const validateChoices = (text: string, entities: EntityChoice[]) => {
    for (const e of entities) {
      if (e.end > text.length) {
        throw new CodedError('INVALID_INPUT', `A selection (${e.start}-${e.end}) lies outside the prompt.`);
      }
    }
  };

  const redactWith = (text: string, entities: EntityChoice[], map: PlaceholderMap) => {
    const session = new PlaceholderSession(map);
    const redact = entities.filter((e) => e.action === 'redact');
    const { redacted, map: used } = applyPlaceholders(text, redact, session);
    return { redacted, used, all: session.map };
  };

  // --- settings view ---------------------------------------------------------------------------
  const settingsView = (): Settings => {
    const e = eff();
    return {
      retention: e.retention,
      autoLockMinutes: e.autoLockMinutes ?? stored.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES,
      detector: {
        enabledTypes: e.enabledTypes,
        threshold: e.detectOptions.threshold ?? 0.5,
        allowList: stored.allowList ?? [],
        denyList: stored.denyList ?? [],
      },
      theme,
      storeOriginals: e.storeOriginals,
      ...(stored.defaultProvider ? { defaultProvider: stored.defaultProvider } : {}),
      ...(stored.defaultModel ? { defaultModel: stored.defaultModel } : {}),
      blockInjectionScore: e.blockInjectionScore ?? 0,
    };
  };

  const refuseLoosening = (next: StoredSettings) => {
    const violations = settingsViolations(loaded.policy, next);
    if (violations.length) {
      throw new CodedError(
        'POLICY_LOCKED',
        `The org policy fixes this: ${violations.map((v) => `${v.setting} (${v.reason})`).join('; ')}`,
        { locks: violations },
      );
    }
  };

  // --- model status ----------------------------------------------------------------------------
  const modelStatus = (): Out<'model.status'> => {
    const required = eff().blockWhenNerUnavailable;
    const dl = { host: new URL(config.modelDownloadBaseUrl ?? MODEL_DOWNLOAD_BASE_URL).host };
    if (download) return { state: 'downloading', required, progress: download.progress, download: dl };
    if (resolved.status !== 'found') {
      return {
        state: 'missing',
        required,
        error: resolved.message,
        hint: 'Download the model, or install a build that ships it.',
        download: dl,
      };
    }
    const s = detector.modelStatus();
    const source = resolved.source === 'bundled' ? 'shipped' : resolved.source;
    const state = s.state === 'not-configured' ? 'missing' : s.state;
    return {
      state,
      source,
      modelDir: resolved.dir,
      required,
      ...(s.error ? { error: s.error } : {}),
      ...(s.progress?.progress !== undefined ? { progress: s.progress.progress } : {}),
    };
  };

  // --- handlers --------------------------------------------------------------------------------
  const handlers: Handlers = {
    'vault.status': async () => vaultStatus(),
    'vault.create': async ({ passphrase, useOsKey }) => {
      const { recoveryKey } = await vault.init(passphrase);
      vault.setSetting(RECOVERY_CONFIRMED_KEY, false);
      if (useOsKey) {
        if (!config.osKeyProvider?.isAvailable()) {
          throw new CodedError(
            'OS_KEY_UNAVAILABLE',
            'No OS key store is available; the vault uses your passphrase only.',
          );
        }
        await vault.enableOsKey();
      }
      afterUnlock();
      return { recoveryKey };
    },
    'vault.confirmRecovery': async ({ recoveryKey }) => {
      requireUnlocked();
      if (!vault.verifyRecoveryKey(recoveryKey)) {
        throw new CodedError(
          'WRONG_RECOVERY_KEY',
          'That is not the recovery key shown for this vault. Check it and try again.',
        );
      }
      vault.setSetting(RECOVERY_CONFIRMED_KEY, true);
      return vaultStatus();
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      afterUnlock();
      return vaultStatus();
    },
    'vault.unlockWithOsKey': async () => {
      await vault.unlockWithOsKey();
      afterUnlock();
      return vaultStatus();
    },
    'vault.unlockWithRecovery': async ({ recoveryKey, newPassphrase }) => {
      const res = await vault.unlockWithRecoveryKey(recoveryKey, newPassphrase);
      afterUnlock();
      vault.setSetting(RECOVERY_CONFIRMED_KEY, false);
      return { status: vaultStatus(), recoveryKey: res.recoveryKey };
    },
    'vault.lock': async () => {
      if (vault.isUnlocked()) vault.lock('user');
      return vaultStatus();
    },
    'vault.changePassphrase': async ({ oldPassphrase, newPassphrase }) => {
      requireUnlocked();
      await vault.changePassphrase(oldPassphrase, newPassphrase);
      return { ok: true };
    },
    'vault.setAutoLock': async ({ minutes }) => {
      requireUnlocked();
      const next = { ...stored, autoLockMinutes: minutes };
      refuseLoosening(next);
      saveSettings(next);
      return vaultStatus();
    },
    'vault.setOsKey': async ({ enabled }) => {
      requireUnlocked();
      if (enabled) await vault.enableOsKey();
      else await vault.disableOsKey();
      return vaultStatus();
    },

    'detect.run': async ({ text }) => {
      requireUnlocked();
      return detect(text);
    },
    'detect.preview': async ({ text, entities, conversationId }) => {
      requireUnlocked();
      validateChoices(text, entities);
      const { redacted, used } = redactWith(text, entities, conversationMap(getConversation(conversationId)));
      return { redacted, map: used };
    },
    'allowList.add': async ({ term }) => {
      requireUnlocked();
      if (!loaded.policy.detection.allowUserAllowList) {
        throw new CodedError('POLICY_LOCKED', 'The org policy does not allow a personal allow list.');
      }
      const list = [...new Set([...(stored.allowList ?? []), term])];
      saveSettings({ ...stored, allowList: list });
      return { allowList: list };
    },
    'allowList.remove': async ({ term }) => {
      requireUnlocked();
      const list = (stored.allowList ?? []).filter((t) => t !== term);
      saveSettings({ ...stored, allowList: list });
      return { allowList: list };
    },

    'chat.send': async ({ conversationId, text, entities, provider, model }, ctx) => {
      requireUnlocked();
      validateChoices(text, entities);
      const e = eff();
      if (e.source === 'restrictive') {
        throw new CodedError('POLICY_BLOCKED', `${e.policyError ?? 'The org policy was rejected.'}`);
      }
      const rule = e.providers.find((p) => p.id === provider);
      if (!rule) {
        throw new CodedError(
          'PROVIDER_NOT_APPROVED',
          `The provider "${provider}" is not approved by the org policy. Nothing was sent.`,
        );
      }
      const required = new Set<EntityType>(e.requiredTypes);
      const keptRequired = entities.find((c) => c.action === 'keep' && required.has(c.type));
      if (keptRequired) {
        throw new CodedError(
          'POLICY_BLOCKED',
          `The org policy requires ${keptRequired.type} to be redacted; it can't be kept. Nothing was sent.`,
        );
      }
      const context = conversationId
        ? conversationContext(vault, conversationId)
        : { history: [], placeholders: {} as PlaceholderMap };
      const apiKey = vault.getSecret(apiKeySecretName(rule.id));
      const audit = await AuditTrail.open(config.dataDir, vault);

      // The shared send flow (providers service) does the checks, redaction, audit, streaming,
      // restoration and recording. The call returns once the prompt is about to leave (or was
      // refused); the answer then streams as events.
      const requestId = randomUUID();
      const abort = new AbortController();
      let convId = conversationId;
      let createdHere = false;
      let resolveStart!: () => void;
      const startedSending = new Promise<void>((resolve) => (resolveStart = resolve));
      const store: ConversationSink = {
        recordTurn: async (turn) => {
          if (!vault.isUnlocked())
            throw new CodedError('VAULT_LOCKED', 'The vault locked before the answer was saved.');
          return vaultSink(vault).recordTurn({ ...turn, ...(convId ? { conversationId: convId } : {}) });
        },
      };
      active.set(requestId, abort);
      const run = sendPrompt(
        {
          prompt: text,
          providerId: rule.id,
          target: { id: rule.id, api: rule.api, baseUrl: rule.baseUrl, model, ...(apiKey ? { apiKey } : {}) },
          history: context.history,
          placeholders: context.placeholders,
          choices: entities.map((c) => ({ start: c.start, end: c.end, type: c.type, action: c.action })),
          signal: abort.signal,
          onRedacted: (info) => {
            if (!convId) {
              // Titles are encrypted like everything else; they show the prompt as typed unless the
              // policy forbids keeping originals.
              convId = vault.createConversation({ title: titleFrom(e.storeOriginals ? text : info.redacted) }).id;
              createdHere = true;
            }
            resolveStart();
          },
          onChunk: (restoredText, raw) => ctx.emit('chat.chunk', { requestId, text: restoredText, raw }),
        },
        { detector, policy: e, guard, rateLimiter: limiter, audit, store },
      ).finally(() => active.delete(requestId));

      const first = await Promise.race([startedSending.then(() => null), run]);
      if (first) {
        // Refused before anything left the machine.
        throw new CodedError(first.code ?? 'POLICY_BLOCKED', first.message ?? 'The prompt was not sent.');
      }
      void run
        .then((outcome) => {
          if (outcome.status === 'blocked') {
            if (createdHere && convId && vault.isUnlocked()) vault.deleteConversations([convId]);
            ctx.emit('chat.error', {
              requestId,
              code: outcome.code ?? 'POLICY_BLOCKED',
              message: outcome.message ?? 'Not sent.',
            });
            return;
          }
          if (outcome.error) {
            ctx.emit('chat.error', { requestId, code: outcome.error.code, message: outcome.error.message });
            if (!outcome.rawAnswer) return;
          }
          ctx.emit('chat.done', {
            requestId,
            conversationId: outcome.conversationId ?? convId!,
            incomplete: outcome.incomplete,
            unrestored: outcome.restoration.unrestored.map((u) => u.text),
            text: outcome.answer,
          });
        })
        .catch((err: unknown) => {
          ctx.emit('chat.error', {
            requestId,
            code: 'INTERNAL',
            message: err instanceof Error ? err.message : String(err),
          });
        });
      return { requestId, conversationId: convId! };
    },
    'chat.cancel': async ({ requestId }) => {
      const c = active.get(requestId);
      if (!c) return { cancelled: false };
      c.abort();
      return { cancelled: true };
    },

    'history.list': async () => {
      requireUnlocked();
      return { conversations: vault.listConversations() };
    },
    'history.search': async ({ query, limit }) => {
      requireUnlocked();
      return { results: vault.search(query, limit).map(({ score: _score, ...r }) => r) };
    },
    'history.get': async ({ id }) => {
      requireUnlocked();
      return vault.getConversation(id);
    },
    'history.rename': async ({ id, title }) => {
      requireUnlocked();
      vault.renameConversation(id, title);
      return { ok: true };
    },
    'history.delete': async ({ ids }) => {
      requireUnlocked();
      return { deleted: vault.deleteConversations(ids) };
    },
    'history.purge': async () => {
      requireUnlocked();
      return { deleted: vault.purge() };
    },
    'history.export': async ({ ids, format }) => {
      requireUnlocked();
      if (!config.chooseSavePath) throw new CodedError('NOT_SUPPORTED', 'Export needs a save dialog.');
      const count = ids ? ids.length : vault.listConversations().length;
      const stamp = new Date().toISOString().slice(0, 10);
      const file = await config.chooseSavePath({
        defaultName: `prompt-vault-export-${stamp}.${format === 'json' ? 'json' : 'md'}`,
        format,
      });
      if (!file) return { path: null, count: 0 };
      const content = format === 'json' ? vault.exportJson(ids) : vault.exportMarkdown(ids);
      fs.writeFileSync(file, content, { mode: 0o600 });
      return { path: file, count };
    },
    'history.import': async ({ json }) => {
      requireUnlocked();
      let text = json;
      if (text === undefined) {
        if (!config.chooseOpenPath) throw new CodedError('NOT_SUPPORTED', 'Import needs a file.');
        const file = await config.chooseOpenPath({ title: 'Import a Prompt Vault export', extensions: ['json'] });
        if (!file) return { imported: 0, cancelled: true };
        text = fs.readFileSync(file, 'utf8');
      }
      const { imported } = vault.importJson(text);
      return { imported, cancelled: false };
    },

    'settings.get': async () => settingsView(),
    'settings.set': async (input) => {
      if (input.theme) {
        theme = input.theme;
        fs.writeFileSync(prefsPath, JSON.stringify({ theme }), { mode: 0o600 });
      }
      const { theme: _t, ...rest } = input;
      if (Object.keys(rest).length === 0) return settingsView();
      requireUnlocked();
      const next: StoredSettings = { ...stored };
      if (rest.retention) next.retention = rest.retention;
      if (rest.autoLockMinutes !== undefined) next.autoLockMinutes = rest.autoLockMinutes;
      if (rest.storeOriginals !== undefined) next.storeOriginals = rest.storeOriginals;
      if (rest.blockInjectionScore !== undefined) next.blockInjectionScore = rest.blockInjectionScore;
      if (rest.defaultProvider !== undefined) next.defaultProvider = rest.defaultProvider;
      if (rest.defaultModel !== undefined) next.defaultModel = rest.defaultModel;
      if (rest.detector) {
        if (rest.detector.enabledTypes) next.enabledTypes = rest.detector.enabledTypes;
        if (rest.detector.threshold !== undefined) next.threshold = rest.detector.threshold;
        if (rest.detector.allowList) next.allowList = rest.detector.allowList;
        if (rest.detector.denyList) next.denyList = rest.detector.denyList;
      }
      refuseLoosening(next);
      saveSettings(next);
      return settingsView();
    },

    'policy.get': async () => policyView(eff()),

    'providers.list': async () => ({
      providers: eff().providers.map((p) => ({
        id: p.id,
        name: p.name ?? p.id,
        api: p.api,
        baseUrl: p.baseUrl,
        models: p.models,
        ...(p.defaultModel ? { defaultModel: p.defaultModel } : {}),
        requiresApiKey: requiresKey(p),
        hasApiKey: vault.isUnlocked() && vault.getSecret(apiKeySecretName(p.id)) !== undefined,
      })),
    }),
    'providers.setApiKey': async ({ providerId, apiKey }) => {
      requireUnlocked();
      if (!eff().providers.some((p) => p.id === providerId)) {
        throw new CodedError(
          'PROVIDER_NOT_APPROVED',
          `The provider "${providerId}" is not approved by the org policy.`,
        );
      }
      vault.setSecret(apiKeySecretName(providerId), apiKey);
      return { ok: true };
    },
    'providers.removeApiKey': async ({ providerId }) => {
      requireUnlocked();
      vault.deleteSecret(apiKeySecretName(providerId));
      return { ok: true };
    },

    'model.status': async () => modelStatus(),
    'model.download': async () => {
      if (download) return { started: false };
      const abort = new AbortController();
      download = { progress: 0, abort };
      hostsChanged();
      const dest = downloadedModelDir(config.dataDir);
      const report = (
        p: Partial<FetchProgress> & { state: 'downloading' | 'verifying' | 'done' | 'error'; message?: string },
      ) => {
        const fileShare = p.fileCount ? 100 / p.fileCount : 100;
        const within = p.total ? Math.min(1, (p.loaded ?? 0) / p.total) : 0;
        const percent = p.state === 'done' ? 100 : Math.min(99, Math.round(((p.fileIndex ?? 0) + within) * fileShare));
        if (download) download.progress = percent;
        emitGlobal('model.progress', {
          state: p.state,
          ...(p.file ? { file: p.file } : {}),
          loadedBytes: p.loaded ?? 0,
          ...(p.total ? { totalBytes: p.total } : {}),
          percent,
          ...(p.message ? { message: p.message } : {}),
        });
      };
      void fetchModel({
        dest,
        ...(config.modelDownloadBaseUrl ? { baseUrl: config.modelDownloadBaseUrl } : {}),
        signal: abort.signal,
        onProgress: (p) => report({ ...p, state: p.phase === 'verify' ? 'verifying' : 'downloading' }),
      })
        .then(async () => {
          resolved = await resolveModelDir({
            ...(config.modelDir ? { modelDir: config.modelDir } : {}),
            ...(config.resourcesDir ? { resourcesPath: config.resourcesDir } : {}),
            userDataDir: config.dataDir,
          });
          const old = detector;
          detector = makeDetector(resolved);
          await old.dispose();
          download = null;
          hostsChanged();
          report({ state: 'done' });
        })
        .catch((err: unknown) => {
          download = null;
          hostsChanged();
          report({ state: 'error', message: err instanceof Error ? err.message : String(err) });
        });
      return { started: true };
    },

    'app.info': async () => ({
      name: config.appInfo?.name ?? 'Prompt Vault',
      version: config.appInfo?.version ?? '0.1.0',
      platform: process.platform,
      ...(config.appInfo?.electron ? { electron: config.appInfo.electron } : {}),
      node: process.versions.node,
      dataDir: config.dataDir,
      firstRun: !vault.exists(),
    }),
    'app.ping': async () => ({ ok: true as const }),
  };

  // Every channel of the contract has a handler (checked at start-up, not only by the compiler).
  for (const name of Object.keys(contract)) {
    if (!(name in handlers)) throw new Error(`No handler for "${name}".`);
  }

  let closed = false;
  return {
    handlers,
    allowedHosts,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async lock(reason: LockReason = 'user') {
      if (vault.isUnlocked()) vault.lock(reason);
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const c of active.values()) c.abort();
      download?.abort.abort();
      if (vault.isUnlocked()) vault.lock('shutdown');
      vault.close();
      await detector.dispose();
    },
  };
}
