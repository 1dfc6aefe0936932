import { describe, expect, it } from 'vitest';
import type { SyncProgress } from './host';
import { SyncScheduler, type SchedulerTimers } from './scheduler';

function fakeTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: SchedulerTimers = {
    setTimeout: (fn, ms) => {
      pending.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const advance = async (ms: number) => {
    const target = now + ms;
    for (;;) {
      const next = [...pending.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      pending.delete(next[0]);
      now = next[1].at;
      next[1].fn();
      await flush();
    }
    now = target;
  };
  return { timers, advance, pending };
}
const flush = () => new Promise((r) => setImmediate(r));

function controllableRun() {
  let calls = 0;
  let concurrent = 0;
  let maxConcurrent = 0;
  const gates: Array<() => void> = [];
  const run = async (report: (p: SyncProgress) => void) => {
    calls++;
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    report({ phase: 'reading', calendarId: 'primary', done: 1 });
    await new Promise<void>((r) => gates.push(r));
    concurrent--;
  };
  return {
    run,
    get calls() {
      return calls;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    release: async () => {
      gates.shift()?.();
      await flush();
    },
  };
}

describe('SyncScheduler', () => {
  it('coalesces requests during a run into one follow-up, never two at once', async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new SyncScheduler({ run: r.run, timers: t.timers });
    const first = s.syncNow();
    const a = s.syncNow();
    const b = s.syncNow();
    expect(a).toBe(b);
    await flush();
    expect(r.calls).toBe(1);
    await r.release();
    expect(r.calls).toBe(2);
    await r.release();
    await Promise.all([first, a, b]);
    expect(r.calls).toBe(2);
    expect(r.maxConcurrent).toBe(1);
  });

  it('runs every N minutes while started, and stops', async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new SyncScheduler({ run: r.run, timers: t.timers, intervalMinutes: 5 });
    s.start();
    await flush();
    await r.release();
    expect(r.calls).toBe(1);
    await t.advance(5 * 60_000 - 1);
    expect(r.calls).toBe(1);
    await t.advance(1);
    expect(r.calls).toBe(2);
    await r.release();
    s.stop();
    await t.advance(60 * 60_000);
    expect(r.calls).toBe(2);
  });

  it('debounces focus bursts into one sync', async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new SyncScheduler({ run: r.run, timers: t.timers, focusDebounceMs: 2000 });
    s.start();
    await flush();
    await r.release();
    for (let i = 0; i < 5; i++) {
      s.onFocus();
      await t.advance(500);
    }
    expect(r.calls).toBe(1);
    await t.advance(2000);
    expect(r.calls).toBe(2);
    await r.release();
    s.stop();
  });

  it('reports progress, idle and the last sync time; a failed run keeps the error', async () => {
    const t = fakeTimers();
    const states: string[] = [];
    let fail = false;
    const s = new SyncScheduler({
      run: async (report) => {
        report({ phase: 'writing', done: 0, total: 2 });
        if (fail) throw new Error('offline');
      },
      timers: t.timers,
      now: () => new Date('2026-09-01T10:00:00Z'),
    });
    const off = s.subscribe((st) => states.push(`${st.running}:${st.progress.phase}`));
    await s.syncNow();
    expect(states).toEqual(['true:idle', 'true:writing', 'true:writing', 'false:idle']);
    expect(s.snapshot().lastSyncAt).toBe('2026-09-01T10:00:00.000Z');
    fail = true;
    await s.syncNow();
    expect(s.snapshot().lastError).toBe('offline');
    expect(s.snapshot().lastSyncAt).toBe('2026-09-01T10:00:00.000Z');
    off();
  });
});
