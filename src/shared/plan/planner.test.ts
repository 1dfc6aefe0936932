import { describe, expect, it } from 'vitest';
import { planApplication } from './planner';
import { input, interview } from './testkit';
import type { ApplicationPlan, PlannedStep } from '../domain/plan';

const step = (plan: ApplicationPlan, id: string): PlannedStep => {
  const s = plan.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${plan.steps.map((x) => x.id).join(', ')}`);
  return s;
};

/**
 * Exact dates, worked out by hand from the rules: first follow-up = interview's local day
 * + 7 calendar days (or the first business day after a stated timeline), at 09:30 local;
 * final = first + 7 days. Several cross a DST change: the local time must stay 09:30.
 */
const table: {
  name: string;
  zone: string;
  start: string;
  end: string;
  timeline?: { text: string; recordedAt: string };
  holidays?: string;
  followUp: string;
  finalFollowUp: string;
}[] = [
  {
    name: 'New York, no timeline, across the US fall-back (Nov 1 2026)',
    zone: 'America/New_York',
    start: '2026-10-29T18:00:00Z', // Thu 14:00 EDT
    end: '2026-10-29T19:00:00Z',
    followUp: '2026-11-05T14:30:00.000Z', // Thu 5 Nov 09:30 EST
    finalFollowUp: '2026-11-12T14:30:00.000Z',
  },
  {
    name: 'New York, across the US spring-forward (Mar 8 2026)',
    zone: 'America/New_York',
    start: '2026-03-02T15:00:00Z', // Mon 10:00 EST
    end: '2026-03-02T16:00:00Z',
    followUp: '2026-03-09T13:30:00.000Z', // Mon 9 Mar 09:30 EDT
    finalFollowUp: '2026-03-16T13:30:00.000Z',
  },
  {
    name: 'Berlin, across the EU fall-back (Oct 25 2026)',
    zone: 'Europe/Berlin',
    start: '2026-10-22T08:00:00Z', // Thu 10:00 CEST
    end: '2026-10-22T09:00:00Z',
    followUp: '2026-10-29T08:30:00.000Z', // Thu 29 Oct 09:30 CET
    finalFollowUp: '2026-11-05T08:30:00.000Z',
  },
  {
    name: 'Berlin, across the EU spring-forward (Mar 29 2026)',
    zone: 'Europe/Berlin',
    start: '2026-03-23T13:00:00Z', // Mon 14:00 CET
    end: '2026-03-23T14:00:00Z',
    followUp: '2026-03-30T07:30:00.000Z', // Mon 30 Mar 09:30 CEST
    finalFollowUp: '2026-04-06T07:30:00.000Z', // no holidays set, so Easter Monday counts as a workday
  },
  {
    name: 'Tokyo, "end of next week" said on a Friday',
    zone: 'Asia/Tokyo',
    start: '2026-10-09T06:00:00Z', // Fri 15:00 JST
    end: '2026-10-09T07:00:00Z',
    timeline: { text: 'end of next week', recordedAt: '2026-10-09T07:30:00Z' },
    followUp: '2026-10-19T00:30:00.000Z', // until Fri 16 Oct; Sat/Sun skipped; Mon 19 Oct 09:30 JST
    finalFollowUp: '2026-10-26T00:30:00.000Z',
  },
  {
    name: 'Sydney, across the AU spring-forward (Oct 4 2026)',
    zone: 'Australia/Sydney',
    start: '2026-09-29T00:00:00Z', // Tue 10:00 AEST
    end: '2026-09-29T01:00:00Z',
    followUp: '2026-10-05T22:30:00.000Z', // Tue 6 Oct 09:30 AEDT
    finalFollowUp: '2026-10-12T22:30:00.000Z',
  },
  {
    name: 'New York, "by Friday": the Saturday after moves to Monday',
    zone: 'America/New_York',
    start: '2026-10-13T14:00:00Z', // Tue 10:00 EDT
    end: '2026-10-13T15:00:00Z',
    timeline: { text: 'by Friday', recordedAt: '2026-10-13T15:30:00Z' },
    followUp: '2026-10-19T13:30:00.000Z',
    finalFollowUp: '2026-10-26T13:30:00.000Z',
  },
  {
    name: 'New York, "within two weeks"',
    zone: 'America/New_York',
    start: '2026-10-13T14:00:00Z',
    end: '2026-10-13T15:00:00Z',
    timeline: { text: 'We will get back to you within two weeks', recordedAt: '2026-10-13T15:30:00Z' },
    followUp: '2026-10-28T13:30:00.000Z', // until Tue 27 Oct → Wed 28 Oct
    finalFollowUp: '2026-11-04T14:30:00.000Z', // after fall-back: still 09:30 local
  },
  {
    name: 'New York with US holidays: Thanksgiving moves to Friday',
    zone: 'America/New_York',
    start: '2026-11-19T15:00:00Z',
    end: '2026-11-19T16:00:00Z',
    holidays: 'US',
    followUp: '2026-11-27T14:30:00.000Z',
    finalFollowUp: '2026-12-04T14:30:00.000Z',
  },
  {
    name: 'Berlin with DE holidays: Christmas and the weekend move to Monday',
    zone: 'Europe/Berlin',
    start: '2026-12-18T09:00:00Z', // Fri
    end: '2026-12-18T10:00:00Z',
    holidays: 'DE',
    followUp: '2026-12-28T08:30:00.000Z', // Fri 25 Dec public holiday, 26/27 weekend
    finalFollowUp: '2027-01-04T08:30:00.000Z',
  },
  {
    name: 'Sydney, "they\'ll contact me" = default wait, never sooner',
    zone: 'Australia/Sydney',
    start: '2026-04-01T23:00:00Z', // Thu 2 Apr 10:00 AEDT
    end: '2026-04-02T00:00:00Z',
    timeline: { text: "They'll contact me", recordedAt: '2026-04-02T01:00:00Z' },
    followUp: '2026-04-08T23:30:00.000Z', // Thu 9 Apr 09:30 AEST (AU fall-back Apr 5)
    finalFollowUp: '2026-04-15T23:30:00.000Z',
  },
];

describe('follow-up dates, exact, in several zones and across DST', () => {
  for (const row of table) {
    it(row.name, () => {
      const plan = planApplication(
        input([interview('r1', row.start, row.end)], '2026-01-01T00:00:00Z', row.zone, {
          decisions: row.timeline ? { statedTimeline: row.timeline } : {},
          policy: row.holidays ? { holidaysCountry: row.holidays } : {},
        }),
      );
      expect(step(plan, 'app/r1/follow-up').dueStart).toBe(row.followUp);
      expect(step(plan, 'app/r1/final-follow-up').dueStart).toBe(row.finalFollowUp);
      const fu = step(plan, 'app/r1/follow-up');
      // The window is the working day: 09:30 to 17:30 local = 8 hours, DST or not.
      expect(Date.parse(fu.dueEnd) - Date.parse(fu.dueStart)).toBe(8 * 3_600_000);
    });
  }
});

const NY = 'America/New_York';
// Tue 13 Oct 2026, 10:00–11:00 EDT, with a panel of two.
const panel = interview('r1', '2026-10-13T14:00:00Z', '2026-10-13T15:00:00Z', {
  interviewers: [{ name: 'Dana Whitfield', email: 'dana@globex.example' }, { name: 'Lee Chen' }],
});
const solo = interview('r1', '2026-10-13T14:00:00Z', '2026-10-13T15:00:00Z');

describe('ask for their timeline', () => {
  it('is upcoming before the interview, due during it, with the interview as its window', () => {
    const before = planApplication(input([solo], '2026-10-12T12:00:00Z', NY));
    const ask = step(before, 'app/r1/ask-timeline');
    expect([ask.status, ask.dueStart, ask.dueEnd]).toEqual(['upcoming', '2026-10-13T14:00:00.000Z', '2026-10-13T15:00:00.000Z']);
    expect(ask.reason).toMatch(/\(Should You Follow Up\)$/);
    expect(before.stage).toBe('scheduled');
    expect(before.stageLabel).toBe('Interview on Tue 13 Oct, 10:00');
    expect(step(planApplication(input([solo], '2026-10-13T14:30:00Z', NY)), 'app/r1/ask-timeline').status).toBe('due');
  });
  it('is done after the interview when a timeline was noted, skipped (with the reason) when not', () => {
    const answered = planApplication(
      input([solo], '2026-10-14T12:00:00Z', NY, { decisions: { statedTimeline: { text: 'within two weeks', recordedAt: '2026-10-13T16:00:00Z' } } }),
    );
    expect(step(answered, 'app/r1/ask-timeline').status).toBe('done');
    const unanswered = step(planApplication(input([solo], '2026-10-14T12:00:00Z', NY)), 'app/r1/ask-timeline');
    expect(unanswered.status).toBe('skipped');
    expect(unanswered.reason).toBe('No timeline was noted, so the default wait of a week applies (Should You Follow Up)');
  });
});

describe('thank-you notes', () => {
  it('one per interviewer, due within 24 hours of the end, with stable ids', () => {
    const plan = planApplication(input([panel], '2026-10-13T16:00:00Z', NY));
    const ids = plan.steps.filter((s) => s.kind === 'thank-you').map((s) => s.id);
    expect(ids).toEqual(['app/r1/thank-you/dana-whitfield', 'app/r1/thank-you/lee-chen']);
    const dana = step(plan, 'app/r1/thank-you/dana-whitfield');
    expect([dana.dueStart, dana.dueEnd, dana.status, dana.interviewer]).toEqual([
      '2026-10-13T15:00:00.000Z',
      '2026-10-14T15:00:00.000Z',
      'due',
      'Dana Whitfield',
    ]);
    expect(dana.reason).toBe("Thank Dana Whitfield within 24 hours of the interview's end (Etiquette and Strategies)");
    expect(dana.draft?.body).toContain('Dear Dana,');
    expect(dana.draft?.mailto).toMatch(/^mailto:dana@globex\.example\?subject=/);
    expect(plan.stage).toBe('thank-you');
    expect(plan.stageLabel).toBe('Thank-you notes (2) due by Wed 14 Oct, 11:00');
    expect(plan.nextStepId).toBe('app/r1/thank-you/dana-whitfield');
  });
  it('a single note when no interviewer is named', () => {
    const plan = planApplication(input([interview('r1', solo.start, solo.end, { interviewers: [] })], '2026-10-13T16:00:00Z', NY));
    expect(plan.steps.filter((s) => s.kind === 'thank-you').map((s) => s.id)).toEqual(['app/r1/thank-you']);
    expect(step(plan, 'app/r1/thank-you').draft?.body).toContain('Dear Globex hiring team,');
  });
  it('overdue is honest but calm', () => {
    const plan = planApplication(input([solo], '2026-10-16T16:00:00Z', NY));
    const ty = step(plan, 'app/r1/thank-you/dana-whitfield');
    expect(ty.status).toBe('overdue');
    expect(ty.reason).toBe('2 days past the 24-hour window; a late thank-you is still better than none (Etiquette and Strategies)');
    expect(plan.stageLabel).toBe('Thank-you note overdue');
  });
  it('sent closes it (done, doneAt); the stage moves on to waiting', () => {
    const plan = planApplication(
      input([solo], '2026-10-15T16:00:00Z', NY, {
        decisions: { steps: { 'app/r1/thank-you/dana-whitfield': { state: 'sent', at: '2026-10-13T20:00:00Z' } } },
      }),
    );
    const ty = step(plan, 'app/r1/thank-you/dana-whitfield');
    expect([ty.status, ty.doneAt, ty.draft]).toEqual(['done', '2026-10-13T20:00:00Z', undefined]);
    expect(plan.stage).toBe('waiting');
    expect(plan.stageLabel).toBe('Waiting until Tue 20 Oct');
    expect(plan.nextStepId).toBe('app/r1/follow-up');
  });
});

describe('follow-ups', () => {
  const sentThanks = { 'app/r1/thank-you/dana-whitfield': { state: 'sent' as const, at: '2026-10-13T20:00:00Z' } };
  it('due on the day, with a draft that adds value', () => {
    const plan = planApplication(input([solo], '2026-10-20T14:00:00Z', NY, { decisions: { steps: sentThanks } }));
    const fu = step(plan, 'app/r1/follow-up');
    expect([fu.status, fu.dueStart]).toEqual(['due', '2026-10-20T13:30:00.000Z']);
    expect(plan.stage).toBe('follow-up');
    expect(plan.stageLabel).toBe('Follow-up due today, by 17:30');
    expect(fu.draft?.body).toContain('dashboard project');
  });
  it('maxFollowUps 1 means no final follow-up', () => {
    const plan = planApplication(input([solo], '2026-10-14T12:00:00Z', NY, { policy: { maxFollowUps: 1 } }));
    expect(plan.steps.some((s) => s.kind === 'final-follow-up')).toBe(false);
    expect(plan.steps.filter((s) => s.kind === 'follow-up')).toHaveLength(1);
  });
  it('the final follow-up counts from when the first was actually sent', () => {
    const plan = planApplication(
      input([solo], '2026-10-23T12:00:00Z', NY, {
        decisions: { steps: { ...sentThanks, 'app/r1/follow-up': { state: 'sent', at: '2026-10-22T15:00:00Z' } } },
      }),
    );
    expect(step(plan, 'app/r1/final-follow-up').dueStart).toBe('2026-10-29T13:30:00.000Z'); // Thu 22 + 7
    expect(plan.stageLabel).toBe('Followed up; waiting until Thu 29 Oct');
  });
  it('snooze and a custom day move a step; its window keeps its length', () => {
    const plan = planApplication(
      input([solo], '2026-10-14T12:00:00Z', NY, {
        decisions: {
          steps: {
            'app/r1/follow-up': { snoozedUntil: '2026-10-22T18:00:00Z' },
            'app/r1/final-follow-up': { customDue: '2026-11-02T15:00:00Z' },
          },
        },
      }),
    );
    expect(step(plan, 'app/r1/follow-up').dueStart).toBe('2026-10-22T18:00:00.000Z');
    expect(step(plan, 'app/r1/follow-up').dueEnd).toBe('2026-10-23T02:00:00.000Z');
    expect(step(plan, 'app/r1/final-follow-up').dueStart).toBe('2026-11-02T15:00:00.000Z');
  });
  it('a stated date before the interview is not used: the default wait applies', () => {
    const plan = planApplication(
      input([solo], '2026-10-14T12:00:00Z', NY, { decisions: { statedTimeline: { text: '2026-10-01', recordedAt: '2026-10-13T16:00:00Z' } } }),
    );
    expect(step(plan, 'app/r1/follow-up').dueStart).toBe('2026-10-20T13:30:00.000Z');
    expect(plan.timeline?.explanation).toMatch(/before the interview ended, so the default wait applies/);
  });
  it('an unreadable timeline is shown back as not understood, and the default wait applies', () => {
    const plan = planApplication(
      input([solo], '2026-10-14T12:00:00Z', NY, { decisions: { statedTimeline: { text: 'soonish', recordedAt: '2026-10-13T16:00:00Z' } } }),
    );
    expect(plan.timeline?.understood).toBe(false);
    expect(step(plan, 'app/r1/follow-up').dueStart).toBe('2026-10-20T13:30:00.000Z');
    expect(step(plan, 'app/r1/follow-up').reason).toMatch(/^"soonish" names no date/);
  });
});

describe('no response', () => {
  it('after the final follow-up plus letGoAfterDays, the app lets go and says so', () => {
    const plan = planApplication(
      input([solo], '2026-11-04T14:00:00Z', NY, {
        decisions: {
          steps: {
            'app/r1/thank-you/dana-whitfield': { state: 'sent', at: '2026-10-13T20:00:00Z' },
            'app/r1/follow-up': { state: 'sent', at: '2026-10-20T14:00:00Z' },
            'app/r1/final-follow-up': { state: 'sent', at: '2026-10-27T14:00:00Z' },
          },
        },
      }),
    );
    // Final sent Tue 27 Oct; + 7 days = Tue 3 Nov 09:30.
    expect(plan.stage).toBe('no-response');
    expect(plan.note).toMatch(/stop nudging; put your energy into other applications/);
    expect(plan.nextStepId).toBeNull();
    const day_before = planApplication(
      input([solo], '2026-11-03T14:00:00Z', NY, {
        decisions: {
          steps: {
            'app/r1/follow-up': { state: 'sent', at: '2026-10-20T14:00:00Z' },
            'app/r1/final-follow-up': { state: 'sent', at: '2026-10-27T14:00:00Z' },
          },
        },
      }),
    );
    expect(day_before.stage).toBe('waiting');
    expect(day_before.stageLabel).toBe('Waiting for a reply until Tue 3 Nov');
  });
});

describe('outcomes', () => {
  it('rejection: a gracious reply within 48 hours; open follow-ups superseded', () => {
    const plan = planApplication(
      input([solo], '2026-10-20T16:00:00Z', NY, { decisions: { outcome: { kind: 'rejected', at: '2026-10-20T15:00:00Z' } } }),
    );
    const reply = step(plan, 'app/outcome/rejection-reply');
    expect([reply.dueStart, reply.dueEnd, reply.status, reply.roundId]).toEqual([
      '2026-10-20T15:00:00.000Z',
      '2026-10-22T15:00:00.000Z',
      'due',
      null,
    ]);
    expect(reply.draft?.body).toMatch(/future roles/);
    expect(step(plan, 'app/r1/follow-up').status).toBe('superseded');
    expect(step(plan, 'app/r1/final-follow-up').status).toBe('superseded');
    expect(plan.stage).toBe('rejected');
    expect(plan.stageLabel).toBe('Not selected: gracious reply due by Thu 22 Oct');
    expect(plan.nextStepId).toBe('app/outcome/rejection-reply');
  });
  it('offer and withdrawn end the cycle', () => {
    for (const kind of ['offer', 'withdrawn'] as const) {
      const plan = planApplication(input([solo], '2026-10-20T16:00:00Z', NY, { decisions: { outcome: { kind, at: '2026-10-19T15:00:00Z' } } }));
      expect(plan.stage).toBe(kind);
      expect(plan.nextStepId).toBeNull();
      expect(plan.steps.every((s) => !['upcoming', 'due', 'overdue'].includes(s.status))).toBe(true);
    }
  });
});

describe('heard back, new rounds, cancellations', () => {
  it('heard back cancels the pending follow-ups of that round', () => {
    const plan = planApplication(input([solo], '2026-10-16T16:00:00Z', NY, {
      decisions: { heardBackAt: '2026-10-15T18:00:00Z', steps: { 'app/r1/thank-you/dana-whitfield': { state: 'sent' } } },
    }));
    expect(step(plan, 'app/r1/follow-up').status).toBe('skipped');
    expect(step(plan, 'app/r1/final-follow-up').status).toBe('skipped');
    expect(step(plan, 'app/r1/follow-up').reason).toMatch(/^You heard back on Thu 15 Oct/);
    expect(plan.stageLabel).toMatch(/^Heard back on Thu 15 Oct/);
  });
  it("a later round supersedes the earlier round's follow-ups; its thank-you stays valid", () => {
    const r2 = interview('r2', '2026-10-18T14:00:00Z', '2026-10-18T15:00:00Z', { round: 2 });
    const plan = planApplication(input([r2, solo], '2026-10-13T16:00:00Z', NY));
    expect(step(plan, 'app/r1/thank-you/dana-whitfield').status).toBe('due');
    expect(step(plan, 'app/r1/follow-up').status).toBe('superseded');
    expect(step(plan, 'app/r1/follow-up').reason).toMatch(/^They invited you to another interview \(Sun 18 Oct\)/);
    expect(step(plan, 'app/r2/follow-up').dueStart).toBe('2026-10-26T13:30:00.000Z'); // Sun 18 + 7 = Sun 25 → Mon 26
    // Once round 2 has started, an unsent round-1 thank-you is superseded too.
    const later = planApplication(input([r2, solo], '2026-10-18T14:30:00Z', NY));
    expect(step(later, 'app/r1/thank-you/dana-whitfield').status).toBe('superseded');
  });
  it('a next round booked after the first follow-up date still means they replied: no follow-up is owed', () => {
    const r2 = interview('r2', '2026-11-02T15:00:00Z', '2026-11-02T16:00:00Z', { round: 2 });
    const plan = planApplication(input([r2, solo], '2026-10-23T16:00:00Z', NY));
    expect(step(plan, 'app/r1/follow-up').status).toBe('superseded');
    expect(step(plan, 'app/r1/final-follow-up').status).toBe('superseded');
    expect(plan.stage).toBe('scheduled');
    expect(plan.steps.filter((s) => s.status === 'overdue')).toEqual([]);
  });
  it('a cancelled interview removes its steps', () => {
    const r2 = interview('r2', '2026-10-18T14:00:00Z', '2026-10-18T15:00:00Z', { round: 2, status: 'cancelled' });
    const plan = planApplication(input([solo, r2], '2026-10-13T16:00:00Z', NY));
    expect(plan.steps.some((s) => s.roundId === 'r2')).toBe(false);
    expect(step(plan, 'app/r1/follow-up').status).toBe('upcoming');
  });
});

describe('channel', () => {
  it('phone when every round was by phone; the user choice wins otherwise', () => {
    const phone = interview('r1', solo.start, solo.end, { kind: 'phone' });
    const plan = planApplication(input([phone], '2026-10-13T16:00:00Z', NY));
    expect(plan.steps.every((s) => s.channel === 'phone')).toBe(true);
    expect(step(plan, 'app/r1/thank-you/dana-whitfield').draft?.mailto).toBeUndefined();
    const li = planApplication(input([phone], '2026-10-13T16:00:00Z', NY, { app: { channel: 'linkedin' } }));
    expect(li.steps.every((s) => s.channel === 'linkedin')).toBe(true);
    const card = planApplication(input([solo], '2026-10-13T16:00:00Z', NY, { app: { channel: 'handwritten' } }));
    expect(step(card, 'app/r1/thank-you/dana-whitfield').channel).toBe('handwritten');
    expect(step(card, 'app/r1/follow-up').channel).toBe('email'); // a card is for thanks only
  });
});
