import { describe, expect, it } from 'vitest';
import { lintIcs } from './lint';

const good = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:20260101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE',
  'BEGIN:VEVENT', 'UID:a@x', 'DTSTAMP:20261101T120000Z', 'DTSTART;TZID=Europe/Berlin:20261105T090000',
  'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'DESCRIPTION:Reminder', 'END:VALARM',
  'END:VEVENT', 'END:VCALENDAR',
];
const text = (lines: string[]) => lines.join('\r\n') + '\r\n';
const without = (line: string) => good.filter((l) => l !== line);

describe('lintIcs', () => {
  it('passes a clean file', () => {
    expect(lintIcs(text(good))).toEqual([]);
  });

  it.each([
    ['a missing final CRLF', text(good).slice(0, -2), /does not end with CRLF/],
    ['bare LF', text(good).replace('VERSION:2.0\r\n', 'VERSION:2.0\n'), /bare CR or LF/],
    ['a long line', text(good).replace('DESCRIPTION:Reminder', `DESCRIPTION:${'x'.repeat(80)}`), /line 19: 92 octets/],
    ['a line long in octets but not in characters', text(good).replace('DESCRIPTION:Reminder', `DESCRIPTION:${'é'.repeat(40)}`), /octets, more than 75/],
    ['a local DTSTAMP', text(good).replace('DTSTAMP:20261101T120000Z', 'DTSTAMP:20261101T120000'), /DTSTAMP 20261101T120000 is not in UTC/],
    ['a TZID without VTIMEZONE', text(good).replace('TZID:Europe/Berlin', 'TZID:Europe/Paris'), /TZID=Europe\/Berlin has no VTIMEZONE/],
    ['an alarm without DESCRIPTION', text(without('DESCRIPTION:Reminder')), /VALARM has no DESCRIPTION/],
    ['an alarm without TRIGGER', text(without('TRIGGER:-PT15M')), /VALARM has no TRIGGER/],
    ['an alarm without ACTION', text(without('ACTION:DISPLAY')), /VALARM has no ACTION/],
    ['unbalanced BEGIN/END', text(without('END:VALARM')), /END:VEVENT does not match BEGIN:VALARM/],
    ['an unclosed calendar', text(without('END:VCALENDAR')), /BEGIN:VCALENDAR is never closed/],
    ['an event without UID', text(without('UID:a@x')), /VEVENT has no UID/],
  ])('reports %s', (_name, input, pattern) => {
    const problems = lintIcs(input);
    expect(problems.join('\n')).toMatch(pattern);
  });

  it('accepts properly folded long lines', () => {
    const folded = text(good).replace('DESCRIPTION:Reminder', `DESCRIPTION:${'x'.repeat(60)}\r\n ${'y'.repeat(60)}`);
    expect(lintIcs(folded)).toEqual([]);
  });
});
