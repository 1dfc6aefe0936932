import { planApplication } from '../../shared/plan';
import type { ApplicationPlan, PlannedStep } from '../../shared/domain/plan';
import type { Reminder } from '../../shared/domain/reminder';
import type { StoreData } from '../../shared/domain/store';
import type { ApplicationView, Overview, ReviewItem, SyncStatus } from '../../shared/ipc/contract';
import { fingerprintOf } from './fingerprint';

export interface Moment {
  now: string;
  timeZone: string;
  locale: string;
}

/** Plans every application as of `now`: the plan is derived, never stored. */
export function planAll(data: StoreData, moment: Moment): ApplicationView[] {
  const byApp = new Map<string, StoreData['interviews']>();
  for (const interview of data.interviews) {
    const list = byApp.get(interview.applicationId) ?? [];
    list.push(interview);
    byApp.set(interview.applicationId, list);
  }
  return data.applications.map((application) => {
    const interviews = (byApp.get(application.id) ?? []).slice().sort((a, b) => a.start.localeCompare(b.start));
    const plan = planApplication({
      application,
      interviews,
      policy: data.settings.policy,
      profile: data.settings.profile,
      now: moment.now,
      timeZone: moment.timeZone,
    });
    return { application, interviews, plan };
  });
}

/** Everything the window shows, in one answer. */
export function buildOverview(
  data: StoreData,
  moment: Moment,
  applications: ApplicationView[],
  sync: SyncStatus,
  notice?: string,
): Overview {
  const companyOf = new Map(data.applications.map((a) => [a.id, a]));
  const review: ReviewItem[] = data.interviews
    .filter((i) => i.review === 'suggested' && i.status === 'scheduled')
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((interview) => ({
      interview,
      company: companyOf.get(interview.applicationId)?.company ?? 'Unknown company',
      role: companyOf.get(interview.applicationId)?.role ?? null,
      isNew: !data.reviewSeenAt || interview.detectedAt > data.reviewSeenAt,
    }));
  return {
    now: moment.now,
    timeZone: moment.timeZone,
    locale: moment.locale,
    sampleMode: data.sampleMode,
    applications,
    review,
    sync,
    ...(notice ? { notice } : {}),
  };
}

const OPEN = new Set<PlannedStep['status']>(['upcoming', 'due', 'overdue']);
const REMINDER_MINUTES = 15;

/**
 * One reminder per open step. "Ask for their timeline" is left out: it belongs to the
 * interview itself, which is already in the user's calendar.
 */
export function remindersFrom(views: ApplicationView[], timeZone: string, docsUrl: string): Reminder[] {
  const reminders: Reminder[] = [];
  for (const { application, plan } of views) {
    for (const step of plan.steps) {
      if (!OPEN.has(step.status) || step.kind === 'ask-timeline') continue;
      const start = step.dueStart;
      const end = new Date(Date.parse(start) + REMINDER_MINUTES * 60_000).toISOString();
      const base = {
        stepId: step.id,
        applicationId: application.id,
        roundId: step.roundId,
        kind: step.kind,
        title: titleFor(step, application.company, application.role),
        description: describe(step, plan),
        start,
        end,
        timeZone,
        categories: ['Tactful', labelOf(step.kind)],
        url: `${docsUrl}#${step.kind}`,
        alarmMinutesBefore: 10,
      };
      reminders.push({ ...base, fingerprint: fingerprintOf(base) });
    }
  }
  return reminders.sort((a, b) => a.start.localeCompare(b.start) || a.stepId.localeCompare(b.stepId));
}

const LABELS: Record<PlannedStep['kind'], string> = {
  'ask-timeline': 'Ask for their timeline',
  'thank-you': 'Thank-you note',
  'follow-up': 'Follow-up',
  'final-follow-up': 'Final follow-up',
  'rejection-reply': 'Reply to the rejection',
};

/** The step kind in words. */
export const labelOf = (kind: PlannedStep['kind']): string => LABELS[kind];

function titleFor(step: PlannedStep, company: string, role: string | null): string {
  const who = step.interviewer ? ` to ${step.interviewer}` : '';
  return `${labelOf(step.kind)}${who} · ${company}${role ? ` (${role})` : ''}`;
}

function describe(step: PlannedStep, plan: ApplicationPlan): string {
  const parts = [`Why now: ${step.reason}`, `Stage: ${plan.stageLabel}`];
  if (step.draft) parts.push('', `Draft${step.draft.subject ? ` (subject: ${step.draft.subject})` : ''}:`, step.draft.body);
  else parts.push('', 'Tactful will have a draft ready for you when this step comes up.');
  parts.push('', 'Mark it sent in Tactful when done.');
  return parts.join('\n');
}
