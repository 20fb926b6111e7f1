#!/usr/bin/env node
// Entry point of `npm run -s cli -- <command> ...`. Each command lives in its own module that
// exports `run(args): Promise<number>` (the exit code), so commands load only what they use.

const COMMANDS: Record<string, { load: () => Promise<{ run(args: string[]): Promise<number> }>; help: string }> = {
  detect: { load: () => import('./detect'), help: 'detect   JSONL {"text"} on stdin -> JSONL spans on stdout' },
  redact: { load: () => import('./redact'), help: 'redact   text on stdin -> redacted text on stdout' },
  vault: {
    load: () => import('./vault'),
    help: 'vault    init|add|list|show|search|export|delete|purge|retention|passwd --dir DIR',
  },
  ask: { load: () => import('./ask'), help: 'ask      redact a prompt on stdin, send it, stream the restored answer' },
  policy: { load: () => import('./policy'), help: 'policy   keygen|sign|verify  (org admins)' },
  audit: { load: () => import('./audit'), help: 'audit    verify|export' },
};

function usage(): string {
  return [
    'usage: npm run -s cli -- <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => '  ' + c.help),
  ].join('\n');
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  const mod = await cmd.load();
  return mod.run(rest);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
