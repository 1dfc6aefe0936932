import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGoogleStandIn, type GoogleStandIn } from '../../../e2e/google-standin';
import { connectedSync, googleEvent, makeReminder } from './test-support';

let g: GoogleStandIn;
afterEach(async () => g?.close());

const listCalls = () => g.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/events'));

describe('reading Google Calendar against the stand-in', () => {
  beforeEach(async () => {
    g = await startGoogleStandIn({ maxPageSize: 3 });
  });

  it('full sync pages to the end, then incremental syncs carry changes and tombstones', async () => {
    const events = Array.from({ length: 10 }, (_, i) => googleEvent(`ev${i}`, `2026-09-${10 + i}T14:00:00Z`));
    g.seedEvents('sam.rivera@gmail.com', events);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());

    const first = await sync.syncOnce();
    expect(first.ok).toBe(true);
    expect(first.calendars['primary']).toMatchObject({ mode: 'full', events: 10 });
    expect(host.batches).toHaveLength(1);
    expect(host.batches[0]).toMatchObject({ source: 'google', calendarId: 'primary', complete: true, owner: { email: 'sam.rivera@gmail.com' } });
    expect(host.eventIds()).toHaveLength(10);
    // 10 events, pages of 3: four list requests, all with singleEvents and maxResults 2500.
    expect(listCalls()).toHaveLength(4);
    expect(listCalls().every((r) => r.query['singleEvents'] === 'true' && r.query['maxResults'] === '2500')).toBe(true);
    expect(host.data.google.calendars['primary']?.syncToken).toBeTruthy();

    g.clearLog();
    g.userUpdateEvent('sam.rivera@gmail.com', 'ev3', { summary: 'Interview with Globex' });
    g.userDeleteEvent('sam.rivera@gmail.com', 'ev4');
    const second = await sync.syncOnce();
    expect(second.calendars['primary']).toMatchObject({ mode: 'incremental', events: 2 });
    const batch = host.batches[1]!;
    expect(batch.complete).toBe(false);
    expect(batch.events.find((e) => e.id === 'ev4')?.status).toBe('cancelled');
    expect(host.events.get('primary')?.get('ev3')?.summary).toBe('Interview with Globex');
    expect(host.eventIds()).toHaveLength(9);
    expect(listCalls().every((r) => r.query['syncToken'])).toBe(true);

    g.clearLog();
    const third = await sync.syncOnce();
    expect(third.calendars['primary']).toMatchObject({ mode: 'incremental', events: 0, listRequests: 1 });
    expect(third.requests).toBe(1);
  });

  it('410 fullSyncRequired: drops the token, rereads everything, never wipes before the snapshot is in', async () => {
    g.seedEvents('sam.rivera@gmail.com', Array.from({ length: 7 }, (_, i) => googleEvent(`ev${i}`, `2026-09-${10 + i}T14:00:00Z`)));
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    await sync.syncOnce();
    g.expireSyncTokens();
    g.userDeleteEvent('sam.rivera@gmail.com', 'ev0');
    // The full resync fails half-way (after retries): local events must be untouched.
    g.injectFault({ method: 'GET', pathIncludes: '/events', status: 503, times: 6 });
    const broken = await sync.syncOnce();
    expect(broken.ok).toBe(false);
    expect(host.eventIds()).toHaveLength(7);
    expect(host.batches).toHaveLength(1);
    expect(host.data.google.lastError).toMatch(/HTTP 503/);

    const healed = await sync.syncOnce();
    expect(healed.ok).toBe(true);
    expect(healed.calendars['primary']?.mode).toBe('full');
    expect(host.batches.at(-1)?.complete).toBe(true);
    expect(host.eventIds()).toEqual(['ev1', 'ev2', 'ev3', 'ev4', 'ev5', 'ev6']);
    expect(host.data.google.lastError).toBeUndefined();
  });

  it('recurring interviews arrive as instances; a cancelled instance is a tombstone', async () => {
    g.seedEvents('sam.rivera@gmail.com', [
      googleEvent('weekly1', '2026-09-07T15:00:00Z', 'Interview loop', { recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'] }),
    ]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    await sync.syncOnce();
    const ids = host.eventIds();
    expect(ids).toHaveLength(3);
    expect(host.batches[0]!.events.every((e) => e.recurringEventId === 'weekly1')).toBe(true);
    // Cancel the second instance, as Google does when a user deletes "this event" only.
    const second = host.events.get('primary')!.get(ids[1]!)!;
    g.seedEvents('sam.rivera@gmail.com', [
      { id: ids[1], recurringEventId: 'weekly1', status: 'cancelled', originalStartTime: second.originalStartTime, start: second.start, end: second.end },
    ]);
    await sync.syncOnce();
    expect(host.eventIds()).toEqual([ids[0], ids[2]]);
  });

  it('reads every calendar in settings, with the primary owner', async () => {
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('p1', '2026-09-10T14:00:00Z')]);
    g.seedEvents('work@group.calendar.google.com', [googleEvent('w1', '2026-09-11T14:00:00Z')]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.data.settings.google.calendarsToRead = ['primary', 'work@group.calendar.google.com'];
    const r = await sync.syncOnce();
    expect(r.ok).toBe(true);
    expect(host.eventIds('work@group.calendar.google.com')).toEqual(['w1']);
    expect(host.batches.map((b) => b.owner?.email)).toEqual(['sam.rivera@gmail.com', 'sam.rivera@gmail.com']);
  });

  it('short and empty pages are followed to the end', async () => {
    await g.close();
    g = await startGoogleStandIn({ maxPageSize: 4, shortPages: true });
    g.seedEvents('sam.rivera@gmail.com', Array.from({ length: 9 }, (_, i) => googleEvent(`ev${i}`, `2026-09-${10 + i}T14:00:00Z`)));
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    const r = await sync.syncOnce();
    expect(r.ok).toBe(true);
    expect(host.eventIds()).toHaveLength(9);
    expect(listCalls().length).toBeGreaterThan(3);
  });

  it('offline: stops, keeps state, counts pending writes, says what happened', async () => {
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('ev1', '2026-09-10T14:00:00Z')]);
    let offline = false;
    const flaky: typeof fetch = (input, init) =>
      offline ? Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })) : fetch(input, init);
    const sleeps: number[] = [];
    const { sync, host } = await connectedSync(g.origin, g.grantTokens(), { fetch: flaky, sleep: async (ms) => void sleeps.push(ms) });
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    expect((await sync.syncOnce()).ok).toBe(true);
    const before = structuredClone(host.data.google);
    offline = true;
    host.wanted = [makeReminder('a:1', '2026-09-11T14:00:00Z'), makeReminder('a:2', '2026-09-12T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r).toMatchObject({ ok: false, pendingWrites: 2 });
    expect(sleeps.length).toBe(4); // bounded: 5 attempts
    expect(host.data.google.lastError).toMatch(/Couldn't reach Google Calendar/);
    expect(host.data.google.status).toBe('connected');
    expect(host.data.google.calendars).toEqual(before.calendars);
    expect(host.data.google.reminders).toEqual(before.reminders);
    expect(host.eventIds()).toEqual(['ev1']);
    offline = false;
    expect(await sync.syncOnce()).toMatchObject({ ok: true, pendingWrites: 0, writes: 2 });
    expect(host.data.google.lastError).toBeUndefined();
  });
});

describe('robustness of one sync', () => {
  it('a calendar that disappeared does not stop the others; concurrent calls share one run', async () => {
    g = await startGoogleStandIn();
    g.seedEvents('sam.rivera@gmail.com', [googleEvent('p1', '2026-09-10T14:00:00Z')]);
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.data.settings.google.calendarsToRead = ['gone@group.calendar.google.com', 'primary'];
    const [a, b] = [sync.syncOnce(), sync.syncOnce()];
    expect(a).toBe(b);
    const r = await a;
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/no longer available/);
    expect(host.eventIds()).toEqual(['p1']);
    expect(host.data.google.lastError).toMatch(/gone@group/);
  });
});
