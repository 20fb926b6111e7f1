// Runs the command-line tool as users do (`npm run -s cli -- ...`) in a child process, for the
// tests of its commands. `env` entries set to undefined are removed from the child's environment.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ARGS = ['--import', 'tsx', path.join(ROOT, 'electron', 'cli', 'main.ts')];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when the child had to be killed (runCliSync's `timeoutMs`). */
  signal?: string;
}

export interface CliOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
  /** runCliSync only: kill the child after this long (a command that never exits fails, not hangs). */
  timeoutMs?: number;
}

function childEnv(extra: CliOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `cli <args>` to completion, streaming stdin in. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ARGS, ...args], { cwd: ROOT, env: childEnv(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** The same, synchronously (for tests that need no server in the same process). */
export function runCliSync(args: string[], opts: CliOptions = {}): CliRun {
  const res = spawnSync(process.execPath, [...ARGS, ...args], {
    cwd: ROOT,
    input: opts.stdin ?? '',
    env: childEnv(opts.env),
    encoding: 'utf8',
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
  });
  return {
    code: res.status ?? -1,
    stdout: res.stdout,
    stderr: res.stderr,
    ...(res.signal ? { signal: res.signal } : {}),
  };
}
