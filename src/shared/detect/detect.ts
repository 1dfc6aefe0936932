import type { CalendarEvent, CalendarOwner } from '../domain/event';
import type { InterviewKind, Interviewer } from '../domain/application';
import { boilerplateStart, cleanLine, fold, isPlain, isPlainLine, toPlainText, withoutConferenceBoilerplate, withoutMarkup } from './text';
import { eventPeople, ownerIdentity, type OwnerIdentity, type Person } from './people';
import { asWritten, findInterviewers, noteOpeningNames, noteTitleNames, ownerListedAsInterviewer, type ListCache } from './interviewers';
import { scoreEvent, WEIGHTS, type Signal } from './score';
import { type CompanySource, type EventText, HEADED_NAME, extractCompany, extractKind, extractMeetingLink, extractRole, extractRound, initialsOf, isInitials, namesMore } from './extract';
import { PLACEHOLDER_TITLE, VIDEO_WORD, cap } from './lexicon';
import { gateMask, gateMaskLine, gateMaskPrintable, gateStarts, JOB_LAST, NO_LAST, type GateStarts } from './gate';
import { calendarContext, contextAt, EMPTY_CONTEXT, type CalendarContext } from './context';
import { companyKey, sameCompanyKeys } from './company';
import { cached } from './cache';
import { isContraction } from './phrase';
import { domainLabel } from './domains';

/** What the detector concluded about one calendar event, with its reasons. */
export interface Detection {
  eventId: string;
  /** A job interview where the calendar's owner is the CANDIDATE. */
  isInterview: boolean;
  /** 0..1. */
  confidence: number;
  /** Human-readable contributions, strongest first. */
  reasons: string[];
  /** Hiring company's plain name (not the agency, not the scheduling tool). */
  company: string | null;
  role: string | null;
  kind: InterviewKind;
  /** People interviewing the owner (not the owner, rooms or recruiting coordinators). */
  interviewers: Interviewer[];
  round: string | null;
  meetingLink?: string;
  location?: string;
  /** Bad input that could not be classified. */
  skippedReason?: string;
}

/** Google event types that are never meetings with other people. */
const NON_MEETING_TYPES = new Set(['outOfOffice', 'focusTime', 'workingLocation', 'birthday']);

function negative(eventId: string, reason: string, confidence = 0.01): Detection {
  return { eventId, isInterview: false, confidence, reasons: [reason], company: null, role: null, kind: 'video', interviewers: [], round: null };
}

function isUsableEvent(event: unknown): event is CalendarEvent {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Partial<Record<keyof CalendarEvent, unknown>>;
  return typeof e.id === 'string' && Array.isArray(e.attendees) && Array.isArray(e.conferenceEntryPoints);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Classifies one event: is it a job interview of the calendar's owner, and its company, kind, interviewers.
 * `context` (from calendarContext) adds what the rest of the calendar knows, e.g. the owner's colleagues.
 */
export function detectInterview(
  event: CalendarEvent,
  owner: CalendarOwner,
  context: CalendarContext = EMPTY_CONTEXT,
  options: DetectOptions = {},
): Detection {
  try {
    const queue: Pending[] = [];
    const d = classify(event, owner, contextAt(context, event), options.details !== false, queue, 0, undefined);
    if (d !== null) return d;
    // An interview: classify() queued its details.
    extractDetails(queue[0]!);
    return queue[0]!.detection;
  } catch (err) {
    return crashed(event, err);
  }
}

/** The detector must never take down a sync; a crash here is a bug, reported as a skip. */
function crashed(event: CalendarEvent, err: unknown): Detection {
  const id = typeof event?.id === 'string' ? event.id : '';
  const d = negative(id, 'could not be classified', 0);
  d.skippedReason = `internal error: ${err instanceof Error ? err.message : 'unknown'}`;
  return d;
}

/**
 * `details: false` decides and explains only (isInterview, confidence, reasons): company, role,
 * interviewers and round stay empty and kind is the default. Extraction is the costlier half of
 * detection, and a caller that only needs the decision need not pay for it.
 */
export interface DetectOptions {
  details?: boolean;
}

/**
 * What extraction needs of an event classify() found to be an interview: the decision's
 * working (text, people, owner identity, lists) and the detection to fill in.
 */
interface Pending {
  detection: Detection;
  event: CalendarEvent;
  text: EventText;
  people: Person[];
  id: OwnerIdentity;
  lists: ListCache;
  /** Where the detection sits in detectInterviews' output. */
  index: number;
  /** The calendar's colleague domains (CalendarContext). */
  colleagues: ReadonlySet<string>;
}

/**
 * Decides one event. For an interview whose details are wanted, returns null and queues what
 * extracting them needs (with `index`) on `queue`.
 */
function classify(
  event: CalendarEvent,
  owner: CalendarOwner,
  context: CalendarContext,
  details: boolean,
  queue: Pending[],
  index: number,
  rounds: Rounds | undefined,
): Detection | null {
  if (!isUsableEvent(event)) {
    const d = negative('', 'not a calendar event', 0);
    d.skippedReason = 'not a calendar event';
    return d;
  }
  if (!owner || typeof owner.email !== 'string') {
    const d = negative(event.id, 'unknown calendar owner', 0);
    d.skippedReason = 'no calendar owner to tell candidate from interviewer';
    return d;
  }
  const eventType = str(event.eventType) || 'default';
  if (NON_MEETING_TYPES.has(eventType)) return negative(event.id, `a ${eventType} entry, not a meeting`);

  const text = eventText(event);
  if (!text.title && !text.body && !text.location) {
    const d = negative(event.id, 'no title, description or location to judge', 0);
    d.skippedReason = 'empty event';
    return d;
  }
  const id = ownerIdentity(owner, event);
  const people = eventPeople(event, id);
  const lists: ListCache = {};
  const scored = scoreEvent(event, text, id, people, ownerListedAsInterviewer(text.body, text.bodyFolded, id, lists), context);
  const isInterview = scored.score > 0 && !scored.ownerInterviews;
  const reasons = reasonsStrongestFirst(scored.signals);

  const base: Detection = {
    eventId: event.id,
    isInterview,
    confidence: round2(isInterview ? scored.confidence : Math.min(scored.confidence, 0.49)),
    reasons,
    company: null,
    role: null,
    kind: 'video',
    interviewers: [],
    round: null,
  };
  if (rounds !== undefined && scored.employers !== '') {
    // Worked out into labels only if some meeting is reconsidered (laterRounds).
    if (isInterview) rounds.hiring.push(scored.employers);
    else if (scored.ownerInTitle && !scored.ownerInterviews && scored.score > -WEIGHTS.sameEmployerRound) {
      rounds.maybe.push({ pending: { detection: base, event, text, people, id, lists, index, colleagues: context.colleagueDomains }, score: scored.score, signals: scored.signals, employers: scored.employers, details });
    }
  }
  if (rounds !== undefined && !isInterview && people.length === 0 && !scored.vetoed && scored.score > -WEIGHTS.noteOfRound && isNoteOfMeeting(text.titleFolded)) {
    rounds.notes.push({ pending: { detection: base, event, text, people, id, lists, index, colleagues: context.colleagueDomains }, score: scored.score, signals: scored.signals, employers: '', details });
  }
  if (!isInterview || !details) return base;
  // Extraction costs more than scoring, so only interviews pay for it.
  queue.push({ detection: base, event, text, people, id, lists, index, colleagues: context.colleagueDomains });
  return null;
}

/** Company, role, kind, interviewers, round, link and place of an interview classify() queued. */
function extractDetails({ detection, event, text: eventText, people, id, lists, colleagues }: Pending, names?: CalendarNames, index = 0): void {
  const text = eventText.title.length < 24 && PLACEHOLDER_TITLE.test(eventText.titleFolded) ? titledByBody(eventText) : eventText;
  const found = findInterviewers(text.body, people, id, text.bodyFolded, lists, text.titleFolded);
  // The owner's own note names whom it meets in its title, if anywhere.
  if (found.interviewers.length === 0 && people.length === 0) {
    found.interviewers = noteTitleNames(text.title, id, text.body);
    // Or in its description's opening, or a segment of its title that reads as one (noteBodyNames).
    if (found.interviewers.length === 0) found.interviewers = noteOpeningNames(text.title, text.body, id);
  }
  const meetingLink = extractMeetingLink(event, text);
  const source: CompanySource | undefined = names ? { spelled: names.spelled } : undefined;
  detection.company = extractCompany(text, event, people, id, found.interviewers, source, colleagues);
  if (source?.unspelled !== undefined) names!.unspelled.push([index, source.unspelled]);
  else if (source?.label !== undefined) {
    names!.spelledAt.push(index);
    names!.spelledFor.push(source.label);
  }
  detection.role = extractRole(text, detection.company, id);
  detection.kind = extractKind(text, event, meetingLink);
  // A name read from prose may be the company's ("… con Lumbre Hogar"): not an interviewer.
  const interviewers = detection.company ? notTheCompany(found.interviewers, detection.company) : found.interviewers;
  detection.interviewers = text.bodyAscii === true ? interviewers : asWritten(interviewers, text.body, text.bodyFolded);
  detection.round = extractRound(text);
  if (meetingLink) detection.meetingLink = meetingLink;
  const location = text.location;
  if (location && !/^https?:\/\//i.test(location) && !VIDEO_WORD.test(text.locationFolded)) detection.location = location;
}

/**
 * "Hold" over "Northmoor Systems – first interview for Engineering Manager, …": the title hides
 * the entry (PLACEHOLDER_TITLE), and the description's first sentence is its real title.
 */
function titledByBody(text: EventText): EventText {
  const line = text.body.trimStart();
  let end = line.indexOf('\n');
  if (end === -1) end = line.length;
  const stop = line.slice(0, end).search(/[.!?](?:\s|$)/);
  // Brackets in prose say who someone is ("Deepa Menon (Director of Engineering)"), not the job.
  const title = line.slice(0, Math.min(stop === -1 ? end : stop, 200)).replace(/\s*\([^()]*\)/g, '').trim();
  if (!title) return text;
  const titleFolded = fold(title);
  return { ...text, title, titleFolded, titleGate: gateMask(titleFolded) };
}

/** The interviewers without one that names the company (only names without an address can). */
function notTheCompany(interviewers: Interviewer[], company: string): Interviewer[] {
  for (let k = 0; k < interviewers.length; k++) {
    if (namesCompany(interviewers[k]!, company)) return interviewers.filter((i) => !namesCompany(i, company));
  }
  return interviewers;
}

function namesCompany(i: Interviewer, company: string): boolean {
  // The same few names recur across a calendar: each is normalised once.
  return i.email === undefined && sameCompanyKeys(cached(NAME_KEYS, i.name, companyKey), cached(NAME_KEYS, company, companyKey));
}

const NAME_KEYS = new Map<string, string>();

/**
 * Title, description and location as detection reads them: plain text, folded, with the gate
 * masks. Most of them are printable ASCII, which takes a fast path: see below.
 */
function eventText(event: CalendarEvent): EventText {
  // A title of printable ASCII with no markup and no double spaces only needs trimming.
  const summary = str(event.summary);
  const summaryLower = summary.toLowerCase();
  const lineGate = summary.length <= 2000 && summaryLower.length === summary.length && summary.indexOf('<') === -1 &&
    summary.indexOf('&') === -1 && summary.indexOf('  ') === -1 ? gateMaskLine(summaryLower) : -1;
  const title = lineGate !== -1 ? summary.trim() : cleanLine(summary);
  const titleFolded = lineGate !== -1 ? summaryLower.trim() : fold(title);
  // Most descriptions are plain printable ASCII once markup is gone, at least up to where the
  // conferencing boilerplate starts (junk after that point cannot move it): then there is no junk
  // to remove, folding is lower-casing, and one scan of the lower-cased text before the boilerplate
  // finds both that and the gate mask.
  const marked = withoutMarkup(str(event.description));
  const cut = boilerplateStart(marked);
  const head = cut === -1 ? marked : marked.slice(0, cut);
  const lower = head.toLowerCase();
  const bodyStarts = freshStarts();
  const fastGate = lower.length === head.length ? gateMaskPrintable(lower, lower.length, bodyStarts) : -1;
  // Otherwise (accents, bullets, dashes…) the text before the boilerplate is still the body
  // when it holds nothing toPlainText removes: then only folding is left to do.
  const body = fastGate !== -1 || isPlain(head) ? head : withoutConferenceBoilerplate(toPlainText(str(event.description)));
  const bodyFolded = fastGate !== -1 ? lower : fold(body);
  const rawLocation = str(event.location);
  const plainLocation = isPlainLine(rawLocation);
  const location = plainLocation ? rawLocation.trim() : cleanLine(rawLocation);
  return {
    title,
    titleFolded,
    body,
    bodyFolded,
    location,
    locationFolded: plainLocation ? location.toLowerCase() : fold(location),
    titleGate: lineGate !== -1 ? lineGate : gateMask(titleFolded),
    bodyGate: fastGate !== -1 ? fastGate : gateMask(bodyFolded, bodyStarts),
    bodyStarts,
    bodyAscii: fastGate !== -1,
  };
}

/**
 * The gate's start positions are read only while the event is scored (score.ts): one array
 * serves every event, reset for each, instead of a new one per event. Extraction never reads
 * them (EventText.bodyStarts): in a queued interview's text they are a later event's.
 */
const STARTS = gateStarts();
function freshStarts(): GateStarts {
  STARTS.fill(0);
  STARTS[JOB_LAST] = NO_LAST;
  return STARTS;
}

/**
 * Reasons of all signals but the bias, strongest first; ties keep their order (a stable
 * insertion sort, same order as Array.prototype.sort on these few items).
 */
function reasonsStrongestFirst(signals: Signal[]): string[] {
  const out = new Array<string>(signals.length - 1);
  const weights = WEIGHT_SCRATCH.length >= signals.length ? WEIGHT_SCRATCH : new Float64Array(signals.length);
  for (let i = 1; i < signals.length; i++) {
    const s = signals[i]!;
    const w = Math.abs(s.weight);
    let j = i - 1;
    while (j > 0 && weights[j - 1]! < w) {
      out[j] = out[j - 1]!;
      weights[j] = weights[j - 1]!;
      j--;
    }
    out[j] = s.reason;
    weights[j] = w;
  }
  return out;
}

/** reasonsStrongestFirst's working space: most events have well under 32 signals. */
const WEIGHT_SCRATCH = new Float64Array(32);

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** detectInterviews' options: a context known beyond this batch, and details for only some events. */
export interface BatchOptions {
  /** What the calendar says about the owner; by default, what these events say (calendarContext). */
  context?: CalendarContext;
  /** Whether to extract an event's details; false for all, as in DetectOptions, by default true. */
  details?: boolean | ((event: CalendarEvent) => boolean);
  /**
   * Employer names spelled in earlier batches of this calendar, by domain label (see lendNames):
   * rounds of this batch may take them, and the names this batch spells are added to the map.
   */
  names?: Map<string, string>;
}

/**
 * Classifies a batch of events from one calendar, using what the whole calendar says about the
 * owner; rounds whose invite spells no company take the name another round of the batch spelled
 * for the same employer domain (lendNames).
 */
export function detectInterviews(events: CalendarEvent[], owner: CalendarOwner, options: BatchOptions = {}): Detection[] {
  let context = options.context ?? EMPTY_CONTEXT;
  if (!options.context) {
    try {
      context = calendarContext(events, owner);
    } catch {
      // A malformed batch still gets classified event by event.
    }
  }
  const detailsFor = options.details;
  const dated = context.colleagueSince !== undefined;
  const out: Detection[] = new Array<Detection>(events.length);
  // Two passes: the events are decided first, then the interviews' details are extracted in a
  // run of their own. The results are the same as detecting each event in turn (tested), and
  // the whole detector is about 12% faster over a large calendar (bench/detect.bench.ts, A/B
  // on this code). The queue holds the working state of at most QUEUE_MAX interviews.
  const queue: Pending[] = [];
  const names: CalendarNames = { spelled: options.names ?? new Map(), unspelled: [], spelledAt: [], spelledFor: [] };
  const rounds: Rounds = { hiring: [], maybe: [], notes: [] };
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    try {
      const details = typeof detailsFor === 'function' ? detailsFor(event) : detailsFor !== false;
      // A later employer's invites from before the owner joined it are an outside employer's.
      const d = classify(event, owner, dated ? contextAt(context, event) : context, details, queue, i, rounds);
      if (d !== null) out[i] = d;
    } catch (err) {
      out[i] = crashed(event, err);
    }
    if (queue.length >= QUEUE_MAX) extractQueued(queue, out, names);
  }
  extractQueued(queue, out, names);
  if (rounds.maybe.length > 0 || rounds.notes.length > 0) {
    const hiring = new Set<string>();
    for (const employers of new Set(rounds.hiring)) addEmployers(hiring, employers);
    if (rounds.maybe.length > 0) laterRounds(rounds.maybe, hiring, names, out);
    if (rounds.notes.length > 0) notedRounds(rounds.notes, hiring, names, out);
  }
  lendNames(names, out);
  return out;
}

/**
 * What the batch knows of employers' rounds: the employer labels of its interviews, and the
 * meetings that name the owner with an employer's people that fell just short of an interview.
 */
interface Rounds {
  /** The employers' domains of the interviews, as ScoreResult.employers gives them. */
  hiring: string[];
  maybe: Reconsidered[];
  /** The owner's own notes of a meeting (nobody invited, no hard negative): see notedRounds. */
  notes: Reconsidered[];
}

/** A meeting the batch may reconsider once it knows the calendar's other rounds. */
interface Reconsidered {
  pending: Pending;
  score: number;
  signals: Signal[];
  employers: string;
  details: boolean;
}

/**
 * Makes a reconsidered meeting an interview, with the signal that tipped it, and extracts its
 * details; `spelledAs` is the employer's name as its invites spell it, when the meeting's own
 * text only shortens it.
 */
function promote(m: Reconsidered, weight: number, reason: string, names: CalendarNames, out: Detection[], spelledAs?: string, namedAs?: string): void {
  const { pending } = m;
  const index = pending.index;
  const score = m.score + weight;
  const signals = [...m.signals, { weight, reason }];
  try {
    pending.detection = { ...pending.detection, isInterview: true, confidence: round2(1 / (1 + Math.exp(-score))), reasons: reasonsStrongestFirst(signals) };
    if (m.details) {
      extractDetails(pending, names, index);
      if (spelledAs !== undefined) pending.detection.company = spelledAs;
      // The name another round was given, unless this note spells more of it ("Oostwal Uitgevers" over "Oostwal").
      else if (namedAs !== undefined && !(pending.detection.company && namesMore(pending.detection.company, namedAs))) pending.detection.company = namedAs;
    }
    out[index] = pending.detection;
  } catch (err) {
    out[index] = crashed(pending.event, err);
  }
}

/**
 * A note of the owner's that records meeting someone ("zoom w/ avonmore ceo (Howard Lin)",
 * "kestrel in person w/ Gary (terminal mgr) 7am", "MERIDIAN ONSITE 9am!!", "fulcrum - phone w/
 * GM") and is no chore ("f/u w/ Leo", "nudge", "send", "withdraw", "drug screen").
 */
function isNoteOfMeeting(title: string): boolean {
  return NOTE_MEETING.test(title) && !NOTE_CHORE.test(title);
}

const NOTE_MEETING = /(?:\bw\/|\bwith)\s+\w|\b(?:on-?site|in[- ]person|vor ort|sur place|op locatie|presencial|r[uü]ckruf|video ?call|(?:video)?trucada|whatsapp|finals?|phone|tel|calling|(?:call|appel|llamada|anruf) (?:recrui\w*|recrut\w*|rh|rrhh|hr|hm|hiring)|team[- ]match\w*|zoom|teams|hirevue|ride[- ]along|site walk|(?:plant|factory) (?:visit|tour)|visita (?:a )?(?:la )?(?:fabrica|planta|taller)|werksbesichtigung|gesprach|gesprek|[23](?:ª|º|nd|rd|e)(?= \w)|day in the office|immersion|proefdienst|meeloopdag|schnuppertag|probearbeit\w*|stage|tasting|intvw?|interview)\b/;
/** Chores, and drinks with a contact ("Beers w/ Dominic - Pelican Bay LNG"), which networking is. */
const NOTE_CHORE = /\b(?:f\/u|nudge|ping|refs?|references?|e-?mail|decline|accept|hike|hiking|yoga|gym|pilates|swim\w*|climb\w*|withdraw\w*|absage\w*|absagen|afzeggen|afmelden|annuler|cancelar|drug|research|submit|send|closes|take-?home|assessment|decision|referral|ex-\w+|now at|beers?|drinks|happy hour|brunch)\b/;
/** Words of a note that say how or when it meets, never whom (not matched against employers). */
const NOTE_WORDS = new Set(['with', 'call', 'calls', 'calling', 'final', 'finals', 'intv', 'onsite', 'phone', 'zoom', 'teams', 'person', 'ride', 'along', 'site', 'walk', 'office', 'interview', 'intvw', 'meeting', 'dinner', 'lunch', 'breakfast', 'bkfst', 'coffee', 'drinks', 'board', 'round', 'chat', 'hirevue', 'record', 'their', 'team', 'visit', 'tour', 'visita', 'fabrica', 'planta', 'taller']);

/**
 * The owner's note of a meeting that names an employer this calendar (or an earlier batch of it)
 * has interviews with, by the first letters of its domain ("dinner w/ Tobias Lindqvist
 * (brightwater)", interviews from brightwaterenergy.com): a round of that application. Across
 * the labelled calendars such notes are rounds 15 times out of 16 (the other, a rehearsal, is a
 * hard negative now).
 */
function notedRounds(notes: Reconsidered[], hiring: ReadonlySet<string>, names: CalendarNames, out: Detection[]): void {
  const named = interviewNames(out);
  // By their first four letters, in order: a note's word of four letters or more starts a label only if they agree.
  const labels = new Map<string, string[]>();
  for (const l of new Set([...hiring, ...names.spelled.keys(), ...named.keys()])) {
    if (l.length < 4) continue;
    const head = l.slice(0, 4);
    const list = labels.get(head);
    if (list === undefined) labels.set(head, [l]);
    else list.push(l);
  }
  if (labels.size === 0) return;
  for (const m of notes) {
    const at = noteEmployer(m.pending.text.titleFolded, labels, names.spelled);
    if (at === undefined || m.score + WEIGHTS.noteOfRound <= 0 || timedByOther(m.pending.text.titleFolded, at[0])) continue;
    const [known, label] = at;
    // The note's shorthand ("brightwater") is the employer the invites spell in full.
    // A domain's label ("messe-siegerland") keys an interview's name by its letters ("messesiegerland").
    promote(m, WEIGHTS.noteOfRound, `your note of meeting ${known}, which you interview with in this calendar`, names, out, names.spelled.get(label), named.get(label) ?? named.get(label.replace(/[^a-z0-9]/g, '')));
  }
}

/**
 * The note names the employer only to place itself in time: "cut + beard (before Great Lakes
 * final)", "gym after acme onsite", "Friseur vor Gespräch Hansa". Its meeting is another. (Dutch
 * "voor" is left out: it is "for" as often as "before", as in "gesprek voor Acme".)
 */
function timedByOther(title: string, word: string): boolean {
  const at = title.indexOf(word);
  return at > 0 && TIMED_BY.test(title.slice(Math.max(0, at - 24), at));
}
const TIMED_BY = /\b(?:before|after|ahead of|prior to|post|pre|vor|nach|avant|apres|antes del?|despues del?|na afloop van)\s+(?:(?:the|my|le|la|el|das|der|die|het|de)\s+)?$/;

/**
 * The companies of the interviews found, by their letters ("oostkampuitgevers"): an employer
 * only the owner's notes name ("2e gesprek oostkamp") has no domain label, but its name serves
 * as one for the application's other notes ("tel. gesprek Oostkamp Uitgevers ??").
 */
function interviewNames(out: Detection[]): Map<string, string> {
  const distinct = new Set<string>();
  for (const d of out) if (d?.isInterview && d.company) distinct.add(d.company);
  const byLetters = new Map<string, string>();
  for (const c of distinct) {
    const letters = companyKey(c).replace(/ /g, '');
    // Two spellings of one name: the longer names more ("Woonzorg Oudwijk" over "Oudwijk" is another key).
    const had = byLetters.get(letters);
    if (had === undefined || c.length > had.length) byLetters.set(letters, c);
  }
  return byLetters;
}

/**
 * The word of a note's title that starts an employer's domain label, and that label, if any; a
 * label whose name an invite spelled first ("lanternfish" over a board member's "hadley").
 */
function noteEmployer(title: string, labels: ReadonlyMap<string, string[]>, spelled: ReadonlyMap<string, string>): [string, string] | undefined {
  let found: [string, string] | undefined;
  const words = title.split(/[^a-z0-9]+/);
  for (const word of words) {
    if (word.length < 4 || NOTE_WORDS.has(word)) continue;
    let starts = (labels.get(word.slice(0, 4)) ?? NO_LABELS).filter((l) => l.startsWith(word));
    // A word that starts several labels ("kita" of kitaverbund-lindenhof and kitaverbund-straphael)
    // names the one that also holds another word of the note ("tel. St. Raphael - Kita-Ltg"), if one does.
    if (starts.length > 1) {
      const held = starts.find((c) => words.some((w) => w !== word && w.length >= 4 && !NOTE_WORDS.has(w) && c.includes(w, word.length)));
      if (held !== undefined) starts = [held];
    }
    for (const l of starts) {
      if (spelled.has(l)) return [word, l];
      found ??= [word, l];
    }
  }
  return found;
}

const NO_LABELS: string[] = [];

function addEmployers(hiring: Set<string>, employers: string): void {
  const comma = employers.indexOf(', ');
  hiring.add(employerLabel(comma === -1 ? employers : employers.slice(0, comma)));
  if (comma !== -1) hiring.add(employerLabel(employers.slice(comma + 2)));
}

/** The domain label of an employer's domain, worked out once per domain. */
function employerLabel(domain: string): string {
  return cached(EMPLOYER_LABELS, domain, domainLabel);
}
const EMPLOYER_LABELS = new Map<string, string>();

/**
 * A meeting that names the owner, with people of an employer another round of this calendar
 * (or an earlier batch of it: `names`) is an interview with, is the next round: "Marisa
 * Quintero / Lorraine Whitcomb - Sablewood" from the hiring VP's own calendar, after the
 * recruiter's screen from sablewood.com. Only meetings just short of the threshold are
 * reconsidered, and what they add is not carried on to others.
 */
function laterRounds(maybe: Reconsidered[], hiring: ReadonlySet<string>, names: CalendarNames, out: Detection[]): void {
  for (const m of maybe) {
    const comma = m.employers.indexOf(', ');
    const first = m.employers.slice(0, comma === -1 ? m.employers.length : comma);
    const known = [first, comma === -1 ? '' : m.employers.slice(comma + 2)].find((d) => d !== '' && (hiring.has(employerLabel(d)) || names.spelled.has(employerLabel(d))));
    if (known === undefined || m.score + WEIGHTS.sameEmployerRound <= 0) continue;
    promote(m, WEIGHTS.sameEmployerRound, `another round with ${known} in this calendar`, names, out);
  }
}

/**
 * The names the calendar's invites spelled, by employer domain label; the interviews whose own
 * invite spelled none, and those whose invite spelled one (their index in the output, and their label).
 */
interface CalendarNames {
  spelled: Map<string, string>;
  unspelled: Array<[number, string]>;
  /** Where the interviews whose invite spelled a name sit in the output, and their labels (two lists: no pair per interview). */
  spelledAt: number[];
  spelledFor: string[];
}

/**
 * Rounds of one application come from the employer's domain: a round whose invite never spells
 * the name ("Follow up – Gabriela Wojcik" from glcold.com) takes the one another round spelled
 * ("Great Lakes Cold Storage"), instead of the title-cased label ("Glcold"); one that spells it
 * short ("Vechtstede") takes the fuller name another spelled ("Gemeente Vechtstede").
 */
function lendNames(names: CalendarNames, out: Detection[]): void {
  let byLetters: Map<string, string> | undefined;
  for (const [index, label] of names.unspelled) {
    const d = out[index];
    if (d === undefined || !d.isInterview) continue;
    let name = names.spelled.get(label);
    if (name === undefined) {
      // A round with no address spelled it ("Potomac Civic Fund" on the owner's note of the
      // final round) and this label is its letters (potomaccivicfund.org).
      byLetters ??= namesByLetters(out);
      name = byLetters.get(label);
      // A state's letters after the name: arcadiasmilesaz.com for "Arcadia Smiles".
      if (name === undefined && US_STATE_END.test(label)) name = byLetters.get(label.slice(0, -2));
    }
    if (name !== undefined) d.company = name;
  }
  for (let k = 0; k < names.spelledAt.length; k++) {
    const name = names.spelled.get(names.spelledFor[k]!);
    const d = out[names.spelledAt[k]!];
    // Most rounds spelled the name the map holds: only a shorter one is compared.
    if (name === undefined || d === undefined || d.company === null || d.company === name || !d.isInterview) continue;
    if (namesMore(name, d.company)) d.company = name;
  }
  writeOutInitials(names, out);
  withTradeWord(out);
  writeOutContractions(out);
}

/**
 * A name with one word contracted, as job seekers shorten words in their own notes ("Brazoria
 * Petchem site intvw", "kestrel intl freight"), takes the name another round spells that word out
 * in ("Brazoria Petrochemical", "Kestrel International Freight"), when exactly one does. The
 * contraction keeps the word's first letter and three letters or more, in order, and the other
 * words, the first among them, are the same.
 */
function writeOutContractions(out: Detection[]): void {
  // The distinct names of two words or more, by their first word and number of words.
  // Each distinct name once: a calendar repeats its employers' names round after round.
  const distinct = new Set<string>();
  for (const d of out) {
    const c = d?.isInterview ? d.company : null;
    if (c && c.indexOf(' ') !== -1) distinct.add(c);
  }
  // Each name's folded words, worked out once: a bucket's names are compared pairwise.
  let buckets: Map<string, Array<[string, string[]]>> | undefined;
  for (const c of distinct) {
    const words = fold(c).split(' ');
    const key = `${words.length} ${words[0]}`;
    buckets ??= new Map();
    const names = buckets.get(key);
    if (names === undefined) buckets.set(key, [[c, words]]);
    else names.push([c, words]);
  }
  if (buckets === undefined) return;
  let full: Map<string, string> | undefined;
  for (const names of buckets.values()) {
    if (names.length < 2) continue;
    for (const [short, a] of names) {
      let only: string | null | undefined;
      for (const [long, b] of names) {
        if (long !== short && contracts(a, b)) only = only === undefined ? long : null;
      }
      if (only) (full ??= new Map()).set(short, only);
    }
  }
  if (full === undefined) return;
  for (const d of out) {
    const c = d?.isInterview ? d.company : null;
    const long = c ? full.get(c) : undefined;
    if (long !== undefined) d.company = long;
  }
}

/** True when the words `a` are the words `b` with exactly one after the first contracted (see writeOutContractions). */
function contracts(a: string[], b: string[]): boolean {
  let differs = 0;
  for (let k = 1; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (++differs > 1 || !isContraction(a[k]!, b[k]!)) return false;
  }
  return differs === 1;
}


/**
 * A round named without the trade word that heads the name another round spells takes that
 * name: the owner's note "véronèse 2e entretien" after invites from "Foncière Véronèse", when
 * exactly one such name is spelled.
 */
function withTradeWord(out: Detection[]): void {
  let byRest: Map<string, string | null> | undefined;
  for (const d of out) {
    const c = d?.isInterview ? d.company : null;
    const m = c ? HEADED_NAME.exec(c) : null;
    if (m === null) continue;
    const key = companyKey(m[1]!);
    byRest ??= new Map();
    const had = byRest.get(key);
    byRest.set(key, had === undefined || had === c ? c : null);
  }
  if (byRest === undefined) return;
  for (const d of out) {
    if (!d?.isInterview || !d.company) continue;
    const full = byRest.get(companyKey(d.company));
    if (full) d.company = full;
  }
}

/** A US state's postal code at the end of a domain label. */
const US_STATE_END = /[a-z]{4}(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)$/;

/** The interviews' company names of two words or more, by their letters ("potomaccivicfund"). */
function namesByLetters(out: Detection[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of out) {
    const c = d?.isInterview ? d.company : null;
    if (c && c.includes(' ')) map.set(fold(c).replace(/[^a-z0-9]/g, ''), c);
  }
  return map;
}

/**
 * A round named by its initials, as job seekers write their own notes ("PCF final round -
 * DC"), takes the name another round spells whose initials they are ("Potomac Civic Fund"),
 * when exactly one does.
 */
function writeOutInitials(names: CalendarNames, out: Detection[]): void {
  let short: number[] | undefined;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]?.company;
    if (c && out[i]!.isInterview && isInitials(c)) (short ??= []).push(i);
  }
  if (short === undefined) return;
  const byInitials = new Map<string, string | null>();
  const consider = (name: string): void => {
    const key = initialsOf(name);
    if (key.length < 2) return;
    const had = byInitials.get(key);
    byInitials.set(key, had === undefined || had === name ? name : null);
  };
  for (const d of out) if (d !== undefined && d.isInterview && d.company && !/^[A-Z]+$/.test(d.company)) consider(d.company);
  for (const name of names.spelled.values()) consider(name);
  for (const i of short) {
    const initials = out[i]!.company!;
    const full = byInitials.get(initials) ?? (byInitials.has(initials) ? undefined : labelByInitials(initials, names, out));
    if (full) out[i]!.company = full;
  }
}

/**
 * "KM 2nd rd" in a calendar whose other round came from kesslermoreau.com and never spelled the
 * name: the one unspelled domain label that cuts into words of three letters or more, one per
 * initial and each starting with it, is the name ("Kessler Moreau"); its own rounds take it too.
 */
function labelByInitials(initials: string, names: CalendarNames, out: Detection[]): string | undefined {
  if (initials.length > 3) return undefined;
  let found: { label: string; name: string } | undefined;
  for (const [index, label] of names.unspelled) {
    if (out[index]?.isInterview !== true || found?.label === label || !/^[a-z]+$/.test(label)) continue;
    const name = cutByInitials(label, initials.toLowerCase());
    if (name === undefined) continue;
    if (found !== undefined) return undefined;
    found = { label, name };
  }
  if (found === undefined) return undefined;
  // Its rounds named for the label as written ("Kesslermoreau") take the name.
  for (const [index, label] of names.unspelled) {
    const company = out[index]?.company;
    if (label === found.label && company && company.toLowerCase().replace(/[^a-z]/g, '') === label) out[index]!.company = found.name;
  }
  return found.name;
}

/** `label` (lower-case letters) cut into one word per initial, each of three letters or more starting with it, when exactly one cut does. */
function cutByInitials(label: string, initials: string, from = 0, k = 0): string | undefined {
  if (label[from] !== initials[k]) return undefined;
  if (k === initials.length - 1) return label.length - from >= 3 ? cap(label.slice(from)) : undefined;
  let cut: string | undefined;
  for (let end = from + 3; end <= label.length - 3; end++) {
    if (label[end] !== initials[k + 1]) continue;
    const rest = cutByInitials(label, initials, end, k + 1);
    if (rest === undefined) continue;
    if (cut !== undefined) return undefined;
    cut = `${cap(label.slice(from, end))} ${rest}`;
  }
  return cut;
}


/** Smaller queues were measured slower: 256 gained nothing, 2,048 half of it. */
const QUEUE_MAX = 16384;

/** Extracts the details of every queued interview into `out`, and empties the queue. */
function extractQueued(queue: Pending[], out: Detection[], names: CalendarNames): void {
  for (const p of queue) {
    try {
      extractDetails(p, names, p.index);
      out[p.index] = p.detection;
    } catch (err) {
      out[p.index] = crashed(p.event, err);
    }
  }
  queue.length = 0;
}
