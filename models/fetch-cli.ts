// `npm run models:fetch -- [--dest DIR] [--model ID] [--variant q8|fp32|all] [--base-url URL] [--allow-unpinned]`
// Downloads the pinned NER model with a progress bar, verifying every file.
import { parseArgs } from 'node:util';
import { fetchModel, ModelFetchError, type FetchProgress } from './fetch';
import { manifestModel, VARIANTS, type ModelVariant } from './manifest';
import { defaultUserDataDir, downloadedModelDir } from './resolve';

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function bar(p: FetchProgress): string {
  const head = `[${p.fileIndex + 1}/${p.fileCount}] ${p.file}`;
  if (p.phase === 'skip') return `${head}: already present and verified`;
  if (p.phase === 'verify') return `${head}: verifying SHA-256...`;
  if (p.phase === 'done') return `${head}: ${fmtBytes(p.loaded)} verified`;
  if (p.total) {
    const frac = Math.min(1, p.loaded / p.total);
    const width = 30;
    const full = Math.round(frac * width);
    return `${head} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(frac * 100).toFixed(1)}% ${fmtBytes(p.loaded)}/${fmtBytes(p.total)}`;
  }
  return `${head} ${fmtBytes(p.loaded)}`;
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dest: { type: 'string' },
        model: { type: 'string' },
        variant: { type: 'string' },
        'base-url': { type: 'string' },
        'allow-unpinned': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`models:fetch: ${(err as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      'usage: npm run models:fetch -- [--dest DIR] [--model ID] [--variant q8|fp32|all] [--base-url URL] [--allow-unpinned]\n',
    );
    return 0;
  }
  const variant = values.variant ?? undefined;
  if (variant !== undefined && variant !== 'all' && !(VARIANTS as readonly string[]).includes(variant)) {
    process.stderr.write(`models:fetch: --variant must be one of ${VARIANTS.join(', ')}, all\n`);
    return 2;
  }
  let model;
  try {
    model = manifestModel(values.model);
  } catch (err) {
    process.stderr.write(`models:fetch: ${(err as Error).message}\n`);
    return 2;
  }
  const dest = values.dest ?? downloadedModelDir(defaultUserDataDir(), model);
  const tty = process.stderr.isTTY === true;
  let lastLine = '';
  let lastPct = -1;
  const onProgress = (p: FetchProgress): void => {
    if (values.quiet) return;
    const line = bar(p);
    if (tty) {
      process.stderr.write(`\r\x1b[2K${line}${p.phase === 'download' ? '' : '\n'}`);
    } else if (p.phase !== 'download') {
      process.stderr.write(`${line}\n`);
    } else if (p.total) {
      const pct = Math.floor((p.loaded / p.total) * 10);
      if (pct !== lastPct) process.stderr.write(`${line}\n`);
      lastPct = pct;
    }
    lastLine = line;
  };
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    process.stderr.write(`Downloading ${model.repo ?? model.id} (${variant ?? model.defaultVariant}) to ${dest}\n`);
    const res = await fetchModel({
      dest,
      model,
      variant: variant as ModelVariant | 'all' | undefined,
      baseUrl: values['base-url'],
      allowUnpinned: values['allow-unpinned'],
      onProgress,
      signal: controller.signal,
    });
    if (!res.lock.pinned) {
      process.stderr.write(
        '\nThis model is not pinned in models/manifest.json. Observed files (paste into the manifest to pin):\n',
      );
      for (const f of res.files) process.stderr.write(`  ${f.path}  sha256=${f.sha256}  size=${f.size}\n`);
    }
    process.stdout.write(`${res.dir}\n`);
    return 0;
  } catch (err) {
    if (tty && lastLine) process.stderr.write('\n');
    const code = err instanceof ModelFetchError ? ` [${err.code}]` : '';
    process.stderr.write(`models:fetch failed${code}: ${(err as Error).message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('fetch-cli.ts')) {
  process.exitCode = await run(process.argv.slice(2));
}
