import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DateTime } from 'luxon';
import type { CalendarEvent, CalendarOwner, EventSource } from '../shared/domain/event';
import { safe } from '../shared/domain/ids';
import { fromGoogleEvent, ownerFromEventsList } from '../shared/events/google';
import { DEFAULT_MAX_BYTES, IcsImportError, parseIcs } from '../main/ics/import';
import { CliError } from './errors';

/** How far around now recurring .ics events are expanded: the same window as the app's import. */
const WINDOW_PAST_DAYS = 180;
const WINDOW_FUTURE_DAYS = 365;

/** A calendar file read into normalised events, with what it says about its owner. */
export interface CalendarFile {
  name: string;
  format: 'ics' | 'google-json';
  source: EventSource;
  /** Stable per file name, so importing the same file again updates instead of duplicating. */
  calendarId: string;
  events: CalendarEvent[];
  /** The owner the file names for sure (events.list `owner`, an email `summary`, a `self` attendee). */
  owner?: CalendarOwner;
  /** A weaker guess (.ics files rarely say whose they are). */
  ownerGuess?: CalendarOwner;
  skipped: Array<{ eventId: string; reason: string }>;
}

/** Reads an .ics file or a Google events.list JSON file; fails with one sentence if it is neither. */
export async function readCalendarFile(path: string, now: Date): Promise<CalendarFile> {
  const text = await readText(path);
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === '.ics' || ext === '.ical' || (ext !== '.json' && /^BEGIN:VCALENDAR/i.test(head))) return fromIcs(text, name, now);
  if (ext === '.json' || head.startsWith('{') || head.startsWith('[')) return fromGoogleJson(text, name);
  throw new CliError(`${name} is neither an .ics calendar nor a Google events.list JSON file.`);
}

async function readText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path} is a folder, not a calendar file.`);
    if (info.size > DEFAULT_MAX_BYTES) throw new CliError(`${path} is larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MB; is it really a calendar?`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`cannot read ${path}: ${why}.`);
  }
}

function fromIcs(text: string, name: string, now: Date): CalendarFile {
  // Same calendar id as the app's "Import .ics": importing a file from either updates the same interviews.
  const calendarId = `file:${safe(name) || 'calendar.ics'}`;
  const at = DateTime.fromJSDate(now);
  try {
    const parsed = parseIcs(text, {
      calendarId,
      window: {
        start: at.minus({ days: WINDOW_PAST_DAYS }).toUTC().toISO()!,
        end: at.plus({ days: WINDOW_FUTURE_DAYS }).toUTC().toISO()!,
      },
    });
    return {
      name,
      format: 'ics',
      source: 'ics',
      calendarId,
      events: parsed.events,
      ...(parsed.ownerGuess ? { ownerGuess: parsed.ownerGuess } : {}),
      skipped: [],
    };
  } catch (error) {
    if (error instanceof IcsImportError) throw new CliError(`${name} could not be read as an .ics calendar: ${error.message}`);
    throw error;
  }
}

function fromGoogleJson(text: string, name: string): CalendarFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${name} is not valid JSON (${(error as Error).message}).`);
  }
  // A bare array of events is accepted too (hand-made fixtures often are).
  const items = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw.items) ? raw.items : undefined;
  if (!items) throw new CliError(`${name} is not a Google events.list response: it has no "items" list.`);
  const calendarId = `import:${safe(name) || 'calendar.json'}`;
  const events: CalendarEvent[] = [];
  const skipped: CalendarFile['skipped'] = [];
  items.forEach((item, index) => {
    const mapped = fromGoogleEvent(item, calendarId);
    if ('event' in mapped) events.push(mapped.event);
    else skipped.push({ eventId: eventIdOf(item) ?? `#${index + 1}`, reason: mapped.skipped });
  });
  const owner = ownerFromEventsList(Array.isArray(raw) ? { items: raw } : raw);
  return { name, format: 'google-json', source: 'google', calendarId, events, ...(owner ? { owner } : {}), skipped };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const eventIdOf = (item: unknown) => (isObject(item) && typeof item.id === 'string' ? item.id : undefined);

/** Who the calendar belongs to: --owner, then what the file says for sure, then Settings, then a guess. */
export function chooseOwner(file: CalendarFile, flag: string | undefined, profileEmail: string): CalendarOwner | undefined {
  if (flag) return { email: flag };
  if (file.owner) return file.owner;
  if (profileEmail) return { email: profileEmail };
  return file.ownerGuess;
}
