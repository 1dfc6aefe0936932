import type { CalendarEvent } from '../domain/event';
import type { InterviewKind } from '../domain/application';
import { ADDRESS, FORMAT_LINE, ONSITE_CUE, PHONE_CUE, ROLE_NOUN, ROUND_PATTERNS, VIDEO_LINK, VIDEO_WORD, INTERVIEW_STRONG } from './lexicon';
import { atsForDomain, emailDomain, GENERIC_MAILBOX, looksLikeAgency } from './domains';
import type { OwnerIdentity, Person } from './people';
import { companyKey } from './company';
import { fold } from './text';

/**
 * Facts about an interview taken from the invite: the hiring company, the role, how it happens
 * (phone, video, in person), the round and the link or address.
 */

export interface EventText {
  title: string;
  titleFolded: string;
  body: string;
  bodyFolded: string;
  location: string;
  locationFolded: string;
  /** gateMask() of titleFolded and bodyFolded: which lexicon patterns can match there at all. */
  titleGate: number;
  bodyGate: number;
}

const LEGAL_TAIL = /^(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|co|company|pty|srl|spa|se)$/i;
const COMPANY_WORDS = [
  'technologies', 'technology', 'therapeutics', 'international', 'industries', 'consulting', 'analytics', 'solutions',
  'logistics', 'financial', 'insurance', 'airlines', 'robotics', 'software', 'networks', 'partners', 'holdings', 'ventures',
  'services', 'systems', 'digital', 'capital', 'studios', 'freight', 'pharma', 'health', 'energy', 'global', 'motors',
  'foods', 'group', 'labs', 'lab', 'works', 'media', 'games', 'cloud', 'tech', 'data', 'bank', 'bio', 'ai', 'hq',
];

function squash(word: string): string {
  // Fast path: plain ASCII letters and digits only, where folding is just lower-casing.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      plain = false;
      break;
    }
  }
  return plain ? word.toLowerCase() : fold(word).replace(/[^a-z0-9]/g, '');
}

interface Tok {
  start: number;
  end: number;
  /** The word; '' for parts of addresses. Sliced from `src` on first use, like `sq`. */
  text: string | undefined;
  /** squash(text), filled in on first use (most words are never compared with a label). */
  sq: string | undefined;
  upper: boolean;
  src: string;
}

function textOf(t: Tok): string {
  if (t.text === undefined) t.text = t.src.slice(t.start, t.end);
  return t.text;
}

function sqOf(t: Tok): string {
  if (t.sq === undefined) t.sq = squash(textOf(t));
  return t.sq;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isJoinCode(c: number): boolean {
  return c === 38 /* & */ || c === 39 /* ' */ || c === 0x2019 || c === 46 /* . */ || c === 45 /* - */;
}

/** Same as /\.[a-z]{2,}$/i.test(s.slice(start, end)): a dot, then two or more ASCII letters to the end. */
function endsWithDomainSuffix(s: string, start: number, end: number): boolean {
  let i = end;
  while (i > start) {
    const c = s.charCodeAt(i - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    i--;
  }
  return end - i >= 2 && i > start && s.charCodeAt(i - 1) === 46;
}

/** Words of a text with their squashed form; a hand-written scanner because this runs per label. */
function tokens(s: string, limit: number): Tok[] {
  const out: Tok[] = [];
  const n = Math.min(s.length, limit);
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && (isWordCode(s.charCodeAt(i)) || isJoinCode(s.charCodeAt(i)))) i++;
    let end = i;
    while (end > start && isJoinCode(s.charCodeAt(end - 1))) end--;
    const next = i < n ? s.charCodeAt(i) : 0;
    const prev = start > 0 ? s.charCodeAt(start - 1) : 0;
    // Parts of e-mail addresses, URLs and domains are not company names in prose.
    if (next === 64 || prev === 64 || next === 47 || prev === 47 || endsWithDomainSuffix(s, start, end)) {
      out.push({ start, end, text: '', sq: '', upper: false, src: s });
      continue;
    }
    const c = s.charCodeAt(start);
    out.push({ start, end, text: undefined, sq: undefined, upper: (c >= 65 && c <= 90) || (c >= 192 && c <= 222) || (c >= 48 && c <= 57), src: s });
  }
  return out;
}

/** A text whose word list is built only when a label might occur in it. */
class Source {
  private toks: Tok[] | undefined;
  constructor(
    readonly text: string,
    readonly folded: string,
    private readonly limit: number,
  ) {}
  tokens(): Tok[] {
    this.toks ??= tokens(this.text, this.limit);
    return this.toks;
  }
}

/** Finds the capitalised phrase spelling a domain label ("harbor-works" → "Harbor Works"). */
function phraseForLabel(label: string, sources: Source[]): string | undefined {
  const target = label.replace(/[^a-z0-9]/g, '');
  if (target.length < 2) return undefined;
  const probe = target.slice(0, 3);
  let prefixHit: string | undefined;
  for (const src of sources) {
    // Cheap gate: a phrase spelling the label must contain its first letters.
    if (!src.folded.includes(probe)) continue;
    const toks = src.tokens();
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i]!;
      if (!first.upper) continue;
      const firstSq = sqOf(first);
      if (!firstSq || !target.startsWith(firstSq)) continue;
      let acc = '';
      const words: string[] = [];
      for (let j = i; j < toks.length && j < i + 5; j++) {
        const t = toks[j]!;
        const sq = sqOf(t);
        if (!sq || !target.startsWith(acc + sq)) break;
        acc += sq;
        words.push(textOf(t));
        // The original spelling between the words ("Marlowe & Finch"), unless it spans a line.
        if (acc === target) {
          const original = src.text.slice(first.start, t.end);
          return /\n/.test(original) ? words.join(' ') : original.replace(/\s+/g, ' ');
        }
      }
      if (!prefixHit && acc.length >= 4 && words.length === 1) prefixHit = words[0];
    }
  }
  return prefixHit;
}

/** "brightlabs" → "Bright Labs", "harbor-works" → "Harbor Works". */
function titleCaseLabel(label: string): string {
  const parts = label.split(/[-_]+/).filter(Boolean);
  const words: string[] = [];
  for (const p of parts) {
    const suffix = COMPANY_WORDS.find((w) => p.length > w.length + 2 && p.endsWith(w));
    if (suffix) words.push(p.slice(0, p.length - suffix.length), suffix);
    else words.push(p);
  }
  return words.map((w) => (w.length <= 2 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

function stripLegal(name: string): string {
  const words = name.replace(/[,.]+$/, '').split(/\s+/);
  while (words.length > 1 && LEGAL_TAIL.test((words[words.length - 1] ?? '').replace(/[.,]/g, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

const TEAM_SUFFIX = /(?:\s+|\s*[-–|]\s*)(?:talent acquisition|talent team|talent|recruiting(?: team| coordinator)?|recruitment(?: team)?|careers?|interviews?|hiring(?: team)?|jobs|hr|people(?: team| ops)?|team|scheduling|rrhh|recrutement|recrutamento|karriere|werving|selecci[oó]n|personalabteilung)\s*$/i;

/** "Orion Freight Talent Acquisition" → "Orion Freight"; undefined for a person's name. */
function orgFromDisplayName(display: string): string | undefined {
  const stripped = display.replace(TEAM_SUFFIX, '').trim();
  return stripped && stripped !== display.trim() ? stripped : undefined;
}

// Contract terms and other words in title brackets that are never a company.
const EMPLOYMENT_TERMS = /^(?:contract(?:or)?|contract[- ]to[- ]hire|full[- ]time|part[- ]time|temp(?:orary)?|permanent|freelance|remote|hybrid|internship|m\/w\/d|w\/m\/d|h\/f|f\/h|urgent|reminder|update[d]?|new time|rescheduled|tentative|confirmed|canceled|cancelled|invitation|invite)$/;
const NOT_A_PLACE_NAME = /^(?:phone|tel|telephone|call|dial|video|virtual|remote|online|tbd|tba|zoom|teams|meet|home|my place|office|here)\b/i;
const TITLE_SPLIT = /\s*(?:\s[-–—|·•]\s|:|<>|\/|\(|\)|\[|\]|\s@\s|\sx\s|,\s|\s(?:at|with|w\/|for|bei|chez|bij|en|con|avec|met|mit|re)\s)\s*/i;
const CLIENT = /\b(?:[Cc]lient[e]?|[Kk]unde|[Kk]lant)\s*:\s*([^\n,(]{2,60})|\bour client,?\s+([A-Z][^\n,.(]{1,60})/;
const AT_PHRASE = /\b(?:at|bei(?: der| dem)?|chez|bij|en|with|interest in|sent by|joining|welcome to)\s+((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|de))*)/g;

function cleanSegment(seg: string, id: OwnerIdentity, people: Person[]): string | undefined {
  let s = seg.trim().replace(/^[-–—|:,\s]+|[-–—|:,\s]+$/g, '');
  if (!s || s.length < 2) return undefined;
  const f = fold(s);
  if (id.fullNames.some((n) => f === n || f.startsWith(n + ' ') || f.endsWith(' ' + n)) || f === id.firstName) return undefined;
  if (people.some((p) => p.folded && (f === p.folded || f === p.first))) return undefined;
  // Drop interview words from the segment ("Hooli Technical Phone Screen" → "Hooli").
  const m = INTERVIEW_STRONG.exec(f) ?? /\b(?:on-?site|panel|screen|intro|call|chat|loop|final|interview\w*|candidate|canceled|cancelled|updated|invitation|confirmed|round|meeting)\b/.exec(f);
  if (m && m.index !== undefined) {
    if (m.index === 0) return undefined;
    s = s.slice(0, m.index).trim();
  }
  if (!s || !/^[A-Z0-9À-Ý]/.test(s) || ROLE_NOUN.test(fold(s)) || EMPLOYMENT_TERMS.test(fold(s))) return undefined;
  if (s.split(/\s+/).length > 5) return undefined;
  return stripLegal(s);
}

/** The phrase with the words that follow it ("Keystone Search" → "Keystone Search Partners"). */
function agencyContext(phrase: string, sources: string[]): string {
  for (const src of sources) {
    const i = src.indexOf(phrase);
    if (i !== -1) return src.slice(i, i + phrase.length + 20);
  }
  return phrase;
}

/** The hiring company's plain name: the client when an agency schedules, never the scheduling tool. */
export function extractCompany(
  text: EventText,
  event: CalendarEvent,
  people: Person[],
  id: OwnerIdentity,
  interviewerEmails: ReadonlySet<string> = new Set(),
): string | null {
  const sources = [text.title, text.location, text.body];
  const tokenized = [
    new Source(text.title, text.titleFolded, 500),
    new Source(text.location, text.locationFolded, 500),
    new Source(text.body, text.bodyFolded.length > 4000 ? text.bodyFolded.slice(0, 4000) : text.bodyFolded, 4000),
  ];
  // Employer domains of the people on the invite, most frequent first; agencies kept apart.
  const counts = new Map<string, number>();
  const agencies = new Set<string>();
  for (const p of people) {
    if (!p.companyDomain || p.domain === id.workDomain) continue;
    const label = p.label;
    if (p.agency) agencies.add(label);
    // The employer is whoever interviews you; an organizer from another domain is often an agency.
    else counts.set(label, (counts.get(label) ?? 0) + (p.organizer ? 0.5 : 1) + (interviewerEmails.has(p.email) ? 2 : 0));
  }
  // ATS senders: "acme@myworkday.com" or "acme.greenhouse.io" name the employer in the address.
  for (const who of [event.organizer, event.creator]) {
    const d = emailDomain(who?.email);
    if (d && atsForDomain(d)) {
      const local = (who?.email ?? '').slice(0, (who?.email ?? '').indexOf('@')).toLowerCase();
      if (local && !GENERIC_MAILBOX.test(local)) counts.set(local, (counts.get(local) ?? 0) + 0.5);
      const sub = d.split('.')[0] ?? '';
      if (d.split('.').length > 2 && sub && !/^(?:mail|app|www|email|notifications?)$/.test(sub)) counts.set(sub, (counts.get(sub) ?? 0) + 0.5);
    }
  }
  const labels = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);

  const client = /client|kunde|klant/.test(text.bodyFolded) ? CLIENT.exec(text.body) : null;
  const clientName = client ? stripLegal((client[1] ?? client[2] ?? '').trim()) : undefined;

  for (const label of labels) {
    const phrase = phraseForLabel(label, tokenized);
    if (phrase && looksLikeAgency(agencyContext(phrase, sources))) {
      agencies.add(label);
      continue;
    }
    if (phrase) return stripLegal(phrase);
  }
  if (clientName && (agencies.size > 0 || labels.length === 0)) return clientName;

  // Team mailboxes signed with the employer's name ("Proseware Recruiting").
  for (const who of [event.organizer, event.creator]) {
    const local = (who?.email ?? '').split('@')[0] ?? '';
    const fromName = who?.displayName && (GENERIC_MAILBOX.test(local) || atsForDomain(emailDomain(who.email)))
      ? orgFromDisplayName(who.displayName) ?? (GENERIC_MAILBOX.test(local) ? who.displayName : undefined)
      : undefined;
    if (fromName && !looksLikeAgency(fromName)) return stripLegal(fromName);
  }

  // Title segments that are neither interview words, the owner, a person nor a role.
  const segments = text.title.split(TITLE_SPLIT).map((s) => cleanSegment(s ?? '', id, people)).filter((s): s is string => !!s);
  const nonAgency = segments.filter((s) => !looksLikeAgency(s) && !agencies.has(companyKey(s).replace(/ /g, '')));
  if (labels.length > 0) {
    const best = labels[0]!;
    return titleCaseLabel(best);
  }
  if (nonAgency.length > 0) return nonAgency[0]!;
  // An exec loop, not matchAll: same matches (AT_PHRASE never matches empty text) without cloning the pattern.
  const atText = `${text.title}\n${text.body.slice(0, 3000)}`;
  AT_PHRASE.lastIndex = 0;
  let at: RegExpExecArray | null;
  while ((at = AT_PHRASE.exec(atText)) !== null) {
    const cand = cleanSegment(at[1] ?? '', id, people);
    if (cand && !looksLikeAgency(cand)) {
      AT_PHRASE.lastIndex = 0;
      return cand;
    }
  }
  // Agency with no client named: the agency is the only employer we know of.
  const agency = [...agencies][0];
  if (agency) return phraseForLabel(agency, tokenized) ?? titleCaseLabel(agency);
  const locHead = text.location.split(/,|\s[-–]\s/)[0]?.trim() ?? '';
  if (locHead && !ADDRESS.test(locHead) && !/^https?:/i.test(locHead) && /^[A-Z]/.test(locHead) && locHead.split(' ').length <= 4 && !VIDEO_WORD.test(fold(locHead)) && !/\d/.test(locHead) && !NOT_A_PLACE_NAME.test(locHead)) {
    return stripLegal(locHead);
  }
  if (segments.length > 0) return segments[0]!;
  return null;
}

const ROLE_LABEL = /(?:^|\n)\s*(?:position|role|job title|job|job requisition|title|stelle|position|poste|puesto|posici[oó]n|vacante|functie|vacature|rol)\s*:\s*([^\n]{2,80})/i;
const ROLE_PHRASE = /\b(?:the|our|a|an|your)\s+((?:[A-Z][\w&/'’.-]*,?\s+){0,5}?[A-Z][\w&/'’.+-]*(?:\s+(?:I{1,3}|IV|V|[1-3]))?)\s+(?:\(?(?:contract|full[- ]time|part[- ]time|remote|hybrid|contract[- ]to[- ]hire)\)?\s+)?(?:role|position|opening|job|vacancy|req)\b/;
const ROLE_FOREIGN = /\b(?:als|au poste d['’]|au poste de|comme|posici[oó]n de|puesto de|functie van|functie als|für die position|pour le poste d['’]|pour le poste de|position of|role of)\s*((?:[A-ZÀ-Ý][\w&/'’.-]*\s*){1,5})/;

/** ROLE_PHRASE is case-sensitive and ends with one of these words. */
const ROLE_PHRASE_NOUNS = ['role', 'position', 'opening', 'job', 'vacancy', 'req'];

function hasRoleNoun(s: string): boolean {
  for (const w of ROLE_PHRASE_NOUNS) if (s.includes(w)) return true;
  return false;
}

function cleanRole(raw: string): string | null {
  // Each replacement needs its opening characters; skip the ones that cannot apply.
  let s = raw.indexOf('(') === -1 ? raw : raw.replace(/\((?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f|f\/h)[^)]*\)?/gi, ' ').replace(/\([^)]*\)/g, ' ');
  const lower = s.toLowerCase();
  if (lower.includes('r-') || lower.includes('req') || lower.includes('job id')) {
    s = s.replace(/\b(?:R-\d+|Req(?:uisition)?\s*#?\s*[\w-]+|Job ID:?\s*[\w-]+)\b/gi, ' ');
  }
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[-–—:,\s]+|[-–—:,.\s]+$/g, '');
  return s.length >= 2 && s.length <= 80 ? s : null;
}

/** The job title when the invite states it, else null. */
export function extractRole(text: EventText, company: string | null, id: OwnerIdentity): string | null {
  // Cheap necessary conditions first: a labelled line needs a colon, a phrase its job noun.
  const labelled = text.body.includes(':') ? ROLE_LABEL.exec(text.body) : null;
  if (labelled) {
    const r = cleanRole(labelled[1] ?? '');
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  const phrase = (hasRoleNoun(text.body) ? ROLE_PHRASE.exec(text.body) : null) ?? (hasRoleNoun(text.title) ? ROLE_PHRASE.exec(text.title) : null);
  if (phrase) {
    const r = cleanRole(phrase[1] ?? '');
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  const foreign = ROLE_FOREIGN.exec(text.body);
  if (foreign) {
    const r = cleanRole(foreign[1] ?? '');
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  const ckey = company ? companyKey(company) : '';
  for (const seg of text.title.split(/\s+[-–—|:/]\s+|:\s|\(|\)|<>/)) {
    const f = fold(seg.trim());
    if (!f || !ROLE_NOUN.test(f)) continue;
    if (ckey && companyKey(seg) === ckey) continue;
    if (id.fullNames.some((n) => f.includes(n))) continue;
    const m = INTERVIEW_STRONG.exec(f);
    const r = cleanRole(m ? seg.slice(0, m.index) : seg);
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  return null;
}

/** Phone, video or onsite: stated format first, then place, phone cues, conference links. */
export function extractKind(text: EventText, event: CalendarEvent, meetingLink: string | undefined): InterviewKind {
  const format = FORMAT_LINE.exec(text.bodyFolded);
  if (format) {
    const f = format[1] ?? '';
    if (/\b(?:on-?site|in[- ]person|presencial|vor ort|sur place)\b/.test(f)) return 'onsite';
    if (/\b(?:video|zoom|teams|meet|webex|visio)\b/.test(f)) return 'video';
    if (/\b(?:phone|telephone|telefon\w*|telefonisch|llamada)\b/.test(f)) return 'phone';
  }
  const loc = text.locationFolded;
  const locIsLink = /^https?:\/\//.test(loc) || VIDEO_WORD.test(loc);
  if (/\b(?:on-?site|in[- ]person|vor ort|presencial|sur place)\b/.test(text.titleFolded)) return 'onsite';
  if (/\b(?:video|zoom|teams|google meet|webex|visio\w*|videollamada|videogesprek|videocall)\b/.test(text.titleFolded)) return 'video';
  if (loc && !locIsLink && /^(?:phone|tel|telephone|call|dial)/.test(loc)) return 'phone';
  if (loc && !locIsLink && ADDRESS.test(text.location)) return 'onsite';
  if (PHONE_CUE.test(loc) || (!meetingLink && PHONE_CUE.test(text.bodyFolded))) return 'phone';
  if (meetingLink || locIsLink || event.conferenceName) return 'video';
  if (/\b(?:phone|telefon\w*|telephone)\b/.test(text.titleFolded)) return 'phone';
  if (ONSITE_CUE.test(text.bodyFolded)) return 'onsite';
  if (PHONE_CUE.test(text.bodyFolded) || /\+?\d[\d ()-]{8,}\d/.test(text.body)) return 'phone';
  if (VIDEO_WORD.test(text.bodyFolded)) return 'video';
  return 'video';
}

/** The join link: Meet/hangout, a video entry point, or the first conferencing URL in location or body. */
export function extractMeetingLink(event: CalendarEvent, text: EventText): string | undefined {
  if (event.hangoutLink) return event.hangoutLink;
  const video = event.conferenceEntryPoints.find((e) => e.entryPointType === 'video' && /^https?:\/\//i.test(e.uri));
  if (video) return video.uri;
  const inLoc = VIDEO_LINK.exec(text.location);
  if (inLoc) return inLoc[0];
  const inBody = VIDEO_LINK.exec(event.description.length > 20_000 ? event.description.slice(0, 20_000) : event.description);
  return inBody ? inBody[0].replace(/[>.,;]+$/, '') : undefined;
}

/** "Phone screen", "Onsite (2/4)", "Final round"… from the title, else the description. */
export function extractRound(text: EventText): string | null {
  for (const src of [text.title, text.body.slice(0, 800)]) {
    // Each pattern runs only when its key word is there (ASCII letters match case-insensitively only each other).
    const lower = src.toLowerCase();
    for (let k = 0; k < ROUND_PATTERNS.length; k++) {
      const [re, name] = ROUND_PATTERNS[k]!;
      const needs = ROUND_NEEDS[k]!;
      let present = false;
      for (const w of needs) if (lower.includes(w)) {
        present = true;
        break;
      }
      if (!present) continue;
      const m = src.match(re);
      if (m) return name(m);
    }
  }
  return null;
}

/** For each of ROUND_PATTERNS, in order: words one of which every match contains. */
const ROUND_NEEDS: string[][] = [
  ['site'], ['site'], ['final'], ['round', 'stage'], ['round'], ['screen'], ['screen'], ['phone'], ['hiring manager'],
  ['case interview'], ['panel'], ['site'], ['intro', 'first conversation'],
];
