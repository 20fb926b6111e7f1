// The Electron shell: one locked-down window, the app:// protocol, the network lock, IPC with
// sender checks, safeStorage for the vault, single instance, lock on suspend/screen lock and a
// clean shutdown. The logic lives in electron/shell/ (pure, unit-tested) and electron/app/ (the
// core, shared with the end-to-end tests); this file only wires Electron's objects to them.
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron';
import { createApp } from './app/core';
import type { App } from './app/types';
import { buildCsp } from './shell/csp';
import { registerIpc, sendEvent } from './shell/ipc';
import { createExternalOpener, permissionDecision, shouldBlockNavigation } from './shell/navigation';
import { createNetworkLock } from './shell/network-lock';
import { createSafeStorageKeyProvider } from './shell/os-key';
import { createAppProtocolHandler } from './shell/protocol';
import { readOrgResources } from './shell/resources';
import { checkSender } from './shell/sender';
import { APP_ORIGIN, APP_SCHEME } from './shell/urls';

const log = (msg: string) => console.error(`[prompt-vault] ${msg}`);

// Development only: load the Vite dev server instead of the packaged files.
const devUrl = !app.isPackaged ? process.env.PROMPT_VAULT_DEV_URL : undefined;
const devOrigin = devUrl ? new URL(devUrl).origin : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let win: BrowserWindow | null = null;
let core: App | null = null;
const networkLock = createNetworkLock({ dev: !!devUrl, log });
const opener = createExternalOpener({ openExternal: (url) => shell.openExternal(url), log });

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url) && !(devOrigin && url.startsWith(devOrigin))) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (shouldBlockNavigation(url) && !(devOrigin && url.startsWith(devOrigin))) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => opener.handleWindowOpen(details));
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Prompt Vault',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  w.once('ready-to-show', () => w.show());
  w.on('closed', () => {
    win = null;
  });
  void w.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return w;
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  ses.webRequest.onBeforeRequest((details, callback) => networkLock.onBeforeRequest(details, callback));
  const csp = buildCsp(devOrigin ? { devServerOrigin: devOrigin } : {});
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
  );
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(
      path.join(app.getAppPath(), 'renderer', 'dist'),
      devOrigin ? { devServerOrigin: devOrigin } : {},
    ),
  );

  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'build');
  const org = readOrgResources(resourcesDir);
  core = await createApp({
    dataDir: app.getPath('userData'),
    resourcesDir,
    ...(org.policyPath ? { policyPath: org.policyPath } : {}),
    ...(org.publicKey ? { orgPublicKey: org.publicKey } : {}),
    osKeyProvider: createSafeStorageKeyProvider(safeStorage, process.platform),
    appInfo: { name: app.getName(), version: app.getVersion(), electron: process.versions.electron },
    onAllowedHostsChanged: (hosts) => networkLock.setAllowedHosts(hosts),
    chooseSavePath: async ({ defaultName, format }) => {
      const opts = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [
          format === 'json' ? { name: 'JSON', extensions: ['json'] } : { name: 'Markdown', extensions: ['md'] },
        ],
      };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return res.canceled || !res.filePath ? null : res.filePath;
    },
    chooseOpenPath: async ({ title, extensions }) => {
      const opts = { title, properties: ['openFile' as const], filters: [{ name: 'Export', extensions }] };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? null : (res.filePaths[0] ?? null);
    },
  });
  networkLock.setAllowedHosts(core.allowedHosts());
  core.onEvent((name, payload) => sendEvent(win?.webContents, name, payload, log));

  registerIpc({
    ipcMain,
    handlers: core.handlers,
    checkSender: (frame) =>
      checkSender(frame, win && !win.isDestroyed() ? win.webContents.mainFrame : null, { allowDevOrigin: devOrigin }),
    log,
  });

  powerMonitor.on('suspend', () => void core?.lock('suspend'));
  powerMonitor.on('lock-screen', () => void core?.lock('screen-lock'));

  win = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (!win && core) win = createWindow();
  });

  // Clean shutdown: lock, flush and close the database before the process exits.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !core) return;
    event.preventDefault();
    closing = true;
    const c = core;
    void c
      .close()
      .catch((err: unknown) => log(`Shutdown: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Prompt Vault could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}
