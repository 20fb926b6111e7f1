// `npm run -s cli -- policy keygen|sign|verify|template` for org admins.
//   keygen --out DIR                 writes org-policy.key (private, mode 600) and org-policy.pub
//   sign --key FILE [--in FILE] [--out FILE]   validates and signs a policy (stdin/stdout by default)
//   verify --public-key KEY|FILE [FILE]        checks a signed policy (stdin by default)
//   template                         prints an example policy to start from
// Exit codes: 0 ok, 1 invalid policy / failure, 2 usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POLICY_FORMAT, type PolicyInput } from '../../shared/policy';
import { generatePolicyKeyPair, loadPolicy, publicKeyOf, signPolicy } from '../services/policy';
import { readStdin, writeOut } from './io';

const HELP = `usage: npm run -s cli -- policy <command> [options]
  keygen --out DIR [--force]                 new Ed25519 key pair: DIR/org-policy.key (keep secret) and DIR/org-policy.pub
  sign --key FILE [--in FILE] [--out FILE]   validate and sign a policy (stdin -> stdout by default)
  verify --public-key KEY|FILE [FILE]        verify a signed policy (stdin by default); --json for details
  template                                   print an example policy`;

class UsageError extends Error {}

const TEMPLATE: PolicyInput = {
  format: POLICY_FORMAT,
  id: 'example-org',
  version: 1,
  name: 'Example Org policy',
  org: 'Example Org',
  // Dates are filled in when the template is printed: issued now, valid for a year.
  issuedAt: '',
  expiresAt: '',
  providers: [
    {
      id: 'azure-gpt4o',
      name: 'Azure OpenAI (EU)',
      api: 'openai',
      baseUrl: 'https://example-eu.openai.azure.com/openai/deployments/gpt-4o',
      models: ['gpt-4o'],
      auth: 'api-key',
      query: { 'api-version': '2024-10-21' },
      rateLimit: { requests: 30, perSeconds: 60 },
    },
    { id: 'claude', name: 'Anthropic', api: 'anthropic', baseUrl: 'https://api.anthropic.com', models: ['claude-*'] },
    {
      id: 'ollama',
      name: 'Local Ollama',
      api: 'openai',
      baseUrl: 'http://127.0.0.1:11434/v1',
      models: ['*'],
      auth: 'none',
    },
  ],
  allowUserProviders: false,
  detection: {
    requiredTypes: ['PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'ID_NUMBER', 'SECRET', 'CRYPTO_WALLET'],
    allowList: { terms: ['Example Org'] },
    denyList: { terms: ['Project Falcon'], type: 'SECRET' },
    customRecognizers: [
      { name: 'employee-id', pattern: '\\bEMP-\\d{6}\\b', type: 'ID_NUMBER', subtype: 'EMPLOYEE_ID', score: 0.9 },
    ],
    allowUserAllowList: true,
  },
  storage: { storeOriginals: true, maxRetentionDays: 90 },
  blockWhenNerUnavailable: true,
  maxAutoLockMinutes: 30,
  audit: { enabled: true, recordBlocked: true },
};

function readKey(value: string, what: string): string {
  const v = value.trim();
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length >= 40) return v;
  try {
    return fs.readFileSync(v, 'utf8').trim();
  } catch {
    throw new UsageError(`${what} is neither a base64 key nor a readable file: ${v}`);
  }
}

export async function run(args: string[]): Promise<number> {
  const [cmd, ...rest] = args;
  try {
    switch (cmd) {
      case 'keygen': {
        const { values } = parseArgs({
          args: rest,
          options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
        });
        if (!values.out) throw new UsageError('keygen needs --out DIR.');
        fs.mkdirSync(values.out, { recursive: true, mode: 0o700 });
        const keyFile = path.join(values.out, 'org-policy.key');
        const pubFile = path.join(values.out, 'org-policy.pub');
        if (!values.force && (fs.existsSync(keyFile) || fs.existsSync(pubFile))) {
          throw new UsageError(`${keyFile} or ${pubFile} exists; use --force to replace it.`);
        }
        const kp = await generatePolicyKeyPair();
        fs.writeFileSync(keyFile, kp.privateKey + '\n', { mode: 0o600 });
        fs.writeFileSync(pubFile, kp.publicKey + '\n', { mode: 0o644 });
        await writeOut(`${kp.publicKey}\n`);
        console.error(
          `key id ${kp.keyId}: private key in ${keyFile} (keep it secret), public key in ${pubFile} (put it in the build).`,
        );
        return 0;
      }
      case 'sign': {
        const { values } = parseArgs({
          args: rest,
          options: { key: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } },
        });
        if (!values.key) throw new UsageError('sign needs --key FILE (the private key from keygen).');
        const privateKey = readKey(values.key, '--key');
        const text = values.in ? fs.readFileSync(values.in, 'utf8') : await readStdin();
        let policy: unknown;
        try {
          policy = JSON.parse(text);
        } catch (err) {
          throw new UsageError(`The policy is not valid JSON: ${(err as Error).message}`);
        }
        const expires = (policy as { expiresAt?: unknown } | null)?.expiresAt;
        if (typeof expires === 'string' && Date.parse(expires) <= Date.now()) {
          console.error(`warning: this policy expired on ${expires}; apps will reject it. Set a later expiresAt.`);
        }
        const signed = await signPolicy(policy, privateKey);
        if (values.out) fs.writeFileSync(values.out, signed);
        else await writeOut(signed);
        console.error(`signed with key ${(await publicKeyOf(privateKey)).slice(0, 12)}…`);
        return 0;
      }
      case 'verify': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        const keyArg = values['public-key'] ?? process.env.PROMPT_VAULT_ORG_PUBLIC_KEY;
        if (!keyArg) throw new UsageError('verify needs --public-key KEY|FILE (or PROMPT_VAULT_ORG_PUBLIC_KEY).');
        const text = positionals[0] ? fs.readFileSync(positionals[0], 'utf8') : await readStdin();
        const loaded = await loadPolicy({ text, publicKey: readKey(keyArg, '--public-key') });
        if (values.json) {
          await writeOut(
            JSON.stringify({
              valid: loaded.source === 'org',
              ...(loaded.errorCode ? { code: loaded.errorCode, reason: loaded.error } : {}),
              ...(loaded.source === 'org' ? { policy: loaded.policy } : {}),
            }) + '\n',
          );
        }
        if (loaded.source !== 'org') {
          console.error(`INVALID (${loaded.errorCode}): ${loaded.error}`);
          return 1;
        }
        const p = loaded.policy;
        console.error(
          `valid: ${p.id} version ${p.version}${p.expiresAt ? `, expires ${p.expiresAt}` : ', no expiry'}; ` +
            `${p.providers.length} provider(s); required: ${p.detection.requiredTypes.join(', ')}`,
        );
        return 0;
      }
      case 'template': {
        const now = Date.now();
        const template = {
          ...TEMPLATE,
          issuedAt: new Date(now).toISOString(),
          expiresAt: new Date(now + 365 * 24 * 3600_000).toISOString(),
        };
        await writeOut(JSON.stringify(template, null, 2) + '\n');
        return 0;
      }
      default:
        console.error(cmd && cmd !== '--help' && cmd !== '-h' ? `Unknown policy command "${cmd}".\n${HELP}` : HELP);
        return cmd === '--help' || cmd === '-h' ? 0 : 2;
    }
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    const code = (err as { code?: unknown }).code;
    const badArgs = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'); // unknown option, missing value
    return err instanceof UsageError || badArgs ? 2 : 1;
  }
}
