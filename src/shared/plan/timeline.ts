// English only: the full package loads every locale, about half a second at each start.
import * as chrono from 'chrono-node/en';
import { DateTime } from 'luxon';
import type { TimelineReading } from '../domain/plan';
import {
  addBusinessDays,
  addDays,
  addMonths,
  dayOf,
  endOfDay,
  formatDay,
  iso,
  safeZone,
  weekdayOf,
  type Day,
  type WorkCalendar,
} from './calendar';

/**
 * Reads a stated timeline in the user's own words ("within two weeks", "by Friday",
 * "end of next week", "early November", "they'll contact me", "Nov 3"). chrono-node
 * reads dates; the spans and vague month parts it lacks are read here. Nothing is
 * guessed: text we cannot read is kept and shown back as not understood.
 */

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  twenty: 20, thirty: 30, 'a couple of': 2, 'a couple': 2, couple: 2, 'a few': 3, few: 3,
  several: 3,
};
const NUM = `(\\d{1,3}|a couple of|a couple|a few|couple|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)`;
const SPAN = new RegExp(
  `\\b${NUM}(?:\\s*(?:-|–|to|or)\\s*${NUM})?\\s+(business\\s+|working\\s+)?(day|week|month)s?\\b`,
);
const A_UNIT_OR_TWO = /\b(?:a|one)\s+(day|week|month)\s+or\s+two\b/;
const THEY_WILL_CONTACT =
  /\b(they|she|he|we|hr|the recruiter|recruiter|the company|someone|somebody)\s*(?:'ll|will|would|'d|are going to|is going to|shall)\s+(?:\w+\s+)?(contact|call|e-?mail|get back|reach out|be in touch|let (?:me|you|us) know|follow up|update|respond|reply|write)\b|\bwill be in touch\b|\bdon'?t call us\b|\bwait (?:for|to hear from) (?:them|their)\b/;
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_PART = new RegExp(
  `\\b(early|beginning of|start of|mid|mid-|middle of|late|end of|the end of|in|by|before|until|till)\\s*-?\\s*${MONTH_RE}\\b(?!\\s*\\d{1,2}\\b)(?:,?\\s*(\\d{4}))?`,
);
const BARE_MONTH = new RegExp(`^(?:sometime in |some time in |around |in )?${MONTH_RE}(?:,?\\s*(\\d{4}))?$`);
const RELATIVE_WEEK =
  /\b(early|beginning of|start of|mid|middle of|late|end of|the end of|later|sometime|some time)?\s*(this|next|the following)\s+week\b|\b(the )?end of (the )?week\b|\bweek after next\b/;
const RELATIVE_MONTH = /\b(early|beginning of|start of|mid|middle of|late|end of|the end of)?\s*(this|next|the)\s+month\b/;
const DAY_OF_MONTH = /\b(?:by|on|before|until|till)?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+\w)/;

function numberOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

interface Found {
  day: Day;
  how: string;
}

function readSpan(t: string, from: Day, cal: WorkCalendar): Found | null {
  const pair = A_UNIT_OR_TWO.exec(t);
  if (pair) return spanFrom(from, 2, pair[1] ?? 'week', false, `${pair[0]} from ${formatDay(from)}`, cal);
  const m = SPAN.exec(t);
  if (!m) return null;
  const first = numberOf(m[1] ?? '');
  const second = m[2] !== undefined ? numberOf(m[2]) : null;
  // "one to two weeks": take the longer end; patience costs nothing, pushing early does.
  const n = second !== null && second > first ? second : first;
  if (!Number.isFinite(n) || n <= 0 || n > 400) return null;
  return spanFrom(from, n, m[4] ?? 'day', m[3] !== undefined, `${m[0]} from ${formatDay(from)}`, cal);
}

function spanFrom(from: Day, n: number, unit: string, business: boolean, how: string, cal: WorkCalendar): Found {
  if (unit === 'month') return { day: addMonths(from, n), how };
  if (unit === 'week') return { day: business ? addBusinessDays(from, 5 * n, cal) : addDays(from, 7 * n), how };
  return { day: business ? addBusinessDays(from, n, cal) : addDays(from, n), how };
}

function mondayOf(day: Day): Day {
  return addDays(day, 1 - weekdayOf(day));
}

function readRelativeWeek(t: string, from: Day): Found | null {
  const m = RELATIVE_WEEK.exec(t);
  if (!m) return null;
  const thisMonday = mondayOf(from);
  let monday: Day;
  if (/week after next/.test(m[0])) monday = addDays(thisMonday, 14);
  else if (m[2] === 'next' || m[2] === 'the following') monday = addDays(thisMonday, 7);
  else monday = thisMonday;
  const part = m[1] ?? '';
  let offset = 4; // Friday: "next week" means by the end of it
  if (/early|beginning|start/.test(part)) offset = 1;
  else if (/mid|middle/.test(part)) offset = 2;
  let day = addDays(monday, offset);
  // "end of the week" said on a Saturday means the coming week.
  if (day < from) day = addDays(day, 7);
  return { day, how: m[0].trim() };
}

function lastDayOfMonth(year: number, month: number): Day {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).endOf('month').toISODate() ?? '';
}

function partOfMonth(part: string, year: number, month: number): Day {
  const mm = String(month).padStart(2, '0');
  if (/early|beginning|start/.test(part)) return `${year}-${mm}-10`;
  if (/mid|middle/.test(part)) return `${year}-${mm}-20`;
  return lastDayOfMonth(year, month);
}

function readMonthPart(t: string, from: Day): Found | null {
  const rel = RELATIVE_MONTH.exec(t);
  if (rel) {
    const base = rel[2] === 'next' ? addMonths(from.slice(0, 8) + '01', 1) : from;
    const year = Number(base.slice(0, 4));
    const month = Number(base.slice(5, 7));
    return { day: partOfMonth(rel[1] ?? 'end', year, month), how: rel[0].trim() };
  }
  const bare = BARE_MONTH.exec(t);
  const m: (string | undefined)[] | null = bare ? [bare[0], 'end', bare[1], bare[2]] : MONTH_PART.exec(t);
  if (!m) return null;
  const name = m[2] ?? '';
  const month = MONTHS.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
  if (month === 0) return null;
  const fromYear = Number(from.slice(0, 4));
  const year = m[3] !== undefined ? Number(m[3]) : month >= Number(from.slice(5, 7)) ? fromYear : fromYear + 1;
  const part = /early|beginning|start|mid|middle|late|end/.test(m[1] ?? '') ? (m[1] ?? '') : 'end';
  return { day: partOfMonth(part, year, month), how: (m[0] ?? name).trim() };
}

function readDayOfMonth(t: string, from: Day): Found | null {
  const m = DAY_OF_MONTH.exec(t);
  if (!m) return null;
  const dom = Number(m[1]);
  if (dom < 1 || dom > 31) return null;
  let probe = DateTime.fromISO(from, { zone: 'UTC' });
  for (let i = 0; i < 3; i++, probe = probe.plus({ months: 1 }).startOf('month')) {
    if (dom <= (probe.daysInMonth ?? 31) && (i > 0 || dom >= probe.day)) {
      return { day: probe.set({ day: dom }).toISODate() ?? from, how: m[0].trim() };
    }
  }
  return null;
}

function readWithChrono(text: string, recordedMs: number, cal: WorkCalendar): Found | null {
  const offset = DateTime.fromMillis(recordedMs, { zone: cal.zone }).offset;
  const results = chrono.parse(text, { instant: new Date(recordedMs), timezone: offset }, { forwardDate: true });
  for (const r of results) {
    const c = r.end ?? r.start;
    // A bare time ("at 5pm") names no day: do not turn it into one.
    if (!c.isCertain('day') && !c.isCertain('weekday')) continue;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    if (y === null || mo === null || d === null) continue;
    const day = DateTime.fromObject({ year: y, month: mo, day: d }, { zone: 'UTC' }).toISODate();
    if (day) return { day, how: r.text };
  }
  return null;
}

const readings = new Map<string, TimelineReading>();

/** Reads the employer's stated timeline; `until` is the end of the named local day. */
export function readStatedTimeline(
  text: string,
  opts: { recordedAt: string; timeZone: string },
): TimelineReading {
  // Only the local day it was noted on matters (times of day are never read), so re-plans
  // of the same application reuse the reading instead of running chrono again.
  const zone = safeZone(opts.timeZone);
  const recordedMs = Date.parse(opts.recordedAt);
  const key = Number.isFinite(recordedMs)
    ? `${zone}|${dayOf(recordedMs, { zone, workdayStart: '09:30', workdayEnd: '17:30', country: null })}|${text}`
    : '';
  const hit = key === '' ? undefined : readings.get(key);
  if (hit) return { ...hit };
  const reading = readUncached(text, opts);
  if (key !== '') {
    if (readings.size > 50_000) readings.clear();
    readings.set(key, reading);
  }
  return { ...reading };
}

function readUncached(text: string, opts: { recordedAt: string; timeZone: string }): TimelineReading {
  const cal: WorkCalendar = { zone: safeZone(opts.timeZone), workdayStart: '09:30', workdayEnd: '17:30', country: null };
  const t = normalise(text);
  const theyWillContact = THEY_WILL_CONTACT.test(t);
  const recordedMs = Date.parse(opts.recordedAt);
  if (t === '' || !Number.isFinite(recordedMs)) {
    return {
      text,
      understood: false,
      theyWillContact: false,
      explanation: t === '' ? 'No timeline given, so the default wait applies' : 'Not understood: no date to read it from, so the default wait applies',
    };
  }
  const from = dayOf(recordedMs, cal);
  const found =
    readSpan(t, from, cal) ??
    readRelativeWeek(t, from) ??
    readMonthPart(t, from) ??
    readDayOfMonth(t, from) ??
    readWithChrono(t, recordedMs, cal);
  if (found) {
    const past = found.day < from ? ', which had already passed when you noted it' : '';
    return {
      text,
      understood: true,
      until: iso(endOfDay(found.day, cal)),
      theyWillContact,
      explanation: `by ${formatDay(found.day)} (read "${found.how}")${past}`,
    };
  }
  if (theyWillContact) {
    return {
      text,
      understood: true,
      theyWillContact: true,
      explanation: 'They will contact you, with no date given: the default wait applies, never sooner',
    };
  }
  return {
    text,
    understood: false,
    theyWillContact: false,
    explanation: `Not understood as a date or a length of time, so the default wait applies`,
  };
}
