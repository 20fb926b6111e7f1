// Run the mock provider for demos and manual testing:
//   npx tsx electron/services/providers/mock/serve.ts [--port N] [--chunk N] [--delay MS] [--split] [--reply TEXT]
// Prints the base URL; Ctrl-C stops it. Binds 127.0.0.1 only.
import { parseArgs } from 'node:util';
import { startMockProvider } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    chunk: { type: 'string', default: '8' },
    delay: { type: 'string', default: '30' },
    split: { type: 'boolean', default: false },
    reply: { type: 'string' },
  },
});
const mock = await startMockProvider({
  port: Number(values.port),
  chunkSize: Number(values.chunk),
  delayMs: Number(values.delay),
  splitPlaceholders: values.split,
  ...(values.reply ? { reply: values.reply } : {}),
});
console.log(`mock provider on ${mock.url}  (OpenAI: ${mock.url}/v1, Anthropic: ${mock.url})`);
process.on('SIGINT', () => {
  console.log(`\n${mock.requests.length} request(s) received.`);
  void mock.close().then(() => process.exit(0));
});
