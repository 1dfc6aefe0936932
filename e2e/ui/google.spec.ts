/**
 * Settings › Google against the Google stand-in, through the browser host: connect, then
 * disconnect with and without removing Tactful's reminders from Google Calendar.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, FIXED_NOW, ROOT, test } from '../fixtures';
import { startGoogleStandIn, type GoogleStandIn } from '../google-standin';
import { TactfulApp } from '../pages';
import { MemoryTokenStore } from '../../src/main/google';
import { createGoogleController } from '../../src/main/google-controller';
import { startWebHost, type WebHost } from '../../src/main/web/host';

const fixture = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json'), 'utf8'));

let standIn: GoogleStandIn;
let host: WebHost;
let dataDir: string;

test.beforeEach(async () => {
  standIn = await startGoogleStandIn({ ownerEmail: fixture.owner.email });
  standIn.seedEvents(fixture.owner.email, fixture.items);
  dataDir = mkdtempSync(join(tmpdir(), 'tactful-e2e-google-'));
  const env = { TACTFUL_GOOGLE_API_ROOT: standIn.origin };
  host = await startWebHost({
    dataDir,
    rendererDir: join(ROOT, 'out/renderer'),
    resourcesDir: join(ROOT, 'resources'),
    sampleOnFirstRun: true,
    clock: () => new Date(FIXED_NOW),
    timeZone: 'America/New_York',
    locale: 'en-US',
    // The user's browser on the consent page: it follows the redirect back to Tactful.
    google: (service, push) =>
      createGoogleController({ service, tokenStore: new MemoryTokenStore(), env, openBrowser: async (url) => void (await fetch(url)), onStatus: push }),
  });
  host.service.update((d) => {
    d.settings.google.clientId = 'test-client.apps.googleusercontent.com';
    d.settings.google.clientSecret = 'test-secret';
  });
});

test.afterEach(async () => {
  await host.close();
  await standIn.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const tactfulCalendars = () => standIn.calendars().filter((c) => c['summary'] === 'Tactful follow-ups');

async function connected(chromium: () => Promise<import('@playwright/test').Browser>) {
  const context = await (await chromium()).newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(host.url);
  const tactful = await new TactfulApp(page).ready();
  await tactful.go('Settings');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Google Calendar' }) });
  await section.getByRole('button', { name: 'Connect Google Calendar…' }).click();
  await expect(section.getByText(`Connected as ${fixture.owner.email}.`)).toBeVisible();
  // The sync that follows the sign-in writes the reminders to the Tactful calendar.
  await expect.poll(() => tactfulCalendars().length).toBe(1);
  const calendarId = String(tactfulCalendars()[0]!['id']);
  await expect.poll(() => standIn.events(calendarId).length, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(() => host.service.overview().sync.running).toBe(false);
  return { page, context, tactful, section, calendarId };
}

test('disconnecting removes Tactful’s reminders from Google Calendar by default', async ({ chromium }, testInfo) => {
  const { page, context, tactful, section } = await connected(chromium);
  const ownEvents = standIn.events(fixture.owner.email).length;
  const remove = section.getByRole('checkbox', { name: /also remove Tactful’s reminders from Google Calendar/ });
  await expect(remove).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('settings-google-connected.png') });
  await section.getByRole('button', { name: 'Disconnect' }).click();
  await expect(tactful.status()).toContainText('Disconnected. Tactful’s reminders were removed from Google Calendar.');
  expect(tactfulCalendars()).toHaveLength(0);
  await expect(section.getByRole('button', { name: 'Connect Google Calendar…' })).toBeVisible();
  await expect(remove).toHaveCount(0);
  // The user's own calendar is as it was.
  expect(standIn.events(fixture.owner.email)).toHaveLength(ownEvents);
  await context.close();
});

test('unticked, the reminders stay in Google Calendar', async ({ chromium }) => {
  const { context, tactful, section, calendarId } = await connected(chromium);
  const before = standIn.events(calendarId).length;
  await section.getByRole('checkbox', { name: /also remove/ }).uncheck();
  await section.getByRole('button', { name: 'Disconnect' }).click();
  await expect(tactful.status()).toContainText('Disconnected. The reminders stay in Google Calendar.');
  expect(standIn.events(calendarId)).toHaveLength(before);
  await context.close();
});
