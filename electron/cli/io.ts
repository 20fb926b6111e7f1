// Small helpers shared by the command-line tools.
import readline from 'node:readline';

/** The whole of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Standard input line by line (CRLF or LF), without loading it all. */
export function stdinLines(): AsyncIterable<string> {
  return readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/** Write to stdout and wait for it to drain, so huge outputs keep memory flat. */
export function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/** The model directory from `--model-dir` or `PROMPT_VAULT_MODEL_DIR`. */
export function modelDirFrom(flag: string | undefined): string | undefined {
  return flag || process.env.PROMPT_VAULT_MODEL_DIR || undefined;
}
