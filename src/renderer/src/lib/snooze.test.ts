import { describe, expect, it } from 'vitest';
import { pickedDateToIso, snoozeChoices } from './snooze';

describe('snoozeChoices', () => {
  it('offers tomorrow, three days and next Monday at 09:30 local', () => {
    const tuesday = Date.parse('2026-10-13T13:30:00.000Z');
    expect(snoozeChoices(tuesday, 'America/New_York').map((c) => c.until)).toEqual([
      '2026-10-14T13:30:00.000Z',
      '2026-10-16T13:30:00.000Z',
      '2026-10-19T13:30:00.000Z',
    ]);
  });

  it('goes to the following Monday when today is Monday', () => {
    const monday = Date.parse('2026-10-12T13:30:00.000Z');
    expect(snoozeChoices(monday, 'America/New_York')[2]?.until).toBe('2026-10-19T13:30:00.000Z');
  });

  it('reads a picked date in the user zone', () => {
    expect(pickedDateToIso('2026-10-20', 'Europe/Paris')).toBe('2026-10-20T07:30:00.000Z');
  });
});
