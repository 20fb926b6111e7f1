// Builds the renderer when renderer/dist is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = path.join(ROOT, 'renderer', 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules' || e.name === '.dist-build.lock') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  const index = path.join(DIST, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'renderer')), newest(path.join(ROOT, 'shared')));
  return fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources;
}

const LOCK = path.join(ROOT, 'renderer', '.dist-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the build lock (a directory: mkdir is atomic), waiting for another test process's build. */
function lock(): void {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A crashed build leaves its lock behind; take it over after a generous wait.
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The other process released it between the two calls: try again.
      }
      sleep(200);
    }
  }
}

// Test files run in parallel processes. Without the lock two of them could build at once, and vite
// empties renderer/dist while the other process is already serving pages from it.
export function ensureRendererBuilt(): void {
  if (fresh()) return;
  lock();
  try {
    if (fresh()) return; // built by the process we waited for
    build();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'renderer', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}
