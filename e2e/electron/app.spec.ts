import { expect, test } from '../fixtures';

// Runs in the 'electron' project only; skips with the reason printed when no binary is installed.
test.describe('the real Electron app', () => {
  test('opens one hardened window with the sample data', async ({ app }) => {
    const electron = app.electron!;
    // The options themselves are unit-tested (security.test.ts); here: what the page can reach.
    expect(await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const page = app.page;
    await expect(page.getByRole('navigation')).toBeVisible();
    const world = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.keys((window as unknown as { tactful: object }).tactful).sort(),
      ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(world.ipc).toBe('undefined');
    expect(world.require).toBe('undefined');
    expect(world.process).toBe('undefined');
    expect(world.api).toContain('getOverview');
    expect(world.api).toContain('onOverviewChanged');
  });

  test('refuses to open other pages inside the app', async ({ app }) => {
    const page = app.page;
    const before = page.url();
    await page.evaluate(() => {
      window.open('https://example.com', '_blank');
      location.href = 'https://example.com';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.electron!.windows()).toHaveLength(1);
  });

  test('the CSP blocks inline script', async ({ app }) => {
    const ran = await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
  });
});
