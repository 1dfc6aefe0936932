import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';
import { channelFor, methodNames, type EventName } from '../../shared/ipc/methods';
import type { Dispatch } from './dispatch';

/**
 * Registers every contract method on ipcMain in one place. A call is answered only when it
 * comes from the app's own window, from its top frame, showing the app's own page.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean,
): () => void {
  for (const name of methodNames) {
    ipcMain.handle(channelFor(name), (event, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not talk to Tactful.' } };
      }
      return dispatch(name, payload);
    });
  }
  return () => methodNames.forEach((name) => ipcMain.removeHandler(channelFor(name)));
}

/** The trust rule: our window, its main frame, our page. */
export function trustedSender(
  window: () => { webContents: WebContents } | null,
  isAppUrl: (url: string) => boolean,
): (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean {
  return (event) => {
    const win = window();
    const frame = event.senderFrame;
    return Boolean(win && event.sender === win.webContents && frame && frame.parent === null && isAppUrl(frame.url));
  };
}

/** Pushes an event to the window (no Electron event object ever reaches the renderer). */
export function pushEvent<E extends EventName>(contents: WebContents | undefined, event: E, payload: EventPayload<E>): void {
  if (contents && !contents.isDestroyed()) contents.send(channelFor(event), payload);
}
