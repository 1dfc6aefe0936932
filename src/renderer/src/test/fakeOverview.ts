import type { ApplicationView, Overview, ReviewItem } from '../../../shared/ipc/contract';
import type { Interview } from '../../../shared/domain/application';
import type { PlannedStep, Stage, StepStatus } from '../../../shared/domain/plan';

/**
 * Overviews shaped like the planner's output, for unit tests of the renderer's pure logic
 * (never shipped: nothing in the app imports this file).
 */

const DAY = 86_400_000;
export const FAKE_NOW = '2026-10-13T08:00:00.000Z';
const now = Date.parse(FAKE_NOW);
const at = (days: number, hours = 0) => new Date(now + days * DAY + hours * 3_600_000).toISOString();

export function fakeInterview(appId: string, n: number, days: number, extra: Partial<Interview> = {}): Interview {
  return {
    id: `sample:cal:${appId}-${n}`,
    applicationId: appId,
    source: 'sample',
    calendarId: 'cal',
    eventId: `${appId}-${n}`,
    title: `Interview: ${appId}`,
    start: at(days),
    end: at(days, 1),
    timeZone: 'Europe/London',
    kind: 'video',
    interviewers: [{ name: 'Dana Whitfield', email: 'dana@example.com' }],
    round: n,
    status: 'scheduled',
    confidence: 0.92,
    reasons: ['The title says “Interview”.', 'An outside company’s address organised it.'],
    review: 'confirmed',
    detectedAt: at(days - 5),
    ...extra,
  };
}

export function fakeStep(appId: string, kind: PlannedStep['kind'], startDays: number, status: StepStatus, extra: Partial<PlannedStep> = {}): PlannedStep {
  return {
    id: `${appId}/r1/${kind}`,
    kind,
    roundId: `sample:cal:${appId}-1`,
    dueStart: at(startDays),
    dueEnd: at(startDays + (kind === 'thank-you' ? 1 : 2)),
    status,
    channel: 'email',
    reason: `${kind} is due now — Following Up After Job Interviews: Etiquette and Strategies`,
    source: 'etiquette-and-strategies',
    draft: { subject: `Thank you — ${appId}`, body: `Dear Dana,\n\nThank you for your time.\n\nBest,\nSam`, mailto: `mailto:dana@example.com?subject=Thank%20you` },
    ...extra,
  };
}

export function fakeView(
  id: string,
  company: string,
  stage: Stage,
  steps: PlannedStep[],
  interviews: Interview[],
  role: string | null = 'Data Analyst',
): ApplicationView {
  const next = steps.find((s) => s.status === 'overdue' || s.status === 'due' || s.status === 'upcoming');
  return {
    application: { id, company, role, notes: '', decisions: { steps: {} }, createdAt: at(-30) },
    interviews,
    plan: { applicationId: id, stage, stageLabel: stage, steps, nextStepId: next?.id ?? null },
  };
}

/** A handful of applications, one per interesting stage. */
export function fakeOverview(count = 0): Overview {
  const apps: ApplicationView[] = [
    fakeView('globex', 'Globex', 'follow-up', [fakeStep('globex', 'thank-you', -8, 'done', { doneAt: at(-8) }), fakeStep('globex', 'follow-up', 0, 'due')], [fakeInterview('globex', 1, -9)]),
    fakeView('initech', 'Initech', 'thank-you', [fakeStep('initech', 'thank-you', -3, 'overdue'), fakeStep('initech', 'follow-up', 11, 'upcoming')], [fakeInterview('initech', 1, -3)], 'QA Engineer'),
    fakeView('hooli', 'Hooli', 'waiting', [fakeStep('hooli', 'thank-you', -4, 'done', { doneAt: at(-4) }), fakeStep('hooli', 'follow-up', 5, 'upcoming')], [fakeInterview('hooli', 1, -5)], 'Product Manager'),
    fakeView('stark', 'Stark Logistics', 'rejected', [fakeStep('stark', 'rejection-reply', -1, 'due')], [fakeInterview('stark', 1, -12)], null),
  ];
  for (let i = 0; i < count; i++) {
    const id = `bulk-${i}`;
    const offset = (i % 40) - 20;
    apps.push(
      fakeView(id, `Company ${String(i).padStart(4, '0')}`, 'waiting', [fakeStep(id, 'thank-you', offset + 1, 'done'), fakeStep(id, 'follow-up', offset + 8, offset + 8 < 0 ? 'overdue' : 'upcoming')], [fakeInterview(id, 1, offset)]),
    );
  }
  const review: ReviewItem[] = [
    { interview: fakeInterview('umbrella', 1, 2, { review: 'suggested', confidence: 0.64 }), company: 'Umbrella', role: null, isNew: true },
  ];
  return {
    now: FAKE_NOW,
    timeZone: 'Europe/London',
    locale: 'en-GB',
    sampleMode: true,
    applications: apps,
    review,
    sync: { google: 'disconnected', configured: false, running: false, pendingWrites: 0 },
  };
}
