import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { Navigate } from '../shared/ipc/contract';

/** The native menu: the usual shortcuts, plus one per view. */
export function buildMenu(navigate: (to: Navigate) => void, syncNow: () => void, docsUrl: string): Menu {
  const isMac = process.platform === 'darwin';
  const view = (label: string, to: Navigate['view'], key: string): MenuItemConstructorOptions => ({
    label,
    accelerator: `CmdOrCtrl+${key}`,
    click: () => navigate({ view: to }),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Sync now', accelerator: 'CmdOrCtrl+R', click: syncNow },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => navigate({ view: 'settings' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        view('Today', 'today', '1'),
        view('Timeline', 'timeline', '2'),
        view('Review', 'review', '3'),
        view('Settings', 'settings', '4'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'How Tactful decides (etiquette rules)', click: () => void shell.openExternal(docsUrl) },
        { label: 'About Tactful', click: () => navigate({ view: 'about' }) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
