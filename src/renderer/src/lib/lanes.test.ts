import { describe, expect, it } from 'vitest';
import { FAKE_NOW, fakeInterview, fakeOverview, fakeStep, fakeView } from '../test/fakeOverview';
import { defaultRange, laneGeometry, position, weeklyTicks } from './lanes';

const now = Date.parse(FAKE_NOW);
const range = defaultRange(now);
const label = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('axis', () => {
  it('places today at 1/3 of the default window (3 weeks back, 6 ahead)', () => {
    expect(position(now, range)).toBeCloseTo(1 / 3, 5);
  });

  it('ticks on Mondays at local midnight', () => {
    const ticks = weeklyTicks(range, 'Europe/London');
    expect(ticks.length).toBeGreaterThanOrEqual(8);
    for (const t of ticks) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).format(t.at);
      expect(local).toBe('Mon, 00');
    }
  });
});

describe('laneGeometry', () => {
  it('draws interview, sent thank-you, waiting span and the next follow-up as the strongest mark', () => {
    const hooli = fakeOverview().applications.find((v) => v.application.id === 'hooli')!;
    const g = laneGeometry(hooli, range, now, label);
    expect(g.points.map((p) => [p.type, p.glyph, p.tone])).toEqual([
      ['interview', '◆', 'past'],
      ['step', '✓', 'done'],
      ['step', '●', 'next'],
    ]);
    const waiting = g.spans.find((s) => s.type === 'waiting')!;
    expect(waiting.label).toBe('waiting');
    expect(waiting.x1).toBeLessThan(waiting.x2);
  });

  it('labels the wait with the stated timeline in the user’s words', () => {
    const view = fakeOverview().applications.find((v) => v.application.id === 'hooli')!;
    view.plan.timeline = { text: 'within two weeks', understood: true, theyWillContact: false, explanation: 'by Tue 27 Oct' };
    const g = laneGeometry(view, range, now, label);
    expect(g.spans.find((s) => s.type === 'waiting')?.label).toBe('“within two weeks”');
  });

  it('marks overdue steps with ! and counts marks off the edges', () => {
    const view = fakeView('x', 'X', 'thank-you', [fakeStep('x', 'thank-you', -2, 'overdue'), fakeStep('x', 'follow-up', 90, 'upcoming')], [fakeInterview('x', 1, -60), fakeInterview('x', 2, -3)]);
    const g = laneGeometry(view, range, now, label);
    expect(g.points.find((p) => p.type === 'step')).toMatchObject({ glyph: '!', tone: 'overdue' });
    expect(g.before).toBe(1);
    expect(g.after).toBe(1);
  });

  it('ends a rejected lane with words, and skips superseded steps', () => {
    const view = fakeView('s', 'S', 'rejected', [fakeStep('s', 'follow-up', -1, 'superseded'), fakeStep('s', 'rejection-reply', 0, 'due')], [fakeInterview('s', 1, -5)]);
    view.application.decisions.outcome = { kind: 'rejected', at: new Date(now - 86_400_000).toISOString() };
    const g = laneGeometry(view, range, now, label);
    expect(g.points.some((p) => p.type === 'end' && p.label.startsWith('Rejected'))).toBe(true);
    expect(g.points.filter((p) => p.type === 'step')).toHaveLength(1);
  });
});
