// npm run bench:instructions: machine instructions per event of interview detection, counted by
// valgrind. Wall-clock times on a shared machine swing by a third from run to run; instruction
// counts under V8's --predictable --single-threaded (no background compiler or GC threads) repeat
// to the instruction, so they show a change of one percent. Prints `name: value unit` lines.
//
// Each count is (instructions of RUNS=6) - (instructions of RUNS=2), over 4 passes and COUNT
// events: start-up, parsing, the workload and JIT warm-up cancel out. About a minute per line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('skipped: valgrind is not installed (apt-get install valgrind)');
  process.exit(0);
}
const COUNT = Number(process.env.COUNT ?? 5000);
// The bundle runs from a temporary folder: it is told where the labelled calendar is.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devEvents = process.env.DEV_EVENTS || resolve(root, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json');
const dir = mkdtempSync(join(tmpdir(), 'tactful-instructions-'));
const bundle = join(dir, 'detect-instructions.mjs');
try {
  await build({ entryPoints: [join(root, 'bench', 'detect-instructions.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning' });

  /** Instructions valgrind counted for RUNS passes. */
  const instructions = (mode, runs) => {
    const r = spawnSync(
      'valgrind',
      ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null',
        process.execPath, '--predictable', '--single-threaded', bundle, mode],
      { env: { ...process.env, COUNT: String(COUNT), RUNS: String(runs), DEV_EVENTS: devEvents }, encoding: 'utf8' },
    );
    const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !m) throw new Error(`valgrind failed:\n${r.stderr}`);
    return Number(m[1].replaceAll(',', ''));
  };
  // ONLY=classify or ONLY=detect prints one line.
  for (const [name, mode] of [['classify', 'classify'], ['detect', 'full']].filter(([n]) => !process.env.ONLY || process.env.ONLY === n)) {
    const perEvent = (instructions(mode, 6) - instructions(mode, 2)) / 4 / COUNT;
    console.log(`${name}_instructions_per_event: ${Math.round(perEvent)} instructions`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
