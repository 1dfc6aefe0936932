import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, safeStorage, shell } from 'electron';
import { APP_VERSION as version } from './version';
import { createEngine, DOCS_URL } from './engine';
import { createDispatch } from './ipc/dispatch';
import { pushEvent, registerIpc, trustedSender } from './ipc/electron';
import { createHandlers } from './ipc/handlers';
import { buildMenu } from './menu';
import { DueStepNotifier } from './notifications';
import { appUrlMatcher } from './security/app-url';
import { isSafeExternalUrl } from './security/url-guard';
import { electronBacking } from './store/electron-backing';
import { createGoogleController } from './google-controller';
import { SafeStorageTokenStore } from './google';
import { createMainWindow } from './window';

// Wiring only: every concern lives in its own module.
app.setName('Tactful');
if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(start);

// The main bundle is an ES module: no __dirname.
const here = fileURLToPath(new URL('.', import.meta.url));

async function start(): Promise<void> {
  const resourcesDir = join(app.getAppPath(), 'resources');
  // The engine reports Google's status, and Google's controller needs the engine: tie the knot late.
  const late: { google?: ReturnType<typeof createGoogleController> } = {};
  // A fixed "now" for reproducible end-to-end runs, like the CLI's --now.
  const fixedNow = process.env.TACTFUL_NOW ? new Date(process.env.TACTFUL_NOW) : undefined;
  const engine = createEngine({
    ...(fixedNow && !Number.isNaN(fixedNow.getTime()) ? { clock: () => fixedNow } : {}),
    dataDir: process.env.TACTFUL_DATA_DIR || app.getPath('userData'),
    resourcesDir,
    backing: electronBacking,
    sampleOnFirstRun: true,
    syncStatus: () => late.google!.status(),
  });
  const { service, ics } = engine;
  const rendererIndex = join(here, '../renderer/index.html');
  const isAppUrl = appUrlMatcher(rendererIndex, process.env.ELECTRON_RENDERER_URL);
  let win: BrowserWindow | null = null;
  const google = (late.google = createGoogleController({
    service,
    // Encrypted with the OS keychain; on Linux the plaintext fallback is refused.
    tokenStore: new SafeStorageTokenStore(safeStorage, join(app.getPath('userData'), 'google-credentials.bin'), process.platform),
    env: process.env,
    log: (line) => console.error(line),
    openBrowser: (url) => shell.openExternal(url),
    onStatus: (s) => pushEvent(win?.webContents, 'syncStatus', s),
  }));

  const handlers = createHandlers(service, ics, {
    saveIcs: async (name, text) => {
      const result = await dialog.showSaveDialog(win!, { defaultPath: name, filters: [{ name: 'Calendar', extensions: ['ics'] }] });
      if (result.canceled || !result.filePath) return null;
      const { writeFileAtomic } = await import('./ics/file');
      await writeFileAtomic(result.filePath, text);
      return result.filePath;
    },
    chooseIcsExportPath: async () => {
      const result = await dialog.showSaveDialog(win!, { defaultPath: 'tactful-follow-ups.ics', filters: [{ name: 'Calendar', extensions: ['ics'] }] });
      return result.canceled ? null : (result.filePath ?? null);
    },
    openExternal: async (url) => {
      if (isSafeExternalUrl(url)) await shell.openExternal(url);
    },
    google,
    appInfo: () => ({
      name: 'Tactful',
      version,
      host: 'electron',
      versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
      dataDir: app.getPath('userData'),
      docsUrl: DOCS_URL,
    }),
    sampleBatch: engine.sample,
  });
  registerIpc(ipcMain, createDispatch(handlers, console.error), trustedSender(() => win, isAppUrl));

  const navigate = (to: Parameters<typeof pushEvent<'navigate'>>[2]) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    pushEvent(win.webContents, 'navigate', to);
  };
  Menu.setApplicationMenu(buildMenu(navigate, () => void google.syncNow(), DOCS_URL));

  const open = () => {
    win = createMainWindow({
      preloadPath: join(here, '../preload/index.cjs'),
      isAppUrl,
      service,
      load: (w) => (process.env.ELECTRON_RENDERER_URL ? w.loadURL(process.env.ELECTRON_RENDERER_URL) : w.loadFile(rendererIndex)),
    });
    win.on('focus', () => google.onFocus());
    win.on('closed', () => (win = null));
  };
  open();
  app.on('second-instance', () => navigate({ view: 'today' }));
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && open());
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());

  let pending: NodeJS.Timeout | undefined;
  service.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      pushEvent(win?.webContents, 'overviewChanged', service.overview());
      void ics.keepFileCurrent().catch((e: Error) => console.error(`could not rewrite the .ics file: ${e.message}`));
    }, 30);
  });

  const notifier = new DueStepNotifier();
  const checkDue = () => {
    if (!service.read().settings.notifications || !Notification.isSupported()) return;
    for (const n of notifier.check(service.views())) {
      const note = new Notification({ title: n.title, body: n.body });
      note.on('click', () => navigate({ view: 'timeline', applicationId: n.applicationId }));
      note.show();
    }
  };
  checkDue();
  setInterval(checkDue, 60_000).unref();
  google.start();
}
