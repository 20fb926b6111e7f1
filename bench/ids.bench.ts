// Throughput of the ID_NUMBER recognizers on 10 MB inputs (prose and hostile shapes).
import { ID_RECOGNIZERS } from '../electron/services/redaction/patterns/ids';

const SENTENCE =
  'Hello John, my SSN is 536-22-1234 and NHS 943 476 5919; call 555 123 4567 at 10:30. Order 48213 shipped to AB51 ABC. ';

export async function run(): Promise<void> {
  const size = 10_000_000;
  const inputs: Record<string, string> = {
    prose: SENTENCE.repeat(Math.ceil(size / SENTENCE.length)),
    digits: '1234567890'.repeat(size / 10),
    'dash groups': '12-'.repeat(Math.ceil(size / 3)),
    'space groups': '12 34 '.repeat(Math.ceil(size / 6)),
    alnum: 'A1B2C3D4E5 '.repeat(Math.ceil(size / 11)),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const t0 = performance.now();
    let found = 0;
    let reported = 0;
    for (const r of ID_RECOGNIZERS)
      for (const c of r.detect(text)) {
        found++;
        if (c.score >= 0.5) reported++;
      }
    const ms = performance.now() - t0;
    console.log(
      `ids ${name.padEnd(12)} ${(text.length / 1e6).toFixed(1)} MB  ${ms.toFixed(0)} ms  ` +
        `${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s  candidates ${found} (>=0.5: ${reported})`,
    );
  }
}
