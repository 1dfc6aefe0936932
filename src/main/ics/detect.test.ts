import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInterviews } from '../../shared/detect';
import { parseIcs } from './import';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'ics');
const WINDOW = { start: '2026-10-01T00:00:00Z', end: '2027-01-01T00:00:00Z' };

function interviewsIn(file: string) {
  const { events, ownerGuess } = parseIcs(readFileSync(join(FIXTURES, file), 'utf8'), { calendarId: file, window: WINDOW });
  expect(ownerGuess).toBeDefined();
  const detections = detectInterviews(events, ownerGuess!);
  return detections.filter((d) => d.isInterview).map((d) => ({ company: d.company, role: d.role, kind: d.kind }));
}

describe('.ics import → interview detection', () => {
  it('finds the three interviews in the Outlook export and nothing else', () => {
    expect(interviewsIn('outlook.ics')).toEqual([
      { company: 'Fabrikam', role: 'UX Researcher', kind: 'video' },
      { company: 'Contoso', role: 'Senior Product Designer', kind: 'video' },
      { company: 'Northwind Traders', role: 'Product Designer', kind: 'onsite' },
    ]);
  });

  it('finds the interview in the Google export', () => {
    expect(interviewsIn('google.ics')).toEqual([{ company: 'Umbrella', role: 'Operations Analyst', kind: 'video' }]);
  });

  it('finds the two interviews in the Apple export, not the mock-interview practice', () => {
    expect(interviewsIn('apple.ics')).toEqual([
      { company: 'Initech', role: 'Analytics Engineer', kind: 'video' },
      { company: 'Globex', role: 'Data Analyst', kind: 'onsite' },
    ]);
  });
});
