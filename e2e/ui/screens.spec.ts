import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test } from '../fixtures';
import { TactfulApp, type ViewName } from '../pages';

/** Screenshots of every view in both themes, as test artifacts (and one for the README). */
const dir = join(ROOT, 'test-results/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of every view (${scheme})`, async ({ app }) => {
    mkdirSync(dir, { recursive: true });
    await app.page.emulateMedia({ colorScheme: scheme });
    const tactful = await new TactfulApp(app.page).ready();
    const views: ViewName[] = ['Today', 'Timeline', 'Review', 'Settings'];
    for (const view of views) {
      await tactful.go(view);
      await expect(tactful.title()).toContainText(view);
      await app.page.screenshot({ path: join(dir, `${view.toLowerCase()}-${scheme}.png`) });
    }
    await tactful.go('Timeline');
    await tactful.timeline.lanes().first().click();
    await tactful.timeline.lanes().first().blur();
    await app.page.screenshot({ path: join(dir, `timeline-detail-${scheme}.png`) });
    if (scheme === 'light') {
      await tactful.page.keyboard.press('Escape');
      await app.page.mouse.move(0, 0);
      const file = join(dir, 'timeline-light-readme.png');
      await app.page.screenshot({ path: file });
      // The README's picture is refreshed on request only: a test run never edits docs/.
      if (process.env.UPDATE_README_SCREENSHOT) {
        mkdirSync(join(ROOT, 'docs'), { recursive: true });
        copyFileSync(file, join(ROOT, 'docs/screenshot-timeline.png'));
      }
    }
  });
}
