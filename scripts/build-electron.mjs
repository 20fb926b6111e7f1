#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild into dist/electron/.
//   main.cjs    Node (CommonJS), native and heavy modules left external (resolved from
//               node_modules inside the package; native ones are asar-unpacked).
//   preload.cjs sandboxed preload: everything bundled, only `electron` external.
//   detect-worker.cjs  the detection lane's worker thread (electron/services/redaction/parallel),
//               found beside main.cjs; pure JavaScript, everything bundled.
// usage: node scripts/build-electron.mjs [--dev] [--outdir=DIR]
//   --dev keeps source maps and skips minify; --outdir writes elsewhere than dist/electron (tests)
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dev = process.argv.includes('--dev');
const outArg = process.argv.find((a) => a.startsWith('--outdir='));
const outDir = outArg ? path.resolve(outArg.slice('--outdir='.length)) : path.join(root, 'dist', 'electron');

/** Loaded at run time from node_modules (native code, WASM, or dynamic requires). */
export const MAIN_EXTERNALS = [
  'electron',
  'better-sqlite3',
  'onnxruntime-node',
  'onnxruntime-web',
  '@huggingface/transformers',
  '@huggingface/tokenizers',
  'libsodium-wrappers-sumo',
  'sharp',
];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // esbuild's tables mark \p{...} escapes as unsupported on node22 and rewrite every such regex
  // literal into `new RegExp(...)`, built again at each evaluation (in the detectors' hot loops).
  // Electron's V8 supports them.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: dev ? 'inline' : false,
  minify: !dev,
  legalComments: 'none',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    external: MAIN_EXTERNALS,
    // import.meta.url has no meaning in CommonJS; give modules that use it the bundle's URL.
    banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__import_meta_url' },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'services', 'redaction', 'parallel', 'worker.ts')],
    outfile: path.join(outDir, 'detect-worker.cjs'),
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  }),
]);
