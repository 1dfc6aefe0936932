import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarOwner } from '../../src/shared/domain/event';
import { fromGoogleEvent, ownerFromEventsList } from '../../src/shared/events/google';
import { detectInterviews } from '../../src/shared/detect/detect';
import { calendarContext } from '../../src/shared/detect/context';
import { BACK_OFF, GATE, gateMask, gateMaskLine, gateMaskPrintable, gateSlot, gateStarts, JOB_LAST, NO_LAST, setGateEnabled } from '../../src/shared/detect/gate';
import * as LEX from '../../src/shared/detect/lexicon';
import { CALL_ABOUT, CALL_WORD, CANDIDATE_IN_TITLE, CANDIDATE_NAMED_IN_TITLE, CANDIDATE_PREP, RECRUITER_CALL } from '../../src/shared/detect/score';
import { CANDIDATE_LINE, candidateLine } from '../../src/shared/detect/score';
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

  it('opens the weak-cue patterns for every call word the title checks run behind them', () => {
    // recruiterCall, boardCall and callAboutJob run only when the title has the interviewWeak
    // bit: each of their call words must set it ("ruft an (XING)" once did not).
    for (const re of [CALL_ABOUT, CALL_WORD]) {
      const words = /\(\?:([a-z|]+)\)/.exec(re.source)![1]!.split('|');
      for (const w of words) expect(gateMask(w) & GATE.interviewWeak, w).not.toBe(0);
    }
  });

  it("changes no calendar's colleague domains", () => {
    let learned = 0;
    for (const file of files) {
      const { events, owner } = load(file);
      setGateEnabled(true);
      const gated = [...calendarContext(events, owner).colleagueDomains];
      setGateEnabled(false);
      const full = [...calendarContext(events, owner).colleagueDomains];
      setGateEnabled(true);
      expect(gated, file).toEqual(full);
      learned += gated.length;
    }
    expect(learned).toBeGreaterThan(0);
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

  it('candidateLine finds what the candidate-line pattern finds', () => {
    const lines = fc.array(
      fc.oneof(text, fc.constantFrom('Candidate: Sam Rivera', '  candidata :  Ana', 'KANDIDATIN:x', '\tcandidat: Jo Li', 'Kandidat:', 'candidate', 'Candidates: many', 'c', 'k ')),
      { maxLength: 8 },
    ).map((xs) => xs.join('\n'));
    fc.assert(
      fc.property(lines, fc.boolean(), (s, lead) => {
        const body = lead ? `\n${s}` : s;
        const want = CANDIDATE_LINE.exec(body);
        const got = candidateLine(body);
        expect(got ? [got.index, got[0], got[1]] : null).toEqual(want ? [want.index, want[0], want[1]] : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('gates the candidate line: its folded text has the candidate bit wherever the line is', () => {
    const labels = ['Candidate: Sam Rivera', '  candidata :  Ana', 'KANDIDATIN:x', '\tcandidat: Jo Li', 'Kandidat: Ém', ' Candidato:\tLuís'];
    const lines = fc.array(fc.oneof(text, fc.constantFrom(...labels)), { maxLength: 8 }).map((xs) => xs.join('\n'));
    fc.assert(
      fc.property(lines, (body) => {
        if (CANDIDATE_LINE.test(body)) expect(gateMask(fold(body)) & GATE.candidateInTitle).not.toBe(0);
      }),
      { numRuns: 2000 },
    );
    expect(gateMask(fold('Notes\ncandidate: Sam Rivera')) & GATE.candidateInTitle).not.toBe(0);
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

// Every gated pattern, by its bit; the title's candidate patterns live in score.ts.
const GATED: Array<[number, RegExp]> = [
  [GATE.jobContextMore, LEX.JOB_CONTEXT_MORE], [GATE.candidateInTitle, CANDIDATE_IN_TITLE], [GATE.candidateInTitle, CANDIDATE_NAMED_IN_TITLE],
  [GATE.interviewWeak, RECRUITER_CALL], [GATE.candidatePrep, CANDIDATE_PREP],
  [GATE.interviewStrong, LEX.INTERVIEW_STRONG], [GATE.jobContext, LEX.JOB_CONTEXT], [GATE.atsTool, LEX.ATS_TOOL],
  [GATE.interviewerSide, LEX.INTERVIEWER_SIDE], [GATE.notHiring, LEX.NOT_HIRING_BODY], [GATE.notHiringMore, LEX.NOT_HIRING_MORE], [GATE.negativeTitle, LEX.NEGATIVE_TITLE],
  [GATE.roleNoun, LEX.ROLE_NOUN], [GATE.interviewWeak, LEX.INTERVIEW_WEAK], [GATE.ordinaryMeeting, LEX.ORDINARY_MEETING],
  [GATE.client, LEX.CLIENT],
];
/**
 * A string the pattern source can match, choosing at random among alternatives and optional
 * parts: enough of a regex sampler for the lexicon's plain patterns (groups, alternatives, ?, *,
 * +, character classes and escapes), so whole phrases such as "you're part of this interview
 * panel", not just their words, turn up in the generated text.
 */
function sample(source: string, pick: () => number): string {
  let i = 0;
  function alternatives(): string {
    const options: string[] = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    // The longest option now and then: matches that start furthest before their gated word.
    if (pick() < 0.3) return options.reduce((a, b) => (b.length > a.length ? b : a));
    return options[Math.floor(pick() * options.length)]!;
  }
  function sequence(): string {
    let out = '';
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom = '';
      const c = source[i]!;
      if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
        // A lookaround matches no text: its group is read past, and nothing is written.
        i += source[i + 2] === '<' ? 4 : 3;
        alternatives();
        i++; // ')'
      } else if (c === '(') {
        i += source.startsWith('(?:', i) ? 3 : 1;
        atom = alternatives();
        i++; // ')'
      } else if (c === '[') {
        const end = source.indexOf(']', i + 1);
        const body = source.slice(i + 1, end).replace(/\\\\(.)/g, '$1');
        atom = body[0] === '^' ? 'x' : body[Math.floor(pick() * body.length)]!;
        if (atom === '-') atom = body[0]!;
        i = end + 1;
      } else if (c === '\\') {
        const e = source[i + 1]!;
        atom = e === 'b' ? '' : e === 'w' ? 'a' : e === 's' ? ' ' : e === 'd' ? '7' : e;
        i += 2;
      } else if (c === '.') {
        atom = "'";
        i++;
      } else if (c === '^' || c === '$') {
        i++;
      } else {
        atom = c;
        i++;
      }
      const q = source[i];
      if (q === '?') {
        i++;
        if (pick() < 0.4) atom = '';
      } else if (q === '*' || q === '+') {
        i++;
        const n = Math.floor(pick() * 3) + (q === '+' ? 1 : 0);
        atom = atom.repeat(n);
      } else if (q === '{') {
        const end = source.indexOf('}', i);
        const [lo, hi] = source.slice(i + 1, end).split(',').map(Number);
        i = end + 1;
        atom = atom.repeat(Math.min(hi ?? lo!, lo! + Math.floor(pick() * 3)));
      }
      out += atom;
    }
    return out;
  }
  return alternatives();
}

const phrase = fc.tuple(fc.constantFrom(...GATED.map(([, re]) => re.source)), fc.infiniteStream(fc.nat(9999)))
  .map(([source, stream]) => {
    const it = stream[Symbol.iterator]();
    return sample(source, () => (it.next().value as number) / 10_000);
  });
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '-', '.', ', ', ': ', '#', "'", '/', 'x', 'é', '😀'];
const lexText = fc
  .array(fc.oneof(phrase, phrase, fc.constantFrom(...SEPARATORS), fc.constantFrom(...PIECES)), { maxLength: 30 })
  .map((xs) => xs.join(''));

/** Every match of `re` in `s` from `from` on, as [index, text]. */
function matchesFrom(re: RegExp, s: string, from: number): Array<[number, string]> {
  const g = new RegExp(re.source, 'g');
  g.lastIndex = from;
  const out: Array<[number, string]> = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    out.push([m.index, m[0]]);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

describe('the client bit', () => {
  // CLIENT runs on the body as written (it needs the client's capitals), the gate on its fold.
  it('is set wherever the client pattern matches the text before folding', () => {
    const clientText = fc
      .array(
        fc.oneof(
          fc.infiniteStream(fc.nat(9999)).map((stream) => {
            const it = stream[Symbol.iterator]();
            return sample(LEX.CLIENT.source, () => (it.next().value as number) / 10_000);
          }),
          fc.constantFrom(...SEPARATORS),
          fc.constantFrom('Acme', 'Helvexa AG', 'der ', 'Über', 'clients', 'Kundenservice', 'compter'),
        ),
        { maxLength: 12 },
      )
      .map((xs) => xs.join(''));
    let matched = 0;
    fc.assert(
      fc.property(clientText, (s) => {
        if (!LEX.CLIENT.test(s)) return;
        matched++;
        expect(gateMask(fold(s)) & GATE.client, s).not.toBe(0);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(300);
  });
});

describe("the gate's start positions", () => {
  it('never skip a match: a search from a pattern\'s start finds what a search from 0 finds', () => {
    fc.assert(
      fc.property(lexText, fc.boolean(), (raw, lower) => {
        const s = fold(lower ? raw.toLowerCase() : raw);
        const paths: Array<[number, ReturnType<typeof gateStarts>]> = [];
        const exact = gateStarts();
        paths.push([gateMask(s, exact), exact]);
        const printable = gateStarts();
        const fast = gateMaskPrintable(s, s.length, printable);
        if (fast !== -1) paths.push([fast, printable]);
        for (const [mask, starts] of paths) {
          for (const [bit, re] of GATED) {
            if ((mask & bit) === 0) continue;
            const from = starts[gateSlot(bit)]!;
            expect(from).toBeGreaterThanOrEqual(0);
            expect(matchesFrom(re, s, from), `${re.source.slice(0, 40)} from ${from}`).toEqual(matchesFrom(re, s, 0));
            if (bit === GATE.jobContext) {
              // No match starts after the last gated word: the collect loop stops there.
              const last = starts[JOB_LAST]!;
              for (const [at] of matchesFrom(re, s, 0)) expect(at, `a JOB_CONTEXT match after ${last}`).toBeLessThanOrEqual(last);
            }
          }
        }
      }),
      { numRuns: 6000 },
    );
  });

  it('point at the first gated word, less its back-off', () => {
    const starts = gateStarts();
    const s = 'thanks again for meeting with us last week. please submit your feedback on the candidate packet; your application is in review';
    const mask = gateMask(s, starts);
    expect(mask & GATE.interviewerSide).toBeTruthy();
    expect(starts[gateSlot(GATE.interviewerSide)]).toBe(s.indexOf('submit') - BACK_OFF[GATE.interviewerSide]!);
    expect(starts[gateSlot(GATE.jobContext)]).toBe(s.indexOf('application') - BACK_OFF[GATE.jobContext]!);
    expect(starts[JOB_LAST]).toBe(s.indexOf('application'));
    // Past a character of several UTF-8 bytes, positions are still character positions.
    const accented = gateStarts();
    const t = `é 😀 ${'x '.repeat(40)}your application`;
    expect(gateMask(t, accented) & GATE.jobContext).toBeTruthy();
    expect(accented[gateSlot(GATE.jobContext)]).toBe(t.indexOf('application') - BACK_OFF[GATE.jobContext]!);
    expect(accented[JOB_LAST]).toBe(t.indexOf('application'));
    // With the gate off nothing is known: searches start at 0 and run to the end.
    setGateEnabled(false);
    try {
      const off = gateStarts();
      gateMask(t, off);
      expect(off[gateSlot(GATE.jobContext)]).toBe(0);
      expect(off[JOB_LAST]).toBe(NO_LAST);
    } finally {
      setGateEnabled(true);
    }
  });
});

/**
 * The pattern once for each alternative of its first group ("\b(?:a|b|c)\b" → "\b(?:a)\b", …):
 * the random texts above may miss a rare alternative, these do not.
 */
function eachAlternative(source: string): string[] {
  const open = source.indexOf('(?:');
  if (open === -1) return [source];
  const parts: string[] = [];
  let depth = 0;
  let from = open + 3;
  for (let i = open + 3; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      i = source.indexOf(']', i + 1);
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (depth === 0) {
        parts.push(source.slice(from, i));
        return parts.map((p) => `${source.slice(0, open)}(?:${p})${source.slice(i + 1)}`);
      }
      depth--;
    } else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [source];
}

describe('every alternative of every gated pattern', () => {
  it('sets its bit wherever it matches, and a search from the recorded start finds the same matches', () => {
    let checked = 0;
    for (const [bit, re] of GATED) {
      const whole = new RegExp(re.source, re.flags.replace('g', ''));
      for (const alternative of eachAlternative(re.source)) {
        for (let k = 0; k < 12; k++) {
          let seed = k * 7919 + alternative.length;
          const pick = (): number => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed / 2147483648;
          };
          const phrase = sample(alternative, pick);
          for (const s of [phrase, `x ${phrase} y`, `Note.\n${phrase.toUpperCase()}`]) {
            const f = fold(s);
            if (!whole.test(f)) continue;
            const starts = gateStarts();
            const mask = gateMask(f, starts);
            expect(mask & bit, `${re.source.slice(0, 30)}… on "${s}"`).not.toBe(0);
            expect(matchesFrom(re, f, starts[gateSlot(bit)]!), `"${s}"`).toEqual(matchesFrom(re, f, 0));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
