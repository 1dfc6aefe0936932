import type { Application, Channel, Interview, StepDecision, StepKind } from '../domain/application';
import type { ApplicationPlan, PlannedStep, StepStatus, TimelineReading } from '../domain/plan';
import type { Policy, Profile } from '../domain/settings';
import {
  addDays,
  businessDayOnOrAfter,
  dayOf,
  formatDay,
  formatLongDay,
  iso,
  ms,
  workCalendarFor,
  workdayEndOn,
  workdayStartOn,
  type Day,
  type WorkCalendar,
} from './calendar';
import { draftFor, topicFromNotes } from './drafts';
import { slug, stepIdFor } from './ids';
import { howLate, reasons, type Reason } from './reasons';
import { stageOf } from './stage';
import { readStatedTimeline } from './timeline';

/** Everything one application's plan depends on; nothing else (no clock, no I/O). */
export interface PlanInput {
  application: Application;
  /** This application's rounds (dismissed ones already removed), any order. */
  interviews: Interview[];
  policy: Policy;
  profile: Profile;
  /** ISO instant. */
  now: string;
  /** The user's IANA zone. */
  timeZone: string;
}

const HOUR = 3_600_000;
const KIND_ORDER: Record<StepKind, number> = {
  'ask-timeline': 0,
  'thank-you': 1,
  'follow-up': 2,
  'final-follow-up': 3,
  'rejection-reply': 4,
};

/** One interview round, with its times read once. */
export interface Round {
  interview: Interview;
  startMs: number;
  endMs: number;
  startDay: Day;
  endDay: Day;
}

/** A step while it is being planned: times as numbers, status decided in passes. */
export interface WorkingStep {
  id: string;
  kind: StepKind;
  round: Round | null;
  interviewer?: { name: string; email?: string };
  startMs: number;
  endMs: number;
  /** The day the rule put it on, before the user moved it. */
  plannedDay: Day | null;
  status: StepStatus | 'open';
  reason: Reason;
  channel: Channel;
  doneAt?: string;
  /** Set when a pass closed it (superseded, heard back, let go). */
  closedBy?: 'round' | 'outcome' | 'heard-back' | 'let-go';
}

function roundsOf(interviews: Interview[], cal: WorkCalendar): Round[] {
  const rounds: Round[] = [];
  for (const interview of interviews) {
    if (interview.status === 'cancelled') continue; // ETIQUETTE: its steps disappear
    const startMs = ms(interview.start);
    if (!Number.isFinite(startMs)) continue;
    const endRaw = ms(interview.end);
    const endMs = Number.isFinite(endRaw) && endRaw > startMs ? endRaw : startMs;
    rounds.push({ interview, startMs, endMs, startDay: dayOf(startMs, cal), endDay: dayOf(endMs, cal) });
  }
  return rounds.sort((a, b) => a.startMs - b.startMs || (a.interview.id < b.interview.id ? -1 : 1));
}

/** Channel: the user's choice, else phone when every round was by phone, else email. */
export function channelFor(application: Application, interviews: Interview[]): Channel {
  if (application.channel) return application.channel;
  const live = interviews.filter((i) => i.status !== 'cancelled');
  return live.length > 0 && live.every((i) => i.kind === 'phone') ? 'phone' : 'email';
}

/** The latest round that had started by an instant (what "their reply" was about). */
function roundAt(rounds: Round[], atMs: number): Round | null {
  let found: Round | null = null;
  for (const r of rounds) if (r.startMs <= atMs) found = r;
  return found;
}

/** Apply the user's custom day or snooze: the window keeps its length. */
function moved(startMs: number, endMs: number, d: StepDecision | undefined): [number, number] {
  let s = startMs;
  const len = endMs - startMs;
  const custom = d?.customDue ? ms(d.customDue) : NaN;
  if (Number.isFinite(custom)) s = custom;
  const snooze = d?.snoozedUntil ? ms(d.snoozedUntil) : NaN;
  if (Number.isFinite(snooze) && snooze > s) s = snooze;
  return [s, s + len];
}

interface Context {
  input: PlanInput;
  cal: WorkCalendar;
  nowMs: number;
  channel: Channel;
  decisions: Record<string, StepDecision>;
}

function makeStep(
  ctx: Context,
  id: string,
  kind: StepKind,
  round: Round | null,
  window: [number, number],
  plannedDay: Day | null,
  reason: Reason,
  interviewer?: { name: string; email?: string },
): WorkingStep {
  const decision = ctx.decisions[id];
  const [startMs, endMs] = moved(window[0], window[1], decision);
  const stepChannel: Channel =
    kind === 'thank-you' || ctx.channel !== 'handwritten' ? ctx.channel : 'email'; // a card is for thanks only
  const step: WorkingStep = { id, kind, round, startMs, endMs, plannedDay, status: 'open', reason, channel: stepChannel };
  if (interviewer) step.interviewer = interviewer;
  if (decision?.state) {
    step.status = decision.state === 'sent' ? 'done' : 'skipped';
    if (decision.at) step.doneAt = decision.at;
    const day = decision.at && Number.isFinite(ms(decision.at)) ? formatDay(dayOf(ms(decision.at), ctx.cal)) : undefined;
    step.reason = decision.state === 'sent' ? reasons.sent(day, reason.source) : reasons.skippedByYou(reason.source);
  }
  return step;
}

function thankYouSteps(ctx: Context, round: Round): WorkingStep[] {
  const { policy, application } = ctx.input;
  const window: [number, number] = [round.endMs, round.endMs + policy.thankYouWithinHours * HOUR];
  const named = round.interview.interviewers.filter((p) => p.name.trim() !== '');
  const roundId = round.interview.id;
  if (named.length === 0) {
    const id = stepIdFor(application.id, roundId, 'thank-you');
    return [makeStep(ctx, id, 'thank-you', round, window, null, reasons.thankYou(policy, undefined))];
  }
  const seen = new Map<string, number>();
  return named.map((person) => {
    // Two panelists with the same name still get two stable ids.
    const base = slug(person.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = `${stepIdFor(application.id, roundId, 'thank-you', person.name)}${n > 1 ? `-${n}` : ''}`;
    const who = person.name.trim();
    const interviewer = person.email ? { name: who, email: person.email } : { name: who };
    return makeStep(ctx, id, 'thank-you', round, window, null, reasons.thankYou(policy, who), interviewer);
  });
}

interface TimelineUse {
  reading: TimelineReading;
  round: Round | null;
  /** The day after which contact is welcome, when the reading names a usable one. */
  untilDay: Day | null;
  recordedMs: number;
}

function timelineUse(ctx: Context, rounds: Round[]): TimelineUse | undefined {
  const stated = ctx.input.application.decisions.statedTimeline;
  if (!stated) return undefined;
  const reading = readStatedTimeline(stated.text, { recordedAt: stated.recordedAt, timeZone: ctx.cal.zone });
  const recordedMs = ms(stated.recordedAt);
  const round =
    rounds.find((r) => r.interview.id === stated.roundId) ?? roundAt(rounds, recordedMs) ?? rounds[0] ?? null;
  let untilDay: Day | null = null;
  if (reading.until) {
    const untilMs = ms(reading.until);
    if (round && untilMs < round.endMs) {
      // A date before the interview ended cannot be their timeline for it: never invent one.
      reading.explanation += '; that is before the interview ended, so the default wait applies';
    } else {
      untilDay = dayOf(untilMs, ctx.cal);
    }
  }
  return { reading, round, untilDay, recordedMs };
}

function followUpSteps(ctx: Context, round: Round, timeline: TimelineUse | undefined): WorkingStep[] {
  const { policy, application } = ctx.input;
  const applies = timeline !== undefined && timeline.round === round;
  let firstDay: Day;
  let reason: Reason;
  if (applies && timeline.untilDay !== null) {
    firstDay = businessDayOnOrAfter(addDays(timeline.untilDay, 1), ctx.cal);
    reason = reasons.followUpAfterTimeline(timeline.reading.text.trim());
  } else {
    firstDay = businessDayOnOrAfter(addDays(round.endDay, policy.defaultWaitDays), ctx.cal);
    if (applies && timeline.reading.theyWillContact) reason = reasons.followUpTheyWillContact(policy);
    else if (applies && timeline.reading.text.trim() !== '') reason = reasons.followUpTimelineUnread(timeline.reading.text.trim(), policy);
    else reason = reasons.followUpDefault(policy);
  }
  const roundId = round.interview.id;
  const first = makeStep(
    ctx,
    stepIdFor(application.id, roundId, 'follow-up'),
    'follow-up',
    round,
    [workdayStartOn(firstDay, ctx.cal), workdayEndOn(firstDay, ctx.cal)],
    firstDay,
    reason,
  );
  if (policy.maxFollowUps < 2) return [first];
  // Counted from when the first one actually went out (or was planned to).
  const sentMs = first.doneAt ? ms(first.doneAt) : NaN;
  const anchor = dayOf(Number.isFinite(sentMs) ? sentMs : first.startMs, ctx.cal);
  const finalDay = businessDayOnOrAfter(addDays(anchor, policy.finalFollowUpAfterDays), ctx.cal);
  const final = makeStep(
    ctx,
    stepIdFor(application.id, roundId, 'final-follow-up'),
    'final-follow-up',
    round,
    [workdayStartOn(finalDay, ctx.cal), workdayEndOn(finalDay, ctx.cal)],
    finalDay,
    reasons.finalFollowUp(policy),
  );
  return [first, final];
}

function askTimelineStep(ctx: Context, round: Round, timeline: TimelineUse | undefined): WorkingStep {
  const id = stepIdFor(ctx.input.application.id, round.interview.id, 'ask-timeline');
  const step = makeStep(ctx, id, 'ask-timeline', round, [round.startMs, round.endMs], null, reasons.askTimeline());
  if (step.status !== 'open') return step;
  if (timeline && timeline.round === round) {
    step.status = 'done';
    step.doneAt = ctx.input.application.decisions.statedTimeline?.recordedAt ?? '';
    step.reason = reasons.askTimelineAnswered(timeline.reading.text.trim());
  } else if (ctx.nowMs > round.endMs) {
    step.status = 'skipped';
    step.reason = reasons.askTimelineUnanswered(ctx.input.policy);
  }
  return step;
}

const isFollowUp = (s: WorkingStep): boolean => s.kind === 'follow-up' || s.kind === 'final-follow-up';

/** Passes that close open steps: outcome, later rounds, heard back, letting go. */
function closeSteps(ctx: Context, rounds: Round[], steps: WorkingStep[]): { letGoMs: number | null; heardBackRound: Round | null } {
  const { application, policy } = ctx.input;
  const { decisions } = application;
  const outcome = decisions.outcome;
  if (outcome) {
    const what =
      outcome.kind === 'offer' ? 'You received an offer' : outcome.kind === 'withdrawn' ? 'You withdrew' : '';
    for (const s of steps) {
      if (s.status !== 'open' || s.kind === 'rejection-reply') continue;
      s.status = 'superseded';
      s.closedBy = 'outcome';
      s.reason = outcome.kind === 'rejected' ? reasons.supersededByRejection() : reasons.supersededByOutcome(what);
    }
  }
  for (let i = 0; i + 1 < rounds.length; i++) {
    const round = rounds[i]!;
    const next = rounds[i + 1]!;
    const nextLabel = formatDay(next.startDay);
    for (const s of steps) {
      if (s.round !== round || s.status !== 'open' || s.kind === 'ask-timeline') continue;
      const started = ctx.nowMs >= next.startMs;
      // Being invited to another round is hearing back: no follow-up is owed for this one.
      if (isFollowUp(s)) {
        s.status = 'superseded';
        s.closedBy = 'round';
        s.reason = started ? reasons.supersededByRound(nextLabel, s.reason.source) : reasons.invitedToNextRound(nextLabel);
        continue;
      }
      // Same-day back-to-back rounds: each interviewer still deserves their thank-you.
      if (started && next.startDay !== round.endDay) {
        s.status = 'superseded';
        s.closedBy = 'round';
        s.reason = reasons.supersededByRound(nextLabel, s.reason.source);
      }
    }
  }
  // A thank-you still unsent when the follow-up is due is folded into the follow-up.
  for (const s of steps) {
    if (s.kind !== 'thank-you' || s.status !== 'open') continue;
    const followUp = steps.find((f) => f.round === s.round && f.kind === 'follow-up');
    if (followUp && ctx.nowMs >= followUp.startMs) {
      s.status = 'superseded';
      s.closedBy = 'round';
      s.reason = reasons.thankYouFolded();
    }
  }
  let heardBackRound: Round | null = null;
  const heardMs = decisions.heardBackAt ? ms(decisions.heardBackAt) : NaN;
  if (Number.isFinite(heardMs)) {
    const round = roundAt(rounds, heardMs);
    const stated = decisions.statedTimeline;
    // A timeline noted after their reply ("two more weeks") restarts the follow-ups.
    const newerTimeline = stated !== undefined && ms(stated.recordedAt) > heardMs;
    if (round && !newerTimeline) {
      heardBackRound = round;
      const label = formatDay(dayOf(heardMs, ctx.cal));
      for (const s of steps) {
        if (s.status !== 'open' || !isFollowUp(s) || !s.round || s.round.startMs > round.startMs) continue;
        s.status = 'skipped';
        s.closedBy = 'heard-back';
        s.reason = reasons.heardBack(label);
      }
    }
  }
  let letGoMs: number | null = null;
  const last = rounds[rounds.length - 1];
  if (last && !outcome && heardBackRound !== last) {
    const followUps = steps.filter((s) => s.round === last && isFollowUp(s));
    const lastFollowUp = followUps[followUps.length - 1];
    if (lastFollowUp) {
      const doneMs = lastFollowUp.doneAt ? ms(lastFollowUp.doneAt) : NaN;
      const from = dayOf(Number.isFinite(doneMs) ? doneMs : lastFollowUp.endMs, ctx.cal);
      letGoMs = workdayStartOn(businessDayOnOrAfter(addDays(from, policy.letGoAfterDays), ctx.cal), ctx.cal);
      if (ctx.nowMs >= letGoMs) {
        for (const s of followUps) {
          if (s.status !== 'open') continue;
          s.status = 'skipped';
          s.closedBy = 'let-go';
          s.reason = reasons.letGo();
        }
      }
    }
  }
  return { letGoMs, heardBackRound };
}

function settleByTime(ctx: Context, s: WorkingStep): void {
  if (s.status !== 'open') return;
  const { policy } = ctx.input;
  if (ctx.nowMs < s.startMs) s.status = 'upcoming';
  else if (ctx.nowMs <= s.endMs) s.status = 'due';
  else {
    s.status = 'overdue';
    const late = howLate(ctx.nowMs, s.endMs);
    if (s.kind === 'thank-you') s.reason = reasons.thankYouLate(policy, late);
    else if (s.kind === 'rejection-reply') s.reason = reasons.rejectionReplyLate(policy, late);
    else if (isFollowUp(s)) {
      s.reason = reasons.followUpLate(formatDay(s.plannedDay ?? dayOf(s.startMs, ctx.cal)), s.reason.source);
    }
  }
}

function draftOf(ctx: Context, s: WorkingStep, rounds: Round[]): PlannedStep['draft'] {
  const { application, profile } = ctx.input;
  const round = s.round ?? rounds[rounds.length - 1] ?? null;
  const lead = round?.interview.interviewers.find((p) => p.name.trim() !== '');
  const person = s.interviewer ?? (lead ? { name: lead.name, email: lead.email } : undefined);
  const email =
    s.kind === 'thank-you'
      ? (person?.email ?? application.contactEmail)
      : (application.contactEmail ?? person?.email);
  const topic = topicFromNotes(application.notes);
  return draftFor({
    kind: s.kind,
    channel: s.channel,
    company: application.company,
    role: application.role,
    ...(person ? { recipientName: person.name } : {}),
    ...(email ? { recipientEmail: email } : {}),
    ...(round && s.kind !== 'rejection-reply' ? { interviewDay: formatLongDay(round.startDay) } : {}),
    ...(topic ? { topic } : {}),
    ...(profile.recentWork.trim() ? { recentWork: profile.recentWork } : {}),
    senderName: profile.name,
  });
}

/** Plans one application: its stage, and every etiquette step with window, status, reason and draft. */
export function planApplication(input: PlanInput): ApplicationPlan {
  const cal = workCalendarFor(input.timeZone, input.policy);
  const nowMs = ms(input.now);
  const ctx: Context = {
    input,
    cal,
    nowMs,
    channel: channelFor(input.application, input.interviews),
    decisions: input.application.decisions.steps,
  };
  const rounds = roundsOf(input.interviews, cal);
  const timeline = timelineUse(ctx, rounds);
  const steps: WorkingStep[] = [];
  for (const round of rounds) {
    steps.push(askTimelineStep(ctx, round, timeline), ...thankYouSteps(ctx, round), ...followUpSteps(ctx, round, timeline));
  }
  const outcome = input.application.decisions.outcome;
  const outcomeMs = outcome ? ms(outcome.at) : NaN;
  if (outcome?.kind === 'rejected' && Number.isFinite(outcomeMs)) {
    const window: [number, number] = [outcomeMs, outcomeMs + input.policy.rejectionReplyWithinHours * HOUR];
    const id = stepIdFor(input.application.id, null, 'rejection-reply');
    steps.push(makeStep(ctx, id, 'rejection-reply', null, window, null, reasons.rejectionReply(input.policy)));
  }
  const { letGoMs, heardBackRound } = closeSteps(ctx, rounds, steps);
  for (const s of steps) settleByTime(ctx, s);
  steps.sort((a, b) => a.startMs - b.startMs || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Drafts for what the user acts on now: due and overdue steps, and the next one. Later steps
  // get theirs when they come up; writing every future letter halved planning speed.
  const nextOpen = steps.find((s) => s.status === 'open' || s.status === 'due' || s.status === 'overdue');
  const planned: PlannedStep[] = steps.map((s) => {
    const open = s.status === 'due' || s.status === 'overdue' || s === nextOpen;
    const step: PlannedStep = {
      id: s.id,
      kind: s.kind,
      roundId: s.round ? s.round.interview.id : null,
      dueStart: iso(s.startMs),
      dueEnd: iso(s.endMs),
      status: s.status === 'open' ? 'upcoming' : s.status,
      channel: s.channel,
      reason: s.reason.text,
      source: s.reason.source,
    };
    if (s.interviewer) step.interviewer = s.interviewer.name;
    if (s.doneAt) step.doneAt = s.doneAt;
    if (open) {
      const draft = draftOf(ctx, s, rounds);
      if (draft) step.draft = draft;
    }
    return step;
  });
  const next = planned.find((s) => s.status === 'upcoming' || s.status === 'due' || s.status === 'overdue');
  const stage = stageOf({ ctx: { cal, nowMs, outcome, policy: input.policy }, rounds, steps, letGoMs, heardBackRound, heardBackAt: input.application.decisions.heardBackAt });
  const plan: ApplicationPlan = {
    applicationId: input.application.id,
    stage: stage.stage,
    stageLabel: stage.label,
    steps: planned,
    nextStepId: next ? next.id : null,
  };
  if (timeline) plan.timeline = timeline.reading;
  if (stage.note) plan.note = stage.note;
  return plan;
}
