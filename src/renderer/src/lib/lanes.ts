import type { ApplicationView } from '../../../shared/ipc/contract';
import type { PlannedStep } from '../../../shared/domain/plan';
import { DAY_MS, dayNumber, zonedParts } from './format';
import { stepGlyphs, stepTitle } from './steps';

/**
 * Lane geometry as pure functions: positions are fractions of the visible range (0..1), so a lane
 * renders with percentages and never measures the DOM: cheap enough for 1,000 lanes.
 */

export interface AxisRange {
  start: number;
  end: number;
}

/** The default window: three weeks back, six ahead: enough to see the last interview and the wait. */
export function defaultRange(nowMs: number, offsetWeeks = 0, pastDays = 21, futureDays = 42): AxisRange {
  const shift = offsetWeeks * 7 * DAY_MS;
  return { start: nowMs - pastDays * DAY_MS + shift, end: nowMs + futureDays * DAY_MS + shift };
}

/** Fraction of the range where an instant sits (may fall outside 0..1). */
export function position(ms: number, range: AxisRange): number {
  return (ms - range.start) / (range.end - range.start);
}

export interface Tick {
  at: number;
  x: number;
}

/** One tick per Monday (local midnight in the zone), so the axis reads as weeks. */
export function weeklyTicks(range: AxisRange, timeZone: string): Tick[] {
  const ticks: Tick[] = [];
  // Walk days from the start; the first Monday found, then every 7 days (re-anchored to the zone's midnight).
  let day = dayNumber(range.start, timeZone);
  const last = dayNumber(range.end, timeZone);
  for (let guard = 0; day <= last && guard < 400; day++, guard++) {
    const utcMidnight = day * DAY_MS;
    const p = zonedParts(utcMidnight + 12 * 3_600_000, timeZone); // noon avoids DST edges
    if (p.weekday !== 1) continue;
    const offset = localOffsetMs(utcMidnight + 12 * 3_600_000, timeZone);
    const at = utcMidnight - offset;
    const x = position(at, range);
    if (x >= 0 && x <= 1) ticks.push({ at, x });
  }
  return ticks;
}

function localOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min) - Math.floor(ms / 60_000) * 60_000;
}

export type MarkTone = 'past' | 'done' | 'future' | 'next' | 'overdue' | 'due';

export interface PointMark {
  type: 'interview' | 'step' | 'end';
  x: number;
  glyph: string;
  /** Words for the tooltip and the screen reader. */
  label: string;
  tone: MarkTone;
  stepId?: string;
  /** Lifted above the line because it would sit on top of the previous mark. */
  lifted?: boolean;
}

export interface SpanMark {
  type: 'window' | 'waiting';
  x1: number;
  x2: number;
  label?: string;
  tone: MarkTone;
}

export interface LaneGeometry {
  points: PointMark[];
  spans: SpanMark[];
  /** Marks hidden off the left/right edge: the lane says so rather than looking empty. */
  before: number;
  after: number;
}

const endWords: Record<string, string> = {
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'no-response': 'No response: let go',
};

function stepTone(step: PlannedStep, nextStepId: string | null, nowMs: number): MarkTone {
  if (step.status === 'overdue') return 'overdue';
  if (step.id === nextStepId) return 'next';
  if (step.status === 'due') return 'due';
  if (step.status === 'done') return 'done';
  if (step.status === 'skipped' || step.status === 'superseded') return 'past';
  return Date.parse(step.dueEnd) < nowMs ? 'past' : 'future';
}

const inRange = (x: number) => x >= 0 && x <= 1;
const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Every mark of one application's lane within the range. */
export function laneGeometry(view: ApplicationView, range: AxisRange, nowMs: number, dayLabel: (ms: number) => string): LaneGeometry {
  const points: PointMark[] = [];
  const spans: SpanMark[] = [];
  let before = 0;
  let after = 0;
  const place = (mark: PointMark) => {
    if (mark.x < 0) before++;
    else if (mark.x > 1) after++;
    else points.push(mark);
  };
  const span = (mark: SpanMark) => {
    if (mark.x2 < 0 || mark.x1 > 1 || mark.x2 <= mark.x1) return;
    spans.push({ ...mark, x1: clamp(mark.x1), x2: clamp(mark.x2) });
  };

  for (const interview of view.interviews) {
    if (interview.review === 'dismissed') continue;
    const at = Date.parse(interview.start);
    const cancelled = interview.status === 'cancelled';
    place({
      type: 'interview',
      x: position(at, range),
      glyph: '◆',
      label: `${cancelled ? 'Cancelled interview' : `Interview, round ${interview.round}`} · ${dayLabel(at)}`,
      tone: cancelled || at < nowMs ? 'past' : 'future',
    });
  }

  const live = view.plan.steps.filter((s) => s.status !== 'superseded' && s.kind !== 'ask-timeline');
  for (const step of live) {
    const tone = stepTone(step, view.plan.nextStepId, nowMs);
    const start = Date.parse(step.dueStart);
    const end = Date.parse(step.dueEnd);
    // The thank-you's window is short and meaningful ("within 24 h"): draw it; others are a point.
    if (step.kind === 'thank-you' && end > start) span({ type: 'window', x1: position(start, range), x2: position(end, range), tone });
    const when = step.status === 'done' && step.doneAt ? Date.parse(step.doneAt) : start;
    const status = step.status === 'done' ? 'sent' : step.status === 'overdue' ? 'overdue' : step.status;
    place({
      type: 'step',
      x: position(when, range),
      glyph: step.status === 'done' ? '✓' : step.status === 'overdue' ? '!' : stepGlyphs[step.kind],
      label: `${stepTitle(step)} · ${status} · ${dayLabel(when)}`,
      tone,
      stepId: step.id,
    });
  }

  // Waiting drawn as patience: from the last thank-you (or interview) to the first follow-up.
  const followUp = live.find((s) => s.kind === 'follow-up');
  if (followUp) {
    const thankYous = live.filter((s) => s.kind === 'thank-you' && s.roundId === followUp.roundId);
    const round = view.interviews.find((i) => i.id === followUp.roundId);
    const from = thankYous.length
      ? Math.max(...thankYous.map((s) => Date.parse(s.dueEnd)))
      : round
        ? Date.parse(round.end)
        : Number.NaN;
    const to = Date.parse(followUp.dueStart);
    if (Number.isFinite(from) && to > from) {
      const stated = view.plan.timeline?.text.trim();
      span({
        type: 'waiting',
        x1: position(from, range),
        x2: position(to, range),
        label: stated ? `“${stated}”` : 'waiting',
        tone: to < nowMs ? 'past' : 'future',
      });
    }
  }

  const stage = view.plan.stage;
  const endLabel = endWords[stage];
  if (endLabel) {
    const outcomeAt = view.application.decisions.outcome?.at;
    const lastMark = Math.max(
      ...view.interviews.map((i) => Date.parse(i.end)),
      ...live.filter((s) => s.kind !== 'rejection-reply').map((s) => Date.parse(s.dueEnd)),
      0,
    );
    const at = outcomeAt ? Date.parse(outcomeAt) : lastMark;
    if (at > 0) place({ type: 'end', x: position(at, range), glyph: '■', label: `${endLabel} · ${dayLabel(at)}`, tone: 'past' });
  }

  points.sort((a, b) => a.x - b.x);
  // Marks closer than ~1% (half a day in the default window) would overlap: lift every other one.
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const here = points[i]!;
    if (here.type !== 'end' && here.x - prev.x < 0.012 && !prev.lifted) here.lifted = true;
  }
  return { points, spans, before, after };
}

export { inRange };
