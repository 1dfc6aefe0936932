import { pathToFileURL } from 'node:url';

/** Whether a URL is the app's own page: the built index.html, or the dev server in development. */
export function appUrlMatcher(rendererIndexPath: string, devServerUrl: string | undefined): (url: string) => boolean {
  const fileUrl = pathToFileURL(rendererIndexPath).href;
  const dev = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (url) => {
    try {
      const u = new URL(url);
      if (u.protocol === 'file:') return `${u.origin}${u.pathname}` === fileUrl || u.href.split(/[?#]/)[0] === fileUrl;
      return dev !== undefined && u.origin === dev;
    } catch {
      return false;
    }
  };
}
