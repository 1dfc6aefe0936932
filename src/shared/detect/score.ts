import type { CalendarEvent } from '../domain/event';
import {
  ABOUT_JOB,
  ATS_TOOL, ATS_VERB, INTERVIEW_STRONG, INTERVIEW_WEAK, INTERVIEWER_SIDE, JOB_CONTEXT, NEGATIVE_TITLE,
  JOB_CONTEXT_MORE, CLIENT, NEWS_OUTLET, NOT_HIRING_BODY, NOT_HIRING_MORE, PLACEHOLDER_TITLE, PROCESS_STEP, ROLE_NOUN, ROUND_FOR, TALK_ABOUT_JOB,
  ROLE_COMPOUND,
} from './lexicon';
import type { EventText } from './extract';
import type { OwnerIdentity, Person } from './people';
import { atsSender, lowerAddress } from './people';
import { isSchedulerDomain, emailDomain, isCompanyDomain, domainLabel, isFreeMail, RECRUITING_MAILBOX } from './domains';
import type { EventPerson } from '../domain/event';
import { routineWord, type CalendarContext } from './context';
import { fold, inBookingAnswer } from './text';
import { GATE, gateSlot, JOB_LAST, NO_LAST } from './gate';
import { cached } from './cache';
import { isRegExpWordChar } from './chars';

/**
 * The scored model: each signal adds a readable weight and a reason; the sum goes through a
 * logistic curve to a 0..1 confidence. Weights were set by hand from what each signal means
 * (a title saying "interview" is strong, a Zoom link is weak), then checked on labelled sets.
 */
export const WEIGHTS = {
  bias: -2.5,
  titleInterview: 3.2,
  titleWeakWithContext: 1.3,
  titleAndBodyAgree: 0.8,
  titleRole: 0.7,
  bodyInterview: 1.4,
  jobContext: 0.6, // per distinct cue, at most 3
  atsTool: 2.0,
  generalScheduler: 0.3,
  recruitingTeam: 1.0,
  employerOnInvite: 0.6,
  ownerNamedInTitle: 0.6,
  candidateIsOwner: 1.5,
  conference: 0.2,
  negativeTitle: -6.0,
  interviewerSide: -6.0,
  titleNamesOtherCandidate: -4.5,
  notHiringBody: -3.0,
  ownerOrganises: -2.5,
  newsOutlet: -3.5,
  ownEmployer: -2.5,
  ordinaryMeeting: -1.5,
  noOneElse: -0.8,
  agencyOnInvite: 0.6,
  agencyNamesClient: 0.8,
  candidatePrep: 2.0,
  processStep: 2.0,
  // Batch only (detect.ts): the owner's note of meeting an employer another round of the calendar is with.
  noteOfRound: 5.0,
  // Batch only (detect.ts): a meeting naming you with an employer another round of the calendar is an interview with.
  sameEmployerRound: 0.6,
} as const;

export interface Signal {
  weight: number;
  reason: string;
}

export interface ScoreResult {
  score: number;
  confidence: number;
  signals: Signal[];
  /** The owner is clearly on the hiring side; extraction is skipped. */
  ownerInterviews: boolean;
  /** The employers' domains on the invite (at most two, ", " between), or ''. */
  employers: string;
  /** The title names the owner. */
  ownerInTitle: boolean;
  /** A hard negative spoke: a negative title, a description that says it is no hiring, the owner on the hiring side. */
  vetoed: boolean;
}

function add(signals: Signal[], weight: number, reason: string): void {
  signals.push({ weight, reason });
}

/**
 * Reasons are kept with every detection of a calendar, and the same few phrases recur across
 * thousands of events: each distinct text is built once and shared. Bounded, like the other caches.
 */
interface Phrase {
  make: (arg: string) => string;
  /** The texts built so far, by argument. */
  texts: Map<string, string>;
}
const REASON_CACHE_MAX = 2000;

function phrase(make: (arg: string) => string): Phrase {
  return { make, texts: new Map() };
}

/** phrase.make(arg), built once per distinct arg: one lookup, in the phrase's own cache. */
function reason(p: Phrase, arg: string): string {
  return cached(p.texts, arg, p.make, REASON_CACHE_MAX);
}

const SAYS = {
  title: phrase((a) => `title says '${a}'`),
  body: phrase((a) => `description says '${a}'`),
  placeholder: phrase((a) => `the title hides the entry; its description says '${a}'`),
  noteOpens: phrase((a) => `your own note opens '${a}' with someone`),
  weak: phrase((a) => `title says '${a}' about a job`),
  agree: phrase((a) => `title '${a.split('\u0000')[0]}' and description '${a.split('\u0000')[1]}' agree`),
  role: phrase((a) => `title names a job ('${a}')`),
  context: phrase((a) => `hiring vocabulary: ${a.split('\u0000').map((c) => `'${c}'`).join(', ')}`),
  ats: phrase((a) => `invite from ${capitalise(a)}`),
  employers: phrase((a) => `external attendees from ${a}`),
  negative: phrase((a) => `title says '${a}', not a job interview`),
  side: phrase((a) => `you are on the interviewing side ('${a}')`),
  outlet: phrase((a) => `the title names a news outlet ('${a}'), not an employer`),
  notHiring: phrase((a) => `description says '${a}', not a hiring conversation`),
  ordinary: phrase((a) => `title says '${a}', a routine meeting`),
  team: phrase((a) => `invite from the recruiting team at ${a}`),
  agency: phrase((a) => `a recruiting agency is on the invite (${a})`),
  agencyArranges: phrase((a) => `a recruiting agency arranged it (${a})`),
} satisfies Record<string, Phrase>;

/**
 * The owner's own side: the work domain of the calendar, a domain of known colleagues, or the
 * organisation of the address the invite reached the owner at (`selfLabel`: a student's
 * university, a work address on a personal calendar).
 */
function ownSide(domain: string, id: OwnerIdentity, calendar: CalendarContext, selfLabel: string): boolean {
  return domain !== '' && (domain === id.workDomain || calendar.colleagueDomains.has(domain) || (selfLabel !== '' && domainLabel(domain) === selfLabel));
}

/** The organisation (domain label) of the owner's address on this invite, when it is an employer's and not the owner's own record. */
function selfOrganisation(event: CalendarEvent, id: OwnerIdentity): string {
  for (const p of event.attendees) {
    if (!p.self || !p.email) continue;
    const domain = emailDomain(p.email);
    return domain !== id.domain && domain !== id.workDomain && isCompanyDomain(domain) ? domainLabel(domain) : '';
  }
  return '';
}

/** Same as s.replace(/^./, (c) => c.toUpperCase()): '.' skips line terminators. */
function capitalise(s: string): string {
  const c = s.charCodeAt(0);
  if (s.length === 0 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return s;
  return s[0]!.toUpperCase() + s.slice(1);
}

function firstMatch(re: RegExp, s: string): string | undefined {
  const m = re.exec(s);
  return m ? m[0] : undefined;
}

/** firstMatch of a global pattern, searched from `from`: the gate's start for it (see gate.ts). */
function firstMatchFrom(g: RegExp, s: string, from: number): string | undefined {
  g.lastIndex = from;
  const m = g.exec(s);
  g.lastIndex = 0;
  return m ? m[0] : undefined;
}

/** Where the leftmost match of the pattern gated by `bit` can start in the folded body. */
function bodyFrom(text: EventText, bit: number): number {
  return text.bodyStarts ? text.bodyStarts[gateSlot(bit)]! : 0;
}

const STRONG_ALL = new RegExp(INTERVIEW_STRONG.source, 'g');
/** A mock of the job's own work ("Mock QBR", "mock sales pitch"), not of an interview. */
/** The folded title's "panel: Callum, Aisha, Naomi" names the owner, by first name or in full. */
function panelListsOwner(title: string, id: OwnerIdentity): boolean {
  const m = PANEL_LIST.exec(title);
  if (m === null) return false;
  return m[1]!.split(/\s*(?:,|&|\+|\/|\band\b)\s*/).some((n) => n === id.firstName || id.fullNames.includes(n) || n.startsWith(`${id.firstName} `));
}
const PANEL_LIST = /\b(?:panel|panellists|panelists|interviewers)\s*[:=]\s*([^)\]\n]{1,80})/;

/** `text` up to the end of the line where `word` first appears (all of it when the word is not found). */
function upToLineOf(text: string, word: string): string {
  const at = text.indexOf(word);
  const end = at === -1 ? -1 : text.indexOf('\n', at);
  return end === -1 ? text : text.slice(0, end);
}

/** Rounds that review work the candidate hands in, whose topic may follow a colon. */
const WORK_SAMPLE = /\b(?:take-?home|case|exercise|challenge|assignment|task|presentation|work sample)\b/;
/** A debrief of work a candidate hands in: "exercise debrief", "design challenge debrief", "take-home debrief". */
const WORK_DEBRIEF = /\b(?:exercise|challenge|assignment|case(?: study)?|take-?home|homework|task|work sample) debrief\b/;
const MOCK_EXERCISE = /\bmock[- ](?:qbr|(?:quarterly )?business review|(?:sales |client |customer )?(?:pitch|demo|presentation|discovery(?: call)?|sales call|cold call|negotiation)|role[- ]?play)\b/;
const JOB_CONTEXT_MORE_ALL = new RegExp(JOB_CONTEXT_MORE.source, 'g');
const SIDE_ALL = new RegExp(INTERVIEWER_SIDE.source, 'g');
const NOT_HIRING_ALL = new RegExp(NOT_HIRING_BODY.source, 'g');
const NOT_HIRING_MORE_ALL = new RegExp(NOT_HIRING_MORE.source, 'g');

/** The owner's own application for a job at their employer, in the second person. */
const INTERNAL_APPLICATION =
  /\b(?:(?:your|je|jouw|uw|ihre|deine|votre|ta|tu|su) (?:internal application|application for the internal|interne sollicitatie|interne bewerbung|candidature interne|postulacion interna|solicitud interna)|(?:presentarte|postularte|inscribirte|candidatarte) a la convocatoria interna)\b/;

export const CANDIDATE_IN_TITLE = /\b(?:candidates?|kandidat(?:in|en)?|kandida(?:at|ten)|candidat[oa]?s?|sollicitant|bewerber(?:in|innen)?(?!-))\b/;
/** "Apprentice Applicant Interviews - Selection Committee": applicants, not the owner (read without the gate). */
const APPLICANTS_IN_TITLE = /\b(?:applicants|applicant interviews|postulantes)\b/;
/** "… – kandidaat D. Verhoef", "Candidate: Sam Rivera": what follows the candidate word in a title (group 1). */
export const CANDIDATE_NAMED_IN_TITLE = /\b(?:candidate|kandidat(?:in)?|kandidaat|candidat[oa]?|sollicitant)\s*:?\s+([^()|,;]{2,40})/;
export const CANDIDATE_LINE = /(?:^|\n)[ \t]*(?:candidate|candidato|candidata|kandidat(?:in)?|candidat(?:e)?)[ \t]*:[ \t]*([^\n]{2,60})/i;
/** A note that opens with a candidate and what they are: "candidat veilleur de nuit", "Candidate for front desk", "Kandidatin Empfang". */
const NOTE_OF_CANDIDATE = /^\s*[CcKk]andida(?:te|t|tin|to|ta|at)\s+(?:(?:for|pour|para|voor|für)\s+)?\p{Ll}/u;
/** An applicant-tracking form's "Applicant: Renee Villanueva" line (group 1). */
const APPLICANT_LINE = /(?:^|\n)[ \t]*applicant[ \t]*:[ \t]*([^\n]{2,60})/i;
const CANDIDATE_LINE_AT = new RegExp(CANDIDATE_LINE.source, 'iy');

/**
 * CANDIDATE_LINE.exec(body), tried only where it can match: at the start and at line breaks
 * followed (after spaces and tabs) by a 'c' or 'k' in either case, the first letter of every label.
 */
export function candidateLine(body: string): RegExpExecArray | null {
  // The pattern starts at 0 (its ^) or at a line break.
  for (let at = 0; at !== -1; at = body.indexOf('\n', at + 1)) {
    let j = body.charCodeAt(at) === 10 ? at + 1 : at;
    let c = body.charCodeAt(j);
    while (c === 32 || c === 9) c = body.charCodeAt(++j);
    if ((c | 0x20) !== 99 /* c */ && (c | 0x20) !== 107 /* k */) continue;
    CANDIDATE_LINE_AT.lastIndex = at;
    const m = CANDIDATE_LINE_AT.exec(body);
    if (m) return m;
  }
  return null;
}

const JOB_CONTEXT_ALL = new RegExp(JOB_CONTEXT.source, 'g');

/**
 * The first `word` in `title` opens a job title: a job noun follows it, at most two words on
 * ("training coordinator", "practice operations manager"), and no interview word follows that
 * ("practice product manager interview" is a practice interview).
 */
function opensJobTitle(title: string, word: string): boolean {
  const i = title.indexOf(word);
  if (i === -1) return false;
  const rest = title.slice(i + word.length, i + word.length + 60);
  NEXT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let k = 0; k < 3 && (m = NEXT_WORD.exec(rest)) !== null; k++) {
    if (ROLE_NOUN_START.test(m[1]!)) return k === 0 || !AFTER_ROLE.test(rest.slice(NEXT_WORD.lastIndex));
    if (LINK_WORD.test(m[1]!)) return false;
  }
  return false;
}

/** The first `word` in `title` follows a job noun and "in": "district manager in training". */
function endsJobTitle(title: string, word: string): boolean {
  const i = title.indexOf(word);
  if (i > 4 && title.endsWith(' in ', i) && ROLE_BEFORE_IN.test(title.slice(Math.max(0, i - 40), i))) return true;
  // French logistics names a team by its work: "Chef d'équipe préparation" (order picking), "Responsable préparation".
  return word === 'preparation' && i > 4 && ROLE_BEFORE.test(title.slice(Math.max(0, i - 40), i));
}
const ROLE_BEFORE_IN = new RegExp(`(?:${ROLE_NOUN.source.replace(/^\\b/, '')}) in $`);
const ROLE_BEFORE = new RegExp(`(?:${ROLE_NOUN.source.replace(/^\\b/, '')}) $`);

/** The first `word` in `title` lies in brackets that name a job: "(Project Coordinator, Client Onboarding)". */
function inJobBrackets(title: string, word: string): boolean {
  const i = title.indexOf(word);
  const open = i === -1 ? -1 : title.lastIndexOf('(', i);
  if (open === -1 || title.lastIndexOf(')', i) > open) return false;
  const close = title.indexOf(')', i + word.length);
  if (close === -1) return false;
  const inside = blankedOut(title.slice(open + 1, close), word);
  return ROLE_NOUN.test(inside);
}

const COMPOUND_TRAINING = /[a-z]{3,}(?<!proef)(?:training|coaching)\b/;

/** A trip the owner notes on the way to an interview: "flight to BOS for acme interview". */
const TRIP_FOR_INTERVIEW = /^(jumpseat|commute|deadhead|flight|fly|flying|drive|driving|train|bus|hotel|uber|lyft|travel|pack)\b.{0,40} for .{0,40}\binterview/;

/** The next word, right after the last (sticky). */
const NEXT_WORD = / +([a-z&][\w&-]*(?: of)?)/y;
/** Words that end a job title: what follows them is no longer its noun. */
const LINK_WORD = /^(?:with|w|for|at|to|or|the|a|an|my|your|on|in|about|re|before|after|prep|interview\w*|entretiens?|entrevistas?|\w*gesprek\w*|\w*gesprach\w*)$/;
/** An interview word right after the job noun: the negative word was about the interview. */
const AFTER_ROLE = /^ +(?:interview|screen|round|case|call|session|practice|prep)/;
const ROLE_NOUN_START = new RegExp(`^(?:${ROLE_NOUN.source.replace(/^\\b/, '')})`);

const PREP_NOUN = '(?:resumes?|cvs?|references|refs|reference list|writing samples?)';
/**
 * The text tells the reader to bring or print their CV, references or work samples. Every
 * match holds one of the gate's candidatePrep words; each alternative starts with the thing to
 * bring, except "list of references" and "writing sample" (BACK_OFF).
 */
export const CANDIDATE_PREP = new RegExp(
  `\\b${PREP_NOUN}\\b(?<=\\b(?:bring|print|take|cop(?:ies|y) of|neem|nehmen sie|bringen sie|apportez|apporte|trae|traiga|traer)\\b[^.\\n]{0,40}\\b${PREP_NOUN})|` +
  // "Please have your current CV handy".
  `\\b${PREP_NOUN}\\b(?= (?:handy|ready|to hand|at hand|nearby))(?<=\\bhave (?:your |a )?(?:current |updated |latest |recent )?${PREP_NOUN})|\\b(?:resume|cv)s? x ?\\d\\b|\\b(?:references?|refs) list\\b|\\blist of references\\b`,
);
const PREP_ALL = new RegExp(CANDIDATE_PREP.source, 'g');

/**
 * A call with a recruiter, as job seekers title their own notes of one: "Call w/ recruiter -
 * Meridian", "call w/ Priya (recruiter)"; "HR call - Lakeshore Health" and "call w/ consultant re CFO office role" only about a job (the
 * title names one or the invite speaks of hiring), since HR also calls about benefits.
 */
function recruiterCall(title: string, aboutAJob: boolean): string | undefined {
  // "Llamada headhunter Kapital - Cerámicas Altube": a headhunter calls about a job.
  if (title.indexOf('headhunt') !== -1 && HEADHUNTER_CALL.test(title)) return 'call with a headhunter';
  if (title.indexOf('recruit') === -1 && title.indexOf('hr') === -1 && title.indexOf('consultant') === -1 && title.indexOf('rh') === -1 && title.indexOf('recrut') === -1 && title.indexOf('reclut') === -1 && title.indexOf('berater') === -1 && title.indexOf('headhunt') === -1) return undefined;
  const m = RECRUITER_CALL.exec(title);
  // "📞 Tillman recruiter": a telephone for the call, about a job.
  if (m === null) {
    if (!aboutAJob) return undefined;
    if ((title.includes('📞') || title.includes('☎')) && RECRUITER_WORD.test(title)) return 'call with a recruiter';
    // "Clinique des Monts d'Or – RDV 16h (DRH + Dr Garnaud)": a meeting with the HR director about a job.
    return HR_MEETING.test(title) ? 'meeting with HR' : undefined;
  }
  if (m[3] !== undefined) return 'call with HR';
  // The owner's shorthand without "with" ("llamada recruiter dorvel??"), when the call is about a job.
  // And "stroomlijn - recruiter belt": the recruiter calls.
  if (m[4] !== undefined || m[5] !== undefined) return aboutAJob ? 'call with a recruiter' : undefined;
  // A search firm's "consultant", like HR, calls about a job only when the title names one.
  return m[1] !== undefined ? 'call with a recruiter' : !aboutAJob ? undefined : m[2] !== undefined ? 'call with a search consultant' : 'hr call';
}

const HEADHUNTER_CALL = /\b(?:call|llamada|appel|anruf|telefonat|bellen|tel)\b[^\n]{0,20}\bheadhunter(?:in)?\b|\bheadhunter(?:in)?\b[^\n]{0,30}\b(?:call|calls|llamada|llama|appel|appelle|ruft|belt)\b/;

/**
 * A call about a job the owner found on a job board, as the owner notes one: "llamada constructora
 * mare nostrum (infojobs) 13h??", "Tel. Brandt Maschinenbau – Hr. Kaufmann ruft an (XING)".
 */
function boardCall(title: string): string | undefined {
  const board = JOB_BOARD_WORD.exec(title);
  if (board === null || !CALL_WORD.test(title)) return undefined;
  return `call about a job from ${board[0]}`;
}

/**
 * A call the title says is about a vacancy: "bellen geert van hove ivm vacature boekhouder",
 * "tina calling my cell re hyg position", "llamada por la vacante".
 */
function callAboutJob(title: string): string | undefined {
  if (!CALL_ABOUT.test(title)) return undefined;
  const about = ABOUT_JOB.exec(title);
  return about === null ? undefined : `call about a job ('${about[0]}')`;
}
export const CALL_ABOUT = /\b(?:call|calling|calls|visio|llamada|trucada|llaman|anruf|ruft|appel|telefonat|telefoongesprek|bellen|belt|tel)\b/;

/** Job boards and professional networks by names that are no ordinary word ("Seek", "Reed" are). */
const JOB_BOARD_WORD = /\b(?:linkedin|xing|indeed|stepstone|infojobs|tecnoempleo|computrabajo|bumeran|naukri|glassdoor|totaljobs|ziprecruiter|jobteaser|welcome to the jungle)\b/;
/** Words of a call (INTERVIEW_WEAK's: the gate's interviewWeak words start every one of them). */
export const CALL_WORD = /\b(?:call|llamada|trucada|anruf|ruft|appel|telefonat|telefoongesprek|belafspraak|tel)\b/;
const INTV = /\bintvw?s?\b/;
/** A follow-up that is a conversation: "follow-up call", "Follow-up conversation". */
const FOLLOW_UP_TALK = /\bfollow[- ]?up (?:call|conversation|chat|gesprek|gesprach|session)\b/;
const HR_MEETING = /\b(?:rdv|rendez-vous|cita|reunion|termin|afspraak)\b[^\n]{0,40}\b(?:drh|rh|rrhh|hr)\b/;
const RECRUITER_WORD = /\b(?:recruit(?:er(?:in)?|ing)|recrut(?:eur|euse)|reclutador[a]?)\b/;

/**
 * Every match starts with its word "call", "chat", "catch up", "appel", "échange" or "llamada"
 * (the gate's interviewWeak words). Group 3: HR named in French or Spanish ("échange téléphonique
 * avec la DRH", "llamada con RRHH").
 */
export const RECRUITER_CALL =
  /\b(?:call|chat|catch[- ]?up) (?:w\/|with|c\/|com) (?:(?:the|a|an|my|a|o) )?(?:(recruit(?:er|ing)\b|recrutador[a]?\b|personalberater(?:in)?\b|headhunter(?:in)?\b|[a-z][\w'’-]*(?: [a-z][\w'’-]*)? \(recruiter\))|((?:search )?consultant)\b)|\b(?:call|chat)\b(?<=\bhr (?:phone )?(?:call|chat))|\b(?:appel|echange|llamada|charla)(?: telephonique| telefonica)? (?:avec|con) (?:la |le |el |los |l.)?((?:drh|rh|rrhh|recrut(?:eur|euse)|reclutador[a]?)\b)|\b(?:appel|llamada|call) ((?:recruiter|recrut(?:eur|euse)|reclutador[a]?|drh|rh|rrhh)\b)|\b(recruiter(?:in)?|recrut(?:eur|euse)|reclutador[a]?) (?:belt|ruft|appelle|llama)\b/;

/**
 * The note's first line names a job before its interviews: "Plant Controller interviews",
 * "Software Engineer, Fleet Services - 4 interviews".
 */
/**
 * The domain's label is a surname of someone on the invite and the word (or its plural), in
 * either order: "astier-bilans" for Véronique Astier's "bilans".
 */
function personAndWord(domain: string, word: string, people: Person[]): boolean {
  const label = domainLabel(domain).replace(/[^a-z0-9]/g, '');
  const w = word.replace(/[^a-z0-9]/g, '');
  const at = label.indexOf(w);
  if (at === -1) return false;
  let rest = label.slice(0, at) + label.slice(at + w.length);
  if (at === 0 && rest.startsWith('s')) rest = rest.slice(1);
  else if (at > 0 && rest.endsWith('s') && at + w.length < label.length) rest = rest.slice(0, -1);
  if (rest.length < 3) return false;
  return people.some((p) => p.folded.length > rest.length && p.folded.replace(/[^a-z ]/g, '').split(' ').slice(1).includes(rest));
}

/** A domain of a careers service: a coach's, an outplacement firm's. */
const CAREER_SERVICE = /career|karriere|carriere|carrera|loopbaan|outplacement|jobcoach|interviewcoach/;

const WITH_SOMEONE = /^\s+(?:with|w\/|con|c\/|avec|mit|met|bei|chez|bij)\s/;

/** The description's first words are `strong` (folded) and then "with" someone. */
function opensWithInterview(body: string, strong: string): boolean {
  const head = fold(body.slice(0, strong.length + 12)).trimStart();
  return head.startsWith(strong) && WITH_SOMEONE.test(head.slice(strong.length));
}

function roleBeforeInterviews(body: string): boolean {
  const nl = body.indexOf('\n');
  const line = fold(nl === -1 ? body.slice(0, 200) : body.slice(0, Math.min(nl, 200)));
  const at = line.search(/\binterview/);
  if (at === -1) return false;
  const role = ROLE_NOUN.exec(line);
  return role !== null && role.index < at;
}

/** The title's negative word once a second interview phrase that holds it is set aside. */
function negativeBesideRounds(title: string, first: string, negative: string): string | undefined {
  const rest = blankedOut(title, first);
  const second = firstMatch(INTERVIEW_STRONG, rest);
  return second !== undefined && second.includes(negative) ? firstMatch(NEGATIVE_TITLE, blankedOut(rest, second)) : negative;
}

/** `s` with the first `part` in it replaced by as many spaces (the rest keeps its positions). */
function blankedOut(s: string, part: string): string {
  const i = s.indexOf(part);
  return i === -1 ? s : s.slice(0, i) + ' '.repeat(part.length) + s.slice(i + part.length);
}

/** `s` with every whole-word `word` blanked out (as blankedOut, for all of them). */
function blankedEverywhere(s: string, word: string): string {
  let out = s;
  for (let i = out.indexOf(word); i !== -1; i = out.indexOf(word, i + word.length)) {
    if (isRegExpWordChar(out.charCodeAt(i - 1)) || isRegExpWordChar(out.charCodeAt(i + word.length))) continue;
    out = out.slice(0, i) + ' '.repeat(word.length) + out.slice(i + word.length);
  }
  return out;
}

/** Distinct matches of `g` in `s` starting from `from` up to `last` (no match starts after it), until `max`. */
function collectMatches(g: RegExp, s: string, out: string[], max: number, from: number, last: number): void {
  g.lastIndex = from;
  let m: RegExpExecArray | null;
  // Once the search is past `last`, it could only scan the rest of the text in vain.
  while (out.length < max && g.lastIndex <= last && (m = g.exec(s)) !== null) if (!out.includes(m[0])) out.push(m[0]);
  g.lastIndex = 0;
}

function distinctMatches(g: RegExp, a: string, b: string, bFrom: number, bLast: number, max: number): string[] {
  const out: string[] = [];
  collectMatches(g, a, out, max, 0, NO_LAST);
  if (b) collectMatches(g, b, out, max, bFrom, bLast);
  return out;
}

/** A tool named in the body: unambiguous names anywhere, common words ("lever") only after "scheduled via". */
function atsInBody(body: string, from: number): string | undefined {
  if (!body) return undefined;
  ATS_TOOL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ATS_TOOL.exec(body)) !== null) {
    const name = m[1] ?? '';
    // Names that are not English words count anywhere; "lever", "gem" only after "scheduled via".
    if (UNAMBIGUOUS_TOOL.has(name) || ATS_VERB.test(body.slice(Math.max(0, m.index - 60), m.index))) {
      ATS_TOOL.lastIndex = 0;
      return name;
    }
  }
  ATS_TOOL.lastIndex = 0;
  return undefined;
}

const UNAMBIGUOUS_TOOL = new Set(['personio', 'comeet', 'instahyre', 'darwinbox', 'hirepro', 'ashby', 'icims', 'smartrecruiters', 'goodtime', 'jobvite', 'teamtailor', 'recruitee', 'jazzhr', 'modernloop', 'successfactors', 'hirevue', 'bamboohr', 'recruiterflow', 'softgarden', 'myworkday', 'myworkdayjobs', 'ashbyhq']);

/** A recruiting team's name: "Acme Talent Acquisition", "Acme Careers". */
const RECRUITING_NAME = /\b(?:talent(?: acquisition| team)?|recruiting(?: team)?|recruitment(?: team)?|careers|hiring team|interviews)\s*$/i;

/**
 * The domain of an employer whose recruiting team sends the invite (organizer or creator), or
 * ''. The owner's own side is left out: its recruiters invite the owner to interview others.
 */
function recruitingTeamDomain(who: EventPerson | undefined, id: OwnerIdentity, calendar: CalendarContext, selfLabel: string): string {
  const email = who?.email;
  if (!email) return '';
  const domain = emailDomain(email);
  if (!isCompanyDomain(domain) || ownSide(domain, id, calendar, selfLabel)) return '';
  // The same senders recur across a calendar: each address, and each team name, is judged once.
  return cached(mailboxCache, email, isRecruitingMailbox) || (who.displayName !== undefined && cached(teamNameCache, who.displayName, isRecruitingName)) ? domain : '';
}

const mailboxCache = new Map<string, boolean>();
const teamNameCache = new Map<string, boolean>();

function isRecruitingMailbox(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && RECRUITING_MAILBOX.test(email.slice(0, at));
}

function isRecruitingName(name: string): boolean {
  return RECRUITING_NAME.test(name);
}

/** Scores one event; `ownerListedAsInterviewer` comes from the interviewer lists in the body. */
export function scoreEvent(
  event: CalendarEvent,
  text: EventText,
  id: OwnerIdentity,
  people: Person[],
  ownerListedAsInterviewer: boolean,
  calendar: CalendarContext,
): ScoreResult {
  const signals: Signal[] = [];
  // A plain function, not a closure: this runs for every event of every calendar.
  add(signals, WEIGHTS.bias, 'starting point: most events are not interviews');
  const title = text.titleFolded;
  const body = text.bodyFolded;
  const selfLabel = selfOrganisation(event, id);

  const tg = text.titleGate;
  const bg = text.bodyGate;
  // A job advertised the German, Dutch or French way names a job whatever its noun: "Produktionsplaner (m/w/d)".
  // So does a German compound whose last part is the job ("Luftfahrzeugtechniker", "Vertriebsingenieurin").
  const roleInTitle = (tg & GATE.roleNoun ? firstMatch(ROLE_NOUN, title) : undefined) ?? (title.indexOf('/') !== -1 ? firstMatch(GENDER_MARK, title) : undefined) ??
    (title.length > 8 ? roleCompound(title) : undefined);
  const context = distinctMatches(
    JOB_CONTEXT_ALL, tg & GATE.jobContext ? title : '', bg & GATE.jobContext ? body : '', bodyFrom(text, GATE.jobContext),
    text.bodyStarts ? text.bodyStarts[JOB_LAST]! : NO_LAST, 3,
  );
  if (context.length < 3 && bg & GATE.jobContextMore) collectMatches(JOB_CONTEXT_MORE_ALL, body, context, 3, bodyFrom(text, GATE.jobContextMore), NO_LAST);
  const strongTitle = (tg & GATE.interviewStrong ? firstMatch(INTERVIEW_STRONG, title) : undefined) ??
    // "call w/ Rakesh (HM)": the owner's shorthand for the hiring manager.
    (title.indexOf('(hm)') !== -1 ? '(hm)' : undefined) ??
    (tg & GATE.interviewWeak ? recruiterCall(title, context.length > 0 || roleInTitle !== undefined) ?? boardCall(title) ?? callAboutJob(title) : undefined) ??
    // The owner's "intv" for the job it names: "tel intv Bridgeway Kenya - M&E Manager". Alone the
    // shorthand also marks a reporter's interviews ("phone intvw - darlene vukovich (USW local 2265)").
    (roleInTitle !== undefined && title.indexOf('intv') !== -1 ? firstMatch(INTV, title) : undefined);
  let negTitle = tg & GATE.negativeTitle ? firstMatch(NEGATIVE_TITLE, title) : undefined;
  // A negative word that names an organisation ("(Spotlight Talent)", "Podcast Studios") is the name's.
  if (negTitle !== undefined && negTitle.indexOf(' ') === -1) {
    const at = title.indexOf(negTitle);
    if (at !== -1 && ORG_AFTER.test(title.slice(at + negTitle.length, at + negTitle.length + 14)) && !writtenLower(text.title, negTitle)) negTitle = firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle));
  }
  // A negative word inside the title's interview phrase belongs to it ("take-home debrief"): only one elsewhere counts.
  if (negTitle !== undefined && strongTitle !== undefined && strongTitle.includes(negTitle)) negTitle = firstMatch(NEGATIVE_TITLE, blankedOut(title, strongTitle));
  // Or inside a second one: "Entrevista presencial y clase demostrativa".
  else if (negTitle !== undefined && strongTitle !== undefined) negTitle = negativeBesideRounds(title, strongTitle, negTitle);
  // So does one that opens a job title ("Oral board – Training Coordinator"), when the title names a round.
  // Or a weaker one beside the owner's name ("Onsite: Ray Castillo - Loss Prevention Supervisor").
  // The job's own word again later in it is the job's too: "Training Specialist - Safety & Technical Training".
  if (negTitle !== undefined && (strongTitle !== undefined || (fullNameIn(title, id.fullNames) && tg & GATE.interviewWeak && firstMatch(INTERVIEW_WEAK, title) !== undefined)) && opensJobTitle(title, negTitle)) {
    negTitle = firstMatch(NEGATIVE_TITLE, blankedEverywhere(title, negTitle));
  }
  // A negative word in the topic of a work sample the title names is the work's: "Take-home review: 90-day onboarding plan".
  if (negTitle !== undefined && strongTitle !== undefined && WORK_SAMPLE.test(strongTitle)) {
    const topic = title.indexOf(`${strongTitle}:`);
    if (topic !== -1 && title.indexOf(negTitle, topic) !== -1) negTitle = firstMatch(NEGATIVE_TITLE, title.slice(0, topic));
  }
  // "jumpseat to SDF for ardent interview tmrw": the trip to the interview, not the interview.
  if (negTitle === undefined && strongTitle !== undefined && title.indexOf(' for ') !== -1) {
    const trip = TRIP_FOR_INTERVIEW.exec(title);
    if (trip !== null) negTitle = trip[1]!;
  }
  // A study that pays its participants: "Onderzoek 'Mobiel bankieren' – jouw interview (betaald)"
  // (read here: "bet" and "pai" would open NEGATIVE_TITLE for every Calendly "between").
  if (negTitle === undefined && (title.indexOf('paid') !== -1 || title.indexOf('betaald') !== -1 || title.indexOf('remuner') !== -1)) {
    const paid = PAID_MARK.exec(title);
    if (paid !== null) negTitle = paid[1]!;
  }
  // A clinic's or an agency's "intake interview" (read here: "int" would open NEGATIVE_TITLE for every interview title).
  if (negTitle === undefined && strongTitle !== undefined && title.indexOf('intake interview') !== -1) negTitle = 'intake interview';
  // Terms talked through after an offer ("Arbeidsvoorwaardengesprek", "Vertragsgespräch") are no interview,
  // unless the invite makes them a step before the decision ("… (laatste stap selectieprocedure)").
  if (negTitle !== undefined && OFFER_TALK.test(negTitle) && (PROCESS_STEP.test(title) || PROCESS_STEP.test(body))) negTitle = undefined;
  // A legal team's interview of a witness, a victim or a suspect ("Draft Farrow witness interview outline"), read here for the same reason.
  if (negTitle === undefined && strongTitle !== undefined && title.indexOf('interview') !== -1) {
    const legal = LEGAL_INTERVIEW.exec(title);
    if (legal !== null) negTitle = legal[0];
  }
  // A German or Dutch compound of a training or coaching ("Interviewtraining", "Sollicitatiecoaching"):
  // NEGATIVE_TITLE's "training" and "coaching" are whole words.
  if (negTitle === undefined && (title.indexOf('training') > 0 || title.indexOf('coaching') > 0)) {
    const compound = COMPOUND_TRAINING.exec(title);
    if (compound !== null) negTitle = compound[0];
  }
  // And one that ends a job title ("District Manager in Training") or lies in the job's brackets
  // ("Phone Screen (Project Coordinator, Client Onboarding)").
  if (negTitle !== undefined && strongTitle !== undefined && (endsJobTitle(title, negTitle) || inJobBrackets(title, negTitle))) negTitle = firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle));
  let strongBody = strongTitle || !(bg & GATE.interviewStrong) ? undefined : firstMatchFrom(STRONG_ALL, body, bodyFrom(text, GATE.interviewStrong));
  // The owner's own answer on a booking page ("What would you like feedback on?: … preparing for
  // senior researcher interviews") says what the owner is busy with, not what the meeting is.
  if (strongBody !== undefined && body.indexOf(':\n') !== -1) {
    const at = body.indexOf(strongBody, bodyFrom(text, GATE.interviewStrong));
    if (at !== -1 && inBookingAnswer(body, at)) strongBody = undefined;
  }
  const ats = atsSender(event) ?? (bg & GATE.atsTool ? atsInBody(body, bodyFrom(text, GATE.atsTool)) : undefined);
  // Domains of employers on the invite (not agencies, not the owner's side): the first two distinct, in order.
  let employerDomains = '';
  let secondDomain = false;
  for (const p of people) {
    if (secondDomain || !p.companyDomain || p.agency || ownSide(p.domain, id, calendar, selfLabel)) continue;
    if (!employerDomains) employerDomains = p.domain;
    else if (p.domain !== employerDomains) {
      employerDomains = `${employerDomains}, ${p.domain}`;
      secondDomain = true;
    }
  }
  // A negative word inside the employer's own name ("Tidewater Coffee", tidewatercoffee.com) is the name.
  // A phrase naming the event itself ("career fair" at cpaontario-careerfair.ca) is what the event is.
  // So is the first word of a phrase that runs on from the name ("Rosewater Public Media Interview", rosewatermedia.org).
  // The name may recur in the title ("Horizon Prep Public Schools Interview: Principal - Horizon Prep Riverpoint").
  // Only the one employer on the invite: beside another ("canyonstatepolygraph.com" with the city's
  // domain), a domain holding the word is the firm that does what the word says.
  // "Scientist I, Cell Therapy PD", "Senior Research Associate, NGS Library Prep": a word of the
  // job's own field, after the job and a comma, in an interview's title.
  if (negTitle !== undefined && strongTitle !== undefined && roleInTitle !== undefined && inJobTitle(title, negTitle)) {
    negTitle = firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle));
  }
  for (let blanked = title, k = 0; negTitle !== undefined && employerDomains !== '' && !secondDomain && k < 3; k++) {
    const negHead = negTitle.indexOf(' ') === -1 ? negTitle : negTitle.slice(0, negTitle.indexOf(' '));
    if (!(negHead === negTitle || (negHead.length >= 4 && !employerDomains.includes(negTitle.replace(/[^a-z0-9]/g, '')))) || !employerDomains.includes(negHead.replace(/[^a-z0-9]/g, ''))) break;
    // A firm named for a person and what it does ("astier-bilans.fr", Véronique Astier's) does what the word says.
    if (personAndWord(employerDomains, negHead, people)) break;
    // So does a careers service ("brennercareercoaching.com" for its "Interview coaching").
    if (CAREER_SERVICE.test(domainLabel(employerDomains))) break;
    blanked = blankedOut(blanked, negTitle);
    negTitle = firstMatch(NEGATIVE_TITLE, blanked);
  }
  const ownerInTitle = fullNameIn(title, id.fullNames) ||
    // The pattern needs the first name itself (both are folded): look for it before running the pattern.
    (id.firstNameInTitle !== undefined && title.includes(id.firstName) && id.firstNameInTitle.test(title)) ||
    (id.lastNameInTitle !== undefined && title.includes(id.lastName!) && id.lastNameInTitle.test(title));

  // Only a candidate brings a CV, references or a writing sample: "print CV x5", "bring refs list".
  const prep = bg & GATE.candidatePrep ? firstMatchFrom(PREP_ALL, body, bodyFrom(text, GATE.candidatePrep)) !== undefined : false;
  // "Hold" / "Busy" over "Northmoor Systems – first interview for …": the description is the title.
  // A note's later lines may say what to prepare ("Préparer : why Tidewell"): only the text up to the end of
  // the interview word's line says what the meeting is ("Mock interview with my coach").
  const placeholder = strongBody !== undefined && title.length < 24 && PLACEHOLDER_TITLE.test(title) && firstMatch(NEGATIVE_TITLE, upToLineOf(body, strongBody)) === undefined;
  // The owner's own note whose description opens with the interview and whom it is with: "entrevista
  // con Rocío (RRHH) a las 17h", "interview with the plant manager". The owner wrote both lines.
  const noteOpens = !strongTitle && !placeholder && strongBody !== undefined && people.length === 0 && opensWithInterview(text.body, strongBody);
  if (strongTitle) add(signals, WEIGHTS.titleInterview, reason(SAYS.title, strongTitle));
  else if (placeholder) add(signals, WEIGHTS.titleInterview, reason(SAYS.placeholder, strongBody!));
  else if (noteOpens) add(signals, WEIGHTS.titleInterview, reason(SAYS.noteOpens, strongBody!));
  else if (strongBody) add(signals, WEIGHTS.bodyInterview, reason(SAYS.body, strongBody));
  if (!strongTitle) {
    // "Acme <> Sam", "Sam / Tom": a meeting with you as one party counts as a weak cue too.
    const weak = (tg & GATE.interviewWeak ? firstMatch(INTERVIEW_WEAK, title) : undefined) ?? (ownerInTitle ? 'a meeting with you' : undefined);
    // The owner's own note of an onsite: "Plant Controller interviews, 8:30-1:00 …" names the job its interviews are for.
    const noteOfJob = weak !== undefined && strongBody !== undefined && people.length === 0 && bg & GATE.roleNoun && roleBeforeInterviews(text.body);
    // "2e rdv Marquisats – Annecy" over "Visite hôtel + entretien": a second meeting, whose note says it is an interview.
    const laterMeeting = weak !== undefined && strongBody !== undefined && LATER_MEETING.test(title);
    if (weak && (context.length > 0 || ownerInTitle || roleInTitle || noteOfJob || prep || laterMeeting)) add(signals, WEIGHTS.titleWeakWithContext, reason(SAYS.weak, weak));
    if (weak && strongBody) add(signals, WEIGHTS.titleAndBodyAgree, reason(SAYS.agree, `${weak}\u0000${strongBody}`));
  }
  if (roleInTitle) add(signals, WEIGHTS.titleRole, reason(SAYS.role, roleInTitle));
  if (prep) add(signals, WEIGHTS.candidatePrep, 'says to bring your CV, references or work samples');
  if (context.length > 0) add(signals, WEIGHTS.jobContext * context.length, reason(SAYS.context, context.join('\u0000')));
  if (ats) {
    const name = ats.toLowerCase() === 'calendly' ? undefined : ats;
    if (name) add(signals, WEIGHTS.atsTool, reason(SAYS.ats, name));
    else add(signals, WEIGHTS.generalScheduler, 'booked through Calendly');
  } else if ((event.organizer?.email && isSchedulerDomain(emailDomain(event.organizer.email))) || (bg & GATE.atsTool && /\bcalendly\b/.test(body))) {
    add(signals, WEIGHTS.generalScheduler, 'booked through a scheduling tool');
  }
  if (employerDomains) {
    add(signals, WEIGHTS.employerOnInvite, reason(SAYS.employers, employerDomains));
    // A recruiting agency that invites the owner to meet an employer's people is placing them.
    const by = event.organizer?.email ? people.find((p) => p.organizer && p.agency && p.companyDomain) : undefined;
    if (by && !ownSide(by.domain, id, calendar, selfLabel)) add(signals, WEIGHTS.agencyOnInvite, reason(SAYS.agencyArranges, by.domain));
    // "Onze klant Willems Bouwlogistiek zoekt een Planner", with the client's people and the
    // sender's on the invite: whoever sent it places the owner with its client, agency word or not.
    else if (secondDomain && bg & GATE.client && CLIENT.test(text.body)) add(signals, WEIGHTS.agencyNamesClient, 'the invite names its client, whose people are on it');
  } else {
    // A recruiting agency's people on the invite: someone is being placed in a job.
    const agency = people.find((p) => p.agency && p.companyDomain && !ownSide(p.domain, id, calendar, selfLabel));
    if (agency) add(signals, WEIGHTS.agencyOnInvite, reason(SAYS.agency, agency.domain));
    // "…before presenting you to our client, Almadraba Hoteles": a screen for one client's job.
    if (agency && bg & GATE.client && CLIENT.test(text.body)) add(signals, WEIGHTS.agencyNamesClient, 'the agency names its client');
  }
  const team = recruitingTeamDomain(event.organizer, id, calendar, selfLabel) || recruitingTeamDomain(event.creator, id, calendar, selfLabel);
  if (team) add(signals, WEIGHTS.recruitingTeam, reason(SAYS.team, team));
  if (ownerInTitle) add(signals, WEIGHTS.ownerNamedInTitle, 'title names you');
  // A candidate line's label ("Candidate:", "Kandidatin:") is a word starting "can" or "kan", as
  // in a title about a candidate: the body's gate has that bit whenever the line can be there.
  const candidate = bg & GATE.candidateInTitle && body.includes('andidat') ? candidateLine(text.body) : null;
  let ownerInterviews = false;
  let ownerIsCandidate = false;
  if (candidate) {
    const who = (candidate[1] ?? '').trim();
    if (namesOwner(candidate, id)) {
      add(signals, WEIGHTS.candidateIsOwner, 'you are named as the candidate');
      ownerIsCandidate = true;
    } else {
      add(signals, WEIGHTS.interviewerSide, `the candidate is someone else ('${who.slice(0, 40)}')`);
      ownerInterviews = true;
    }
  }
  // An agency's or employer's title that calls the owner the candidate ("Gesprek opdrachtgever – kandidaat D. Verhoef").
  if (!candidate && ownerInTitle && tg & GATE.candidateInTitle) {
    const named = CANDIDATE_NAMED_IN_TITLE.exec(title);
    if (named && id.fullNames.some((n) => named[1]!.startsWith(n))) add(signals, WEIGHTS.candidateIsOwner, 'the title names you as the candidate');
  }
  // "EO Policy Officer interviews - 391877 (panel: Callum, Aisha, Naomi)": the title lists the owner on the panel.
  if (!ownerInterviews && title.includes('panel') && id.firstName && panelListsOwner(title, id)) {
    add(signals, WEIGHTS.interviewerSide, 'the title lists you on the panel');
    ownerInterviews = true;
  }
  // The owner's own note of screening someone, opening with who they are: "candidat veilleur de nuit CDD été (CV Indeed)".
  if (!candidate && !ownerInterviews && people.length === 0 && bg & GATE.candidateInTitle && NOTE_OF_CANDIDATE.test(text.body)) {
    add(signals, WEIGHTS.interviewerSide, 'your note opens with the candidate, not you');
    ownerInterviews = true;
  }
  if (!candidate && !ownerInTitle && ((tg & GATE.candidateInTitle && CANDIDATE_IN_TITLE.test(title)) || ((title.includes('applicant') || title.includes('postulantes')) && APPLICANTS_IN_TITLE.test(title)))) {
    add(signals, WEIGHTS.titleNamesOtherCandidate, 'the title is about a candidate, not you');
    ownerInterviews = true;
  }
  if (event.hangoutLink || event.conferenceName || event.conferenceEntryPoints.length > 0) add(signals, WEIGHTS.conference, 'has a video link');

  // "Follow up with Acme" is the owner's reminder; "Follow-up conversation" from the employer's
  // people, whose invite speaks of an interview round, is the next round.
  // So is a "follow-up call" whose invite speaks of the job ("questions … before we make a decision on the … position"),
  // or whose title names it ("Follow-up conversation - Associate Director of Communications").
  const nextRound = negTitle !== undefined && employerDomains !== '' && /^follow/.test(negTitle) &&
    ((strongTitle ?? strongBody) !== undefined || ((context.length > 0 || roleInTitle !== undefined) && FOLLOW_UP_TALK.test(title)));
  // A "Mock QBR" or "mock pitch" an employer's hiring process sets is an exercise of the interview.
  // So is a "Sales Coaching Exercise" or a "Manager Coaching Scenario" on a panel interview's invite: the job's own work, set as an exercise.
  const workDebrief = negTitle === 'debrief' && (ownerInTitle || strongTitle !== undefined) && (ats !== undefined || team !== '' || (ownerInTitle && employerDomains !== '')) ? firstMatch(WORK_DEBRIEF, title) : undefined;
  const exercise = (negTitle === 'mock' && MOCK_EXERCISE.test(title) && (ats !== undefined || team !== '' || strongTitle !== undefined || strongBody !== undefined || (context.length > 0 && employerDomains !== ''))) ||
    (negTitle !== undefined && employerDomains !== '' && (strongTitle ?? strongBody) !== undefined && (title.includes(`${negTitle} exercise`) || title.includes(`${negTitle} scenario`) || title.includes(`${negTitle} simulation`))) ||
    // "Ledgerly | Written exercise debrief – Priya Raman", "Design Challenge Debrief – Camille Roussel", "Interview: … -
    // Writing exercise debrief" from the recruiting team: the owner's own work, discussed with them.
    // Or from the employer's own people, with the owner's name: "Design Exercise Debrief - Renee Jackson".
    workDebrief !== undefined ||
    // "Palomar Onsite (1/4): Research Seminar - Nadia Farouk" from the recruiting team: the candidate's job talk.
    (negTitle !== undefined && negTitle.includes('seminar') && ownerInTitle && (ats !== undefined || team !== '') && (strongTitle ?? strongBody) !== undefined);
  // "coffee w/ saltbox ai cto - rd 2 (!!)": a coffee the title itself calls a round is that round.
  // "Cafè + cultural fit – Estel Data": a culture-fit round is one too.
  // So is a coffee an applicant-tracking tool or the employer's own people send whose invite calls it a
  // later round: "this is the final conversation for the … role", "Let's make this the final conversation".
  const roundOverCoffee = (negTitle === 'coffee' || negTitle === 'coffee chat' || negTitle === 'cafe') &&
    ((strongTitle !== undefined && (ROUND_WORD.test(strongTitle) || strongTitle.endsWith(' fit'))) ||
      ((ats !== undefined || (ownerInTitle && employerDomains !== '')) && strongBody !== undefined && LATER_ROUND.test(strongBody))) &&
    firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle)) === undefined;
  // "One-Way Video Interview (due by 10/9)": a recorded interview is held by its deadline.
  const recorded = (negTitle === 'due' || negTitle === 'deadline' || negTitle === 'closes') && strongTitle !== undefined && RECORDED_INTERVIEW.test(title);
  // The debrief of the owner's own work is then the round the title names.
  if (workDebrief !== undefined && strongTitle === undefined) add(signals, WEIGHTS.titleInterview, reason(SAYS.title, workDebrief));
  // A coffee in the title may be how an employer holds a round ("This will be our first-round interview …").
  let socialAt = -1;
  if (negTitle && !nextRound && !exercise && !recorded && !roundOverCoffee) {
    if (negTitle === 'coffee' || negTitle === 'coffee chat') socialAt = signals.length;
    add(signals, WEIGHTS.negativeTitle, reason(SAYS.negative, negTitle));
  }
  const side = bg & GATE.interviewerSide ? firstMatchFrom(SIDE_ALL, body, bodyFrom(text, GATE.interviewerSide)) : undefined;
  if (side && !ownerInterviews) {
    add(signals, WEIGHTS.interviewerSide, reason(SAYS.side, side));
    ownerInterviews = true;
  }
  if (ownerListedAsInterviewer && !ownerInterviews) {
    add(signals, WEIGHTS.interviewerSide, 'you are listed among the interviewers');
    ownerInterviews = true;
  }
  let outlet = strongTitle && !roleInTitle && context.length === 0 && !ats ? firstMatch(NEWS_OUTLET, title) ?? outletOnInvite(people) : undefined;
  // "Granite Ledger Capital", "Times Square Partners": the outlet's word opens a firm's name, not a paper's.
  if (outlet !== undefined && title.includes(outlet) && FIRM_AFTER.test(title.slice(title.indexOf(outlet) + outlet.length, title.indexOf(outlet) + outlet.length + 16))) outlet = undefined;
  if (outlet) add(signals, WEIGHTS.newsOutlet, reason(SAYS.outlet, outlet));
  const notHiring = (bg & GATE.notHiring ? firstMatchFrom(NOT_HIRING_ALL, body, bodyFrom(text, GATE.notHiring)) : undefined) ??
    (bg & GATE.notHiringMore ? firstMatchFrom(NOT_HIRING_MORE_ALL, body, bodyFrom(text, GATE.notHiringMore)) : undefined);
  // "This is a research conversation about how you plan KS3 science", a course's "Delegate:": the
  // booking says outright what the meeting is, whatever its title.
  const research = bg & (GATE.notHiring | GATE.notHiringMore) ? researchOrCourse(body, bg) : undefined;
  if (research !== undefined) add(signals, WEIGHTS.negativeTitle, `the description says it is ${research}`);
  // The exercise's own word in the description ("run a live coaching session with the rep") is the exercise too.
  if (notHiring && !(exercise && notHiring === negTitle)) {
    // "This is an informal conversation and is not part of your evaluation", "not part of any
    // selection process": the invite says outright that the meeting is not judged, whatever its
    // title ("Superday - Lunch with current analysts"). NOT_HIRING_BODY's "part of" only matches so.
    add(signals, notHiring.startsWith('part of ') ? WEIGHTS.negativeTitle : WEIGHTS.notHiringBody, reason(SAYS.notHiring, notHiring));
    // "Free discovery call – career coaching" booked with carriereplus.ca: a careers service's session.
    if (employerDomains !== '' && !secondDomain && CAREER_SERVICE.test(domainLabel(employerDomains))) add(signals, WEIGHTS.notHiringBody, `booked with a careers service (${employerDomains})`);
  }
  const ownerOrganises = event.organizer?.self === true || lowerAddress(event.organizer?.email ?? '') === id.email;
  // "FYI: my phone screen w/ Fenwick" from a partner's own address: their interview, shared with the owner.
  if (!ownerOrganises && title.includes('my ') && event.organizer?.email && isFreeMail(emailDomain(event.organizer.email))) {
    const theirs = SENDERS_OWN.exec(title);
    if (theirs !== null) add(signals, WEIGHTS.negativeTitle, `the title calls it the sender's own ('${theirs[0]}')`);
  }
  let guests = 0;
  for (const p of people) if (!p.generic) guests++;
  // "Entrevista de Lucía 🍀" over "Lucía tiene la 2ª entrevista en …": a note of someone else's interview.
  if (ownerOrganises && guests === 0 && strongTitle !== undefined) {
    const whose = someoneElsesInterview(text.title, text.body, id);
    if (whose !== undefined) add(signals, WEIGHTS.negativeTitle, `the note says the interview is ${whose}'s`);
    // "Phone screen: Kiara Jenkins - Warehouse Associate (PT)" over "Indeed applicant. Check weekend availability":
    // the owner screens an applicant.
    else if (body.indexOf('applicant') !== -1) {
      const applicant = APPLICANT_NOTE.exec(body);
      if (applicant !== null) add(signals, WEIGHTS.interviewerSide, `the note is about an applicant ('${applicant[0]}')`);
    }
  }
  if (ownerOrganises && guests > 0) {
    const other = otherCandidateInTitle(title, people, id, false);
    const greeted = other === undefined && (strongTitle !== undefined || strongBody !== undefined) ? greetedGuest(body, people) : undefined;
    if (other) {
      add(signals, WEIGHTS.titleNamesOtherCandidate, `you organise it and the title names another candidate ('${other}')`);
      ownerInterviews = true;
    } else if (greeted) {
      // "Hi Emeka, … a 30-minute conversation with me": the owner wrote the invite to the one interviewed.
      add(signals, WEIGHTS.interviewerSide, `you organise it and the invite is written to ${greeted}`);
      ownerInterviews = true;
    } else if ((strongTitle !== undefined || (strongBody !== undefined && SECOND_ROUND.test(body))) && titledGuests(people, title, id)) {
      // The owner's own invite to the people of the company the title names ("Interview w/ Ines
      // Carvalho - Bramble & Pine" to brambleandpine.com): a meeting the owner set up with them.
      add(signals, 0, 'you sent the invite to people of the company the title names');
    } else add(signals, WEIGHTS.ownerOrganises, 'you organise it and invited others');
  } else if (!ownerOrganises) {
    const other = otherCandidateInTitle(title, people, id, true);
    if (other && !ownerInTitle) {
      add(signals, WEIGHTS.titleNamesOtherCandidate, `the title names another candidate ('${other}')`);
      ownerInterviews = true;
    }
  }
  if (event.organizer?.email && ownSide(emailDomain(event.organizer.email), id, calendar, selfLabel) && !ownerOrganises) {
    if (body.includes('intern') && INTERNAL_APPLICATION.test(body)) {
      // "Naar aanleiding van je interne sollicitatie …": the owner applied for a job at their own employer.
      add(signals, WEIGHTS.candidateIsOwner, 'your internal application');
    } else if (ownerIsCandidate) {
      // The candidate line names the owner: an opening at their own employer that they applied for.
    } else if (body.includes('applicant:') && namesOwner(APPLICANT_LINE.exec(text.body), id)) {
      // "Applicant: Renee Villanueva" on the district's own form.
      add(signals, WEIGHTS.candidateIsOwner, 'you are named as the applicant');
    } else if ((strongTitle || strongBody) && roleInTitle && fullNameIn(title, id.fullNames)) {
      // "Campus Interview - Senior HR Consultant - Janelle Pruitt" from a body the owner meets
      // often: an interview titled with the owner's full name is the owner's own.
      add(signals, WEIGHTS.candidateIsOwner, 'the interview is titled with your name');
    } else if (roleInTitle && PAIRED_WITH_JOB.test(title) && fullNameIn(title, id.fullNames)) {
      // "Hannah Schultz / Derek Olmstead - Accounting Manager": the owner paired with one of its people
      // over a job, from an employer whose routine the calendar holds (the owner's next job, once
      // its first weeks are on the calendar): the owner's own conversation about the job.
      add(signals, WEIGHTS.candidateIsOwner, 'the invite pairs you with one of its people over a job');
    } else if (addressedAsApplicant(body, id)) {
      // "Dear Ms. Pruitt, thank you for your interest in the Senior HR Consultant position": an
      // opening at the owner's own employer (a school district, a university) they applied for.
      add(signals, WEIGHTS.candidateIsOwner, 'the invite addresses you as the applicant');
    } else if (strongTitle || strongBody) {
      // Interviews run by your own employer are ones you sit on as an interviewer.
      add(signals, WEIGHTS.interviewerSide, 'an interview organised inside your own company: you are on the hiring side');
      ownerInterviews = true;
    } else add(signals, WEIGHTS.ownEmployer, 'organised by a colleague at your current employer');
  }
  const ordinary = tg & GATE.ordinaryMeeting ? routineWord(title) : undefined;
  let ordinaryAt = -1;
  if (ordinary && !strongTitle) {
    ordinaryAt = signals.length;
    add(signals, WEIGHTS.ordinaryMeeting, reason(SAYS.ordinary, ordinary));
  }
  // The owner's own note of where to go and what to bring is no reminder about a company.
  // The owner's own note says whom the interview is with: that nobody is invited is no doubt.
  if (guests === 0 && !ats && !strongTitle && !prep && !placeholder && !noteOpens) add(signals, WEIGHTS.noOneElse, 'nobody else is invited');
  // A series of the owner's own with nobody invited ("Open interviews (FOH)" every Tuesday) is a
  // routine of theirs: a candidate's rounds come from the employer, once each.
  if (guests === 0 && ownerOrganises && event.recurringEventId && !ats) add(signals, WEIGHTS.ordinaryMeeting, 'a recurring entry of your own');

  let score = 0;
  for (const s of signals) score += s.weight;
  // "Coffee's on me … this will be our first-round interview", "lunch as the final step for the
  // Account Supervisor role": an invite that calls the meeting a step of the hiring process
  // outweighs the coffee or lunch of its title. Read only where it could tip the decision.
  // "Julia <> Meera - coffee" from copperlinedx.com, "about our CFO role … your background": an
  // employer's own invite that names the owner as the other party and talks about a job is
  // that employer's conversation with a candidate, whatever is served.
  const meal = ordinaryAt !== -1 && MEAL.test(ordinary!);
  if (score <= 0 && (socialAt !== -1 || meal) && !ownerInterviews && notHiring === undefined && !ownerOrganises && ownerInTitle && employerDomains !== '' && context.length > 0) {
    if (socialAt === -1 || firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle!)) === undefined) {
      if (ordinaryAt !== -1) {
        score -= signals[ordinaryAt]!.weight;
        signals.splice(ordinaryAt, 1);
        ordinaryAt = -1;
      }
      if (socialAt !== -1) {
        score -= signals[socialAt]!.weight;
        signals.splice(socialAt, 1);
        socialAt = -1;
      }
      add(signals, 0, 'an employer invites you to talk about a job over a meal or coffee');
    }
  }
  if (score <= 0 && !ownerInterviews && notHiring === undefined) {
    const lift = WEIGHTS.processStep - (socialAt === -1 ? 0 : signals[socialAt]!.weight) - (ordinaryAt === -1 ? 0 : signals[ordinaryAt]!.weight);
    if (score + lift > 0 && (socialAt === -1 || firstMatch(NEGATIVE_TITLE, blankedOut(title, negTitle!)) === undefined) && (PROCESS_STEP.test(body) || roundForAJob(body) || callAboutAJob(people, context, body, title))) {
      // Later index first, so the earlier one stays where it is.
      if (ordinaryAt !== -1) signals.splice(ordinaryAt, 1);
      if (socialAt !== -1) signals.splice(socialAt, 1);
      add(signals, WEIGHTS.processStep, 'the invite calls it a step of the hiring process');
      score += lift;
    }
  }
  const confidence = 1 / (1 + Math.exp(-score));
  return { score, confidence, signals, ownerInterviews, employers: employerDomains, ownerInTitle, vetoed: ownerInterviews || notHiring !== undefined || socialAt !== -1 || (negTitle !== undefined && !nextRound && !exercise && !recorded && !roundOverCoffee) };
}

/**
 * The owner's own note that someone will call them, with a job in it: "Bernd Kiefer (Leiter
 * Konstruktion) ruft aufs Handy an. Stelle: Konstrukteur Getriebe", "Koen … belt mij terug ivm
 * vacature leerkracht".
 */
function callAboutAJob(people: Person[], context: string[], body: string, title: string): boolean {
  // Or a note titled as the call back itself: "Rückruf Hr. Kessler (Steinhoff Personalberatung)".
  return people.length === 0 && context.length > 0 && (CALLS_OWNER.test(body) || CALL_BACK_TITLE.test(title));
}
const CALL_BACK_TITLE = /^(?:ruckruf|callback|call back|rappel|terugbellen|terugbelafspraak)\b/;
const CALLS_OWNER = /\b(?:ruft (?:\w+ ){0,3}an|ruft (?:mich )?zuruck|belt (?:mij|me)(?: terug)?|belt(?=\s*(?:[.!,\n]|$|om \d|rond \d))|belt over (?:de |een |het )?(?:vacature|functie|rol|positie)|(?:will|to) call me|calls me|calling (?:me|my (?:cell|mobile|phone))|me (?:llama|llamara|rappelle|appelle)|m.appelle|em truca(?:ra)?)\b/;

/** "Final round for Head of Finance & Operations", "a call about the Corporate Pilot opening": a step of the process for a job ROLE_NOUN names. */
function roundForAJob(body: string): boolean {
  const m = ROUND_FOR.exec(body);
  if (m !== null && ROLE_NOUN.test(m[1]!)) return true;
  const t = TALK_ABOUT_JOB.exec(body);
  return t !== null && ROLE_NOUN.test(t[1]!);
}

/**
 * The description opens by greeting the owner ("Dear Renee Castillo,", "Hi Mai,", "Dear Ms.
 * Pruitt,") and speaks to an applicant: "thank you for your interest in the … position", "you
 * have been selected for an interview", "view your application". An invite that also goes to
 * the panel greets no one, or greets the panel.
 */
function addressedAsApplicant(body: string, id: OwnerIdentity): boolean {
  const m = OWNER_GREETING.exec(body);
  if (m === null) return false;
  const name = m[1] ?? m[2]!;
  if (name !== id.firstName && name !== id.lastName && !id.fullNames.includes(name)) return false;
  return APPLICANT_ADDRESSED.test(body);
}

/** "Dear Ms. Pruitt,", "Bonjour Camille," or a letter's bare "Ray," on its own first line. */
const OWNER_GREETING = /^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon)|bonjour|hola|hallo|liebe[r]?|beste|hoi|querid[oa]|estimad[oa])\s+(?:(?:mr|ms|mrs|mx|miss|dr)\.?\s+)?([a-z\u00e0-\u00ff'-]+(?: [a-z\u00e0-\u00ff'-]+)?)\s*(?:[,!:\n]|[-–—]\s)|([a-z\u00e0-\u00ff'-]+(?: [a-z\u00e0-\u00ff'-]+)?),[ \t]*\n)/;
const APPLICANT_ADDRESSED =
  /\b(?:your interview will be (?:with|held|conducted)|thank(?:s| you) for (?:(?:expressing |showing )?(?:your )?interest in|submitting (?:an? |your )?(?:expression of interest|application)|applying|your application|putting (?:your (?:name|eoi|application) )?in for)|your eoi|you have been (?:selected|shortlisted|invited) (?:for|to) (?:an? )?interview(?! panel)|view your application|internal applicants?|suite a (?:ta|votre) candidature|(?:gracias por|tras|en relacion (?:con|a)) (?:tu|su) candidatura|(?:vielen )?dank fur (?:ihre|deine) bewerbung|(?:bedankt voor|naar aanleiding van) (?:je|jouw|uw) sollicitatie)\b/;

/**
 * What a booking says it is, when that is research ("this is a research conversation") or a course
 * ("Course: Safer Recruitment – Level 3" over "Delegate: …").
 */
function researchOrCourse(body: string, bodyGate: number): string | undefined {
  // "research", "usability" and "participant" are NOT_HIRING_BODY's gate words, "delegate" NOT_HIRING_MORE's.
  if (bodyGate & GATE.notHiring && (body.indexOf('research') !== -1 || body.indexOf('usability') !== -1)) {
    const m = RESEARCH_SESSION.exec(body);
    if (m !== null) return `research ('${m[0]}')`;
  }
  if ((bodyGate & GATE.notHiringMore && body.indexOf('delegate') !== -1) || (bodyGate & GATE.notHiring && body.indexOf('participant') !== -1)) {
    const m = COURSE_BOOKING.exec(body);
    if (m !== null) return `a course's booking ('${m[1]}:')`;
  }
  return undefined;
}
/** A course's booking: its "Course:" line, then within a few lines whom it is booked for. */
const COURSE_BOOKING =
  /(?:^|\n)[ \t]*(course|training|workshop|formation|kurs|schulung|curso|cursus|opleiding)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:delegate|participant|participante)[ \t]*:/;
const RESEARCH_SESSION =
  /\bthis is (?:a|an|our) (?:short |quick |informal |\d+[- ]minute )?(?:user |ux |product )?(?:research|usability) (?:conversation|session|call|study|interview)\b/;

/**
 * The first name a note's title gives the interview to ("Entrevista de Lucía", "Lucía's interview",
 * "Sollicitatiegesprek van Joris") when its description says that person has it ("Lucía tiene la 2ª
 * entrevista en …", "Joris heeft morgen zijn gesprek"), not the owner: a partner's or a friend's.
 * Both are asked: "Brightwave's interview" alone may be a firm's, "Brightwave has a 3-stage interview
 * process" too.
 */
function someoneElsesInterview(title: string, body: string, id: OwnerIdentity): string | undefined {
  const m = OTHERS_IN_TITLE.exec(title);
  const name = m === null ? undefined : (m[1] ?? m[2])!;
  if (name === undefined || fold(name) === id.firstName) return undefined;
  const has = HAS_INTERVIEW.exec(body);
  return has !== null && has[1] === name ? name : undefined;
}
/** An owner's note that calls the other party an applicant of a job board or a referral. */
const APPLICANT_NOTE = /\b(?:indeed|linkedin|ziprecruiter|glassdoor|monster|careerbuilder|snagajob|handshake|internal|external|walk-?in|referred) applicant\b/;
/** A title's interview of a first name: "Entrevista de Lucía", "entretien de Karim", "Interview of Sam", "Lucía's interview". */
const OTHERS_IN_TITLE =
  /^(?:(?:[Ee]ntrevista|[Ee]ntretien|[Ii]nterview|[Gg]esprek|[Ss]ollicitatiegesprek|[Vv]orstellungsgespr[aä]ch|[Bb]ewerbungsgespr[aä]ch) (?:de|van|von|of) (\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)(?:['’]s|s['’]|['’]) (?:[Ii]nterview|[Ee]ntrevista|[Vv]orstellungsgespr[aä]ch|[Ss]ollicitatiegesprek|[Ee]ntretien))(?=[\s\p{So}\p{P}]*$)/u;
/** A sentence of the description saying a first name has an interview. */
const HAS_INTERVIEW =
  /(?:^|[.!?\n]\s*)(\p{Lu}\p{Ll}+) (?:tiene|has|hat|heeft|a|ha) [^.\n]{0,30}?\b(?:entrevista|interview|vorstellungsgespr[aä]ch|bewerbungsgespr[aä]ch|sollicitatiegesprek|gesprek|entretien)/u;

/** Two people paired over a job in a title: "Hannah Schultz / Derek Olmstead - Accounting Manager", "Ana <> Ben – Data Lead". */
const PAIRED_WITH_JOB = /^[^/<>\n]{3,40}(?:\s\/\s|\s?<>\s?)[^/<>\n]{3,40}\s[-–—:|]\s/;

/** The sender's own interview, in a title someone else sent the owner. */
const SENDERS_OWN = /\bmy (?:(?:first|second|final|last|next|phone|video|onsite|panel|2nd|3rd) )?(?:interview|phone screen|screen|call with|onsite|round|final round)\b/;

/** The routine words that are a meal (ORDINARY_MEETING). */
const MEAL = /^(?:lunch|dinner|drinks)$/;

/**
 * The title writes `word` (folded) in lower case, as no organisation's name is: "(reportatge
 * talent tech BCN)" is a feature on talent tech, "(Spotlight Talent)" an agency. False when the
 * title spells it otherwise (accents), as its case is then unknown.
 */
function writtenLower(title: string, word: string): boolean {
  const at = title.toLowerCase().indexOf(word);
  return at !== -1 && title.charCodeAt(at) >= 97 && title.charCodeAt(at) <= 122;
}

/** What follows a word that is an organisation's name: "Spotlight Talent", "Radio Partners". */
const ORG_AFTER = /^ (?:talent|staffing|partners|group|search|recruiting|studios?|labs?|inc|llc|agency)\b/;
/** A word of a firm's name after an outlet's word ("Ledger Capital", "Post Partners"): a business, not a newsroom. */
const FIRM_AFTER = /^ (?:capital|partners|group|holdings|bank|labs?|health|advisors|advisory|ventures|systems|technologies|logistics|inc|llc)\b/;

/** An interview word that names a later round: "final conversation", "second interview", "next round". */
const LATER_ROUND = /\b(?:final|second|third|next|last|round|rd|stage)\b/;

/** A strong title cue that names a round ("rd 2", "round 2", "final round", "2nd round"). */
const ROUND_WORD = /\b(?:round|rd|stage)\b/;

/** A recorded (one-way) video interview, which a candidate records before a deadline. */
const RECORDED_INTERVIEW = /\b(?:one[- ]way|recorded|async(?:hronous)?|on[- ]demand|pre[- ]recorded)\b[^\n]{0,20}\binterview|\b(?:hirevue|spark ?hire|willo|vidcruiter)\b/;

/** A second or third meeting, as the owner numbers one: "2e rdv", "2nd meeting", "zweiter Termin", "tweede afspraak", "2ª reunión". */
const LATER_MEETING = /(?:^|\s)(?:2e|2eme|deuxieme|3e|3eme|troisieme|2nd|second|3rd|third|2de|3de|tweede|derde|zweite[rns]?|dritte[rns]?|[23]\.|segund[ao]|tercer[ao]?|[23][ºªa]) (?:rdv|rendez-vous|meeting|afspraak|termin|treffen|cita|reunion|call|chat|gesprek|convo)\b/;

/** NEGATIVE_TITLE's talks of an offer's terms. */
const OFFER_TALK = /^(?:arbeidsvoorwaarden|vertragsgesprach)/;

/** An interview a legal or investigative team holds with a witness, a victim or a suspect. */
const LEGAL_INTERVIEW = /\b(?:witness|victim|suspect|custodial) interviews?\b/;

/**
 * "(paid)", "paid study", "betaald onderzoek", "étude rémunérée" in a folded title: a participant's
 * fee (every such title of the labelled calendars is a study). A paid trial shift is work.
 */
const PAID_MARK = /\b(paid|betaald|remuneree?|remunerad[oa])\b(?! (?:trial|shift|working|internship))/;

/** The German job compound (ROLE_COMPOUND) in a folded title, as a whole word, or undefined. */
function roleCompound(title: string): string | undefined {
  const m = ROLE_COMPOUND.exec(title);
  if (m === null) return undefined;
  // The match starts three letters before the job: the word starts where its letters do.
  let start = m.index;
  while (start > 0 && isCompoundLetter(title.charCodeAt(start - 1))) start--;
  return title.slice(start, m.index + m[0].length);
}

function isCompoundLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xdf;
}

/** The gender note of a job advertised in German, Dutch or French: "(m/w/d)", "(w/m/d)", "(h/f)", "(m/v/x)". */
const GENDER_MARK = /\((?:[mwfdhvx]|div)(?:\s*\/\s*(?:[mwfdhvx]|div)){1,3}\)/;

/** The candidate (or applicant) line names the owner. */
function namesOwner(line: RegExpExecArray | null, id: OwnerIdentity): boolean {
  if (line === null) return false;
  const who = fold((line[1] ?? '').trim());
  return id.fullNames.some((n) => who.startsWith(n) || sameNameAnyOrder(who, n));
}

/** The guest whose first name the description's greeting opens with ("Hi Emeka,"), if any. */
function greetedGuest(body: string, people: Person[]): string | undefined {
  const m = GREETING.exec(body);
  if (m === null) return undefined;
  for (const p of people) if (!p.generic && p.first === m[1]) return p.name;
  return undefined;
}

const GREETING = /^\s*(?:hi|hello|hey|dear|hallo|hola|bonjour|beste|liebe[rs]?)\s+([a-zà-ÿ][a-zà-ÿ'-]+)\s*[,!:\n]/;

/** A news outlet among the guests' organisations ("radio-mainwelle.de" → 'radio'), if any. */
function outletOnInvite(people: Person[]): string | undefined {
  for (const p of people) {
    if (!p.companyDomain) continue;
    const m = NEWS_OUTLET.exec(p.label.replace(/[-_]/g, ' '));
    if (m) return m[0];
  }
  return undefined;
}

/**
 * "nguyen thi mai" for "mai nguyen": every word of the owner's name, family name first or last.
 * The words must be at least two, and `who` no more than one word longer.
 */
function sameNameAnyOrder(who: string, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || name.indexOf('.') !== -1) return false;
  const theirs = who.split(/[\s,]+/).filter(Boolean);
  return theirs.length <= words.length + 1 && words.every((w) => theirs.includes(w));
}

/** True when one of the owner's full names (longer than three letters) is in the title. */
function fullNameIn(title: string, fullNames: string[]): boolean {
  for (const n of fullNames) if (n.length > 3 && title.includes(n)) return true;
  return false;
}

/** A dash, colon or bar follows the name that opens the title. */
function opensWithName(title: string, end: number): boolean {
  const next = title.slice(end).trimStart().charCodeAt(0);
  return next === 45 || next === 0x2013 || next === 0x2014 || next === 58 || next === 124;
}

/**
 * A guest (not a team mailbox, not the organizer) whose full name is in the title: the person being
 * interviewed. `ownSideOnly`: only guests without an employer domain or from the owner's own; then
 * also an organiser writing from a personal address whose first name opens the title.
 */

/**
 * "Interview w/ Ines Carvalho - Bramble & Pine" that the owner sent to ines.carvalho@brambleandpine.com:
 * a guest from another company that the title names too is that company's interviewer, not a candidate.
 */
function fromCompanyTitled(g: Person, title: string, id: OwnerIdentity, byPrefix = false): boolean {
  if (!g.companyDomain || g.domain === id.workDomain || g.label.length < 4) return false;
  const label = g.label.replace(/[^a-z0-9]/g, '');
  if (label.length < 4) return false;
  if (title.replace(/&/g, 'and').replace(/[^a-z0-9]/g, '').includes(label)) return true;
  // Or the label's first word, for a guest the title does not name in full: "Stonebridge – in
  // person w/ Bryce & Carla" to stonebridgewater.ca, "pollen round 2" to pollenlearning.com.
  if (byPrefix && !title.includes(g.folded)) for (const w of title.split(/[^a-z0-9]+/)) if (w.length >= 6 && label.startsWith(w)) return true;
  return false;
}
/** `word` follows a job and a comma in the same part of the title ("… - Scientist I, Cell Therapy PD"). */
function inJobTitle(title: string, word: string): boolean {
  const w = title.indexOf(word);
  if (w === -1) return false;
  const before = title.slice(0, w);
  const parts = before.split(/\s[-–—|]\s|[:()]/);
  const part = parts[parts.length - 1]!;
  const comma = part.lastIndexOf(',');
  return comma !== -1 && ROLE_NOUN.test(part.slice(0, comma));
}

/** A later round, as the description names it: "2nd interview", "final round". */
const SECOND_ROUND = /\b(?:2nd|3rd|second|third|final|next) (?:interview|round)\b/;

/** Every guest is from another company the title names (fromCompanyTitled). */
function titledGuests(people: Person[], title: string, id: OwnerIdentity): boolean {
  let any = false;
  for (const g of people) {
    if (g.generic) continue;
    if (!fromCompanyTitled(g, title, id, true)) return false;
    any = true;
  }
  return any;
}

function otherCandidateInTitle(title: string, people: Person[], id: OwnerIdentity, ownSideOnly: boolean): string | undefined {
  for (const g of people) {
    // An agency's recruiter is never the candidate: "Call: Collins Mutai (DevRecruit Africa) - MEAL Lead".
    if (g.generic || g.agency || (ownSideOnly && g.companyDomain && g.domain !== id.workDomain)) continue;
    if (g.folded.includes(' ') && g.folded.length > 4 && title.includes(g.folded) && !g.organizer && !fromCompanyTitled(g, title, id)) return g.name;
    // "Sanne - 2e gesprek Zorggroep Lommerrijk" from Sanne's own address: her interview, shared with the owner.
    if (ownSideOnly && g.organizer && g.first.length > 1 && title.startsWith(g.first) && opensWithName(title, g.first.length) && isFreeMail(g.domain)) return g.name;
  }
  return undefined;
}
