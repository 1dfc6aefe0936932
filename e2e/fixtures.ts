import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../src/main/web/host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { expect } from '@playwright/test';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Tuesday 13 Oct 2026, 09:30 in New York: the sample calendar's anchor day. */
export const FIXED_NOW = '2026-10-13T13:30:00.000Z';

export interface AppHandle {
  page: Page;
  kind: 'browser' | 'electron';
  dataDir: string;
  /** Browser host only: the real services behind the page, for seeding data. */
  host?: WebHost;
  electron?: ElectronApplication;
  /** Reload the page after seeding through `host` (the browser host pushes changes too). */
  reload(): Promise<void>;
}

export interface AppOptions {
  sample: boolean;
  now: string;
}

/**
 * The Electron binary, or why there is none. Looked up on disk: requiring the `electron`
 * package would try to download the binary, which this machine cannot.
 */
export function electronBinary(): { path: string } | { reason: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron binary is not installed (npm install skipped its download here)' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const path = join(dist, relative);
  return existsSync(path) ? { path } : { reason: `the Electron binary is not installed (${path} is missing)` };
}

export const test = base.extend<{ app: AppHandle; appOptions: AppOptions }, { chromium: () => Promise<Browser> }>({
  appOptions: [{ sample: true, now: FIXED_NOW }, { option: true }],
  // One Debian Chromium per worker, launched on first use only (never in the Electron project).
  chromium: [
    async ({ playwright }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => (launched ??= playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })));
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],
  app: async ({ appOptions, chromium }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
    try {
      if (testInfo.project.name === 'electron') {
        const binary = electronBinary();
        if ('reason' in binary) {
          console.log(`[electron] skipped "${testInfo.title}": ${binary.reason}`);
          testInfo.skip(true, binary.reason);
          return;
        }
        const electron = await _electron.launch({
          executablePath: binary.path,
          args: [ROOT],
          env: { ...process.env, TACTFUL_DATA_DIR: dataDir, TACTFUL_NOW: appOptions.now, TZ: 'America/New_York', LANG: 'en_US.UTF-8' },
        });
        const page = await electron.firstWindow();
        await page.setViewportSize({ width: 1280, height: 800 });
        await use({ page, kind: 'electron', dataDir, electron, reload: async () => void (await page.reload()) });
        await electron.close();
        return;
      }
      const host = await startWebHost({
        dataDir,
        rendererDir: join(ROOT, 'out/renderer'),
        resourcesDir: join(ROOT, 'resources'),
        sampleOnFirstRun: appOptions.sample,
        clock: () => new Date(appOptions.now),
        timeZone: 'America/New_York',
        locale: 'en-US',
      });
      const context = await (await chromium()).newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        timezoneId: 'America/New_York',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(host.url);
      await use({ page, kind: 'browser', dataDir, host, reload: async () => void (await page.reload()) });
      await context.close();
      await host.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});
