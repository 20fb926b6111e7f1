// What the patterns report in text that is not about people: the first 3 MB of the installed packages'
// Markdown, of their .js/.ts sources, and of Python's standard library when the machine has one. The
// texts carry no labels, so the figures are counts by type and subtype (with examples) to read, not a
// precision: most of what is found there is real (authors, e-mail addresses, faker's locale tables).
// Also the patterns' speed on such text, which holds far fewer values than the eval sets' sentences.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Detector } from '../electron/services/redaction/engine';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 3_000_000;

/** Files under `dir` (four levels down at most) whose names pass `keep`, in path order. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 4) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (keep(e.name) && fs.statSync(p).size < 60_000) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir, 0);
  return out.sort();
}

function corpus(files: string[]): string {
  let text = '';
  for (const f of files) {
    text += fs.readFileSync(f, 'utf8') + '\n';
    if (text.length > SIZE) break;
  }
  return text.slice(0, SIZE);
}

export async function run(): Promise<void> {
  const modules = path.join(ROOT, 'node_modules');
  const sets: [string, string][] = [
    ['package Markdown', corpus(filesUnder(modules, (n) => n.endsWith('.md')))],
    ['package JS/TS sources', corpus(filesUnder(modules, (n) => /\.(js|ts)$/.test(n) && !n.includes('.min.')))],
  ];
  const python = fs.existsSync('/usr/lib')
    ? fs.readdirSync('/usr/lib').find((d) => /^python3\.\d+$/.test(d))
    : undefined;
  if (python)
    sets.push([`${python} standard library`, corpus(filesUnder(`/usr/lib/${python}`, (n) => n.endsWith('.py')))]);
  else console.log('(no /usr/lib/python3.x here: the Python set is left out)');

  const detector = new Detector({ modelDir: null, parallel: false });
  for (const [name, text] of sets) {
    const r = await detector.detect(text, { ner: false, injection: false });
    const counts = new Map<string, { n: number; examples: string[] }>();
    for (const e of r.entities) {
      const k = `${e.type}${e.subtype ? ':' + e.subtype : ''}`;
      const c = counts.get(k) ?? { n: 0, examples: [] };
      c.n++;
      if (c.examples.length < 3 && !c.examples.includes(e.text.slice(0, 30))) c.examples.push(e.text.slice(0, 30));
      counts.set(k, c);
    }
    const top = [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, 8);
    // Speed on text that is not PII-dense, patterns only, one thread (a second run: the first compiles).
    const again = await detector.detect(text, { ner: false, injection: false });
    console.log(
      `${name} (${(text.length / 1e6).toFixed(1)} MB, ${(text.length / 1e6 / (again.ms / 1000)).toFixed(2)} MB/s ` +
        `one thread): ${r.entities.length} findings; ` +
        top.map(([k, c]) => `${k} ${c.n} ${JSON.stringify(c.examples)}`).join('; '),
    );
  }
  await detector.dispose();
}
