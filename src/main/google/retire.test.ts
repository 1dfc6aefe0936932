/**
 * Reminders never stay behind: switching where reminders go, or disconnecting with "remove
 * reminders", deletes what Tactful wrote in the calendar it leaves, against the stand-in.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from '../../../e2e/google-standin';
import { createGoogleSync } from './index';
import { reminderEventId } from './reminderEvent';
import { connectedSync, googleEvent, makeReminder, type FakeHost } from './test-support';
import type { MemoryTokenStore } from './tokens';

const PRIMARY = 'sam.rivera@gmail.com';
const APP = [SCOPES.readonly, SCOPES.appCreated];
const EVENTS = [SCOPES.readonly, SCOPES.events];

let g: GoogleStandIn;
beforeEach(async () => {
  g = await startGoogleStandIn();
});
afterEach(async () => g.close());

const isTactful = (e: Record<string, unknown>) =>
  (e['extendedProperties'] as { private?: Record<string, string> } | undefined)?.private?.['tactful'] === '1';
const remindersIn = (calendarId: string) => g.events(calendarId).filter(isTactful).map((e) => e['id']).sort();
const tactfulCalendars = () => g.calendars().filter((c) => c['summary'] === 'Tactful follow-ups');
const wanted = () => [makeReminder('a:1', '2026-09-10T14:00:00Z'), makeReminder('a:2', '2026-09-17T14:00:00Z')];
const ids = ['a:1', 'a:2'].map(reminderEventId).sort();

/** The user signs in again with other permissions (as Reconnect does), keeping the host's data. */
async function reconnect(tokens: MemoryTokenStore, host: FakeHost, scopes: string[]) {
  const grant = g.grantTokens(scopes);
  return connectedSync(g.origin, grant, { host, tokenStore: tokens });
}

describe('switching where reminders go', () => {
  it('from the Tactful calendar to primary: the old reminders are deleted before the permission changes', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = wanted();
    expect(await sync.syncOnce()).toMatchObject({ ok: true, writes: 2 });
    const tactful = host.data.google.reminderCalendarId!;
    expect(remindersIn(tactful)).toEqual(ids);

    host.data.settings.google.reminderTarget = 'primary';
    const switched = await sync.syncOnce();
    // The old sign-in could still change the Tactful calendar: its reminders are gone ...
    expect(remindersIn(tactful)).toEqual([]);
    expect(host.data.google.retired).toBeUndefined();
    // ... and writing to primary waits for the new permission.
    expect(switched.ok).toBe(false);
    expect(switched.error).toMatch(/reconnect Google/);
    expect(remindersIn(PRIMARY)).toEqual([]);

    const again = await reconnect(tokens, host, EVENTS);
    expect(await again.sync.syncOnce()).toMatchObject({ ok: true, writes: 2 });
    expect(remindersIn(PRIMARY)).toEqual(ids);
    expect(remindersIn(tactful)).toEqual([]);
  });

  it('from primary to the Tactful calendar, reconnected first: reminders it may no longer delete are reported until they are gone', async () => {
    g.seedEvents(PRIMARY, [googleEvent('mine', '2026-09-09T14:00:00Z', 'Dentist')]);
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(EVENTS));
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = wanted();
    await sync.syncOnce();
    expect(remindersIn(PRIMARY)).toEqual(ids);

    // The user switches and reconnects at once: the new sign-in may not change primary.
    host.data.settings.google.reminderTarget = 'tactful-calendar';
    const { sync: next } = await reconnect(tokens, host, APP);
    const r = await next.syncOnce();
    expect(r.writes).toBe(2);
    expect(remindersIn(host.data.google.reminderCalendarId!)).toEqual(ids);
    expect(remindersIn(PRIMARY)).toEqual(ids);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^2 old reminders are still in your primary calendar/);
    expect(host.data.google.retired).toHaveLength(2);
    // Only the first delete was tried; reading told it apart from one the user deleted.
    expect(g.requests.filter((q) => q.method === 'DELETE' && q.status === 403)).toHaveLength(1);

    // The user deletes one by hand: only the other is still reported.
    g.userDeleteEvent(PRIMARY, reminderEventId('a:1'));
    const later = await next.syncOnce();
    expect(later.error).toMatch(/^1 old reminder is still in your primary calendar/);
    expect(host.data.google.retired).toEqual([{ calendarId: 'primary', eventId: reminderEventId('a:2') }]);
    g.userDeleteEvent(PRIMARY, reminderEventId('a:2'));
    expect(await next.syncOnce()).toMatchObject({ ok: true });
    expect(host.data.google.retired).toBeUndefined();
    expect(g.events(PRIMARY).map((e) => e['id'])).toEqual(['mine']);
  });

  it('signing in again first removes them with the saved sign-in, while it still may', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(EVENTS));
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = wanted();
    await sync.syncOnce();
    host.data.settings.google.reminderTarget = 'tactful-calendar';
    let consentAt = -1;
    const signing = createGoogleSync({
      host,
      tokenStore: tokens,
      env: { TACTFUL_GOOGLE_API_ROOT: g.origin },
      openBrowser: async (url) => {
        consentAt = g.requests.length;
        await fetch(url);
      },
      sleep: async () => undefined,
    });
    g.clearLog();
    await signing.signIn();
    expect(remindersIn(PRIMARY)).toEqual([]);
    const deletes = g.requests.flatMap((q, i) => (q.method === 'DELETE' && q.status === 204 ? [i] : []));
    expect(deletes).toHaveLength(2);
    expect(Math.max(...deletes)).toBeLessThan(consentAt);
    expect(tokens.credentials?.scope?.split(' ').sort()).toEqual([...APP].sort());
    expect(await signing.syncOnce()).toMatchObject({ ok: true, writes: 2 });
  });

  it('switched away and back before the removal ran: the reminders in use again are kept', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = wanted();
    await sync.syncOnce();
    const tactful = host.data.google.reminderCalendarId!;
    // Retired by a switch to primary, then the Tactful calendar adopted again before any removal.
    host.data.google.retired = ids.map((eventId) => ({ calendarId: tactful, eventId }));
    host.wanted = [wanted()[0]!];
    const r = await sync.syncOnce();
    expect(r).toMatchObject({ ok: true, writes: 1 });
    expect(remindersIn(tactful)).toEqual([reminderEventId('a:1')]);
    expect(host.data.google.retired).toBeUndefined();
  });

  it('a failure while removing them stops the sync, and the next sync finishes the job', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens(APP), { retry: { maxAttempts: 1 } });
    host.wanted = wanted();
    await sync.syncOnce();
    const tactful = host.data.google.reminderCalendarId!;
    host.data.settings.google.reminderTarget = 'primary';
    g.injectFault({ method: 'DELETE', status: 503, times: 1 });
    const failed = await sync.syncOnce();
    expect(failed.ok).toBe(false);
    expect(host.data.google.retired).toHaveLength(2);
    expect(remindersIn(tactful)).toHaveLength(2);
    await sync.syncOnce();
    expect(remindersIn(tactful)).toEqual([]);
    expect(host.data.google.retired).toBeUndefined();
  });
});

describe('disconnecting', () => {
  it('with removeReminders: the Tactful calendar holding only reminders is deleted, then the grant revoked', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = wanted();
    await sync.syncOnce();
    const result = await sync.disconnect({ removeReminders: true });
    expect(result).toEqual({ removed: 2, left: 0 });
    expect(tactfulCalendars()).toHaveLength(0);
    expect(tokens.credentials).toBeNull();
    expect(host.data.google).toMatchObject({ status: 'disconnected', reminders: {} });
    expect(host.data.google.reminderCalendarId).toBeUndefined();
    expect(host.data.google.lastError).toBeUndefined();
    expect(g.requests.at(-1)!.path).toBe('/revoke');
  });

  it('an event of the user’s own in the Tactful calendar keeps the calendar: only the reminders go', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = wanted();
    await sync.syncOnce();
    const tactful = host.data.google.reminderCalendarId!;
    g.seedEvents(tactful, [googleEvent('note', '2026-09-12T14:00:00Z', 'My own note')]);
    expect(await sync.disconnect({ removeReminders: true })).toEqual({ removed: 2, left: 0 });
    expect(g.events(tactful).map((e) => e['id'])).toEqual(['note']);
  });

  it('from primary: only the reminders are deleted, the user’s events stay', async () => {
    g.seedEvents(PRIMARY, [googleEvent('mine', '2026-09-09T14:00:00Z', 'Dentist')]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens(EVENTS));
    host.data.settings.google.reminderTarget = 'primary';
    host.wanted = wanted();
    await sync.syncOnce();
    expect(await sync.disconnect({ removeReminders: true })).toEqual({ removed: 2, left: 0 });
    expect(g.events(PRIMARY).map((e) => e['id'])).toEqual(['mine']);
  });

  it('without it the reminders stay, and reconnecting picks them up again', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = wanted();
    await sync.syncOnce();
    const tactful = host.data.google.reminderCalendarId!;
    expect(await sync.disconnect()).toEqual({ removed: 0, left: 0 });
    expect(remindersIn(tactful)).toEqual(ids);
    const again = await reconnect(tokens, host, APP);
    expect(await again.sync.syncOnce()).toMatchObject({ ok: true, writes: 0 });
  });

  it('during a sync still writing: the sync stops first, so nothing is written after the removal and the account is not flagged', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(APP));
    host.wanted = Array.from({ length: 40 }, (_, i) => makeReminder(`b:${i}`, '2026-09-10T14:00:00Z'));
    // Writes take a while, as on a real network: the disconnect comes while most are still to do.
    g.setLatency(25, 'POST');
    const running = sync.syncOnce();
    await vi.waitFor(() => expect(g.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/events')).length).toBeGreaterThanOrEqual(3));
    const result = await sync.disconnect({ removeReminders: true });
    const stopped = await running;
    g.setLatency(0);
    expect(stopped.pendingWrites).toBeGreaterThan(0);
    expect(result.left).toBe(0);
    expect(tactfulCalendars()).toHaveLength(0);
    expect(host.data.google).toMatchObject({ status: 'disconnected', reminders: {} });
    expect(host.data.google.lastError).toBeUndefined();
    expect(tokens.credentials).toBeNull();
    // No sync starts while the disconnect runs, nor after it.
    expect((await sync.syncOnce()).error).toMatch(/not connected/);
  });

  it('when Google cannot be reached: disconnected anyway, the user told, and the next sign-in removes them', async () => {
    const { sync, host, tokens } = await connectedSync(g.origin, g.grantTokens(APP), { retry: { maxAttempts: 1 } });
    host.wanted = wanted();
    await sync.syncOnce();
    const tactful = host.data.google.reminderCalendarId!;
    g.injectFault({ pathIncludes: '/calendar/v3/', status: 503, times: 1 });
    const result = await sync.disconnect({ removeReminders: true });
    expect(result).toMatchObject({ removed: 0, left: 2 });
    expect(host.data.google.status).toBe('disconnected');
    expect(tokens.credentials).toBeNull();
    expect(host.data.google.lastError).toMatch(/^2 reminders could not be removed from Google Calendar \(Google Calendar had a problem/);
    expect(remindersIn(tactful)).toEqual(ids);

    const { sync: later } = await reconnect(tokens, host, APP);
    host.wanted = [];
    await later.syncOnce();
    expect(remindersIn(tactful)).toEqual([]);
    expect(host.data.google.retired).toBeUndefined();
  });
});
