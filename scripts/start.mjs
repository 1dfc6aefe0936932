// npm start: build and open the desktop app. Without an Electron binary (a machine where the
// download was skipped) it says so and serves the same app in the browser instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

// Looked up on disk: requiring the package would try to download a missing binary.
const pathFile = join('node_modules', 'electron', 'path.txt');
const electron = existsSync(pathFile) ? join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;
if (electron && existsSync(electron)) {
  process.exit(run('npx', ['electron-vite', 'preview', ...process.argv.slice(2)]));
}
const version = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
console.error(
  `The Electron ${version} binary is not installed (npm install downloads it on a connected machine;\n` +
    'it was skipped here). Serving the same app in your browser instead.\n',
);
process.exit(run('node', ['scripts/web.mjs', ...process.argv.slice(2)]));
