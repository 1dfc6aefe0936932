import { describe, expect, it } from 'vitest';
import { FAKE_NOW, fakeInterview, fakeOverview, fakeStep, fakeView } from '../test/fakeOverview';
import { draftText, dueCount, overdueNote, stepTitle, todoItems } from './steps';

describe('todoItems', () => {
  it('puts overdue first, then due, then what opens soon', () => {
    const items = todoItems(fakeOverview().applications, FAKE_NOW);
    expect(items.map((i) => [i.view.application.company, i.urgency])).toEqual([
      ['Initech', 'overdue'],
      ['Stark Logistics', 'due'],
      ['Globex', 'due'],
      ['Hooli', 'soon'],
    ]);
  });

  it('leaves out done, far-off and ask-timeline steps', () => {
    const view = fakeView('a', 'Acme', 'waiting', [
      fakeStep('a', 'ask-timeline', -1, 'due'),
      fakeStep('a', 'thank-you', -3, 'done'),
      fakeStep('a', 'follow-up', 30, 'upcoming'),
    ], [fakeInterview('a', 1, -3)]);
    expect(todoItems([view], FAKE_NOW)).toEqual([]);
    expect(dueCount([view])).toBe(0);
  });

  it('counts only due and overdue for the badge', () => {
    expect(dueCount(fakeOverview().applications)).toBe(3);
  });
});

describe('words', () => {
  it('names the interviewer of a per-person thank-you', () => {
    expect(stepTitle(fakeStep('a', 'thank-you', 0, 'due', { interviewer: 'Dana Whitfield' }))).toBe('Send a thank-you note to Dana Whitfield');
    expect(stepTitle(fakeStep('a', 'follow-up', 0, 'due'))).toBe('Follow up');
  });

  it('is honest but calm about lateness', () => {
    expect(overdueNote(fakeStep('a', 'thank-you', -3, 'overdue'), 2)).toBe('2 days past its window; a late thank-you is still better than none.');
    expect(overdueNote(fakeStep('a', 'follow-up', -3, 'overdue'), 1)).toMatch(/^1 day past/);
  });

  it('copies subject and body', () => {
    expect(draftText(fakeStep('a', 'thank-you', 0, 'due'))).toMatch(/^Subject: Thank you — a\n\nDear Dana/);
  });
});
