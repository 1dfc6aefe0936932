// npm run web: build the renderer if needed, then serve it against the Node-hosted services.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync('out/renderer/index.html') || process.argv.includes('--build')) run('npx', ['electron-vite', 'build']);
run('npx', ['tsx', 'src/main/web/cli.ts', ...process.argv.slice(2).filter((a) => a !== '--build')]);
