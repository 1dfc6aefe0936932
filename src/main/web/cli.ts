import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
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
const host = await startWebHost({
  dataDir: values['data-dir'] ?? defaultDataDir(),
  rendererDir: join(root, 'out/renderer'),
  resourcesDir: join(root, 'resources'),
  port: Number(values.port),
  sampleOnFirstRun: true,
  ...(fixed ? { clock: () => fixed } : {}),
  log: (line) => console.error(line),
});
console.log(`Tactful is running at ${host.url}`);
console.log('Open that address in a browser on this machine (it carries this run\'s secret). Ctrl+C stops it.');
process.on('SIGINT', () => void host.close().then(() => process.exit(0)));
