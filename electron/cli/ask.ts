// `npm run -s cli -- ask --provider-url URL --api openai|anthropic --model M [options] < prompt.txt`
// Detects and redacts the prompt, refuses if the policy forbids the provider (or anything else
// fails closed), sends the redacted prompt, streams the restored answer to stdout, prints a
// one-line summary to stderr, and records the turn and the audit entry when a vault is given.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { ProviderRule } from '../../shared/policy';
import { AuditTrail } from '../services/audit';
import { effectivePolicy, loadPolicy } from '../services/policy';
import {
  apiKeySecretName,
  conversationContext,
  hostOf,
  RateLimiter,
  sendPrompt,
  summariseCounts,
  vaultSink,
  type ProviderTarget,
  type SendOutcome,
} from '../services/providers';
import { Detector } from '../services/redaction/engine';
import { Vault } from '../services/vault';
import { modelDirFrom, readStdin, writeOut } from './io';

const HELP = `usage: npm run -s cli -- ask --provider-url URL --api openai|anthropic --model M [options] < prompt.txt

  --provider-url URL   OpenAI-compatible base URL (".../v1", Azure ".../openai/deployments/NAME")
                       or Anthropic base URL ("https://api.anthropic.com")
  --api API            openai (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM) or anthropic
  --model M            model name
  --provider-id ID     the policy's provider id (default: matched by URL)
  --policy FILE        signed org policy; verified with --org-key or PROMPT_VAULT_ORG_PUBLIC_KEY
  --org-key KEY|FILE   the org's Ed25519 public key (base64) or a file holding it
  --vault DIR          record the conversation and the audit entry in this vault
                       (passphrase from PROMPT_VAULT_PASSPHRASE)
  --conversation ID    continue a conversation stored in the vault
  --model-dir DIR      NER model directory (default PROMPT_VAULT_MODEL_DIR)
  --timeout S          seconds without data before giving up (default 60)
  --json               print the outcome as JSON on stdout after the answer stream ends

The API key comes from PROMPT_VAULT_API_KEY (else OPENAI_API_KEY / ANTHROPIC_API_KEY, else the
vault's stored key for the provider), never from an argument. Without --policy and without an org
key the built-in defaults apply and the given provider is the user's choice.
Exit codes: 0 answered, 1 provider error (partial answer kept), 2 usage, 3 blocked (nothing sent).`;

class UsageError extends Error {}

function keyFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^[A-Za-z0-9+/]{43}=$/.test(v)) return v;
  try {
    return fs.readFileSync(v, 'utf8').trim();
  } catch {
    throw new UsageError(`--org-key is neither a base64 key nor a readable file: ${v}`);
  }
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'provider-url': { type: 'string' },
        api: { type: 'string' },
        model: { type: 'string' },
        'provider-id': { type: 'string' },
        policy: { type: 'string' },
        'org-key': { type: 'string' },
        vault: { type: 'string' },
        conversation: { type: 'string' },
        'model-dir': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  let vault: Vault | undefined;
  const detector = new Detector({ modelDir: modelDirFrom(values['model-dir']) });
  try {
    const url = values['provider-url'];
    const api = values.api;
    const model = values.model;
    if (!url || !api || !model) throw new UsageError('--provider-url, --api and --model are required.');
    if (api !== 'openai' && api !== 'anthropic')
      throw new UsageError(`--api must be openai or anthropic (got "${api}").`);
    let host: string;
    try {
      host = hostOf(url);
    } catch {
      throw new UsageError(`--provider-url is not a valid URL: ${url}`);
    }
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && !(timeout > 0))
      throw new UsageError('--timeout must be a positive number of seconds.');
    if (values.conversation && !values.vault) throw new UsageError('--conversation needs --vault.');

    const prompt = await readStdin();
    if (!prompt.trim()) throw new UsageError('The prompt on stdin is empty.');

    const publicKey = keyFrom(values['org-key'] ?? process.env.PROMPT_VAULT_ORG_PUBLIC_KEY);
    const loaded = await loadPolicy({
      ...(values.policy ? { path: values.policy } : {}),
      ...(publicKey ? { publicKey } : {}),
    });
    if (loaded.error) console.error(`policy: ${loaded.error}`);

    if (values.vault) {
      if (!Vault.exists(values.vault)) {
        throw new UsageError(
          `No vault in ${values.vault}. Create one with \`npm run -s cli -- vault init --dir DIR\`.`,
        );
      }
      const passphrase = process.env.PROMPT_VAULT_PASSPHRASE;
      if (!passphrase)
        throw new UsageError('Set PROMPT_VAULT_PASSPHRASE to unlock the vault (stdin carries the prompt).');
      vault = await Vault.open(values.vault);
      await vault.unlock(passphrase);
    }

    const providerId = values['provider-id'] ?? host.replace(/[^A-Za-z0-9._-]/g, '-');
    let apiKey =
      process.env.PROMPT_VAULT_API_KEY ||
      (api === 'openai' ? process.env.OPENAI_API_KEY : process.env.ANTHROPIC_API_KEY) ||
      undefined;
    if (!apiKey && vault) apiKey = vault.getSecret(apiKeySecretName(providerId)) || undefined;

    // The provider given on the command line is the user's own choice; it only counts where the
    // policy lets users add providers (the built-in defaults do, org policies usually don't).
    const userRule: ProviderRule = {
      id: providerId,
      api,
      baseUrl: url,
      models: [model],
      ...(apiKey ? {} : { auth: 'none' as const }),
    };
    // The vault's own retention counts as the user's setting: the policy's maximum can only shorten it.
    const eff = effectivePolicy(loaded, {
      providers: [userRule],
      ...(vault ? { retention: vault.getRetention() } : {}),
    });
    if (vault) {
      vault.setStoreOriginals(eff.storeOriginals);
      if (JSON.stringify(vault.getRetention()) !== JSON.stringify(eff.retention)) vault.setRetention(eff.retention);
    }

    const target: ProviderTarget = {
      id: providerId,
      api,
      baseUrl: url,
      model,
      ...(apiKey ? { apiKey } : {}),
      ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
    };
    const context = vault && values.conversation ? conversationContext(vault, values.conversation) : undefined;
    const audit = vault ? await AuditTrail.open(vault.dir, vault) : undefined;
    const ac = new AbortController();
    const onSignal = () => ac.abort();
    process.once('SIGINT', onSignal);
    let pending = Promise.resolve();
    let outcome: SendOutcome;
    try {
      outcome = await sendPrompt(
        {
          prompt,
          target,
          ...(values['provider-id'] ? { providerId: values['provider-id'] } : {}),
          ...(context ? { history: context.history, placeholders: context.placeholders } : {}),
          ...(values.conversation ? { conversationId: values.conversation } : {}),
          signal: ac.signal,
          onChunk: (text) => {
            if (text) pending = pending.then(() => writeOut(text));
          },
        },
        {
          detector,
          policy: eff,
          rateLimiter: new RateLimiter(),
          ...(audit ? { audit } : {}),
          ...(vault ? { store: vaultSink(vault) } : {}),
        },
      );
    } finally {
      process.off('SIGINT', onSignal);
    }
    await pending;
    if (outcome.status === 'sent' && outcome.answer && !outcome.answer.endsWith('\n')) await writeOut('\n');
    if (values.json) {
      const { answer: _a, rawAnswer: _r, map: _m, entities, sent: _s, ...rest } = outcome;
      const safe = { ...rest, entities: entities.map(({ text: _t, ...e }) => e) };
      await writeOut(JSON.stringify(safe) + '\n');
    }
    console.error(describeOutcome(outcome, host, model));
    if (outcome.status === 'blocked') return 3;
    return outcome.incomplete ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`error: ${err.message}`);
      return 2;
    }
    const code = (err as { code?: string }).code;
    console.error(`error: ${(err as Error).message}${code ? ` (${code})` : ''}`);
    return code === 'WRONG_PASSPHRASE' ? 3 : 1;
  } finally {
    vault?.close();
    await detector.dispose();
  }
}

/** The one-line summary for stderr. */
export function describeOutcome(o: SendOutcome, host: string, model: string): string {
  const what = summariseCounts(o.counts);
  if (o.status === 'blocked') return `blocked (${o.code}): ${o.message} [${what}]`;
  const restored = o.restoration.restored.reduce((n, r) => n + r.count, 0);
  const variants = o.restoration.restored.filter((r) => r.forms.some((f) => f !== 'exact')).map((r) => r.placeholder);
  const parts = [`${what}; sent to ${host} (${model}); restored ${restored} placeholder${restored === 1 ? '' : 's'}`];
  if (variants.length) parts.push(`altered by the model but restored: ${variants.join(', ')}`);
  if (o.restoration.unrestored.length) {
    parts.push(`not restored (unknown): ${o.restoration.unrestored.map((u) => u.text).join(', ')}`);
  }
  if (!o.nerAvailable) parts.push('NER model unavailable (patterns only)');
  if (o.incomplete) parts.push(`INCOMPLETE answer: ${o.message}`);
  else if (o.message) parts.push(o.message);
  return parts.join('; ');
}
