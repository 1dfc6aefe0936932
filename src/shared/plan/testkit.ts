import type { Application, Decisions, Interview, InterviewKind } from '../domain/application';
import { defaultPolicy, type Policy, type Profile } from '../domain/settings';
import type { PlanInput } from './planner';

/** Builders for planner tests and the benchmark: small, explicit, no hidden clock. */

export function interview(
  id: string,
  start: string,
  end: string,
  extra: Partial<Interview> & { kind?: InterviewKind } = {},
): Interview {
  return {
    id,
    applicationId: 'app',
    source: 'sample',
    calendarId: 'primary',
    eventId: id,
    title: 'Interview',
    start,
    end,
    timeZone: 'UTC',
    kind: 'video',
    interviewers: [{ name: 'Dana Whitfield', email: 'dana@globex.example' }],
    round: 1,
    status: 'scheduled',
    confidence: 1,
    reasons: [],
    review: 'confirmed',
    detectedAt: start,
    ...extra,
  };
}

export function application(decisions: Partial<Decisions> = {}, extra: Partial<Application> = {}): Application {
  return {
    id: 'app',
    company: 'Globex',
    role: 'Data Analyst',
    notes: 'Discussed migrating their reporting to dbt',
    decisions: { steps: {}, ...decisions },
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

export const profile: Profile = {
  name: 'Sam Rivera',
  email: 'sam@example.com',
  recentWork: 'I finished a dashboard project that cut weekly reporting time in half',
};

export function input(
  interviews: Interview[],
  now: string,
  timeZone: string,
  opts: { decisions?: Partial<Decisions>; policy?: Partial<Policy>; app?: Partial<Application> } = {},
): PlanInput {
  return {
    application: application(opts.decisions ?? {}, opts.app ?? {}),
    interviews,
    policy: { ...defaultPolicy(), ...opts.policy },
    profile,
    now,
    timeZone,
  };
}
