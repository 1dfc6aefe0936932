import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../domain/application';
import type { PlanInput } from './planner';
import { planApplication } from './planner';
import { isBusinessDay, workCalendarFor } from './calendar';
import { input, interview } from './testkit';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];
const PHRASES = ['within two weeks', 'by Friday', 'end of next week', 'in 10 days', "they'll contact me", 'early November', 'Nov 3', 'soon', '2026-03-01'];
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_MS = 365 * 24 * 3_600_000;
const OPEN = new Set(['upcoming', 'due', 'overdue']);

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    starts: fc.array(fc.integer({ min: 0, max: YEAR_MS }), { minLength: 1, maxLength: 3 }),
    minutes: fc.integer({ min: 15, max: 240 }),
    panel: fc.integer({ min: 0, max: 3 }),
    phone: fc.boolean(),
    phrase: fc.option(fc.constantFrom(...PHRASES), { nil: undefined }),
    nowOffset: fc.integer({ min: -30, max: 120 }), // days after the first interview
    heardBackDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    outcome: fc.option(fc.record({ kind: fc.constantFrom('offer', 'rejected', 'withdrawn'), days: fc.integer({ min: 1, max: 60 }) }), { nil: undefined }),
    maxFollowUps: fc.constantFrom(1, 2),
    defaultWaitDays: fc.integer({ min: 3, max: 30 }),
    finalFollowUpAfterDays: fc.integer({ min: 7, max: 14 }),
    holidaysCountry: fc.constantFrom(null, 'US', 'DE', 'JP', 'AU'),
  })
  .map((s): PlanInput => {
    const sorted = [...s.starts].sort((a, b) => a - b);
    const interviews: Interview[] = sorted.map((offset, i) =>
      interview(`r${i + 1}`, new Date(YEAR_START + offset).toISOString(), new Date(YEAR_START + offset + s.minutes * 60_000).toISOString(), {
        round: i + 1,
        kind: s.phone ? 'phone' : 'video',
        interviewers: Array.from({ length: s.panel }, (_, k) => ({ name: `Person ${k + 1}` })),
      }),
    );
    const firstEnd = YEAR_START + (sorted[0] ?? 0) + s.minutes * 60_000;
    const day = 86_400_000;
    return input(interviews, new Date(firstEnd + s.nowOffset * day).toISOString(), s.zone, {
      decisions: {
        ...(s.phrase ? { statedTimeline: { text: s.phrase, recordedAt: new Date(firstEnd + 3_600_000).toISOString(), roundId: 'r1' } } : {}),
        ...(s.heardBackDays ? { heardBackAt: new Date(firstEnd + s.heardBackDays * day).toISOString() } : {}),
        ...(s.outcome ? { outcome: { kind: s.outcome.kind, at: new Date(firstEnd + s.outcome.days * day).toISOString() } } : {}),
      },
      policy: {
        maxFollowUps: s.maxFollowUps as 1 | 2,
        defaultWaitDays: s.defaultWaitDays,
        finalFollowUpAfterDays: s.finalFollowUpAfterDays,
        holidaysCountry: s.holidaysCountry,
      },
    });
  });

const runs = { numRuns: 300 };

describe('planner invariants (property-based)', () => {
  it('no step before its interview ends, except asking for the timeline', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const ends = new Map(inp.interviews.map((i) => [i.id, Date.parse(i.end)]));
        for (const s of planApplication(inp).steps) {
          if (s.kind === 'ask-timeline' || s.roundId === null) continue;
          expect(Date.parse(s.dueStart)).toBeGreaterThanOrEqual(ends.get(s.roundId)!);
        }
      }),
      runs,
    );
  });
  it('never more follow-ups per round than allowed; the final comes after the first', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const plan = planApplication(inp);
        for (const i of inp.interviews) {
          const f = plan.steps.filter((s) => s.roundId === i.id && (s.kind === 'follow-up' || s.kind === 'final-follow-up'));
          expect(f.length).toBeLessThanOrEqual(inp.policy.maxFollowUps);
          const [first, final] = [f.find((s) => s.kind === 'follow-up'), f.find((s) => s.kind === 'final-follow-up')];
          if (first && final) expect(Date.parse(final.dueStart)).toBeGreaterThan(Date.parse(first.dueStart));
        }
      }),
      runs,
    );
  });
  it('follow-ups fall on business days (no weekend, no holiday when set), at the start of the working day', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const cal = workCalendarFor(inp.timeZone, inp.policy);
        for (const s of planApplication(inp).steps) {
          if (s.kind !== 'follow-up' && s.kind !== 'final-follow-up') continue;
          const local = DateTime.fromISO(s.dueStart, { zone: inp.timeZone });
          expect(isBusinessDay(local.toISODate()!, cal)).toBe(true);
          expect(local.weekday).toBeLessThanOrEqual(5);
          expect(local.toFormat('HH:mm')).toBe(inp.policy.workdayStart);
        }
      }),
      runs,
    );
  });
  it('no follow-up before a stated timeline has passed', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const plan = planApplication(inp);
        const until = plan.timeline?.until ? Date.parse(plan.timeline.until) : NaN;
        const r1End = Date.parse(inp.interviews[0]!.end);
        if (!Number.isFinite(until) || until < r1End) return;
        for (const s of plan.steps) {
          if (s.roundId === 'r1' && (s.kind === 'follow-up' || s.kind === 'final-follow-up')) {
            expect(Date.parse(s.dueStart)).toBeGreaterThan(until);
          }
        }
      }),
      runs,
    );
  });
  it('steps are strictly ordered by due time (ties by kind, then id) and ids are unique', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const steps = planApplication(inp).steps;
        expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
        for (let i = 1; i < steps.length; i++) {
          expect(Date.parse(steps[i]!.dueStart)).toBeGreaterThanOrEqual(Date.parse(steps[i - 1]!.dueStart));
        }
      }),
      runs,
    );
  });
  it('no open follow-ups after an outcome or after hearing back about the last round', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const plan = planApplication(inp);
        if (!inp.application.decisions.outcome) return;
        for (const s of plan.steps) {
          if (s.kind !== 'rejection-reply') expect(OPEN.has(s.status)).toBe(false);
        }
      }),
      runs,
    );
  });
  it('same input, same plan (deep equal), and the input is not mutated', () => {
    fc.assert(
      fc.property(scenario, (inp) => {
        const copy = structuredClone(inp);
        const a = planApplication(inp);
        const b = planApplication(copy);
        expect(b).toEqual(a);
        expect(copy).toEqual(inp);
      }),
      { numRuns: 150 },
    );
  });
});
