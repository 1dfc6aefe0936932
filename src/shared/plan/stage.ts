import type { OutcomeKind } from '../domain/application';
import type { Stage } from '../domain/plan';
import type { Policy } from '../domain/settings';
import { dayOf, formatDay, formatInstant, formatTime, ms, type WorkCalendar } from './calendar';
import type { Round, WorkingStep } from './planner';
import { letGoNote } from './reasons';

/** Where an application stands, in one word and one short line the user can act on. */

export interface StageInput {
  ctx: { cal: WorkCalendar; nowMs: number; outcome: { kind: OutcomeKind; at: string } | undefined; policy: Policy };
  rounds: Round[];
  steps: WorkingStep[];
  letGoMs: number | null;
  heardBackRound: Round | null;
  heardBackAt: string | undefined;
}

export interface StageReading {
  stage: Stage;
  label: string;
  note?: string;
}

const isOpen = (s: WorkingStep): boolean => s.status === 'upcoming' || s.status === 'due' || s.status === 'overdue';

function onDay(atIso: string, cal: WorkCalendar): string {
  const t = ms(atIso);
  return Number.isFinite(t) ? ` on ${formatDay(dayOf(t, cal))}` : '';
}

function dueWords(s: WorkingStep, cal: WorkCalendar, nowMs: number): string {
  const today = dayOf(nowMs, cal);
  if (s.status === 'overdue') return 'overdue';
  if (s.status === 'due') {
    return dayOf(s.endMs, cal) === today ? `due today, by ${formatTime(s.endMs, cal)}` : `due by ${formatInstant(s.endMs, cal)}`;
  }
  return dayOf(s.startMs, cal) === today ? 'due today' : `due ${formatDay(dayOf(s.startMs, cal))}`;
}

function thankYouLabel(open: WorkingStep[], cal: WorkCalendar, nowMs: number): StageReading {
  const first = open.find((s) => s.status === 'overdue') ?? open[0]!;
  const what = open.length > 1 ? `Thank-you notes (${open.length})` : 'Thank-you note';
  return { stage: 'thank-you', label: `${what} ${dueWords(first, cal, nowMs)}` };
}

/** The stage of one application and its label ("Waiting until Fri 23 Oct"). */
export function stageOf(input: StageInput): StageReading {
  const { cal, nowMs, outcome } = input.ctx;
  if (outcome) {
    if (outcome.kind === 'offer') return { stage: 'offer', label: `Offer received${onDay(outcome.at, cal)}` };
    if (outcome.kind === 'withdrawn') return { stage: 'withdrawn', label: `Withdrawn${onDay(outcome.at, cal)}` };
    const reply = input.steps.find((s) => s.kind === 'rejection-reply');
    if (reply && isOpen(reply)) {
      const when = reply.status === 'overdue' ? 'overdue' : `due by ${formatDay(dayOf(reply.endMs, cal))}`;
      return { stage: 'rejected', label: `Not selected: gracious reply ${when}` };
    }
    return { stage: 'rejected', label: reply?.status === 'done' ? 'Not selected: reply sent' : 'Not selected' };
  }
  const last = input.rounds[input.rounds.length - 1];
  if (!last) return { stage: 'scheduled', label: 'No interview on the calendar' };
  const openThanks = input.steps.filter((s) => s.kind === 'thank-you' && isOpen(s) && s.status !== 'upcoming');
  if (nowMs < last.endMs) {
    if (openThanks.length > 0) return thankYouLabel(openThanks, cal, nowMs);
    if (nowMs >= last.startMs) return { stage: 'scheduled', label: 'Interview in progress' };
    return { stage: 'scheduled', label: `Interview on ${formatInstant(last.startMs, cal)}` };
  }
  const lastThanks = input.steps.filter((s) => s.kind === 'thank-you' && s.round === last && isOpen(s));
  if (lastThanks.length > 0) return thankYouLabel(lastThanks, cal, nowMs);
  if (input.heardBackRound === last && input.heardBackAt) {
    return { stage: 'waiting', label: `Heard back${onDay(input.heardBackAt, cal)}; waiting for their next step` };
  }
  const first = input.steps.find((s) => s.round === last && s.kind === 'follow-up');
  const final = input.steps.find((s) => s.round === last && s.kind === 'final-follow-up');
  if (first && isOpen(first)) {
    if (first.status === 'upcoming') return { stage: 'waiting', label: `Waiting until ${formatDay(dayOf(first.startMs, cal))}` };
    return { stage: 'follow-up', label: `Follow-up ${dueWords(first, cal, nowMs)}` };
  }
  if (final && isOpen(final)) {
    if (final.status === 'upcoming') {
      return { stage: 'waiting', label: `Followed up; waiting until ${formatDay(dayOf(final.startMs, cal))}` };
    }
    return { stage: 'final-follow-up', label: `Final follow-up ${dueWords(final, cal, nowMs)}` };
  }
  if (input.letGoMs !== null && nowMs >= input.letGoMs) {
    return { stage: 'no-response', label: 'No response: time to let it go', note: letGoNote() };
  }
  if (input.letGoMs !== null) {
    return { stage: 'waiting', label: `Waiting for a reply until ${formatDay(dayOf(input.letGoMs, cal))}` };
  }
  return { stage: 'waiting', label: 'Waiting for their reply' };
}
