// Restoration cost per streamed chunk (target: well under 1 ms), and the whole
// redact -> send -> stream -> restore path against the mock provider. Figures are printed only.
import type { PlaceholderMap } from '../shared/placeholders';
import { ENTITY_TYPES } from '../shared/entities';
import { Restorer } from '../electron/services/restore';
import { chunkAnswer, startMockProvider } from '../electron/services/providers/mock';
import { EgressGuard, hostOf, streamChat } from '../electron/services/providers';

function makeMap(n: number): PlaceholderMap {
  const map: PlaceholderMap = {};
  for (let i = 1; i <= n; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const placeholder = `[[${type}_${i}]]`;
    map[placeholder] = { placeholder, type, original: `original value number ${i}` };
  }
  return map;
}

function answer(map: PlaceholderMap, words: number): string {
  const keys = Object.keys(map);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(i % 7 === 0 ? keys[i % keys.length]! : i % 11 === 0 ? keys[i % keys.length]!.toLowerCase() : 'lorem');
  }
  return out.join(' ');
}

function perChunk(map: PlaceholderMap, text: string, chunkSize: number) {
  const chunks = chunkAnswer(text, chunkSize, true);
  const r = new Restorer(map);
  const times: number[] = [];
  const t0 = performance.now();
  for (const c of chunks) {
    const s = performance.now();
    r.push(c);
    times.push(performance.now() - s);
  }
  r.flush();
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]! * 1000;
  return { chunks: chunks.length, usPerChunk: (total / chunks.length) * 1000, p99: pct(0.99), p999: pct(0.999) };
}

export async function run(): Promise<void> {
  for (const [entries, chunkSize] of [
    [5, 4],
    [50, 4],
    [500, 16],
  ] as const) {
    const map = makeMap(entries);
    const text = answer(map, 40_000);
    perChunk(map, text.slice(0, 20_000), chunkSize); // warm up
    const f = perChunk(map, text, chunkSize);
    console.log(
      `restore: ${entries} placeholders, ${f.chunks} chunks of ~${chunkSize} chars (placeholders split): ` +
        `${f.usPerChunk.toFixed(1)} µs/chunk mean, p99 ${f.p99.toFixed(1)} µs, p99.9 ${f.p999.toFixed(1)} µs`,
    );
  }

  const mock = await startMockProvider({ chunkSize: 4, splitPlaceholders: true });
  try {
    const map = makeMap(20);
    const prompt = answer(map, 2000);
    const guard = new EgressGuard([hostOf(mock.url)]);
    const runs = 20;
    let restoreMs = 0;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
      const r = new Restorer(map);
      await streamChat(
        { id: 'mock', api: i % 2 ? 'anthropic' : 'openai', baseUrl: i % 2 ? mock.url : `${mock.url}/v1`, model: 'm' },
        { messages: [{ role: 'user', content: prompt }] },
        {
          guard,
          onDelta: (d) => {
            const s = performance.now();
            r.push(d);
            restoreMs += performance.now() - s;
          },
        },
      );
      r.flush();
    }
    const total = performance.now() - t0;
    console.log(
      `stream+restore via mock (${prompt.length} chars echoed, 4-char chunks): ${(total / runs).toFixed(1)} ms/answer, ` +
        `restoration ${((restoreMs / total) * 100).toFixed(1)}% of it`,
    );
  } finally {
    await mock.close();
  }
}
