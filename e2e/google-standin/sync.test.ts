import type { calendar_v3 } from '@googleapis/calendar';
import type { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from './index';
import { authorize, calendarClient, reasonOf } from './test-helpers';

const OWNER = 'sam.rivera@gmail.com';
let g: GoogleStandIn;
let auth: OAuth2Client;
let cal: calendar_v3.Calendar;

const timed = (id: string, day: number, extra: Record<string, unknown> = {}) => ({
  id,
  summary: `Event ${id}`,
  start: { dateTime: `2026-09-${String(day).padStart(2, '0')}T14:00:00Z` },
  end: { dateTime: `2026-09-${String(day).padStart(2, '0')}T15:00:00Z` },
  ...extra,
});

/** Page through a listing, returning every page's body. */
async function allPages(params: calendar_v3.Params$Resource$Events$List) {
  const pages: calendar_v3.Schema$Events[] = [];
  let pageToken: string | undefined;
  do {
    const res = await cal.events.list({ ...params, pageToken });
    pages.push(res.data);
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken);
  return pages;
}

beforeAll(async () => {
  g = await startGoogleStandIn({ maxPageSize: 3 });
  g.seedEvents(OWNER, Array.from({ length: 10 }, (_, i) => timed(`seed${String(i).padStart(3, '0')}`, i + 1)));
  auth = await authorize(g, [SCOPES.readonly, SCOPES.appCreated]);
  cal = calendarClient(g, auth);
});
afterAll(() => g.close());

describe('events.list paging and sync', () => {
  it('pages by maxPageSize, returns every event once, nextSyncToken only on the last page', async () => {
    const pages = await allPages({ calendarId: 'primary' });
    expect(pages.length).toBe(4);
    const ids = pages.flatMap((p) => p.items!.map((e) => e.id));
    expect(new Set(ids).size).toBe(10);
    expect(ids.length).toBe(10);
    pages.slice(0, -1).forEach((p) => expect(p.nextSyncToken).toBeUndefined());
    expect(pages.at(-1)!.nextSyncToken).toBeTruthy();
    expect(pages.at(-1)!.nextPageToken).toBeUndefined();
    expect(pages[0]!.items![0]).toMatchObject({ kind: 'calendar#event', status: 'confirmed' });
    expect(pages[0]!.items![0]!.etag).toMatch(/^"\d+"$/);
  });

  it('keeps later pages stable when writes happen between pages', async () => {
    const first = await cal.events.list({ calendarId: 'primary' });
    g.seedEvents(OWNER, [timed('aaaaaearly', 1)]); // created after page 1: must not show up on later pages
    g.userDeleteEvent(OWNER, 'seed005');
    const rest: string[] = [];
    let pageToken = first.data.nextPageToken ?? undefined;
    let syncToken: string | undefined;
    while (pageToken) {
      const res = await cal.events.list({ calendarId: 'primary', pageToken });
      rest.push(...res.data.items!.map((e) => e.id!));
      pageToken = res.data.nextPageToken ?? undefined;
      syncToken = res.data.nextSyncToken ?? undefined;
    }
    const ids = [...first.data.items!.map((e) => e.id!), ...rest];
    expect(ids).toContain('seed005');
    expect(ids).not.toContain('aaaaaearly');
    expect(new Set(ids).size).toBe(10);
    // the writes made during paging show up in the next incremental sync
    const inc = await allPages({ calendarId: 'primary', syncToken });
    const changed = inc.flatMap((p) => p.items!);
    expect(changed.map((e) => e.id).sort()).toEqual(['aaaaaearly', 'seed005']);
    expect(changed.find((e) => e.id === 'seed005')).toEqual({ kind: 'calendar#event', etag: expect.any(String), id: 'seed005', status: 'cancelled' });
  });

  it('incremental sync sees user updates and tombstones, and nothing else', async () => {
    const full = await allPages({ calendarId: 'primary' });
    const token = full.at(-1)!.nextSyncToken!;
    const empty = await cal.events.list({ calendarId: 'primary', syncToken: token });
    expect(empty.data.items).toEqual([]);
    expect(empty.data.nextSyncToken).toBeTruthy();
    g.userUpdateEvent(OWNER, 'seed001', { summary: 'Interview with Northwind' });
    g.userDeleteEvent(OWNER, 'seed002');
    const inc = (await allPages({ calendarId: 'primary', syncToken: empty.data.nextSyncToken! })).flatMap((p) => p.items!);
    expect(inc.map((e) => e.id).sort()).toEqual(['seed001', 'seed002']);
    expect(inc.find((e) => e.id === 'seed001')).toMatchObject({ summary: 'Interview with Northwind', sequence: 1 });
    expect(inc.find((e) => e.id === 'seed002')!.status).toBe('cancelled');
    // a full listing hides the tombstone unless showDeleted
    const visible = (await allPages({ calendarId: 'primary' })).flatMap((p) => p.items!.map((e) => e.id));
    expect(visible).not.toContain('seed002');
    const withDeleted = (await allPages({ calendarId: 'primary', showDeleted: true })).flatMap((p) => p.items!.map((e) => e.id));
    expect(withDeleted).toContain('seed002');
    // get always returns deleted events, status cancelled (as Google documents)
    expect((await cal.events.get({ calendarId: 'primary', eventId: 'seed002' })).data.status).toBe('cancelled');
  });

  it('answers 410 fullSyncRequired after expireSyncTokens', async () => {
    const token = (await allPages({ calendarId: 'primary' })).at(-1)!.nextSyncToken!;
    g.expireSyncTokens();
    const err = await cal.events.list({ calendarId: 'primary', syncToken: token }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 410 });
    expect(reasonOf(err)).toBe('fullSyncRequired');
  });

  it('answers 400 for syncToken with timeMin', async () => {
    const token = (await allPages({ calendarId: 'primary' })).at(-1)!.nextSyncToken!;
    const err = await cal.events.list({ calendarId: 'primary', syncToken: token, timeMin: '2026-01-01T00:00:00Z' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400 });
  });

  it('filters by privateExtendedProperty (all constraints must match), timeMin/timeMax and q', async () => {
    g.seedEvents(OWNER, [
      timed('tagged001', 20, { extendedProperties: { private: { tactful: '1', step: 'thanks' } } }),
      timed('tagged002', 21, { extendedProperties: { private: { tactful: '1', step: 'followup' } } }),
    ]);
    const one = await allPages({ calendarId: 'primary', privateExtendedProperty: ['tactful=1'] });
    expect(one.flatMap((p) => p.items!.map((e) => e.id)).sort()).toEqual(['tagged001', 'tagged002']);
    const both = await allPages({ calendarId: 'primary', privateExtendedProperty: ['tactful=1', 'step=thanks'] });
    expect(both.flatMap((p) => p.items!.map((e) => e.id))).toEqual(['tagged001']);
    const window = await allPages({ calendarId: 'primary', timeMin: '2026-09-03T00:00:00Z', timeMax: '2026-09-05T00:00:00Z' });
    expect(window.flatMap((p) => p.items!.map((e) => e.id)).sort()).toEqual(['seed003']); // seed002 is deleted, seed004 starts at timeMax
    const q = await allPages({ calendarId: 'primary', q: 'northwind' });
    expect(q.flatMap((p) => p.items!.map((e) => e.id))).toEqual(['seed001']);
  });

  it('expands a weekly recurring event with singleEvents and instance ids', async () => {
    g.seedEvents(OWNER, [
      {
        id: 'weekly001',
        summary: 'Coffee chat',
        start: { dateTime: '2026-10-20T09:00:00-04:00', timeZone: 'America/New_York' },
        end: { dateTime: '2026-10-20T09:30:00-04:00', timeZone: 'America/New_York' },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
      },
    ]);
    const inst = (await allPages({ calendarId: 'primary', singleEvents: true, orderBy: 'startTime', q: 'coffee' })).flatMap((p) => p.items!);
    expect(inst.map((e) => e.id)).toEqual(['weekly001_20261020T130000Z', 'weekly001_20261027T130000Z', 'weekly001_20261103T140000Z']);
    expect(inst[2]!.start!.dateTime).toBe('2026-11-03T09:00:00-05:00'); // wall time kept across the DST change
    expect(inst[0]!.recurringEventId).toBe('weekly001');
    const viaInstances = await cal.events.instances({ calendarId: 'primary', eventId: 'weekly001' });
    expect(viaInstances.data.items!.length).toBe(3);
    const masters = (await allPages({ calendarId: 'primary', q: 'coffee' })).flatMap((p) => p.items!);
    expect(masters.map((e) => e.id)).toEqual(['weekly001']);
  });
});
