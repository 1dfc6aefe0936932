import { join } from 'node:path';
import type { Engine } from '../main/engine';
import { createGoogleSync, FileTokenStore, type GoogleSync } from '../main/google';
import { googleHostFor } from '../main/google-host';

/**
 * Where the CLI keeps its Google sign-in: a file in the data directory, mode 0600. The app keeps
 * its own in the OS keychain (google-credentials.bin), which a Node-only CLI cannot read.
 */
export const TOKEN_FILE = 'google-tokens.json';

/** True when an OAuth client id is known (environment or Settings). */
export function googleConfigured(engine: Engine, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(googleHostFor(engine.service, env).read().settings.google.clientId);
}

/** Google sync hosted by the CLI: the engine's service, tokens in a file, the browser opened by `openBrowser`. */
export function cliGoogleSync(
  engine: Engine,
  dataDir: string,
  openBrowser: (url: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): GoogleSync {
  return createGoogleSync({
    host: googleHostFor(engine.service, env),
    tokenStore: new FileTokenStore(join(dataDir, TOKEN_FILE)),
    env,
    openBrowser,
  });
}
