// `npm run -s cli -- audit verify|export --vault DIR`: check the hash-chained, MAC'd audit trail
// or export it as JSON Lines. The MAC key comes from the vault, so the passphrase is needed
// (PROMPT_VAULT_PASSPHRASE). Exit codes: 0 intact, 1 tampering detected / failure, 2 usage,
// 3 wrong passphrase.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AuditTrail } from '../services/audit';
import { Vault } from '../services/vault';
import { writeOut } from './io';

const HELP = `usage: npm run -s cli -- audit <verify|export> --vault DIR [--out FILE] [--json]
  verify   check every entry's MAC, the hash chain and the head; lists every problem
  export   the trail as JSON Lines (stdout or --out FILE); verification result on stderr
The passphrase comes from PROMPT_VAULT_PASSPHRASE.`;

export async function run(args: string[]): Promise<number> {
  const [cmd, ...rest] = args;
  if (cmd !== 'verify' && cmd !== 'export') {
    console.error(cmd === '--help' || cmd === '-h' ? HELP : `Unknown audit command "${cmd ?? ''}".\n${HELP}`);
    return cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { vault: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    }));
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n${HELP}`);
    return 2;
  }
  if (!values.vault) {
    console.error(`error: --vault DIR is required.\n${HELP}`);
    return 2;
  }
  if (!Vault.exists(values.vault)) {
    console.error(`error: no vault in ${values.vault}.`);
    return 2;
  }
  const passphrase = process.env.PROMPT_VAULT_PASSPHRASE;
  if (!passphrase) {
    console.error('error: set PROMPT_VAULT_PASSPHRASE (the audit key is derived from the unlocked vault).');
    return 2;
  }
  const vault = await Vault.open(values.vault);
  try {
    try {
      await vault.unlock(passphrase);
    } catch (err) {
      console.error(`error: ${(err as Error).message}`);
      return (err as { code?: string }).code === 'WRONG_PASSPHRASE' ? 3 : 1;
    }
    const trail = await AuditTrail.open(vault.dir, vault);
    const result = await trail.verify();
    if (cmd === 'export') {
      const jsonl = trail.exportJsonl();
      if (values.out) fs.writeFileSync(values.out, jsonl, { mode: 0o600 });
      else await writeOut(jsonl);
    } else if (values.json) {
      await writeOut(JSON.stringify(result) + '\n');
    }
    if (result.ok) {
      console.error(
        `audit trail intact: ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}, chain and MACs verified.`,
      );
      return 0;
    }
    console.error(`AUDIT TRAIL TAMPERED: ${result.problems.length} problem(s) in ${result.entries} entries`);
    for (const p of result.problems) {
      console.error(
        `  ${p.line === 0 ? 'head' : `line ${p.line}`}${p.seq !== undefined ? ` (entry ${p.seq})` : ''}: ${p.problem}`,
      );
    }
    return 1;
  } finally {
    vault.close();
  }
}
