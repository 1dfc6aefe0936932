import type { WebContents } from 'electron';
import { isSafeExternalUrl } from './url-guard';

/**
 * No in-app navigation, no new windows, no webviews, no permissions. A link the user clicks
 * leaves the app only through the URL guard, to the system browser or mail client.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session'>,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, permission, callback) => {
    // Notifications are shown by main, never requested by the page.
    void permission;
    callback(false);
  });
  contents.session.setPermissionCheckHandler(() => false);
}
