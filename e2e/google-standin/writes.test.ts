import type { calendar_v3 } from '@googleapis/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, startGoogleStandIn, type GoogleStandIn } from './index';
import { authorize, calendarClient, reasonOf } from './test-helpers';

const OWNER = 'sam.rivera@gmail.com';
let g: GoogleStandIn;
let cal: calendar_v3.Calendar;
let tactfulCalendarId: string;

const reminder = (id?: string): calendar_v3.Schema$Event => ({
  ...(id ? { id } : {}),
  summary: 'Send a thank-you note',
  start: { dateTime: '2026-09-10T09:00:00-04:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-09-10T09:15:00-04:00', timeZone: 'America/New_York' },
  extendedProperties: { private: { tactful: '1', stepId: 'abc' } },
});
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

beforeAll(async () => {
  g = await startGoogleStandIn();
  g.seedEvents(OWNER, [
    { id: 'userevent1', summary: 'Interview', start: { dateTime: '2026-09-01T15:00:00Z' }, end: { dateTime: '2026-09-01T16:00:00Z' } },
  ]);
  cal = calendarClient(g, await authorize(g, [SCOPES.readonly, SCOPES.appCreated]));
  const created = await cal.calendars.insert({ requestBody: { summary: 'Tactful follow-ups', timeZone: 'America/New_York' } });
  tactfulCalendarId = created.data.id!;
});
afterAll(() => g.close());

describe('calendars and event writes', () => {
  it('creates a secondary calendar that appears in calendarList', async () => {
    expect(tactfulCalendarId).toMatch(/@group\.calendar\.google\.com$/);
    const list = await cal.calendarList.list();
    const ids = list.data.items!.map((c) => c.id);
    expect(ids).toContain(tactfulCalendarId);
    expect(list.data.items!.find((c) => c.primary)!.id).toBe(OWNER);
  });

  it('inserts with a client id, assigns Google metadata, and refuses the id again even after delete (409)', async () => {
    const ins = await cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0001') });
    expect(ins.data).toMatchObject({ kind: 'calendar#event', id: 'tactful0step0001', status: 'confirmed', sequence: 0, iCalUID: 'tactful0step0001@google.com' });
    expect(new Headers(ins.headers as unknown as ConstructorParameters<typeof Headers>[0]).get('etag')).toBe(ins.data.etag);
    expect(await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0001') }))).toMatchObject({ status: 409 });
    await cal.events.delete({ calendarId: tactfulCalendarId, eventId: 'tactful0step0001' });
    const again = await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0001') }));
    expect(again).toMatchObject({ status: 409 });
    expect(reasonOf(again)).toBe('duplicate');
    const del2 = await failure(cal.events.delete({ calendarId: tactfulCalendarId, eventId: 'tactful0step0001' }));
    expect(del2).toMatchObject({ status: 410 });
    expect(reasonOf(del2)).toBe('deleted');
  });

  it('rejects ids outside base32hex (400) and generates one when none is given', async () => {
    const bad = await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('Has-Upper_w') }));
    expect(bad).toMatchObject({ status: 400 });
    const gen = await cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder() });
    expect(gen.data.id).toMatch(/^[a-v0-9]{5,1024}$/);
  });

  it('honours If-Match: a stale etag answers 412 conditionNotMet; every write changes the etag', async () => {
    const ins = await cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0002') });
    const etag0 = ins.data.etag!;
    const p1 = await cal.events.patch(
      { calendarId: tactfulCalendarId, eventId: 'tactful0step0002', requestBody: { summary: 'Follow up' } },
      { headers: { 'If-Match': etag0 } },
    );
    expect(p1.data.etag).not.toBe(etag0);
    expect(p1.data.extendedProperties?.private).toEqual({ tactful: '1', stepId: 'abc' }); // patch keeps untouched fields
    const stale = await failure(
      cal.events.update(
        { calendarId: tactfulCalendarId, eventId: 'tactful0step0002', requestBody: reminder() },
        { headers: { 'If-Match': etag0 } },
      ),
    );
    expect(stale).toMatchObject({ status: 412 });
    expect(reasonOf(stale)).toBe('conditionNotMet');
    const staleDelete = await failure(cal.events.delete({ calendarId: tactfulCalendarId, eventId: 'tactful0step0002' }, { headers: { 'If-Match': etag0 } }));
    expect(staleDelete).toMatchObject({ status: 412 });
  });

  it('enforces scopes: app.created may not write to primary; calendar.events may', async () => {
    const denied = await failure(cal.events.insert({ calendarId: 'primary', requestBody: reminder() }));
    expect(denied).toMatchObject({ status: 403 });
    expect(reasonOf(denied)).toBe('insufficientPermissions');
    expect(await failure(cal.events.patch({ calendarId: 'primary', eventId: 'userevent1', requestBody: { summary: 'x' } }))).toMatchObject({ status: 403 });
    // but reading primary is fine with calendar.readonly
    expect((await cal.events.get({ calendarId: 'primary', eventId: 'userevent1' })).data.summary).toBe('Interview');
    const wide = calendarClient(g, await authorize(g, [SCOPES.events]));
    expect((await wide.events.insert({ calendarId: 'primary', requestBody: reminder() })).status).toBe(200);
    const appOnly = calendarClient(g, await authorize(g, [SCOPES.appCreated]));
    expect(await failure(appOnly.events.list({ calendarId: 'primary' }))).toMatchObject({ status: 403 });
    expect((await appOnly.events.list({ calendarId: tactfulCalendarId })).status).toBe(200);
  });
});

describe('fault injection', () => {
  it('fails the next matching requests with Google error JSON and Retry-After', async () => {
    g.injectFault({ method: 'POST', pathIncludes: '/events', status: 429, reason: 'rateLimitExceeded', retryAfterSeconds: 7, times: 1 });
    const err = await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder() }));
    expect(err).toMatchObject({ status: 429 });
    expect(reasonOf(err)).toBe('rateLimitExceeded');
    const res = (err as { response: { headers: Headers } }).response;
    expect(res.headers.get('retry-after')).toBe('7');
    // consumed: the next one succeeds
    expect((await cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder() })).status).toBe(200);
  });

  it('a retrying client gets through a transient 503', async () => {
    const retrying = calendarClient(g, await authorize(g, [SCOPES.readonly, SCOPES.appCreated]), true);
    g.clearLog();
    g.injectFault({ method: 'GET', pathIncludes: '/events', status: 503, times: 1 });
    expect((await retrying.events.list({ calendarId: tactfulCalendarId })).status).toBe(200);
    expect(g.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('afterWrite performs the insert, drops the connection, and the retry sees 409', async () => {
    g.clearLog();
    g.injectFault({ method: 'POST', pathIncludes: '/events', status: 503, times: 1, afterWrite: true });
    const dropped = await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0003') }));
    expect(dropped).toBeInstanceOf(Error);
    expect((dropped as { status?: number }).status).toBeUndefined();
    expect(g.events(tactfulCalendarId).map((e) => e['id'])).toContain('tactful0step0003');
    expect(g.requests.at(-1)).toMatchObject({ method: 'POST', status: 0 });
    expect(await failure(cal.events.insert({ calendarId: tactfulCalendarId, requestBody: reminder('tactful0step0003') }))).toMatchObject({ status: 409 });
  });
});
