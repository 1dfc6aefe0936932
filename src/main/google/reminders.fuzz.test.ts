import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGoogleStandIn, type FaultSpec, type GoogleStandIn } from '../../../e2e/google-standin';
import { connectedSync, FakeHost, makeReminder } from './test-support';
import { reminderEventId, reminderFingerprint } from './reminderEvent';
import type { Reminder } from '../../shared/domain/reminder';

let g: GoogleStandIn;
beforeAll(async () => {
  g = await startGoogleStandIn();
});
afterAll(async () => g.close());

type Priv = { private?: Record<string, string> } | undefined;
const POOL = Array.from({ length: 12 }, (_, i) => `app${i % 4}:step${i}`);

/** One random plan: a subset of the pool, each at one of a few possible times. */
const planArb = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 2 })), { minLength: POOL.length, maxLength: POOL.length });
const faultArb: fc.Arbitrary<FaultSpec> = fc.record({
  method: fc.constantFrom('POST', 'PATCH', 'DELETE', 'GET', undefined),
  pathIncludes: fc.constant('/calendar/v3/'),
  status: fc.constantFrom(429 as const, 503 as const, 500 as const, 403 as const),
  reason: fc.constant(undefined),
  retryAfterSeconds: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  times: fc.integer({ min: 1, max: 7 }),
  afterWrite: fc.boolean(),
}).map((f) => (f.status === 403 ? { ...f, reason: 'userRateLimitExceeded' as const } : f));

function remindersFor(plan: Array<[boolean, number]>): Reminder[] {
  return plan.flatMap(([on, slot], i) => (on ? [makeReminder(POOL[i]!, `2026-09-${10 + i}T1${slot}:00:00Z`)] : []));
}

describe('reminders stay exactly-once under random faults', () => {
  it('100 randomised runs: exactly one event per wanted reminder, none for others', async () => {
    const grant = g.grantTokens();
    const host = new FakeHost();
    const { sync } = await connectedSync(g.origin, grant, { host, retry: { maxAttempts: 3 } });
    let calendarId: string | undefined;

    await fc.assert(
      fc.asyncProperty(planArb, fc.array(faultArb, { maxLength: 3 }), fc.integer({ min: -1, max: 6 }), async (plan, faults, crashAt) => {
        host.wanted = remindersFor(plan);
        for (const f of faults) g.injectFault(f);
        // Sometimes the process dies mid-run (host.update throws), like a crash or a quit.
        host.crashAfterUpdates = crashAt >= 0 ? host.updates + crashAt : undefined;
        await sync.syncOnce().catch((e: unknown) => {
          if (!(e instanceof Error && e.message === 'simulated crash')) throw e;
        });
        host.crashAfterUpdates = undefined;
        // Drain leftover faults, then a clean run must converge.
        for (let i = 0; i < 10 && (await sync.syncOnce()).pendingWrites > 0; i++);
        const final = await sync.syncOnce();
        expect(final).toMatchObject({ ok: true, pendingWrites: 0 });

        calendarId ??= host.data.google.reminderCalendarId;
        expect(host.data.google.reminderCalendarId).toBe(calendarId);
        expect(g.calendars().filter((c) => c['summary'] === 'Tactful follow-ups')).toHaveLength(1);
        const live = g.events(calendarId!).filter((e) => (e['extendedProperties'] as Priv)?.private?.['tactful'] === '1');
        const wanted = host.wanted;
        expect(live.map((e) => e['id']).sort()).toEqual(wanted.map((r) => reminderEventId(r.stepId)).sort());
        for (const r of wanted) {
          const ev = live.find((e) => e['id'] === reminderEventId(r.stepId))!;
          expect((ev['extendedProperties'] as Priv)?.private?.['tactfulFingerprint']).toBe(reminderFingerprint(r));
          expect(host.data.google.reminders[r.stepId]?.dismissed).toBeFalsy();
        }
        expect(Object.keys(host.data.google.reminders).sort()).toEqual(wanted.map((r) => r.stepId).sort());
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
