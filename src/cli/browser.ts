import { spawn } from 'node:child_process';

/** Opens `url` in the system browser without Electron; failures are ignored (the URL is printed too). */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  // rundll32 rather than `cmd /c start`: cmd would split the URL at every '&'.
  const [command, args] =
    platform === 'darwin' ? ['open', [url]]
    : platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
    : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the printed URL is the fallback.
  }
}
