import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from '../../shared/domain/store';

/**
 * The renderer gets no Node, no Electron and no shared world with the preload: only the
 * `window.tactful` object the preload exposes. Tests assert these exact values.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
  };
}

export const DEFAULT_WINDOW: WindowState = { width: 1200, height: 780, maximized: false };

/** Window options: remembered size and position, secure preferences, calm background. */
export function mainWindowOptions(
  preloadPath: string,
  state: WindowState | undefined,
  dark: boolean,
): BrowserWindowConstructorOptions {
  const s = state ?? DEFAULT_WINDOW;
  return {
    ...(s.x !== undefined && s.y !== undefined ? { x: s.x, y: s.y } : {}),
    width: s.width,
    height: s.height,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Tactful',
    backgroundColor: dark ? '#16181d' : '#f7f7f5',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
