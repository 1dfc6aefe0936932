import { readFileSync } from 'node:fs';
import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from './index';
import { authorize, calendarClient } from './test-helpers';

const fixture = JSON.parse(readFileSync('/work/shared/fixtures/calendar/dev-events.json', 'utf8')) as {
  owner: { email: string };
  items: Array<Record<string, unknown>>;
};
let g: GoogleStandIn;
let cal: calendar_v3.Calendar;

beforeAll(async () => {
  g = await startGoogleStandIn({ maxPageSize: 20, shortPages: true });
  g.seedEvents(fixture.owner.email, fixture.items);
  cal = calendarClient(g, await authorize(g, [SCOPES.readonly]));
});
afterAll(() => g.close());

describe('short and empty pages over the shared fixture', () => {
  it('starts with an empty non-final page, still yields every event once', async () => {
    const pages: calendar_v3.Schema$Events[] = [];
    let pageToken: string | undefined;
    do {
      const res = await cal.events.list({ calendarId: 'primary', singleEvents: true, showDeleted: true, maxResults: 250, pageToken });
      pages.push(res.data);
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    expect(pages[0]!.items).toEqual([]);
    expect(pages[0]!.nextPageToken).toBeTruthy();
    expect(pages[0]!.nextSyncToken).toBeUndefined();
    expect(pages[1]!.items!.length).toBe(10); // half of the 20 cap
    const ids = pages.flatMap((p) => p.items!.map((e) => e.id));
    expect(ids.length).toBe(fixture.items.length);
    expect(new Set(ids).size).toBe(fixture.items.length);
    expect(pages.filter((p) => p.nextSyncToken).length).toBe(1);
    expect(pages.at(-1)!.nextSyncToken).toBeTruthy();
  });

  it('answers the same page again for a reused page token (safe client retries)', async () => {
    const first = await cal.events.list({ calendarId: 'primary' });
    const a = await cal.events.list({ calendarId: 'primary', pageToken: first.data.nextPageToken! });
    const b = await cal.events.list({ calendarId: 'primary', pageToken: first.data.nextPageToken! });
    expect(b.data.items).toEqual(a.data.items);
  });

  it('hides cancelled fixture events without showDeleted', async () => {
    const cancelled = fixture.items.filter((e) => e['status'] === 'cancelled').length;
    let count = 0;
    let pageToken: string | undefined;
    do {
      const res = await cal.events.list({ calendarId: 'primary', pageToken });
      count += res.data.items!.length;
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    expect(count).toBe(fixture.items.length - cancelled);
  });
});
