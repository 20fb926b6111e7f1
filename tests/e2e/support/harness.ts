// One end-to-end scenario: a real app core (vault in a temp dir, detection with the shared
// model, a signed org policy pointing at the mock provider) bridged into a page of the built
// renderer in Debian's Chromium. One browser per test file; one app + page per scenario.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../../../electron/app/core';
import type { App } from '../../../electron/app/types';
import { generatePolicyKeyPair, signPolicy } from '../../../electron/services/policy';
import type { MockProvider } from '../../../electron/services/providers/mock';
import { contract, type Events } from '../../../shared/ipc/contract';
import { dispatch, type CallContext, type IpcResult } from '../../../shared/ipc/define';
import { POLICY_FORMAT } from '../../../shared/policy';
import { attachBridge, type BridgeLog } from './bridge';
import { DIST, ensureRendererBuilt } from './build';
import { serveStatic } from './static-server';

/** Low Argon2 limits: the vault's key derivation stays real, only cheaper. */
export const FAST_ARGON2 = { opsLimit: 1, memLimit: 8 * 1024 * 1024 };
export const PASSPHRASE = 'correct horse battery staple 42';

export interface PolicyOverrides {
  requiredTypes?: string[];
  storeOriginals?: boolean;
  maxRetentionDays?: number;
  maxAutoLockMinutes?: number;
  threshold?: number;
  allowUserAllowList?: boolean;
  denyTerms?: string[];
}

export interface ScenarioOptions {
  mock: MockProvider;
  /** none = first run; ready = created, recovery confirmed, unlocked; locked = created then locked. */
  vault?: 'none' | 'ready' | 'locked';
  policy?: PolicyOverrides;
  theme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The core's clock (retention tests). */
  now?: () => number;
  /** Hold back replies of some calls (see BridgeOptions). */
  replyDelayMs?: Partial<Record<string, number>>;
}

export interface Scenario {
  app: App;
  page: Page;
  context: BrowserContext;
  log: BridgeLog;
  dir: string;
  dataDir: string;
  recoveryKey?: string;
  /** Requests the page made to anything but the renderer's own server. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  /** A call straight into the handler table (set-up and checks behind the UI's back). */
  call(name: string, input?: unknown): Promise<IpcResult>;
  /** Send a prompt (all findings redacted) behind the UI's back and wait for the stored answer. */
  seed(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function writeSignedPolicy(dir: string, mockUrl: string, o: PolicyOverrides = {}) {
  const keys = await generatePolicyKeyPair();
  const signed = await signPolicy(
    {
      format: POLICY_FORMAT,
      id: 'e2e-policy',
      version: 7,
      name: 'Acme default',
      providers: [
        {
          id: 'mock',
          name: 'Mock AI',
          api: 'openai',
          baseUrl: `${mockUrl}/v1`,
          models: ['mock-small', 'mock-large'],
          auth: 'none',
        },
      ],
      detection: {
        requiredTypes: (o.requiredTypes ?? ['EMAIL', 'PHONE', 'CREDIT_CARD', 'SECRET']) as never,
        ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
        ...(o.allowUserAllowList !== undefined ? { allowUserAllowList: o.allowUserAllowList } : {}),
        ...(o.denyTerms ? { denyList: { terms: o.denyTerms } } : {}),
      },
      storage: {
        storeOriginals: o.storeOriginals ?? true,
        ...(o.maxRetentionDays !== undefined ? { maxRetentionDays: o.maxRetentionDays } : {}),
      },
      ...(o.maxAutoLockMinutes !== undefined ? { maxAutoLockMinutes: o.maxAutoLockMinutes } : {}),
    } as never,
    keys.privateKey,
  );
  const policyPath = path.join(dir, 'policy.json');
  fs.writeFileSync(policyPath, signed);
  return { policyPath, orgPublicKey: keys.publicKey };
}

let served: { url: string; close(): Promise<void> } | undefined;

/** Builds the renderer if stale and serves it (once per test process). */
export async function rendererUrl(): Promise<string> {
  if (!served) {
    ensureRendererBuilt();
    served = await serveStatic(DIST);
  }
  return served.url;
}

export async function stopRendererServer(): Promise<void> {
  await served?.close();
  served = undefined;
}

export async function openScenario(browser: Browser, opts: ScenarioOptions): Promise<Scenario> {
  const url = await rendererUrl();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-e2e-'));
  const dataDir = path.join(dir, 'data');
  const { policyPath, orgPublicKey } = await writeSignedPolicy(dir, opts.mock.url, opts.policy);
  const app = await createApp({
    dataDir,
    ...(process.env.PROMPT_VAULT_MODEL_DIR ? { modelDir: process.env.PROMPT_VAULT_MODEL_DIR } : {}),
    policyPath,
    orgPublicKey,
    argon2: FAST_ARGON2,
    ...(opts.now ? { now: opts.now } : {}),
    chooseSavePath: async ({ defaultName }) => path.join(dir, defaultName),
  });
  const ctx: CallContext<Events> = { emit: () => undefined };
  const call = (name: string, input: unknown = {}) => dispatch(contract, app.handlers, name, input, ctx);
  const must = async (name: string, input: unknown = {}) => {
    const r = await call(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };

  /** Send a prompt through the handler table and wait until its answer is stored. */
  const seed = async (text: string) => {
    const before = ((await must('history.list')).conversations as unknown[]).length;
    const entities = (
      (await must('detect.run', { text })).entities as { start: number; end: number; type: string; source: string }[]
    ).map((e) => ({ start: e.start, end: e.end, type: e.type, source: e.source, action: 'redact' }));
    await must('chat.send', { text, entities, provider: 'mock', model: 'mock-small' });
    for (;;) {
      const list = (await must('history.list')).conversations as { messageCount: number }[];
      if (list.length > before && list.every((c) => c.messageCount >= 2)) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  let recoveryKey: string | undefined;
  if (opts.vault === 'ready' || opts.vault === 'locked') {
    recoveryKey = (await must('vault.create', { passphrase: PASSPHRASE })).recoveryKey as string;
    await must('vault.confirmRecovery', { recoveryKey });
    if (opts.theme) await must('settings.set', { theme: opts.theme });
    if (opts.vault === 'locked') await must('vault.lock');
  } else if (opts.theme) {
    await must('settings.set', { theme: opts.theme });
  }

  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 860 },
    colorScheme: opts.theme ?? 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    foreignRequests.push(u);
    return route.abort();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
  });
  const log = await attachBridge(page, app, opts.replyDelayMs ? { replyDelayMs: opts.replyDelayMs } : {});
  await page.goto(url);

  return {
    app,
    page,
    context,
    log,
    dir,
    dataDir,
    ...(recoveryKey ? { recoveryKey } : {}),
    foreignRequests,
    pageErrors,
    call,
    seed,
    async close() {
      await context.close().catch(() => undefined);
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every byte of every file under `dir` (marker scans). */
export function allBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

/** The prompt editor (a textarea labelled "Prompt"). */
export function promptBox(page: Page) {
  return page.getByRole('textbox', { name: 'Prompt', exact: true });
}
