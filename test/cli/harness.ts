import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs the BUILT `tactful` CLI as a user would: `node bin/tactful.mjs …` in a child process. */

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const devFixture = resolve(repoRoot, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json');
export const NOW = '2026-10-20T12:00:00Z';
const bin = join(repoRoot, 'bin', 'tactful.mjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const bundle = join(repoRoot, 'out', 'cli', 'tactful.mjs');
const lock = join(repoRoot, 'out', '.cli-build.lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const isFresh = () => {
  try {
    const built = statSync(bundle).mtimeMs;
    return built > Math.max(newestSource(join(repoRoot, 'src')), statSync(join(repoRoot, 'scripts', 'build-cli.mjs')).mtimeMs);
  } catch {
    return false;
  }
};

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds out/cli when it is older than the sources, so tests run the current code. Test files run
 * in parallel workers: a lock directory keeps two builds from emptying out/cli under each other.
 */
export function buildCli(): void {
  if (isFresh()) return;
  mkdirSync(join(repoRoot, 'out'), { recursive: true });
  for (const started = Date.now(); ; pause(200)) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after two minutes.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 90_000) throw new Error(`another CLI build holds ${lock}; remove it if no test is running`);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.mjs')], { cwd: repoRoot, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const scratch: string[] = [];

/** A fresh data directory, removed by cleanup(). */
export function tempDir(prefix = 'tactful-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

/** Removes every directory tempDir() made. */
export function cleanup(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Never the developer's real data or Google client: every run is pointed at a scratch directory.
const isolatedEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', TACTFUL_DATA_DIR: join(tmpdir(), 'tactful-cli-never-used'), ...extra };
  for (const key of ['TACTFUL_GOOGLE_CLIENT_ID', 'TACTFUL_GOOGLE_CLIENT_SECRET', 'TACTFUL_GOOGLE_API_ROOT']) if (!(key in extra)) delete env[key];
  return env;
};

/** Runs `tactful <args>`; resolves with the exit code and both streams. */
export function tactful(args: string[], env: Record<string, string> = {}, onStdout?: (chunk: string) => void): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: isolatedEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      onStdout?.(c);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Parses stdout as JSON, failing with the streams shown when it is not. */
export function json(result: RunResult): unknown {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
}
