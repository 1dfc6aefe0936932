import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_EVENTS, detectWorkload } from '../../bench/detect-workload';

const dev = JSON.parse(readFileSync(DEV_EVENTS, 'utf8')) as { items: unknown[]; labels: Record<string, { interview: boolean }> };
const labels = dev.labels;
const isInterview = (id: string): boolean => labels[id.slice(0, id.lastIndexOf('_'))]!.interview;

describe('the detection bench workload', () => {
  it('keeps the labelled calendar’s own mix by default, with other text on each cycle', () => {
    const { events } = detectWorkload(1000);
    const share = events.filter((e) => isInterview(e.id)).length / events.length;
    expect(share).toBeGreaterThan(0.3);
    expect(new Set(events.map((e) => e.id)).size).toBe(1000);
    // The same event of the calendar comes back with other text on each cycle.
    const text = (k: number): string => `${events[k]!.summary}\u0000${events[k]!.description}`;
    const cycle = dev.items.length;
    for (let k = 0; k + cycle < events.length; k++) expect(text(k + cycle)).not.toBe(text(k));
  });

  it('spreads the interviews evenly at the share asked for', () => {
    const { events } = detectWorkload(2000, DEV_EVENTS, 0.05);
    expect(events.filter((e) => isInterview(e.id)).length).toBe(100);
    // Every run of 100 events holds five interviews: none bunched at one end.
    for (let k = 0; k < 2000; k += 100) expect(events.slice(k, k + 100).filter((e) => isInterview(e.id)).length).toBe(5);
    expect(new Set(events.map((e) => e.id)).size).toBe(2000);
  });

  it('refuses a share outside 0..1', () => {
    expect(() => detectWorkload(10, DEV_EVENTS, 1.5)).toThrow(/share/);
  });
});
