// `cli -- detect`: JSONL {"text": ...} on stdin -> one JSONL line per input on stdout:
// {"spans":[{"start","end","label","score","source"}], "ms"}. A bad line gets an error line
// (so outputs stay aligned with inputs) and a message naming the line; the exit code is then 2.
import { parseArgs } from 'node:util';
import { Detector } from '../services/redaction/engine';
import { modelDirFrom, stdinLines, writeOut } from './io';

const HELP = `usage: npm run -s cli -- detect [--model-dir DIR] [--no-ner] [--threshold N] < input.jsonl
  Reads JSONL lines {"text": "..."}; writes {"spans":[{start,end,label,score,source}],"ms":N} per line.
  The model directory also comes from PROMPT_VAULT_MODEL_DIR.`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'model-dir': { type: 'string' },
      'no-ner': { type: 'boolean', default: false },
      threshold: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    console.error('error: --threshold takes a number from 0 to 1');
    return 2;
  }
  const useNer = !values['no-ner'];
  const detector = new Detector({ modelDir: modelDirFrom(values['model-dir']) });
  if (useNer) {
    try {
      await detector.ensureModel();
    } catch (err) {
      console.error(
        `error: the NER model could not be loaded (${(err as Error).message}).\n` +
          'Point --model-dir (or PROMPT_VAULT_MODEL_DIR) at a model directory, or pass --no-ner for patterns only.',
      );
      return 1;
    }
  }

  // Compile the rules before the first line, so that its "ms" is the time of detection alone.
  await detector.warmUp({ ner: useNer });

  let lineNo = 0;
  let bad = 0;
  for await (const line of stdinLines()) {
    lineNo++;
    if (line.trim() === '') continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown })?.text;
    } catch (err) {
      bad++;
      console.error(`line ${lineNo}: not valid JSON (${(err as Error).message})`);
      await writeOut(JSON.stringify({ spans: [], ms: 0, error: `line ${lineNo}: not valid JSON` }) + '\n');
      continue;
    }
    if (typeof text !== 'string') {
      bad++;
      console.error(`line ${lineNo}: expected an object with a string "text" field`);
      await writeOut(JSON.stringify({ spans: [], ms: 0, error: `line ${lineNo}: missing "text"` }) + '\n');
      continue;
    }
    const result = await detector.detect(text, { ner: useNer, injection: false, threshold });
    if (useNer && !result.nerAvailable) {
      console.error(`line ${lineNo}: ${result.nerError}`);
      return 1;
    }
    const spans = result.entities.map((e) => ({
      start: e.start,
      end: e.end,
      label: e.type,
      score: e.score,
      source: e.source,
      ...(e.subtype ? { subtype: e.subtype } : {}),
    }));
    await writeOut(JSON.stringify({ spans, ms: Math.round(result.ms * 100) / 100 }) + '\n');
  }
  await detector.dispose();
  return bad ? 2 : 0;
}
