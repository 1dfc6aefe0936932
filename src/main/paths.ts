import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app's data directory (Electron's userData for "Tactful"), computed without
 * Electron so the CLI and the app share one data file. TACTFUL_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TACTFUL_DATA_DIR) return env.TACTFUL_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tactful');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tactful');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Tactful');
}
