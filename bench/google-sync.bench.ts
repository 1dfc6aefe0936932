/**
 * Google sync against the local stand-in: request counts (the contract with Google's quota)
 * and timings. Prints only `name: value unit` lines.
 */
import { performance } from 'node:perf_hooks';
import { startGoogleStandIn } from '../e2e/google-standin';
import type { Reminder } from '../src/shared/domain/reminder';
import { connectedSync, FakeHost, googleEvent, makeReminder } from '../src/main/google/test-support';

const OWNER = 'sam.rivera@gmail.com';
const TOTAL = 20_000;
const INTERVIEWS = 40;
const STEPS_PER_INTERVIEW = 3;

/** Stands in for the planner: every "Interview" event gets three follow-up steps after it. */
class PlanningHost extends FakeHost {
  override reminders(): Reminder[] {
    const out: Reminder[] = [];
    for (const e of this.events.get('primary')?.values() ?? []) {
      if (!e.summary.startsWith('Interview') || !e.start?.dateTime) continue;
      const at = Date.parse(e.start.dateTime);
      for (let s = 0; s < STEPS_PER_INTERVIEW; s++) {
        out.push(makeReminder(`${e.id}:step${s}`, new Date(at + (1 + s * 7) * 86_400_000).toISOString()));
      }
    }
    return out;
  }
}

async function main(): Promise<void> {
  const g = await startGoogleStandIn();
  try {
    const base = Date.parse('2025-01-01T09:00:00Z');
    const events = Array.from({ length: TOTAL }, (_, i) =>
      googleEvent(`ev${i.toString(32).padStart(5, '0')}`, new Date(base + i * 3_600_000).toISOString(), i % (TOTAL / INTERVIEWS) === 0 ? `Interview ${i}` : `Meeting ${i}`),
    );
    g.seedEvents(OWNER, events);
    const host = new PlanningHost();
    const { sync } = await connectedSync(g.origin, g.grantTokens(), { host });
    const lists = () => g.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/events')).length;
    const writes = () => g.requests.filter((r) => r.method !== 'GET' && r.path.includes('/events')).length;

    g.clearLog();
    let t = performance.now();
    let readMs = 0;
    const full = await sync.syncOnce((p) => {
      // Reading ends where writing starts: time the 20k-event read on its own.
      if (p.phase === 'writing' && !readMs) readMs = performance.now() - t;
    });
    const totalMs = performance.now() - t;
    if (!full.ok || host.eventIds().length !== TOTAL) throw new Error(`full sync failed: ${full.error}`);
    console.log(`google_full_sync_20k_list_requests: ${lists()} requests`);
    console.log(`google_full_sync_20k_ms: ${readMs.toFixed(0)} ms`);
    console.log(`google_initial_reminder_writes: ${writes()} writes`);
    console.log(`google_initial_reminder_writes_ms: ${(totalMs - readMs).toFixed(0)} ms`);

    g.clearLog();
    t = performance.now();
    const noop = await sync.syncOnce();
    const noopMs = performance.now() - t;
    console.log(`google_incremental_noop_requests: ${noop.requests} requests`);
    console.log(`google_incremental_noop_writes: ${writes()} writes`);
    console.log(`google_incremental_noop_ms: ${noopMs.toFixed(1)} ms`);

    const moved = events.find((e) => String(e['summary']).startsWith('Interview'))!;
    const start = Date.parse((moved['start'] as { dateTime: string }).dateTime) + 2 * 86_400_000;
    g.userUpdateEvent(OWNER, String(moved['id']), {
      start: { dateTime: new Date(start).toISOString(), timeZone: 'UTC' },
      end: { dateTime: new Date(start + 45 * 60_000).toISOString(), timeZone: 'UTC' },
    });
    g.clearLog();
    t = performance.now();
    const after = await sync.syncOnce();
    const movedMs = performance.now() - t;
    if (!after.ok) throw new Error(`moved sync failed: ${after.error}`);
    console.log(`google_interview_moved_writes: ${writes()} writes`);
    console.log(`google_interview_moved_own_steps: ${STEPS_PER_INTERVIEW} steps`);
    console.log(`google_interview_moved_requests: ${after.requests} requests`);
    console.log(`google_interview_moved_ms: ${movedMs.toFixed(1)} ms`);
  } finally {
    await g.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
