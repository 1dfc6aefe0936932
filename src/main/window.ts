import { BrowserWindow, nativeTheme, screen, shell } from 'electron';
import type { WindowState } from '../shared/domain/store';
import { hardenWebContents } from './security/harden';
import { mainWindowOptions } from './security/window-options';
import type { TactfulService } from './services/tactful';

export interface MainWindowOptions {
  preloadPath: string;
  load: (win: BrowserWindow) => Promise<void>;
  isAppUrl: (url: string) => boolean;
  service: TactfulService;
}

/** Opens the window where the user left it (if that place is still on a screen) and keeps it hardened. */
export function createMainWindow({ preloadPath, load, isAppUrl, service }: MainWindowOptions): BrowserWindow {
  const saved = onScreen(service.read().window);
  const win = new BrowserWindow(mainWindowOptions(preloadPath, saved, nativeTheme.shouldUseDarkColors));
  hardenWebContents(win.webContents, isAppUrl, (url) => void shell.openExternal(url));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberState(win, service);
  void load(win);
  return win;
}

function rememberState(win: BrowserWindow, service: TactfulService): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const b = win.getNormalBounds();
      const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
      service.update((d) => {
        d.window = state;
      });
    }, 400);
  };
  for (const e of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(e as 'resize', save);
  win.on('close', save);
}

function onScreen(state: WindowState | undefined): WindowState | undefined {
  if (!state || state.x === undefined || state.y === undefined) return state;
  const visible = screen.getAllDisplays().some(({ workArea: a }) =>
    state.x! < a.x + a.width && state.x! + state.width > a.x && state.y! < a.y + a.height && state.y! + 40 > a.y,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
