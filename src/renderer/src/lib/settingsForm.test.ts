import { describe, expect, it } from 'vitest';
import { parseCalendarList, validatePolicy, validateProfile, validateTimeZone } from './settingsForm';

const policy = {
  thankYouWithinHours: 24,
  defaultWaitDays: 7,
  finalFollowUpAfterDays: 7,
  maxFollowUps: 2 as const,
  letGoAfterDays: 7,
  rejectionReplyWithinHours: 48,
  workdayStart: '09:30',
  workdayEnd: '17:30',
  holidaysCountry: null,
};

describe('settings validation', () => {
  it('accepts the defaults', () => {
    expect(validatePolicy(policy)).toEqual({});
  });

  it('names the field that is wrong', () => {
    expect(Object.keys(validatePolicy({ ...policy, defaultWaitDays: 1, workdayEnd: '08:00', holidaysCountry: 'usa' }))).toEqual([
      'defaultWaitDays',
      'workdayEnd',
      'holidaysCountry',
    ]);
    expect(validatePolicy({ ...policy, thankYouWithinHours: Number.NaN }).thankYouWithinHours).toBeTruthy();
  });

  it('checks profile email and time zone', () => {
    expect(validateProfile({ name: 'Sam', email: 'nope', recentWork: '' }).email).toBeTruthy();
    expect(validateTimeZone('Europe/Paris')).toBeNull();
    expect(validateTimeZone('Mars/Olympus')).toMatch(/Unknown time zone/);
  });

  it('reads calendar lists', () => {
    expect(parseCalendarList('primary,\n work@example.com \n')).toEqual(['primary', 'work@example.com']);
  });
});
