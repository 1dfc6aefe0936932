import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IcsImportError, parseIcs } from './import';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'ics');
const SOURCES = ['outlook.ics', 'apple.ics'].map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const WINDOW = { start: '2020-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' };
/** A hang detector, not a speed check: these small files parse in milliseconds, a runaway loop takes forever. */
const BOUND_MS = 10_000;

type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'dropLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceValue'; at: number; value: string };

const NASTY = ['', ':', ';', '"', '\\', 'BEGIN:VEVENT', 'END:VCALENDAR', 'FREQ=SECONDLY', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;INTERVAL=0', 'FREQ=WEEKLY;BYDAY=9XX', '99991231T235959Z', '00000000T000000', '20261105', 'P', 'PT', '-P1D', 'TZID=Nowhere/Zone', 'mailto:', '\u0000', '🙂'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.oneof(fc.constantFrom(':', ';', '\r', '\n', ' ', '=', ',', '"', '\\', 'Z', '0', 'T'), fc.string({ minLength: 1, maxLength: 1 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('replaceValue' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })) }),
);

function apply(text: string, m: Mutation): string {
  const lines = text.split('\r\n');
  const pick = (n: number) => n % Math.max(1, lines.length);
  switch (m.kind) {
    case 'flip': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.char + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, m.at % Math.max(1, text.length));
    case 'dropLine':
      lines.splice(pick(m.at), 1);
      return lines.join('\r\n');
    case 'duplicateLine': {
      const i = pick(m.at);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\r\n');
    }
    case 'swapLines': {
      const a = pick(m.a);
      const b = pick(m.b);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\r\n');
    }
    case 'replaceValue': {
      const i = pick(m.at);
      const line = lines[i] ?? '';
      const colon = line.indexOf(':');
      lines[i] = colon < 0 ? m.value : line.slice(0, colon + 1) + m.value;
      return lines.join('\r\n');
    }
  }
}

describe('importer under mutated real files', () => {
  it('either imports or throws IcsImportError, always within bounded time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, mutations) => {
        const text = mutations.reduce(apply, source);
        const started = performance.now();
        try {
          const { events } = parseIcs(text, { calendarId: 'fuzz', window: WINDOW });
          // All or nothing: what comes back is complete.
          for (const e of events) {
            expect(e.id).not.toBe('');
            expect(e.start?.dateTime ?? e.start?.date).toBeTruthy();
          }
        } catch (e) {
          if (!(e instanceof IcsImportError)) throw e;
          expect(e.problem.length).toBeGreaterThan(0);
        }
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  }, 120_000);

  it('never returns more than 5,000 instances of one event', () => {
    const text = SOURCES[1]!.replace('RRULE:FREQ=WEEKLY;COUNT=8', 'RRULE:FREQ=SECONDLY');
    const { events } = parseIcs(text, { calendarId: 'fuzz', window: WINDOW });
    expect(events.filter((e) => e.recurringEventId === 'C0FFEE00-1234-4ABC-9DEF-5566778899AA').length).toBeLessThanOrEqual(5001);
  }, 60_000);
});
