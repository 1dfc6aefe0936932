import { expect, test } from '../fixtures';
import { TactfulApp } from '../pages';

/**
 * Calendar text is written by strangers: titles, descriptions and names must render as text,
 * never as markup, and the CSP must hold.
 */

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">open</a>';

test.beforeEach(async ({ app }) => {
  test.skip(!app.host, 'seeding needs the browser host');
  await app.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  app.host!.service.ingest({
    source: 'google',
    calendarId: 'primary',
    owner: { email: 'sam.rivera@gmail.com', name: 'Sam Rivera' },
    complete: false,
    events: [
      {
        id: 'hostile1',
        source: 'google',
        calendarId: 'primary',
        status: 'confirmed',
        summary: `Interview - Engineer ${IMG} - Evilcorp`,
        description: `${SCRIPT} Phone interview. ${LINK}`,
        location: LINK,
        start: { dateTime: '2026-10-12T10:00:00-04:00', timeZone: 'America/New_York' },
        end: { dateTime: '2026-10-12T11:00:00-04:00', timeZone: 'America/New_York' },
        organizer: { email: 'hr@evilcorp.com', displayName: `Eve ${IMG}` },
        attendees: [
          { email: 'hr@evilcorp.com', displayName: `Eve ${IMG}`, organizer: true },
          { email: 'mallory@evilcorp.com', displayName: `Mallory ${SCRIPT}` },
          { email: 'sam.rivera@gmail.com', displayName: 'Sam Rivera', self: true },
        ],
        conferenceEntryPoints: [],
        eventType: 'default',
      },
    ],
  });
  await app.reload();
});

test('hostile calendar text is shown literally and nothing runs', async ({ app }) => {
  const page = app.page;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const tactful = await new TactfulApp(page).ready();

  await tactful.go('Review');
  const item = tactful.review.item('Evilcorp');
  await expect(item).toBeVisible();
  await expect(item).toContainText('<img src=x onerror=');
  await tactful.review.confirm('Evilcorp');

  await tactful.go('Timeline');
  const detail = await tactful.timeline.open('Evilcorp');
  await expect(detail.root()).toContainText('<img src=x onerror=');

  // The user's own text too: notes and company names go through the same text-only path.
  await detail.root().getByLabel('Topics you discussed (used in your drafts)').fill(`${SCRIPT}${IMG}`);
  await detail.root().getByRole('button', { name: 'Save details' }).click();
  await expect(tactful.status()).toContainText('Saved');
  await tactful.go('Today');
  await tactful.go('Timeline');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element was made out of calendar text.
  expect(await page.locator('img[src="x"], a[href^="javascript:"], #root script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('the page carries the strict CSP and no inline scripts or styles', async ({ app }) => {
  const page = app.page;
  await new TactfulApp(page).ready();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('style').count()).toBe(0);
  // A script injected at run time is refused by the policy.
  const blocked = await page.evaluate(async () => {
    const w = window as unknown as { __csp: string[]; __pwned?: number };
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 9';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return { pwned: w.__pwned, violations: w.__csp.length };
  });
  expect(blocked.pwned).toBeUndefined();
  expect(blocked.violations).toBeGreaterThan(0);
});
