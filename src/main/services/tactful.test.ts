import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain/event';
import { createEngine } from '../engine';

const ROOT = resolve(__dirname, '../../..');
const NOW = '2026-10-13T13:30:00.000Z';
const owner = { email: 'sam.rivera@gmail.com', name: 'Sam Rivera' };

function engine(sample = false) {
  return createEngine({
    dataDir: mkdtempSync(join(tmpdir(), 'tactful-svc-')),
    resourcesDir: join(ROOT, 'resources'),
    sampleOnFirstRun: sample,
    clock: () => new Date(NOW),
    timeZone: 'America/New_York',
    locale: 'en-US',
  });
}

function interviewEvent(id: string, over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    source: 'google',
    calendarId: 'primary',
    status: 'confirmed',
    summary: 'Phone Screen - Data Analyst - Globex',
    description: 'Scheduled via Greenhouse. Hannah Lee will call you.',
    location: '',
    start: { dateTime: '2026-10-06T10:00:00-04:00', timeZone: 'America/New_York' },
    end: { dateTime: '2026-10-06T10:30:00-04:00', timeZone: 'America/New_York' },
    organizer: { email: 'hannah.lee@globex.com', displayName: 'Hannah Lee' },
    attendees: [
      { email: 'hannah.lee@globex.com', displayName: 'Hannah Lee', organizer: true },
      { email: owner.email, displayName: owner.name, self: true },
    ],
    conferenceEntryPoints: [],
    eventType: 'default',
    ...over,
  };
}
const standup: CalendarEvent = { ...interviewEvent('standup1'), summary: 'Team standup', description: '', attendees: [] };
const batch = (events: CalendarEvent[], complete = true) => ({ source: 'google' as const, calendarId: 'primary', owner, events, complete });

describe('TactfulService.ingest', () => {
  it('turns interviews into applications and ignores ordinary events', () => {
    const { service } = engine();
    const result = service.ingest(batch([interviewEvent('evt1'), standup]));
    expect(result).toMatchObject({ events: 2, interviews: 1, added: 1 });
    const [view] = service.views();
    expect(view!.application).toMatchObject({ company: 'Globex', role: 'Data Analyst' });
    expect(view!.interviews[0]).toMatchObject({ kind: 'phone', review: 'suggested', round: 1, start: '2026-10-06T14:00:00.000Z' });
    expect(view!.plan.steps.map((s) => s.kind)).toContain('thank-you');
  });

  it('groups a later round of the same company and role into the same application', () => {
    const { service } = engine();
    service.ingest(
      batch([
        interviewEvent('evt1'),
        interviewEvent('evt2', {
          summary: 'Globex Panel Interview - Data Analyst',
          start: { dateTime: '2026-10-14T10:00:00-04:00' },
          end: { dateTime: '2026-10-14T11:00:00-04:00' },
        }),
      ]),
    );
    const views = service.views();
    expect(views).toHaveLength(1);
    expect(views[0]!.interviews.map((i) => i.round)).toEqual([1, 2]);
  });

  it('names a round synced later after the employer an earlier sync spelled, and groups it with it', () => {
    const { service } = engine();
    const renata = { email: 'renata@glcold.com', displayName: 'Renata Salgado', organizer: true };
    const round = (id: string, summary: string, description: string, day: string): CalendarEvent =>
      interviewEvent(id, {
        summary,
        description,
        organizer: renata,
        attendees: [renata, { email: owner.email, self: true }],
        start: { dateTime: `${day}T10:00:00-05:00` },
        end: { dateTime: `${day}T11:00:00-05:00` },
      });
    service.ingest(batch([round('r1', 'Recruiter Screen – Operations Finance Manager', 'Thanks for applying to Great Lakes Cold Storage. This phone interview covers the role.', '2026-10-06')]));
    // Only the new round comes in the incremental sync; its invite never spells the name.
    service.ingest(batch([round('r2', 'Follow up – Sam Rivera', 'This is your second-round interview for the role, with our VP Finance.', '2026-10-14')], false));
    const views = service.views();
    expect(views).toHaveLength(1);
    expect(views[0]!.application.company).toBe('Great Lakes Cold');
    expect(views[0]!.interviews.map((i) => i.round)).toEqual([1, 2]);
  });

  it('syncs an invite from an absurdly long domain without failing on the names it remembers', () => {
    const { service } = engine();
    const word = `Zz${'q'.repeat(320)}`;
    const sender = { email: `ruth@${word.toLowerCase()}.com`, displayName: 'Ruth Ames', organizer: true };
    const result = service.ingest(
      batch([interviewEvent('long', { summary: `${word} – Phone Screen`, description: `Thanks for applying to ${word}.`, organizer: sender, attendees: [sender, { email: owner.email, self: true }] })]),
    );
    expect(result.interviews).toBe(1);
    expect(service.read().interviews).toHaveLength(1);
  });

  it("keeps a new employer's interviews from before the owner joined it through an incremental sync", () => {
    const { service } = engine();
    const at = (day: string) => ({ start: { dateTime: `${day}T09:00:00-05:00` }, end: { dateTime: `${day}T10:00:00-05:00` } });
    const derek = { email: 'derek.olmstead@corvanta.com', displayName: 'Derek Olmstead', organizer: true };
    const pat = { email: 'pat.lee@oldworks.com', displayName: 'Pat Lee', organizer: true };
    const me = { email: owner.email, self: true };
    const weekly = (id: string, who: typeof derek, summary: string, day: string): CalendarEvent =>
      interviewEvent(id, { summary, description: '', recurringEventId: `${who.email}-weekly`, organizer: who, attendees: [who, me], ...at(day) });
    const round = (summary: string): CalendarEvent =>
      interviewEvent('round', { summary, description: 'Looking forward to talking about the Accounting Manager role.', organizer: derek, attendees: [derek, me], ...at('2026-06-22') });
    service.ingest(batch([
      weekly('o1', pat, 'Close checklist', '2026-06-02'), weekly('o2', pat, 'Close checklist', '2026-06-09'),
      round('Interview - Accounting Manager'),
      // The owner starts at Corvanta in September: its staff meeting is their routine from then on.
      weekly('n1', derek, 'Corporate Accounting - weekly staff mtg', '2026-09-08'), weekly('n2', derek, 'Corporate Accounting - weekly staff mtg', '2026-09-15'),
    ]));
    expect(service.read().interviews.map((i) => i.eventId)).toEqual(['round']);
    expect(service.read().colleagueSince?.['google:primary']).toEqual({ 'corvanta.com': Date.parse('2026-09-08T09:00:00-05:00') });
    // Only the edited round comes in the next sync: the store still knows when Corvanta became the owner's employer.
    service.ingest(batch([round('Interview - Accounting Manager (moved)')], false));
    expect(service.read().interviews.map((i) => [i.eventId, i.title])).toEqual([['round', 'Interview - Accounting Manager (moved)']]);
  });

  it('keeps the user\'s confirmation and corrections through every later sync', () => {
    const { service } = engine();
    service.ingest(batch([interviewEvent('evt1')]));
    const id = service.read().interviews[0]!.id;
    service.reviewInterview(id, 'confirm', { company: 'Globex Corporation', role: 'Senior Data Analyst', kind: 'video' });
    service.ingest(batch([interviewEvent('evt1', { summary: 'Phone Screen - Data Analyst - Globex (updated)' })]));
    const [view] = service.views();
    expect(view!.application).toMatchObject({ company: 'Globex Corporation', role: 'Senior Data Analyst' });
    expect(view!.interviews[0]).toMatchObject({ review: 'confirmed', kind: 'video', title: 'Phone Screen - Data Analyst - Globex (updated)' });
  });

  it('never suggests a dismissed event again', () => {
    const { service } = engine();
    service.ingest(batch([interviewEvent('evt1')]));
    service.reviewInterview(service.read().interviews[0]!.id, 'dismiss');
    expect(service.views()).toEqual([]);
    service.ingest(batch([interviewEvent('evt1', { summary: 'Globex interview - moved' })]));
    service.ingest(batch([interviewEvent('evt1')], false));
    expect(service.read().interviews).toEqual([]);
    expect(service.overview().review).toEqual([]);
  });

  it('a full snapshot removes what vanished: suggestions go, confirmed rounds stay as cancelled', () => {
    const { service } = engine();
    service.ingest(batch([interviewEvent('evt1'), interviewEvent('evt9', { summary: 'Initech - QA Engineer - Interview', organizer: { email: 'bill@initech.com' }, attendees: [{ email: 'bill@initech.com', displayName: 'Bill Lumbergh', organizer: true }, { email: owner.email, self: true }] })]));
    expect(service.views()).toHaveLength(2);
    service.reviewInterview(service.read().interviews.find((i) => i.eventId === 'evt1')!.id, 'confirm');
    const result = service.ingest(batch([standup]));
    expect(result.removed).toBe(1);
    const left = service.read().interviews;
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ eventId: 'evt1', status: 'cancelled' });
    expect(service.views()[0]!.plan.steps.filter((s) => s.roundId === left[0]!.id && s.status !== 'superseded')).toEqual([]);
  });

  it('a cancelled instance (tombstone) cancels the round and removes its steps', () => {
    const { service } = engine();
    service.ingest(batch([interviewEvent('evt1')]));
    service.reviewInterview(service.read().interviews[0]!.id, 'confirm');
    service.ingest(batch([{ ...interviewEvent('evt1'), status: 'cancelled' }], false));
    expect(service.read().interviews[0]!.status).toBe('cancelled');
    expect(service.reminders()).toEqual([]);
  });

  it('merges and splits applications, and the grouping sticks', () => {
    const { service } = engine();
    service.ingest(
      batch([
        interviewEvent('evt1'),
        interviewEvent('evt2', { summary: 'Interview - Business Analyst - Globex', start: { dateTime: '2026-10-08T10:00:00-04:00' }, end: { dateTime: '2026-10-08T11:00:00-04:00' } }),
      ]),
    );
    let views = service.views();
    if (views.length === 1) {
      service.splitInterview(views[0]!.interviews[1]!.id);
      views = service.views();
    }
    expect(views).toHaveLength(2);
    service.mergeApplications(views[0]!.application.id, [views[1]!.application.id]);
    expect(service.views()).toHaveLength(1);
    service.ingest(batch([interviewEvent('evt1'), interviewEvent('evt2', { summary: 'Interview - Business Analyst - Globex', start: { dateTime: '2026-10-08T10:00:00-04:00' }, end: { dateTime: '2026-10-08T11:00:00-04:00' } })]));
    expect(service.views()).toHaveLength(1);
  });

  it('records what the user knows and re-plans from it', () => {
    const { service } = engine();
    service.ingest(batch([interviewEvent('evt1')]));
    const app = service.views()[0]!;
    const thankYou = app.plan.steps.find((s) => s.kind === 'thank-you')!;
    service.markStep(app.application.id, thankYou.id, 'sent');
    service.setStatedTimeline(app.application.id, 'within two weeks');
    let plan = service.views()[0]!.plan;
    expect(plan.steps.find((s) => s.id === thankYou.id)!.status).toBe('done');
    expect(plan.timeline?.understood).toBe(true);
    service.recordOutcome(app.application.id, 'rejected');
    plan = service.views()[0]!.plan;
    expect(plan.stage).toBe('rejected');
    expect(plan.steps.some((s) => s.kind === 'rejection-reply')).toBe(true);
    expect(() => service.markStep(app.application.id, 'no-such-step', 'sent')).toThrow(/has no step/);
    expect(() => service.recordHeardBack('app-nope', true)).toThrow(/no application/);
  });
});

describe('sample mode', () => {
  it('opens with a job seeker in several stages, and one suggestion to review', () => {
    const { service } = engine(true);
    const overview = service.overview();
    expect(overview.sampleMode).toBe(true);
    const stages = new Set(overview.applications.map((a) => a.plan.stage));
    expect(stages.size).toBeGreaterThanOrEqual(6);
    for (const stage of ['follow-up', 'thank-you', 'waiting', 'rejected', 'scheduled', 'no-response', 'offer']) expect(stages).toContain(stage);
    expect(overview.review.length).toBeGreaterThanOrEqual(1);
  });

  it('is left in one step, and automatically when real data arrives', () => {
    const a = engine(true).service;
    a.setSampleMode(false, () => {
      throw new Error('not needed');
    });
    expect(a.overview()).toMatchObject({ sampleMode: false, applications: [] });

    const b = engine(true).service;
    b.ingest(batch([interviewEvent('evt1')]));
    expect(b.overview().sampleMode).toBe(false);
    expect(b.views().map((v) => v.application.company)).toEqual(['Globex']);
  });
});

describe('sample mode across launches', () => {
  it('stays left once the user leaves it, even if they never opened Review', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tactful-svc-'));
    const open = () =>
      createEngine({ dataDir, resourcesDir: join(ROOT, 'resources'), sampleOnFirstRun: true, clock: () => new Date(NOW), timeZone: 'America/New_York', locale: 'en-US' });
    const first = open().service;
    expect(first.overview().sampleMode).toBe(true);
    first.setSampleMode(false, () => {
      throw new Error('not needed');
    });
    const second = open().service;
    expect(second.overview()).toMatchObject({ sampleMode: false, applications: [] });
  });
});

describe('reminders', () => {
  it('one per open step (not the interview itself), with stable fingerprints', () => {
    const { service } = engine(true);
    const reminders = service.reminders();
    const open = service.views().flatMap((v) => v.plan.steps.filter((s) => ['upcoming', 'due', 'overdue'].includes(s.status) && s.kind !== 'ask-timeline'));
    expect(reminders.map((r) => r.stepId).sort()).toEqual(open.map((s) => s.id).sort());
    expect(service.reminders()).toEqual(reminders);
    expect(new Set(reminders.map((r) => r.stepId)).size).toBe(reminders.length);
  });
});
