import { describe, expect, it } from 'vitest';
import { validatePolicy } from './policy';

describe('validatePolicy', () => {
  it('fills defaults', () => {
    const r = validatePolicy({});
    expect(r.ok && r.policy.defaultWaitDays).toBe(7);
    expect(r.ok && r.policy.workdayStart).toBe('09:30');
  });
  it('explains out-of-range values in words', () => {
    const r = validatePolicy({ thankYouWithinHours: 100, maxFollowUps: 3, workdayStart: '9:30' });
    expect(r).toEqual({
      ok: false,
      errors: [
        'Thank-you note window (hours): must be at most 72',
        'Most follow-ups to send: must be 1 or 2',
        'Working day starts: use HH:MM, 24-hour',
      ],
    });
  });
  it('applies rules across fields', () => {
    expect(validatePolicy({ workdayStart: '17:00', workdayEnd: '17:30' })).toEqual({
      ok: false,
      errors: ['Working day ends: leave at least one hour after the working day starts'],
    });
    expect(validatePolicy({ workdayStart: '18:00', workdayEnd: '09:00' })).toEqual({
      ok: false,
      errors: ['Working day ends: the working day must end after it starts'],
    });
    expect(validatePolicy({ thankYouWithinHours: 72, defaultWaitDays: 3 }).ok).toBe(true);
  });
  it('knows which holiday calendars exist', () => {
    expect(validatePolicy({ holidaysCountry: 'DE' }).ok).toBe(true);
    expect(validatePolicy({ holidaysCountry: 'ZZ' })).toEqual({
      ok: false,
      errors: ['Public holidays country: no holiday calendar is known for "ZZ"'],
    });
  });
});
