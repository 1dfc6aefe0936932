import type { ApplicationView } from '../../../shared/ipc/contract';
import type { Stage } from '../../../shared/domain/plan';
import { nextStep } from './steps';

/** 'active' = everything still in motion; the closed stages are where the user let go. */
export type StageFilter = Stage | 'all' | 'active';
export type SortOrder = 'next-due' | 'company' | 'recent';

const closed = new Set<Stage>(['no-response', 'offer', 'rejected', 'withdrawn']);

export interface LaneQuery {
  stage: StageFilter;
  search: string;
  sort: SortOrder;
}

export const defaultQuery: LaneQuery = { stage: 'all', search: '', sort: 'next-due' };

/** Case- and accent-insensitive text for matching company/role. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesStage(view: ApplicationView, stage: StageFilter): boolean {
  if (stage === 'all') return true;
  // A rejection still asks for a reply, so it counts as active until that reply is done.
  if (stage === 'active') return !closed.has(view.plan.stage) || view.plan.nextStepId !== null;
  return view.plan.stage === stage;
}

/** When the next step is due, for sorting; nothing to do sorts last. */
export function nextDueMs(view: ApplicationView): number {
  const step = nextStep(view);
  return step ? Date.parse(step.dueStart) : Number.POSITIVE_INFINITY;
}

function latestInterviewMs(view: ApplicationView): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const i of view.interviews) latest = Math.max(latest, Date.parse(i.start));
  return latest;
}

/** Applications matching the filter, in the chosen order (stable for equal keys). */
export function filterAndSort(apps: ApplicationView[], query: LaneQuery): ApplicationView[] {
  const needle = fold(query.search.trim());
  const kept = apps.filter(
    (v) =>
      matchesStage(v, query.stage) &&
      (!needle || fold(`${v.application.company} ${v.application.role ?? ''}`).includes(needle)),
  );
  const byCompany = (a: ApplicationView, b: ApplicationView) =>
    a.application.company.localeCompare(b.application.company) || a.application.id.localeCompare(b.application.id);
  if (query.sort === 'company') return kept.sort(byCompany);
  if (query.sort === 'recent') return kept.sort((a, b) => latestInterviewMs(b) - latestInterviewMs(a) || byCompany(a, b));
  return kept
    .map((v) => ({ v, due: nextDueMs(v) }))
    .sort((a, b) => (a.due === b.due ? byCompany(a.v, b.v) : a.due - b.due))
    .map((x) => x.v);
}

/** How many applications sit in each stage, for the filter's labels. */
export function stageCounts(apps: ApplicationView[]): Map<Stage, number> {
  const counts = new Map<Stage, number>();
  for (const v of apps) counts.set(v.plan.stage, (counts.get(v.plan.stage) ?? 0) + 1);
  return counts;
}
