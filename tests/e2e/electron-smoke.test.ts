// Smoke test of the real Electron app through Playwright's _electron. It runs only when an
// Electron binary is present (ELECTRON_PATH, ELECTRON_OVERRIDE_DIST_PATH, or the binary the
// `electron` package downloaded into node_modules/electron/dist). On machines where it cannot be
// downloaded (this one, CI) it is skipped with the reason printed. The binary is located by
// reading files only: `require('electron')` would try to download it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..', '..');

function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH && fs.existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const candidate = path.join(dist, rel ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  return fs.existsSync(candidate) ? candidate : null;
}

test('Electron app starts locked down and answers over the typed bridge', async (t) => {
  const binary = electronBinary();
  if (!binary) {
    t.skip(
      'SKIPPED: no Electron binary on this machine (it cannot be downloaded here); set ELECTRON_PATH to run the Electron smoke test',
    );
    return;
  }
  if (
    !fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) ||
    !fs.existsSync(path.join(root, 'renderer', 'dist'))
  ) {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  const { _electron } = await import('playwright-core');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-electron-'));
  const app = await _electron.launch({
    executablePath: binary,
    args: [root, `--user-data-dir=${userData}`],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  try {
    const win = await app.firstWindow();
    await win.waitForLoadState('domcontentloaded');
    assert.match(win.url(), /^app:\/\/prompt-vault\//);
    // The page sees only window.vault: no Node, no ipcRenderer.
    const surface = await win.evaluate(() => ({
      vault: typeof window.vault?.call,
      helpers: typeof window.vault?.api?.app?.ping,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    assert.deepEqual(surface, { vault: 'function', helpers: 'function', require: 'undefined', process: 'undefined' });
    const ping = await win.evaluate(() => window.vault.api.app.ping());
    assert.deepEqual(ping, { ok: true, value: { ok: true } });
    const info = (await win.evaluate(() => window.vault.call('app.info', {}))) as {
      ok: boolean;
      value: { firstRun: boolean };
    };
    assert.equal(info.ok, true);
    assert.equal(info.value.firstRun, true);
    // Invalid input is refused by the main process's schema check.
    const bad = (await win.evaluate(() => window.vault.call('vault.unlock', {} as never))) as {
      ok: boolean;
      error: { code: string };
    };
    assert.equal(bad.error.code, 'INVALID_INPUT');
    // The network lock and CSP refuse remote requests from the page.
    const fetched = await win.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'refused',
      ),
    );
    assert.equal(fetched, 'refused');
    // New windows and navigation away from the app are refused.
    assert.equal(await win.evaluate(() => window.open('https://example.com/') === null), true);
    await win.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.match(win.url(), /^app:\/\/prompt-vault\//);
    assert.equal(app.windows().length, 1);
  } finally {
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  }
});
