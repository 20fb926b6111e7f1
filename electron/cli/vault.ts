// `npm run -s cli -- vault <command> --dir DIR [options]`: the encrypted vault for scripting, IT and tests.
//
// The passphrase comes from PROMPT_VAULT_PASSPHRASE or, when that is unset, from standard input: a
// hidden prompt on a terminal, else the first line (for `add`/`import` the rest of stdin is the
// JSON). Never from an argument. `passwd` takes the new passphrase from PROMPT_VAULT_NEW_PASSPHRASE
// or the next stdin line.
//
// Exit codes: 0 ok, 1 unexpected failure, 2 bad input or usage (also: no vault, unknown id),
// 3 wrong passphrase (or recovery key), 4 corrupt, foreign or newer-version database file.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import {
  Vault,
  VaultCorruptError,
  VaultExistsError,
  VaultInputError,
  VaultMissingError,
  VaultNotFoundError,
  VaultVersionError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type Retention,
} from '../services/vault/index';
import { ExportConversationSchema, describeZod } from '../services/vault/export-format';
import { writeOut } from './io';

const USAGE = `usage: npm run -s cli -- vault <command> --dir DIR [options]

commands:
  init                          create a vault; prints {"recoveryKey"} (shown once: keep it safe)
  add                           JSON conversation on stdin {title?, tags?, messages:[{role, original?, redacted,
                                provider?, model?, placeholderMap?, createdAt?, incomplete?}]}; prints {"id"}
  list                          conversations (no content) as JSON
  show ID | --id ID             one conversation as JSON
  search QUERY [--limit N]      full-text search; JSON results with snippets
  export [--format json|markdown] [--out FILE [--force]] [--id ID ...]
                                all or selected conversations; to FILE (mode 600) or stdout
  import [--in FILE]            a JSON export (from FILE, else stdin after the passphrase line)
  delete ID... | --id ID ...    delete conversations (crypto-shredding)
  purge [--yes]                 delete every conversation (asks on a terminal; refuses otherwise without --yes)
  retention [--days N | --forever | --off]   set and apply the retention policy (no flag: show it)
  passwd                        change the passphrase (new one from PROMPT_VAULT_NEW_PASSPHRASE or stdin)

The passphrase is read from PROMPT_VAULT_PASSPHRASE or stdin (first line), never from an argument.
Exit codes: 0 ok, 2 bad input, 3 wrong passphrase, 4 corrupt or foreign vault file, 1 other errors.`;

class UsageError extends Error {}

const AddSchema = ExportConversationSchema.omit({ id: true });

/** Standard input, read at most once, consumed line by line (non-terminal) or prompted (terminal). */
class Input {
  private text: string | undefined;
  private pos = 0;

  get isTty(): boolean {
    return !!process.stdin.isTTY;
  }

  private async load(): Promise<string> {
    if (this.text === undefined) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      this.text = Buffer.concat(chunks).toString('utf8');
    }
    return this.text;
  }

  async line(): Promise<string | undefined> {
    const text = await this.load();
    if (this.pos >= text.length) return undefined;
    const nl = text.indexOf('\n', this.pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(this.pos, end).replace(/\r$/, '');
    this.pos = nl < 0 ? text.length : nl + 1;
    return line;
  }

  async rest(): Promise<string> {
    const text = await this.load();
    const r = text.slice(this.pos);
    this.pos = text.length;
    return r;
  }

  /** Ask on the terminal; `hidden` echoes nothing. */
  ask(question: string, hidden: boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const out = rl as unknown as { _writeToOutput?: (s: string) => void };
      let prompted = false;
      if (hidden) {
        out._writeToOutput = (s: string) => {
          if (!prompted) {
            process.stderr.write(s);
            prompted = true;
          }
        };
      }
      rl.question(question, (answer) => {
        if (hidden) process.stderr.write('\n');
        rl.close();
        resolve(answer);
      });
      rl.once('SIGINT', () => {
        rl.close();
        reject(new UsageError('Cancelled.'));
      });
    });
  }
}

async function readSecret(
  input: Input,
  envName: string,
  prompt: string,
  what: string,
  line = 'the first line',
): Promise<string> {
  const env = process.env[envName];
  if (env) return env;
  if (input.isTty) return input.ask(prompt, true);
  const got = await input.line();
  if (!got) throw new UsageError(`No ${what}: set ${envName} or pass it as ${line} of stdin.`);
  return got;
}

/** A file the user named, or a clear bad-input error (exit 2). */
function readUserFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
  }
}

function exitCodeFor(err: unknown): number {
  if (err instanceof WrongPassphraseError || err instanceof WrongRecoveryKeyError) return 3;
  if (err instanceof VaultCorruptError || err instanceof VaultVersionError) return 4;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return 4;
  if (
    err instanceof UsageError ||
    err instanceof VaultInputError ||
    err instanceof VaultMissingError ||
    err instanceof VaultExistsError ||
    err instanceof VaultNotFoundError ||
    (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
  ) {
    return 2;
  }
  return 1;
}

const OPTIONS = {
  dir: { type: 'string' },
  id: { type: 'string', multiple: true },
  limit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  in: { type: 'string' },
  force: { type: 'boolean' },
  yes: { type: 'boolean' },
  days: { type: 'string' },
  forever: { type: 'boolean' },
  off: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

function json(value: unknown): Promise<void> {
  return writeOut(JSON.stringify(value, null, 2) + '\n');
}

function positiveInt(raw: string | undefined, name: string, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}.`);
  }
  return Number(raw);
}

async function openExisting(dir: string): Promise<Vault> {
  const vault = await Vault.open(dir);
  if (!vault.exists()) throw new VaultMissingError(dir);
  return vault;
}

async function unlocked(dir: string, input: Input): Promise<Vault> {
  const vault = await openExisting(dir);
  try {
    await vault.unlock(await readSecret(input, 'PROMPT_VAULT_PASSPHRASE', 'Passphrase: ', 'passphrase'));
  } catch (e) {
    vault.close();
    throw e;
  }
  return vault;
}

export async function run(args: string[]): Promise<number> {
  let vault: Vault | undefined;
  try {
    const [command, ...rest] = args;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.dir) throw new UsageError('--dir DIR is required.');
    const dir = path.resolve(values.dir);
    const input = new Input();
    const ids = [...(values.id ?? []), ...(['show', 'delete', 'export'].includes(command) ? positionals : [])];

    switch (command) {
      case 'init': {
        if (Vault.exists(dir)) throw new VaultExistsError(dir);
        if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a directory.`);
        let pass = await readSecret(input, 'PROMPT_VAULT_PASSPHRASE', 'New passphrase: ', 'passphrase');
        if (!process.env.PROMPT_VAULT_PASSPHRASE && input.isTty) {
          const again = await input.ask('Repeat the passphrase: ', true);
          if (again !== pass) throw new UsageError('The passphrases differ; nothing was created.');
        }
        vault = await Vault.open(dir);
        const { recoveryKey } = await vault.init(pass);
        pass = '';
        console.error(
          'Vault created. Write down the recovery key and keep it somewhere safe: it is shown only once and is the only way back in if you forget the passphrase.',
        );
        await json({ dir, recoveryKey });
        return 0;
      }
      case 'add': {
        vault = await unlocked(dir, input);
        const raw = await input.rest();
        let data: unknown;
        try {
          data = JSON.parse(raw);
        } catch (e) {
          throw new UsageError(`stdin is not valid JSON: ${(e as Error).message}`);
        }
        const parsed = AddSchema.safeParse(data);
        if (!parsed.success) throw new UsageError(`Invalid conversation: ${describeZod(parsed.error)}`);
        const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, conversations: [parsed.data] };
        const res = vault.importJson(JSON.stringify(file));
        await json({ id: res.ids[0] });
        return 0;
      }
      case 'import': {
        vault = await unlocked(dir, input);
        const text = values.in ? readUserFile(values.in) : await input.rest();
        const res = vault.importJson(text);
        await json({ imported: res.imported, skipped: res.skipped });
        return 0;
      }
      case 'list': {
        vault = await unlocked(dir, input);
        await json(vault.listConversations());
        return 0;
      }
      case 'show': {
        if (ids.length !== 1) throw new UsageError('show needs exactly one conversation id.');
        vault = await unlocked(dir, input);
        await json(vault.getConversation(ids[0]!));
        return 0;
      }
      case 'search': {
        const query = positionals.join(' ').trim();
        if (!query) throw new UsageError('search needs a query.');
        const limit = positiveInt(values.limit, 'limit', 1000) ?? 50;
        vault = await unlocked(dir, input);
        await json(vault.search(query, limit));
        return 0;
      }
      case 'export': {
        const format = values.format ?? 'json';
        if (format !== 'json' && format !== 'markdown') throw new UsageError('--format is json or markdown.');
        vault = await unlocked(dir, input);
        for (const id of ids) vault.getConversation(id); // unknown ids: clear error before writing anything
        const sel = ids.length ? ids : undefined;
        const text = format === 'json' ? vault.exportJson(sel) : vault.exportMarkdown(sel);
        const count = sel ? sel.length : vault.listConversations().length;
        if (values.out) {
          const out = path.resolve(values.out);
          try {
            fs.writeFileSync(out, text, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
              throw new UsageError(`${out} exists; use --force to overwrite it.`);
            }
            throw new UsageError(`Cannot write ${out}: ${(e as Error).message}`);
          }
          console.error(`Exported ${count} conversation(s) to ${out}.`);
        } else {
          await writeOut(text);
        }
        return 0;
      }
      case 'delete': {
        if (ids.length === 0) throw new UsageError('delete needs at least one conversation id.');
        vault = await unlocked(dir, input);
        // A mistyped id deletes nothing, rather than some of what was asked and a count to puzzle over.
        const known = new Set(vault.listConversations().map((c) => c.id));
        const unknown = ids.filter((id) => !known.has(id));
        if (unknown.length) {
          throw new UsageError(
            `No conversation with id ${unknown.join(', ')} in this vault: nothing was deleted. See \`vault list\`.`,
          );
        }
        await json({ deleted: vault.deleteConversations(ids) });
        return 0;
      }
      case 'purge': {
        if (!values.yes && !input.isTty) {
          throw new UsageError(
            'purge deletes every conversation: pass --yes (stdin is not a terminal, so it cannot ask).',
          );
        }
        vault = await unlocked(dir, input);
        if (!values.yes) {
          const n = vault.listConversations().length;
          const answer = await input.ask(`Delete all ${n} conversation(s) for good? Type "yes" to confirm: `, false);
          if (answer.trim().toLowerCase() !== 'yes') {
            console.error('Nothing deleted.');
            return 2;
          }
        }
        await json({ deleted: vault.purge() });
        return 0;
      }
      case 'retention': {
        const days = positiveInt(values.days, 'days', 36_500);
        const chosen = [days !== undefined, !!values.forever, !!values.off].filter(Boolean).length;
        if (chosen > 1) throw new UsageError('Choose one of --days N, --forever, --off.');
        vault = await unlocked(dir, input);
        if (chosen === 0) {
          await json({ retention: vault.getRetention() });
          return 0;
        }
        const r: Retention =
          days !== undefined ? { mode: 'days', days } : values.off ? { mode: 'off' } : { mode: 'forever' };
        const deleted = vault.setRetention(r);
        await json({ retention: vault.getRetention(), deleted });
        return 0;
      }
      case 'passwd': {
        vault = await openExisting(dir);
        const old = await readSecret(input, 'PROMPT_VAULT_PASSPHRASE', 'Current passphrase: ', 'passphrase');
        const next = await readSecret(
          input,
          'PROMPT_VAULT_NEW_PASSPHRASE',
          'New passphrase: ',
          'new passphrase',
          process.env.PROMPT_VAULT_PASSPHRASE ? 'the first line' : 'the second line',
        );
        if (!process.env.PROMPT_VAULT_NEW_PASSPHRASE && input.isTty) {
          if ((await input.ask('Repeat the new passphrase: ', true)) !== next)
            throw new UsageError('The new passphrases differ.');
        }
        await vault.changePassphrase(old, next);
        await json({ ok: true });
        return 0;
      }
      default:
        throw new UsageError(`Unknown vault command "${command}".\n${USAGE}`);
    }
  } catch (err) {
    const code = exitCodeFor(err);
    let message = err instanceof Error ? err.message : String(err);
    if (err instanceof z.ZodError) message = describeZod(err);
    console.error(`error: ${message}`);
    if (code === 1 && err instanceof Error && err.stack && process.env.PROMPT_VAULT_DEBUG) console.error(err.stack);
    return code;
  } finally {
    vault?.close();
  }
}
