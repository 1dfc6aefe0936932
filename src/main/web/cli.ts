import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
import { FileTokenStore } from '../google';
import { createGoogleController } from '../google-controller';
import { startWebHost } from './host';

/**
 * `npm run web`: the app in any browser, for headless machines and UI work. Uses the same
 * data directory as the desktop app unless --data-dir says otherwise.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    now: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../..');
const fixed = values.now ? new Date(values.now) : undefined;
if (fixed && Number.isNaN(fixed.getTime())) {
  console.error(`--now: "${values.now}" is not an ISO-8601 instant.`);
  process.exit(2);
}
const dataDir = values['data-dir'] ?? defaultDataDir();
const host = await startWebHost({
  dataDir,
  // No keychain here: like the CLI, the sign-in is kept in a file only this user can read.
  google: (service, push) =>
    createGoogleController({
      service,
      tokenStore: new FileTokenStore(join(dataDir, 'google-credentials.json')),
      env: process.env,
      openBrowser: (url) => console.log(`Sign in to Google here: ${url}`),
      onStatus: push,
      log: (line) => console.error(line),
    }),
  rendererDir: join(root, 'out/renderer'),
  resourcesDir: join(root, 'resources'),
  port: Number(values.port),
  sampleOnFirstRun: true,
  ...(fixed ? { clock: () => fixed } : {}),
  log: (line) => console.error(line),
});
console.log(`Tactful is running at ${host.url}`);
console.log('Open that address in a browser on this machine (it carries this run\'s secret). Ctrl+C stops it.');
host.google?.start();
process.on('SIGINT', () => void host.close().then(() => process.exit(0)));
