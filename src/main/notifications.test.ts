import { describe, expect, it } from 'vitest';
import type { ApplicationView } from '../shared/ipc/contract';
import { DueStepNotifier } from './notifications';

const view = (steps: Array<{ id: string; status: string; kind?: string }>): ApplicationView =>
  ({
    application: { id: 'app-globex', company: 'Globex' },
    interviews: [],
    plan: { steps: steps.map((s) => ({ kind: 'follow-up', reason: 'One week since your interview (Should You Follow Up)', ...s })) },
  }) as unknown as ApplicationView;

describe('DueStepNotifier', () => {
  it('stays quiet at launch, then announces each step once when it becomes due', () => {
    const n = new DueStepNotifier();
    expect(n.check([view([{ id: 'a', status: 'due' }])])).toEqual([]);
    expect(n.check([view([{ id: 'a', status: 'due' }, { id: 'b', status: 'upcoming' }])])).toEqual([]);
    const fresh = n.check([view([{ id: 'a', status: 'due' }, { id: 'b', status: 'due' }])]);
    expect(fresh).toEqual([
      { applicationId: 'app-globex', stepId: 'b', title: 'Globex: time to follow up', body: 'One week since your interview (Should You Follow Up)' },
    ]);
    expect(n.check([view([{ id: 'b', status: 'due' }])])).toEqual([]);
  });

  it('never announces the interview itself', () => {
    const n = new DueStepNotifier();
    n.check([]);
    expect(n.check([view([{ id: 'x', status: 'due', kind: 'ask-timeline' }])])).toEqual([]);
  });
});
