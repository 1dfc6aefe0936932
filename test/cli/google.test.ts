import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGoogleStandIn } from '../../e2e/google-standin';
import { ListOutputSchema } from '../../src/shared/cli/schemas';
import { buildCli, cleanup, devFixture, json, NOW, tactful, tempDir } from './harness';

type StandIn = Awaited<ReturnType<typeof startGoogleStandIn>>;
let standIn: StandIn;

beforeAll(async () => {
  buildCli();
  const fixture = JSON.parse(readFileSync(devFixture, 'utf8')) as { owner: { email: string }; items: Record<string, unknown>[] };
  standIn = await startGoogleStandIn({ ownerEmail: fixture.owner.email });
  standIn.seedEvents(fixture.owner.email, fixture.items);
}, 60_000);

afterAll(async () => {
  await standIn?.close();
  cleanup();
});

it('auth --no-browser prints the consent URL, waits for the redirect, then sync reads and writes Google', async () => {
  const data = tempDir();
  const env = {
    TACTFUL_GOOGLE_API_ROOT: standIn.origin,
    TACTFUL_GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
    TACTFUL_GOOGLE_CLIENT_SECRET: 'test-secret',
  };
  let consent: Promise<void> | undefined;
  const auth = await tactful(['auth', '--no-browser', '--data-dir', data], env, (chunk) => {
    const url = chunk.match(/^https?:\/\/\S+/m)?.[0];
    if (!url || consent) return;
    // Play the browser: the stand-in consents at once and redirects to the CLI's loopback listener.
    consent = (async () => {
      const page = await fetch(url, { redirect: 'manual' });
      const back = page.headers.get('location');
      expect(back).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      await fetch(back!);
    })();
  });
  await consent;
  expect(auth.code, auth.stderr).toBe(0);
  expect(auth.stdout).toMatch(/Connected to Google Calendar/);
  expect(statSync(join(data, 'google-tokens.json')).mode & 0o777).toBe(0o600);

  const sync = await tactful(['sync', '--data-dir', data, '--now', NOW], env);
  expect(sync.code, sync.stderr).toBe(0);
  expect(sync.stderr).toMatch(/Reading primary/);
  expect(sync.stdout).toMatch(/^Synced primary: \d+ events/);

  const listed = await tactful(['list', '--json', '--data-dir', data, '--now', NOW]);
  expect(ListOutputSchema.parse(json(listed)).applications.length).toBeGreaterThan(5);

  const tactfulCalendars = () => standIn.calendars().filter((c) => c['summary'] === 'Tactful follow-ups');
  expect(tactfulCalendars()).toHaveLength(1);
  const written = standIn.events(String(tactfulCalendars()[0]!['id'])).length;
  expect(written).toBeGreaterThan(0);
  const off = await tactful(['auth', '--disconnect', '--data-dir', data], env);
  expect(off.code, off.stderr).toBe(0);
  expect(off.stdout).toBe(`Disconnected from Google Calendar; ${written} reminders removed from Google Calendar; your applications are kept.\n`);
  expect(tactfulCalendars()).toHaveLength(0);
}, 60_000);
