import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGoogleStandIn, type GoogleStandIn } from '../../e2e/google-standin';
import { createEngine } from '../../src/main/engine';
import { MemoryTokenStore } from '../../src/main/google';
import { createGoogleController } from '../../src/main/google-controller';
import { createHandlers } from '../../src/main/ipc/handlers';

const ROOT = resolve(__dirname, '../..');
const fixture = JSON.parse(readFileSync(resolve(ROOT, '..', 'shared', 'fixtures', 'calendar', 'dev-events.json'), 'utf8'));
let standIn: GoogleStandIn | undefined;
afterEach(() => standIn?.close());

/** The user's browser: follows the consent page's redirect to the app's loopback server. */
const browser = async (url: string) => {
  await fetch(url, { redirect: 'follow' });
};

async function appWithGoogle(now: string) {
  standIn = await startGoogleStandIn({ ownerEmail: fixture.owner.email });
  standIn.seedEvents(fixture.owner.email, fixture.items);
  // As the window wires it: the overview reports the controller's sync state (running, phase).
  const late: { google?: ReturnType<typeof createGoogleController> } = {};
  const engine = createEngine({
    syncStatus: () => late.google!.status(),
    dataDir: mkdtempSync(join(tmpdir(), 'tactful-google-app-')),
    resourcesDir: join(ROOT, 'resources'),
    sampleOnFirstRun: true,
    clock: () => new Date(now),
    timeZone: 'America/New_York',
    locale: 'en-US',
  });
  const env = {
    TACTFUL_GOOGLE_API_ROOT: standIn.origin,
    TACTFUL_GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
    TACTFUL_GOOGLE_CLIENT_SECRET: 'test-secret',
  };
  const statuses: string[] = [];
  const google = createGoogleController({
    service: engine.service,
    tokenStore: new MemoryTokenStore(),
    env,
    openBrowser: browser,
    onStatus: (s) => statuses.push(s.google),
  });
  late.google = google;
  return { ...engine, google, statuses, standIn };
}

const tactfulEvents = (g: GoogleStandIn) => {
  const cal = g.calendars().find((c) => String(c.summary).includes('Tactful'));
  return cal ? g.events(String(cal.id)).filter((e) => e.status !== 'cancelled') : [];
};

describe('the app against Google (stand-in)', () => {
  it('connects, reads the calendar, leaves sample mode, and writes exactly one reminder per open step', async () => {
    const { service, google, standIn: g } = await appWithGoogle('2026-10-20T12:00:00Z');
    expect(service.overview().sampleMode).toBe(true);
    await google.connect();
    await google.syncNow();
    const overview = service.overview();
    expect(overview.sampleMode).toBe(false);
    expect(overview.sync).toMatchObject({ google: 'connected', pendingWrites: 0 });
    expect(overview.applications.length).toBeGreaterThan(5);
    const wanted = service.reminders();
    const written = tactfulEvents(g);
    expect(written.length).toBe(wanted.length);
    // The user's own calendar is untouched: every write went to the Tactful calendar.
    const writes = g.requests.filter((r) => r.method !== 'GET' && r.path.includes('/events'));
    expect(writes.every((r) => !r.path.includes(encodeURIComponent(fixture.owner.email)))).toBe(true);

    // Marking a step sent removes its reminder on the next sync, and only that one.
    const view = overview.applications.find((v) => v.plan.steps.some((s) => s.status === 'due' || s.status === 'overdue'))!;
    const step = view.plan.steps.find((s) => (s.status === 'due' || s.status === 'overdue') && s.kind !== 'ask-timeline')!;
    service.markStep(view.application.id, step.id, 'sent');
    await google.syncNow();
    expect(tactfulEvents(g).length).toBe(wanted.length - 1);
    expect(tactfulEvents(g).some((e) => (e.extendedProperties as { private?: Record<string, string> })?.private?.tactfulStep === step.id)).toBe(false);

    // Nothing changed: one list request, no writes.
    g.clearLog();
    await google.syncNow();
    expect(g.requests.filter((r) => r.path.includes('/calendar/v3')).length).toBe(1);
  });

  it('a revoked grant asks to reconnect and keeps everything recorded', async () => {
    const { service, google, standIn: g } = await appWithGoogle('2026-10-20T12:00:00Z');
    await google.connect();
    await google.syncNow();
    const before = service.read().applications.length;
    g.revokeAll();
    await google.syncNow();
    expect(service.overview().sync.google).toBe('reconnect');
    expect(service.read().applications.length).toBe(before);
  });

  it('a new reminder target saved in Settings syncs at once, removing the old reminders; disconnect can remove the rest', async () => {
    const { service, ics, sample, google, standIn: g } = await appWithGoogle('2026-10-20T12:00:00Z');
    const handlers = createHandlers(service, ics, { openExternal: async () => {}, google, appInfo: () => { throw new Error('unused'); }, sampleBatch: sample });
    await handlers.connectGoogle({});
    await handlers.syncNow({});
    expect(tactfulEvents(g).length).toBeGreaterThan(3);

    // The saved sign-in may change only the Tactful calendar: the sync the save starts removes
    // its reminders before the user reconnects for the primary calendar.
    await handlers.updateSettings({ patch: { google: { reminderTarget: 'primary' } } });
    await vi.waitFor(() => expect(tactfulEvents(g)).toHaveLength(0), { timeout: 5000 });
    await vi.waitFor(() => expect(service.overview().sync.running).toBe(false));
    expect(service.overview().sync.lastError).toMatch(/reconnect Google/);
    const primaryBefore = g.events(fixture.owner.email).length;

    // Reconnecting asks for the primary calendar's permission; the reminders go there.
    await handlers.connectGoogle({});
    await handlers.syncNow({});
    const inPrimary = () => g.events(fixture.owner.email).filter((e) => (e.extendedProperties as { private?: Record<string, string> })?.private?.tactful === '1');
    expect(inPrimary().length).toBe(service.reminders().length);
    expect(g.events(fixture.owner.email).length).toBe(primaryBefore + service.reminders().length);

    const status = await handlers.disconnectGoogle({ removeReminders: true });
    expect(status).toMatchObject({ google: 'disconnected', pendingWrites: expect.any(Number) });
    expect(status.lastError).toBeUndefined();
    expect(inPrimary()).toHaveLength(0);
    expect(g.events(fixture.owner.email).length).toBe(primaryBefore);
  });

  it('refuses to connect without an OAuth client', async () => {
    standIn = await startGoogleStandIn();
    const engine = createEngine({ dataDir: mkdtempSync(join(tmpdir(), 'tactful-google-app-')), resourcesDir: join(ROOT, 'resources') });
    const google = createGoogleController({ service: engine.service, tokenStore: new MemoryTokenStore(), env: { TACTFUL_GOOGLE_API_ROOT: standIn.origin }, openBrowser: browser, onStatus: () => {} });
    await expect(google.connect()).rejects.toThrow(/OAuth client id/);
  });
});
