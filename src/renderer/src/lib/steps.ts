import type { ApplicationView } from '../../../shared/ipc/contract';
import { STAGES } from '../../../shared/domain/stages';
import type { PlannedStep, Stage } from '../../../shared/domain/plan';
import type { StepKind } from '../../../shared/domain/application';
import { DAY_MS } from './format';

/** What the user must do, in their words. */
export const stepTitles: Record<StepKind, string> = {
  'ask-timeline': 'Ask when you will hear back',
  'thank-you': 'Send a thank-you note',
  'follow-up': 'Follow up',
  'final-follow-up': 'Send the final follow-up',
  'rejection-reply': 'Reply graciously to the rejection',
};

/** Lane glyphs, as in UI.md's legend; always shown next to words somewhere on screen. */
export const stepGlyphs: Record<StepKind, string> = {
  'ask-timeline': '?',
  'thank-you': '✉',
  'follow-up': '●',
  'final-follow-up': '○',
  'rejection-reply': '✉',
};

/** Source articles by id, with their titles (ETIQUETTE.md). */
export const articleTitles: Record<string, string> = {
  'is-it-rude-to-follow-up': 'Is It Rude To Follow Up On A Job Interview?',
  'is-it-ever-appropriate-to-follow-up': 'Is It Ever Appropriate to Follow Up After a Job Interview',
  'follow-up-without-being-annoying': 'How to Follow Up After a Job Interview Without Being Annoying',
  'should-you-follow-up': 'Should You Follow Up After a Job Interview?',
  'etiquette-and-strategies': 'Following Up After Job Interviews: Etiquette and Strategies',
};

/** The rule behind each kind of step, in plain words, for "Why?". */
export const stepRules: Record<StepKind, string> = {
  'ask-timeline':
    'At the end of an interview, ask when you are likely to hear back. Their answer sets how long to wait before following up.',
  'thank-you':
    'Send a brief thank-you within a day of the interview: gratitude, renewed interest, one specific point from the conversation. One note per interviewer beats one for all.',
  'follow-up':
    'Wait until the timeline they gave you has passed (about a week if they gave none), then follow up once, adding something of value rather than just asking for news.',
  'final-follow-up':
    'If there was no reply, one more note a week or two later is fine. After that, stop: more than two follow-ups reads as pressure.',
  'rejection-reply':
    'Reply to a rejection within a day or two: thank them, keep the door open, and ask to be considered for future roles. Do not burn bridges.',
};

export const stageNames: Record<Stage, string> = {
  scheduled: 'Scheduled',
  'thank-you': 'Thank-you due',
  waiting: 'Waiting',
  'follow-up': 'Follow-up due',
  'final-follow-up': 'Final follow-up',
  'no-response': 'No response',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const stageOrder: readonly Stage[] = STAGES;

/** Title of a step, naming the interviewer for per-person thank-you notes. */
export function stepTitle(step: PlannedStep): string {
  const base = stepTitles[step.kind];
  return step.interviewer && step.kind === 'thank-you' ? `Send a thank-you note to ${step.interviewer}` : base;
}

export const isOpen = (s: PlannedStep) => s.status === 'due' || s.status === 'overdue' || s.status === 'upcoming';

export type Urgency = 'overdue' | 'due' | 'soon';

export interface TodoItem {
  view: ApplicationView;
  step: PlannedStep;
  urgency: Urgency;
}

const urgencyRank: Record<Urgency, number> = { overdue: 0, due: 1, soon: 2 };

/**
 * What to do now, in order: overdue first (oldest first), then due, then what opens within
 * `soonDays`. Upcoming steps further out stay on the timeline, not on Today.
 */
export function todoItems(apps: ApplicationView[], nowIso: string, soonDays = 7): TodoItem[] {
  const horizon = Date.parse(nowIso) + soonDays * DAY_MS;
  const items: TodoItem[] = [];
  for (const view of apps) {
    for (const step of view.plan.steps) {
      if (step.kind === 'ask-timeline') continue; // said in the interview itself, not sent afterwards
      if (step.status === 'overdue') items.push({ view, step, urgency: 'overdue' });
      else if (step.status === 'due') items.push({ view, step, urgency: 'due' });
      else if (step.status === 'upcoming' && Date.parse(step.dueStart) <= horizon) items.push({ view, step, urgency: 'soon' });
    }
  }
  return items.sort(
    (a, b) =>
      urgencyRank[a.urgency] - urgencyRank[b.urgency] ||
      Date.parse(a.step.dueEnd) - Date.parse(b.step.dueEnd) ||
      Date.parse(a.step.dueStart) - Date.parse(b.step.dueStart) ||
      a.view.application.company.localeCompare(b.view.application.company),
  );
}

/** Count for the Today badge: what is due or overdue now (not what is merely coming). */
export function dueCount(apps: ApplicationView[]): number {
  let n = 0;
  for (const v of apps) for (const s of v.plan.steps) if (s.kind !== 'ask-timeline' && (s.status === 'due' || s.status === 'overdue')) n++;
  return n;
}

/** The plan's next open step, if any. */
export function nextStep(view: ApplicationView): PlannedStep | undefined {
  const id = view.plan.nextStepId;
  return id ? view.plan.steps.find((s) => s.id === id) : undefined;
}

/** Honest but calm words for an overdue step (UI.md: "a late thank-you is still better than none"). */
export function overdueNote(step: PlannedStep, daysLate: number): string {
  const late = daysLate <= 0 ? 'Its window closed today' : daysLate === 1 ? '1 day past its window' : `${daysLate} days past its window`;
  if (step.kind === 'thank-you') return `${late}; a late thank-you is still better than none.`;
  if (step.kind === 'rejection-reply') return `${late}; a gracious reply is still welcome.`;
  return `${late}; sending it now is still fine.`;
}

/** The text copied by "Copy draft": subject line, blank line, body. */
export function draftText(step: PlannedStep): string {
  if (!step.draft) return '';
  return step.draft.subject ? `Subject: ${step.draft.subject}\n\n${step.draft.body}` : step.draft.body;
}
