import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGoogleStandIn, type GoogleStandIn } from '../../../e2e/google-standin';
import { planReminderWrites } from './reminders';
import { reminderEventId, reminderFingerprint } from './reminderEvent';
import { connectedSync, makeReminder } from './test-support';

let g: GoogleStandIn;
beforeEach(async () => {
  g = await startGoogleStandIn();
});
afterEach(async () => g.close());

const tactfulCalendars = () => g.calendars().filter((c) => c['summary'] === 'Tactful follow-ups');
const liveReminders = (calendarId: string) => g.events(calendarId).filter((e) => (e['extendedProperties'] as { private?: Record<string, string> } | undefined)?.private?.['tactful'] === '1');
const writes = () => g.requests.filter((r) => r.method !== 'GET' && r.path.includes('/events'));

describe('planReminderWrites', () => {
  it('inserts new, patches changed, deletes unwanted, forgets dismissed, skips unchanged', () => {
    const a = makeReminder('a:1', '2026-09-10T14:00:00Z');
    const b = makeReminder('b:1', '2026-09-10T14:00:00Z');
    const c = makeReminder('c:1', '2026-09-10T14:00:00Z');
    const records = {
      'a:1': { eventId: reminderEventId('a:1'), fingerprint: reminderFingerprint(a) },
      'b:1': { eventId: reminderEventId('b:1'), fingerprint: 'old' },
      'x:1': { eventId: reminderEventId('x:1'), fingerprint: 'f' },
      'y:1': { eventId: reminderEventId('y:1'), fingerprint: 'f', dismissed: true },
    };
    const kinds = planReminderWrites([a, b, c], records).map((op) => `${op.kind}:${'reminder' in op ? op.reminder.stepId : op.stepId}`);
    expect(kinds.sort()).toEqual(['delete:x:1', 'forget:y:1', 'insert:c:1', 'patch:b:1']);
  });
});

describe('writing reminders to the stand-in', () => {
  it('creates the Tactful calendar once, one event per reminder, no request when nothing changed', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z'), makeReminder('a:2', '2026-09-17T14:00:00Z'), makeReminder('b:1', '2026-09-11T14:00:00Z')];
    const first = await sync.syncOnce();
    expect(first).toMatchObject({ ok: true, writes: 3, pendingWrites: 0 });
    expect(tactfulCalendars()).toHaveLength(1);
    const calId = host.data.google.reminderCalendarId!;
    const events = liveReminders(calId);
    expect(events).toHaveLength(3);
    const ev = events.find((e) => e['id'] === reminderEventId('a:1'))!;
    expect(ev['reminders']).toEqual({ useDefault: false, overrides: [{ method: 'popup', minutes: 10 }] });
    expect(ev['description']).toContain('Draft for a:1');
    expect((ev['start'] as { timeZone: string }).timeZone).toBe('America/New_York');

    g.clearLog();
    const second = await sync.syncOnce();
    expect(second).toMatchObject({ ok: true, writes: 0, requests: 1 }); // only the incremental list
    expect(tactfulCalendars()).toHaveLength(1);
  });

  it('interview moved: only its own steps are rewritten; cancelled: its reminders deleted', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    const globex = [makeReminder('globex:thanks', '2026-09-10T14:00:00Z'), makeReminder('globex:follow', '2026-09-17T14:00:00Z')];
    const initech = [makeReminder('initech:thanks', '2026-09-12T14:00:00Z')];
    host.wanted = [...globex, ...initech];
    await sync.syncOnce();
    const calId = host.data.google.reminderCalendarId!;

    g.clearLog();
    host.wanted = [
      makeReminder('globex:thanks', '2026-09-11T14:00:00Z'),
      makeReminder('globex:follow', '2026-09-18T14:00:00Z'),
      ...initech,
    ];
    const moved = await sync.syncOnce();
    expect(moved.writes).toBe(2);
    expect(writes().map((r) => `${r.method} ${r.path.split('/').pop()}`).sort()).toEqual(
      [`PATCH ${reminderEventId('globex:follow')}`, `PATCH ${reminderEventId('globex:thanks')}`].sort(),
    );
    const thanks = g.events(calId).find((e) => e['id'] === reminderEventId('globex:thanks'))!;
    expect((thanks['start'] as { dateTime: string }).dateTime).toContain('2026-09-11');

    g.clearLog();
    host.wanted = initech;
    const cancelled = await sync.syncOnce();
    expect(cancelled.writes).toBe(2);
    expect(writes().every((r) => r.method === 'DELETE')).toBe(true);
    expect(liveReminders(calId).map((e) => e['id'])).toEqual([reminderEventId('initech:thanks')]);
    expect(Object.keys(host.data.google.reminders)).toEqual(['initech:thanks']);

    // Un-cancelled: the deleted event's id cannot be reused, so Tactful revives it instead.
    host.wanted = [...globex, ...initech];
    const back = await sync.syncOnce();
    expect(back.ok).toBe(true);
    expect(liveReminders(calId)).toHaveLength(3);
  });

  it('a reminder the user deleted by hand is not recreated', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z'), makeReminder('a:2', '2026-09-17T14:00:00Z')];
    await sync.syncOnce();
    const calId = host.data.google.reminderCalendarId!;
    g.userDeleteEvent(calId, reminderEventId('a:1'));
    host.wanted = [makeReminder('a:1', '2026-09-11T14:00:00Z'), makeReminder('a:2', '2026-09-17T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r.ok).toBe(true);
    expect(host.data.google.reminders['a:1']?.dismissed).toBe(true);
    expect(liveReminders(calId).map((e) => e['id'])).toEqual([reminderEventId('a:2')]);
    g.clearLog();
    host.wanted = [makeReminder('a:1', '2026-09-12T14:00:00Z'), makeReminder('a:2', '2026-09-17T14:00:00Z')];
    await sync.syncOnce();
    expect(writes()).toHaveLength(0);
  });

  it('a user edit (etag changed) is answered by re-read and patch, never a copy', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    await sync.syncOnce();
    const calId = host.data.google.reminderCalendarId!;
    g.userUpdateEvent(calId, reminderEventId('a:1'), { summary: 'edited by user' });
    host.wanted = [makeReminder('a:1', '2026-09-11T14:00:00Z')];
    g.clearLog();
    await sync.syncOnce();
    expect(writes().map((r) => r.status)).toEqual([412, 200]);
    expect(liveReminders(calId)).toHaveLength(1);
    expect(liveReminders(calId)[0]!['summary']).toBe('Follow-up a:1');
  });

  it('the Tactful calendar deleted by the user is recreated and refilled', async () => {
    const grant = g.grantTokens();
    const { sync, host } = await connectedSync(g.origin, grant);
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z')];
    await sync.syncOnce();
    const oldId = host.data.google.reminderCalendarId!;
    const del = await fetch(`${g.origin}/calendar/v3/calendars/${encodeURIComponent(oldId)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${grant.access_token}` },
    });
    expect(del.status).toBe(204);
    host.wanted = [makeReminder('a:1', '2026-09-11T14:00:00Z'), makeReminder('a:2', '2026-09-12T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r.ok).toBe(true);
    const newId = host.data.google.reminderCalendarId!;
    expect(newId).not.toBe(oldId);
    expect(tactfulCalendars()).toHaveLength(1);
    expect(liveReminders(newId)).toHaveLength(2);
  });

  it('a sync killed half-way and restarted leaves no duplicates', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    host.wanted = Array.from({ length: 8 }, (_, i) => makeReminder(`s:${i}`, `2026-09-${10 + i}T14:00:00Z`));
    host.crashAfterUpdates = host.updates + 6; // token + calendar id + a few reminder records
    await expect(sync.syncOnce()).rejects.toThrow('simulated crash');
    host.crashAfterUpdates = undefined;
    expect(Object.keys(host.data.google.reminders).length).toBeGreaterThan(0);
    g.clearLog();
    const r = await sync.syncOnce();
    expect(g.requests.some((q) => q.status === 409)).toBe(true); // the unrecorded insert was adopted
    expect(r).toMatchObject({ ok: true, pendingWrites: 0 });
    const calId = host.data.google.reminderCalendarId!;
    expect(liveReminders(calId)).toHaveLength(8);
    expect(tactfulCalendars()).toHaveLength(1);
    expect(Object.keys(host.data.google.reminders)).toHaveLength(8);
  });

  it('lost answers (write done, connection dropped) never create a second copy or calendar', async () => {
    const { sync, host } = await connectedSync(g.origin, g.grantTokens());
    g.injectFault({ method: 'POST', pathIncludes: '/calendars', status: 503, afterWrite: true, times: 1 });
    g.injectFault({ method: 'POST', pathIncludes: '/events', status: 503, afterWrite: true, times: 2 });
    host.wanted = [makeReminder('a:1', '2026-09-10T14:00:00Z'), makeReminder('a:2', '2026-09-11T14:00:00Z')];
    const r = await sync.syncOnce();
    expect(r).toMatchObject({ ok: true, pendingWrites: 0 });
    expect(tactfulCalendars()).toHaveLength(1);
    expect(liveReminders(host.data.google.reminderCalendarId!)).toHaveLength(2);
  });
});
