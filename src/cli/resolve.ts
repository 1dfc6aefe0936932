import { StepKindSchema } from '../shared/domain/application';
import type { PlannedStep } from '../shared/domain/plan';
import type { ApplicationView } from '../shared/ipc/contract';
import { usageError } from './errors';

const OPEN = new Set<PlannedStep['status']>(['upcoming', 'due', 'overdue']);

/** True while the user can still act on a step. */
export const isOpen = (step: PlannedStep) => OPEN.has(step.status);

const label = (v: ApplicationView) => `${v.application.company}${v.application.role ? ` (${v.application.role})` : ''} [${v.application.id}]`;

/** Finds the application the user named: its id, or an unambiguous company name (case-insensitive, prefix ok). */
export function resolveApplication(views: ApplicationView[], name: string): ApplicationView {
  const wanted = name.trim().toLowerCase();
  if (!wanted) throw usageError('name an application by its id or its company.');
  const byId = views.find((v) => v.application.id.toLowerCase() === wanted);
  if (byId) return byId;
  const tiers = [
    views.filter((v) => v.application.company.toLowerCase() === wanted),
    views.filter((v) => v.application.company.toLowerCase().startsWith(wanted)),
    views.filter((v) => v.application.id.toLowerCase().startsWith(wanted)),
  ];
  for (const matches of tiers) {
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw usageError(`"${name}" matches ${matches.length} applications: ${matches.map(label).join(', ')}; name one by its id.`);
    }
  }
  if (views.length === 0) throw usageError(`no application matches "${name}": there are none yet (run \`tactful import <file>\` or \`tactful sync\` first).`);
  const guess = closest(wanted, views.map((v) => v.application.company));
  throw usageError(`no application matches "${name}"${guess ? ` (did you mean ${guess}?)` : ` (see \`tactful list\`)`}.`);
}

/** Finds a step of the application: its id (or its end, e.g. "thank-you/priya-raman"), or a kind with one open step. */
export function resolveStep(view: ApplicationView, name: string): PlannedStep {
  const found = resolveSteps(view, name, false);
  return found[0]!;
}

/**
 * Like resolveStep; with `all`, a kind names every open step of that kind (thank-you notes to
 * several interviewers are usually sent together).
 */
export function resolveSteps(view: ApplicationView, name: string, all: boolean): PlannedStep[] {
  const steps = view.plan.steps;
  const exact = steps.find((s) => s.id === name);
  if (exact) return [exact];
  const company = view.application.company;
  const kind = StepKindSchema.safeParse(name.toLowerCase());
  if (kind.success) {
    const open = steps.filter((s) => s.kind === kind.data && isOpen(s));
    if (open.length === 1 || (all && open.length > 1)) return open;
    if (open.length > 1) {
      throw usageError(`${company} has ${open.length} open ${kind.data} steps (${open.map(shortName).join(', ')}); name one of them, or add --all.`);
    }
    throw usageError(`${company} has no open ${kind.data} step${openList(steps)}.`);
  }
  const bySuffix = steps.filter((s) => s.id.endsWith(`/${name}`));
  const openBySuffix = bySuffix.filter(isOpen);
  const candidates = openBySuffix.length > 0 ? openBySuffix : bySuffix;
  if (candidates.length === 1 || (all && candidates.length > 1)) return candidates;
  if (candidates.length > 1) throw usageError(`"${name}" matches ${candidates.length} steps of ${company} (${candidates.map((s) => s.id).join(', ')}); name one by its id.`);
  throw usageError(`${company} has no step "${name}"; use a step id or a kind (${StepKindSchema.options.join(', ')})${openList(steps)}.`);
}

/** The end of a step id that names it within its application: "thank-you/priya-raman". */
const shortName = (s: PlannedStep) => s.id.slice(s.id.lastIndexOf(`/${s.kind}`) + 1);

function openList(steps: PlannedStep[]): string {
  const open = steps.filter(isOpen);
  return open.length ? ` (open steps: ${open.map(shortName).join(', ')})` : ' (it has no open steps)';
}

/** The candidate nearest to a mistyped name, when it is near enough to be a helpful hint. */
export function closest(wanted: string, candidates: string[]): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase();
    const score = lower.includes(wanted) || wanted.includes(lower) ? 0 : distance(wanted, lower);
    if (!best || score < best.score) best = { name, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wanted.length / 3)) ? best.name : undefined;
}

function distance(a: string, b: string): number {
  // Levenshtein, one row at a time: names are short.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
