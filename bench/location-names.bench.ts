// Throughput of the rule-based LOCATION / PERSON / ORG recognizers on synthetic text of three
// kinds (address-dense, name-dense, ordinary prose) and on a 10 MB mixed document. Prints CPU ms
// per MB for each recognizer; nothing is asserted.
import { LOCATION_RECOGNIZERS } from '../electron/services/redaction/location';
import { NAME_RECOGNIZERS } from '../electron/services/redaction/names';

const KINDS: Record<string, string> = {
  addresses: 'Ship to 12 Main Street, Apt 4, Springfield, IL 62701 or Hauptstraße 5, 10115 Berlin. ',
  names: 'Dear Anna Berg, Mr. Smith of Acme Inc met Kevin and Faina D. Yefremova in Paris. ',
  prose: 'The quick brown fox jumps over the lazy dog while the Committee reviews 12 reports on Monday. ',
};

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function run(): Promise<void> {
  const recognizers = [...LOCATION_RECOGNIZERS, ...NAME_RECOGNIZERS];
  for (const [kind, unit] of Object.entries(KINDS)) {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const row = recognizers.map((r) => {
      let n = 0;
      const ms = cpuMs(() => (n = r.detect(text).length));
      return `${r.name} ${Math.round(ms / (text.length / 1e6))} ms/MB (${n})`;
    });
    console.log(`${kind.padEnd(9)} ${row.join(' | ')}`);
  }
  const big = Object.values(KINDS)
    .join('\n')
    .repeat(Math.ceil(10_000_000 / 300));
  let total = 0;
  const ms = cpuMs(() => {
    for (const r of recognizers) total += r.detect(big).length;
  });
  console.log(
    `10 MB mixed document: ${(big.length / 1e6).toFixed(1)} MB, ${total} candidates, ${Math.round(ms)} ms CPU`,
  );
}
