import type { CalendarEvent, CalendarOwner, EventPerson } from '../domain/event';
import { emailDomain, GENERIC_MAILBOX, isCompanyDomain, looksLikeAgency, atsForDomain, domainLabel } from './domains';
import { fold } from './text';
import { FORM_OF_ADDRESS } from './lexicon';

/** Everything that identifies the calendar's owner in one event. */
export interface OwnerIdentity {
  email: string;
  domain: string;
  /** The owner's own employer domain, when the calendar is a work calendar. */
  workDomain: string;
  /** Folded full names ("sam rivera", and with an initial, "s. rivera") and first name ("sam"). */
  fullNames: string[];
  /** fullNames without the initial forms: what a description is searched for (one scan each). */
  spelledNames: string[];
  firstName: string;
  /** "Acme <> Sam", "Sam / Tom": the owner's first name as a party to the meeting. */
  firstNameInTitle: RegExp | undefined;
  /** "Herr Becker", "Mme Moreau", "… – Becker": the owner's surname, addressed or as a party. */
  lastNameInTitle?: RegExp;
  /** The folded surname lastNameInTitle looks for ('' without one). */
  lastName?: string;
}

/** Per owner record: the identity, and the one for each other spelling of the owner's name seen on invites (null: same). */
const ownerCache = new WeakMap<CalendarOwner, { base: OwnerIdentity; bySelfName: Map<string, OwnerIdentity | null> }>();

/** A person on the invite other than the owner (rooms and mailing lists dropped). */
export interface Person {
  name: string;
  folded: string;
  first: string;
  email: string;
  domain: string;
  organizer: boolean;
  optional: boolean;
  /** A team mailbox or robot (talent@, noreply@), not a person. */
  generic: boolean;
  agency: boolean;
  /** Domain stands for an employer (not free-mail, not a tool). */
  companyDomain: boolean;
  /** domainLabel(domain): "careers.acme-robotics.co.uk" → "acme-robotics". */
  label: string;
}

/** "tom.alvarez" → "Tom Alvarez"; undefined when the local part is not name-shaped. */
export function nameFromEmail(email: string): string | undefined {
  const local = email.slice(0, Math.max(0, email.indexOf('@')));
  const parts = local.split(/[._-]+/).filter((p) => /^[a-z]{2,}$/i.test(p));
  if (parts.length < 2 || parts.length > 3) return undefined;
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1).toLowerCase()).join(' ');
}

/** The owner as seen in this event: owner record, the `self` attendee, or the e-mail's local part. */
export function ownerIdentity(owner: CalendarOwner, event: CalendarEvent): OwnerIdentity {
  let known = ownerCache.get(owner);
  if (!known) {
    known = { base: buildIdentity(owner, undefined), bySelfName: new Map() };
    ownerCache.set(owner, known);
  }
  // The invite may spell the owner's name differently (the `self` attendee's display name).
  for (const p of event.attendees) {
    if (p.self && p.displayName) {
      // The same few spellings recur on every invite: each is judged, and its identity built, once.
      let id = known.bySelfName.get(p.displayName);
      if (id === undefined) {
        id = known.base.fullNames.includes(fold(p.displayName.trim())) ? null : buildIdentity(owner, p.displayName);
        if (known.bySelfName.size >= 100) known.bySelfName.clear();
        known.bySelfName.set(p.displayName, id);
      }
      if (id) return id;
    }
  }
  return known.base;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIdentity(owner: CalendarOwner, selfName: string | undefined): OwnerIdentity {
  const email = owner.email.trim().toLowerCase();
  const domain = emailDomain(email);
  const names = new Set<string>();
  if (owner.name) names.add(fold(owner.name.trim()));
  if (selfName) names.add(fold(selfName.trim()));
  const fromEmail = nameFromEmail(email);
  if (fromEmail) names.add(fold(fromEmail));
  const fullNames = [...names].filter((n) => n.length > 1);
  // "Lucía Ferrer" for Lucía Ferrer Navarro: a Spanish name carries two surnames, and titles and
  // lists often give only the first.
  const words = (fullNames[0] ?? '').split(' ');
  const short = words.length === 3 && words[1]!.length >= 3 ? `${words[0]} ${words[1]}` : '';
  if (short && !fullNames.includes(short)) fullNames.push(short);
  const firstName = (fullNames[0] ?? '').split(' ')[0] ?? '';
  const spelledNames = [...fullNames];
  // "C. Moreau": the first name as an initial, as titles and signatures write it.
  for (const n of spelledNames) {
    const parts = n.split(' ');
    if (parts.length >= 2 && parts[0]!.length > 1) {
      const initial = `${parts[0]![0]}. ${parts.slice(1).join(' ')}`;
      if (!fullNames.includes(initial)) fullNames.push(initial);
    }
  }
  const surname = (spelledNames[0] ?? '').split(' ').slice(1).join(' ');
  return {
    email,
    domain,
    workDomain: isCompanyDomain(domain) ? domain : '',
    ...(surname.length >= 3
      ? {
          lastName: surname,
          lastNameInTitle: new RegExp(
            `\\b${FORM_OF_ADDRESS}\\s+${escapeRegExp(surname)}\\b|[-–|/:]\\s*${escapeRegExp(surname)}\\s*$`,
          ),
        }
      : {}),
    fullNames,
    spelledNames,
    firstName: firstName.length >= 2 ? firstName : '',
    firstNameInTitle: firstName.length >= 2
      ? new RegExp(`(?:(?:<>|\\bwith|\\bw/|&|/|\\band)\\s*|\\bx\\s+)${escapeRegExp(firstName)}\\b|\\b${escapeRegExp(firstName)}(?:\\s*(?:<>|/)|\\s+x\\b)`)
      : undefined,
  };
}

/** True when this person is the calendar's owner. */
export function isOwner(p: EventPerson | undefined, id: OwnerIdentity): boolean {
  if (!p) return false;
  if (p.self) return true;
  const email = lowerAddress(p.email ?? '');
  return email !== '' && email === id.email;
}

const TEAM_NAME = /\b(?:talent (?:acquisition|team)|recruiting|recruitment|careers|hiring team|interviews|team|selecci[oó]n|recrutement|personalabteilung|werving)\s*$/i;

/**
 * Attendees repeat across a calendar (recruiters, colleagues): each address is lower-cased once,
 * and each (address, display name, flags) is classified once. Nested maps, not a joined string
 * key, so a lookup builds no string.
 */
interface AddressEntry {
  lower: string;
  /** Display name → the Person for each combination of the resource, optional and organizer flags. */
  byName: Map<string, Array<Person | null | undefined>>;
}
const addressCache = new Map<string, AddressEntry>();
const ADDRESS_CACHE_MAX = 5000;

function addressEntry(email: string): AddressEntry {
  let entry = addressCache.get(email);
  if (!entry) {
    if (addressCache.size >= ADDRESS_CACHE_MAX) addressCache.clear();
    entry = { lower: email.toLowerCase(), byName: new Map() };
    addressCache.set(email, entry);
  }
  return entry;
}

/** email.toLowerCase(), worked out once per address. */
export function lowerAddress(email: string): string {
  return email === '' ? '' : addressEntry(email).lower;
}

function toPerson(p: EventPerson, entry: AddressEntry, organizerEmail: string): Person | undefined {
  const email = entry.lower;
  const isOrganizer = p.organizer === true || (email !== '' && email === organizerEmail);
  const flags = (p.resource ? 4 : 0) | (p.optional ? 2 : 0) | (isOrganizer ? 1 : 0);
  const name = p.displayName ?? '';
  let variants = entry.byName.get(name);
  if (!variants) {
    variants = new Array<Person | null | undefined>(8);
    entry.byName.set(name, variants);
  }
  const hit = variants[flags];
  if (hit !== undefined) return hit ?? undefined;
  const made = makePerson(p, organizerEmail);
  variants[flags] = made ?? null;
  return made;
}

/** A meeting room's display name: a capacity in brackets, a numbered "Conf 110", or a word for a room. */
const ROOM_NAME = /\(\d{1,3}(?:\s*(?:pers\.?|personen|people|persons|pax|seats?|plätze|places|p))?\)\s*$|\bconf(?:erence)?\.?\s*(?:rm\.?\s*)?\d{1,4}[a-z]?\b|\b(?:meeting room|conference room|boardroom|besprechungsraum|sitzungszimmer|vergaderruimte|vergaderzaal|salle de r[ée]union)\b|^raum\b/i;

function makePerson(p: EventPerson, organizerEmail: string): Person | undefined {
  const email = (p.email ?? '').toLowerCase();
  const domain = emailDomain(email);
  const display = (p.displayName ?? '').trim();
  // Rooms: Google's resources, and Exchange-style room mailboxes ("SG-L9-Sentosa (10)").
  if (p.resource || domain.endsWith('resource.calendar.google.com') || domain.endsWith('group.calendar.google.com') || ROOM_NAME.test(display)) {
    return undefined;
  }
  const local = email.slice(0, Math.max(0, email.indexOf('@')));
  // Team mailboxes, tool senders and "Acme Talent Team" are not people who interview you.
  const squashedName = fold(display).replace(/[^a-z0-9]/g, '');
  const label = domainLabel(domain);
  const generic = GENERIC_MAILBOX.test(local) || domain === 'calendar.google.com' || atsForDomain(domain) !== undefined ||
    TEAM_NAME.test(display) ||
    // "Andes Digital" <reclutamiento@andesdigital.co>: the organisation's own name is not a person.
    (squashedName.length > 2 && squashedName === label.replace(/[^a-z0-9]/g, ''));
  const name = (display && !generic ? inAddressOrder(directoryName(personalName(display), local), email) : display) || (generic ? '' : nameFromEmail(email) ?? '');
  const folded = fold(name);
  const companyDomain = isCompanyDomain(domain);
  return {
    name,
    folded,
    first: folded.split(' ')[0] ?? '',
    email,
    domain,
    organizer: p.organizer === true || (email !== '' && email === organizerEmail),
    optional: p.optional === true,
    generic,
    agency: companyDomain && looksLikeAgency(label),
    companyDomain,
    label,
  };
}

/** Titles a German directory puts before a name: tax adviser, auditor, lawyer (each also as a woman's), and a doctorate after one. */
const LEADING_TITLE = /^(?:StB|StBin|WP|WPin|RA|RAin|vBP)\s/;
const LEADING_TITLES = /^(?:(?:StB|StBin|WP|WPin|RA|RAin|vBP|Dr\.?|Prof\.?)\s+)+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/**
 * A directory's display name as a person writes it: "Washington, Krystal" → "Krystal Washington",
 * "Alan Kessler, MD" → "Alan Kessler". Anything else is kept as it is.
 */
export function personalName(display: string): string {
  // A profession's title before the name, as German directories write it: "StBin Dr Ulrike Sattler", "WP Dr. Jan Roth".
  if (LEADING_TITLE.test(display)) display = display.replace(LEADING_TITLES, '');
  if (display.indexOf(',') === -1) return display;
  let name = display;
  // Credentials after the name ("Adaeze Okafor, DNP, RN, NEA-BC").
  let m: RegExpExecArray | null;
  while ((m = TRAILING_CREDENTIAL.exec(name)) !== null) name = name.slice(0, m.index);
  // "Thorne, Reginald (NCRA)", "Keller, Dana [USA]": a directory's agency or office after the name.
  const c = name.charCodeAt(name.length - 1);
  const swapped = LAST_FIRST.exec(c === 41 || c === 93 ? name.replace(TRAILING_UNIT, '') : name);
  if (swapped && !LEGAL_OR_TEAM.test(swapped[2]!)) return `${swapped[2]} ${swapped[1]}`;
  return name;
}

/** A bracketed unit at the end of a directory name, with no brackets inside. */
const TRAILING_UNIT = /\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;

/**
 * A directory name written family name first without a comma ("Baumgartner Corinne", as Swiss
 * and Austrian directories do), put in the order of the address (corinne.baumgartner@…).
 */
function inAddressOrder(name: string, email: string): string {
  const space = name.indexOf(' ');
  if (space === -1 || name.indexOf(' ', space + 1) !== -1) return name;
  const fromEmail = nameFromEmail(email);
  if (fromEmail === undefined) return name;
  const [a, b] = [name.slice(0, space), name.slice(space + 1)];
  return fold(`${b} ${a}`) === fold(fromEmail) && fold(name) !== fold(fromEmail) ? `${b} ${a}` : name;
}

/**
 * A French or Belgian directory's name, the family name in capitals: "THEBAUD Virginie" and
 * "LE FLOCH Anne-Sophie" (family name first) or "Magali HERVOUET", written as a person writes
 * it: "Virginie Thebaud", "Anne-Sophie Le Floch", "Magali Hervouet" ("Dr LEMAITRE Olivier": "Olivier Lemaitre"). A family name first is
 * swapped unless the address puts it first too ("aj.smith" keeps "AJ Smith" as it is).
 */
export function directoryName(name: string, local: string): string {
  const first = CAPS_THEN_GIVEN.exec(name);
  if (first !== null) {
    // A title before it ("Dr") is no part of the name: the name is rewritten without it.
    const [, family, given] = first as unknown as [string, string, string];
    const letters = local.replace(/[^a-z]/g, '');
    const f = fold(family).replace(/[^a-z]/g, '');
    const g = fold(given).replace(/[^a-z]/g, '');
    const at = letters.indexOf(f);
    const givenAt = letters.indexOf(g);
    if (f.length >= 3 && (at === -1 || givenAt === -1 || givenAt < at)) return `${given} ${titleCased(family)}`;
    return name;
  }
  const last = GIVEN_THEN_CAPS.exec(name);
  return last !== null && fold(last[2]!).replace(/[^a-z]/g, '').length >= 4 ? `${last[1]} ${titleCased(last[2]!)}` : name;
}

/** "LE FLOCH" → "Le Floch", "BOUVET-RAULT" → "Bouvet-Rault". */
function titleCased(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** An optional "Dr", a family name in capitals (one to three words), then given names: "Dr LEMAITRE Olivier". */
const CAPS_THEN_GIVEN = /^(?:(?:Dr|Pr|Me)\.?\s+)?(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:['’-]\p{Lu}+)*){0,2})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?)$/u;
/** Given names, then a family name in capitals: "Magali HERVOUET", "Pierre-Yves ROLLAND". */
const GIVEN_THEN_CAPS = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:['’-]\p{Lu}+)*){0,2})$/u;

/** ", RN", ", MD", ", PhD", ", NEA-BC": letters in capitals (with a dash or dots), or a known degree. */
const TRAILING_CREDENTIAL = /,\s*(?:[A-Z]{2,6}(?:-[A-Z]{1,3})?|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Esq\.?|MSc|BSc|MBA|MEd|MSN|BSN|DNP|PharmD|PA-C)\s*$/;
/** "Washington, Krystal", "De la Cruz, Ana María", "O'Neill, Kevin J.": family name(s), then given name(s). */
const LAST_FIRST = /^([\p{Lu}][\p{L}'’-]+(?:[ -][\p{L}][\p{L}'’-]+){0,2}),\s*([\p{Lu}][\p{L}'’-]+(?:\s+(?!(?:Dr|Prof)\.)[\p{Lu}][\p{L}'’-]*\.?)?)(?:\s+(?:Dr|Prof)\.)*$/u;
/** A comma before a legal form or a team is no name's: "Acme, Inc.", "Acme, Recruiting". */
const LEGAL_OR_TEAM = /^(?:Inc|LLC|Ltd|Limited|GmbH|AG|SA|BV|NV|Corp|Co|Recruiting|Recruitment|Careers|Talent|Team|HR)\.?$/i;

/** Everyone on the invite but the owner: attendees, then organizer and creator if not listed. */
export function eventPeople(event: CalendarEvent, id: OwnerIdentity): Person[] {
  const organizerEmail = lowerAddress(event.organizer?.email ?? '');
  const out: Person[] = [];
  // Keys already taken: a list for the usual handful of attendees, a set for big invites.
  const seen: string[] | Set<string> = event.attendees.length > 16 ? new Set<string>() : [];
  for (const a of event.attendees) addPerson(out, seen, a, id, organizerEmail);
  addPerson(out, seen, event.organizer, id, organizerEmail);
  return out;
}

function addPerson(out: Person[], seen: string[] | Set<string>, p: EventPerson | undefined, id: OwnerIdentity, organizerEmail: string): void {
  if (!p || p.self) return;
  // One lookup of the address serves the owner check, the de-duplication key and the Person.
  const entry = addressEntry(p.email ?? '');
  if (entry.lower !== '' && entry.lower === id.email) return;
  const key = p.email != null ? entry.lower : (p.displayName ?? '').toLowerCase();
  if (!key) return;
  const person = toPerson(p, entry, organizerEmail);
  // The owner at another address (a personal mailbox on a work calendar) under the owner's name.
  if (person && person.folded !== '' && id.fullNames.includes(person.folded)) return;
  if (Array.isArray(seen)) {
    if (seen.includes(key)) return;
    seen.push(key);
  } else {
    if (seen.has(key)) return;
    seen.add(key);
  }
  if (person) out.push(person);
}

/** The applicant-tracking tool that sent the invite, judged from organizer/creator addresses. */
export function atsSender(event: CalendarEvent): string | undefined {
  return atsForDomain(emailDomain(event.organizer?.email)) ?? atsForDomain(emailDomain(event.creator?.email));
}
