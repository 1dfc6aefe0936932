import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarOwner } from '../../src/shared/domain/event';
import { fromGoogleEvent, ownerFromEventsList } from '../../src/shared/events/google';
import { detectInterviews } from '../../src/shared/detect/detect';
import { gateMask, gateMaskLine, gateMaskPrintable, setGateEnabled } from '../../src/shared/detect/gate';
import { BOILERPLATE, boilerplateStart, cleanLine, fold, isPlainLine } from '../../src/shared/detect/text';

// The gate's word tables are kept by hand beside the lexicon's regexes. If they drift, the
// gate would silently skip a pattern: these tests compare detection with the gate on and off.
const here = resolve(__dirname, '../../src/shared/detect');
const files = [
  ...readdirSync(join(here, 'fixtures')).map((f) => join(here, 'fixtures', f)),
  resolve(here, '../../../../shared/fixtures/calendar/dev-events.json'),
].filter((f) => {
  try {
    readFileSync(f);
    return true;
  } catch {
    return false;
  }
});

function load(file: string): { events: CalendarEvent[]; owner: CalendarOwner } {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
  const events = raw.items.flatMap((item) => {
    const r = fromGoogleEvent(item, 'primary');
    return 'event' in r ? [r.event] : [];
  });
  return { events, owner: ownerFromEventsList(raw) ?? { email: 'owner@example.com' } };
}

function both(events: CalendarEvent[], owner: CalendarOwner) {
  setGateEnabled(true);
  const gated = detectInterviews(events, owner);
  setGateEnabled(false);
  const full = detectInterviews(events, owner);
  setGateEnabled(true);
  return { gated, full };
}

afterEach(() => setGateEnabled(true));

describe('the pre-check gate', () => {
  it('changes nothing on every labelled calendar', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const { events, owner } = load(file);
      const { gated, full } = both(events, owner);
      expect(gated, file).toEqual(full);
    }
  });

  it('changes nothing when titles and descriptions are cut, cased and recombined', () => {
    const pool = files.flatMap((f) => load(f).events);
    const owner = { email: 'sam.rivera@gmail.com' };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: pool.length - 1 }),
        fc.integer({ min: 0, max: pool.length - 1 }),
        fc.nat(200),
        fc.boolean(),
        (a, b, cut, upper) => {
          const x = pool[a]!;
          const y = pool[b]!;
          const summary = `${x.summary.slice(cut % (x.summary.length + 1))} ${y.summary.slice(0, cut)}`;
          const event = { ...x, summary: upper ? summary.toUpperCase() : summary, description: `${y.description.slice(cut)}\n${x.description.slice(0, cut * 3)}` };
          const { gated, full } = both([event], owner);
          expect(gated).toEqual(full);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Pieces that make the fast paths branch: lexicon words in both cases, every kind of
// whitespace, markup, junk (zero-width, controls, CR), accents, a Kelvin sign, emoji.
const PIECES = [
  'interview', 'Interview', 'INTERVIEW', 'recruiter', 'Greenhouse', 'greenhousey', 'lever', 'scorecards', 'podcast',
  'position', 'role', 'phone screen', 'the application', 'candidate', 'sync', '1:1', 'mock', 'a', 'x', 'ab', '42', '_',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '.', ',', '-', 'Join Zoom Meeting', 'join with google meet', '________________',
  '\u200b', '\u0000', '\u007f', '\u00a0', 'é', 'Gespräch', '\u212a', '\u0130', '😀', '\ud800', '&amp;', '<b>',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const PRINTABLE = /^[\t\n\x20-\x7e]*$/;

describe('the fast paths of the pre-check', () => {
  it('gateMaskPrintable is gateMask of the folded prefix, or -1 for text that is not printable ASCII', () => {
    fc.assert(
      fc.property(text, fc.nat(), (s, cut) => {
        const end = cut % (s.length + 1);
        const got = gateMaskPrintable(s, end);
        if (PRINTABLE.test(s.slice(0, end))) expect(got).toBe(gateMask(fold(s.slice(0, end))));
        else expect(got).toBe(-1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gateMaskLine is gateMask of the folded line, or -1 for anything but printable ASCII on one line', () => {
    fc.assert(
      fc.property(text, (s) => {
        const got = gateMaskLine(s);
        if (/^[\x20-\x7e]*$/.test(s)) expect(got).toBe(gateMask(fold(s)));
        else expect(got).toBe(-1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answer for text too long for its byte buffer', () => {
    const long = `${'é'.repeat(40_000)} interview scorecards`;
    expect(gateMask(long)).toBe(gateMask(long.slice(-30)));
    expect(gateMaskPrintable(long, long.length)).toBe(-1);
    const ascii = `${'x '.repeat(40_000)}interview`;
    expect(gateMaskPrintable(ascii, ascii.length)).toBe(gateMask(ascii));
  });

  it('boilerplateStart finds what the boilerplate pattern finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(boilerplateStart(s)).toBe(BOILERPLATE.exec(s)?.index ?? -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('isPlainLine holds only where cleaning a line is trimming and folding it is lower-casing', () => {
    fc.assert(
      fc.property(text, (s) => {
        if (!isPlainLine(s)) return;
        expect(cleanLine(s)).toBe(s.trim());
        expect(fold(cleanLine(s))).toBe(s.trim().toLowerCase());
      }),
      { numRuns: 2000 },
    );
    expect(isPlainLine(' Zoom ')).toBe(true);
    expect(isPlainLine('Room  4')).toBe(false);
    expect(isPlainLine('Caf\u00e9')).toBe(false);
    expect(isPlainLine('a\tb')).toBe(false);
  });
});
