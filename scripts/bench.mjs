// npm run bench: every bench/*.bench.ts in turn. Each prints `name: value unit` lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
// The renderer bench loads the built renderer: on a fresh checkout, build it first.
if (files.includes('ui.bench.ts') && !existsSync('out/renderer/index.html')) {
  console.log('# building the renderer for ui.bench.ts (electron-vite build)');
  const built = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8' });
  if (built.status !== 0) {
    process.stderr.write(built.stdout + built.stderr);
    process.exit(1);
  }
}
let failed = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const r = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
