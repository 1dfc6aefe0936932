import { describe, expect, it } from 'vitest';
import type { PlannedStep } from '../shared/domain/plan';
import type { ApplicationView } from '../shared/ipc/contract';
import { CliError } from './errors';
import { closest, resolveApplication, resolveStep, resolveSteps } from './resolve';

const step = (id: string, kind: PlannedStep['kind'], status: PlannedStep['status']): PlannedStep => ({
  id,
  kind,
  roundId: 'r1',
  dueStart: '2026-10-20T09:30:00Z',
  dueEnd: '2026-10-20T17:30:00Z',
  status,
  channel: 'email',
  reason: 'because',
  source: 'should-you-follow-up',
});

// Only the fields resolve.ts reads; the rest of a view does not matter here.
const view = (id: string, company: string, steps: PlannedStep[] = []) =>
  ({ application: { id, company, role: null }, interviews: [], plan: { steps } }) as unknown as ApplicationView;

const views = [
  view('app-globex-data-analyst', 'Globex'),
  view('app-globex-sales', 'Globex'),
  view('app-initech', 'Initech'),
  view('app-umbrella', 'Umbrella Health'),
];

const usage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('resolveApplication', () => {
  it('takes an id, an exact company, or a unique prefix, case-insensitively', () => {
    expect(resolveApplication(views, 'app-initech').application.id).toBe('app-initech');
    expect(resolveApplication(views, 'INITECH').application.id).toBe('app-initech');
    expect(resolveApplication(views, 'umb').application.id).toBe('app-umbrella');
    expect(resolveApplication(views, 'app-globex-s').application.id).toBe('app-globex-sales');
  });

  it('refuses ambiguous and unknown names with a hint', () => {
    expect(usage(() => resolveApplication(views, 'globex'))).toMatch(/matches 2 applications/);
    expect(usage(() => resolveApplication(views, 'Initek'))).toBe('no application matches "Initek" (did you mean Initech?).');
    expect(usage(() => resolveApplication([], 'x'))).toMatch(/there are none yet/);
  });
});

describe('resolveStep', () => {
  const app = view('app-a', 'Acme', [
    step('app-a/r1/thank-you/ann', 'thank-you', 'overdue'),
    step('app-a/r1/thank-you/bob', 'thank-you', 'due'),
    step('app-a/r1/follow-up', 'follow-up', 'upcoming'),
    step('app-a/r0/follow-up', 'follow-up', 'superseded'),
  ]);

  it('takes an id, the end of an id, or a kind with one open step', () => {
    expect(resolveStep(app, 'app-a/r1/follow-up').id).toBe('app-a/r1/follow-up');
    expect(resolveStep(app, 'thank-you/bob').id).toBe('app-a/r1/thank-you/bob');
    expect(resolveStep(app, 'follow-up').id).toBe('app-a/r1/follow-up');
  });

  it('lists the candidates when a kind is ambiguous, and --all takes them all', () => {
    expect(usage(() => resolveStep(app, 'thank-you'))).toMatch(/2 open thank-you steps \(thank-you\/ann, thank-you\/bob\)/);
    expect(resolveSteps(app, 'thank-you', true)).toHaveLength(2);
    expect(usage(() => resolveStep(app, 'final-follow-up'))).toMatch(/no open final-follow-up step/);
    expect(usage(() => resolveStep(app, 'nonsense'))).toMatch(/has no step "nonsense"/);
  });
});

describe('closest', () => {
  it('only suggests near names', () => {
    expect(closest('globx', ['Globex', 'Initech'])).toBe('Globex');
    expect(closest('zzzzzz', ['Globex', 'Initech'])).toBeUndefined();
  });
});
