// `cli -- redact < file.txt`: prints the text with every detected value replaced by a placeholder.
// A one-line summary goes to stderr; `--map FILE` writes the placeholder map (it holds the
// originals, so it is only written where the user asks).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Detector } from '../services/redaction/engine';
import { modelDirFrom, readStdin, writeOut } from './io';

const HELP = `usage: npm run -s cli -- redact [--model-dir DIR] [--no-ner] [--json] [--map FILE] < file.txt
  Prints the redacted text. --json prints {"redacted","entities"} instead.`;

export function summarise(entities: readonly { type: string }[]): string {
  if (entities.length === 0) return 'redacted nothing';
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return `redacted ${entities.length}: ${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')}`;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'model-dir': { type: 'string' },
      'no-ner': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      map: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const useNer = !values['no-ner'];
  const detector = new Detector({ modelDir: modelDirFrom(values['model-dir']) });
  const text = await readStdin();
  const result = await detector.redact(text, { ner: useNer, injection: false });
  if (useNer && !result.detection.nerAvailable) {
    console.error(`error: ${result.detection.nerError}\nNothing was printed. Use --no-ner for patterns only.`);
    return 1;
  }
  if (values.map) fs.writeFileSync(values.map, JSON.stringify(result.map, null, 2), { mode: 0o600 });
  if (values.json) {
    const entities = result.entities.map(({ text: _t, ...rest }) => rest);
    await writeOut(JSON.stringify({ redacted: result.redacted, entities }) + '\n');
  } else {
    await writeOut(result.redacted);
  }
  console.error(summarise(result.entities));
  await detector.dispose();
  return 0;
}
