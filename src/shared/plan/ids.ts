import type { StepKind } from '../domain/application';

const slugs = new Map<string, string>();

/** Lowercase ASCII slug of a person's name, so a per-interviewer id survives re-plans. */
export function slug(name: string): string {
  const hit = slugs.get(name);
  if (hit !== undefined) return hit;
  // Names repeat across every re-plan; Unicode normalisation is not free.
  if (slugs.size > 50_000) slugs.clear();
  const made = slugOf(name);
  slugs.set(name, made);
  return made;
}

function slugOf(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s === '' ? 'interviewer' : s;
}

/** Deterministic id of a planned step: keys decisions.steps, Google event ids and .ics UIDs. */
export function stepIdFor(
  applicationId: string,
  roundId: string | null,
  kind: StepKind,
  interviewerName?: string,
): string {
  if (kind === 'rejection-reply') return `${applicationId}/outcome/rejection-reply`;
  const base = `${applicationId}/${roundId ?? 'application'}/${kind}`;
  if (kind === 'thank-you' && interviewerName !== undefined && interviewerName.trim() !== '') {
    return `${base}/${slug(interviewerName)}`;
  }
  return base;
}
