// Throughput of the secret recognizers and the injection check on 10 MB inputs (ordinary prose
// with a few secrets, and hostile shapes that would expose super-linear scanning). Prints figures.
import { checkInjection } from '../electron/services/redaction/injection';
import { SECRET_RECOGNIZERS } from '../electron/services/redaction/secrets';

const SIZE = 10_000_000;

function inputs(): [string, string][] {
  const para =
    'The quarterly report from the finance team covers revenue, costs and the plan for next year. ' +
    'Deploy with api_key = "Zx81kQ0pLm42Ab9cQ7rT" and Authorization: Bearer abcd1234efgh5678ijkl. ';
  const fill = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
  return [
    ['prose with secrets', fill(para)],
    ['one long base64 run', fill('Ab3+')],
    ['key=value pairs', fill('x=y ')],
    ['repeated headers', fill('Authorization: ')],
    ['zero-width run', fill('\u200B')],
    ['repeated override phrase', fill('ignore previous instructions ')],
  ];
}

export async function run(): Promise<void> {
  console.log('\n=== secrets + injection (10 MB each) ===');
  for (const [name, text] of inputs()) {
    const t0 = performance.now();
    const found = SECRET_RECOGNIZERS.flatMap((r) => r.detect(text)).length;
    const t1 = performance.now();
    const report = checkInjection(text);
    const t2 = performance.now();
    const mbps = (ms: number) => ((text.length / 1e6 / ms) * 1000).toFixed(1);
    console.log(
      `${name.padEnd(26)} secrets ${(t1 - t0).toFixed(0).padStart(6)} ms (${mbps(t1 - t0)} MB/s, ${found} found)  ` +
        `injection ${(t2 - t1).toFixed(0).padStart(6)} ms (${mbps(t2 - t1)} MB/s, ${report.findings.length} findings)`,
    );
  }
}
