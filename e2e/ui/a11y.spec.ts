import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { TactfulApp, type ViewName } from '../pages';

/** axe on every view, both themes: no serious or critical violations. */

async function audit(page: import('@playwright/test').Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  // Lesser findings are reported, not failed on, so they stay visible in the run's output.
  const minor = results.violations.filter((v) => !bad.includes(v)).map((v) => `${v.id} (${v.impact})`);
  if (minor.length) console.log(`[axe] ${label}: ${minor.join(', ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
  return results.violations.length;
}

type Scene = 'Today' | 'Timeline' | 'Review' | 'Settings' | 'Detail' | 'Why' | 'Empty';
const scenes: Scene[] = ['Today', 'Timeline', 'Review', 'Settings', 'Detail', 'Why', 'Empty'];

/** Puts the window in one scene: a view, the detail beside the timeline, "Why?" open, or empty. */
async function show(tactful: TactfulApp, scene: Scene) {
  if (scene === 'Detail') {
    await tactful.go('Timeline');
    await tactful.timeline.open('Globex');
  } else if (scene === 'Why') {
    await tactful.go('Today');
    await tactful.today.why(tactful.today.cards().first());
  } else if (scene === 'Empty') {
    await tactful.leaveSampleMode();
    await expect(tactful.page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  } else {
    await tactful.go(scene as ViewName);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  for (const scene of scenes) {
    test(`${scene} passes axe (${scheme})`, async ({ app }) => {
      test.setTimeout(60_000);
      await app.page.emulateMedia({ colorScheme: scheme });
      const tactful = await new TactfulApp(app.page).ready();
      await show(tactful, scene);
      await audit(app.page, `${scene} ${scheme}`);
    });
  }
}
