import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalendarEvent, CalendarOwner, EventPerson } from '../domain/event';
import { detectInterview, detectInterviews, sameCompany } from './index';
import { noteTitleNames } from './interviewers';
import { ownerIdentity } from './people';
import { looksLikeAgency } from './domains';
import { contextAt } from './context';

const owner: CalendarOwner = { email: 'casey.morgan@gmail.com', name: 'Casey Morgan' };
const me: EventPerson = { email: owner.email, self: true, responseStatus: 'accepted' };
const person = (email: string, displayName: string, extra: Partial<EventPerson> = {}): EventPerson => ({
  email, displayName, responseStatus: 'accepted', ...extra,
});

function ev(p: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'e1', source: 'google', calendarId: 'primary', status: 'confirmed', summary: '', description: '', location: '',
    start: { dateTime: '2027-01-10T10:00:00-05:00' }, end: { dateTime: '2027-01-10T11:00:00-05:00' },
    organizer: { email: owner.email, self: true }, attendees: [], conferenceEntryPoints: [], eventType: 'default', ...p,
  };
}

/** The owner's own note: nobody else invited. */
function ownNote(summary: string, description = ''): CalendarEvent {
  return ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
}

/** The detection of an invite from one person (organizer) to the owner. */
function detectFrom(email: string, name: string, summary: string, description: string, more: Partial<CalendarEvent> = {}) {
  const p = person(email, name, { organizer: true });
  return detectInterview(ev({ summary, description, organizer: p, attendees: [p, me], ...more }), owner);
}

/** The detection of an invite from `organizer` to the owner and `others`. */
function detectInvite(organizer: EventPerson, others: EventPerson[], summary: string, description: string) {
  return detectInterview(ev({ summary, description, organizer, attendees: [organizer, ...others, me] }), owner);
}

/** An invite from an employer's recruiter to the owner. */
function invite(summary: string, description: string, more: Partial<CalendarEvent> = {}): CalendarEvent {
  const recruiter = person('ruth.ames@quarrytech.com', 'Ruth Ames', { organizer: true });
  return ev({ summary, description, organizer: recruiter, attendees: [recruiter, me], ...more });
}

describe('detectInterview: interviews of the owner', () => {
  it.each([
    ['Phone Screen - Platform Engineer', "Thanks for applying! I'll call you at +1 555 0100 to talk about the role."],
    ['Entrevista - Analista de Datos', 'Gracias por tu candidatura al puesto de Analista de Datos.'],
    ['Vorstellungsgespräch – Data Engineer (m/w/d)', 'Vielen Dank für Ihre Bewerbung.'],
    ['Entretien – Chef de projet', 'Suite à votre candidature au poste de Chef de projet.'],
    ['Sollicitatiegesprek Projectleider', 'Bedankt voor je sollicitatie op de vacature.'],
    ['Technical screen', 'Technical screen for the Backend Engineer position.'],
    ['Hiring manager chat', 'Chat with the hiring manager about the Designer opening.'],
    ['Case interview – Associate', 'Case interview for the Associate position.'],
  ])('%s', (summary, description) => {
    const d = detectInterview(invite(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(sameCompany(d.company ?? '', 'Quarrytech')).toBe(true);
  });

  it('explains itself', () => {
    const d = detectInterview(
      invite('Quarrytech - Phone Screen', 'Phone screen for the Data Analyst role.\n\nThis interview was scheduled using Greenhouse.'),
      owner,
    );
    expect(d.reasons).toContain("title says 'phone screen'");
    expect(d.reasons).toContain('invite from Greenhouse');
    expect(d.reasons).toContain('external attendees from quarrytech.com');
  });

  it('extracts company, role, kind, interviewers, round and place of an onsite', () => {
    const coordinator = person('tina.fox@harbor-labs.com', 'Tina Fox', { organizer: true });
    const d = detectInterview(
      ev({
        summary: 'Harbor Labs Onsite (2/4): System Design - Casey Morgan',
        description:
          '<p>Onsite interview 2 of 4 for the <b>Staff Engineer</b> role.</p><p>Interviewer: Omar Reyes</p><p>Questions? Your coordinator Tina Fox&nbsp;will meet you in the lobby.</p>',
        location: 'Harbor Labs Inc., 12 Dock St, 3rd Floor, Boston, MA 02110',
        organizer: coordinator,
        attendees: [
          coordinator,
          person('omar.reyes@harbor-labs.com', 'Omar Reyes'),
          { email: 'c_1@resource.calendar.google.com', displayName: 'BOS-3-Dock (6)', resource: true },
          me,
        ],
      }),
      owner,
    );
    expect(d).toMatchObject({
      isInterview: true,
      company: 'Harbor Labs',
      role: 'Staff Engineer',
      kind: 'onsite',
      interviewers: [{ name: 'Omar Reyes', email: 'omar.reyes@harbor-labs.com' }],
      round: 'Onsite (2/4)',
      location: 'Harbor Labs Inc., 12 Dock St, 3rd Floor, Boston, MA 02110',
    });
  });

  it('names the agency client, not the agency', () => {
    const agent = person('max@northstartalent.com', 'Max Hill', { organizer: true });
    const d = detectInterview(
      ev({
        summary: 'Interview: Casey Morgan / Risk Analyst',
        description: 'Client: Bellweather Insurance Ltd\nInterviewer: Ava Stone\n\nMax Hill, NorthStar Talent',
        organizer: agent,
        attendees: [agent, me],
        hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc',
      }),
      owner,
    );
    expect(d.isInterview).toBe(true);
    expect(d.company).toBe('Bellweather Insurance');
    expect(d.role).toBe('Risk Analyst');
    expect(d.kind).toBe('video');
    expect(d.meetingLink).toBe('https://meet.google.com/aaa-bbbb-ccc');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ava Stone']);
  });

  it('tells phone from video from onsite', () => {
    const phone = detectInterview(invite('Interview – Quarrytech', 'Interview for the Analyst role. Ruth will call you at 555-0100.'), owner);
    expect(phone.kind).toBe('phone');
    const video = detectInterview(
      invite('Interview – Quarrytech', 'Interview for the Analyst role.', { location: 'https://quarrytech.zoom.us/j/123' }),
      owner,
    );
    expect(video.kind).toBe('video');
    expect(video.meetingLink).toBe('https://quarrytech.zoom.us/j/123');
    const onsite = detectInterview(invite('In-person interview', 'Interview for the Analyst role.', { location: '400 Main Street, Springfield' }), owner);
    expect(onsite.kind).toBe('onsite');
  });
});

describe('detectInterview: hard negatives', () => {
  const colleague = person('lee.park@ownco.com', 'Lee Park', { organizer: true });
  it.each<[string, Partial<CalendarEvent>]>([
    ['owner interviews a candidate', { summary: 'Interview: Jane Doe', attendees: [person('jane.doe@gmail.com', 'Jane Doe'), { ...me, organizer: true }] }],
    ['owner on a panel about another candidate', {
      summary: 'Panel Interview - Jane Doe - Analyst',
      description: 'You are scheduled to interview Jane Doe. Please submit your scorecard.',
      organizer: colleague, attendees: [colleague, me],
    }],
    ['mock interview', { summary: 'Mock interview with coach', organizer: colleague, attendees: [colleague, me] }],
    ['interview prep', { summary: 'Interview prep', description: 'STAR stories' }],
    ['podcast', { summary: 'Podcast interview (guest)', organizer: colleague, attendees: [colleague, me] }],
    ['press', { summary: 'Interview with the Daily Post', description: "I'm a reporter; on the record.", organizer: colleague, attendees: [colleague, me] }],
    ['user research', { summary: 'User research interview', description: 'A $50 gift card as thanks.', organizer: colleague, attendees: [colleague, me] }],
    ['exit interview', { summary: 'Exit interview', organizer: colleague, attendees: [colleague, me] }],
    ['informational chat', { summary: 'Informational interview – Lee', organizer: colleague, attendees: [colleague, me] }],
    ['coffee chat', { summary: 'Coffee chat w/ Lee', description: 'Ask about their interview process.' }],
    ['career fair', { summary: 'Tech career fair', location: '1 Expo Way, Boston' }],
    ['webinar', { summary: 'Webinar: Ace your interview', organizer: colleague, attendees: [colleague, me] }],
    ['screen time', { summary: 'Screen time' }],
    ['movie screening', { summary: 'Screening: Alien (late show)', location: 'Cinema 5, 12 Main St' }],
    ['focus time', { summary: 'Interview focus', eventType: 'focusTime' }],
    ['out of office', { summary: 'OOO - interviews', eventType: 'outOfOffice' }],
    ['working location', { summary: 'Office', eventType: 'workingLocation' }],
    ['birthday', { summary: "Jane's birthday", eventType: 'birthday' }],
    ['reminder about a company', { summary: 'Research Acme before Thursday', description: 'Read the job post.' }],
    ['ordinary meeting', { summary: 'Weekly sync', organizer: colleague, attendees: [colleague, me] }],
    ['a title about a candidate', { summary: 'Screening call – candidate Maria', organizer: colleague, attendees: [colleague, me] }],
    ['an offer call', { summary: 'Call with recruiter re: offer', description: 'Offer details and start date.', organizer: colleague, attendees: [colleague, me] }],
    ['a reminder before an interview', { summary: 'Haircut before Acme interview' }],
    ['a reminder naming two words before a German interview', { summary: 'Read up on Birke Werke before Zweitgespräch' }],
    ['a phone repair', { summary: 'Phone screen repair', location: 'FixIt Shop, 4 Elm St' }],
    ['a hiring sync about the owner’s backfill', { summary: 'Hiring manager sync: plan the loop for my backfill', organizer: colleague, attendees: [colleague, me] }],
    ['a French webinar', { summary: 'Webinaire : réussir son entretien d’embauche', organizer: colleague, attendees: [colleague, me] }],
    ['an outplacement coach', { summary: 'Point d’étape – accompagnement Casey Morgan', description: 'On prépare ensemble votre prochain entretien.', organizer: colleague, attendees: [colleague, me] }],
    ['an offer call in French', { summary: 'Appel Quarrytech – proposition', description: 'Suite à vos entretiens, voici notre proposition.', organizer: colleague, attendees: [colleague, me] }],
    ['a CV workshop', { summary: 'Atelier CV et entretien', organizer: colleague, attendees: [colleague, me] }],
    ['an agency registration call', { summary: 'Registration call – Brightwell', description: 'A chat about the vacancies we recruit for, before your interview with a client.', organizer: colleague, attendees: [colleague, me] }],
    ['a user study', { summary: 'Interview Nutzerstudie – Teilnehmer C. Morgan', organizer: colleague, attendees: [colleague, me] }],
    ['feedback after an assessment', { summary: 'Telefonisches Feedback zum Assessment Center', organizer: colleague, attendees: [colleague, me] }],
    ['user research with a voucher', { summary: 'Interview', description: 'Thanks for taking part in our research. We will send a £40 voucher.', organizer: colleague, attendees: [colleague, me] }],
    ['a bootcamp class about interviews', { summary: 'Clase 14 – Entrevistas conductuales | Bootcamp', organizer: colleague, attendees: [colleague, me] }],
    ['a radio interview', {
      summary: 'Live-Interview Sport am Samstag',
      organizer: person('red@radio-mainwelle.de', 'Redaktion', { organizer: true }),
      attendees: [person('red@radio-mainwelle.de', 'Redaktion', { organizer: true }), me],
    }],
    ['a German press interview', {
      summary: 'Telefoninterview Stadtblatt Magazin',
      description: 'Danke für Deine Zeit für unseren Artikel; die Zitate schicken wir Dir vorab.',
      organizer: colleague, attendees: [colleague, me],
    }],
  ])('%s', (_name, p) => {
    const d = detectInterview(ev(p), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    expect(d.confidence).toBeLessThan(0.5);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('says why when the owner organises and the title names another candidate', () => {
    const d = detectInterview(ev({ summary: 'Interview: Jane Doe', attendees: [person('jane.doe@gmail.com', 'Jane Doe'), { ...me, organizer: true }] }), owner);
    expect(d.reasons.join('\n')).toContain('you organise it and the title names another candidate');
  });

  it('learns the owner’s colleagues from routine meetings in the same calendar', () => {
    const standup = (id: string): CalendarEvent =>
      ev({ id, summary: 'Team standup', recurringEventId: 'st', organizer: colleague, attendees: [colleague, me] });
    const panel = ev({ id: 'p', summary: 'Interview: Jane Doe', organizer: colleague, attendees: [colleague, me] });
    expect(detectInterview(panel, owner).isInterview).toBe(true); // alone, it looks like an invite from an employer
    const out = detectInterviews([standup('s1'), standup('s2'), panel], owner);
    expect(out[2]!.isInterview).toBe(false);
    expect(out[2]!.reasons.join('\n')).toContain('inside your own company');
  });

  it('treats interviews run by the owner’s own employer as ones the owner conducts', () => {
    const workOwner: CalendarOwner = { email: 'casey@ownco.com', name: 'Casey Morgan' };
    const d = detectInterview(
      ev({ summary: 'Phone screen - Sam Lo', organizer: colleague, attendees: [colleague, { email: workOwner.email, self: true }] }),
      workOwner,
    );
    expect(d.isInterview).toBe(false);
  });
});

describe('detectInterview: bad input', () => {
  it('skips an empty event with a reason', () => {
    const d = detectInterview(ev({ summary: '', start: undefined, end: undefined }), owner);
    expect(d.isInterview).toBe(false);
    expect(d.skippedReason).toBeDefined();
  });

  it('handles a huge HTML description quickly enough and without throwing', () => {
    const huge = '<div>Phone screen for the Analyst role &amp; more</div>' + '<p>lorem ipsum &nbsp; dolor</p>'.repeat(60_000);
    const d = detectInterview(invite('Quarrytech interview', huge), owner);
    expect(d.isInterview).toBe(true);
  });

  it('tolerates NUL, lone surrogates and bidi marks', () => {
    const d = detectInterview(invite('\u202EPhone\u0000 Screen\uD800 – Quarrytech\u200F', 'Role: Analyst\uDC00\u0000'), owner);
    expect(d.isInterview).toBe(true);
    expect(sameCompany(d.company ?? '', 'Quarrytech')).toBe(true);
  });

  it('never throws on arbitrary field values (fuzz)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<b>x</b>', '&#xD800;', '&bogus;', 'interview', 'Phone Screen'));
    const p = fc.record({ email: fc.option(fc.oneof(fc.emailAddress(), fc.string()), { nil: undefined }), displayName: fc.option(text, { nil: undefined }), self: fc.option(fc.boolean(), { nil: undefined }), organizer: fc.option(fc.boolean(), { nil: undefined }), resource: fc.option(fc.boolean(), { nil: undefined }) });
    fc.assert(
      fc.property(text, text, text, fc.array(p, { maxLength: 6 }), fc.option(p, { nil: undefined }), fc.string(), (summary, description, location, attendees, organizer, eventType) => {
        const d = detectInterview(ev({ summary, description, location, attendees, organizer, eventType }), owner);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(['phone', 'video', 'onsite']).toContain(d.kind);
      }),
      { numRuns: 400 },
    );
  });

  it('reports a broken event object instead of throwing', () => {
    const broken = { id: 'x' } as unknown as CalendarEvent;
    const d = detectInterview(broken, owner);
    expect(d.isInterview).toBe(false);
    expect(d.skippedReason).toBeDefined();
  });

  it('classifies a batch in order', () => {
    const out = detectInterviews([invite('Phone screen', 'For the Analyst role.'), ev({ id: 'e2', summary: 'Gym' })], owner);
    expect(out.map((d) => d.isInterview)).toEqual([true, false]);
  });

  it('reports an interview whose details cannot be read as skipped, and keeps the rest of the batch', () => {
    // The link is read once to decide and again to extract: the second read throws.
    let reads = 0;
    const flaky = invite('Phone screen', 'For the Analyst role.', { id: 'flaky' });
    Object.defineProperty(flaky, 'hangoutLink', {
      get() {
        if (++reads > 1) throw new Error('hangoutLink went away');
        return undefined;
      },
    });
    const out = detectInterviews([invite('Phone screen', 'For the Analyst role.', { id: 'a' }), flaky, invite('Onsite interview', 'Analyst role.', { id: 'c' })], owner);
    expect(out.map((d) => d.eventId)).toEqual(['a', 'flaky', 'c']);
    expect(out[1]!.isInterview).toBe(false);
    expect(out[1]!.skippedReason).toBe('internal error: hangoutLink went away');
    expect(out[0]!.company).not.toBeNull();
    expect(out[2]!.company).toBe(out[0]!.company);
    expect(reads).toBe(2);
  });
});

describe('detectInterview: wordings seen less often', () => {
  it.each([
    ['Zweitgespräch: Data Engineer', 'Wir laden Sie zum Zweitgespräch in unser Büro ein.'],
    ['Tweede gesprek Quarrytech', 'Graag nodigen we je uit voor een tweede gesprek.'],
    ['Quarrytech x Casey — Case Study Review', 'Walk us through your take-home project.'],
    ['Quarrytech – Cas pratique', 'Vous présenterez votre cas pratique à l’équipe.'],
    ['Prueba técnica – Quarrytech', 'Te esperamos en la oficina para presentar tu prueba técnica.'],
    ['Culture fit – Quarrytech', 'An informal conversation with two people from outside the team.'],
    ['Appel RH Quarrytech', 'Premier entretien téléphonique pour le poste.'],
    ['Échange téléphonique – Quarrytech / C. Morgan', 'Je vous appellerai pour parler du poste.'],
    ['Probearbeitstag @ Quarrytech', 'Wir freuen uns auf den gemeinsamen Tag im Team.'],
    ['Quarrytech – Videocall Herr Ames / Herr Morgan', 'Wie besprochen zur Position.'],
    ['Fachgespräch Projektleiter SAP – Morgan', 'Zur Position im Bereich Logistik.'],
    ['Work sample test – Analyst – Quarrytech', 'The task is sent when the test starts.'],
    ['Meet the team – Quarrytech', 'An hour with the people you would work with in this role.'],
    ['Quarrytech | PM Loop | Session 3 of 5', 'Product sense with the Growth lead.'],
  ])('%s', (summary, description) => {
    const d = detectInterview(invite(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('counts an invite from an employer’s recruiting team as hiring evidence', () => {
    const team = person('talent@quarrytech.com', 'Quarrytech Talent', { organizer: true });
    const engineer = person('ivo.stein@quarrytech.com', 'Ivo Stein');
    const d = detectInterview(ev({ summary: 'Quarrytech x Casey Morgan :: Live SQL', organizer: team, attendees: [team, engineer, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('invite from the recruiting team at quarrytech.com');
    expect(d.interviewers).toEqual([{ name: 'Ivo Stein', email: 'ivo.stein@quarrytech.com' }]);
  });

  it('reads the company after an opening interview word, and the client behind an agency', () => {
    const agent = person('noor.b@fernhill-recruitment.nl', 'Noor Bakker', { organizer: true });
    const viaTitle = detectInterview(ev({ summary: 'Entrevista Casa Olmo – Analista (vía Fernhill)', organizer: agent, attendees: [agent, me] }), owner);
    expect(viaTitle.company).toBe('Casa Olmo');
    const viaBody = detectInterview(
      ev({
        summary: 'Kennismakingsgesprek – Planner',
        description: 'Hierbij de uitnodiging voor het gesprek bij onze opdrachtgever Tulp Transport voor de rol van Planner.',
        organizer: agent,
        attendees: [agent, me],
      }),
      owner,
    );
    expect(viaBody.company).toBe('Tulp Transport');
  });

  it('spells ß as the domain does, and takes the name an applicant-tracking tool sends in', () => {
    const hr = person('anna.roth@weissbach-bau.de', 'Anna Roth', { organizer: true });
    const d = detectInterview(ev({ summary: 'Telefoninterview Weißbach Bau', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.company).toBe('Weißbach Bau');
    const ats = person('ostra@myworkday.com', 'Ostra Marine Systems', { organizer: true });
    const lead = person('rik.maas@ostra-systems.com', 'Rik Maas');
    const w = detectInterview(ev({ summary: 'Interview – Planner', description: 'Interviewers: Rik Maas', organizer: ats, attendees: [ats, lead, me] }), owner);
    expect(w.company).toBe('Ostra Marine Systems');
  });

  it('reads interviewers from lists in other languages, with particles, titles and times', () => {
    const hr = person('els.smit@tulp.nl', 'Els Smit', { organizer: true });
    const a = person('jan.de.wit@tulp.nl', 'Jan de Wit');
    const b = person('carla.ruiz@tulp.nl', 'Carla Ruiz');
    const list = detectInterview(
      ev({
        summary: 'Sollicitatiegesprek Planner',
        description: 'De sollicitatiecommissie bestaat uit:\n- 10:00 – 10:30 Jan de Wit, teamleider\n- 10:30 - 11:00 Dr. Carla Ruiz, HR',
        organizer: hr,
        attendees: [hr, a, b, me],
      }),
      owner,
    );
    expect(list.interviewers.map((i) => i.name)).toEqual(['Jan de Wit', 'Carla Ruiz']);
    const prose = detectInterview(
      ev({ summary: 'Kennismakingsgesprek Tulp', description: 'In dit gesprek maak je kennis met Jan de Wit en mij.', organizer: hr, attendees: [hr, a, b, me] }),
      owner,
    );
    expect(prose.interviewers.map((i) => i.name)).toEqual(['Jan de Wit', 'Els Smit']);
  });

  it('reads prose in other languages, lists written as HTML, and forms of address', () => {
    const hr = person('ana.ruiz@quarrytech.com', 'Ana Ruiz', { organizer: true });
    const a = person('bea.olmo@quarrytech.com', 'Bea Olmo');
    const b = person('tom.gil@quarrytech.com', 'Tom Gil');
    const names = (description: string) =>
      detectInterview(ev({ summary: 'Entrevista – Quarrytech', description, organizer: hr, attendees: [hr, a, b, me] }), owner).interviewers.map((i) => i.name);
    expect(names('Te entrevistará la Sra. Bea Olmo, directora de marketing. Yo solo organizo la reunión.')).toEqual(['Bea Olmo']);
    expect(names('Vous serez reçue par Mme Bea Olmo.')).toEqual(['Bea Olmo']);
    expect(names('Vous rencontrerez :<ul><li>Bea Olmo – VP Marketing</li><li>M. Tom Gil – Head of Product</li></ul>Je vous accueillerai.')).toEqual(['Bea Olmo', 'Tom Gil']);
    expect(names('Vous rencontrerez Bea Olmo (CEO) puis Tom Gil pour un échange.')).toEqual(['Bea Olmo', 'Tom Gil']);
    expect(names('Participants :\n- Mme Bea Olmo, marketing\n- M. Tom Gil, produit')).toEqual(['Bea Olmo', 'Tom Gil']);
  });

  it('reads German panels and letters, and leaves out the organiser who only signs', () => {
    const hr = person('vera.maier@quarrytech.com', 'Vera Maier', { organizer: true });
    const a = person('tom.gruber@quarrytech.com', 'Tom Gruber');
    const b = person('ida.roth@quarrytech.com', 'Ida Roth');
    const names = (description: string) =>
      detectInterview(ev({ summary: 'Vorstellungsgespräch – Quarrytech', description, organizer: hr, attendees: [hr, a, b, me] }), owner).interviewers.map((i) => i.name);
    expect(names('Ihre Gesprächspartner sind Herr Tom Gruber (IT) und Frau Ida Roth (HR).')).toEqual(['Tom Gruber', 'Ida Roth']);
    expect(names('Interview panel:\n• DI Tom Gruber – Leiter IT\n• Mag. Ida Roth – Personal')).toEqual(['Tom Gruber', 'Ida Roth']);
    expect(names('Bitte rufen Sie Herrn Tom Gruber an.\n\nMit freundlichen Grüßen\nVera Maier\nRecruiting')).toEqual(['Tom Gruber', 'Ida Roth']);
  });

  it('names the organisation an unknown sender names, the public body in full, and never a tool', () => {
    const agent = person('meg@hollinsby.co.uk', 'Meg Doyle', { organizer: true });
    const d = detectInterview(ev({ summary: 'Interview', description: 'Confirming your interview with Clearmoor Health Partners for the Finance Manager role.', organizer: agent, attendees: [agent, me] }), owner);
    expect(d.company).toBe('Clearmoor Health Partners');
    expect(d.interviewers).toEqual([{ name: 'Meg Doyle', email: 'meg@hollinsby.co.uk' }]);
    const civil = person('fiona@inlandwaters.gov.uk', 'Fiona Hale', { organizer: true });
    const gov = detectInterview(ev({ summary: 'Interview – Finance Business Partner', description: 'Your interview with the Department for Inland Waters.', organizer: civil, attendees: [civil, me] }), owner);
    expect(gov.company).toBe('Department for Inland Waters');
    const trust = person('ruth@tamarmoor.nhs.uk', 'Ruth Pen', { organizer: true });
    expect(detectInterview(ev({ summary: 'Telephone interview – Accountant', organizer: trust, attendees: [trust, me] }), owner).company).toBe('Tamarmoor');
    const note = detectInterview(ev({ summary: 'HireVue – Allingham & Reeve', description: 'Your video interview for the Analyst role is on HireVue.' }), owner);
    expect(note.company).toBe('Allingham & Reeve');
  });

  it('knows the owner in family-name-first order, an agency as hiring evidence, rooms, acronyms and media', () => {
    const hr = person('lee.tan@quarrytech.com', 'Lee Tan', { organizer: true });
    const room = person('sg-l9-sentosa@quarrytech.com', 'SG-L9-Sentosa (10)');
    const d = detectInterview(ev({ summary: 'Case Presentation', description: 'Candidate: Morgan Casey\nPosition: Analyst', organizer: hr, attendees: [hr, room, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('you are named as the candidate');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Lee Tan']);
    const agent = person('ana@nexoseleccion.pe', 'Ana Ríos', { organizer: true });
    const call = detectInterview(ev({ summary: 'Llamada Nexo Selección – Casey Morgan', description: 'Sobre la posición de analista.', organizer: agent, attendees: [agent, me] }), owner);
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    const gov = person('hr@nsro.gov.au', 'Deb Oak', { organizer: true });
    const panel = detectInterview(ev({ summary: 'Selection panel interview – NSRO', description: 'The National Supply Resilience Office thanks you for your application.', organizer: gov, attendees: [gov, me] }), owner);
    expect(panel.company).toBe('National Supply Resilience Office');
    expect(detectInterview(invite('Video interview (one-way) – Quarrytech', 'Record your answers.'), owner).company).toBe('Quarrytech');
    const search = person('kim@keystonesearch.com', 'Kim Ode', { organizer: true });
    expect(detectInterview(ev({ summary: 'Interview: Casey M. w/ Ribbonwood Bank – Sr. PM', organizer: search, attendees: [search, me] }), owner).company).toBe('Ribbonwood Bank');
  });

  it('calls a virtual onsite video, and a call to your mobile a phone interview', () => {
    expect(detectInterview(invite('2nd interview – Quarrytech', 'Please come in; ask for me at reception.', { location: 'Quarry House, 14 Tanner Row, York YO1 6JB', hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner).kind).toBe('onsite');
    expect(detectInterview(invite('Virtual Onsite – Backend Engineer', 'Four interviews over Zoom.'), owner).kind).toBe('video');
    expect(detectInterview(invite('Entretien – Quarrytech', 'Premier entretien.', { location: 'Appel sur votre portable' }), owner).kind).toBe('phone');
  });

  it('takes the people an agency names, but not the company it names the same way', () => {
    const agent = person('sergi@vela-talent.es', 'Sergi Vela', { organizer: true });
    const d = detectInterview(
      ev({
        summary: 'Entrevista presencial – Analista',
        description: 'Te confirmo la entrevista con Casa Olmo para el puesto. Te recibirán Marta Gil y Pau Serra.',
        organizer: agent,
        attendees: [agent, me],
      }),
      owner,
    );
    expect(d.company).toBe('Casa Olmo');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Marta Gil', 'Pau Serra']);
  });
});

describe('detectInterview: rounds that look like something else, and the reverse', () => {
  it('keeps a negative word that is part of the round\'s name ("Take-home debrief")', () => {
    const d = detectInterview(invite('Birchway // Take-home debrief', 'Walk us through your solution.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(invite('Mock take-home debrief', 'Practice with a friend.'), owner).isInterview).toBe(false);
  });

  it('reads a "Follow-up" from the employer\'s people that names a round as the next round', () => {
    const ruth = person('ruth.ames@quarrytech.com', 'Ruth Ames', { organizer: true });
    const kofi = person('kofi@quarrytech.com', 'Kofi Asante');
    const next = detectInterview(
      ev({ summary: 'Follow-up conversation', description: 'This next round is a 45 minute conversation with Kofi.', organizer: ruth, attendees: [ruth, kofi, me] }),
      owner,
    );
    expect(next.isInterview, next.reasons.join('; ')).toBe(true);
    expect(detectInterview(invite('Follow-up: Quarrytech – live coding', 'Bring your laptop.'), owner).isInterview).toBe(true);
    // The owner's own reminder stays one.
    expect(detectInterview(ev({ summary: 'Follow up with Quarrytech recruiter', description: 'After the final round.' }), owner).isInterview).toBe(false);
  });

  it('hears a candidate before a selection board', () => {
    const board = person('hr@bavi.gv.at', 'Personalabteilung BAVI', { organizer: true });
    const d = detectInterview(ev({ summary: 'Hearing vor der Auswahlkommission – Leitung Budgetcontrolling', organizer: board, attendees: [board, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it.each([
    ['Zentrix Digital Services – Managerial Round (Virtual)', 'Please join the link below.'],
    ['Telephonic round – Data Engineer', 'Our HR will call you.'],
    ['F2F interview – Sahyadri Systems', 'Kindly carry your resume.'],
    ['Mise en situation – Caravelle Voyages', 'Vous présenterez un plan de lancement.'],
    ['Etude de cas - Ferrandiere', 'Présentation de votre étude de cas au jury.'],
    ['Demo Lesson – Prairie Ridge JH', 'Teach a 20-minute lesson to the 7th grade class.'],
    ['Einladung zum Videointerview: Fertigungsplaner (m/w/d) bei Brenner Präzisionsteile AG', 'Wir freuen uns auf das Gespräch.'],
    ['Assessment-Center – Nordwerk Automotive SE', 'Ablauf: Präsentation, Rollenspiel, Interview.'],
    ['Vorstellungstermin beim Kunden: Grieshaber Metallbau GmbH', 'Bitte melden Sie sich am Empfang.'],
    ['Visio avec Arnaud Le Berre (Brasserie du Mont-Royal)', 'Un premier échange sur le poste de responsable marketing, suite à votre candidature.'],
    ['Bate-papo com o time - FP&A', 'Conversa com o time sobre a vaga de analista, parte do processo seletivo.'],
    ['Oral Board – Training Coordinator (Position #2027-031)', 'The board will ask structured questions.'],
  ])('reads a round named the Indian English or French way: %s', (summary, description) => {
    const d = detectInterview(invite(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toMatch(/^(?:F2F|Walk-in|Scheduled)$/);
  });

  it.each([
    ['Loopbaanbegeleiding sessie 3 – rollenspel sollicitatiegesprek', 'Vacature als oefening.'],
    ['Year-end audit: process walkthrough interviews – AP & Accruals', 'Walkthrough of the accruals process.'],
    ['Bewerbungstraining: Vorstellungsgespräch', 'Übung mit dem Coach.'],
    ['Entretien chaudière – Engie Home Services', 'Visite annuelle du technicien.'],
    ['UX-Studie: Interview zu Navigations-Apps (60 € Aufwandsentschädigung)', 'Teilnahme an einer Nutzerstudie.'],
    ['Rückmeldung zum Assessment-Center (telefonisch)', 'Wir besprechen Ihre Ergebnisse.'],
    ['Apply: Controller – Brightwater Packaging', 'Posting closes Friday; tailor the resume.'],
    ['IDES telephone fact-finding interview (claim)', 'About your unemployment claim.'],
    ['Entretien utilisateur rémunéré – étude appli bancaire', 'Session de 45 min, 60 € offerts.'],
  ])('turns away career guidance and audit interviews: %s', (summary, description) => {
    expect(detectInterview(invite(summary, description), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: a work calendar', () => {
  const work: CalendarOwner = { email: 'casey@quillstone.example', name: 'Casey Morgan' };
  const self: EventPerson = { email: work.email, self: true, responseStatus: 'accepted' };

  it('knows the owner at a personal address, and never names the owner\'s employer', () => {
    const hattie = person('hattie@ferrow.example', 'Hattie Lowe', { organizer: true });
    const personal = person('casey.morgan@gmail.com', 'Casey Morgan');
    const d = detectInterview(
      ev({ summary: 'Interview – VP Engineering', description: 'Notes: currently leading Payments at Quillstone.', organizer: hattie, attendees: [hattie, personal, self] }),
      work,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Hattie Lowe']);
    expect(d.company).toBe('Ferrow');
  });

  it('names the employer of a copied confirmation by its tool links, and no "Personal" or "2nd"', () => {
    const copy = ev({
      summary: 'Video Interview – Engineering Manager, Data Platform', organizer: { email: work.email, self: true },
      description: 'Your interview has been confirmed.\nCheck details in your candidate home: https://northmoor.wd3.myworkdayjobs.com/en-GB/Careers/userHome',
    });
    expect(detectInterview(copy, work).company).toBe('Northmoor');
    const note = ev({ summary: 'Personal – call w/ Ellie', description: 'Recruiter screen for the Head of Platform role.', organizer: { email: work.email, self: true } });
    expect(detectInterview(note, work).company).not.toBe('Personal');
    expect(detectInterview(invite('Zoom – 2nd interview', 'Round two.'), owner).company).not.toBe('2nd');
  });

  it('reads a rubric as the interviewer\'s side, and a paid user study as no interview', () => {
    const review = ev({ summary: 'Take-home review – Owen Bastable (Senior Backend)', description: 'Review the take-home before the coding interview.\nRubric: https://docs.example/r', organizer: { email: work.email, self: true } });
    expect(detectInterview(review, work).isInterview).toBe(false);
    expect(detectInterview(invite('Entrevista – estudio de usuarios Banca Orbe (incentivo 60 €)', 'Sesión de 45 minutos.'), owner).isInterview).toBe(false);
  });

  it('reads an agency\'s call about one named client\'s job as a screen, and a registration chat as none', () => {
    const carlota = person('carlota.urquijo@michaelpage.es', 'Carlota Urquijo', { organizer: true });
    const screen = detectInterview(
      ev({ summary: 'Videollamada Michael Page | Financial Controller - Almadraba Hoteles', description: 'Repasaremos tu trayectoria antes de presentar tu candidatura a nuestro cliente, Almadraba Hoteles, para la posición de Financial Controller.', organizer: carlota, attendees: [carlota, me] }),
      owner,
    );
    expect(screen.isInterview, screen.reasons.join('; ')).toBe(true);
    expect(screen.company).toBe('Almadraba Hoteles');
    const registration = detectInterview(
      ev({ summary: 'Videollamada Michael Page', description: 'Una charla sobre las vacantes con las que trabajamos.', organizer: carlota, attendees: [carlota, me] }),
      owner,
    );
    expect(registration.isInterview).toBe(false);
  });

  it('reads a trial shift as a working interview', () => {
    const d = detectInterview(invite('Trial shift – Harbourside Kitchen', 'Come in at 4 and work the pass with Ben.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: extraction edge cases', () => {
  it('keeps an initial\'s dot in an interviewer\'s name ("K. Srinivas")', () => {
    const d = detectInterview(invite('Telephonic Interview – Quarrytech', 'Interviewer: K. Srinivas, Delivery Manager\nRegards, TA team'), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['K. Srinivas']);
  });

  it('does not read a list of interviewers out of words that merely start with "con" or "met"', () => {
    const team = person('talent@quarrytech.com', 'Quarrytech Talent', { organizer: true });
    const d = detectInterview(
      invite('Interview – Data Analyst', 'Your interview is CONFIRMED Tomorrow at noon.\nYou will talk with the team.', { organizer: team, attendees: [team, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers).toEqual([]);
  });

  it.each([
    ['Call re: Financial Reporting Analyst', 'The role is with our client Pinecliff Insurance Group at their King St office.', 'Pinecliff Insurance Group'],
    ['Phone screen with Eimear', 'Our call about the Management Accountant role with my client Lissadell Foods in Mallow.', 'Lissadell Foods'],
    ['Telefonisches Vorstellungsgespräch', 'Es geht um die Position Controller bei unserem Kunden, der Helvexa AG in Basel.', 'Helvexa'],
    ['Assessment center – Reporting Manager', 'In opdracht van Solvane nodigen wij je uit voor een assessment center.', 'Solvane'],
  ])('names the client an intermediary writes about, whoever sent it: %s', (summary, description, company) => {
    const sender = person('d.ofori@hale-partners.example', 'Darnell Ofori', { organizer: true });
    const d = detectInterview(invite(summary, description, { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe(company);
  });

  it('takes no word for a client for the client ("im Auftrag unseres Mandanten", "Kennenlerngespräch")', () => {
    const consultant = person('m.sauter@hays.example', 'Miriam Sauter', { organizer: true });
    const d = detectInterview(
      invite('Hays | Kennenlerngespräch – Produktionsplaner SAP PP (m/w/d)', 'Danke für Ihre Bewerbung auf die Stelle. Im Auftrag unseres Mandanten, eines Maschinenbauers, suche ich einen Produktionsplaner.', { organizer: consultant, attendees: [consultant, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toMatch(/^(?:Mandanten|Kennenlerngespräch)$/);
  });

  it('takes no person for a client ("im Auftrag von Frau Keller")', () => {
    const sender = person('jan.berg@bergwerk-gmbh.example', 'Jan Berg', { organizer: true });
    const d = detectInterview(invite('Vorstellungsgespräch – Controller', 'Im Auftrag von Frau Keller lade ich Sie ein.\nBergwerk GmbH', { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe('Bergwerk');
  });

  it('knows the largest staffing firms as agencies, and takes their client', () => {
    const consultant = person('lies.vandewalle@adecco.example', 'Lies Vandewalle', { organizer: true });
    const d = detectInterview(
      invite('Sollicitatiegesprek bij Transport De Clercq – Financieel analist', 'Je gesprek voor de functie Financieel analist.\nLies Vandewalle – Adecco Roeselare', { organizer: consultant, attendees: [consultant, me] }),
      owner,
    );
    expect(d.company).toBe('Transport De Clercq');
  });

  it.each([
    ['tanisha.bowen@maplecrestcu.example', 'Talent Acquisition Partner | Maple Crest Credit Union', 'Maple Crest Credit Union'],
    ['ggrewal@wctimber.example', 'Gurpreet Grewal\nWestcoast Timber', 'Westcoast Timber'],
    ['hollie@pacificcrestins.example', 'Hollie Marchetti, Pacific Crest Insurance', 'Pacific Crest Insurance'],
  ])('names the company a domain abbreviates (%s)', (email, signature, company) => {
    const sender = person(email, 'Recruiter', { organizer: true });
    const d = detectInterview(invite('Interview – Senior Accountant', `Looking forward to it.\n${signature}`, { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe(company);
  });

  it('names the organisation a tool\'s assistant writes for, not the assistant ("Olivia from Evergreen Grocers")', () => {
    const olivia = person('olivia@paradox.ai', 'Olivia from Evergreen Grocers', { organizer: true });
    const d = detectInterview(
      invite('Phone Interview', 'Hi! This is Olivia, the virtual recruiting assistant. Your phone interview for UX Designer is confirmed.', { organizer: olivia, creator: olivia, attendees: [me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Evergreen Grocers');
  });

  it('reads the brand after a start-up domain\'s verb ("heytandem.io" for Tandem)', () => {
    const romain = person('romain@heytandem.io', 'Romain Castagné', { organizer: true });
    const d = detectInterview(
      invite('Entretien – Head of Brand', 'Premier échange sur le poste. La suite se passe avec Louise (notre COO).\nRomain\nCofondateur – Tandem', { organizer: romain, attendees: [romain, me] }),
      owner,
    );
    expect(d.company).toBe('Tandem');
  });

  it('takes no accented first name for a company ("avec Grégoire Du Plessis")', () => {
    const marion = person('marion.fabre@groupe-lysane.fr', 'Marion Fabre', { organizer: true });
    const gregoire = person('gregoire.duplessis@groupe-lysane.fr', 'Grégoire Du Plessis');
    const d = detectInterview(
      ev({ summary: '2e entretien – Mme Fabre', description: 'Un second entretien avec Grégoire Du Plessis, Directeur Marketing.', organizer: marion, attendees: [marion, gregoire, me] }),
      owner,
    );
    expect(d.company).toBe('Groupe Lysane');
  });

  it('takes a client named after "le groupe"', () => {
    const julien = person('julien@pagegroup.example', 'Julien Moreau', { organizer: true });
    const d = detectInterview(
      invite('Entretien téléphonique', 'La présentation du poste que nous accompagnons pour le compte de notre client, le groupe Ferrandière (Lyon).', { organizer: julien, attendees: [julien, me] }),
      owner,
    );
    expect(d.company).toBe('Ferrandière');
  });

  it('knows a provider\'s mail in every country (yahoo.co.in) is no employer', () => {
    const hr = person('amaravati.hr@yahoo.co.in', 'Lakshmi P', { organizer: true });
    const d = detectInterview(ev({ summary: 'Telephonic round – Sr. Data Engineer', description: 'Regards,\nAmaravati Soft Solutions', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons.join(' ')).not.toContain('yahoo');
  });

  it('takes no scheduling tool\'s own signature or a status word for the employer', () => {
    const tool = person('scheduler@hirepro.in', 'HirePro Scheduler', { organizer: true });
    const d = detectInterview(ev({ summary: 'Interview Scheduled: Zentrix Digital Services – Technical Round 1', description: 'Greetings from Zentrix!', organizer: tool, attendees: [tool, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Zentrix Digital Services');
  });

  it.each([
    ['jdoe@ucprairie.example', 'Search committee, University of Central Prairie', 'University of Central Prairie'],
    ['hr@prcusd204.example', 'Human Resources – Prairie Ridge CUSD 204', 'Prairie Ridge CUSD 204'],
    ['hr@isbe.example', 'Illinois State Board of Education', 'Illinois State Board of Education'],
    ['talent@mercyhealthsys.example', 'Talent Acquisition | Mercy Health', 'Mercy Health'],
    ['tkeane@bwpkg.example', 'Thank you for your application to Brightwater Packaging Corp.', 'Brightwater Packaging'],
    ['hr@crintermodal.example', 'Continental Rail & Intermodal | Operations Finance', 'Continental Rail & Intermodal'],
  ])('names an institution or brand its domain shortens (%s)', (email, signature, company) => {
    const sender = person(email, 'Jo Doe', { organizer: true });
    const d = detectInterview(invite('Panel Interview – Instructional Designer', `We look forward to meeting you.\n${signature}`, { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe(company);
  });

  it('spells out an acronym that ends in a number ("CASD5")', () => {
    const sender = person('hr@casd5.example', 'Jo Doe', { organizer: true });
    const d = detectInterview(invite('Screening Interview – CASD5', 'Capitol Area School District 5 welcomes you.', { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe('Capitol Area School District 5');
  });

  it('takes no greeting for an abbreviation ("Hi Monica" is not HMIC), nor the owner\'s surname', () => {
    const sender = person('pg@hmic.example', 'Pete Gustafson', { organizer: true });
    const d = detectInterview(invite('Screening Interview (Morgan, Casey)', 'Hi Monica,\nConfirming your first interview.', { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe('Hmic');
    const gmail = person('pat.recruits@gmail.com', 'Pat Lee', { organizer: true });
    const mine = detectInterview(invite('Instructional Technology Coach – Screening Interview (Morgan, Casey)', 'See you then.', { organizer: gmail, attendees: [gmail, me] }), owner);
    expect(mine.isInterview, mine.reasons.join('; ')).toBe(true);
    expect(mine.company).toBeNull();
  });

  it('takes no segment that names a tool ("Record HireVue interview – Bright Futures")', () => {
    const sender = person('noreply@hirevue.com', 'HireVue', { organizer: true });
    const d = detectInterview(invite('Record HireVue interview – Bright Futures Academies', 'Record your answers by Friday.', { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe('Bright Futures Academies');
  });

  it('takes no run of initials for an abbreviated domain', () => {
    const sender = person('ruth@acme.example', 'Ruth Ames', { organizer: true });
    const d = detectInterview(invite('Interview – Analyst', 'Notes from Alice Carter Meeting Email thread.', { organizer: sender, attendees: [sender, me] }), owner);
    expect(d.company).toBe('Acme');
  });
});

describe('detectInterview: invites from unseen calendars (session 7)', () => {
  const at = (email: string, name: string, extra: Partial<EventPerson> = {}) => person(email, name, extra);

  it('reads a pairing round with hiring words as an interview, and a podcast "balado" or a parent-teacher interview as none', () => {
    const cto = at('wren@quillstone.example', 'Wren Abernathy', { organizer: true });
    const eng = at('tomas@quillstone.example', 'Tomás Ferreira');
    const d = detectInterview(
      ev({ summary: 'Quillstone – pairing session w/ Tomás & Wren', description: 'Next step for the Founding Engineer role: 90 min pairing on a small problem.', organizer: cto, attendees: [cto, eng, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // The title names the organizer: Wren pairs too.
    expect(d.interviewers.map((i) => i.name).sort()).toEqual(['Tomás Ferreira', 'Wren Abernathy']);
    const host = at('animation@donnees.example', 'Les Données', { organizer: true });
    expect(detectInterview(ev({ summary: 'Entrevue – balado « Les Données en clair »', organizer: host, attendees: [host, me] }), owner).isInterview).toBe(false);
    expect(detectInterview(ev({ summary: 'Parent-teacher interview – Zara (Ms. Dubé)' }), owner).isInterview).toBe(false);
  });

  it('turns away taking someone else to their interview ("Noor sollicitatiegesprek … – brengen")', () => {
    const d = detectInterview(ev({ summary: 'Noor sollicitatiegesprek Albert Heijn - brengen', description: 'Brengen en wachten in de auto.' }), owner);
    expect(d.isInterview).toBe(false);
  });

  it('takes the owner of a team for the company ("Harbourline Bank\'s Enterprise Data Platform team")', () => {
    const d = detectInterview(
      invite('Panel Interview – Data Engineer II', "Details for your panel interview for the Data Engineer II role with Harbourline Bank's Enterprise Data Platform team."),
      owner,
    );
    expect(d.isInterview).toBe(true);
    expect(d.company).not.toMatch(/Enterprise/);
  });

  it('reads "Who:" lines of a scheduling assistant, and calls a mobile a phone interview', () => {
    const bot = at('everfield@paradox.ai', 'Olivia (Everfield Markets)', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Phone Interview with Everfield Markets', description: 'Your phone interview for Data Analyst is confirmed.\n\nWho: Kevin Baptiste, Manager, eCommerce Analytics\nHow: Kevin will call you', organizer: bot, attendees: [bot, me] }),
      owner,
    );
    expect(d.interviewers.map((i) => i.name)).toEqual(['Kevin Baptiste']);
    const screen = detectInterview(invite('Screening call: ML Engineer', "Let's do a screening call for the Machine Learning Engineer role.\n\nCalling your mobile."), owner);
    expect(screen.kind).toBe('phone');
  });

  it('leaves out the host of a welcome slot, and adds attendees prose names beside a partial list', () => {
    const host = at('ngozi.eze@orchard.example', 'Ngozi Eze', { organizer: true });
    const a = at('simone.achebe@orchard.example', 'Simone Achebe');
    const b = at('raj.malhotra@orchard.example', 'Raj Malhotra');
    const d = detectInterview(
      ev({ summary: 'Orchard Ledger – Final Interviews (Staff Data Engineer)', description: 'Your final interviews:\n\n9:30  Welcome – Ngozi Eze\n9:45  Architecture – Simone Achebe\n10:45 SQL – Raj Malhotra', organizer: host, attendees: [host, a, b, me] }),
      owner,
    );
    expect(d.interviewers.map((i) => i.name)).toEqual(['Simone Achebe', 'Raj Malhotra']);
    const assessor = at('anouk@cerno.example', 'Anouk Meulen');
    const manager = at('frederik@solvane.example', 'Frederik Vos');
    const planner = at('planning@cerno.example', 'Joris Lemaire', { organizer: true });
    const ac = detectInterview(
      ev({ summary: 'Assessment center – Group Reporting Manager', description: 'Competentiegericht interview met assessor Anouk Meulen.\nPresentatie aan Frederik Vos (Head of Group Reporting).', organizer: planner, attendees: [planner, assessor, manager, me] }),
      owner,
    );
    expect(ac.interviewers.map((i) => i.name)).toEqual(['Anouk Meulen', 'Frederik Vos']);
  });

  it('reads a Dutch selection process: candidate named in the title, a routine word that ends a job title, initials and institutions', () => {
    const dutch: CalendarOwner = { email: 'daan.verhoef@ziggo.example', name: 'Daan Verhoef' };
    const self: EventPerson = { email: dutch.email, self: true, responseStatus: 'accepted' };
    const recruiter = at('e.koopmans@dfl.example', 'Esther Koopmans', { organizer: true });
    const rounds = [1, 2].map((n) =>
      ev({ id: `r${n}`, summary: `${n === 1 ? 'Eerste' : 'Tweede'} gesprek Teamleider Planning - Daan Verhoef`, description: 'Hierbij de bevestiging van je gesprek voor de functie Teamleider Planning.\n\nEsther Koopmans\nCorporate Recruiter | Dijkstra Fresh Logistics', organizer: recruiter, attendees: [recruiter, self] }),
    );
    // Two rounds titled "… Planning" do not make dfl a colleague domain: both are interviews.
    const found = detectInterviews(rounds, dutch);
    for (const d of found) {
      expect(d.isInterview, d.reasons.join('; ')).toBe(true);
      expect(d.company).toBe('Dijkstra Fresh Logistics');
    }
    const agent = at('rachid@publiektalent.example', 'Rachid El Hamdaoui', { organizer: true });
    const client = at('k.smits@lekdijk.example', 'Karin Smits');
    const d = detectInterview(
      ev({ summary: 'Gesprek opdrachtgever Gemeente Lekdijk - kandidaat D. Verhoef', description: 'De opdrachtgever wil je graag spreken.', organizer: agent, attendees: [agent, client, self] }),
      dutch,
    );
    expect(d.reasons).toContain('the title names you as the candidate');
    const clerk = at('a.vos@vechtstede.example', 'Annelies Vos', { organizer: true });
    const g = detectInterview(ev({ summary: 'Selectiegesprek Beleidsmedewerker Mobiliteit', description: 'Met vriendelijke groet,\nAnnelies Vos\nGemeente Vechtstede', organizer: clerk, attendees: [clerk, self] }), dutch);
    expect(g.company).toBe('Gemeente Vechtstede');
    const po = at('po@bskr.example', 'P&O BSKR', { organizer: true });
    const b = detectInterview(ev({ summary: 'Telefonisch selectiegesprek Teamleider Invordering', description: 'Met vriendelijke groet,\nTeam P&O\nBelastingsamenwerking Kromme Rijn (BSKR)', organizer: po, attendees: [po, self] }), dutch);
    expect(b.company).toBe('Belastingsamenwerking Kromme Rijn');
  });

  it('takes no booking page\'s "Klant:" (the owner) for a client, and reads "Werken bij …" as the employer', () => {
    const mailbox = at('werkenbij@woongoed.example', 'Werken bij Woongoed Lekstroom', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Kennismakingsgesprek vacature Teamleider Financiële Administratie', description: 'Service: Kennismakingsgesprek\nMedewerker: Dennis Aalbers\nKlant: Casey Morgan', organizer: mailbox, attendees: [mailbox, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Woongoed Lekstroom');
  });

  it('counts the candidate\'s own background as hiring talk ("tu trayectoria", "je ervaring")', () => {
    const d = detectInterview(invite('Vervolggesprek', 'Wij spreken je graag verder over de functie en je ervaring met planning.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons.some((r) => r.includes("'je ervaring'"))).toBe(true);
  });
});

describe('detectInterview: the owner applying inside their own employer', () => {
  it('reads an interview about "your internal application" as the owner\'s, and other internal interviews as ones the owner runs', () => {
    const worker: CalendarOwner = { email: 'daan.verhoef@rijnland.example', name: 'Daan Verhoef' };
    const self: EventPerson = { email: worker.email, self: true, responseStatus: 'accepted' };
    const hr = person('n.brouwer@rijnland.example', 'Nicole Brouwer', { organizer: true });
    const cfo = person('e.vermeulen@rijnland.example', 'Els Vermeulen');
    const mine = detectInterview(
      ev({ summary: 'Sollicitatiegesprek Manager Finance Operations', description: 'Naar aanleiding van je interne sollicitatie op de functie nodigen we je uit.', location: 'Vergaderruimte De Lek (1.04), Laagraven 42, Nieuwegein', organizer: hr, attendees: [hr, cfo, self] }),
      worker,
    );
    expect(mine.isInterview, mine.reasons.join('; ')).toBe(true);
    expect(mine.reasons).toContain('your internal application');
    expect(mine.kind).toBe('onsite');
    const theirs = detectInterview(
      ev({ summary: 'Sollicitatiegesprek Manager Finance Operations', description: 'Gesprek met een kandidaat op de functie.', organizer: hr, attendees: [hr, cfo, self] }),
      worker,
    );
    expect(theirs.isInterview).toBe(false);
  });
});

describe('detectInterview: hospitals, graduate schemes and German-speaking employers (session 7)', () => {
  it('writes directory names as people write them', () => {
    const coord = person('kwashington@bvhealth.example', 'Washington, Krystal');
    const mailbox = person('recruiting@bvhealth.example', 'BV Health Recruiting', { organizer: true });
    const doc = person('akessler@bvhealth.example', 'Alan Kessler, MD');
    const cno = person('s.krueger@klinik.example', 'Krüger-Pohl, Sabine Dr.');
    const swiss = person('corinne.baumgartner@quellwerk.example', 'Baumgartner Corinne');
    const d = detectInterview(
      ev({ summary: 'Panel Interview – Clinical Operations Manager', description: 'Your panel interview for the Clinical Operations Manager position.', organizer: mailbox, attendees: [mailbox, coord, doc, cno, swiss, me] }),
      owner,
    );
    expect(d.interviewers.map((i) => i.name).sort()).toEqual(['Alan Kessler', 'Corinne Baumgartner', 'Krystal Washington', 'Sabine Krüger-Pohl']);
  });

  it('reads a booked one-way video slot "reviewed by the hiring panel" as an interview, not as sitting on the panel', () => {
    const tool = person('noreply@sonru.com', 'Liffey Bank via Sonru', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Liffey Bank – Video Interview (scheduled)', description: 'Thank you for your application. Your recorded answers will be reviewed by the hiring panel.', organizer: tool, attendees: [tool, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('knows a student\'s university from the address the invite reached, and clinical and research look-alikes', () => {
    const student: EventPerson = { email: 'casey.morgan@student.uni.example.ac.uk', self: true, responseStatus: 'accepted' };
    const supervisor = person('kwame.asante@uni.example.ac.uk', 'Kwame Asante', { organizer: true });
    const meeting = detectInterview(
      ev({ summary: 'Meeting – Dr Asante', description: 'Progress check: interviews with participants, coding framework, draft chapter.', organizer: supervisor, attendees: [supervisor, student] }),
      owner,
    );
    expect(meeting.isInterview, meeting.reasons.join('; ')).toBe(false);
    for (const summary of ['Intake interview - Mom (home care admission visit)', 'Precepting Kayla - patient interview & admission assessment check-off']) {
      expect(detectInterview(ev({ summary }), owner).isInterview).toBe(false);
    }
    const manager = person('hpham@caprock.example', 'Hannah Pham', { organizer: true });
    const shadow = detectInterview(
      ev({ summary: 'Shadow shift – ICU', description: 'Confirming your shadow shift as the final step in the selection process for the Clinical Coordinator position.', organizer: manager, attendees: [manager, me] }),
      owner,
    );
    expect(shadow.isInterview, shadow.reasons.join('; ')).toBe(true);
  });

  it('takes a graduate-recruitment mailbox on an applicant-tracking tenant for the employer', () => {
    const sender = person('graduates@thornburys.tal.net', "Thornbury's Graduate Recruitment", { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Final interview – Retail Management Graduate Scheme', description: "Final interview with Matt Greenhalgh at Thornbury's Salford Quays.", organizer: sender, attendees: [sender, me] }),
      owner,
    );
    expect(d.reasons).toContain('invite from Oleeo');
    expect(d.company).toBe("Thornbury's");
  });

  it('reads German rounds, tools named in German, umlauts written out in domains, and job boards as no employer', () => {
    const lea = person('lea.brandt@kaskade-pay.example', 'Lea Brandt', { organizer: true });
    const live = detectInterview(
      ev({ summary: 'Live-Coding | Kaskade Payments', description: 'Als nächster Schritt für die Stelle folgt das Live-Coding.\n\nDiese Einladung wurde über Personio versendet.', organizer: lea, attendees: [lea, me] }),
      owner,
    );
    expect(live.isInterview, live.reasons.join('; ')).toBe(true);
    expect(live.reasons).toContain('invite from Personio');
    const cto = person('benedikt.scholz@gruenkraft-solar.example', 'Benedikt Scholz', { organizer: true });
    const join = detectInterview(
      ev({ summary: 'Interview: Backend Developer (m/w/d)', description: 'Vielen Dank für deine Bewerbung über XING! Ich bin CTO von Grünkraft Solar.\n\nErstellt mit JOIN', organizer: cto, attendees: [cto, me] }),
      owner,
    );
    expect(join.company).toBe('Grünkraft Solar');
    const finale = detectInterview(invite('Finale Runde: Gespräch mit der Geschäftsführung', 'Wir freuen uns auf die finale Runde.'), owner);
    expect(finale.reasons).toContain("title says 'finale runde'");
  });

  it('names the caller in the owner\'s own note of a phone interview', () => {
    const d = detectInterview(ev({ summary: 'Telefoninterview Spreeblick Media', description: 'Derya Aksoy (Head of Engineering) ruft an, Handy bereithalten.\nStelle: Senior Backend Developer' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers).toEqual([{ name: 'Derya Aksoy' }]);
  });
});

describe('detectInterview: calendars written like the dev set (session 7)', () => {
  it('reads a negative word inside the employer\'s own name as the name ("Tidewater Coffee")', () => {
    const coord = person('paloma@tidewatercoffee.example', 'Paloma Vickers', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Tidewater Coffee: Recruiter Phone Screen - Casey Morgan', description: 'Thank you for applying for the Growth Marketing Manager position.', organizer: coord, attendees: [coord, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).not.toContain("title says 'coffee', not a job interview");
  });

  it('takes no employer from the owner\'s own answer on a booking page', () => {
    const jolene = person('jolene@sparrowhawkgames.example', 'Jolene Marchetti', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'UA Manager - Recruiter Call between Jolene Marchetti and Casey Morgan', description: "Event Name: UA Manager - Recruiter Call\n\nAnything you'd like us to know before we talk?:\nHappy to walk through the app-install program I ran at Pinecrest.\n\nPowered by Calendly.com", organizer: jolene, attendees: [jolene, me] }),
      owner,
    );
    expect(d.company).toBe('Sparrowhawk Games');
  });

  it('reads case presentations, "first-round" conversations and executive-search senders', () => {
    expect(detectInterview(invite('Ledgerly | Case Presentation - Senior Revenue Accountant', 'You will present your case to the panel.'), owner).reasons).toContain("title says 'case presentation'");
    const partner = person('stolliver@mercertolliver.example', 'Simon Tolliver', { organizer: true });
    const first = detectInterview(
      ev({ summary: 'Mercer Tolliver - Accounting Advisory Sr. Manager', description: 'Treat this as a first-round conversation about the Senior Manager opening.', organizer: partner, attendees: [partner, me] }),
      owner,
    );
    expect(first.isInterview, first.reasons.join('; ')).toBe(true);
  });

  it('starts no "at/en/mit" phrase inside a word with a non-ASCII letter ("Grüßen"), and takes no department for a person', () => {
    const hr = person('svenja.kroeger@vogelsang-logistik.example', 'Svenja Kröger', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Zweitgespräch Controller USA (m/w/d)', description: 'Wie besprochen lade ich Sie zum Zweitgespräch ein.\n\nMit freundlichen Grüßen\nSvenja Kröger\nHR / Recruiting', organizer: hr, attendees: [hr, me] }),
      owner,
    );
    expect(d.company).toBe('Vogelsang Logistik');
    const panel = detectInterview(invite('Virtual Onsite Interview (1 of 4)', 'Virtual onsite session 1 of 4 for the Technical Accounting role.\n\nInterviewer: Daniela Szabo, Senior Manager, SEC Reporting'), owner);
    expect(panel.interviewers.map((i) => i.name)).toEqual(['Daniela Szabo']);
  });
});

describe('detectInterview: an operations manager\'s search (session 7)', () => {
  it('takes no recurring series that names the owner for a colleagues\' routine', () => {
    const host = person('otto@harrowgate.example', 'Otto Reinholt', { organizer: true });
    const session = (day: string): CalendarEvent =>
      ev({ id: `s${day}`, recurringEventId: 'series', summary: 'Harrowgate - Planning case sessions (Casey Morgan)', description: 'Two case sessions for the Planning Manager role.', organizer: host, attendees: [host, me], start: { dateTime: `2027-03-${day}T10:00:00-04:00` }, end: { dateTime: `2027-03-${day}T12:00:00-04:00` } });
    const round = ev({ id: 'r', summary: 'Harrowgate interview - Casey Morgan', description: 'Your interview for the Planning Manager role.', organizer: host, attendees: [host, me] });
    const found = detectInterviews([session('22'), session('23'), round], owner);
    expect(found[2]!.isInterview, found[2]!.reasons.join('; ')).toBe(true);
  });

  it('reads oral examinations and final conversations as rounds, and a site as no interviewer', () => {
    expect(detectInterview(invite('City of Springfield - Oral Examination: Materials Manager', 'Your oral examination for the position.'), owner).isInterview).toBe(true);
    expect(detectInterview(invite('Tidewater - Final conversation w/ Margit Haugland (CEO)', 'See you then.'), owner).reasons).toContain("title says 'final conversation'");
    const panel = detectInterview(invite('Onsite (2/3): Panel interview', 'Interviewers: Alana Ferreira, Mount Laurel DC, and Quentin Oduya.'), owner);
    expect(panel.interviewers.map((i) => i.name)).toEqual(['Alana Ferreira', 'Quentin Oduya']);
  });
});

describe('detectInterview: a laid-off engineer\'s search (session 7)', () => {
  it('turns away the owner interviewing help at home, and takes no interviewing service for the employer', () => {
    expect(detectInterview(ev({ summary: 'Interview dog walkers (Rover)' }), owner).isInterview).toBe(false);
    const karat = person('scheduling@karat.com', 'Karat Scheduling', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Karat Interview: Tessellate - Software Engineer, Infrastructure', description: 'Your technical interview for Tessellate is hosted by Karat.', organizer: karat, attendees: [karat, me] }),
      owner,
    );
    expect(d.isInterview).toBe(true);
    expect(d.company).toBe('Tessellate');
  });
});

describe('detectInterview: a customer-success search (session 7)', () => {
  it('reads a "Mock QBR" an employer\'s process sets as an interview, and a mock interview as none', () => {
    const tool = person('scheduling@kestrel.goodtime.io', 'Kestrel Cloud Recruiting', { organizer: true });
    const qbr = detectInterview(
      ev({ summary: 'Kestrel Cloud Virtual Onsite - Mock QBR Presentation (2 of 3)', description: 'Part two of your interview loop for the Customer Success Manager role.', organizer: tool, attendees: [tool, me] }),
      owner,
    );
    expect(qbr.isInterview, qbr.reasons.join('; ')).toBe(true);
    const coach = person('dana@careercoach.example', 'Dana Coach', { organizer: true });
    expect(detectInterview(ev({ summary: 'Mock interview with Dana', description: 'Practice for your interview loop.', organizer: coach, attendees: [coach, me] }), owner).isInterview).toBe(false);
    expect(detectInterview(ev({ summary: 'Quick chat - Beth / Casey (Loyola alumni network)' }), owner).isInterview).toBe(false);
  });

  it('knows a "Search Group" for an agency, and a department for no company', () => {
    const rick = person('rvaldivia@keystonesearchgroup.example', 'Rick Valdivia', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Keystone Search Group: Casey M. / Rick V. - Renewals Manager', description: "I'm running a confidential search for a Renewals Manager. I'll share the client's name once we've talked.\n\nI'll call your cell.", organizer: rick, attendees: [rick, me] }),
      owner,
    );
    expect(d.reasons).toContain('a recruiting agency is on the invite (keystonesearchgroup.example)');
    const hm = detectInterview(invite('Hiring Manager Interview - Casey Morgan', 'Expect questions on how you partner with Sales on expansion.'), owner);
    expect(hm.company).not.toBe('Sales');
  });
});

describe('detectInterview: a product designer\'s search (session 7)', () => {
  it('reads design rounds, and turns away research and press interviews', () => {
    expect(detectInterview(invite('Hollowell & Finch | Whiteboard Challenge - Casey Morgan', 'See you then.'), owner).reasons).toContain("title says 'whiteboard challenge'");
    for (const summary of ['Bramble customer interviews (3 x 30 min)', 'Stakeholder interviews: Ostrander staff attorneys', "Pixelhaus 'Designer Spotlight' interview"]) {
      expect(detectInterview(invite(summary, 'Thanks for your time.'), owner).isInterview, summary).toBe(false);
    }
  });
});

describe('detectInterview: contract terms and abbreviated names (session 7)', () => {
  it('takes no contract term or job for the company, and writes out a name ending in an acronym', () => {
    const agent = person('kim@redrocktalent.example', 'Kim Lowe', { organizer: true });
    const contract = detectInterview(
      ev({ summary: 'Redrock Talent | Intro call - HR Generalist (contract, W2)', description: 'Intro call about a contract Generalist role with one of our clients.', organizer: agent, attendees: [agent, me] }),
      owner,
    );
    expect(contract.company).not.toBe('W2');
    expect(contract.company).not.toBe('Generalist');
    const cu = person('talent@chollafcu.example', 'Cholla Talent', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Cholla FCU - Phone Interview (Member Insights Analyst)', description: 'Thank you for applying to Cholla Federal Credit Union.', organizer: cu, attendees: [cu, me] }),
      owner,
    );
    expect(d.company).toBe('Cholla Federal Credit Union');
  });
});

describe('detectInterview: sales, legal, restaurant and student calendars (session 8)', () => {
  it('reads the owner\'s own note of a call with a recruiter, and its caller, kind and employer', () => {
    const meridian = detectInterview(ev({ summary: 'Call w/ recruiter - Meridian', description: 'Kayla Brandvold (Meridian TA) calling my cell re: the sales opening.' }), owner);
    expect(meridian.isInterview, meridian.reasons.join('; ')).toBe(true);
    expect(meridian.reasons).toContain("title says 'call with a recruiter'");
    expect(meridian.kind).toBe('phone');
    expect(meridian.company).toBe('Meridian');
    expect(meridian.interviewers.map((i) => i.name)).toEqual(['Kayla Brandvold']);
    // The caller's first name in the title is no employer: the note's first line names it.
    const priya = detectInterview(ev({ summary: 'call w/ Priya (recruiter)', description: 'Pellham Brands - Process Engineer (Gainesville). Priya Venkataraman, campus recruiter, calling my cell.' }), owner);
    expect(priya.isInterview, priya.reasons.join('; ')).toBe(true);
    expect(priya.company).toBe('Pellham Brands');
    expect(priya.interviewers.map((i) => i.name)).toEqual(['Priya Venkataraman']);
  });

  it('takes an HR call for an interview only about a job', () => {
    expect(detectInterview(ev({ summary: 'HR call - Lakeshore Health', description: 'Recruiter calling my cell. Ask: why is the role open?' }), owner).isInterview).toBe(true);
    expect(detectInterview(ev({ summary: 'HR call re: benefits enrollment', description: 'Dental plan options.' }), owner).isInterview).toBe(false);
    expect(detectInterview(ev({ summary: 'Call with recruiter re: offer', description: 'Talk through the offer letter.' }), owner).isInterview).toBe(false);
  });

  it('reads a mock discovery call an employer sets as a round, and a job title that opens with a negative word', () => {
    const quill = detectInterview(invite('Quarrytech - Mock Discovery Role-Play (Mid-Market AE)', 'This interview is a role-play.\n\nScheduled with Ashby.'), owner);
    expect(quill.isInterview, quill.reasons.join('; ')).toBe(true);
    const practice = detectInterview(invite('Phone Interview - Practice Operations Manager (JR-20419)', 'Job requisition JR-20419.'), owner);
    expect(practice.isInterview, practice.reasons.join('; ')).toBe(true);
    // A practice interview for a job stays a practice interview.
    expect(detectInterview(invite('Practice Product Manager Interview', 'Run-through.'), owner).isInterview).toBe(false);
  });

  it('turns away the owner\'s own hiring routine, a student\'s coursework interview and a hiring fair', () => {
    const open = detectInterview(ev({ summary: 'Open interviews (FOH)', description: 'Walk-ins 2-4 every Tue. Hosts / servers.', recurringEventId: 'r3k0v7pd2s' }), owner);
    expect(open.isInterview, open.reasons.join('; ')).toBe(false);
    expect(open.reasons).toContain('a recurring entry of your own');
    const student = person('jmorrow4@students.tvu.example', 'Jenna Morrow', { organizer: true });
    const coursework = detectInterview(
      ev({ summary: 'Career interview for HMGT 2100 - Jenna Morrow', description: 'Thank you for letting me interview you for my HMGT 2100 "Career Pathways" assignment!', organizer: student, attendees: [student, me] }),
      owner,
    );
    expect(coursework.isInterview, coursework.reasons.join('; ')).toBe(false);
    expect(detectInterview(invite('Hospitality Hiring Fair - Exhibitor: Hollis & Vine (Table 14)', 'Employers are encouraged to conduct on-the-spot interviews.'), owner).isInterview).toBe(false);
  });

  it('names the employer from a career service\'s "Employer:" line, and every panellist of a one-line list', () => {
    const handshake = person('no-reply@joinhandshake.com', 'Handshake', { organizer: true });
    const campus = detectInterview(
      ev({
        summary: 'On-Campus Interview: Halvorsen Automotive - Manufacturing Engineer I',
        description: 'Your on-campus interview has been scheduled!\n\nEmployer: Halvorsen Automotive\nPosition: Manufacturing Engineer I',
        organizer: handshake, attendees: [me],
      }),
      owner,
    );
    expect(campus.reasons).toContain('invite from Handshake');
    expect(campus.company).toBe('Halvorsen Automotive');
    const panel = detectInterview(
      invite('Quarrytech - Final Round', 'Panel: Travis Lindqvist (Director, Enterprise Sales - Central), Ingrid Solberg (Principal Solutions Consultant), Damon Whitlock (Senior AE)'),
      owner,
    );
    expect(panel.interviewers.map((i) => i.name)).toEqual(['Travis Lindqvist', 'Ingrid Solberg', 'Damon Whitlock']);
  });

  it('takes the "Employer:" line over the shorter name its recruitment mailbox signs with', () => {
    const trac = person('noreply@trac.jobs', 'Northdale Vale NHS FT Recruitment', { organizer: true });
    const d = detectInterview(
      ev({
        summary: 'Interview - Team Lead Occupational Therapist (Band 7)',
        description: 'Interview Confirmation\n\nCandidate: Casey Morgan\nVacancy: Team Lead Occupational Therapist (Band 7)\nEmployer: Northdale Vale NHS Foundation Trust\nReference: 402-AHP-1234\n\nInterview Panel:\nLynn Carter - Therapy Services Manager',
        organizer: trac, attendees: [me],
      }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Northdale Vale NHS Foundation Trust');
  });

  it('writes out a department that a three-letter domain abbreviates, though its name says "Workforce"', () => {
    const officer = person('tessa.bright@dew.gov.au', 'Tessa Bright', { organizer: true });
    const manager = person('andrew.kilpatrick@dew.gov.au', 'Andrew Kilpatrick');
    const d = detectInterview(
      ev({
        summary: 'Phone interview - EL1 Policy Manager, Skills Funding (DEW-2026-0042)',
        description: 'Dear Casey\n\nThank you for your application for the EL1 Policy Manager, Skills Funding role (DEW-2026-0042). The hiring manager would like to have a short phone conversation with you.\n\nInterviewer: Andrew Kilpatrick, Director, Skills Funding Policy\n\nKind regards\nTessa Bright\nRecruitment Officer | People Branch\nDepartment of Employment and Workforce',
        organizer: officer, attendees: [officer, manager, me],
      }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Department of Employment and Workforce');
  });

  it('takes a paralegal for a job, not a company', () => {
    const agent = person('shauna@lexbridgelegal.example', 'Shauna Pellegrino', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'LexBridge Legal Staffing - Phone Screen: Legal Operations Paralegal (Contract-to-Hire)', description: 'Thanks for your resume for the contract-to-hire role with our client.', organizer: agent, attendees: [agent, me] }),
      owner,
    );
    expect(d.company).toMatch(/^LexBridge Legal/);
  });
});

describe('detectInterview: the owner\'s note of an onsite (session 8)', () => {
  it('takes a note whose first line names the job its interviews are for', () => {
    const d = detectInterview(
      ev({ summary: 'Dunmore onsite - Forest Park', description: 'Plant Controller interviews, 8:30-1:00: GM, VP Finance, ops manager + plant tour. Took PTO.', location: 'Dunmore Cold Chain, 4801 Old Dixie Rd, Forest Park, GA 30297' }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Dunmore Cold Chain');
    expect(d.kind).toBe('onsite');
    // The same note with the job only after its interviews, or none, stays short of it.
    expect(detectInterview(ev({ summary: 'Dunmore onsite - Forest Park', description: 'Interviews 8:30-1:00 + plant tour. Took PTO.' }), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: an assistant\'s, a builder\'s, a nonprofit director\'s and a veteran\'s calendars (session 8)', () => {
  it('reads the interviewers of a "With:" line or list', () => {
    const workday = person('larkspur@myworkday.example', 'Larkspur Health Talent Acquisition', { organizer: true });
    const one = detectInterview(
      ev({ summary: 'Phone Interview - Chief of Staff, Operations (JR-23318)', description: 'Your interview has been scheduled.\n\nPosition: Chief of Staff, Operations\nWith: Bethany Kroll, Senior Talent Acquisition Partner\nDuration: 30 minutes', organizer: workday, attendees: [me] }),
      owner,
    );
    expect(one.interviewers.map((i) => i.name)).toEqual(['Bethany Kroll']);
    const panel = detectInterview(
      ev({ summary: 'Onsite Interview - Chief of Staff, Operations (JR-23318)', description: 'Your interview has been scheduled.\n\nWith:\n  Renee Castellanos - Chief Operating Officer\n  Gordon Achterberg - VP, Clinical Operations\nDuration: 3 hours', organizer: workday, attendees: [me] }),
      owner,
    );
    expect(panel.interviewers.map((i) => i.name)).toEqual(['Renee Castellanos', 'Gordon Achterberg']);
  });

  it('names the employer of a title typed in lower case, and not after an interviewer\'s own firm', () => {
    const note = detectInterview(ev({ summary: 'mill city foundation phone screen - chief of staff role', description: 'Signe Haugen calls my cell 12:15?? ask re: board reporting' }), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    expect(note.company).toBe('Mill City Foundation');
    expect(note.interviewers.map((i) => i.name)).toEqual(['Signe Haugen']);
    // An all-capital job ("CSO") among the lower case, and a question mark, change nothing.
    expect(detectInterview(ev({ summary: 'tessellate - final chat w/ CSO?', description: 'ask about the team' }), owner).company).toBe('Tessellate');
    const board = person('diane@holmquistadvisory.example', 'Diane Holmquist', { organizer: true });
    const ea = person('gretchen.olund@veritymedical.example', 'Gretchen Olund');
    const d = detectInterview(
      ev({ summary: 'Casey Morgan / Diane Holmquist (Verity Medical Board)', description: 'Chief of Staff to the CEO: your interview with a board member, about the role.', organizer: board, attendees: [board, ea, me] }),
      owner,
    );
    expect(d.company).toBe('Verity Medical');
  });

  it('reads "final rd", and turns away a procurement shortlist, a grant finalist interview, a radio segment, a contact who is not hiring and a board member\'s packets', () => {
    expect(detectInterview(invite('Quarrytech final rd - Scottsdale office', 'See you there.'), owner).reasons).toContain("title says 'final rd'");
    const cases: Array<[string, string]> = [
      ['CMAR Shortlist Interview - Redtail Builders (RFQ 27-014)', 'The selection committee will interview the shortlisted firms.'],
      ['Brightwater Foundation - Finalist Interview: Harbor Youth Futures', "You are one of six finalists in Brightwater's Pathways grant round; the panel would like to interview your team."],
      ['WHBR Harbor Mornings - live interview re: summer jobs', 'Confirming your live in-studio segment. About 8 minutes on air.'],
      ['Casey / Kelsey - catch up (ops at Quarrytech)', "No agenda, just a chat. We aren't hiring on my team right now."],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const boardNote = detectInterview(ev({ summary: 'OCS interview board (board member)', description: '3 packets: SPC Tolliver, SGT Corcoran. read packets before.' }), owner);
    expect(boardNote.isInterview, boardNote.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterviews: names a round writes short (session 8)', () => {
  it('writes out initials and a domain\'s letters from the name another round spells', () => {
    const fund = person('lashford@potomaccivicfund.example', 'Lionel Ashford', { organizer: true });
    const intro = ev({ id: 'a', summary: 'Program Officer - Intro Conversation between Lionel Ashford and Casey Morgan', description: 'Thanks for applying for the role.', organizer: fund, attendees: [fund, me] });
    const final = ev({ id: 'b', summary: 'PCF final round - DC', description: 'All day. Bring writing sample.', location: 'Potomac Civic Fund, 1225 I St NW, Suite 600, Washington, DC 20005' });
    expect(detectInterview(final, owner).company).toBe('Potomac Civic Fund');
    expect(detectInterview(intro, owner).company).toBe('Potomaccivicfund');
    const [a, b] = detectInterviews([intro, final], owner);
    expect(a!.company).toBe('Potomac Civic Fund');
    expect(b!.company).toBe('Potomac Civic Fund');
    // Initials alone, with the name spelled by another round.
    const spelled = ev({ id: 'd', summary: 'Potomac Civic Fund - Phone Screen', description: 'Thanks for applying to Potomac Civic Fund.', organizer: fund, attendees: [fund, me] });
    const short = ev({ id: 'c', summary: 'PCF final round', description: 'All day.' });
    expect(detectInterviews([spelled, short], owner)[1]!.company).toBe('Potomac Civic Fund');
  });
});

describe('detectInterview: a recruiter\'s, a reporter\'s and a researcher\'s calendars (session 8)', () => {
  it('knows the owner runs a screen whose invite greets the guest', () => {
    const candidate = person('emeka.obi@gmail.com', 'Emeka Obi');
    const d = detectInterview(
      ev({
        summary: 'Quarrytech - Recruiter Screen (Staff Data Engineer)',
        description: "Hi Emeka,\nThanks for your interest in the role. This confirms a 30-minute conversation with me.\n\nThis interview was scheduled using Greenhouse.",
        attendees: [{ ...me, organizer: true }, candidate],
      }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    expect(d.reasons).toContain('you organise it and the invite is written to Emeka Obi');
  });

  it('turns away a reporter\'s interviews, a TV segment and the call that brings the offer', () => {
    const cases: Array<[string, string]> = [
      ['Media interview: Dr. Alan Petrosky / Cleveland Courier', 'Confirming your interview with Dr. Petrosky, President & CEO. A photographer is welcome.'],
      ["WERT 3 'Ohio in Focus' - live interview: Casey Morgan (Cleveland Courier)", 'Felicia will interview you live. Please arrive by 5:35 for mic check.'],
      ['Quarrytech - next steps call w/ Skye', "Thanks for a great final round! A quick call to walk you through next steps and the offer details."],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // The round before the offer is still a round.
    expect(detectInterview(invite('Quarrytech - Final conversation w/ Margit (CEO)', 'Last step before we talk offer details: a conversation about how you lead.'), owner).isInterview).toBe(true);
  });
});

describe('detectInterview: the owner\'s note of what to bring (session 8)', () => {
  it('takes a note that says to bring a CV or references for the visit it names', () => {
    const note = detectInterview(
      ev({ summary: 'longleaf electric - panel @ HQ', description: 'panel w/ Rick Daughtry + Gail Sutter, then tour of the warehouse. ask for Gail at front desk. bring refs list.', location: 'Longleaf Electric Cooperative, 810 W Cumberland St, Dunn, NC 28334' }),
      owner,
    );
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    expect(note.reasons).toContain('says to bring your CV, references or work samples');
    expect(note.interviewers.map((i) => i.name)).toEqual(['Rick Daughtry', 'Gail Sutter']);
    expect(note.kind).toBe('onsite');
    const callback = detectInterview(
      ev({ summary: 'Kessler callback??', description: '4 back to back - 2 partners. Bring writing sample, 3 copies of resume, reference list.', location: 'Kessler Lindgren, 300 N LaSalle, 35th fl' }),
      owner,
    );
    expect(callback.isInterview, callback.reasons.join('; ')).toBe(true);
    expect(callback.company).toBe('Kessler Lindgren');
    expect(callback.kind).toBe('onsite');
    // The building the location names is no fuller name of the employer.
    const site = detectInterview(ev({ summary: 'halvorsen onsite!!', description: 'seminar 10am then 1:1s. print CV x5.', location: 'Halvorsen Research Center, 75 Binney St, Cambridge, MA 02142' }), owner);
    expect(site.isInterview, site.reasons.join('; ')).toBe(true);
    expect(site.company).toBe('Halvorsen');
    // With nothing to bring, a callback is a call back.
    expect(detectInterview(ev({ summary: 'Callback - plumber', description: 're: the leak' }), owner).isInterview).toBe(false);
  });

  it('turns away careers fairs and open evenings, even at the fair\'s own domain', () => {
    const fair = person('events@cpaontario-careerfair.example', 'CPA Ontario Career Fair', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'CPA Ontario Career Fair – Metro Toronto Convention Centre', description: 'Bring copies of your resume. Employers may interview on the spot.', organizer: fair, attendees: [fair, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    for (const summary of ['Hospitality & Tourism Careers Expo', 'Recruitment open evening – Meridian Community Health']) {
      expect(detectInterview(invite(summary, 'Bring your CV; interviews on the night.'), owner).isInterview, summary).toBe(false);
    }
  });
});

describe('detectInterview: a teacher\'s, a driver\'s and an analyst\'s calendars (session 8)', () => {
  it('reads "2nd intvw" and a job title joined with "&", and names the employer behind tools and assistants', () => {
    expect(detectInterview(ev({ summary: 'wabash bend 2nd intvw', description: 'w/ the safety director' }), owner).isInterview).toBe(true);
    // A reporter's note of an interview with a source: "intvw" is an interview, the record says whose.
    expect(detectInterview(ev({ summary: 'phone intvw - darlene vukovich (USW local 2265)', description: 'layoffs story. on record??' }), owner).isInterview).toBe(false);
    const meridian = detectInterview(invite('Phone Interview | Quarrytech | Training & Development Specialist', 'Thanks for applying.'), owner);
    expect(meridian.isInterview, meridian.reasons.join('; ')).toBe(true);
    const olivia = person('olivia@paradox.example', "Olivia | Marlowe's Markets", { organizer: true });
    const paradox = detectInterview(ev({ summary: "Phone Interview with Marlowe's Markets", description: 'Olivia here! Your phone interview is booked.', organizer: olivia, attendees: [me] }), owner);
    expect(paradox.company).toBe("Marlowe's Markets");
    const tenstreet = person('notifications@tenstreet.com', 'Tenstreet', { organizer: true });
    const carrier = detectInterview(ev({ summary: 'Phone Interview: Driver Manager - Limestone Valley Transport', description: 'Your interview is scheduled.', organizer: tenstreet, attendees: [me] }), owner);
    expect(carrier.reasons).toContain('invite from Tenstreet');
    expect(carrier.company).toBe('Limestone Valley Transport');
    expect(detectInterview(invite('Kingsmere Search - Candidate Intro (30 min) between Lila Moreau and Casey Morgan', 'Intro call about PE roles.'), owner).company).not.toBe('30 min');
  });

  it('turns away a hiring expo, an expert-network consultation, a pitch that is not an interview and a class interviewing a guest', () => {
    const cases: Array<[string, string]> = [
      ['Indy CDL & Logistics Hiring Expo', 'Bring your CDL and resume; on-the-spot interviews.'],
      ['Larchmont Insights | Consultation: Former VP Aftermarket Sales (#LI-58213)', 'Thank you for agreeing to this paid consultation.'],
      ['Patriot Road Carriers - quick call (CDL-A regional)', "This isn't an interview, just a quick chat about our regional lanes and pay."],
      ['Science Connect: P3 & P5 interview an entomologist', 'Your class is matched! Students will interview Dr. Imani Clarke live.'],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: an agency\'s brackets (session 8)', () => {
  it('reads an agency\'s brackets as the job\'s terms, not its client', () => {
    const agent = person('tara@ironwoodsearch.example', 'Tara Quinn', { organizer: true });
    for (const summary of ['Ironwood Search Group - Phone Screen: Project Manager (Commercial GC, Phoenix)', 'Ironwood Search Group - Phone Screen: UX Researcher (Contract, 6 mo)']) {
      const d = detectInterview(ev({ summary, description: "Intro call about the role; I'll share the client's name after we talk.", organizer: agent, attendees: [agent, me] }), owner);
      expect(d.isInterview, d.reasons.join('; ')).toBe(true);
      expect(d.company, summary).toMatch(/^Ironwood/);
    }
  });
});

describe('detectInterview: a coffee or lunch the employer calls a round (session 9)', () => {
  it('takes a coffee or lunch the invite calls a step of the hiring process', () => {
    const cases: Array<[string, string]> = [
      ['Coffee w/ Ruth Ames (Quarrytech ED)', "Casey – this will be our first-round interview for the Programs Manager position; I keep these informal, so coffee is on me."],
      ['Coffee & conversation – Product role', 'As mentioned on the phone, this is the first step in our interview process for the Senior PM role. Coffee\'s on me.'],
      ['Lunch - Ruth Ames / Casey Morgan', 'Ruth would like to take you to lunch as the final step for the Account Supervisor role. It is informal.'],
      ['Teamkennenlernen (Mittagessen) – Quarrytech', 'Hallo Casey, als letzter Teil unseres Auswahlprozesses gehen wir mit dem Team zusammen Mittag essen.'],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
      // A lunch that names the owner is also an employer's meal about a job (read first).
      expect(d.reasons.some((r) => r === 'the invite calls it a step of the hiring process' || r.startsWith('an employer invites you')), d.reasons.join('; ')).toBe(true);
    }
    // A networking coffee stays one, and so does one whose title holds another negative.
    for (const [summary, description] of [
      ['Coffee w/ Ruth Ames', 'Happy to tell you about the team; we are not hiring right now but the first step of our process is always a chat.'],
      ['Coffee - mock interview with Ruth', 'This will be our first-round interview practice.'],
      ['Coffee with Ruth', 'Catching up about her move to Denver.'],
    ]) {
      const d = detectInterview(invite(summary!, description!), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('names the company, not its officer, after a possessive ("with Driftline\'s CTO")', () => {
    const cto = person('owen@driftline.dev', 'Owen Castillo', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Coffee chat between Owen Castillo and Casey Morgan', description: 'This is the first step of our interview process for the Founding Engineer role. Relaxed, 45 minutes, with Driftline\'s CTO.', organizer: cto, attendees: [cto, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Driftline');
  });
});

describe('detectInterview: a job advertised with its gender note (session 9)', () => {
  it('reads "(m/w/d)" and its kin as a job in the title', () => {
    const d = detectInterview(invite('Gespräch – Ihre Bewerbung als Produktionsplaner (m/w/d)', 'Sehr geehrter Herr Morgan, vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie kennenlernen.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain("title names a job ('(m/w/d)')");
    // A slash between words is no gender note.
    const plain = detectInterview(invite('Gespräch – Ihre Bewerbung als Produktionsplaner (Werk/Lager)', 'Sehr geehrter Herr Morgan, vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie kennenlernen.'), owner);
    expect(plain.reasons.some((r) => r.startsWith('title names a job'))).toBe(false);
  });
});

describe('detectInterview: an agency that arranges the meeting (session 9)', () => {
  it('counts an agency that invites the owner to meet an employer\'s people', () => {
    const agent = person('preston@magnoliaexecsearch.example', 'Preston Albright', { organizer: true, optional: true });
    const hm = person('droark@sablecreekfoods.com', 'Delphine Roark');
    const d = detectInterview(
      ev({ summary: 'Sable Creek Foods onsite - Assistant Controller', description: "Onsite at Sable Creek's HQ. Delphine will take you to lunch and then a plant walk.", location: 'Sable Creek Foods, 1900 Industrial Blvd, Gainesville, GA 30501', organizer: agent, attendees: [agent, hm, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('a recruiting agency arranged it (magnoliaexecsearch.example)');
    expect(d.company).toBe('Sable Creek Foods');
    // The same meeting from the employer itself carries no such reason.
    const direct = detectInterview(ev({ summary: 'Sable Creek Foods onsite - Assistant Controller', description: 'Lunch and a plant walk.', organizer: hm, attendees: [hm, me] }), owner);
    expect(direct.reasons.some((r) => r.startsWith('a recruiting agency'))).toBe(false);
  });
});

describe('detectInterview: an opening at the owner\'s own employer (session 9)', () => {
  it('takes an interview from the owner\'s own employer that greets the owner as the applicant', () => {
    const hr = person('hr@quarrytech.com', 'Quarrytech Human Resources', { organizer: true });
    const work: CalendarOwner = { email: 'casey.morgan@quarrytech.com', name: 'Casey Morgan' };
    const self: EventPerson = { email: work.email, self: true, responseStatus: 'accepted' };
    const d = detectInterview(
      ev({
        summary: 'Interview Scheduled - Teacher on Special Assignment - Science',
        description: 'Dear Casey Morgan,\n\nThank you for your interest in employment with Quarrytech. You have been selected for an interview for the following position.',
        organizer: hr, attendees: [self],
      }),
      work,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite addresses you as the applicant');
    // The panel's invite for someone else's interview stays the owner's work.
    const panel = detectInterview(
      ev({
        summary: 'Interview Scheduled - Teacher on Special Assignment - Science',
        description: 'Dear panel,\n\nThank you for your interest in serving. You have been selected for an interview panel for the following position.',
        organizer: hr, attendees: [self],
      }),
      work,
    );
    expect(panel.isInterview, panel.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: an interview titled with the owner\'s name at a body the owner meets often (session 16)', () => {
  // The owner's study group meets at the university twice: its domain reads as the owner's own side.
  const hr = person('tfreeland@queensbridge.edu', 'Tamika Freeland', { organizer: true });
  const member = person('cruelas@queensbridge.edu', 'Carmen Ruelas');
  const context = { colleagueDomains: new Set(['queensbridge.edu']) };
  const at = (summary: string, description: string) =>
    detectInterview(ev({ summary, description, organizer: hr, attendees: [hr, member, me] }), owner, context);

  it('takes a campus interview titled with the owner\'s full name and the job as the owner\'s own', () => {
    const d = at('Campus Interview - Senior HR Consultant - Casey Morgan', 'We are pleased to host you for a campus interview over two mornings.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the interview is titled with your name');
  });

  it('takes a letter that opens with the owner\'s bare first name and thanks them for applying', () => {
    const d = at('Interview - Training Coordinator position', 'Casey,\n\nThanks for putting in for the full-time Training Coordinator position. The committee would like to interview you Monday.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite addresses you as the applicant');
    for (const body of ['Hi Casey,\n\nThanks for expressing interest in the internal Shift Lead vacancy.', 'Hi Casey,\n\nYour interview will be with Ger Buckley and myself.']) {
      const internal = at('Internal Interview - Shift Lead (Building 3)', body);
      expect(internal.isInterview, `${body}: ${internal.reasons.join('; ')}`).toBe(true);
    }
    // The same letter to someone else is the panel's.
    expect(at('Interview - Training Coordinator position', 'Dana,\n\nThanks for putting in for the full-time Training Coordinator position.').isInterview).toBe(false);
  });

  it('still reads the body\'s reviews of the owner and interviews of others as no interview of the owner', () => {
    // No job in the title: a review or an exit talk about the owner.
    for (const summary of ["Entrevue d'évaluation annuelle - Casey Morgan", 'Exit conversation - Casey Morgan']) {
      expect(at(summary, 'Interview at HR.').isInterview, summary).toBe(false);
    }
    // Someone else's name: the owner sits on the panel.
    const panel = at('Campus Interview - Senior HR Consultant - Dana Whitlock', 'Interview schedule for the panel.');
    expect(panel.isInterview, panel.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: the owner\'s own invite to an employer\'s interviewer (session 16)', () => {
  const send = (guest: EventPerson, summary: string) =>
    detectInterview(ev({ summary, description: 'She asked me to send the invite. Have the three covers ready.', organizer: { email: owner.email, self: true }, attendees: [guest, me] }), owner);

  it('takes an interview the owner sent to a guest from the company the title names', () => {
    const d = send(person('ines.carvalho@brambleandpine.com', 'Ines Carvalho'), 'Interview w/ Ines Carvalho - Bramble & Pine (Senior Designer, Covers)');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('you sent the invite to people of the company the title names');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ines Carvalho']);
  });

  it('still reads the owner\'s interview of a named guest from elsewhere as the owner interviewing', () => {
    for (const guest of [person('ines.carvalho@gmail.com', 'Ines Carvalho'), person('ines.carvalho@lanternworks.com', 'Ines Carvalho')]) {
      const d = send(guest, 'Interview w/ Ines Carvalho - Bramble & Pine (Senior Designer, Covers)');
      expect(d.isInterview, `${guest.email}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // A call with a client the title names is no interview.
    const client = send(person('ines.carvalho@brambleandpine.com', 'Ines Carvalho'), 'Discovery call - Bramble & Pine cover audit');
    expect(client.isInterview, client.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: the kind of a round its title tells (session 16)', () => {
  it.each([
    ['Garbí Ground - trucada rrhh 17h (entrevista)', 'phone'],
    ['Stroomlijn - recruiter belt (sollicitatie)', 'phone'],
    ['Dussaut – Laure rappelle (entretien)', 'phone'],
    ['Interview day @ Mangrove Bay Specialty Hospital', 'onsite'],
    ['Calloway Compression - shop tour + interview', 'onsite'],
    ['Virtual assessment day - Northgate Bank (interview)', 'video'],
  ])('%s is %s', (summary, kind) => {
    const d = detectInterview(invite(summary, 'Your interview for the Supervisor position.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.kind).toBe(kind);
  });

  it('reads a place whose name starts like a phone word as a place', () => {
    const at = (location: string) => detectInterview(invite('Interview - Learning Content Designer', 'Your interview for the Learning Content Designer position.', { location }), owner).kind;
    expect(at('Tellerz, Dok Noord 4B, 9000 Gent, Belgium')).toBe('onsite');
    expect(at('Calloway Compression, 12 Main St, Odessa, TX')).toBe('onsite');
    expect(at('Tel: +32 9 123 45 67')).toBe('phone');
    expect(at('Telefonisch')).toBe('phone');
  });

  it('reads the owner\'s note with a place and no link as onsite, and "Teams" or a "Videointerview" as video', () => {
    const note = (summary: string, location: string, description = 'bring references') =>
      detectInterview(ev({ summary, description, location, organizer: { email: owner.email, self: true }, attendees: [] }), owner).kind;
    expect(note('glenlara 2nd int - fermoy', 'Glenlara Medical, Fermoy Business Park')).toBe('onsite');
    expect(note('2e gesprek verhaegen – mechelen', 'Mechelen')).toBe('onsite');
    expect(note('2nd rd Harborline', 'Teams')).toBe('video');
    expect(note('2nd rd Harborline', 'TBD')).toBe('video');
    expect(detectInterview(invite('Videointerview: Referent Unternehmenskommunikation (m/w/d)', 'Ihre Bewerbung.', { location: 'Videointerview (Link in der Beschreibung)' }), owner).kind).toBe('video');
    // "Ik bel je vrijdag": the agency calls.
    expect(detectInterview(invite('Intake Terminal Planner – Logistiek Talent', 'Fijn dat je openstaat voor de rol. Ik bel je vrijdag om 12:00.'), owner).kind).toBe('phone');
  });

  it('is onsite at an address Outlook gave a Teams meeting for someone joining remotely', () => {
    const at = (location: string) => detectInterview(invite('Final Interview - Senior Analyst', 'Your final round for the Senior Analyst position.', { location }), owner).kind;
    expect(at('Harborline Mutual, 10 S Riverside Plaza, 18th Floor, Chicago, IL 60606; Microsoft Teams Meeting')).toBe('onsite');
    expect(at('Microsoft Teams Meeting')).toBe('video');
  });
});

describe('detectInterview: a German name its domain spells without umlauts (session 16)', () => {
  it('names "Möller Elektro" as its signature spells it, not as moeller-elektro.de does', () => {
    const d = detectFrom('b.moeller@moeller-elektro.de', 'Bernd Möller', 'Zweitgespräch – SAP-Koordinator Logistik',
      'Moin Herr Morgan,\n\nwie am Telefon besprochen würden wir Sie gern bei uns im Haus kennenlernen.\n\nBeste Grüße\nBernd Möller\nGeschäftsführer | Möller Elektro GmbH');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Möller Elektro');
  });
});

describe('detectInterview: a partner\'s own interview shared with the owner (session 16)', () => {
  it('reads "my phone screen" in a title someone sent from a personal address as theirs', () => {
    const d = detectFrom('jordan.ellis.chi@gmail.com', 'Jordan Ellis', 'FYI: my phone screen w/ Fenwick 3pm', "Can you grab the kids? I'll be in the den. - J");
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    expect(d.reasons[0]).toBe("the title calls it the sender's own ('my phone screen')");
    // The owner's note of minding the children while the partner interviews.
    for (const summary of ['Jordan final interview (Fenwick) - I have kids', 'Jordan final interview (Fenwick) - school pickup']) {
      const note = detectInterview(ownNote(summary, 'J downtown all day for the Fenwick onsite.'), owner);
      expect(note.isInterview, `${summary}: ${note.reasons.join('; ')}`).toBe(false);
    }
    // The owner's own "my" is the owner's.
    expect(detectInterview(ownNote('my phone screen w/ Fenwick 3pm'), owner).isInterview).toBe(true);
  });
});

describe('detectInterview: meeting the team after the offer (session 16)', () => {
  it.each([
    "Hi Casey – no prep needed and this isn't part of any evaluation. Just a chance to meet the folks you'd work with.",
    'Hi Casey – a chance to meet a few of the folks you would be working with before you make your decision.',
    'Just a chance to meet a few of the Payments Core folks before you decide on our offer.',
  ])('%s', (description) => {
    const d = detectFrom('tobias.engel@kestrelhealth.io', 'Tobias Engel', 'Kestrel Health – meet the team (optional)', description);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('still takes a finalist\'s day whose lunch is "not part of the evaluation"', () => {
    const d = detectFrom('lakisha@mdfoodaccess.org', 'Lakisha Dunmore', 'Finalist Visit - Maryland Food Access Network (Casey Morgan)',
      "Casey - here is the agenda for Thursday's finalist visit for the Vice President of Programs role.\n11:00 One-on-one with the CEO\n12:00 Lunch with the program managers (informal, not part of the evaluation)");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a French pharmacist\'s calendar (session 16)', () => {
  it.each([
    ['Entretien blanc en anglais – Claire Vautrin', 'Simulation avec questions de recruteur.'],
    ['Entretien pharmaceutique AOD – Mme Fabre (2e séance)', 'Suivi du traitement anticoagulant.'],
    ['Retour entretien Nordvik – Inès (Kaliance)', 'Retour sur votre entretien pour le poste.'],
    ["Interview journaliste Rhône Hebdo (pénuries amoxicilline) – à l'officine", 'Questions sur les ruptures.'],
  ])('turns away %s', (summary, description) => {
    const d = detectFrom('ines@kaliance-ls.com', 'Inès Morel', summary, description);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it.each([
    ['Tél Dr Chabert – CHU Dauphiné (poste pharmacien URC)', 'Il me rappelle sur le portable.'],
    ["Clinique des Monts d'Or – RDV 16h (DRH + Dr Garnaud)", 'Pour le poste de pharmacien gérant.'],
  ])('takes the owner\'s note %s', (summary, description) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads a hospital\'s committee "composée de :" as the interviewers, a professor\'s "Pr" dropped', () => {
    const d = detectFrom('sylvie.berthet@chu-dauphine.fr', 'BERTHET Sylvie', 'Convocation entretien de recrutement – Pharmacie URC',
      "Madame,\n\nSuite à votre candidature au poste de pharmacien, j'ai l'honneur de vous convoquer à un entretien de recrutement.\n\nLa commission sera composée de :\n- Mme Florence AUBRY, Directrice des Affaires Médicales\n- Pr Martine DUSSART, Cheffe du pôle Pharmacie\n- Dr Vincent CHABERT, Pharmacien\n\nSylvie BERTHET\nSecrétariat");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Florence AUBRY', 'Martine DUSSART', 'Vincent CHABERT']);
  });

  it('takes an agency\'s presentation of a post', () => {
    const d = detectFrom('ines@kaliance-ls.com', 'Inès Morel', 'Présentation poste Drug Safety Specialist – Ardentis Pharma', 'Je vous présente le poste chez notre client.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a Rotterdam planner\'s calendar (session 16)', () => {
  it('takes an employer\'s "follow-up call" about the position as the next round, and leaves the owner\'s follow-up a reminder', () => {
    const d = detectInvite(person('sofia.andreou@kempenbulk.com', 'Sofia Andreou', { organizer: true }), [person('willem.kempen@kempenbulk.com', 'Willem Kempen')], 'Kempen Bulk Shipping – follow-up call',
      'Hi Casey,\n\nWillem has a few remaining questions before we make a decision on the Operations Planner position. He will call your mobile at 17:30.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('Kempen Bulk Shipping – follow-up call', 'ask about the Operations Planner position'), owner).isInterview).toBe(false);
  });

  it('takes a "Follow-up conversation" about a role from the employer\'s people as a round', () => {
    const d = detectFrom('olamide.price@halcyondrift.com', 'Olamide Price', 'Ray / Casey - follow-up conversation',
      'Hello Casey,\n\nOlamide would like a short follow-up conversation about the Senior Environment Artist role and to answer any questions you have.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('names the agency of a "Telefonische screening" without the screening', () => {
    const d = detectFrom('joost@flexpoint-uitzendbureau.nl', 'Joost Bakker', 'Telefonische screening Flexpoint - Voorraadplanner', 'Naar aanleiding van de vacature bellen we je over je ervaring.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Flexpoint');
  });

  it('reads the owner\'s mail withdrawing an application as no interview', () => {
    expect(detectInterview(ownNote('Mail Portline – sollicitatie intrekken'), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: the interviewers of an agency\'s schedule (session 16)', () => {
  const schedule = "Casey – you're confirmed for the onsite at Fernhill Capital! Schedule below (they may shuffle the order):\n\n" +
    '9:00 – 9:30   Elliot Fairbanks, VP Engineering – welcome / recap\n9:30 – 10:30  Mina Sato, Principal Engineer – system design\n' +
    '10:30 – 11:30 Greg Albright, Senior Engineer – coding\n11:30 – 11:45 Danielle Ross, Office Coordinator – badge\n\nGood luck!\nRachel Donovan | Summit Peak Talent';

  it('names the people of each slot when nobody but the agency is invited, not the coordinator', () => {
    const d = detectFrom('rachel.donovan@summitpeaktalent.com', 'Rachel Donovan', 'Fernhill Capital – Onsite Interview (Casey Morgan)', schedule);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Elliot Fairbanks', 'Mina Sato', 'Greg Albright']);
  });

  it('keeps the invited interviewers when they are on the invite', () => {
    const d = detectInvite(person('rachel.donovan@fernhillcapital.com', 'Rachel Donovan', { organizer: true }), [person('mina.sato@fernhillcapital.com', 'Mina Sato'), person('elliot.fairbanks@fernhillcapital.com', 'Elliot Fairbanks')],
      'Fernhill Capital – Onsite Interview (Casey Morgan)', schedule);
    const names = d.interviewers.map((i) => i.name);
    expect(names).toContain('Mina Sato');
    expect(names).not.toContain('Greg Albright');
  });
});

describe('detectInterview: an Austin account executive\'s calendar (session 16)', () => {
  const agent = person('brent@lonestarsalessearch.com', 'Brent Kowalski', { organizer: true });
  const fromAgent = (summary: string, description: string, location = 'Phone') =>
    detectInterview(ev({ summary, description, location, organizer: agent, attendees: [agent, me] }), owner);

  it.each([
    ['Casey Morgan / Brent Kowalski - Sr. AE', "let's connect about the Senior Account Executive search I'm running for Bluebonnet Data. I'll call you at 512-555-0163."],
    ['Lonestar Sales Search - Regional Sales Director (confidential search)', 'Per my InMail, this is for a Regional Sales Director role with a Series C cybersecurity client. I will call you.'],
  ])('takes an agency\'s call about a search or a role: %s', (summary, description) => {
    const d = fromAgent(summary, description);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads "(informal, no scorecard)" on an onsite\'s agenda as no sign the owner interviews', () => {
    const d = detectInvite(person('brent@lonestarsalessearch.com', 'Brent Kowalski', { organizer: true }), [person('carmen@bluebonnetdata.com', 'Carmen Ybarra')],
      'Bluebonnet Data - onsite (Casey Morgan)', "Casey - you're confirmed for the in-person round for the Senior Account Executive role.\n2:30 Meet & greet with two of the AEs (informal, no scorecard)");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('takes a panel\'s "Sales Coaching Exercise" as the interview\'s exercise', () => {
    const d = detectFrom('owen@tessellatehr.com', 'Owen Pruitt', 'Tessellate HR - Panel: Sales Coaching Exercise (Casey Morgan)',
      'Panel interview for the Sales Manager, SMB role. You will run a live coaching session with the rep, played by Danny.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // A coaching session with a coach stays coaching.
    expect(detectFrom('leah@brennercareercoaching.com', 'Leah Brenner', 'Interview coaching – behavioral', 'We will run two practice questions.').isInterview).toBe(false);
  });
});

describe('detectInterview: a London paralegal\'s calendar (session 16)', () => {
  it('takes a law firm\'s "Training Contract Interview" and an exercise debrief from the recruiting team', () => {
    const tc = detectFrom('graduate.recruitment@ferrierlane.co.uk', 'Ferrier Lane Graduate Recruitment', 'Ferrier Lane – Training Contract Interview – Casey Morgan', 'Your partner interview for our 2028 training contract.');
    expect(tc.isInterview, tc.reasons.join('; ')).toBe(true);
    const debrief = detectFrom('talent@ledgerly.io', 'Ledgerly Recruiting', 'Ledgerly | Written exercise debrief – Casey Morgan', 'Scheduled via Greenhouse. We will go through your written exercise.');
    expect(debrief.isInterview, debrief.reasons.join('; ')).toBe(true);
    // A hiring team's own debrief about a candidate stays theirs.
    expect(detectFrom('talent@ledgerly.io', 'Ledgerly Recruiting', 'Ledgerly | Written exercise debrief – Jamie Fox', 'Scheduled via Greenhouse.').isInterview).toBe(false);
    // Interviewer training is still training.
    expect(detectFrom('hr@ledgerly.io', 'Ledgerly HR', 'Interviewer training', 'How to run a structured interview.').isInterview).toBe(false);
  });

  it('turns away a child\'s homework of interviewing a grown-up', () => {
    expect(detectInterview(ownNote("FaceTime Meera – her 'interview a grown-up about their job' homework 😊"), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: a Ghent teacher\'s calendar (session 16)', () => {
  it('takes a trial lesson and a "2de gesprek" in the owner\'s notes, not a run-through of the lesson with a friend', () => {
    expect(detectInterview(ownNote('proefles Sint-Jozef Drongen (5B)'), owner).isInterview).toBe(true);
    expect(detectInterview(ownNote('2de gesprek Sint-Martinus'), owner).isInterview).toBe(true);
    expect(detectInterview(ownNote('Proefles De Horizon doorlopen met Jolien'), owner).isInterview).toBe(false);
  });

  it('reads "entretien téléphonique" as a phone call', () => {
    expect(detectInterview(invite('Les Tilleuls - entretien téléphonique', 'Pour le poste d\'institutrice.'), owner).kind).toBe('phone');
  });

  it('names the body a federal selection office (BOSA) recruits for, not the office or the reference', () => {
    const d = detectFrom('selectie@bosa.fgov.be', 'BOSA Selectie', 'Selectiegesprek AFG27031 - Educatief medewerker (m/v/x) - Fedasil', 'Uitnodiging voor het selectiegesprek voor de functie van educatief medewerker.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Fedasil');
  });
});

describe('detectInterview: the owner\'s note that someone will call about a job (session 16)', () => {
  it.each([
    ['Telefonat Rauch Getriebebau – Hr. Kiefer', 'Bernd Kiefer (Leiter Konstruktion) ruft aufs Handy an.\nStelle: Konstrukteur Getriebe (m/w/d), über StepStone beworben.', 'Rauch Getriebebau', 'Bernd Kiefer'],
    ['tel. Koen - Kleine Prins', 'Koen Maenhout (directeur) belt mij terug ivm vacature leerkracht 1ste leerjaar.', 'Kleine Prins', 'Koen Maenhout'],
  ])('takes %s', (summary, description, company, interviewer) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe(company);
    expect(d.interviewers.map((i) => i.name)).toEqual([interviewer]);
  });

  it('finds the caller a note names first and then says will call, and the other party before their firm', () => {
    const nate = detectInterview(ownNote('Call w/ Nate - Fairmount Fulfillment (ops mgr role)', "Nate Ocampo, recruiter at Fairmount Fulfillment. He's calling my cell. Operations Manager role."), owner);
    expect(nate.interviewers.map((i) => i.name)).toEqual(['Nate Ocampo']);
    expect(nate.company).toBe('Fairmount Fulfillment');
    const ricard = detectInterview(ownNote('tel Julien Ricard (cabinet Aubanel) - préqualif poste transitaire', "il m'appelle sur le portable."), owner);
    expect(ricard.interviewers.map((i) => i.name)).toEqual(['Julien Ricard']);
    expect(sameCompany(ricard.company ?? '', 'Aubanel Conseil')).toBe(true);
    // A job in capitals is no one's name: "tel DRH Belvédère (Annecy)".
    expect(detectInterview(ownNote('tel DRH Belvédère (Annecy) 14h', 'pour le poste de réceptionniste'), owner).interviewers).toEqual([]);
  });

  it('does not take a note of a call about nothing of a job', () => {
    expect(detectInterview(ownNote('Telefonat Stadtwerke – Hr. Kiefer', 'Herr Kiefer ruft wegen der Zählerablesung an.'), owner).isInterview).toBe(false);
  });
});

describe('detectInterviews: a trade word that heads the employer\'s name (session 16)', () => {
  it('names the owner\'s note after the invite that spells "Décolletage Erguël"', () => {
    const hr = person('rh@decolletage-erguel.ch', 'RH Décolletage Erguël', { organizer: true });
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Entretien – Responsable qualité – Décolletage Erguël', description: 'Suite à votre candidature au poste de responsable qualité.', organizer: hr, attendees: [hr, me] }),
      ev({ id: 'b', summary: 'tel Bourquin (Erguël)', description: "Jean-Marc Bourquin, dir. technique - poste resp. qualité. il m'appelle vers 7h45." }),
    ], owner);
    expect(out[1]!.isInterview, out[1]!.reasons.join('; ')).toBe(true);
    expect(out[1]!.company).toBe('Décolletage Erguël');
  });
});

describe('detectInterview: a New York product marketer\'s calendar (session 16)', () => {
  it('reads "what you\'ve been building at Brightwater" as where the owner works, not the employer', () => {
    const d = detectFrom('theo@saltbox.io', 'Theo Marchand', 'Casey / Theo',
      "Thanks for applying! Let's chat about the Head of Growth Marketing role and what you've been building at Brightwater. ~45 min.");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Saltbox');
  });

  it('reads a firm in brackets in the owner\'s note as no interviewer', () => {
    const e = ownNote('Call w/ Lila Brenner (Harbor Lane Ventures) - Parcelly');
    const id = ownerIdentity(owner, e);
    expect(noteTitleNames(e.summary!, id)).toEqual([{ name: 'Lila Brenner' }]);
    expect(noteTitleNames('Call w/ Parcelly (Lila Brenner)', id)).toEqual([{ name: 'Lila Brenner' }]);
  });
});

describe('detectInterview: a Denver teacher\'s calendar (session 16)', () => {
  it.each([
    ['FTC judging interview - Team 21877 RoboHawks', 'Judges interview the team (kids present, coaches observe only).'],
    ['Ridgeline Roar interview w/ Mr. K', 'Kaylee + Jordan from the student paper, robotics state feature.'],
    ['Job Shadow Day - juniors @ Alder & Finch Engineering', "Chaperoning 14 juniors. Students shadow engineers, mock 'informational interviews' w/ staff after lunch."],
  ])('turns away %s', (summary, description) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('takes a round whose note mentions the owner\'s own webinar as a work sample', () => {
    const d = detectInterview(ownNote('2nd rd Skylark 🤞', 'panel w/ CS + product. have the onboarding-webinar sample ready to share'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // A webinar is still a webinar.
    expect(detectInterview(ownNote('Skylark interview skills', 'webinar for job seekers'), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: a Toronto engineer\'s calendar (session 16)', () => {
  const sent = (summary: string, description: string, guests: EventPerson[]) =>
    detectInterview(ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [...guests, me] }), owner);

  it('takes the owner\'s invite to an employer\'s people the title names by the first word of its domain', () => {
    const d = sent('Stonebridge – in person w/ Bryce & Carla', '2nd interview – meet Carla (principal, wastewater). Bring portfolio.',
      [person('bryce@stonebridgewater.ca', 'Bryce Nolan'), person('carla@stonebridgewater.ca', 'Carla Reyes')]);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // A reporter's phone interview with a source the title names in full stays the reporter's.
    const source = sent('Phone interview: Brian Oyler, Hanlon & Reese (steel analyst)', 'Questions on the tariff story.', [person('brian.oyler@hanlonreese.com', 'Brian Oyler')]);
    expect(source.isInterview, source.reasons.join('; ')).toBe(false);
  });

  it('turns away a careers service\'s booking and a call about the verbal offer', () => {
    const coach = detectFrom('sophie@carriereplus.ca', 'Sophie Bélanger', '30 Minute Meeting between Casey Morgan and Sophie Bélanger',
      'Event Name: Free discovery call – career coaching for engineers\n\nPlease share anything that will help prepare for our meeting.: Applying to consultants, getting interviews but want help with panel interviews.\n\nPowered by Calendly.com');
    expect(coach.isInterview, coach.reasons.join('; ')).toBe(false);
    const offer = detectFrom('melanie.ouellet@kestrelinfra.com', 'Mélanie Ouellet', 'Casey / Mélanie – quick call',
      "Hi Casey – I'd like to walk you through our verbal offer for the Intermediate Transportation Engineer role before the written offer goes out.");
    expect(offer.isInterview, offer.reasons.join('; ')).toBe(false);
  });

  it('names "Region of Durham" with its head word', () => {
    const d = detectFrom('careers@durham.ca', 'Region of Durham Careers', 'Region of Durham – Interview – Project Engineer, Water Supply', 'Your interview for the Project Engineer position.');
    expect(d.company).toBe('Region of Durham');
  });
});

describe('detectInterview: a Vienna HR generalist\'s calendar (session 16)', () => {
  it('turns away a mock assessment centre and a local paper\'s interview', () => {
    expect(detectFrom('eva@rainer-coaching.at', 'Eva Rainer', 'Probe-Assessment-Center mit Eva (Rollenspiel + Präsentation)', 'Wir üben Rollenspiel und Präsentation.').isInterview).toBe(false);
    const paper = detectFrom('r.haidinger@liesinger-rundschau.at', 'Robert Haidinger', 'Interview Liesinger Rundschau – Lehrlingsoffensive Aldinger',
      'Wie telefonisch vereinbart komme ich für das Interview zur Lehrlingsoffensive vorbei. Ein Fotograf begleitet mich.');
    expect(paper.isInterview, paper.reasons.join('; ')).toBe(false);
  });

  it('takes a headhunter\'s meeting before presenting the owner to its client, and a call with a Personalberaterin', () => {
    const d = detectInvite(person('nina.strasser@hofbauer-partner.at', 'Nina Strasser', { organizer: true }), [person('gernot.hofbauer@hofbauer-partner.at', 'Gernot Hofbauer')],
      'Persönliches Kennenlernen – Hofbauer & Partner', 'Liebe Frau Morgan,\n\nwir würden Sie gerne persönlich kennenlernen, bevor wir Ihre Unterlagen unserem Klienten für die Position HR Business Partner präsentieren.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const note = detectInterview(ownNote('call w/ Personalberaterin – Claudia Steiner', 'Position HR Business Partner bei einem Industriekunden.'), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a name whose domain drops a word (session 16)', () => {
  it.each([
    ['carme.ribes@clinicamarblau.es', 'Clínica Veterinaria Mar Blau'],
    ['neus@clinicasequiol.es', 'Clínica Veterinària Sequiol'],
    ['owen.pryce@brackenwaterrehab.co.uk', 'Brackenwater Neuro Rehabilitation'],
  ])('names %s as its signature spells it', (email, name) => {
    const d = detectFrom(email, 'Carme Ribes', 'Segunda entrevista – ATV Urgencias', `Segunda entrevista para el puesto de ATV Urgencias.\n\nUn saludo,\nCarme\n${name}`);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe(name);
  });
});

describe('detectInterview: a Guadalajara QA engineer\'s calendar (session 16)', () => {
  it('names no meeting or testing product, and no seniority, as the employer', () => {
    const meet = detectFrom('karla.mena@tornasol.io', 'Karla Mena', 'Entrevista técnica QA', 'Hola Diego, te comparto el enlace de Google Meet para la entrevista técnica. Revisaremos tu ejercicio con Selenium.');
    expect(meet.isInterview, meet.reasons.join('; ')).toBe(true);
    expect(meet.company).toBe('Tornasol');
    const agency = detectFrom('andrea@talentoti.mx', 'Andrea Lomelí', 'TalentoTI - Entrevista telefónica QA Sr (cliente confidencial)', 'Hola Diego, platicamos de la vacante y de tu experiencia.');
    expect(agency.company).toBe('TalentoTI');
  });

  it('takes a call about "- vacante …" with the employer\'s people', () => {
    const d = detectFrom('paola@arkadia.com.mx', 'Paola Ruiz', 'Llamada con Paola (Arkadia) - vacante QA Automation', 'Te marco a tu celular.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a Toulouse quality engineer\'s calendar (session 16)', () => {
  it('turns away a reference call the owner gives for someone', () => {
    const d = detectFrom('drh@sirius-composites.fr', 'DRH Sirius', 'Appel de référence pour Yannick Roux – Sirius Composites', 'Dans le cadre du recrutement de Yannick Roux au poste de technicien qualité.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('names the agency\'s recruiter after the agency in the owner\'s note, not as the employer', () => {
    const e = ownNote('Appel Talentis – Kévin Roussel (poste ingé qualité système, client confidentiel)');
    const id = ownerIdentity(owner, e);
    expect(noteTitleNames(e.summary!, id)).toEqual([{ name: 'Kévin Roussel' }]);
    // "call w/ recruiter – Kempen Bulk" names the employer after the dash.
    expect(noteTitleNames('call w/ recruiter – Kempen Bulk', id)).toEqual([]);
    expect(noteTitleNames('Phone screen - Kestrel Pay (Jules Hartman)', id)).toEqual([{ name: 'Jules Hartman' }]);
  });
});

describe('detectInterview: a San Diego scientist\'s and a Minneapolis dietitian\'s calendars (session 16)', () => {
  it('reads a negative word in the job\'s own field after a comma as part of the job', () => {
    for (const summary of ['Casey Morgan - Hiring Manager Interview - Scientist I, Cell Therapy PD', 'Interview: Casey Morgan - Senior Research Associate, NGS Library Prep']) {
      const d = detectFrom('talent@halcyontx.com', 'Halcyon Talent', summary, 'Your interview with the hiring manager for the role.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    // Prep for an interview is still prep.
    expect(detectInterview(ownNote('Data Scientist interview prep w/ Maya'), owner).isInterview).toBe(false);
  });

  it('takes an onsite\'s research seminar from the recruiting team as the candidate\'s job talk', () => {
    const d = detectFrom('recruiting@palomarbio.com', 'Palomar Recruiting', 'Palomar Onsite (1/4): Research Seminar - Casey Morgan', 'Your onsite interview starts with a 45-minute research seminar.\n\nSent via GoodTime');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads mentoring among an interview\'s topics as a topic', () => {
    const d = detectFrom('sofia.marin@kinwellhealth.com', 'Sofia Marin', 'Kinwell Interview: Values & Leadership (Casey Morgan)',
      'Interview for Senior Registered Dietitian\n\nInterviewer(s):\n- Sofia Marin, VP, Clinical Operations\n\nFocus: leadership, mentoring (precepting!), handling ambiguity');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // A mentoring session is still mentoring.
    expect(detectFrom('sofia.marin@kinwellhealth.com', 'Sofia Marin', 'Interview skills session', 'Our mentoring programme: bring your questions.').isInterview).toBe(false);
  });
});

describe('detectInterview: a careers coach\'s session (session 16)', () => {
  it('reads "Interview coaching" from a coaching firm named for its coach as coaching', () => {
    const d = detectFrom('leah@brennercareercoaching.com', 'Leah Brenner', 'Interview coaching – behavioral (Leah)', 'Session 2 of 4: behavioral stories. Bring your story bank doc.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    // A negative word in an employer's own name is still the name ("Tidewater Coffee").
    const coffee = detectFrom('ana@careers.tidewatercoffee.com', 'Ana Ruiz', 'Tidewater Coffee - Interview (Store Manager)', 'Interview for the Store Manager position.');
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a trial day in the owner\'s note (session 16)', () => {
  it('takes "Probetag Loopline Labs" and turns away a trial day of another applicant', () => {
    expect(detectInterview(ownNote('Probetag Loopline Labs'), owner).isInterview).toBe(true);
    expect(detectInterview(ownNote('Probearbeitstag Loopline Labs'), owner).isInterview).toBe(true);
    expect(detectInterview(ownNote('Probearbeiten Herr Nowak (Bewerber Anlagenführer)'), owner).isInterview).toBe(false);
  });

  it('takes an employer\'s "onsite pairing" days as rounds', () => {
    const d = detectFrom('priscilla@tallgrass.ai', 'Priscilla Nakamura', 'Tallgrass AI - onsite pairing (Boulder)',
      'Two half-days in the office for the Founding Engineer role.\n\nThu: pair with Hamid on a real ticket.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: the employer in the owner\'s note of a call (session 16)', () => {
  it.each([
    ['trucada Empordà Handling ?? 11h - supervisora', 'entrevista per al lloc', 'Empordà Handling'],
    ['bellen Verlinden Accountants ivm vacature', '', 'Verlinden Accountants'],
    ['call Verlinden Accountants about the controller job', '', 'Verlinden Accountants'],
    ['appel Verlinden concernant le poste', '', 'Verlinden'],
    // A first name before "@" that the note completes with a surname and the firm.
    ['call w/ recruiter – Jaxon @ Brightwell', 'Jaxon Pruitt, Brightwell Partners (LinkedIn InMail). Senior Go Engineer role. He calls me.', 'Brightwell'],
    ['call w/ recruiter – Acme @ Boston', 'Acme Robotics is hiring a Senior Go Engineer for the Boston office.', 'Acme'],
    // A telephone for the call, and the employer's recruiter after its name.
    ['📞 Tillman recruiter', 'Sam Keller (TA) calling my cell. Remote-friendly Sr Data Analyst role.', 'Tillman'],
  ])('%s', (summary, description, company) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe(company);
  });
});

describe('detectInterview: an hourly worker\'s calendar (session 9)', () => {
  it('names the employer behind texting assistants and reads a walk-in note', () => {
    for (const [email, name] of [['jobs@fountain.com', 'Fountain'], ['noreply@workstream.us', 'Workstream']] as const) {
      const tool = person(email, name, { organizer: true });
      const d = detectInterview(ev({ summary: 'In-Person Interview - Buckeye Valley Cold Storage', description: 'Your interview for the Warehouse Associate position is confirmed.', organizer: tool, attendees: [me] }), owner);
      expect(d.isInterview, d.reasons.join('; ')).toBe(true);
      expect(d.company, email).toBe('Buckeye Valley Cold Storage');
    }
    const walkIn = detectInterview(ev({ summary: 'pinecrest walk in interviews 9-1 !!', description: 'bring resume + ID. ask for the shift lead.' }), owner);
    expect(walkIn.isInterview, walkIn.reasons.join('; ')).toBe(true);
    expect(walkIn.company).toBe('Pinecrest');
  });

  it('takes a one-way video interview due by a date, and turns away a store meeting, a loss-prevention interview and a childcare enrollment', () => {
    const due = detectInterview(invite('Quarrytech - One-Way Video Interview (due by 10/9)', 'Thanks for your application! Please record your answers before the deadline.'), owner);
    expect(due.isInterview, due.reasons.join('; ')).toBe(true);
    // A deadline for anything else is still a deadline.
    expect(detectInterview(invite('Quarrytech - application due', 'Thanks for your interest in the role.'), owner).isInterview).toBe(false);
    const cases: Array<[string, string]> = [
      ['Store meeting - holiday hiring + Q4 goals', 'Agenda\n1) Q3 recap\n2) Holiday hiring: 9 seasonal spots, interview schedule\n3) Black Friday staffing'],
      ['LP interview re: 10/18 register 3 shortage', 'I need about 20 minutes with you about the register 3 shortage. This is routine.'],
      ["Kids' Harbor before/after care - tour + enrollment interview", 'Family interview + tour for before/after-school care.'],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: an executive search (session 9)', () => {
  it('takes an employer\'s coffee or dinner with the owner about a job, but not one it says is outside the loop', () => {
    const meera = person('meera@copperlinedx.com', 'Meera Joshi', { organizer: true });
    const coffee = detectInterview(
      ev({ summary: 'Casey <> Meera - coffee', description: "Anne mentioned you might be open to a conversation about our CFO role. I'd love to hear about your background.", organizer: meera, attendees: [meera, me] }),
      owner,
    );
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
    expect(coffee.reasons).toContain('an employer invites you to talk about a job over a meal or coffee');
    const assistant = person('colleen@lanternfishhealth.com', 'Colleen Burke', { organizer: true });
    const ceo = person('raj@lanternfishhealth.com', 'Raj Malhotra');
    const dinner = detectInterview(
      ev({ summary: 'Dinner - Raj Malhotra & Casey Morgan', description: "Raj would like to continue the conversation over dinner before the board's final discussion on the CFO search.", organizer: assistant, attendees: [assistant, ceo, me] }),
      owner,
    );
    expect(dinner.isInterview, dinner.reasons.join('; ')).toBe(true);
    const loop = detectInterview(
      ev({ summary: 'Coffee chat - Casey / Meera', description: "Happy to tell you what it's like on the team and about the role. Totally informal and not part of the interview loop.", organizer: meera, attendees: [meera, me] }),
      owner,
    );
    expect(loop.isInterview, loop.reasons.join('; ')).toBe(false);
  });

  it('names the employer a search firm fills the job for, and never the owner\'s own employer', () => {
    const partner = person('alockhart@whitcombepartners.com', 'Anne Lockhart', { organizer: true });
    const brief = detectInterview(
      ev({
        summary: 'Casey Morgan / Anne Lockhart - Lanternfish Health CFO',
        description: "I'd like to go deeper on your background and share more on Lanternfish Health's search for a Chief Financial Officer.\n\nAnne Lockhart | Partner\nWhitcombe Partners",
        organizer: partner, attendees: [partner, me],
      }),
      owner,
    );
    expect(brief.isInterview, brief.reasons.join('; ')).toBe(true);
    expect(brief.company).toBe('Lanternfish Health');
    const nadia = person('nadia.vos@hallorankerr.com', 'Nadia Vos', { organizer: true });
    const booked = detectInterview(ev({ summary: 'Avonmore CFO - Candidate Conversation (30 min) between Nadia Vos and Casey Morgan', description: 'Booked via Calendly. Interview for the CFO role.', organizer: nadia, attendees: [nadia, me] }), owner);
    expect(booked.company).toBe('Avonmore');
    const olivia = person('olivia@paradox.ai', 'Olivia (Hearthstone Markets)', { organizer: true });
    expect(detectInterview(ev({ summary: 'Phone Interview', description: 'Olivia here! Your phone interview for the Store Manager position is booked.', organizer: olivia, attendees: [me] }), owner).company).toBe('Hearthstone Markets');
    // The owner's own employer, known from the calendar's routine meetings, is never the one interviewing them.
    const tara = person('tara.nguyen@quillwork.com', 'Tara Nguyen', { organizer: true });
    const derek = person('derek.ashworth@quillwork.com', 'Derek Ashworth');
    const greg = person('greg.falkner@meridianvale.com', 'Greg Falkner', { organizer: true });
    const weekly = (id: string): CalendarEvent => ev({ id, summary: 'Finance LT weekly', recurringEventId: 'lt', organizer: greg, attendees: [greg, me] });
    const round = ev({ id: 'r1', summary: 'Interview: Casey Morgan / SVP, Finance', description: 'Derek will want to hear about the term loan process at Meridian Vale.\nScheduled via Greenhouse', organizer: tara, attendees: [derek, tara, me] });
    const found = detectInterviews([weekly('w1'), weekly('w2'), round], owner).find((d) => d.eventId === 'r1')!;
    expect(found.isInterview, found.reasons.join('; ')).toBe(true);
    expect(found.company).toBe('Quillwork');
  });
});

describe('detectInterview: a contractor\'s and a designer\'s calendars (session 9)', () => {
  it('reads the owner\'s shorthand for the hiring manager', () => {
    for (const summary of ['call w/ hiring mgr - Summit Oaks Senior Living 2pm', 'Sonoran Semi - call w/ Rakesh (HM)', 'cobalt ridge - HM convo w/ Renée']) {
      const d = detectInterview(ev({ summary, description: 'she calls me. ask about budget + on-call' }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    // A note that opens in lower case is capitalised before its names are read.
    expect(detectInterview(ev({ summary: 'cobalt ridge - HM convo w/ Renée', description: 'ask about the team' }), owner).company).toBe('Cobalt Ridge');
    // A recruiter is no company, however the note is typed.
    expect(detectInterview(ev({ summary: 'call w/ Priya (recruiter)', description: 'Pellham Brands - Process Engineer (Gainesville). Priya Venkataraman calls my cell at 2.' }), owner).company).toBe('Pellham Brands');
    // "hm" on its own is no hiring manager.
    expect(detectInterview(ev({ summary: 'hm... dentist?', description: '' }), owner).isInterview).toBe(false);
  });

  it('takes a coffee the employer calls the second round, and an employer whose name runs into a hard negative', () => {
    const todd = person('todd@blacklandit.com', 'Todd Fenwick', { organizer: true });
    const coffee = detectInterview(
      ev({ summary: 'Coffee - Todd / Ramon / Casey', description: "Enjoyed the call last week. Think of it as the second round, just less formal. Coffee's on me.", organizer: todd, attendees: [todd, me] }),
      owner,
    );
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
    const talent = person('talent@rosewatermedia.org', 'Rosewater Public Media Talent Acquisition', { organizer: true });
    const media = detectInterview(
      ev({ summary: 'Rosewater Public Media Interview: Graphic Designer, Digital & On-Air', description: 'Dear Casey,\n\nThank you for your interest. Position: Graphic Designer, Digital & On-Air', organizer: talent, attendees: [talent, me] }),
      owner,
    );
    expect(media.isInterview, media.reasons.join('; ')).toBe(true);
    // A press interview is still one, and an event named for itself still is what it is.
    expect(detectInterview(invite('Media interview - Quarrytech launch', 'The reporter will ask about the launch.'), owner).isInterview).toBe(false);
  });
});

describe('findInterviewers: the caller a note names before a dash (session 9)', () => {
  it('reads "Rakesh Menon, Yield Engineering Manager - he\'s calling my cell"', () => {
    const d = detectInterview(ev({ summary: 'Sonoran Semi - call w/ Rakesh (HM)', description: "Rakesh Menon, Yield Engineering Manager - he's calling my cell at 9. ~30 min, Yield Data Analyst role." }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Rakesh Menon']);
  });
});

describe('detectInterviews: the owner\'s notes of meeting an employer they interview with (session 9)', () => {
  const recruiter = person('tobias@brightwaterenergy.com', 'Tobias Lindqvist', { organizer: true });
  const screen = ev({ id: 'screen', summary: 'Brightwater Energy Storage - CFO interview', description: 'Interview for the CFO role.', organizer: recruiter, attendees: [recruiter, me] });
  const note = (id: string, summary: string): CalendarEvent => ev({ id, summary, description: '' });

  it('takes a note that meets someone of an employer the calendar interviews with', () => {
    // And onsite in the owner's own language: "elbe aerostructures vor ort 14h".
    for (const summary of ['dinner w/ Tobias Lindqvist (brightwater)', 'BRIGHTWATER ONSITE 9am!! steel toes + ID', 'zoom w/ brightwater ceo (Howard Lin)', 'brightwater vor ort 14h', 'brightwater sur place 10h', 'brightwater op locatie']) {
      const out = detectInterviews([screen, note('n', summary)], owner);
      const d = out.find((x) => x.eventId === 'n')!;
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
      expect(d.reasons).toContain('your note of meeting brightwater, which you interview with in this calendar');
      // The name the interview's invite spells, not the note's shorthand.
      expect(d.company).toBe(out.find((x) => x.eventId === 'screen')!.company);
      expect(d.company).toMatch(/^Brightwater Energy/);
    }
  });

  it('leaves chores, hard negatives and notes about other companies alone', () => {
    for (const summary of ['f/u w/ Tobias @ brightwater', 'send brightwater refs', 'Prep for brightwater onsite', 'Brightwater case deck - final run-through', 'Call w/ Pooja (ex-Brightwater, now Merlion)', 'dinner w/ Sam (Kestrel)']) {
      const out = detectInterviews([screen, note('n', summary)], owner);
      const d = out.find((x) => x.eventId === 'n')!;
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // Without an interview with the employer, the note is only a note.
    expect(detectInterviews([note('n', 'dinner w/ Tobias Lindqvist (brightwater)')], owner)[0]!.isInterview).toBe(false);
  });
});

describe('findInterviewers: whom an owner\'s note meets, and names that are departments (session 9)', () => {
  it('reads full names a note\'s title meets, not first names or jobs', () => {
    expect(detectInterview(ev({ summary: 'Brightwater final round w/ Tobias Lindqvist', description: 'bring ID' }), owner).interviewers.map((i) => i.name)).toEqual(['Tobias Lindqvist']);
    expect(detectInterview(ev({ summary: 'zoom w/ avonmore ceo (Howard Lin) - final round', description: '' }), owner).interviewers.map((i) => i.name)).toEqual(['Howard Lin']);
    expect(detectInterview(ev({ summary: 'kestrel onsite w/ Gary (terminal mgr) - 2nd round', description: '' }), owner).interviewers).toEqual([]);
  });

  it('takes no department or region for a person', () => {
    const hr = person('talent@quarrytech.com', 'Quarrytech Talent', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Quarrytech - Phone Interview', description: 'Interviewers: Lorraine Kelleher, Human Resources; Kathryn Doyle, North America; Harold Beckett, Site General Manager', organizer: hr, attendees: [hr, me] }),
      owner,
    );
    expect(d.interviewers.map((i) => i.name)).toEqual(['Lorraine Kelleher', 'Kathryn Doyle', 'Harold Beckett']);
  });
});

describe('detectInterview: a school leader\'s, an engineer\'s and a seller\'s calendars (session 9)', () => {
  it('turns away a coach\'s office hours, an unemployment claim interview and a trade monthly\'s interview', () => {
    const cases: Array<[string, string]> = [
      ['PMM Office Hours (30 min) between Hannah Ito and Casey Morgan', 'Bring your questions about the role and your positioning.'],
      ['NYS DOL phone interview - UI claim', 'A claims examiner will call about your claim.'],
      ['Interview w/ Gulf Energy Monthly re: flare gas recovery project', 'For our December issue.'],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('takes the owner\'s "ph screen" and "HM zoom", an employer\'s mock pitch round, and a negative word its name repeats', () => {
    expect(detectInterview(ev({ summary: 'quarry ph screen (recruiter) ??', description: '' }), owner).isInterview).toBe(true);
    expect(detectInterview(ev({ summary: 'quarry HM zoom - Bea Halloran', description: '' }), owner).isInterview).toBe(true);
    const omar = person('omar@pulsegrid.io', 'Omar Farouk');
    const sienna = person('sienna@pulsegrid.io', 'Sienna Marsh', { organizer: true });
    const pitch = detectInterview(
      ev({ summary: 'Pulsegrid Mock Pitch Round - Casey Morgan', description: "You're confirmed for the Mock Pitch round for the Founding Account Executive role.", organizer: sienna, attendees: [omar, sienna, me] }),
      owner,
    );
    expect(pitch.isInterview, pitch.reasons.join('; ')).toBe(true);
    const talent = person('talent@horizonprepschools.org', 'Horizon Prep Talent Team', { organizer: true });
    const latoya = person('ljenkins@horizonprepschools.org', 'Latoya Jenkins');
    const prep = detectInterview(
      ev({ summary: 'Horizon Prep Public Schools Interview: Principal - Horizon Prep Riverpoint (K-8)', description: 'Dear Casey,\n\nThank you for your interest. Your interview has been scheduled.', organizer: talent, attendees: [talent, latoya, me] }),
      owner,
    );
    expect(prep.isInterview, prep.reasons.join('; ')).toBe(true);
    expect(prep.company).toBe('Horizon Prep Public Schools');
  });

  it('takes an interview at the owner\'s own employer whose form names the owner as the applicant', () => {
    const hr = person('hr-certificated@quarrytech.com', 'Quarrytech Certificated HR', { organizer: true });
    const work: CalendarOwner = { email: 'casey.morgan@quarrytech.com', name: 'Casey Morgan' };
    const self: EventPerson = { email: work.email, self: true, responseStatus: 'accepted' };
    const pool = detectInterview(ev({ summary: 'Principal Pool (Secondary) Interview - Casey Morgan', description: 'Interview Scheduled\n\nApplicant: Casey Morgan\nPosition: Principal - Secondary\nJob ID: 3155', organizer: hr, attendees: [hr, self] }), work);
    expect(pool.isInterview, pool.reasons.join('; ')).toBe(true);
    const other = detectInterview(ev({ summary: 'Principal Pool (Secondary) Interview - Dana Ruiz', description: 'Interview Scheduled\n\nApplicant: Dana Ruiz\nPosition: Principal - Secondary\nJob ID: 3155', organizer: hr, attendees: [hr, self] }), work);
    expect(other.isInterview, other.reasons.join('; ')).toBe(false);
  });

  it('names a district and its people plainly', () => {
    expect(sameCompany('Harlan Springs USD', 'Harlan Springs Unified School District')).toBe(true);
    expect(sameCompany('Cholla FCU', 'Cholla Federal Credit Union')).toBe(true);
    expect(sameCompany('Harlan Springs USD', 'Harlan Springs Union School District')).toBe(false);
    const hr = person('hr@tulecreekusd.org', 'Tule Creek USD Human Resources', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Screening Interview - Principal, Westfork Middle School', description: 'Interviewer(s): Dr. Colleen Baxter, Assistant Superintendent, Secondary Education; Kim Tran, Valley Oak ES', organizer: hr, attendees: [hr, me] }),
      owner,
    );
    expect(d.company).toBe('Tule Creek USD');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Colleen Baxter', 'Kim Tran']);
  });
});

describe('detectInterview: a student\'s, a nurse\'s, a cleared engineer\'s and a support lead\'s calendars (session 9)', () => {
  it('reads the owner\'s shorthand for rounds', () => {
    for (const summary of ['kestrel works ph int', 'kelpie tech int (codepair)', 'halcyon vector HM intvw - teams', 'lumasync rd 2 - cto + head of sales??', 'phone scrn - brightwater labs (they call me)', 'morrow creek rehab - phone int w/ DON ??']) {
      expect(detectInterview(ev({ summary, description: '' }), owner).isInterview, summary).toBe(true);
    }
    // "rd" is a road when no round number follows.
    expect(detectInterview(ev({ summary: 'Pick up couch - 14 Oak Rd', description: '' }), owner).isInterview).toBe(false);
  });

  it('turns away clearance steps, recruiting mixers, fellowships and the offer call, but not a graduate programme', () => {
    const cases: Array<[string, string]> = [
      ['SF-86 / e-QIP review - Casey Morgan', 'We will walk through your SF-86 before submission.'],
      ['Polygraph - CI scope', 'Report to the polygraph suite; bring ID.'],
      ['Quarrytech Tech Talk + Mixer (Austin office)', 'Meet engineers and recruiters; interviews for new grads start next month.'],
      ['Whitcomb Fellowship - Finalist Interview', 'The selection committee will interview finalists for the fellowship.'],
      ['Casey / Ruth - catch up', 'I have some good news to share and would love to walk you through the details live (comp, equity, start date).'],
    ];
    for (const [summary, description] of cases) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    expect(detectInterview(invite('Final Interview – Quarrytech Graduate Programme 2026', 'Your final interview for the graduate programme.'), owner).isInterview).toBe(true);
    // A student magazine's interview is press.
    expect(detectInterview(invite('Interview w/ The Forty Acres Tech Review', 'For our spring issue.'), owner).isInterview).toBe(false);
  });

  it('takes an opening at the owner\'s own employer from an invite that greets them with a dash', () => {
    const yvonne = person('yvonne@quarrytech.com', 'Yvonne Castellanos', { organizer: true });
    const work: CalendarOwner = { email: 'casey.morgan@quarrytech.com', name: 'Casey Morgan' };
    const self: EventPerson = { email: work.email, self: true, responseStatus: 'accepted' };
    const d = detectInterview(
      ev({ summary: 'Casey / Yvonne', description: "Hi Casey - thanks for putting your name in for the Nurse Manager - 6 East posting. Let's use this time as a first conversation about the role.", organizer: yvonne, attendees: [yvonne, self] }),
      work,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite addresses you as the applicant');
  });
});

describe('detectInterview: a pharmacist\'s, a media marketer\'s, a technician\'s and a hiring manager\'s calendars (session 9)', () => {
  it('takes a coffee the title calls a round, a hands-on skills test, a ride-along working interview and "2nd int"', () => {
    expect(detectInterview(ev({ summary: 'coffee w/ saltbox ai cto - rd 2 (!!)', description: '' }), owner).isInterview).toBe(true);
    expect(detectInterview(ev({ summary: 'papago usd 2nd int - district office', description: '' }), owner).isInterview).toBe(true);
    expect(detectInterview(invite('Redrock Living - Hands-on Skills Assessment (Regional Maintenance Supervisor)', 'Bring your tools; the test takes an hour.'), owner).isInterview).toBe(true);
    expect(detectInterview(invite('Ride-along - Casey M. w/ Steve (Quarrytech)', 'Half a day in the truck with Steve; think of it as a working interview.'), owner).isInterview).toBe(true);
    // A coffee before a round is no round.
    expect(detectInterview(ev({ summary: 'Coffee - prep before final round', description: '' }), owner).isInterview).toBe(false);
  });

  it('turns away the offer\'s good news, the first day\'s welcome, an errand and a committee interviewing applicants', () => {
    for (const [summary, description] of [
      ['Julia / Casey - quick call (good news!)', 'Can you talk Thursday about the role?'],
      ['Welcome aboard - site tour + meet the team', 'See you on your first day.'],
      ['Interview outfit shopping', ''],
      ['Apprentice Applicant Interviews - Selection Committee', 'Score each applicant on the rubric.'],
    ] as const) {
      const d = detectInterview(invite(summary, description), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // The call that brings the decision after the last round, beside that employer's rounds.
    const ruth = person('ruth.ames@quarrytech.com', 'Ruth Ames', { organizer: true });
    const round = ev({ id: 'r', summary: 'Quarrytech - Final Round Interview', description: 'Final round for the MSL role.', organizer: ruth, attendees: [ruth, me] });
    const decision = ev({ id: 'n', summary: 'Ruth Ames / Casey Morgan - next steps', description: "Thanks for your patience while the team wrapped up final rounds. Do you have 15 minutes so I can share the team's decision and some feedback live?", organizer: ruth, attendees: [ruth, me] });
    const next = detectInterviews([round, decision], owner).find((x) => x.eventId === 'n')!;
    expect(next.isInterview, next.reasons.join('; ')).toBe(false);
    // A hard-negative word that names an agency is the agency's name.
    const d = detectInterview(invite('Vireo Studios - Brand Marketing Manager - Interview w/ Casey Morgan (Spotlight Talent)', 'Interview for the role.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('names the employer behind a search firm and a texting assistant', () => {
    const brent = person('brent@rainiersearch.com', 'Brent Kowalczyk', { organizer: true });
    const intro = detectInterview(
      ev({ summary: 'Rainier Search | Intro call - Staff DS opportunity (Tessellate Robotics)', description: "I'm partnered with Tessellate Robotics on their Staff Data Scientist search. This first call is with me, about the role and your background.", organizer: brent, attendees: [brent, me] }),
      owner,
    );
    expect(intro.company).toBe('Tessellate Robotics');
    const olivia = person('olivia@evergreenmart.paradox.ai', 'Evergreen Mart Careers', { organizer: true });
    const phone = detectInterview(ev({ summary: 'Phone Interview with Evergreen Mart', description: 'Hi Casey! This is Olivia, the virtual recruiting assistant for Evergreen Mart.', organizer: olivia, attendees: [me] }), owner);
    expect(phone.company).toBe('Evergreen Mart');
  });
});

describe('detectInterview: a round for a named job (session 10)', () => {
  it('takes an employer\'s meeting the invite calls a round for a job', () => {
    const maker = person('nate@quarrytech.com', 'Nate Oyelaran', { organizer: true });
    const solveig = person('solveig@quarrytech.com', 'Solveig Haugen');
    for (const description of [
      'Final round for Head of Finance & Operations. 20 min walkthrough of your cash model, then we poke holes in it together.',
      'This is the second interview for the Senior Accountant position: bring your questions.',
    ]) {
      const d = detectInterview(ev({ summary: 'Quarrytech – Case: 13-week cash flow', description, organizer: maker, attendees: [maker, solveig, me] }), owner);
      expect(d.isInterview, `${description}: ${d.reasons.join('; ')}`).toBe(true);
      if (description.startsWith('Final')) expect(d.reasons).toContain('the invite calls it a step of the hiring process');
    }
    // A round for something that is no job stays what it is.
    for (const description of ['Final round for the grant applications: we pick three.', 'Second round for the budget: bring the numbers.']) {
      const d = detectInterview(ev({ summary: 'Quarrytech – review', description, organizer: maker, attendees: [maker, solveig, me] }), owner);
      expect(d.isInterview, `${description}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: a title that hides the entry (session 10)', () => {
  const hold = (summary: string, description: string) => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads the description of a "Hold" or "Busy" entry as its title', () => {
    const d = detectInterview(hold('Hold', 'Northmoor Systems – first interview with the hiring manager Rosalind Achebe (Head of Data Platform). Meet link is on my personal calendar.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Northmoor Systems');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Rosalind Achebe']);
    // Brackets in the prose say who someone is: no job.
    expect(d.role).toBeNull();
    const busy = detectInterview(hold('Busy', 'Quayside Health – technical leadership interview with Deepa Menon (Director of Engineering) and Callum Reid (Principal Engineer). Zoom link is in my inbox.'), owner);
    expect(busy.isInterview, busy.reasons.join('; ')).toBe(true);
    expect(busy.company).toBe('Quayside Health');
    expect(busy.interviewers.map((i) => i.name)).toEqual(['Deepa Menon', 'Callum Reid']);
  });
  it('leaves a hidden entry whose description is no interview of the owner', () => {
    for (const [summary, description] of [
      ['Hold', 'Mock interview with my career coach, practice the STAR answers.'],
      ['Busy', 'Dentist, then pick up the kids.'],
      ['Hold for Northmoor', 'Northmoor Systems – read their annual report before applying.'],
    ]) {
      const d = detectInterview(hold(summary!, description!), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('noteTitleNames: everyone a note meets (session 10)', () => {
  it('reads the names joined to the first after "w/"', () => {
    const d = detectInterview(
      ev({ summary: 'Personal appt', description: 'quarrytech round 2 - hiring plan w/ Nikhil Sarraf (eng mgr) + Ximena Duarte (sr recruiter). meet.google.com/efa-kogx-udw', organizer: { email: owner.email, self: true }, attendees: [] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Nikhil Sarraf', 'Ximena Duarte']);
  });
});

describe('detectInterview: a returning parent\'s calendar (session 10)', () => {
  const note = (summary: string) => ev({ summary, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads a negative word inside the job\'s brackets as the job\'s', () => {
    const d = detectInterview(invite('Quarrytech - Phone Screen (Project Coordinator, Client Onboarding)', 'Thanks for applying! Ruth will call you.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // Brackets that name no job keep the negative.
    expect(detectInterview(invite('Quarrytech - Phone Screen (practice)', 'A practice run before the real thing.'), owner).isInterview).toBe(false);
  });
  it('leaves a school\'s interview of the family and a child\'s interview project', () => {
    for (const summary of ['Whitmore Academy - Parent Interview (Owen, Grade 7 applicant)', 'Help Owen w/ Veterans Day interview project (FaceTime Grandpa Jim)']) {
      const d = detectInterview(invite(summary, 'See you then.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('takes the company after a person\'s "@", and drops the round before the interview word', () => {
    expect(detectInterview(note('recruiter call - Jen Oakley @ Brightfield Learning - ops coordinator (pt)??'), owner).company).toBe('Brightfield Learning');
    // Google's "Invitation: … @ Thu 18 Feb" is a date, not a company.
    expect(detectInterview(invite('Invitation: Interview for the post of Data Engineer - Kesari Retail Technologies @ Thu 18 Feb 2027 11am - 11:45am (IST)', 'Interview for the post of Data Engineer.', { organizer: { email: 'casey.morgan@gmail.com', self: true }, attendees: [] }), owner).company).toBe('Kesari Retail Technologies');
    expect(detectInterview(note('arbor lit 2nd interview - meet the team'), owner).company).toBe('Arbor Lit');
  });
});

describe('detectInterview: a pilot\'s calendar (session 10)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('finds the employer behind a "fly…" domain, and not in a place it is "based at"', () => {
    const denise = person('denise.farrow@flyardent.com', 'Denise Farrow', { organizer: true });
    const d = detectInterview(ev({ summary: 'Ardent Global Cargo - Technical Interview - Casey Morgan', description: 'Thanks again for meeting us at PilotPipeline! We would like to invite you to the next step for the First Officer position.', organizer: denise, attendees: [denise, me] }), owner);
    expect(d.company).toMatch(/^Ardent/);
    const brent = person('brent.sayers@aerotalentpartners.com', 'Brent Sayers', { organizer: true });
    const a = detectInterview(ev({ summary: 'AeroTalent Partners - Phone Screen: Challenger 350 First Officer', description: 'The client is a private flight department based at Addison (name shared once we move you forward). I will call you.', organizer: brent, attendees: [brent, me] }), owner);
    expect(a.isInterview, a.reasons.join('; ')).toBe(true);
    expect(a.company).toBe('AeroTalent Partners');
  });
  it('takes the name before a tool\'s in the owner\'s note', () => {
    const d = detectInterview(note('bluecrest hirevue (one-way video interview)', 'FO hirevue - link in the bluecrest email. due fri 11:59p'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Bluecrest');
    // A tool's name that follows a verb is no employer's: the next segment names it.
    expect(detectInterview(note('Record HireVue interview – Bright Futures Academies', 'Record your answers by Friday.'), owner).company).toBe('Bright Futures Academies');
  });
  it('takes a coffee the invite says to treat as an interview, and a call about a named opening', () => {
    const bill = person('bwhitcombe@whitcombeholdings.com', 'Bill Whitcombe');
    const agent = person('brent@aerotalentpartners.com', 'Brent Sayers', { organizer: true });
    const coffee = detectInterview(ev({ summary: 'Coffee w/ Bill Whitcombe (final step)', description: 'Casey - last step. Bill meets every pilot before an offer goes out. It is billed as coffee, but treat it as an interview.', organizer: agent, attendees: [agent, bill, me] }), owner);
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
    const scott = person('scott.brannigan@delacroixfoods.com', 'Scott Brannigan', { organizer: true });
    const chat = detectInterview(ev({ summary: 'Chat w/ Scott (Delacroix)', description: "Quick call about the Corporate Pilot opening in our flight department. I'll ring your cell.", organizer: scott, attendees: [scott, me] }), owner);
    expect(chat.isInterview, chat.reasons.join('; ')).toBe(true);
    // A pilot project is no job.
    const pilot = detectInterview(ev({ summary: 'Chat w/ Scott (Delacroix)', description: 'Quick call about the Q3 pilot program rollout.', organizer: scott, attendees: [scott, me] }), owner);
    expect(pilot.isInterview, pilot.reasons.join('; ')).toBe(false);
  });
  it('leaves the trip to an interview', () => {
    for (const summary of ['jumpseat to SDF for ardent interview tmrw', 'Flight to BOS for Acme interview']) {
      const d = detectInterview(note(summary), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a captain\'s and a first officer\'s names in a list', () => {
    const hr = person('pilotrecruitment@cascadiaair.com', 'Cascadia Airways Pilot Recruitment', { organizer: true });
    const d = detectInterview(ev({ summary: 'Cascadia Airways - Pilot Virtual Interview (First Officer)', description: 'Interviewers:\n  Capt. Dale Hendricks - Pilot Recruitment Captain\n  FO Tanya Redd - Line Pilot\n  Priya Natarajan - Talent Acquisition Partner\n\nFormat: 60 minutes.', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Dale Hendricks', 'Tanya Redd', 'Priya Natarajan']);
  });
});

describe('detectInterview: a Madrid logistics manager\'s calendar (session 10)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('takes an internal call the owner applied to at their own employer', () => {
    const owner2: CalendarOwner = { email: 'casey.morgan@almenara.es', name: 'Casey Morgan' };
    const hr = person('lucia.benitez@almenara.es', 'Lucía Benítez', { organizer: true });
    const boss = person('gonzalo.rey@almenara.es', 'Gonzalo Rey');
    const self: EventPerson = { email: owner2.email, self: true, responseStatus: 'accepted' };
    const d = detectInterview(ev({ summary: 'Proceso interno: Responsable de Operaciones Zona Centro - entrevista', description: 'Hola Casey:\n\nGracias por presentarte a la convocatoria interna de Responsable de Operaciones. Te convocamos a la entrevista con Gonzalo Rey (Director General de Operaciones) y conmigo.', organizer: hr, attendees: [hr, boss, self] }), owner2);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name).sort()).toEqual(['Gonzalo Rey', 'Lucía Benítez']);
  });
  it('leaves a café with a headhunter, a user interview, a rehearsed interview and a talk with a child\'s tutor', () => {
    const agent = person('raul@nortetalent.es', 'Raúl Medina', { organizer: true });
    for (const [summary, description] of [
      ['Café Raúl Medina (Norte Talent) / Casey Morgan', 'Un café para conocernos; ahora no tengo ninguna posición abierta para ti.'],
      ['Entrevista de usuario - Almacena Cloud (estudio remunerado)', 'Gracias por participar en nuestro estudio remunerado.'],
      ['Inglés con Sarah - role play job interview', 'Practice the hiring manager questions.'],
      ['Entrevista con la tutora de Lucas (Sra. Olmedo)', 'Tutoría del primer trimestre.'],
    ]) {
      const d = detectInterview(ev({ summary: summary!, description: description!, organizer: agent, attendees: [agent, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // A sales role-play is a round.
    const rp = detectInterview(invite('Quarrytech - Sales Role-Play (Final Round)', 'Your final round for the Account Executive position.'), owner);
    expect(rp.isInterview, rp.reasons.join('; ')).toBe(true);
  });
  it('reads a note\'s "tel." and its caller, and drops the round after the name', () => {
    const d = detectInterview(note('tel. entrevista Transportes Vallejo', 'me llama Ángel Vallejo (gerente). puesto jefe tráfico?? preguntar flota'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Transportes Vallejo');
    expect(d.kind).toBe('phone');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ángel Vallejo']);
    expect(detectInterview(note('entrevista calidra 2a ronda - fábrica azuqueca'), owner).company).toBe('Calidra');
    // The task's verb and the medium before the interview word: the name follows it.
    expect(detectInterview(note('grabar vídeo-entrevista halvorsen (inglés)', 'one-way: 5 preguntas, hasta el viernes'), owner).company).toBe('Halvorsen');
  });
});

describe('detectInterview: a Flemish consultant\'s calendar (session 10)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads later rounds in Dutch and French, an agency intake, and a civil-service oral round', () => {
    for (const summary of ['trivio 2e gesprek ?? antwerpen', 'Baxterra 2e ronde - site Bornem (hele dag)', '2e entretien méridien - namur']) {
      const d = detectInterview(note(summary), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    expect(detectInterview(note('2e entretien méridien - namur'), owner).company).toBe('Méridien');
    const agent = person('sofie@qubiqo.be', 'Sofie Claes', { organizer: true });
    const intake = detectInterview(ev({ summary: 'Telefonische intake Qubiqo - Cloud Engineer', description: 'Ik bel je om je ervaring te overlopen. Groeten, Sofie (recruiter)', organizer: agent, attendees: [agent, me] }), owner);
    expect(intake.isInterview, intake.reasons.join('; ')).toBe(true);
    // A physio's intake names no job.
    expect(detectInterview(ev({ summary: 'Intakegesprek kinesist', description: 'Breng je voorschrift mee.', organizer: agent, attendees: [agent, me] }), owner).isInterview).toBe(false);
    const bureau = person('selecties@selectiepunt.example', 'Selectiepunt', { organizer: true });
    const oral = detectInterview(ev({ summary: 'Uitnodiging mondelinge proef - Business Analist (A111)', description: 'Beste kandidaat,\n\nWij nodigen u uit voor de mondelinge proef.\n\nDe jury bestaat uit:\n- Katrien Pauwels, afdelingshoofd\n- Dirk Vermeulen, teamleider\n\nBreng uw identiteitskaart mee.', organizer: bureau, attendees: [{ ...me }] }), owner);
    expect(oral.isInterview, oral.reasons.join('; ')).toBe(true);
    expect(oral.interviewers.map((i) => i.name)).toEqual(['Katrien Pauwels', 'Dirk Vermeulen']);
  });
  it('names the caller a note\'s title gives by surname, in full from its text', () => {
    const e = ev({ summary: 'Tel. Brandt Maschinenbau – Hr. Kaufmann ruft an (XING)', organizer: { email: owner.email, self: true }, attendees: [] });
    const id = ownerIdentity(owner, e);
    expect(noteTitleNames(e.summary!, id, 'XING-Nachricht von Oliver Kaufmann (Talent Acquisition): ich rufe Sie an.')).toEqual([{ name: 'Oliver Kaufmann' }]);
    expect(noteTitleNames('pickaway - Dale Hutchins calls me 2pm', id)).toEqual([{ name: 'Dale Hutchins' }]);
    // A company that calls is no person.
    expect(noteTitleNames('Acme calls me re: the role', id, 'Visit Acme Robotics first.')).toEqual([]);
  });
  it('leaves a student\'s thesis interview', () => {
    const student = person('lien@student.hws.example', 'Lien Peeters', { organizer: true });
    const d = detectInterview(ev({ summary: 'Interview bachelorproef - DevOps-cultuur in de financiële sector', description: 'Bedankt om mee te werken aan mijn bachelorproef.', organizer: student, attendees: [student, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });
  it('takes a freelance mission\'s second talk from the client\'s people', () => {
    const dries = person('dries@fintrail.example', 'Dries Van Hove', { organizer: true });
    const jonas = person('jonas@fintrail.example', 'Jonas Maes');
    const d = detectInterview(ev({ summary: 'Fintrail - technische deep dive', description: 'Tweede gesprek voor de freelance opdracht. Jonas stelt je technische vragen.', organizer: dries, attendees: [dries, jonas, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a note of a call "avec" someone (session 10)', () => {
  it('names whom a French, Spanish, German or Dutch note meets, and not as the company', () => {
    const d = detectInterview(
      ev({ summary: 'Visio avec Arnaud Le Berre (Brasserie du Mont-Royal)', description: 'Entretien RH pour le poste de Responsable de marque. Lien Teams dans le courriel.', organizer: { email: owner.email, self: true }, attendees: [] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Brasserie du Mont-Royal');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Arnaud Le Berre']);
  });
});

describe('noteTitleNames: a note in lower case (session 10)', () => {
  it('reads the two words after "w/" as a name, unless they are a job or a group', () => {
    const e = ev({ summary: 'x', organizer: { email: owner.email, self: true }, attendees: [] });
    const id = ownerIdentity(owner, e);
    expect(noteTitleNames('call w/ dan wiebe (prairie harvest co-op) re asst controller job', id)).toEqual([{ name: 'Dan Wiebe' }]);
    expect(noteTitleNames("zoom w/ siobhan o'neill - round 2", id)).toEqual([{ name: "Siobhan O'Neill" }]);
    for (const title of ['call w/ hiring mgr (acme)', 'lunch w/ the team - acme', 'coffee w/ their cfo', 'call w/ recruiter re acme']) expect(noteTitleNames(title, id), title).toEqual([]);
  });
});

describe('detectInterview: a Lyon engineer\'s calendar (session 10)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('leaves a briefing before an interview, its preparation, the job centre and a lift to someone else\'s interview', () => {
    const agent = person('claire@hexatalents.example', 'Claire Roux', { organizer: true });
    for (const [summary, description] of [
      ['Brief avant entretien Sorelia', 'On fait le point avant ton entretien pour le poste.'],
      ['prépa entretien CTO Opaline', ''],
      ['RDV France Travail - entretien de situation', 'Convocation à votre entretien de situation.'],
      ["Déposer Élodie (son entretien d'embauche à Lyon Sud)", 'Pour le poste de pharmacienne.'],
    ]) {
      const d = detectInterview(ev({ summary: summary!, description: description!, organizer: agent, attendees: [agent, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a French "Intervenant(s) :" list and a caller after an emoji', () => {
    const tool = person('helvion@myworkday.com', 'Helvion Talent Acquisition', { organizer: true });
    const d = detectInterview(ev({ summary: 'Helvion - Entretien vidéo - Ingénieur Backend Senior', description: "Entretien planifié\n\nCandidat : Casey Morgan\nIntervenant(s) : Matthias Keller - Engineering Manager\nDurée : 45 minutes", organizer: tool, attendees: [{ ...me }] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Matthias Keller']);
    const p = detectInterview(ev({ summary: 'Maison Cordel - Entretien téléphonique', description: "Votre entretien téléphonique pour le poste de Développeur Backend est confirmé.\n\n📞 Aurore Lemaire (Chargée de recrutement) vous appellera au 06 71 42 58 93", organizer: tool, attendees: [{ ...me }] }), owner);
    expect(p.interviewers.map((i) => i.name)).toEqual(['Aurore Lemaire']);
  });
  it('takes a note of a call with an employer\'s recruiter, or a day\'s immersion, beside its other rounds', () => {
    const hr = person('rh@helvion.example', 'Sabine Roth', { organizer: true });
    const round = ev({ id: 'r1', summary: 'Helvion - Entretien RH', description: 'Entretien pour le poste.', organizer: hr, attendees: [hr, me] });
    const [, call, immersion] = detectInterviews([round, { ...note('call recruteuse Helvion ??'), id: 'n1' }, { ...note('Journée immersion Helvion'), id: 'n2' }], owner);
    expect(call!.isInterview, call!.reasons.join('; ')).toBe(true);
    expect(immersion!.isInterview, immersion!.reasons.join('; ')).toBe(true);
    // An earnings call with the same employer is no round.
    const [, earnings] = detectInterviews([round, { ...note('Helvion Q3 earnings call - listen'), id: 'n3' }], owner);
    expect(earnings!.isInterview).toBe(false);
  });
});

describe('detectInterview: a police candidate\'s calendar (session 10)', () => {
  const tool = person('sonoranheights@governmentjobs.com', 'City of Sonoran Heights', { organizer: true });
  it('leaves the written and physical tests, a polygraph firm\'s examination, intake and reference interviews, and errands before a board', () => {
    const city = person('hr@sonoranheightsaz.example', 'Dana Ruiz', { organizer: true });
    const firm = person('exam@canyonstatepolygraph.example', 'Canyon State Polygraph');
    const cases: Array<[string, string, Partial<CalendarEvent>]> = [
      ['Written Examination - Police Officer Recruit (City of Sonoran Heights)', 'Recruitment: report at 7:30 with photo ID.', { organizer: tool, attendees: [tool, me] }],
      ['Physical Agility Test (PAT) - Police Officer Recruit', 'Recruitment step 2.', { organizer: tool, attendees: [tool, me] }],
      ['Pre-Employment Polygraph Examination - SHPD', 'The examination includes a pre-test interview. Recruiting will be in touch.', { organizer: city, attendees: [city, firm, me] }],
      ['VR&E intake interview - counselor D. Oyelaran', 'Bring your DD-214.', { organizer: city, attendees: [city, me] }],
      ['Reference interview - Carlos Mendez (PVCSO background)', 'About your friend Carlos.', { organizer: city, attendees: [city, me] }],
      ['Haircut (before oral board)', '', { organizer: { email: owner.email, self: true }, attendees: [] }],
    ];
    for (const [summary, description, more] of cases) {
      const d = detectInterview(ev({ summary, description, ...more }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a job title that holds a negative beside the owner\'s name, a city\'s domain without its state, and a police department\'s letters', () => {
    const lever = person('no-reply@hire.lever.co', 'Copperstate Logistics', { organizer: true });
    const d = detectInterview(ev({ summary: 'Onsite: Casey Morgan - Loss Prevention Supervisor (Goodyear DC)', description: 'Thanks for your interest in the role.', organizer: lever, attendees: [lever, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const sgt = person('bkettering@agavewellsaz.example', 'Brian Kettering', { organizer: true });
    const board = detectInterview(ev({ summary: 'AWPD Oral Board - Police Officer Recruit - Castillo', description: 'This invite confirms your oral board for the Police Officer Recruit position.\n\nPanel:\n  Sgt. Brian Kettering\n  Officer Lisa Navarro\n\nAgave Wells Police Department, 230 W Main St, Agave Wells, AZ 85390', organizer: sgt, attendees: [sgt, person('lnavarro@agavewellsaz.example', 'Lisa Navarro'), me] }), owner);
    expect(board.isInterview, board.reasons.join('; ')).toBe(true);
    expect(board.company).not.toMatch(/, AZ$/);
    expect(board.interviewers.map((i) => i.name)).toEqual(['Brian Kettering', 'Lisa Navarro']);
    expect(sameCompany('Agave Wells PD', 'Agave Wells Police Department')).toBe(true);
  });
  it('reads no job title as a person in a list', () => {
    const d = detectInterview(ev({ summary: 'Onsite Interview - Public Safety Officer - Saguaro Health Network', description: 'Interviewers: Luis Carranza, Public Safety Manager; Dee Hollins, Public Safety Supervisor\nDuration: 45 minutes', organizer: tool, attendees: [tool, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Luis Carranza', 'Dee Hollins']);
  });
});

describe('detectInterview: a UK teacher\'s calendar (session 10)', () => {
  it('names a school the possessive is part of, and the employer a UK tool sends for', () => {
    const pa = person('b.hughes@stfinians-bolton.example', 'Bernadette Hughes', { organizer: true });
    const d = detectInterview(ev({ summary: 'Interview - Second in Department (Mathematics)', description: "Thank you for your application. I am pleased to invite you to interview at St Finian's RC High School.", organizer: pa, attendees: [pa, person('d.murphy@stfinians-bolton.example', 'Declan Murphy'), me] }), owner);
    expect(d.company).toBe("St Finian's RC High School");
    const jt = { email: 'noreply@jobtrain.co.uk', displayName: 'Ainsworth Ridge School' };
    const j = detectInterview(ev({ summary: 'Interview confirmation - Second in Department: Mathematics (Ref ARS-0412)', description: 'Thank you for your application. We are pleased to confirm your interview at Ainsworth Ridge School.\n\nThis is an automated message from Jobtrain on behalf of Ainsworth Ridge School.', organizer: jt, creator: jt, attendees: [{ ...me }] }), owner);
    expect(j.isInterview, j.reasons.join('; ')).toBe(true);
    expect(j.company).toBe('Ainsworth Ridge School');
  });
  it('reads "tel int", leaves a welcome and placement chat, and no "(Maternity Cover)" company', () => {
    const note = ev({ summary: 'tel int - crantock park HoM (helen ellison, head) - she\'ll ring mob', organizer: { email: owner.email, self: true }, attendees: [] });
    expect(detectInterview(note, owner).reasons).toContain("title says 'tel int'");
    const trust = person('hr@irwellbridge.example', 'Irwell Bridge HR', { organizer: true });
    const w = detectInterview(ev({ summary: 'Irwell Bridge - Second in Maths pool: welcome + placement chat', description: 'Congratulations on your successful interview; this chat places you in a school.', organizer: trust, attendees: [trust, me] }), owner);
    expect(w.isInterview, w.reasons.join('; ')).toBe(false);
    const cal = { email: 'notifications@calendly.com', displayName: 'Calendly' };
    const c = detectInterview(ev({ summary: 'Head of Maths (Maternity Cover) - Phone Screen between Liam Byrne and Casey Morgan', description: 'Event Name: Head of Maths (Maternity Cover) - Phone Screen', organizer: cal, attendees: [person('liam@millstone-education.example', 'Liam Byrne'), me] }), owner);
    expect(c.company).not.toBe('Maternity Cover');
  });
});

describe('detectInterview: a Dutch nurse\'s calendar (session 10)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('leaves a rejection\'s feedback talk, a student\'s graduation research and a partner\'s interview', () => {
    const hr = person('recruiter@noorderhavenmc.example', 'Sanne de Wit', { organizer: true });
    for (const [summary, description] of [
      ['Feedbackgesprek n.a.v. sollicitatie Afdelingsmanager Cardiologie', 'Zoals beloofd licht de recruiter de keuze toe.'],
      ['Interview afstudeeronderzoek HBO-V - verpleegkundig leiderschap', 'Bedankt dat je wilt meewerken.'],
    ]) {
      const d = detectInterview(ev({ summary: summary!, description: description!, organizer: hr, attendees: [hr, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    expect(detectInterview(note('Ruben sollicitatiegesprek gemeente -> ik haal Fenna (12:15)'), owner).isInterview).toBe(false);
  });
  it('compares a hospital\'s "MC" with its name written out, and a trial shift happens on site', () => {
    expect(sameCompany('Noorderhaven MC', 'Noorderhaven Medisch Centrum')).toBe(true);
    const hr = person('hr@eikendaal.example', 'Monique van Rijn', { organizer: true });
    const d = detectInterview(ev({ summary: 'Proefdienst Teamleider Zorg - Eikendaal', description: 'Je draait een avonddienst mee voor de functie Teamleider Zorg.', organizer: hr, attendees: [hr, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.kind).toBe('onsite');
  });
  it('reads a "Met:" line, and no compound job word as a person', () => {
    const olivia = { email: 'eikendaal@paradox.ai', displayName: 'Olivia | Eikendaal Zorggroep' };
    const d = detectInterview(ev({ summary: 'Telefonisch gesprek: Teamleider Zorg – Eikendaal Zorggroep', description: 'Je gesprek is ingepland!\n\nFunctie: Teamleider Zorg\nMet: Monique van Rijn, Locatiemanager\nWaar: Telefonisch – Monique belt je op', organizer: olivia, attendees: [{ ...me }] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Monique van Rijn']);
    const tool = { email: 'flevoburg@icims.com', displayName: 'Flevoburg Ziekenhuis' };
    const e = detectInterview(ev({ summary: 'Flevoburg Ziekenhuis - Videogesprek Teamleider Longziekten', description: 'Bedankt voor je interesse.\n\nFunctie: Teamleider Longziekten\nInterviewer: Edwin Schipper, Zorgmanager Longziekten\nType gesprek: video', organizer: tool, attendees: [{ ...me }] }), owner);
    expect(e.interviewers.map((i) => i.name)).toEqual(['Edwin Schipper']);
  });
});

describe('detectInterview: session 10\'s third round (an artist, a staff engineer, a physiotherapist, a Buenos Aires analyst)', () => {
  const hr = person('talent@quarrytech.example', 'Renata Alves', { organizer: true });
  const inv = (summary: string, description: string) => ev({ summary, description, organizer: hr, attendees: [hr, me] });
  it('takes a portfolio review the invite calls the next step, an agency\'s "Intro:", a practical assessment and a case presentation', () => {
    for (const [summary, description] of [
      ['Quarrytech - Portfolio Review (Environment Artist, Features)', 'Thanks for your time on the phone! As discussed, the next step is a portfolio review with our leads. Renata, Talent Acquisition Partner'],
      ['Quarrytech - practical assessment (Casey M.)', 'A hands-on hour with two of our physios, for the senior role.'],
      ['Quarrytech - Presentación de caso (Analista Sr. de Marketing)', 'Presentás el caso al equipo de marketing.'],
    ]) {
      const d = detectInterview(inv(summary!, description!), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
  });
  it('leaves a grandmother\'s interview, pre-boarding, a scoping call, a quick update, pre-employment checks, an admission interview, applicants\' interviews and the outcome call', () => {
    for (const [summary, description] of [
      ['Interview Nana for the recipe book', ''],
      ['Quarrytech pre-boarding call - Casey Morgan', 'Welcome aboard! Hardware and first-week schedule.'],
      ['Quarrytech <> Casey - scoping call (consulting)', 'Scope for the data-platform engagement.'],
      ['Quarrytech - quick update (Renata / Casey)', 'A quick update on where the role stands.'],
      ['Pre-employment ID check - 402-AHP-7315-C', 'Bring your passport.'],
      ['Entrevista de admisión - Lic. Roldán (psicóloga)', ''],
      ['Entrevistas postulantes a ayudantes - Marketing Digital', ''],
      ['Call - Casey Morgan / Renata Alves', "I'll give you a ring at 4 to chat through the outcome of your interview last Wednesday."],
      ['Informal chat - Band 6 Respiratory post', "Happy to have an informal chat about the role before you apply. It isn't part of shortlisting or the interview process."],
    ]) {
      const d = detectInterview(inv(summary!, description!), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('names no job board, NHS tool or round number as the company', () => {
    const board = { email: 'notificaciones@computrabajo.com.ar', displayName: 'Computrabajo' };
    const d = detectInterview(ev({ summary: 'Entrevista telefónica - Analista de Marketing Trade - Distribuidora Lanús Norte S.A.', description: 'Fuiste seleccionada para una entrevista.', organizer: board, creator: board, attendees: [{ ...me }] }), owner);
    expect(d.company).toMatch(/^Distribuidora Lanús Norte/);
    expect(detectInterview(ev({ summary: '2da entrevista calchaquí - presencial', organizer: { email: owner.email, self: true }, attendees: [] }), owner).company).toBe('Calchaquí');
  });
});

describe('detectInterview: a store manager\'s calendar (session 10)', () => {
  it('reads "in training" after a job noun as the job\'s, a store visit as no part of the name', () => {
    const lever = person('no-reply@hire.lever.co', 'Cumberland Farm & Ranch', { organizer: true });
    const d = detectInterview(ev({ summary: 'Phone Screen - District Manager in Training - Cumberland Farm & Ranch', description: 'Thanks for applying to the District Manager in Training role.', organizer: lever, attendees: [lever, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // Training that is no job's stays a negative.
    expect(detectInterview(ev({ summary: 'Interview training - new managers', description: 'How to run a structured interview.', organizer: lever, attendees: [lever, me] }), owner).isInterview).toBe(false);
    expect(detectInterview(ev({ summary: 'cumberland store visit/interview - americus', organizer: { email: owner.email, self: true }, attendees: [] }), owner).company).toBe('Cumberland');
  });
  it('leaves seasonal interviews the owner runs and a child\'s magnet-program interview', () => {
    const school = person('magnet@columbusschools.example', 'Magnet Office', { organizer: true });
    for (const summary of ['seasonal group interviews (hiring event #2)', 'Magnet Program Interview - Jalen Morgan']) {
      const d = detectInterview(ev({ summary, organizer: school, attendees: [school, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: session 10\'s fourth round (Hamburg, Hyderabad, Melbourne)', () => {
  const hr = person('hr@quarrytech.example', 'Anke Vogt', { organizer: true });
  const inv = (summary: string, description = '') => ev({ summary, description, organizer: hr, attendees: [hr, me] });
  const note = (summary: string) => ev({ summary, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads a German second talk, a trial day, a walk-in drive and a panel "int"', () => {
    expect(detectInterview(inv('Quarrytech AG – 2. Gespräch vor Ort (Teamleiter SAP Logistik)', 'Wir freuen uns auf das Gespräch.'), owner).isInterview).toBe(true);
    expect(detectInterview(inv('walk-in drive - quarrytech (java backend)', 'Bring your resume and a photo ID.'), owner).isInterview).toBe(true);
    expect(detectInterview(note('OVTO panel int - L3 570 Bourke St'), owner).reasons).toContain("title says 'panel int'");
    const [, trial] = detectInterviews([{ ...inv('Quarrytech - Vorstellungsgespräch', 'Für die Stelle.'), id: 'r1' }, { ...note('Schnuppertag Quarrytech (urlaubstag eingereicht!)'), id: 'n1' }], owner);
    expect(trial!.isInterview, trial!.reasons.join('; ')).toBe(true);
    expect(trial!.kind).toBe('onsite');
  });
  it('leaves an online work sample, a citizenship interview, a school project, an offer talk and a referral call', () => {
    for (const summary of ['ATSC - online work sample (EL1 Regulatory Policy)', 'Dan - citizenship interview + test', "Record Nanna's interview for Ava's history project", 'Vertragsangebot besprechen – Casey / Quarrytech']) {
      const d = detectInterview(inv(summary, 'For the position.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const [, referral] = detectInterviews([{ ...inv('Quarrytech - Interview', 'For the role.'), id: 'r1' }, { ...note('Call w/ Sandeep re: Quarrytech referral'), id: 'n1' }], owner);
    expect(referral!.isInterview, referral!.reasons.join('; ')).toBe(false);
  });
  it('names no interviewing service and no "ph" as the company', () => {
    const tool = { email: 'schedule@intervue.io', displayName: 'Intervue' };
    const d = detectInterview(ev({ summary: 'Interview for Senior Backend Engineer at Hivebase | Intervue', description: 'Your interview with Hivebase, conducted by Intervue.', organizer: tool, attendees: [{ ...me }] }), owner);
    expect(d.company).toBe('Hivebase');
    expect(detectInterview(note('ph interview OVTO ??'), owner).company).toBe('OVTO');
  });
});

describe('detectInterview: a coffee the employer calls the next step (session 10)', () => {
  it('outweighs the coffee when the employer\'s invite says it is the next step for the role', () => {
    const marcus = person('marcus@kestrelforge.example', 'Marcus Lindahl', { organizer: true });
    const d = detectInterview(
      ev({ summary: 'Coffee w/ Marcus (Kestrel Forge)', description: "Hey Casey - as Dara mentioned, next step for the Senior Environment Artist role is meeting in person. Coffee's on us.", organizer: marcus, attendees: [marcus, person('dara@kestrelforge.example', 'Dara Okonkwo'), me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite calls it a step of the hiring process');
  });
});

describe('detectInterview: a compound training or coaching (session 10)', () => {
  it('reads "Interviewtraining" and "Sollicitatiecoaching" as the training they are', () => {
    const coach = person('claudia@reimers-karrierecoaching.example', 'Claudia Reimers', { organizer: true });
    for (const summary of ['Interviewtraining (60 Min) zwischen Claudia Reimers und Casey Morgan', 'Sollicitatiecoaching - Casey Morgan']) {
      const d = detectInterview(ev({ summary, description: 'Wir üben Ihre nächsten Gespräche für die Stelle.', organizer: coach, attendees: [coach, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: "rnd" for round (session 10)', () => {
  it('reads "2e rnd" and "2nd rnd" as later rounds', () => {
    for (const summary of ['haventa 2e rnd - rdam (CEO + CTO)', 'tidewater 2nd rnd - zoom']) {
      const d = detectInterview(ev({ summary, organizer: { email: owner.email, self: true }, attendees: [] }), owner);
      expect(d.reasons.some((r) => r.startsWith("title says '2")), `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
  });
});

describe('detectInterview: a Brussels HR generalist\'s calendar (session 10)', () => {
  it('reads a selection\'s "épreuve orale" as a round, and French job nouns', () => {
    const bureau = person('selection@federal.example', 'Bureau de sélection', { organizer: true });
    const d = detectInterview(ev({ summary: 'Convocation : épreuve orale – AFG26112 Attaché RH (m/f/x)', description: 'Vous êtes invitée à l\'épreuve orale devant le jury.', organizer: bureau, attendees: [{ ...me }] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const hr = person('rh@quarrytech.example', 'Anne Dubois', { organizer: true });
    expect(detectInterview(ev({ summary: 'Entretien – Casey Morgan – Gestionnaire RH & Payroll', description: 'Pour le poste.', organizer: hr, attendees: [hr, me] }), owner).company).not.toBe('Gestionnaire');
  });
  it('leaves a brother\'s interview she drives him to, the job centre\'s follow-up and a walk-in desk she staffs', () => {
    const tool = person('noreply@teamtailor.com', 'Norelia', { organizer: true });
    for (const summary of ['Julien – entretien chez DeliMarket (je le dépose)', 'Actiris – entretien de suivi Julien (visio)', 'Permanence recrutement – entretiens ouvriers (sans RDV)']) {
      const d = detectInterview(ev({ summary, description: 'Recrutement.', organizer: tool, attendees: [tool, me] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: a sous chef\'s and a Mexico City accountant\'s calendars (session 10)', () => {
  it('reads a kitchen\'s tasting, a sit-down and an in-person meeting as weak cues, and kitchen jobs', () => {
    const gm = person('hannah@ravenswoodcatering.example', 'Hannah Reyes', { organizer: true });
    const sit = detectInterview(ev({ summary: 'Ravenswood - sit down w/ Hannah & Joel', description: 'Final conversation about the Executive Chef role.', organizer: gm, attendees: [gm, me] }), owner);
    expect(sit.isInterview, sit.reasons.join('; ')).toBe(true);
    // An agency arranges the owner's in-person meeting with the employer's chef.
    const agent = person('lena@misetalent.example', 'Lena Park', { organizer: true });
    const chef = person('dario@corvochicago.example', 'Dario Conti');
    const inPerson = detectInterview(ev({ summary: 'Corvo - In-person w/ Chef Dario Conti (Mise Talent Partners)', description: 'Dario would like to meet you about the Chef de Cuisine role.', organizer: agent, attendees: [agent, chef, me] }), owner);
    expect(inPerson.isInterview, inPerson.reasons.join('; ')).toBe(true);
    const agency = person('recruit@misetalent.example', 'Mise Talent Partners', { organizer: true });
    expect(detectInterview(ev({ summary: 'Mise Talent Partners - Phone Screen: Chef de Cuisine (Confidential)', description: 'About the role.', organizer: agency, attendees: [agency, me] }), owner).company).not.toBe('Chef de Cuisine');
  });
  it('leaves a salary proposal, and reads "c/" as "with" in a note', () => {
    const hr = person('itzel@beltranocampo.example', 'Itzel Ruiz', { organizer: true });
    expect(detectInterview(ev({ summary: 'Casey / Itzel - propuesta económica BOA', description: 'Revisamos la propuesta para la vacante.', organizer: hr, attendees: [hr, me] }), owner).isInterview).toBe(false);
    expect(detectInterview(ev({ summary: 'entrevista c/ Beltrán Ocampo - Gerardo Ocampo', organizer: { email: owner.email, self: true }, attendees: [] }), owner).company).toBe('Beltrán Ocampo');
  });
});

describe('detectInterview: a Valencia engineer\'s and a Nairobi M&E specialist\'s calendars (session 11)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads a call about a job found on a job board, and "intv" for the job it names', () => {
    for (const summary of ['llamada constructora mare nostrum (infojobs) 13h??', 'tel intv Bridgeway Kenya - M&E Manager', 'phone intv - Sauti Women\'s Trust (M&E Manager)']) {
      const d = detectInterview(note(summary), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    expect(detectInterview(note('tel intv Bridgeway Kenya - M&E Manager'), owner).company).toBe('Bridgeway Kenya');
    expect(detectInterview(note('phone intv - Sauti Women\'s Trust (M&E Manager)'), owner).company).toBe('Sauti Women\'s Trust');
    // A reporter's interview goes on the record; a board in a note of the owner's own job search is no call.
    expect(detectInterview(note('phone intvw - darlene vukovich (USW local 2265)', 'off the record unless she agrees'), owner).isInterview).toBe(false);
    expect(detectInterview(note('Revisar ofertas InfoJobs / LinkedIn'), owner).isInterview).toBe(false);
  });
  it('leaves a thesis\'s interviews, driving someone to theirs, and a written assessment', () => {
    for (const summary of ['Entrevistas técnicos Ayto. Catarroja (datos TFM)', 'Llevar a Carla a su entrevista', 'Drive Sam to his interview at Acme']) {
      const d = detectInterview(note(summary, 'Entrevista a las 9.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const unit = person('recruitment@quarrytech.example', 'Recruitment Unit', { organizer: true });
    const test = detectInterview(ev({ summary: 'Quarrytech Written Assessment - M&E Specialist', description: 'With reference to your application, you are short-listed for a written assessment. Successful candidates will be invited to an interview.', organizer: unit, attendees: [me] }), owner);
    expect(test.isInterview, test.reasons.join('; ')).toBe(false);
  });
  it('never takes an agency recruiter named in the owner\'s own call for another candidate', () => {
    const agent = person('collins.mutai@devrecruitafrica.example', 'Collins Mutai');
    const d = detectInterview(ev({ summary: 'Call: Collins Mutai (DevRecruit Africa) - MEAL Lead', description: 'Screening call.', attendees: [agent, { ...me, organizer: true }] }), owner);
    expect(d.reasons.join('; ')).not.toContain('another candidate');
  });
  it('reads "2a" before the interview word as the round, not the name', () => {
    expect(detectInterview(note('geosondeos 2a entrevista - laboratorio paterna'), owner).company).toBe('Geosondeos');
  });
});

describe('detectInterview: a Zurich compliance analyst\'s and a Rotterdam planner\'s calendars (session 11)', () => {
  it('names a bank, a clinic or a foundation with the word that heads its name', () => {
    const hr = person('isabelle.vuilleumier@carrard.example', 'Isabelle Vuilleumier', { organizer: true });
    const d = detectInterview(ev({ summary: 'Banque Carrard & Cie – 2e entretien (Casey Morgan)', description: 'Je vous confirme votre second entretien pour le poste.', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.company).toMatch(/^Banque Carrard/);
  });
  it('drops a scheduling assistant\'s name before a dash, a workload and a phone\'s abbreviation', () => {
    const olivia = { email: 'olivia@paradox.ai', displayName: 'Olivia – Talvera Recruiting', organizer: true };
    expect(detectInterview(ev({ summary: 'Telefoninterview mit Simone Lüthi', description: 'Dein Telefoninterview für die Stelle ist bestätigt.', organizer: olivia, attendees: [me] }), owner).company).toBe('Talvera');
    const hr = person('sandra.kaelin@gmail.com', 'Sandra Kälin', { organizer: true });
    expect(detectInterview(ev({ summary: 'Telefoninterview – Senior Compliance Officer AML (80–100%) – Casey Morgan', description: 'Vielen Dank für Ihre Bewerbung.', organizer: hr, attendees: [hr, me] }), owner).company).not.toBe('80–100%');
    const note = ev({ summary: 'entretien tél. lémanis assurances (RH)', organizer: { email: owner.email, self: true }, attendees: [] });
    expect(detectInterview(note, owner).company).toBe('Lémanis Assurances');
  });
  it('leaves a partner\'s interview she shares, a closing vacancy, a paid UX interview and a trade magazine\'s', () => {
    const sanne = person('sanne.dewit84@gmail.com', 'Sanne de Wit', { organizer: true });
    const shared = detectInterview(ev({ summary: 'Sanne - 2e gesprek Zorggroep Lommerrijk', description: 'Kun jij Mila om 15u ophalen?', organizer: sanne, attendees: [sanne, me] }), owner);
    expect(shared.isInterview, shared.reasons.join('; ')).toBe(false);
    const self = { email: owner.email, self: true };
    for (const summary of ['Vacature Hendriks Agri-Food sluit vandaag', 'Bewerbungsfrist: Bank Vallora – Senior Compliance Officer AML', 'UX-Interview Banklet App (bezahlte Studie)']) {
      const d = detectInterview(ev({ summary, description: 'Vacature: Senior Supply Planner. Bewerbung.', organizer: self, attendees: [] }), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const editor = person('bart@plannerenketen.example', 'Bart van Os', { organizer: true });
    const press = detectInterview(ev({ summary: 'Interview Planner & Keten - S&OP', description: 'Dank dat je wilt meewerken aan ons themanummer. Ik bel je woensdag.', organizer: editor, attendees: [editor, me] }), owner);
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
  });
  it('reads a Dutch "Telefonisch:" about a vacancy as a call', () => {
    const agent = person('m.kuipers@vandijkbrouwer.example', 'Marloes Kuipers', { organizer: true });
    const d = detectInterview(ev({ summary: 'Telefonisch: vacature Supply Chain Planner Groenvelde Versgroep', description: 'Ik bel je tussen de middag.', organizer: agent, attendees: [agent, me] }), owner);
    expect(d.reasons.some((r) => r.includes("'telefonisch'")), d.reasons.join('; ')).toBe(true);
  });
});

describe('findInterviewers: Spanish, French and German lists of assessors (session 11)', () => {
  it('reads "Entrevistador(es):", "Evaluadores:" and "Interviewer/in:" lists', () => {
    const tool = { email: 'grupovertice@myworkday.com', displayName: 'Grupo Vértice - Talent Acquisition', organizer: true };
    const a = detectInterview(ev({ summary: 'Entrevista telefónica - Técnico/a de Estudios', description: 'Entrevista programada\nEntrevistador(es): Sergio Peñalver - Jefe de Estudios Levante\nDuración: 30 minutos', organizer: tool, attendees: [me] }), owner);
    expect(a.interviewers.map((i) => i.name)).toEqual(['Sergio Peñalver']);
    const hr = person('paula.gimeno@modeliabim.example', 'Paula Gimeno', { organizer: true, optional: true });
    const b = detectInterview(ev({ summary: 'Prueba técnica - BIM Engineer', description: 'Te esperamos en la prueba técnica.\nEvaluadores: Héctor Miralles (BIM Manager) y Sonia Climent (Coordinadora BIM)', organizer: hr, attendees: [hr, person('hector.miralles@modeliabim.example', 'Héctor Miralles'), person('sonia.climent@modeliabim.example', 'Sonia Climent'), me] }), owner);
    expect(b.interviewers.map((i) => i.name)).toEqual(['Héctor Miralles', 'Sonia Climent']);
    const wd = { email: 'auvera@myworkday.com', displayName: 'Auvera Kliniken Talent Acquisition', organizer: true };
    const c = detectInterview(ev({ summary: 'Telefoninterview – Pflegefachkraft (m/w/d)', description: 'Interview geplant\nInterviewart: Telefoninterview\nInterviewer/in: Kerstin Wolf – Recruiterin\nDauer: 30 Minuten', organizer: wd, attendees: [me] }), owner);
    expect(c.interviewers.map((i) => i.name)).toEqual(['Kerstin Wolf']);
  });
});

describe('detectInterview: a Vienna test engineer\'s calendar (session 11)', () => {
  const hr = person('renate.huber@bavit.example', 'Renate Huber', { organizer: true });
  const at = (summary: string, description: string) => detectInterview(ev({ summary, description, organizer: hr, attendees: [hr, person('helmut.strasser@bavit.example', 'Helmut Strasser'), me] }), owner);
  it('reads an Austrian "Hearing", a German final talk and "2. Runde" as rounds', () => {
    for (const [summary, description] of [
      ['Hearing – Referent*in für Softwaretest (GZ 0412-2026)', 'Im Rahmen des Auswahlverfahrens laden wir Sie zum Hearing vor der Kommission ein. Reisekosten werden nicht ersetzt.'],
      ['Abschlussgespräch – Testmanager (m/w/d)', 'Wir möchten Sie gerne zu einem abschließenden Gespräch mit unserem Vorstand einladen.'],
    ]) {
      const d = at(summary!, description!);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    const note = detectInterview(ev({ summary: 'vindobona 2. runde', organizer: { email: owner.email, self: true }, attendees: [] }), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    // A civic hearing names no job.
    expect(at('Öffentliches Hearing: Neugestaltung Yppenplatz', 'Bürgerbeteiligung, alle sind eingeladen.').isInterview).toBe(false);
  });
  it('leaves the owner\'s note of an interview he scores, and never takes "Ihnen" for the company', () => {
    const scoring = detectInterview(ev({ summary: 'interview werkstudentin qa – besprechungsraum 2', description: 'ich mach den praktischen teil. bewertungsbogen personio ausfüllen!', organizer: { email: owner.email, self: true }, attendees: [] }), owner);
    expect(scoring.isInterview, scoring.reasons.join('; ')).toBe(false);
    const d = at('Fachgespräch Testautomatisierung – Casey Morgan', 'Frau Eva Hinterleitner und ich möchten mit Ihnen eine kleine Aufgabe durchgehen.');
    expect(d.company).not.toBe('Ihnen');
  });
  it('reads an Austrian "Mag.a" before a name', () => {
    const tool = { email: 'karriere@alpenkredit.example', displayName: 'Alpenkredit Bank AG – Recruiting', organizer: true };
    const d = detectInterview(ev({ summary: 'Telefoninterview – Test Automation Engineer (m/w/d)', description: 'Vielen Dank für Ihre Bewerbung.\n\nGesprächspartnerin: Mag.a Sandra Pichler, HR Business Partnerin\nDauer: ca. 30 Minuten', organizer: tool, attendees: [person('sandra.pichler@alpenkredit.example', 'Sandra Pichler'), me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Sandra Pichler']);
  });
});

describe('detectInterview: a Paris lawyer\'s, a Toronto engineer\'s and a Munich nurse\'s calendars (session 11)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  const from = (email: string, name: string, summary: string, description: string) => {
    const p = person(email, name, { organizer: true });
    return detectInterview(ev({ summary, description, organizer: p, attendees: [p, me] }), owner);
  };
  it('leaves career advice, a mock interview, chores, upkeep, a recruiting evening and a licence review', () => {
    expect(from('sylvie.renaud@apec.example', 'Sylvie Renaud', 'Rendez-vous conseil Apec - Casey Morgan', 'Je vous confirme notre entretien conseil dans le cadre de votre accompagnement.').isInterview).toBe(false);
    for (const summary of ['Simu entretien associé 🎯', 'Pivolta - envoyer restitution étude de cas avant 18h', 'Entretien vélo - révision', 'PEO ERC interview (experience review)', 'Probe-Vorstellungsgespräch (60 Min) mit Nicole Straub', 'Probe-Interview Englisch mit Sven']) {
      const d = detectInterview(note(summary, 'Pour le poste. Für die Stelle.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const evening = from('recrutement@castaing-avocats.example', 'Castaing & Associés - Recrutement', 'Soirée rencontre Castaing & Associés - recrutement collaborateurs', 'Postes ouverts. Votre inscription est confirmée.');
    expect(evening.isInterview, evening.reasons.join('; ')).toBe(false);
    const agency = from('sabine.coste@astree-recrutement.example', 'Sabine Coste', 'Rencontre Astrée Recrutement - Casey Morgan', 'Il ne s\'agit pas d\'un entretien pour un poste précis.');
    expect(agency.reasons.some((r) => r.includes('not a hiring conversation')), agency.reasons.join('; ')).toBe(true);
  });
  it('leaves the steps after an offer in German: the contract\'s signing and the medical', () => {
    // Beside the employer's interview, a meeting that names the owner would be its next round.
    const hr = person('andrea.lutz@klinikum-harthof.example', 'Andrea Lutz', { organizer: true });
    const at = (id: string, summary: string, description: string) => ev({ id, summary, description, organizer: hr, attendees: [hr, me] });
    const body = 'Wir freuen uns sehr, dass Sie sich für das Klinikum Harthof entschieden haben!\n\nAndrea Lutz\nPersonalabteilung – Team Pflege';
    const out = detectInterviews([
      at('a', 'Vorstellungsgespräch – Pflegefachkraft (m/w/d) ITS', 'Vielen Dank für Ihre Bewerbung.'),
      at('b', 'Vertragsunterzeichnung – Fr. Morgan (ITS 2, Eintritt 01.03.2027)', body),
      at('c', 'Einstellungsuntersuchung – Frau Casey Morgan', body),
    ], owner);
    expect(out.map((d) => d.isInterview), out.map((d) => d.reasons.join('; ')).join('\n')).toEqual([true, false, false]);
  });
  it('reads a callback and an agency\'s client interview as weak cues, and the callback as a phone call', () => {
    const back = from('s.lorenz@medistaff.example', 'Stefan Lorenz', 'Medistaff – Rückruf Hr. Lorenz (Niederlassungsleitung)', 'Wie besprochen rufe ich Sie wegen der Stelle zurück.');
    expect(back.reasons.some((r) => r.includes("'ruckruf'")), back.reasons.join('; ')).toBe(true);
    expect(detectInterview(note('Rückruf Gülay Demirci (Neckar-Personal)', 'Telefoninterview wegen der Stelle.'), owner).interviewers.map((i) => i.name)).toEqual(['Gülay Demirci']);
    const client = from('b.sailer@alpenpflege.example', 'Benedikt Sailer', 'Alpenpflege | Kundeninterview OP-Zentrum – Pflegefachkraft Aufwachraum', 'Position: Pflegefachkraft (m/w/d).');
    expect(client.reasons.some((r) => r.includes("'kundeninterview'")), client.reasons.join('; ')).toBe(true);
  });
  it('names the company with its trade word, without a time, an emoji, a possessive or a job', () => {
    expect(from('hr@castelmont.example', 'Assurances Castelmont - RH', 'Entretien téléphonique - Assurances Castelmont', 'Pour le poste de juriste.').company).toBe('Assurances Castelmont');
    expect(from('julie.maes@orvelle.example', 'Julie Maes', 'Entretien téléphonique – Supermarchés Orvelle', 'Votre entretien pour le poste de gérant(e) adjoint(e) est confirmé.').company).toBe('Supermarchés Orvelle');
    expect(from('p.kraus@lindtal.example', 'Petra Kraus', 'Vorstellungsgespräch – Apotheken Lindtal', 'Vielen Dank für Ihre Bewerbung als PTA.').company).toBe('Apotheken Lindtal');
    // A saint's name the domain writes short, or the text does.
    expect(from('rh@ste-odeline.example', 'Service RH', 'Entretien – Clinique Sainte-Odeline – Aide-soignant(e)', 'Merci pour votre candidature au poste.').company).toBe('Clinique Sainte-Odeline');
    expect(from('hr@sankt-ursen-pflege.example', 'Personalabteilung', 'Vorstellungsgespräch St. Ursen Pflege', 'Vielen Dank für Ihre Bewerbung.').company).toBe('St. Ursen Pflege');
    expect(detectInterview(note('ph screen - lakehead fab 2pm??'), owner).company).toBe('Lakehead Fab');
    expect(detectInterview(note('probearbeiten albrecht 🩺'), owner).company).toBe('Albrecht');
    const calendly = from('daniel@ridgebackeng.example', 'Daniel Mensah', 'Junior Mechanical Engineer - Intro Call between Daniel Mensah and Casey Morgan', 'Please share anything that will help prepare for our meeting.:\nRidgeback\'s water work is what I did.');
    expect(calendly.company).toBe('Ridgeback');
    const ta = from('melanie.graf@nephrovia.example', 'Melanie Graf', 'Interview: Pflegefachkraft (m/w/d) Dialyse – München-Schwabing', 'Vielen Dank für Ihre Bewerbung.\n\nMit freundlichen Grüßen\nNephrovia Talent Acquisition');
    expect(ta.company).toBe('Nephrovia');
    const agency = from('vincent.arnaud@juridika-search.example', 'Vincent Arnaud', 'Juridika Search - Échange téléphonique : Collaborateur(trice) Private Equity', 'Merci pour votre candidature au poste.');
    expect(agency.company).not.toBe('Collaborateur Private Equity');
  });
  it('writes out a round\'s short name with the trade word another round spells', () => {
    const hr = person('estelle.leroy@veronese.example', 'Estelle Leroy', { organizer: true });
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Entretien - Foncière Véronèse - Juriste immobilier', description: 'Pour le poste de juriste.', organizer: hr, attendees: [hr, me] }),
      ev({ id: 'b', summary: 'véronèse 2e entretien - estelle leroy + daf', organizer: { email: owner.email, self: true }, attendees: [] }),
    ], owner);
    expect(out.map((d) => d.company)).toEqual(['Foncière Véronèse', 'Foncière Véronèse']);
    const rh = person('rh@ste-odeline.example', 'Service RH', { organizer: true });
    const saint = detectInterviews([
      ev({ id: 'a', summary: 'Entretien – Clinique Sainte-Odeline – Aide-soignant(e)', description: 'Merci pour votre candidature au poste.', organizer: rh, attendees: [rh, me] }),
      ev({ id: 'b', summary: '2e entretien ste-odeline – dir. soins ??', organizer: { email: owner.email, self: true }, attendees: [] }),
    ], owner);
    expect(saint.map((d) => d.company)).toEqual(['Clinique Sainte-Odeline', 'Clinique Sainte-Odeline']);
  });
});

describe('detectInterview: a Madrid teacher\'s, a Dublin QA specialist\'s, a sales engineer\'s and a Brussels policy officer\'s calendars (session 11)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  const from = (email: string, name: string, summary: string, description: string, more: EventPerson[] = []) => {
    const p = person(email, name, { organizer: true });
    return detectInterview(ev({ summary, description, organizer: p, attendees: [p, ...more, me] }), owner);
  };
  it('reads a teacher\'s demonstration lesson, a practical test and "2a ronda" as rounds', () => {
    const school = (summary: string) => from('valentina@arcadiamontessori.example', 'Valentina Ríos', summary, 'Para la plaza de maestra.');
    for (const summary of ['Clase demostrativa - Casey Morgan', 'Entrevista presencial y clase demostrativa - Arcadia Montessori', 'Prueba práctica - Colegio La Salceda']) {
      const d = school(summary);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    const round = detectInterview(note('videollamada kiddo camps 2a ronda'), owner);
    expect(round.isInterview, round.reasons.join('; ')).toBe(true);
    expect(round.company).toBe('Kiddo Camps');
  });
  it('leaves talks with pupils\' families, a hand-in, a local paper\'s interview, a win/loss interview, a written test and a thesis interview', () => {
    for (const summary of ['Entrevista inicial familia - Yerai Santos (alumno nuevo 4º B)', 'Entrega prueba práctica Marea', 'Win/Loss Interview: Brambleton Foods - listen only', 'Convocation – Épreuve écrite – Attaché(e) Énergie & Climat', 'Entretien de recherche – thèse ULB']) {
      const d = detectInterview(note(summary, 'Entrevista. Entretien pour le poste.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const press = from('redaccion@carabanchelhoy.example', 'Lidia Merino', 'Entrevista para Carabanchel Hoy - huerto escolar', 'Te haré unas preguntas sobre el huerto escolar; vendrá también un fotógrafo.');
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
    const offer = from('pieter.lenaerts@hl-publicaffairs.example', 'Pieter Lenaerts', 'Call Casey / Pieter (H&L)', 'Good news. I\'d like to walk you through our offer (package, start date). I\'ll call you on your mobile.');
    expect(offer.isInterview, offer.reasons.join('; ')).toBe(false);
  });
  it('reads "Lucía Ferrer" as the owner Lucía Ferrer Navarro', () => {
    const lucia: CalendarOwner = { email: 'lucia.ferrer.nav@gmail.com', name: 'Lucía Ferrer Navarro' };
    const her: EventPerson = { email: lucia.email, self: true, responseStatus: 'accepted' };
    const p = person('valentina@arcadiamontessori.example', 'Valentina Ríos', { organizer: true });
    const d = detectInterview(ev({ summary: 'Llamada - Lucía Ferrer / Arcadia Montessori', description: 'Te llamo para hablar de la plaza. Charla para conocernos: tu formación y qué buscas.', organizer: p, attendees: [p, her] }), lucia);
    expect(d.reasons).toContain('title names you');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
  it('names the employer, not "Grupo", a tool\'s assistant, an agency\'s recruiter or an EU domain', () => {
    const wd = { email: 'grupomarea@myworkday.com', displayName: 'Grupo Editorial Marea - Selección', organizer: true };
    expect(detectInterview(ev({ summary: 'Entrevista - Editor/a Junior (R-2026-0412)', description: 'Inicie sesión en el portal de empleo de Grupo Editorial Marea.', organizer: wd, attendees: [me] }), owner).company).toBe('Grupo Editorial Marea');
    const olivia = { email: 'no-reply@paradox.ai', displayName: 'Olivia de Kiddo Camps', organizer: true };
    const bot = detectInterview(ev({ summary: 'Entrevista telefónica', description: 'Tu entrevista telefónica para el puesto de Coordinador/a está confirmada.\nEntrevistadora: Andrea Salinas', organizer: olivia, attendees: [me] }), owner);
    expect(bot.company, bot.reasons.join('; ')).toBe('Kiddo Camps');
    const agent = from('kevin.nolan@morrisseyscientific.example', 'Kevin Nolan', 'Fernbrook Pharma – Interview – Casey Morgan (QA Officer, Batch Release)', 'Confirming your interview with Fernbrook Pharma:\nWho: Yvonne Keogh, QA Manager\n\nKevin Nolan | Morrissey Scientific Recruitment');
    expect(agent.company).toBe('Fernbrook Pharma');
    expect(agent.interviewers.map((i) => i.name)).not.toContain('Fernbrook Pharma');
    const eu = { email: 'ECEA-SELECTIONS@ecea.europa.eu', displayName: 'ECEA Selections', organizer: true };
    expect(detectInterview(ev({ summary: 'Invitation to interview – Selection procedure – Policy Officer', description: 'We are pleased to invite you to an interview with the Selection Committee.', organizer: eu, attendees: [me] }), owner).company).not.toBe('Europa');
    expect(detectInterview(note('ECIC 2nd round – time tbc', 'European Coatings & Inks Council, 2nd round.'), owner).company).toBe('European Coatings & Inks Council');
  });
  it('reads "ringing" as a phone call', () => {
    expect(detectInterview(note('kilbarry devices - eamon daly (HM) ringing re quality lead role'), owner).kind).toBe('phone');
  });
});

describe('detectInterview: a Hong Kong, a Berlin, a San Antonio and an Edinburgh calendar (session 11)', () => {
  const note = (summary: string, description = '') => ev({ summary, description, organizer: { email: owner.email, self: true }, attendees: [] });
  it('reads a call with a search consultant about a role, and a German "Fachinterview"', () => {
    const call = detectInterview(note('call w/ consultant re CFO office role??', 'Eric Tam (Wexbridge Search) calling my mobile.'), owner);
    expect(call.reasons).toContain("title says 'call with a search consultant'");
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    const hr = person('hr@marktfrisch.example', 'Marktfrisch HR', { organizer: true });
    const fach = detectInterview(ev({ summary: 'Marktfrisch Digital – Fachinterview Solution Architect', description: 'Wir freuen uns.', organizer: hr, attendees: [hr, me] }), owner);
    expect(fach.isInterview, fach.reasons.join('; ')).toBe(true);
  });
  it('never names a job\'s qualifier the company ("(Regional CFO)")', () => {
    const hr = person('huimin.lee@tessellate.example', 'Lee Hui Min', { organizer: true });
    const d = detectInterview(ev({ summary: 'Tessellate Insurance - 2nd interview (Regional CFO)', description: 'Second interview.', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.company).not.toBe('Regional');
  });
  it('leaves a social worker\'s client interviews, a counselling course and a withdrawal note', () => {
    for (const summary of ['Forensic interview - observe (J.R., age 7)', 'Kinship home assessment interview - Sra. Delgado', 'CEU: Motivational Interviewing in Child Welfare (3.0 CE)']) {
      const d = detectInterview(note(summary, 'For the role.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const hr = person('talent@aurelia.example', 'Aurelia Talent', { organizer: true });
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Aurelia – Interview Lead Architect', description: 'Ihre Bewerbung.', organizer: hr, attendees: [hr, me] }),
      ev({ id: 'b', summary: 'Absage an Aurelia (Final Panel 19.11.)', organizer: { email: owner.email, self: true }, attendees: [] }),
    ], owner);
    expect(out.map((d) => d.isInterview)).toEqual([true, false]);
  });
  it('knows Myjobscotland as a tool, not the employer', () => {
    const tool = { email: 'noreply@myjobscotland.gov.uk', displayName: 'myjobscotland', organizer: true };
    const d = detectInterview(ev({ summary: 'Interview: Research and Intelligence Manager - West Forth Council', description: 'You are invited to interview.', organizer: tool, attendees: [me] }), owner);
    expect(d.company).toBe('West Forth Council');
  });
});

describe('detectInterview: the owner\'s shorthand and contracted names (session 13)', () => {
  it('reads "intv" and "intvw" as the interview they shorten, and a reporter\'s call on the record as none', () => {
    for (const summary of ['fenwold intv 2.15!!', 'phone intvw tarrant movers 11:15??', 'calder met - teams int 2pm']) {
      const d = detectInterview(ownNote(summary), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    expect(detectInterview(ownNote('tarrant movers site intvw'), owner).company).toBe('Tarrant Movers');
    const press = detectInterview(ownNote('phone intvw - dana koval (steelworkers local 12)', 'she calls my cell ~4. layoffs. on record?? ask re pension'), owner);
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
  });
  it('spells out a name a domain or the owner\'s note contracts, from the round that writes it out', () => {
    const agency = person('k.orr@northpeak-staffing.example', 'Kim Orr', { organizer: true });
    const client = person('lee.tran@calderpetchem.example', 'Lee Tran');
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Northpeak Staffing | Client Interview - Calder Petrochemical - Reliability Engineer', description: 'Confirming your phone interview with Calder Petrochemical for the Reliability Engineer role. Lee Tran will call you.', organizer: agency, attendees: [agency, client, me] }),
      ev({ id: 'b', summary: 'Calder Petchem site intvw', organizer: { email: owner.email, self: true }, attendees: [] }),
    ], owner);
    expect(out.map((d) => d.company)).toEqual(['Calder Petrochemical', 'Calder Petrochemical']);
  });
});

describe('detectInterview: a Seville electrician\'s and a Lyon hotel manager\'s calendars (session 13)', () => {
  it('reads Spanish trades, a recruiter\'s title, "entrev" and the owner\'s note that opens with the interview', () => {
    const agency = detectFrom('lcampos@levante-ett.example', 'Lucía Campos', 'Grupo Levante - Llamada: Electricista de mantenimiento (Utrera)', 'Te llamo el viernes para comentarte la oferta.\n\nLucía Campos\nConsultora de Selección - Grupo Levante ETT');
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
    const entrev = detectInterview(ownNote('entrev tlf Ferralia Montajes - encargado (Paco)'), owner);
    expect(entrev.isInterview, entrev.reasons.join('; ')).toBe(true);
    expect(entrev.company).toBe('Ferralia Montajes');
    expect(entrev.kind).toBe('phone');
    const opens = detectInterview(ownNote('oferta 01/2026/004127 - Mantenimientos Corbal', 'entrevista con Rocío (RRHH) a las 17h. llevar CV'), owner);
    expect(opens.isInterview, opens.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('entrevista norvale en planta (hora x confirmar)'), owner).kind).toBe('onsite');
    expect(detectFrom('rrhh@corbal.example', 'RRHH Corbal', 'Entrevista – Instalaciones Corbal', 'Gracias por tu candidatura al puesto.').company).toBe('Instalaciones Corbal');
  });
  it('leaves a workshop about interviews, a mock one, the employment office\'s intake, a feature story and the contract\'s signing', () => {
    for (const summary of ['Taller: la entrevista de trabajo (orientación)', 'Simulación de entrevista (orientación)', 'SEPE - entrevista ocupacional (alta demandante)', 'Firma de contrato e incorporación - Casey Morgan']) {
      const d = detectFrom('info@empleo-sur.example', 'Empleo Sur', summary, 'Para el puesto. Proceso de selección.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const press = detectFrom('nuria@diario-vega.example', 'Nuria Vela', 'Entrevista Diario de la Vega - cierre de la línea 3', 'Estoy preparando un reportaje sobre el empleo industrial. Te llamo al móvil.');
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
  });
  it('keeps a selection\'s two mornings from making the employer the owner\'s own company', () => {
    const longName: CalendarOwner = { email: owner.email, name: 'Casey Morgan Ruiz' };
    const hr = person('bsalas@astilleros-vega.example', 'Beatriz Salas', { organizer: true });
    const day = (id: string, date: string) => ev({
      id, recurringEventId: 'tests', summary: 'Pruebas de selección - Oficial 1ª Electricista Naval - Casey Morgan',
      description: 'Te convocamos a las pruebas de selección para el puesto: prueba práctica y entrevista personal.',
      organizer: hr, attendees: [hr, person('therrera@astilleros-vega.example', 'Tomás Herrera'), me],
      start: { dateTime: `${date}T08:30:00+02:00` }, end: { dateTime: `${date}T13:00:00+02:00` },
    });
    const out = detectInterviews([day('a', '2027-01-11'), day('b', '2027-01-12')], longName);
    expect(out.map((d) => d.isInterview), out.map((d) => d.reasons.join('; ')).join('\n')).toEqual([true, true]);
  });
  it('finds a name whose small words its domain drops, and the article that opens it', () => {
    expect(detectFrom('rrhh@astillerosguadiaro.example', 'RRHH', 'Entrevista final - Oficial Electricista', 'Gracias por tu candidatura al puesto.\n\nSelección - Astilleros del Guadiaro').company).toBe('Astilleros del Guadiaro');
    const hotel = detectFrom('helene@masvarenne.example', 'Hélène Garnier', 'Le Mas Varenne - Responsable Hébergement - entretien Casey Morgan', 'Poste : Responsable Hébergement (H/F), CDI\nDurée : 1h30');
    expect(hotel.company).toBe('Le Mas Varenne');
    expect(hotel.role).toBe('Responsable Hébergement');
    const second = detectFrom('helene@masvarenne.example', 'Hélène Garnier', 'Le Mas Varenne - Casey Morgan / F. Morin', 'Un second échange pour le poste de Responsable Hébergement. Je serai présente.');
    expect(second.role).toBe('Responsable Hébergement');
  });
  it('reads the owner\'s notes: the medium and HR before the name, small words kept small, a case study presented', () => {
    expect(detectInterview(ownNote('visio alpaga 2e tour 15h'), owner).company).toBe('Alpaga');
    expect(detectInterview(ownNote('entretien jardins de la saône 15h - M. Vidal'), owner).company).toBe('Jardins de la Saône');
    const pres = detectInterview(ownNote('okapi - présentation case study (visio) 14h', 'Inès + Thibault. 20 min présentation puis questions.'), owner);
    expect(pres.isInterview, pres.reasons.join('; ')).toBe(true);
  });
  it('leaves a career assessment booked with a firm named for its coach, and a car\'s service', () => {
    const coach = person('veronique@astier-bilans.example', 'Véronique Astier', { organizer: true });
    const bilan = detectInterview(ev({
      summary: 'Bilan de compétences - séance 3 between Véronique Astier and Casey Morgan', description: 'Event Name: Bilan de compétences - séance 3\n\nPowered by Calendly.com',
      organizer: coach, attendees: [coach, me], hangoutLink: 'https://meet.google.com/abc-defg-hij',
    }), owner);
    expect(bilan.isInterview, bilan.reasons.join('; ')).toBe(false);
    expect(detectInterview(ownNote('Entretien Clio (révision 60 000 km)'), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: a Utrecht teacher\'s and a Cologne claims handler\'s calendars (session 13)', () => {
  it('leaves a thesis interview, a closing vacancy\'s letter, a CV check, salary coaching and paid research', () => {
    for (const [summary, description] of [
      ['Interview masterscriptie – Noor Bakker (formatief evalueren)', 'Voor mijn masterscriptie interview ik docenten over de functie van feedback.'],
      ['Vacature Halvorsen sluit – motivatiebrief af!', 'functie L&D adviseur'],
      ['Lebenslauf-Check (45 Min) between Birgit Sander and Casey Morgan', 'Powered by Calendly.com. Für die Stelle.'],
      ['Gehaltsverhandlung (60 Min) between Birgit Sander and Casey Morgan', 'Powered by Calendly.com. Für die Stelle.'],
      ['Research-Interview: Schadenbearbeitung im Alltag (Klarwerk, 60 €)', 'Für Ihre Erfahrung als Sachbearbeiterin.'],
    ] as const) {
      const d = detectFrom('birgit@sander-karriere.example', 'Birgit Sander', summary, description);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a trial training, a German invitation to a talk, and names no job or medium as the company', () => {
    const trial = detectFrom('hr@klantwijs.example', 'Sanne Vos', '2e gesprek + proeftraining – Trainer Klantcontact – Casey Morgan', 'Je geeft een proeftraining van 20 minuten voor de functie.');
    expect(trial.isInterview, trial.reasons.join('; ')).toBe(true);
    const talk = detectFrom('florian.koegel@lindau-versicherung.example', 'Florian Kögel', 'Lindau Versicherung – Gespräch mit Claudia Reinartz', 'Hallo Casey,\n\nhier die Einladung zum Gespräch mit Claudia Reinartz. Sie möchte mit dir über deine Erfahrung sprechen.');
    expect(talk.isInterview, talk.reasons.join('; ')).toBe(true);
    const agency = detectFrom('m.smit@vaandelwerving.example', 'Marieke Smit', 'Telefonische kennismaking – Interne Trainer Klantenservice', 'Bedankt voor je reactie op de vacature. Ik bel je over je ervaring.');
    expect(agency.company).not.toMatch(/Telefonische|Trainer/);
    const telefonat = detectFrom('k.berg@hagedorn-personalberatung.example', 'Katrin Berg', 'Telefonat Hagedorn Personalberatung – Spezialist Großschaden Sach (m/w/d)', 'Wie besprochen rufe ich Sie wegen der Stelle an.');
    expect(telefonat.company).not.toBe('Spezialist Großschaden Sach');
    expect(detectInterview(ownNote('colonius tel.interview'), owner).company).toBe('Colonius');
    expect(detectInterview(ownNote('entretien jardins du rhône ?? 17h30'), owner).company).toBe('Jardins du Rhône');
  });
  it('takes no one\'s request for a company, and joins the owner\'s notes of an employer only notes name', () => {
    const lever = person('nicole@aurelmed.example', 'Nicole Brandt', { organizer: true });
    const carina = person('carina.holm@aurelmed.example', 'Carina Holm');
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Aurel Med - Phone Screen - Sales Training Specialist', description: 'Thanks for applying for the Sales Training Specialist role.\n\nScheduled with Lever', organizer: lever, attendees: [lever, me] }),
      ev({ id: 'b', summary: 'Casey Morgan <> Carina Holm (Sales Training Specialist)', description: 'Updated: moved at Carina\'s request.\n\nHiring manager conversation with Carina Holm.\n\nScheduled with Lever', organizer: lever, attendees: [carina, lever, me] }),
    ], owner);
    expect(out[1]!.company).not.toBe("Carina's");
    const notes = detectInterviews([
      ownNote('tel. gesprek Oostwal Uitgevers ??', 'marjolein (hr) belt mij tussen 12:15 en 12:30?? functie onderwijskundig ontwerper'),
      ownNote('2e gesprek oostwal', 'met marjolein + ruud (hoofdredacteur). laptop mee!!'),
    ], owner);
    expect(notes.map((d) => d.isInterview), notes.map((d) => d.reasons.join('; ')).join('\n')).toEqual([true, true]);
    expect(notes[0]!.company).toBe('Oostwal Uitgevers');
    expect(sameCompany(notes[1]!.company!, 'Oostwal Uitgevers')).toBe(true);
  });
});


describe('findInterviewers: a caller whose surname has particles (session 13)', () => {
  it('keeps "van der" inside the name of the person who calls', () => {
    const d = detectInterview(ev({ summary: 'tel gesprek vechtoever?? interview', description: 'teamleider nacht (via ZorgStap)\nPetra van der Linden (locatiemanager) belt mij\nvragen: rooster' }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Petra van der Linden']);
  });
});

describe('detectInterview: a Phoenix dental hygienist\'s calendar (session 13)', () => {
  it('names a small office writing from a free-mail address named for it, and an abbreviated name before a partial one', () => {
    const om = person('saguarofamilydental@gmail.com', 'Tina Alvarado', { organizer: true });
    const d = detectInterview(ev({
      summary: 'Working Interview - Casey M. (Hygiene)', description: 'Confirming your working interview this Thursday.\n\nTina Alvarado\nOffice Manager, Saguaro Family Dental',
      location: 'Saguaro Family Dental, 2401 E Camelback Rd, Phoenix, AZ 85016', organizer: om, attendees: [om, me],
    }), owner);
    expect(d.company).toBe('Saguaro Family Dental');
    const uc = person('byazzie@mesquitevistauc.example', 'Brandon Yazzie', { organizer: true });
    const care = detectInterview(ev({ summary: 'Interview: Regional Clinical Operations Manager - Casey Morgan', description: 'Thanks for applying to Mesquite Vista Urgent Care! I scheduled a phone interview for the opening.', organizer: uc, attendees: [uc, me] }), owner);
    expect(care.company).toBe('Mesquite Vista Urgent Care');
    const chc = person('hr@saltrivervistahealth.example', 'HR', { organizer: true });
    expect(detectInterview(ev({ summary: 'Salt River Vista CHC - Panel Interview: Dental Hygienist (Casey Morgan)', description: 'Thank you for applying.', organizer: chc, attendees: [chc, me] }), owner).company).toBe('Salt River Vista');
  });
  it('reads "RDH" as a job, a front desk as no interviewer, and the owner\'s calling notes', () => {
    const agency = person('jobs@desertsmilestaffing.example', 'Desert Smile Staffing', { organizer: true });
    expect(detectInterview(ev({ summary: 'Desert Smile Staffing - RDH Phone Screen', description: 'A quick screen about temp and perm hygiene work.', organizer: agency, attendees: [agency, me] }), owner).company).not.toBe('RDH');
    const desk = person('frontdesk@northmesadental.example', 'North Mesa Dental', { organizer: true });
    const dr = person('drhenning@northmesadental.example', 'Lyle Henning');
    const d = detectInterview(ev({ summary: 'Interview - RDH - Casey Morgan', description: 'In-person interview with Dr. Henning for the hygiene position.', organizer: desk, attendees: [desk, dr, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Lyle Henning']);
    expect(detectInterview(ownNote('glendale kids wkng intvw 7:30-12:30'), owner).company).toBe('Glendale Kids');
    const calling = detectInterviews([
      ev({ id: 'a', summary: 'Interview - Hygienist - Casey Morgan', description: 'Interview for the hygiene position.', organizer: dr, attendees: [dr, me] }),
      ownNote('north mesa dental - OM calling btwn 12-1 (lunch!!)'),
      ownNote('North Mesa calling refs this week'),
      ownNote('email gloria - ACCEPT + decline north mesa nicely'),
    ], owner);
    expect(calling.map((x) => x.isInterview), calling.map((x) => x.reasons.join('; ')).join('\n')).toEqual([true, true, false, false]);
    expect(calling[1]!.kind).toBe('phone');
  });
});

describe('detectInterview: a Lille logistics team leader\'s calendar (session 13)', () => {
  it('leaves his interviews of temps, a jury, his agency\'s needs, chasing a company, a reference and a garage', () => {
    for (const summary of ['Entretiens intérimaires - Cariste CACES 5 (Nordlog Lesquin)', 'entretiens candidats préparateurs - tempora', 'Jury CQP Agent Logistique - évaluation candidats', 'Point agence Tempora - besoins intérim peak S45-S52', 'Relancer Parcelio (Aïcha) - retour entretiens finaux ?', 'Appel référence - Mehdi Saadi (candidat Dumont Express)', 'Entretien Clio - Garage du Pont (60 000 km)']) {
      const d = detectFrom('agence@tempora-interim.example', 'Tempora Intérim', summary, 'Pour le poste. Recrutement.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a call with HR named in French, and a job whose team is named by its work', () => {
    const agency = person('a.vanhove@nord-interim.example', 'Audrey Vanhove', { organizer: true });
    const hr = person('s.beriot@beriot-logistique.example', 'Sandrine Bériot');
    const call = detectInterview(ev({ summary: 'Bériot Logistique - échange téléphonique avec la DRH', description: 'Sandrine Bériot (DRH) vous appellera sur votre portable pour un dernier échange.', organizer: agency, attendees: [agency, hr, me] }), owner);
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    const job = detectFrom('jm.verhaeghe@froid-flandres.example', 'Jean-Marc Verhaeghe', 'Entretien Chef d’équipe préparation - C. Morgan', 'Je vous propose un premier entretien en visio pour le poste de chef d’équipe préparation.');
    expect(job.isInterview, job.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a Bogotá site engineer\'s and an Antwerp accountant\'s calendars (session 13)', () => {
  it('reads a call the title says is about a vacancy, and leaves a thesis and a trade magazine\'s interviews', () => {
    for (const summary of ['bellen geert van hove (fiduciaire van hove) ivm vacature boekhouder', 'saguaro dental - tina calling my cell re hyg position 12:15??']) {
      const d = detectInterview(ownNote(summary), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
    expect(detectFrom('laura@uniandes-sim.example', 'Laura Gómez', 'Entrevista trabajo de grado - liderazgo femenino en obra', 'Para mi trabajo de grado quiero entrevistarte.').isInterview).toBe(false);
    const press = detectFrom('pieter.somers@decijferaar.example', 'Pieter Somers', 'Interview De Cijferaar – e-facturatie in de praktijk', 'Bedankt dat je wil meewerken aan ons dossier over e-facturatie. Je krijgt de quotes vooraf ter nalezing.');
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
  });
  it('names the city a public recruiter selects for, no consortium as a person, and no department as the name', () => {
    const jobpunt = person('selectie@jobpunt.example', 'Jobpunt Vlaanderen', { organizer: true });
    const oral = detectInterview(ev({ summary: 'Mondelinge proef – Deskundige financiën (B1-B3) – Stad Scheldemonde', description: 'Je bent geslaagd voor de schriftelijke proef van de selectie.', organizer: jobpunt, attendees: [jobpunt, me] }), owner);
    expect(oral.company).toBe('Stad Scheldemonde');
    const consortium = person('consorciotroncal2026@gmail.com', 'Consorcio Troncal Sur 2026', { organizer: true });
    const director = person('emsaavedra@saavedra-ing.example', 'Edgar Mauricio Saavedra');
    const d = detectInterview(ev({ summary: 'Entrevista Residente de Interventoría - Consorcio Troncal Sur 2026', description: 'La entrevista la realizará el Ing. Edgar Mauricio Saavedra.', organizer: consortium, attendees: [consortium, director, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Edgar Mauricio Saavedra']);
    expect(detectInterview(ownNote('halvorsen flt dept - call w/ Rick Tolliver (chief pilot) re pilot job??'), owner).company).toBe('Halvorsen');
  });
});

describe('detectInterview: a flight attendant\'s and a Montréal banker\'s calendars (session 14)', () => {
  it('reads an airline\'s long haul as no radio, and a coffee the employer says opens its process', () => {
    const purser = detectFrom('irene.quintana@azulmar.example', 'Irene Quintana', 'Videoentrevista Azulmar – Sobrecargo / Purser Largo Radio', 'Queremos conocerte mejor en una videoentrevista de 30 minutos.');
    expect(purser.isInterview, purser.reasons.join('; ')).toBe(true);
    const coffee = detectFrom('nils.ekdahl@vantischarter.example', 'Nils Ekdahl', 'Coffee with Nils (Vantis Charter) – Senior Purser role', 'Hi Casey, as mentioned on the phone, our process starts with an informal interview over coffee. I\'d like to hear about your experience and talk you through the Senior Purser position.');
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
  });
  it('leaves a language test, the assessors\' invite, a visa, an appraisal, an exit interview and an info call', () => {
    for (const summary of ['Levantia Airways – Prueba de inglés online (Listening, Reading & Writing)', 'Assessment Day TCP (nuevas incorporaciones) – observadores', 'Entrevista visado C1/D – Embajada EE.UU.', 'Entrevista de evaluación del desempeño 2026 – Casey Morgan', 'Entrevista de salida – Casey Morgan', 'Appel info - Vanessa / Casey']) {
      const d = detectFrom('seleccion@alaveraair.example', 'Selección Alavera', summary, 'Para consultar o gestionar tus entrevistas, accede al portal de empleo. Requisición R-2026-0412.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('names the employer after the place a note opens with, unless the address opens with that name', () => {
    const palma = ev({ summary: 'Palma – entrevista Tramuntana Air', description: '11h a les oficines. portar CV', location: 'Aeropuerto de Palma de Mallorca (Son Sant Joan), 07611 Palma' });
    expect(detectInterview(palma, owner).company).toBe('Tramuntana Air');
    const boreal = ev({ summary: 'Capital Boréal - 2e entrevue Québec', description: 'entrevue 10h au siège social', location: 'Capital Boréal, 825, boul. Lebourgneuf, Québec (Québec) G2J 0B9' });
    expect(detectInterview(boreal, owner).company).toBe('Capital Boréal');
  });
  it('spells a name with an elided article or a federation the domain drops', () => {
    const estuaire = detectFrom('emilie.savard@banqueestuaire.example', 'Émilie Savard', 'Entrevue téléphonique - Directeur(trice) de comptes', 'Je vous appellerai pour une première entrevue concernant le poste.\n\nÉmilie Savard\nConseillère en ressources humaines\nBanque de l\'Estuaire');
    expect(estuaire.company).toBe('Banque de l\'Estuaire');
    const caisses = detectFrom('genevieve.cote@laurentia.example', 'Geneviève Côté', 'Entrevue - Directeur de comptes - Entreprises', 'Nous avons le plaisir de vous convier à une première entrevue virtuelle pour le poste.\n\nAcquisition de talents - Fédération des caisses Laurentia');
    expect(caisses.company).toBe('Fédération des caisses Laurentia');
  });
  it('reads French, Spanish and bilingual interviewer labels, and a list whose titles hold dashes', () => {
    const cases: Array<[string, string[]]> = [
      ['Intervieweur(s) :\n  Julien Paquette - Directeur principal\n  Nadia Haddad - Directrice de comptes principale', ['Julien Paquette', 'Nadia Haddad']],
      ['Intervieweur / Interviewer : Marc-Antoine Séguin, conseiller en acquisition de talents', ['Marc-Antoine Séguin']],
      ['Entrevistador/a: Marta Collado - Talent Acquisition Partner\nDuración: 30 minutos', ['Marta Collado']],
      ['Interviewers: Megan Alvarado, Regional Airport Manager - Europe; David Kessler, Director, International Airport Operations', ['Megan Alvarado', 'David Kessler']],
      ['Entrevistadora: Lucía Benavente, Técnica de Selección', ['Lucía Benavente']],
      ['Interviewer: Jonathan Weiss, Director, Commercial Banking', ['Jonathan Weiss']],
    ];
    for (const [description, names] of cases) {
      const d = detectInterview(ev({ summary: 'Entrevue - Directeur de comptes', description, organizer: { email: 'careers@myworkday.com' }, attendees: [me] }), owner);
      expect(d.interviewers.map((i) => i.name), description).toEqual(names);
    }
  });
});

describe('detectInterview: a Berlin Kita leader\'s and an Eindhoven driver\'s calendars (session 14)', () => {
  it('reads a post named by what it leads, and an employer that says the talk is its last step', () => {
    const d = detectFrom('n.roth@lichtblick-kitas.example', 'Nadine Roth', 'Gespräch mit der Geschäftsführung - stellv. Kitaleitung Kollwitzkiez', 'Liebe Frau Morgan,\n\nals letzten Schritt möchte Sie unser Geschäftsführer Klaus Wendt gern kurz per Video kennenlernen.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('sollgesprek lemmens bulk 16u30', 'cv + rijbewijs mee'), owner).company).toBe('Lemmens Bulk');
  });
  it('leaves a training module, a career adviser\'s talk and a note to chase a company', () => {
    for (const summary of ['Leitungsqualifizierung Modul 4: Personalführung & Auswahlgespräche', 'Gratis loopbaangesprek (45 min) tussen Marjolein Kuipers en Casey Morgan', 'coolen nabellen?? nog niks gehoord na 2e gesprek']) {
      const d = detectFrom('anmeldung@kita-kompass.example', 'Kita-Kompass', summary, 'Strukturierte Vorstellungsgespräche führen. Sollicitatie.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads German participants, a job title after a comma, and a name with "Am" the domain drops', () => {
    const lead = person('lukas.berger@kiezkinder.example', 'Lukas Berger', { organizer: true });
    const ines = person('ines.marquardt@kiezkinder.example', 'Ines Marquardt');
    const d = detectInterview(ev({ summary: 'Interview: Kitaleitung (m/w/d) - Casey Morgan', description: 'Teilnehmende: Ines Marquardt (Bereichsleitung Mitte), Lukas Berger (Personalreferent)\nFormat: Videointerview', organizer: lead, attendees: [lead, ines, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ines Marquardt', 'Lukas Berger']);
    const thiele = detectFrom('bewerbung@havelkinder.example', 'Havelkinder Bewerbermanagement', 'Einladung zum Videointerview - Kitaleitung (m/w/d)', 'Gesprächspartnerin: Anja Thiele, Fachbereichsleitung Kindertagesstätten\nDauer: ca. 45 Minuten');
    expect(thiele.interviewers.map((i) => i.name)).toEqual(['Anja Thiele']);
    const lindenhof = detectFrom('c.weiss@kitaverbund-lindenhof.example', 'Cornelia Weiß', 'Vorstellungsgespräch stellv. Leitung Ev. Kita Lindenhof - Frau Morgan', 'Gern laden wir Sie zu einem persönlichen Gespräch ein.\n\nCornelia Weiß\nVerbundleitung\nEv. Kitaverbund Am Lindenhof');
    expect(lindenhof.company).toBe('Kitaverbund Am Lindenhof');
  });
  it('spells a two-part domain whose name puts the trade first', () => {
    const d = detectFrom('katrin.vogel@huelsmann-spedition.example', 'Katrin Vogel', 'Vorstellungsgespräch Disponent (m/w/d) - Casey Morgan', 'Vielen Dank für Ihre Bewerbung als Disponent (m/w/d). Seitens Hülsmann nehmen Katrin Vogel und Markus Brandt teil.\n\nMit freundlichen Grüßen\nKatrin Vogel\nSpedition Hülsmann GmbH');
    expect(d.company).toBe('Spedition Hülsmann');
  });
  it('reads a sender that places the owner with its client, whose people are on the invite', () => {
    const sender = person('ilse.vandijk@dommelflex.example', 'Ilse van Dijk', { organizer: true });
    const client = person('roel.willems@willemsbouwlogistiek.example', 'Roel Willems');
    const d = detectInterview(ev({ summary: 'Dommelflex | Videogesprek klant Willems Bouwlogistiek - Planner', description: 'Hoi Casey,\n\nOnze klant Willems Bouwlogistiek (Eindhoven) zoekt een Planner Bouwlogistiek. Je spreekt met Roel Willems (Manager Logistiek).', organizer: sender, attendees: [sender, client, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
  it('takes no posteo.de address for an employer', () => {
    const d = detectFrom('hanna.lindemann@posteo.de', 'Hanna Lindemann', 'Kennenlernen - Kinderladen Rabennest', 'Vom Vorstand sind David und ich dabei.');
    expect(d.reasons.join('; ')).not.toMatch(/posteo/);
  });
  it('joins a note to the employer whose label holds its other word, when a word starts several', () => {
    const lindenhof = person('c.weiss@kitaverbund-lindenhof.example', 'Cornelia Weiß');
    const raphael = person('u.baumgart@kitaverbund-straphael.example', 'Ulrike Baumgart');
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Vorstellungsgespräch Kitaleitung', description: 'Vielen Dank für Ihre Bewerbung.\n\nEv. Kitaverbund Am Lindenhof', organizer: lindenhof, attendees: [lindenhof, me] }),
      ev({ id: 'b', summary: 'Vorstellungsgespräch Kitaleitung', description: 'Vielen Dank für Ihre Bewerbung.\n\nKath. Kitaverbund St. Raphael gGmbH', organizer: raphael, attendees: [raphael, me] }),
      ownNote('tel. St. Raphael - Kita-Ltg', 'Fragen: Konzept, Fachberatung?'),
    ], owner);
    expect(out.map((d) => d.isInterview)).toEqual([true, true, true]);
    expect(out[2]!.company).toBe('Kitaverbund St. Raphael');
  });
});

describe('detectInterview: a Monterrey warehouse manager\'s, an Auckland nurse\'s and a Neuchâtel engineer\'s calendars (session 14)', () => {
  it('takes no plant\'s town, and no department, for the employer', () => {
    const agency = detectFrom('sergio.pena@talentonorte.example', 'Sergio Peña', 'Talento Norte | Llamada - Gerente de Almacén (cliente confidencial)', 'Estoy buscando un Gerente de Almacén para un cliente del sector automotriz (Tier 1, planta en Ramos Arizpe, Coah.).\n\nSergio Peña\nConsultor Sr. | Talento Norte Consultores');
    expect(agency.company).not.toBe('Ramos Arizpe');
    const dg = detectFrom('mariana.cavazos@verticeparques.example', 'Mariana Cavazos', 'Entrevista con Dirección General - Casey Morgan', 'Videollamada con el Lic. Fernando Zambrano, Director General, para la vacante de Gerente de Operaciones.');
    expect(dg.company).toBe('Verticeparques');
  });
  it('writes out a note\'s name with the trade word an invite heads it with', () => {
    const rh = person('paty.leal@almacenadoraferraz.example', 'Paty Leal');
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Entrevista - Gerente de Almacén', description: 'Gracias por tu interés en la vacante.\n\nPaty Leal | Recursos Humanos\nAlmacenadora Ferraz', organizer: rh, attendees: [rh, me] }),
      ownNote('ferraz 2da entrevista', 'llevar CV'),
    ], owner);
    expect(out.map((d) => d.company)).toEqual(['Almacenadora Ferraz', 'Almacenadora Ferraz']);
  });
  it('leaves applying to a job, a shift kept free of interviews and an agency\'s general catch-up', () => {
    const apply = detectFrom('keystone@icims.com', 'Keystone Careers', 'Aplicar a Keystone Packaging - Warehouse Manager Ramos Arizpe (cierra hoy)', 'Your application is not complete.');
    expect(apply.isInterview, apply.reasons.join('; ')).toBe(false);
    expect(detectInterview(ownNote('Buen Fin: turno extendido (no agendar entrevistas)'), owner).isInterview).toBe(false);
    const market = detectFrom('sione.vaka@harakekehealth.example', 'Sione Vaka', 'Catch up w/ Sione (Harakeke Health) - market chat', 'Kia ora Casey - nice to connect. No specific role yet, just want to get to know you and talk through current pay rates.\n\nSione Vaka\nSenior Recruitment Consultant | Harakeke Health Recruitment');
    expect(market.isInterview, market.reasons.join('; ')).toBe(false);
  });
  it('takes the owner\'s own employer\'s interview for an expression of interest the owner put in', () => {
    const work: CalendarOwner = { email: 'casey.morgan@quarrytech.com', name: 'Casey Morgan' };
    const self: EventPerson = { email: work.email, self: true, responseStatus: 'accepted' };
    const manager = person('sandra.keefe@quarrytech.com', 'Sandra Keefe', { organizer: true });
    const d = detectInterview(ev({ summary: 'EOI interview - Acting CNM Ward 10', description: 'Hi Casey, thanks for putting your EOI in for the 6-month Acting Charge Nurse Manager secondment. We\'ll use the same set of questions for everyone who applied.', organizer: manager, attendees: [manager, self] }), work);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
  it('reads "int @ …", a final round in French, and a workshop visit after the interview', () => {
    const at = detectInterview(ownNote('int @ rimu hill village - clinical coord'), owner);
    expect(at.isInterview, at.reasons.join('; ')).toBe(true);
    expect(at.company).toBe('Rimu Hill Village');
    expect(detectInterview(ownNote('DF - visio avec le CEO', 'lien zoom dans le mail de Julien. dernier tour ?? relire rapport annuel.'), owner).isInterview).toBe(true);
    const visit = detectFrom('alain.humbert-droz@valcreuse.example', 'Alain Humbert-Droz', 'Valcreuse - entretien + visite atelier (Casey Morgan)', 'Je vous attends mardi pour la suite de notre discussion concernant le poste d\'ingénieure qualité.');
    expect(visit.isInterview, visit.reasons.join('; ')).toBe(true);
  });
  it('reads "Entrevistador(a):", "Interlocutrice :", a department after the name, and the writer "together with me"', () => {
    const cases: Array<[string, string[]]> = [
      ['Entrevistador(a): Samuel Benítez\nEnfoque: Operación diaria', ['Samuel Benítez']],
      ['Interlocutrice : Corinne Gerber, Talent Acquisition Partner\nFormat : téléphone', ['Corinne Gerber']],
      ['Interviewer: Sarah Lindqvist, Director, Supplier Quality\nFocus: supplier audits', ['Sarah Lindqvist']],
    ];
    for (const [description, names] of cases) {
      const d = detectInterview(ev({ summary: 'Entrevista - Gerente de Operaciones', description, organizer: { email: 'entrevistas@mercantia.example', displayName: 'Mercantia Entrevistas' }, attendees: [me] }), owner);
      expect(d.interviewers.map((i) => i.name), description).toEqual(names);
    }
    const dana = person('dana.kowalski@brightwaterhome.example', 'Dana Kowalski', { organizer: true });
    const marcus = person('marcus.bell@brightwaterhome.example', 'Marcus Bell');
    const d = detectInterview(ev({ summary: 'Brightwater Home - Interview (Operations Manager)', description: 'Casey - you\'ll meet Marcus Bell (VP Supply Chain) together with me.\n\n- Dana', organizer: dana, attendees: [dana, marcus, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Marcus Bell', 'Dana Kowalski']);
  });
});

describe('detectInterview: a Ghent payroll administrator\'s calendar (session 14)', () => {
  it('reads a Flemish introduction interview at an agency\'s client, and a case presented at the office', () => {
    const agency = person('jolien.maertens@payfinders.example', 'Jolien Maertens', { organizer: true });
    const client = person('marc@drukkerijvanacker.example', 'Marc Van Acker');
    const d = detectInterview(ev({ summary: 'Payfinders | Voorstellingsgesprek bij klant Drukkerij Van Acker – Payroll Officer', description: 'Hierbij de bevestiging van je gesprek bij Drukkerij Van Acker.', organizer: agency, attendees: [agency, client, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('loonly - casus presentatie op kantoor', 'presentatie max 15 min + vragen. laptop mee.'), owner).isInterview).toBe(true);
  });
  it('leaves finishing an application, names a city with "Stad", and reads "Met wie:"', () => {
    expect(detectInterview(ownNote('sollicitatie fluxpay afwerken (cv in het engels updaten)', 'vacature sluit vrijdag'), owner).isInterview).toBe(false);
    const city = detectFrom('hilde.vanneste@scheldegem.example', 'Hilde Vanneste', 'Bijkomend gesprek – Deskundige personeelsadministratie (Stad Scheldegem)', 'Na de mondelinge proef nodigen we je uit voor een bijkomend gesprek over de functie.');
    expect(city.company).toBe('Stad Scheldegem');
    const olivia = detectInterview(ev({ summary: 'Telefonisch interview met Maxiflor Retail Group', description: 'Je telefonisch interview voor de functie Payroll Administrator is bevestigd!\n\nMet wie: Kristof Pauwels, Payroll Manager\nHoe: Kristof belt je op.', organizer: { email: 'maxiflor@paradox.ai', displayName: 'Olivia – Maxiflor Careers' }, attendees: [me] }), owner);
    expect(olivia.interviewers.map((i) => i.name)).toEqual(['Kristof Pauwels']);
  });
});

describe('detectInterview: an Antofagasta planner\'s, a Zurich teacher\'s and a Marseille coordinator\'s calendars (session 14)', () => {
  it('heads a name with "Minera", spells out an acronym before a firm\'s word, and checks an acronym\'s brackets', () => {
    const minera = detectFrom('rrhh@sierratambo.example', 'Sierra Tambo RRHH', 'Entrevista telefónica - Planificador Senior de Mantenimiento Planta', 'Gracias por postular al cargo.\n\nGerencia de Personas\nMinera Sierra Tambo');
    expect(minera.company).toBe('Minera Sierra Tambo');
    const iac = detectFrom('constanza.mella@iacconsultores.example', 'Constanza Mella', 'IAC Consultores - Entrevista (Consultor de Planificación)', 'Te confirmamos la entrevista para el cargo.\n\nConstanza Mella\nTalento - Ingeniería Andina de Confiabilidad');
    expect(iac.company).toBe('Ingeniería Andina de Confiabilidad');
    const sitoc = detectFrom('reclutamiento.sitoc@gmail.com', 'Reclutamiento SITOC', 'Entrevista telefónica - Supervisor de Planificación (SITOC)', 'Te llamará Marcela Tapia de RRHH por el cargo.');
    expect(sitoc.company).not.toBe('Supervisor de Planificación');
  });
  it('reads a Spanish first conversation, Spanish posts and a Swiss trial lesson and hiring committee', () => {
    const first = detectFrom('ignacio.bravo@cordillerasearch.example', 'Ignacio Bravo', 'Conversación inicial - Jefe de Planificación Mantenimiento Mina', 'Me interesa el cargo de Jefe de Planificación.');
    expect(first.company).not.toBe('Conversación inicial');
    const agency = detectFrom('agenda@talentominero.example', 'Talento Minero', 'Talento Minero - Entrevista telefónica: Planificador de Paradas de Planta', 'Te llamaremos por el cargo.');
    expect(agency.company).not.toBe('Planificador de Paradas de Planta');
    for (const summary of ['Probelektion 3. Klasse – Frau Morgan', 'Gespräch Anstellungskommission – Klassenlehrperson 6. Klasse', 'Erstgespräch Klassenlehrperson 6. Klasse']) {
      const d = detectFrom('m.huber@schule-seerain.example', 'Martina Huber', summary, 'Vielen Dank für Ihre Bewerbung.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
      expect(d.company, summary).not.toMatch(/kommission|Probelektion/i);
    }
  });
  it('writes out a school\'s name a note drops, and leaves the mortgage, a local paper, a case to hand in and a car service', () => {
    const school = person('sl@schule-lindwies.example', 'Schulleitung');
    const out = detectInterviews([
      ev({ id: 'a', summary: 'Vorstellungsgespräch Klassenlehrperson', description: 'Vielen Dank für Ihre Bewerbung.\n\nSchule Lindwies', organizer: school, attendees: [school, me] }),
      ownNote('lindwies 2. gespräch', 'Unterlagen mitnehmen'),
    ], owner);
    expect(out.map((d) => d.company)).toEqual(['Schule Lindwies', 'Schule Lindwies']);
    for (const [email, summary] of [['ejecutiva@bancopacificosur.example', 'Entrevista con ejecutiva - crédito hipotecario'], ['redaktion@quartierbote-wipkingen.example', 'Interview Quartierbote: Bachprojekt 4a'], ['rh@cargora.example', 'Cargora - cas pratique à rendre'], ['atelier@garage.example', 'Entretien Clio (révision + pneus)'], ['contact@horizontalents.example', 'RDV Horizon Talents - offre recrutement stagiaires / alternants'], ['rh@solvanelines.example', 'Retour suite à vos entretiens - Solvane Lines']]) {
      const d = detectFrom(email!, 'Someone', summary!, 'Entretiens et entrevistas.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('leaves a chat before applying, reads a note\'s "- poste …", and names the employer a lunch note meets', () => {
    const chat = detectFrom('sophie.marcel@portprovence.example', 'Sophie Marcel', 'Échange informel - service Escales', 'Avec plaisir pour te présenter le service avant que tu envoies ta candidature. Rien d\'officiel, juste un café virtuel.');
    expect(chat.isInterview, chat.reasons.join('; ')).toBe(false);
    expect(detectInterview(ownNote('visio Portalis Consignation 14h - poste agent de consignation'), owner).isInterview).toBe(true);
    const lunch = ev({ summary: 'déj delmare - M. Peyron (DG) = dernier tour', description: 'dernière étape pour le poste.', location: 'La Tartane, 8 quai Brescon, 13500 Martigues' });
    expect(detectInterview(lunch, owner).company).toBe('Delmare');
  });
});

describe('detectInterview: a Leipzig IT supporter\'s and a Liège social worker\'s calendars (session 14)', () => {
  it('reads "Bewerbergespräch", "vg …" opening a note, and IT support posts', () => {
    const d = detectFrom('personal@auxilium-it.example', 'Auxilium IT Personal', 'Bewerbergespräch Supporter 1st Level (m/w/d)', 'Wir freuen uns auf das Gespräch.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('vg muldental it grimma', 'Zeugnisse mitnehmen'), owner).isInterview).toBe(true);
    const call = detectFrom('hr@vitalis-mvz.example', 'Vitalis HR', 'Telefonat Bewerbung Systembetreuer – Vitalis MVZ', 'Wie besprochen rufe ich Sie an.');
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    const agency = detectFrom('jobs@proserv-personal.example', 'ProServ Jobs', 'Telefoninterview ProServ Personaldienste – IT-Supporter (m/w/d)', 'Wir rufen Sie an.');
    expect(agency.company).not.toBe('IT-Supporter');
  });
  it('leaves a training in motivational interviewing, and the owner\'s own turn as the interviewer', () => {
    const d = detectFrom('inscriptions@cfps-liege.example', 'CFPS', 'Formation : L\'entretien motivationnel (2 jours)', 'Module de deux jours.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const own = detectFrom('hr@parthe-it.example', 'Parthe HR', 'Bewerbergespräch Frau Yilmaz (ich als Fachinterviewer)', 'Bitte die Stelle vorab lesen.');
    expect(own.isInterview, own.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Medellín contact-centre lead\'s calendar (session 14)', () => {
  it('matches a domain that spells a name\'s ampersand out, and takes no job board for the employer', () => {
    const d = detectFrom('talento@clicylleva.example', 'Talento Clic&Lleva', 'Clic&Lleva - 2da entrevista + prueba oral de inglés', 'Te esperamos para la segunda entrevista.\n\nEquipo de Talento | Clic&Lleva');
    expect(d.company).toBe('Clic&Lleva');
    const board = detectFrom('notificaciones@empleoteca.example', 'Empleoteca', 'Empleoteca: Entrevista telefónica con Clic&Lleva - Coordinador de Contact Center', 'Clic&Lleva te llamará para la vacante.');
    expect(board.company).not.toBe('Empleoteca');
  });
});

describe('detectInterview: a Hamburg aircraft technician\'s calendar (session 15)', () => {
  it('reads a German job named as a compound, and leaves a career adviser and a shift lead\'s meeting', () => {
    const hr = person('personal@roland-aero.example', 'Roland Aero Components – Personal', { organizer: true });
    const lead = person('s.bruening@roland-aero.example', 'Stefanie Brüning');
    const d = detectInvite(hr, [lead], 'Erstgespräch Roland Aero Components – Luftfahrzeugtechniker B1', 'Vielen Dank für Ihre Bewerbung. Ihre Gesprächspartnerin: Stefanie Brüning');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain("title names a job ('luftfahrzeugtechniker')");
    for (const summary of ['Erstgespräch Karriereberater', 'Gespräch Schichtleiter Übergabe']) {
      const other = detectFrom('info@agentur.example', 'Agentur', summary, 'Zu Ihrer Bewerbung.');
      expect(other.reasons.some((r) => r.startsWith('title names a job')), `${summary}: ${other.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: a Bordeaux sommelier\'s calendar (session 15)', () => {
  it('reads a later "échange" and a trial shift, and takes no step of the process for the employer', () => {
    const solstice = person('hadrien@restaurant-solstice.example', 'Hadrien Lacoste', { organizer: true });
    const d = detectInvite(solstice, [], 'Solstice – 2e échange (Hadrien & Yasmine)', 'Visio');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const trial = detectInterview({ ...ownNote('Biarritz – essai service Laharrague', 'tenue noire, tire-bouchon'), location: 'Maison Laharrague, 11 rue Gambetta, 64200 Biarritz' }, owner);
    expect(trial.isInterview, trial.reasons.join('; ')).toBe(true);
    expect(trial.company).toBe('Laharrague');
    expect(detectInterview(ownNote('journée d\'essai Bistrot Lautrec'), owner).isInterview).toBe(true);
    const agency = detectFrom('melanie@cepettalent.example', 'Mélanie Guérin', 'Cep & Talent | Préqualification – Château Haut-Sarlande – Responsable Relations Négoce', 'Je vous contacte de la part du Château Haut-Sarlande pour un entretien téléphonique de préqualification.');
    expect(agency.company).toBe('Château Haut-Sarlande');
  });
  it('leaves a case to hand in, and the owner interviewing candidates', () => {
    for (const summary of ['Clos & Cave – rendre l’étude de cas', 'entretiens extras saison – 3 candidats']) {
      const d = detectInterview(ownNote(summary, 'Pour le poste.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: a Dubai ICU nurse\'s calendar (session 15)', () => {
  it('names the NHS trust its people write for, not the mail service they share', () => {
    const lead = person('gemma.rigby@nhs.net', 'Gemma Rigby', { organizer: true });
    const matron = person('claire.ashworth@nhs.net', 'Claire Ashworth');
    const d = detectInvite(lead, [matron], 'Interview - Staff Nurse Critical Care (Band 5) - Casey Morgan', 'Panel:\n- Claire Ashworth, Matron - Critical Care\n\nKind regards,\nGemma Rigby\nInternational Recruitment Lead\nKingsworth and Dene Hospitals NHS Foundation Trust');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Kingsworth and Dene Hospitals NHS Foundation Trust');
    // Forwarded by an agency: the trust its panel writes for is the employer, not the agency.
    const agent = person('liza.ramos@meridianglobalnursing.example', 'Liza Ramos', { organizer: true });
    const forwarded = detectInvite(agent, [matron], 'Calderbrook University Hospitals NHS FT - Critical Care Nurse Interview - Casey Morgan (Meridian)', 'Confirming your interview with our partner trust.\n\nLiza Ramos\nInternational Nurse Recruitment | Meridian Global Nursing');
    expect(forwarded.company).toBe('Calderbrook University Hospitals NHS FT');
  });
  it('names an interviewer as the invite does when a list drops the title ("Dr. Reem Farouk")', () => {
    const olivia = person('alwahahealth@paradox.example', 'Olivia from Al Waha Healthcare', { organizer: true });
    const reem = person('reem.farouk@alwahahealthcare.example', 'Dr. Reem Farouk');
    const jasper = person('jasper.lim@alwahahealthcare.example', 'Jasper Lim');
    const d = detectInvite(olivia, [reem, jasper], 'Video Interview - Critical Care Registered Nurse - Al Waha Healthcare Group', 'Interviewers: Dr. Reem Farouk (Head of Critical Care Nursing), Jasper Lim (ICU Nurse Manager)');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Dr. Reem Farouk', 'Jasper Lim']);
  });
});

describe('detectInterview: a Valencia veterinary nurse\'s calendar (session 15)', () => {
  it('takes no hospital unit, and no town the owner answered a booking page with, for the employer', () => {
    const carla = person('carla.soria@hvnoullevant.example', 'Carla Soria', { organizer: true });
    const amparo = person('amparo.vidal@hvnoullevant.example', 'Amparo Vidal');
    const d = detectInvite(carla, [amparo], 'Entrevista: Casey Morgan / ATV Hospitalización y UCI', 'Reprogramada: Amparo tenía una urgencia en UCI.\nTe confirmamos la entrevista técnica para el puesto.\nEntrevistadora: Amparo Vidal');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('UCI');
    const jordi = person('jordi@tossalvet.example', 'Jordi Alemany', { organizer: true });
    const booked = detectInvite(jordi, [], 'Entrevista ATV (30 min) entre Jordi Alemany y Casey Morgan', 'Nombre del evento: Entrevista ATV (30 min)\n\nComparte cualquier cosa que pueda ayudar a preparar nuestra reunión:\nSoy ATV en Valencia con 4 años de experiencia.\n\nCon la tecnología de Calendly.com');
    expect(booked.company).not.toBe('Valencia');
  });
  it('reads "tlf" in a note as a call, which the description says is an interview', () => {
    const d = detectInterview(ownNote('tlf animalets 10h', 'clínica de benicalap. entrevista x tlf, me llama la veterinaria. puesto de mañanas??'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('tlf mamá 10h', 'cumple del tío'), owner).isInterview).toBe(false);
  });
});

describe('detectInterview: "en" before a place (session 15)', () => {
  it('takes no town a search firm\'s brief names ("proyectos en Bogotá") for the employer', () => {
    const d = detectFrom('jprestrepo@beatalent.example', 'Juan Pablo Restrepo', 'Conversación confidencial - Búsqueda Director(a) de Proyectos', 'Estoy liderando la búsqueda de un(a) Director(a) de Proyectos para una constructora con proyectos en Bogotá y la Sabana.\n\nJuan Pablo Restrepo\nSocio | Búsqueda Ejecutiva Andina (BEA)');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('Bogotá');
  });
});

describe('findInterviewers: who arranged the meeting, and who the writer is (session 15)', () => {
  it('leaves out the organizer when the title names whom the owner meets', () => {
    const philippe = person('philippe.dewit@ferland-associes.example', 'Philippe Dewit', { organizer: true });
    const ingrid = person('ingrid.castelain@cofinor.example', 'Ingrid Castelain');
    const stephane = person('stephane.roobaert@cofinor.example', 'Stéphane Roobaert');
    const d = detectInvite(philippe, [ingrid, stephane], 'Cofinor – rencontre avec Ingrid Castelain (DRH) et Stéphane Roobaert (CEO)', 'Bonjour,\n\nJe vous confirme la rencontre pour le poste.\n\nPhilippe Dewit\nFerland & Associés');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ingrid Castelain', 'Stéphane Roobaert']);
  });
  it('reads a Dutch "met mezelf" as the writer, and a "selectie" firm as an agency', () => {
    const bram = person('bram@hoste-accountancy.example', 'Bram Hoste', { organizer: true });
    const lies = person('lies@hoste-accountancy.example', 'Lies Van Hulle');
    const d = detectInvite(bram, [lies], 'Gesprek medewerker payroll – Hoste Accountancy', 'Dag Casey,\n\nZoals afgesproken verwachten we je op ons kantoor voor een gesprek met mezelf en Lies Van Hulle (senior payroll).\n\nGroeten,\nBram Hoste');
    expect(d.interviewers.map((i) => i.name).sort()).toEqual(['Bram Hoste', 'Lies Van Hulle']);
    expect(looksLikeAgency('kompas-selectie.be')).toBe(true);
  });
});

describe('detectInterview: a Madrid consultant\'s and a Berlin journalist\'s calendars (session 15)', () => {
  it('leaves offer talks ("propuesta") and a family history interview, reads recruiters\' calls in notes', () => {
    for (const summary of ['Nuvaren - llamada RRHH (propuesta)', 'Llamada con Raquel (Teralia) – propuesta económica', 'Zeitzeugen-Interview mit Opa (Familienchronik)']) {
      const d = detectFrom('rrhh@nuvaren.example', 'Nuvaren RRHH', summary, 'Sobre la posición.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const call = detectInterview(ownNote('llamada recruiter dorvel??', 'me llaman por el puesto de estrategia'), owner);
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    expect(call.company).toBe('Dorvel');
    expect(detectInterview(ownNote('stroomlijn - recruiter belt', 'over de vacature UX researcher'), owner).isInterview).toBe(true);
  });
  it('reads a search firm\'s meeting with its client, and names the client and public bodies', () => {
    const kerner = person('philipp.kerner@kerner-search.example', 'Philipp Kerner', { organizer: true });
    const gesa = person('g.brandhorst@brandhorst-chemie.example', 'Gesa Brandhorst');
    const d = detectInvite(kerner, [gesa], 'Kerner | Klientengespräch Brandhorst Chemie – Pressesprecher (m/w/d)', 'hiermit bestätige ich Ihr Erstgespräch mit unserem Klienten, der Brandhorst Chemie GmbH. Ihre Gesprächspartner sind Gesa Brandhorst (Geschäftsführerin).');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Brandhorst Chemie');
    const agency = detectFrom('sandra@mediaprofile-personal.example', 'Sandra Kühnel', 'Telefoninterview Mediaprofile – Pressesprecher (m/w/d) Teltow Kliniken', 'hier unser Telefontermin zur Position Pressesprecher (m/w/d) bei unserem Kunden, den Teltow Kliniken.\n\nSandra Kühnel\nMediaprofile Personal GmbH');
    expect(agency.company).toBe('Teltow Kliniken');
    const ministry = detectFrom('personalgewinnung@bmkl.bund.de', 'BMKL Referat Z 12 – Personalgewinnung', 'Auswahlgespräch – Referentin/Referent Pressestelle (Kennziffer 2026-117)', 'Der Auswahlkommission gehören an:\n- Henning Wolters, Leiter der Pressestelle\n- Sabine Kraushaar, Referat Z 12\nDie Gleichstellungsbeauftragte sowie ein Mitglied des Personalrats nehmen beratend teil.');
    expect(ministry.company).toMatch(/^bmkl$/i);
    expect(ministry.interviewers.map((i) => i.name)).toEqual(['Henning Wolters', 'Sabine Kraushaar']);
    const search = detectFrom('philipp.kerner@kerner-search.example', 'Philipp Kerner', 'Telefonat Kerner Executive Search / Casey Morgan – Mandat Pressesprecher (m/w/d)', 'Ich rufe Sie an, um Ihnen das Mandat vorzustellen: Pressesprecher (m/w/d) für ein Industrieunternehmen mit Sitz in Hamburg.');
    expect(search.company).not.toBe('Sitz');
  });
});

describe('detectInterview: an Innsbruck receptionist\'s and an Amsterdam researcher\'s calendars (session 15)', () => {
  it('reads kinds of hotel before a name, an invitation before the interview, and her notes of rounds', () => {
    expect(sameCompany('Seehotel Schmittenblick', 'Schmittenblick')).toBe(true);
    expect(sameCompany('Vitalhotel Lindenquelle', 'Lindenquelle')).toBe(true);
    const d = detectFrom('lindgraf.recruiting@gmail.com', 'Recruiting', 'Einladung zum Interview: Rezeptionist (m/w/d) – Lindgraf Hotel Wien Hauptbahnhof', 'Wir freuen uns auf das Gespräch.');
    expect(d.company).toBe('Lindgraf Hotel Wien Hauptbahnhof');
    expect(detectInterview(ownNote('vorstellungsgespräch schneekar kühtai!!'), owner).company).toBe('Schneekar Kühtai');
    const hr = person('hr@sonnwendhof.example', 'Sonnwendhof HR', { organizer: true });
    const round = ev({ id: 'r', summary: 'Vorstellungsgespräch – Rezeptionistin – Sonnwendhof', description: 'Zur Stelle an der Rezeption.', organizer: hr, attendees: [hr, me] });
    for (const summary of ['rückruf sonnwendhof seefeld', 'whatsapp videocall sonnwendhof']) {
      const out = detectInterviews([round, ev({ id: 'n', summary, description: '', organizer: { email: owner.email, self: true }, attendees: [] })], owner);
      const n = out.find((x) => x.eventId === 'n')!;
      expect(n.isInterview, `${summary}: ${n.reasons.join('; ')}`).toBe(true);
    }
  });
  it('leaves a recruiter\'s catch-up with no vacancy, a chat outside any hiring process, and paid research', () => {
    const cases: Array<[string, string]> = [
      ['Catch-up Anna (Designwerk Recruitment)', 'Geen specifieke vacature op dit moment – ik hoor graag wat je zoekt.'],
      ['Coffee chat: Lisa / Casey', 'Happy to tell you how research works here – this isn\'t part of a hiring process, just an informal chat.'],
      ['Onderzoek \'Mobiel bankieren\' – jouw interview (betaald)', 'In dit online interview stellen we je vragen over je bankzaken.\nVergoeding: €40, binnen 5 werkdagen.'],
    ];
    for (const [summary, description] of cases) {
      const d = detectFrom('anna@designwerk.example', 'Anna de Ruiter', summary, description);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('leaves a study whose title says it pays', () => {
    for (const summary of ['Onderzoek \'Mobiel bankieren\' – jouw interview (betaald)', 'Banking app study – your interview (paid, 45 min)']) {
      const d = detectFrom('onderzoek@panelwijzer.example', 'Panelwijzer', summary, 'Join on Zoom.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads no interview into the owner\'s own answer on a booking page', () => {
    const hanna = person('hanna@designmentor.example', 'Hanna Kowalski', { organizer: true });
    const d = detectInvite(hanna, [], 'Portfolio Review (45 min) between Hanna Kowalski and Casey Morgan', 'Event Name: Portfolio Review (45 min)\n\nWhat would you like feedback on?:\nMy case studies – preparing for researcher interviews.\n\nPowered by Calendly.com');
    expect(d.reasons.some((r) => r.startsWith('description says')), d.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Lisbon engineer\'s, a Barcelona architect\'s, a Montréal producer\'s and a Cork agronomist\'s calendars (session 15)', () => {
  it('leaves welcome calls, a Catalan mock interview, a parents\' meeting with the tutor and a paid study', () => {
    for (const summary of ['Welcome chat – Kaspar / Casey', 'Simulacre d\'entrevista en anglès - Mireia', 'Entrevista amb la tutora - Martí (P5)', 'Étude rémunérée – entrevue utilisateur (appli de mobilité)']) {
      const d = detectFrom('team@fernwork.example', 'Kaspar Lind', summary, 'For the role. Per al lloc.');
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
  it('reads a pre-selection call, a later "rencontre", a Catalan video call note, and "Directora de …" as a job', () => {
    const agency = detectFrom('ana@niveauplus.example', 'Ana Roy', 'Niveau+ Recrutement – Présélection : Senior Producer (client : Tidepool Games)', 'Merci pour ton intérêt pour le poste. On jase de ton parcours.');
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
    const cto = person('luc@realiteboreale.example', 'Luc Gagnon', { organizer: true });
    expect(detectInvite(cto, [], 'Boréale - 2e rencontre avec le CTO', 'Visio.').isInterview).toBe(true);
    const hr = person('rrhh@mendizabal-arq.example', 'Mendizábal RRHH', { organizer: true });
    const round = ev({ id: 'r', summary: 'Entrevista - Arquitecta de proyecto - Mendizábal Arquitectos', description: 'Para el puesto.', organizer: hr, attendees: [hr, me] });
    const out = detectInterviews([round, ev({ id: 'n', summary: 'videotrucada mendizábal arq (madrid)', description: '', organizer: { email: owner.email, self: true }, attendees: [] })], owner);
    expect(out.find((x) => x.eventId === 'n')!.isInterview).toBe(true);
    const search = detectFrom('talento@selectatalent.example', 'Selecta Talent', 'Selecta Talent - Entrevista telefónica: Directora de Proyectos (Promoción Residencial)', 'Te llamamos para el proceso.');
    expect(search.company).not.toBe('Directora de Proyectos');
    expect(sameCompany('Atelier Moreau Lindqvist', 'Moreau Lindqvist')).toBe(true);
    expect(sameCompany('Estudio Lanza Ocaña', 'Lanza Ocaña')).toBe(true);
  });
});

describe('detectInterview: someone else\'s interview while the owner minds the children (session 15)', () => {
  it('leaves a partner\'s interview noted with the pick-up or drop-off it means for the owner', () => {
    for (const summary of ['Anja Vorstellungsgespräch (Praxis Dr. Nehls) – ich bringe Mia', 'Sarah Vorstellungsgespräch (Charité) – ich hole Emil ab!', 'Sanne sollicitatiegesprek - kinderen ophalen', 'Julien – entretien chez DeliMarket (je le dépose)']) {
      const d = detectInterview(ownNote(summary, 'Für die Stelle.'), owner);
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    expect(detectInterview(ownNote('Vorstellungsgespräch Nordlicht Logistik 14 Uhr', 'Für die Stelle.'), owner).isInterview).toBe(true);
  });
});


describe('detectInterview: a person answering a recruiting team\'s mailbox (session 17)', () => {
  const from = (email: string, name: string) =>
    detectFrom(email, name, 'Entrevista - Encargada de turno', 'Hola, te confirmamos la entrevista para el puesto de encargada de turno. Un saludo.');

  it('names the employer by the domain, not by the person signing the mailbox', () => {
    const d = from('rrhh@cafeterialuna.es', 'Laura Gil');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(sameCompany(d.company ?? '', 'Cafeterialuna'), d.company ?? '').toBe(true);
  });

  it('keeps a mailbox name the domain spells, or that stands for it, as the employer', () => {
    expect(from('talent@bluebottlecafe.es', 'Blue Bottle').company).toBe('Blue Bottle');
    expect(from('rrhh@gmv.es', 'Grupo Mar Verde').company).toBe('Grupo Mar Verde');
    // A robot's mailbox at a job board or tool writes the employer's name.
    expect(from('noreply@jobtrain.co.uk', 'Ainsworth Ridge School').company).toBe('Ainsworth Ridge School');
  });
});

describe('findInterviewers: Spanish and Catalan ways of naming the panel (session 17)', () => {
  const names = (d: ReturnType<typeof detectInterview>) => d.interviewers.map((i) => i.name);
  const pol = person('pol.serrat@recapte.cat', 'Pol Serrat', { organizer: true });
  const mireia = person('mireia.casals@recapte.cat', 'Mireia Casals');

  it('keeps the writer who says the owner will spend time "amb mi", "with me" in Catalan', () => {
    const d = detectInvite(pol, [mireia], 'Entrevista tècnica – Recapte', "Hola Casey!\n\nEt proposem venir a l'oficina per fer l'entrevista tècnica: 1 h de live coding amb la Mireia Casals i després 45 min amb mi sobre arquitectura.\n\nPol");
    expect(names(d)).toEqual(['Pol Serrat', 'Mireia Casals']);
  });

  it('keeps the writer whom someone "nos acompañará" joins, or who says "we\'ll go through" the exercise', () => {
    const sergi = person('sergi.bosch@vanterra.com', 'Sergi Bosch', { organizer: true });
    const priya = person('priya.nair@vanterra.com', 'Priya Nair');
    const d = detectInvite(sergi, [priya], 'Revisión prueba técnica', 'Hola Casey,\n\nRepasaremos juntos la prueba técnica que enviaste. Nos acompañará Priya Nair (Senior Data Engineer).\n\nUn saludo,\nSergi Bosch');
    expect(names(d)).toEqual(['Sergi Bosch', 'Priya Nair']);
    const jana = person('jana.kovac@nimbusfold.io', 'Jana Kovač', { organizer: true });
    const piotr = person('piotr.zielinski@nimbusfold.io', 'Piotr Zieliński');
    const e = detectInvite(jana, [piotr], 'Casey Morgan / technical interview', "Hi Casey,\n\nhere is the invite for our technical interview. We'll go through the pipeline exercise you sent, then Piotr will ask a few questions.\n\nJana");
    expect(names(e)).toEqual(['Jana Kovač', 'Piotr Zieliński']);
    // Without a word of their own part, the writer only arranged it.
    const f = detectInvite(sergi, [priya], 'Revisión prueba técnica', 'Hola Casey,\n\nTe entrevistará Priya Nair (Senior Data Engineer).\n\nUn saludo,\nSergi Bosch');
    expect(names(f)).toEqual(['Priya Nair']);
  });

  it('reads "Le atenderá en primer lugar … y a continuación …" and "Asistentes por parte de …:" as the list', () => {
    const team = person('seleccion@grupoescarlata.es', 'Selección Grupo Escarlata', { organizer: true });
    const d = detectInvite(team, [], 'Entrevista personal – Ingeniero/a de Datos', 'Estimado Casey:\n\nEn relación con su candidatura, nos complace convocarle a una entrevista personal. Le atenderá en primer lugar María José Prats, Técnica de Selección, y a continuación Rafael Ortuño, Jefe de Sistemas de Información.\n\nAtentamente,\nDepartamento de Selección');
    expect(names(d)).toEqual(['María José Prats', 'Rafael Ortuño']);
    const lorena = person('lorena.castano@nexeria.com', 'Lorena Castaño', { organizer: true });
    const e = detectInvite(lorena, [person('ramon.egea@nexeria.com', 'Ramón Egea'), person('ivan.prieto@nexeria.com', 'Iván Prieto')], 'Nexeria – Presentación caso práctico',
      'Hola Casey,\n\nÚltima fase del proceso para la posición de Senior Data Engineer.\n\nAsistentes por parte de Nexeria: Ramón Egea (Partner, Data & AI) e Iván Prieto (Manager, Data & AI).\n\nLorena Castaño · Talent Acquisition · Nexeria Consulting');
    expect(names(e)).toEqual(['Ramón Egea', 'Iván Prieto']);
  });
});

describe('detectInterview: a Barcelona data engineer\'s calendar, in Catalan, Spanish and English (session 17)', () => {
  it('reads Catalan and Spanish prep, mocks, episodes, features and application deadlines as no interview', () => {
    for (const title of ["Preparació d'entrevistes (sessió 2 de 3)", 'Simulacro de entrevista con Marta', 'Dades i Cafè – gravació episodi 42', 'Entrevista – El Clot Digital (reportatge talent tech BCN)', 'Últim dia per aplicar – Kestrel Pharma (Data Engineer)', 'Último día para postular – Analista de Datos']) {
      const d = detectInterview(invite(title, 'Hola Casey, ens veiem aviat.'), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // "Talent" after a capitalised word still names an agency ("Spotlight Talent"): its interview stands.
    const agency = detectInterview(invite('Phone interview (Reportage Talent) – Data Engineer', 'Thanks for applying to the Data Engineer role.'), owner);
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
  });

  it('takes a culture-fit round over coffee as an interview', () => {
    const arnau = person('arnau@esteldata.com', 'Arnau Pujol', { organizer: true });
    const queralt = person('queralt@esteldata.com', 'Queralt Mas');
    const d = detectInvite(arnau, [queralt], 'Cafè + cultural fit – Estel Data', "Casey, fem l'última conversa abans de fer-te una proposta: cultural fit amb la Queralt (cofundadora i CEO) i jo.\n\nArnau");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Arnau Pujol', 'Queralt Mas']);
  });

  it('reads the owner\'s note that an agency\'s consultant "em truca" about a position, whose client is not named', () => {
    const d = detectInterview(ownNote('Trucada Irene (Selectiva RH) – Lead Data Engineer', "Irene Castells, consultora de Selectiva RH, em truca per una posició de Lead Data Engineer (client: 'scale-up fintech', no em diu el nom)."), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(sameCompany(d.company ?? '', 'Selectiva RH'), d.company ?? '').toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Irene Castells']);
  });

  it('leaves out who only welcomes the owner, and keeps one who also holds a slot', () => {
    const karin = person('karin.lindqvist@hallberg.com', 'Karin Lindqvist', { organizer: true });
    const jordi = person('jordi.esteve@hallberg.com', 'Jordi Esteve');
    const sofia = person('sofia.brandt@hallberg.com', 'Sofia Brandt');
    const agenda = (second: string) => `Hi Casey,\n\nWe're looking forward to your final interview for the Senior Data Engineer role. I will pick you up at reception.\n\nAgenda\n09:30 – 09:45\nWelcome (Karin Lindqvist, Talent Acquisition)\n09:45 – 10:45\nSystem design – Jordi Esteve, Principal Data Engineer\n11:00 – 11:45\n${second}\n\nKind regards,\nKarin`;
    const d = detectInvite(karin, [jordi, sofia], 'Final interview – Hallberg', agenda('Stakeholder collaboration – Sofia Brandt, Head of Analytics'));
    expect(d.interviewers.map((i) => i.name)).toEqual(['Jordi Esteve', 'Sofia Brandt']);
    const e = detectInvite(karin, [jordi, sofia], 'Final interview – Hallberg', agenda('Stakeholder collaboration – Karin Lindqvist, Head of Analytics'));
    expect(e.interviewers.map((i) => i.name)).toEqual(['Karin Lindqvist', 'Jordi Esteve', 'Sofia Brandt']);
  });
});

describe('findInterviewers: a Nantes nurse\'s calendar, in French (session 17)', () => {
  const names = (d: ReturnType<typeof detectInterview>) => d.interviewers.map((i) => i.name);

  it('writes a directory\'s "NOM Prénom" as a person does, with the letter\'s accents', () => {
    const virginie = person('v.thebaud@clinique-sevre.fr', 'THEBAUD Virginie', { organizer: true });
    const anne = person('as.lefloch@clinique-sevre.fr', 'LE FLOCH Anne-Sophie');
    const d = detectInvite(virginie, [anne], 'Entretien IDE UCA – M. Morgan', "Bonjour Monsieur Morgan,\n\nJe vous confirme notre rendez-vous pour un entretien concernant le poste d'IDE.\n\nVous serez reçu par moi-même et par Mme Anne-Sophie Le Floch, Directrice des soins.\n\nBien cordialement,\n\nVirginie Thébaud\nCadre de santé");
    expect(names(d)).toEqual(['Virginie Thébaud', 'Anne-Sophie Le Floch']);
    const magali = person('m.hervouet@previa-st44.fr', 'Magali HERVOUET', { organizer: true });
    const olivier = person('o.lemaitre@previa-st44.fr', 'Dr LEMAITRE Olivier');
    const e = detectInvite(magali, [olivier], 'Entretien – IDEST', 'Bonjour Monsieur Morgan,\n\nJe vous propose un entretien en visioconférence avec le Dr Olivier Lemaître, médecin du travail, et moi-même.\n\nCordialement,\nMagali Hervouet');
    expect(names(e)).toEqual(['Olivier Lemaître', 'Magali Hervouet']);
    // Initials first are no family name: "AJ Smith" on aj.smith@ stays as it is.
    const aj = person('aj.smith@quarrytech.com', 'AJ Smith', { organizer: true });
    expect(names(detectInvite(aj, [], 'Phone screen – Data Analyst', 'Thanks for applying to the Data Analyst role.'))).toEqual(['AJ Smith']);
  });

  it('reads "moi-même (Sylvie Garnier, DRH)" as the writer, and "Vous échangerez avec :" as a list', () => {
    const sylvie = person('s.garnier@ateliers-corvo.fr', 'Sylvie Garnier', { organizer: true });
    const bruno = person('b.caillat@ateliers-corvo.fr', 'Bruno Caillat');
    const d = detectInvite(sylvie, [bruno], 'Entretien M. Morgan – Ateliers Corvo', 'Bonjour Monsieur Morgan,\n\nJe vous confirme notre rendez-vous pour le poste de Responsable Marketing.\nVous serez reçu par moi-même (Sylvie Garnier, DRH) et par M. Bruno Caillat, Directeur Commercial.\n\nSylvie Garnier');
    expect(names(d)).toEqual(['Sylvie Garnier', 'Bruno Caillat']);
    const fabien = person('fabien.cosson@mutuelle-ligerienne.fr', 'Fabien Cosson', { organizer: true });
    const agathe = person('agathe.riou@mutuelle-ligerienne.fr', 'Agathe Riou');
    const recruiter = person('recrutement.rh@mutuelle-ligerienne.fr', 'Nina Morel');
    const e = detectInvite(fabien, [agathe, recruiter], 'Entretien visio – Infirmier(e)', "Bonjour Casey,\n\nNous avons le plaisir de vous inviter à un entretien en visio pour le poste d'Infirmier(e).\n\nVous échangerez avec :\n- Fabien Cosson, Responsable du centre de santé\n- Dr Agathe Riou, Médecin coordinatrice\n\nBien cordialement,\nService Recrutement");
    expect(names(e)).toEqual(['Fabien Cosson', 'Agathe Riou']);
  });

  it('reads "en présence de …" as the writer\'s interview with them, unless an agency writes', () => {
    const isabelle = person('isabelle.vuilleumier@carrard.ch', 'Isabelle Vuilleumier', { organizer: true });
    const laurent = person('laurent.chappuis@carrard.ch', 'Laurent Chappuis');
    const d = detectInvite(isabelle, [laurent, person('nadia.rezai@carrard.ch', 'Nadia Rezai')], 'Banque Carrard – 2e entretien', 'Bonjour Monsieur Morgan,\n\nJe vous confirme votre second entretien pour le poste de Compliance Officer, en présence de M. Laurent Chappuis, COO.\n\nIsabelle Vuilleumier');
    expect(names(d)).toEqual(['Isabelle Vuilleumier', 'Laurent Chappuis']);
    const julien = person('julien.roche@hestia-recrutement.fr', 'Julien Roche', { organizer: true });
    const e = detectInvite(julien, [person('ines.laurent@ondine.fr', 'Inès Laurent'), person('claire.abadie@ondine.fr', 'Claire Abadie')], 'Entretien final Ondine – Responsable Marketing',
      "Bonjour Casey,\nVous présenterez votre cas pratique à Mme Inès Laurent, fondatrice d'Ondine, en présence de Claire Abadie.\nJulien Roche\nHestia Recrutement");
    expect(names(e).sort()).toEqual(['Claire Abadie', 'Inès Laurent']);
  });
});

describe('detectInterview: a Nantes nurse\'s calendar, in French (session 17)', () => {
  it('reads a disciplinary hearing, a trainee\'s review and a patient\'s education session as no interview', () => {
    for (const [title, body] of [
      ['Entretien préalable Sandrine L. – assistance CFDT', "Convocation DRH à 10h. J'assiste Sandrine en tant que RS."],
      ['Entretien mi-stage – Léa Fouquet (ESI 2A)', "Grille d'évaluation portfolio. Tutrice : moi."],
      ['Entretien diagnostic éducatif – M. R. (insuffisance cardiaque)', 'Bilan éducatif partagé avant inclusion dans le programme ETP.'],
    ]) {
      const d = detectInterview(ownNote(title!, body), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('takes an agency\'s call to present a post as a step of the hiring process', () => {
    const marion = person('marion.lebreton@vitalis-recrutement.fr', 'Marion Lebreton', { organizer: true });
    const d = detectInvite(marion, [], 'Vitalis Recrutement – poste IDEC EHPAD (client confidentiel)', "Bonjour Casey,\n\nJe vous appellerai lundi à 17h30 comme convenu pour vous présenter le poste d'Infirmier(e) Coordinateur(trice) que nous recrutons pour un EHPAD du sud-Loire.\n\nMarion Lebreton\nConsultante Santé\nVitalis Recrutement");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite calls it a step of the hiring process');
    const english = detectInvite(person('dana@brightpath-staffing.com', 'Dana Cole', { organizer: true }), [], 'Brightpath Staffing – PM contract (client confidential)', "Hi Casey,\n\nI'll call you Monday at 10 to walk you through the role before I send your resume over.\n\nDana");
    expect(english.isInterview, english.reasons.join('; ')).toBe(true);
  });

  it('takes an internal application\'s interview, written to the owner as the applicant in French', () => {
    const cadre = person('isabelle.charrier@hp-sudloire.fr', 'CHARRIER Isabelle', { organizer: true });
    const own = (title: string, body: string) => detectInterview(ev({ summary: title, description: body, organizer: cadre, attendees: [cadre, { ...me, email: 'casey.morgan@hp-sudloire.fr' }] }), { email: 'casey.morgan@hp-sudloire.fr', name: 'Casey Morgan' });
    const d = own('Entretien – candidature interne IDE consultations externes', "Bonjour Casey,\n\nSuite à ta candidature sur la bourse à l'emploi interne pour le poste d'IDE aux consultations externes, je te propose de nous rencontrer mercredi.\n\nIsabelle Charrier");
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons).toContain('the invite addresses you as the applicant');
    // Written to the panel about someone else's application, it is the owner's to hold.
    const panel = own('Entretien – candidature interne IDE consultations externes', "Bonjour à tous,\n\nSuite à la candidature de Mme Rivière pour le poste d'IDE, je vous propose un entretien mercredi.");
    expect(panel.isInterview, panel.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Hamburg forwarder\'s calendar, in German (session 17)', () => {
  const names = (d: ReturnType<typeof detectInterview>) => d.interviewers.map((i) => i.name);

  it('reads the owner\'s note of an agency\'s caller, with the agency as the employer known', () => {
    const d = detectInterview(ownNote('Tel. Frau Brandt wg. Stelle Disposition', 'Sabrina Brandt, Kessler Personal – ruft aufs Handy an (Mittagspause, rausgehen!)\nStelle: Disponent Export (m/w/d), Mandant = Spedition in Billbrook, Name noch nicht genannt'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(names(d)).toEqual(['Sabrina Brandt']);
    expect(d.company).toBe('Kessler Personal');
  });

  it('names no department or German noun as the employer', () => {
    const hr = person('personal@tiedemann-hafenlogistik.de', 'Personalabteilung', { organizer: true });
    const d = detectInvite(hr, [person('u.brettschneider@tiedemann-hafenlogistik.de', 'Uwe Brettschneider')], 'Vorstellungsgespräch', 'Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nHeike Lorenzen');
    expect(sameCompany(d.company ?? '', 'Tiedemann Hafenlogistik'), d.company ?? '').toBe(true);
    const marcel = person('marcel.hinz@kessler-personal.de', 'Marcel Hinz', { organizer: true });
    const e = detectInvite(marcel, [], 'Telefoninterview Kessler Personal – Teamleiter Export (m/w/d)', 'Hallo Herr Morgan,\n\nfür unseren Mandanten suchen wir einen Teamleiter Export (m/w/d) mit Personalverantwortung für 6 Mitarbeitende. Ich rufe Sie wie besprochen an.\n\nMarcel Hinz');
    expect(e.company).not.toBe('Personalverantwortung');
  });

  it('keeps a name ending in "en" whole in a list, and the writer who is "ebenfalls dabei"', () => {
    const sg = person('elbtrans@mail.softgarden.io', 'Elbtrans Spedition GmbH & Co. KG', { organizer: true });
    const d = detectInvite(sg, [person('nadine.rohwer@elbtrans.de', 'Nadine Rohwer'), person('bjoern.claussen@elbtrans.de', 'Björn Claußen')], 'Einladung zum Kennenlerngespräch: Teamleitung Export (m/w/d)',
      'Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung.\n\nIhre Gesprächspartner: Frau Nadine Rohwer (Personalreferentin) und Herr Björn Claußen (Leiter Export Seefracht)');
    expect(names(d)).toEqual(['Nadine Rohwer', 'Björn Claußen']);
    const ole = person('ole.matthiesen@elbtrans.de', 'Ole Matthiesen', { organizer: true });
    const e = detectInvite(ole, [person('hauke.elbers@elbtrans.de', 'Hauke Elbers')], 'Zweitgespräch Teamleitung Export', 'Guten Morgen Herr Morgan,\n\nhier die Einladung zum abschließenden Gespräch zur Position Teamleitung Export. Ich bin ebenfalls dabei.\n\nViele Grüße');
    expect(names(e)).toEqual(['Ole Matthiesen', 'Hauke Elbers']);
  });

  it('reads a tool\'s "video meeting" as the place as a video call', () => {
    const d = detectInterview(invite('Interview with Sundberg Shipping Agency', 'Here are the details for your interview for the Export Coordinator position.\n\nJoin the video meeting:\nhttps://app.teamtailor.com/meet/sundberg-shipping/web412e741', { location: 'Teamtailor video meeting' }), owner);
    expect(d.kind).toBe('video');
  });
});

describe('detectInterview: a Phoenix project manager\'s calendar (session 17)', () => {
  it('reads an outplacement programme\'s session as no interview', () => {
    const coach = person('lorraine.pike@careerbridgetransitions.com', 'Lorraine Pike', { organizer: true });
    const d = detectInvite(coach, [], 'Careerbridge Transitions - Program Kickoff (Casey Morgan)', 'Welcome to your Careerbridge Transitions career transition program, provided by Ironwood Mutual as part of your separation package.\n\nIn our first session we\'ll cover your target roles and how to use our interview practice tools.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('names the recruiter of the owner\'s note who "\'ll call"', () => {
    const d = detectInterview(ownNote('Halcyon recruiter call (Bree)', "Bree Tanner, Sr Recruiter @ Halcyon Insurance Services - reached out on LinkedIn. Senior PM, Claims Modernization (remote). She'll call. Mention my Guidewire work."), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Bree Tanner']);
  });

  it('reads "The oral board panel will consist of:" as the list, leaving out who greets and proctors', () => {
    const hr = person('hr@cholla.edu', 'Cholla CCD Human Resources', { organizer: true });
    const panel = ['Renata Flores', 'Mark Ostrowski', 'Terrence Hall'].map((n) => person(`${n.split(' ')[0]!.toLowerCase()}@cholla.edu`, n));
    const d = detectInvite(hr, [...panel, person('ybegay@cholla.edu', 'Yolanda Begay')], 'Oral Board Interview - IT Project Manager (Job #26-0417)',
      'Dear Casey Morgan,\n\nYou have been selected to participate in an oral board interview for the position of IT Project Manager.\n\nThe oral board panel will consist of:\n  Dr. Renata Flores, Associate Vice Chancellor\n  Mark Ostrowski, Enterprise Applications Manager\n  Terrence Hall, Director, Facilities Planning\n\nYolanda Begay from Human Resources will greet you in the lobby, and afterward will proctor a written exercise.');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Renata Flores', 'Mark Ostrowski', 'Terrence Hall']);
  });
});

describe('findInterviewers: the writer who sits in as well, after a prose list (session 17)', () => {
  it('adds the writer who says so, and only then', () => {
    const ole = person('ole.matthiesen@elbtrans.de', 'Ole Matthiesen', { organizer: true });
    const hauke = person('hauke.elbers@elbtrans.de', 'Hauke Elbers');
    const body = (also: string) => `Guten Morgen Herr Morgan,\n\nhier die Einladung zum abschließenden Gespräch zur Position Teamleitung Export mit Hauke Elbers, unserem Geschäftsführer.${also}\n\nViele Grüße\nOle Matthiesen`;
    expect(detectInvite(ole, [hauke], 'Abschlussgespräch Teamleitung Export', body(' Ich bin ebenfalls dabei.')).interviewers.map((i) => i.name)).toEqual(['Hauke Elbers', 'Ole Matthiesen']);
    expect(detectInvite(ole, [hauke], 'Abschlussgespräch Teamleitung Export', body('')).interviewers.map((i) => i.name)).toEqual(['Hauke Elbers']);
  });
});

describe('detectInterview: a Lisbon engineer\'s calendar in Portuguese, and a clinical educator\'s demo (session 17)', () => {
  it('reads a Portuguese mock interview and offer conversation as no interview', () => {
    for (const title of ['Simulação de Entrevista (60 min) between Mariana Lobo and Casey Morgan', 'Ventura | Conversa sobre proposta – Casey Morgan']) {
      const d = detectInterview(invite(title, 'Olá Casey, até já.'), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('takes a Portuguese recruiter\'s call and an agency\'s "chamada" about a post', () => {
    const note = detectInterview(ownNote('call c/ recrutadora Prensatec (triagem)', 'Vaga de engenheiro de processo. Ela liga-me às 10h.'), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    const tiago = person('tiago.sequeira@ponterecrutamento.pt', 'Tiago Sequeira', { organizer: true });
    const d = detectInvite(tiago, [], 'Ponte Recrutamento – chamada (Eng. Manutenção)', 'Olá Casey,\nConforme combinado, ligo-lhe às 13h para falarmos sobre a função de Engenheiro de Manutenção para um cliente nosso. Será uma conversa breve para perceber o seu percurso e expectativas.\nTiago Sequeira\nConsultor | Ponte Recrutamento');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('takes a "Training Demo" as a round, and training itself as none', () => {
    const demo = detectInterview(invite('Keystone HIT Partners - Training Demo (Casey Morgan)', 'As the next step for the Clinical Educator role, please prepare a 15-minute training demo for our recruiter and the education team.'), owner);
    expect(demo.isInterview, demo.reasons.join('; ')).toBe(true);
    const training = detectInterview(invite('Keystone HIT Partners - Epic Training (Casey Morgan)', 'Training for new hires on the Epic workflow.'), owner);
    expect(training.isInterview, training.reasons.join('; ')).toBe(false);
  });
});

describe('extractCompany: title words that name no employer (session 17)', () => {
  it('passes over "Telefonisch kennismaken", "Telefonische intake", "Catch-up" and a contract\'s terms', () => {
    const d = detectInterview(ownNote('Telefonische intake: Interim Business Controller – Woonstichting Eemhof (6 mnd)', 'Bureau belt mij over de vacature.'), owner);
    expect(d.company).toBe('Woonstichting Eemhof');
    const e = detectInterview(ownNote('Phone Screen (UR RN contract) - Crescent Clinical', 'Dana calls me about the utilization review role.'), owner);
    expect(e.company).toBe('Crescent Clinical');
  });

  it('reads a school job board\'s mailbox as the tool, not the school', () => {
    const board = person('noreply@eteach.com', 'Eteach', { organizer: true });
    const d = detectInvite(board, [], 'Interview: Head of Year 9 - Highfield Moor High School', 'Dear Casey,\n\nWe are pleased to invite you to interview for the post of Head of Year 9 at Highfield Moor High School.');
    expect(d.company).toBe('Highfield Moor High School');
  });
});

describe('detectInterview: a debrief of the candidate\'s own work, and cover titles in other languages (session 18)', () => {
  it('takes an employer\'s debrief of the owner\'s challenge or exercise as a round, and a hiring team\'s debrief as none', () => {
    const coordinator = person('talent@brindlepay.com', 'Brindle Talent', { organizer: true });
    const panel = [person('oskar.lind@brindlepay.com', 'Oskar Lind'), person('ana.reyes@brindlepay.com', 'Ana Reyes')];
    const body = 'Hi Casey, thanks for sending your case study. You will walk Oskar and Ana through it.\n\nPowered by Ashby';
    for (const title of ['Case Study Debrief – Casey Morgan (Brindle)', 'Interview: Staff Writer | Brindle - Take-home debrief']) {
      const d = detectInvite(coordinator, panel, title, body);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(true);
    }
    const debrief = detectInvite(coordinator, panel, 'Candidate Debrief – Jordan Pike', 'Share your scorecards before we meet.\n\nPowered by Ashby');
    expect(debrief.isInterview, debrief.reasons.join('; ')).toBe(false);
  });

  it('reads the description of a "RDV perso", "Privattermin" or "Asuntos propios" entry, past a later line of what to prepare', () => {
    for (const title of ['RDV perso', 'Privattermin', 'Asuntos propios', 'Privé afspraak']) {
      const d = detectInterview(ownNote(title, 'Harrowgate Labs – final round with Ines Fairley (VP Design). Zoom.\nPréparer : why Harrowgate, questions on remote work.'), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(true);
      expect(d.company).toBe('Harrowgate Labs');
    }
    const mock = detectInterview(ownNote('RDV perso', 'Mock interview with my coach Hélène\nfinal round practice'), owner);
    expect(mock.isInterview, mock.reasons.join('; ')).toBe(false);
  });

  it('takes an employer\'s "last step of the process" over drinks as a round', () => {
    const host = person('zoe.marchal@petalwise.fr', 'Zoé Marchal', { organizer: true });
    const d = detectInvite(host, [person('hugo.lenoir@petalwise.fr', 'Hugo Lenoir')], 'Un verre avec l\'équipe – Petalwise',
      'Bonjour Casey,\n\nDernière étape du process : on te propose de rencontrer une partie de l\'équipe autour d\'un verre.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads an offer call, "the details of the offer", and a career night as no interview', () => {
    const d = detectFrom('mara.quist@fenlowmotors.com', 'Mara Quist', 'Casey / Mara – catch up', 'Hi Casey – good news: I want to walk you through the details of the offer (salary, bonus, start date). I\'ll call your cell.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const night = detectInterview(ownNote('Oakland County Engineering Career Night', 'Thirty employers. Bring 10 resumes.'), owner);
    expect(night.isInterview, night.reasons.join('; ')).toBe(false);
  });
});

describe('extractCompany: rounds, a person\'s initial and an agency\'s client (session 18)', () => {
  it('leaves the round out of a Spanish or Portuguese note\'s name: "2ª ronda", "Segunda ronda", "2.ª entrevista"', () => {
    for (const title of ['2ª ronda Brezal Farma (Getafe)', 'Segunda ronda Brezal Farma', '2.ª entrevista Brezal Farma', '2º entrevista Brezal Farma']) {
      const d = detectInterview(ownNote(title, 'Técnico de Registros – entrevista con Olga Sarrión (CEO).'), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(true);
      expect(d.company, title).toBe('Brezal Farma');
    }
  });

  it('reads "Brian S" in the title as the person on the invite, not the employer', () => {
    const brian = person('brian.szabo@ridgelinetech.com', 'Brian Szabo', { organizer: true });
    const d = detectInvite(brian, [], 'Casey M / Brian S – Controls Engineer (contract-to-hire)',
      'Casey – quick phone screen on the controls role I mentioned. 12-month contract-to-hire.\n\nBrian Szabo\nSr. Technical Recruiter | Ridgeline Technical Staffing');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('Brian S');
  });

  it('passes over a client described in lower case, and reads a Spanish agency\'s "estamos apoyando a"', () => {
    const rachel = person('rachel.dunn@crestlinestaffing.com', 'Rachel Dunn', { organizer: true });
    const d = detectInvite(rachel, [], 'Crestline Staffing – phone screen w/ Casey (Process Engineer)',
      'Details for our call:\n\nRole: Process Engineer\nClient: precision machining manufacturer, West Michigan – name shared after submittal\n\nRachel Dunn | Crestline Staffing');
    expect(d.company).toBe('Crestline Staffing');
    const ivan = person('ivan.soler@talentiaselect.es', 'Iván Soler', { organizer: true });
    const e = detectInvite(ivan, [], 'Llamada Talentia Select - Medical Advisor',
      'Hola Casey,\n\nEstamos apoyando a Corvalia Biotech (biotecnológica con sede en Madrid) en la búsqueda de un/a Medical Advisor.\n\nTe llamo el miércoles.\n\nIván Soler\nSenior Consultant | Talentia Select');
    expect(e.isInterview, e.reasons.join('; ')).toBe(true);
    expect(e.company).toBe('Corvalia Biotech');
  });
});

describe('extractCompany: an acronym the location spells out (session 18)', () => {
  it('names a note "CRMC 6N shadow" for "Chattahoochee Regional Medical Center" in its location', () => {
    const shadow = ev({ summary: 'WGMH 4W shadow', description: 'part of the interview process for Charge Nurse. shadow the charge RN.', location: 'West Georgia Memorial Hospital, 120 Elm St, LaGrange, GA', organizer: { email: owner.email, self: true }, attendees: [] });
    const d = detectInterview(shadow, owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('West Georgia Memorial Hospital');
    const center = detectInterview(ev({ ...shadow, summary: 'Phone interview – LRMC', location: 'Lakeside Regional Medical Center, 9 Bay Rd' }), owner);
    expect(center.company).toBe('Lakeside Regional Medical Center');
  });
});

describe('findInterviewers: whom an owner\'s note meets, in its description\'s opening (session 18)', () => {
  it('reads "w/ …", "Con … y …", "avec …" and "HM = …" opening a sentence of the note', () => {
    const cases: Array<[string, string, string[]]> = [
      ['2nd rd Harwick', 'w/ Dana Ortiz (Dir. of Product) + Felix Brandt (Sr PM). zoom link in Shay\'s email.', ['Dana Ortiz', 'Felix Brandt']],
      ['Entrevista Calatrava Pharma', 'Técnico de Registros. Con Elena Duarte y Jaime Robles (dir. operaciones). Pedir salir a las 9.', ['Elena Duarte', 'Jaime Robles']],
      ['2e tour Ombrelle', 'avec Karim Belhadj, Product Design Manager. Montrer le portfolio.', ['Karim Belhadj']],
      ['2nd rd Glenmoor', 'HM = Petra Lindvall (Design Director). Zoom link in Erin\'s email.', ['Petra Lindvall']],
    ];
    for (const [title, body, names] of cases) {
      const d = detectInterview(ownNote(title, body), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(true);
      expect(d.interviewers.map((i) => i.name), title).toEqual(names);
    }
  });

  it('names nobody from a note that only mentions people later on', () => {
    const d = detectInterview(ownNote('2nd rd Harwick', 'Zoom. Prep the case study.\nAsk about travel. Laura Vance said the team is small.'), owner);
    expect(d.interviewers).toEqual([]);
  });
});

describe('detectInterviews: an adjuster\'s interviews, and notes timed by an interview (session 18)', () => {
  it('reads a claimant\'s interview and a recorded statement as the owner\'s work', () => {
    for (const title of ['Claimant interview - R. Ames (fire loss, unit 2B)', 'Recorded statement – witness, PM-26-4411', 'Witness statement - Halsted St collision']) {
      const d = detectInterview(ownNote(title, 'Tenant alleges smoke damage. In person at the unit.'), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('leaves a note that an interview only places in time ("before Brightwater final")', () => {
    const recruiter = person('tobias@brightwaterenergy.com', 'Tobias Lindqvist', { organizer: true });
    const screen = ev({ id: 'screen', summary: 'Brightwater Energy Storage - CFO interview', description: 'Interview for the CFO role.', organizer: recruiter, attendees: [recruiter, me] });
    for (const summary of ['💈 cut + beard (before Brightwater final)', 'gym after brightwater onsite']) {
      const out = detectInterviews([screen, ev({ id: 'n', summary, description: '' })], owner);
      const d = out.find((x) => x.eventId === 'n')!;
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(false);
    }
    // Dutch "voor" is "for" as often as "before": a call for the employer is still its round.
    const forIt = detectInterviews([screen, ev({ id: 'n', summary: 'tel gesprek voor Brightwater', description: '' })], owner).find((x) => x.eventId === 'n')!;
    expect(forIt.isInterview, forIt.reasons.join('; ')).toBe(true);
  });

  it('names the recruiter a note\'s description introduces, and the people a sentence opens with', () => {
    const call = detectInterview(ownNote('call w/ recruiter - Marcus (Lakeview Staffing)', 'Marcus Bell, Lakeview Claims & Risk Staffing. Contract-to-hire Risk Control Consultant, client is a "national specialty carrier" - he would not say who. He calls me.'), owner);
    expect(call.interviewers.map((i) => i.name)).toEqual(['Marcus Bell']);
    expect(call.company).not.toBe('Marcus');
    const onsite = detectInterview(ownNote('Prairie Mutual - 2nd interview (onsite)', 'In person at HQ. Doug Lindqvist + Gail Sorensen (Director, PL Underwriting). They will show me the floor after.'), owner);
    expect(onsite.interviewers.map((i) => i.name)).toEqual(['Doug Lindqvist', 'Gail Sorensen']);
  });
});

describe('detectInterview: an Eindhoven engineer\'s Dutch rounds and a civil servant\'s panels (session 18)', () => {
  it('takes a "technisch gesprek", a Dutch invitation to the conversation, and a note that a recruiter "belt"', () => {
    const hr = person('l.smits@kempenmotion.nl', 'Lieke Smits', { organizer: true });
    const tech = detectInvite(hr, [person('b.aerts@kempenmotion.nl', 'Bram Aerts')], 'Technisch gesprek Kempen Motion', 'Hoi Casey,\n\nWe bespreken je ervaring met embedded C en de functie.');
    expect(tech.isInterview, tech.reasons.join('; ')).toBe(true);
    const invite2 = detectInvite(hr, [person('b.aerts@kempenmotion.nl', 'Bram Aerts')], 'Gesprek Casey Morgan', 'Hoi Casey,\n\nZoals telefonisch afgesproken hierbij de uitnodiging voor het gesprek. Bram sluit ook aan. Neem gerust je cv mee.\n\nGr. Lieke');
    expect(invite2.isInterview, invite2.reasons.join('; ')).toBe(true);
    const note = detectInterview(ownNote('Tel. gesprek Kempen Motion – Lieke (HR)', 'Lieke Smits belt. Vacature Embedded Software Engineer. Salarisindicatie vragen!'), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    const research = detectInterview(ownNote('Research Kempen voor technisch gesprek', 'Producten, klanten, vacaturetekst nalezen.'), owner);
    expect(research.isInterview, research.reasons.join('; ')).toBe(false);
  });

  it('reads "gesprek ter plaatse" as onsite, and a Dutch job fair as none', () => {
    const host = person('pj.claes@leuvenvision.be', 'Pieter-Jan Claes', { organizer: true });
    const d = detectInvite(host, [person('jens.v@leuvenvision.be', 'Jens Vermeulen')], 'Leuven Vision – gesprek ter plaatse', 'Dag Casey,\n\n10u15 technisch gesprek met Jens Vermeulen (Senior Embedded Engineer)\n11u15 gesprek met de CTO');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.kind).toBe('onsite');
    const fair = detectInvite(person('info@banenbeursbrabant.nl', 'Banenbeurs Brabant', { organizer: true }), [], 'Banenbeurs Techniek Brabant', 'Neem je cv mee! 60 werkgevers.');
    expect(fair.isInterview, fair.reasons.join('; ')).toBe(false);
  });

  it('reads a title that lists the owner on the panel, a sift result, a slot to book and a chat outside the assessment as no interview', () => {
    const hr = person('recruitment@cabinetoffice.gov.uk', 'Cabinet Office Recruitment', { organizer: true });
    const panel = detectInvite(hr, [], 'EO Policy Officer interviews - 391877 (panel: Callum, Casey, Naomi)', 'Interviews for vacancy 391877. Recruitment pack attached.');
    expect(panel.isInterview, panel.reasons.join('; ')).toBe(false);
    for (const title of ['ORI sift result ✅ through to interview!', 'Book DSE interview slot on CSJ - slots going fast!']) {
      const d = detectInterview(ownNote(title, ''), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const chat = detectFrom('dawn.mercer@pennine.gov.uk', 'Dawn Mercer', 'Informal chat - Strategic Policy Manager (Pennine)', 'Hi Casey,\n\nThis is an informal conversation for you to find out more about the role. It isn\'t part of the assessment and won\'t be taken into account at shortlisting.\n\nDawn');
    expect(chat.isInterview, chat.reasons.join('; ')).toBe(false);
  });

  it('names the employer past "as discussed with Mette", a grade after an acronym, and the platform Applied', () => {
    const jens = person('jens.albrecht@nordvikmedical.com', 'Jens Albrecht', { organizer: true });
    const d = detectInvite(jens, [], 'Interview Casey Morgan – Indirect Tax Analyst (VAT)', 'Hi Casey,\n\nas discussed with Mette, I\'d like to learn more about your VAT experience.\n\nJens Albrecht\nIndirect Tax Manager | Nordvik Medical');
    expect(d.company).toBe('Nordvik Medical');
    const dch = detectInterview(ownNote('DCH G7 interview - Policy Lead (5 min presentation)', 'From the CSJ email: Dear Casey Morgan, thank you for booking your interview with the Department for Communities and Housing.'), owner);
    expect(dch.company).toBe('Department for Communities and Housing');
    const applied = detectInvite(person('noreply@beapplied.com', 'Applied', { organizer: true }), [], 'Interview with Tyne Arts Fund - Senior Policy Officer', 'Your interview has been scheduled.');
    expect(applied.company).toBe('Tyne Arts Fund');
  });

  it('names the person a note\'s title gives with their job in brackets', () => {
    const d = detectInterview(ownNote('2nd rd Halwick - Janine Crossley (CEO) + board member', 'Zoom. Ask about the housing strategy.'), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Janine Crossley']);
  });
});

describe('detectInterview: a German tax clerk\'s call-backs and directory titles (session 18)', () => {
  it('takes a note titled as a headhunter\'s call-back about a job, naming the caller in full', () => {
    const d = detectInterview(ownNote('Rückruf Hr. Lenz (Isartal Personalberatung)', 'Tobias Lenz, Tel. 089 555 0101 – hat mich über XING angeschrieben.\nStelle: Lohnbuchhalter/in (m/w/d) bei einem Mandanten.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Tobias Lenz']);
    expect(d.company).toBe('Isartal Personalberatung');
    const lower = detectInterview(ownNote('rückruf jana roth (lindauer pharma, via xing) – sap stelle', 'Stelle: SAP EWM Berater/in (m/w/d).'), owner);
    expect(lower.isInterview, lower.reasons.join('; ')).toBe(true);
    expect(lower.interviewers.map((i) => i.name)).toEqual(['Jana Roth']);
    expect(lower.company).toBe('Lindauer Pharma');
  });

  it('reads the bracket after a headhunter\'s name as their firm, and the client after it as the employer', () => {
    const d = detectInterview(ownNote('Call Headhunter Vogl (Brenner Consulting) – Aubinger Logistik', 'Andreas Vogl ruft an (Handy). Stelle: Referent Steuern (m/w/d), Aubinger Logistik SE.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Aubinger Logistik');
  });

  it('drops a directory\'s professional titles before a name: "StBin Dr Ulrike Sattler"', () => {
    const hr = person('bewerbung@brandl-partner.de', 'Brandl & Partner Bewerbermanagement', { organizer: true });
    const d = detectInvite(hr, [person('u.sattler@brandl-partner.de', 'StBin Dr Ulrike Sattler'), person('h.wendl@brandl-partner.de', 'WP Dr. Hubert Wendl')], 'Fachgespräch Brandl & Partner – Casey Morgan', 'Sehr geehrte Frau Morgan,\n\nwir laden Sie zu einem Fachgespräch ein.');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ulrike Sattler', 'Hubert Wendl']);
  });
});

describe('detectInterview: recruiters\' calls and coffees in English, a student\'s French calendar (session 18)', () => {
  it('takes a technical round about "Linux/networking", a "re: the … role" chat, an agency\'s "talk through the … search" and "would like to meet you in person"', () => {
    const tech = detectFrom('alana.k@ravenpeak.gg', 'Alana Kealoha', 'Technical Interview - Casey Morgan', 'Hi Casey,\n\nNext up: a 60 min technical with Ji-ho Han. Mix of Linux/networking troubleshooting and a short scripting exercise.', { hangoutLink: 'https://meet.google.com/abc-defg-hij' });
    expect(tech.isInterview, tech.reasons.join('; ')).toBe(true);
    const chat = detectFrom('imogen@tidewell.gg', 'Imogen Farrell', 'Quick chat', 'Hi Casey - re: the Senior Infrastructure Engineer role on our platform team. I\'ll ring you for a quick first chat, 20 mins tops.\n\nImogen | Talent @ Tidewell');
    expect(chat.isInterview, chat.reasons.join('; ')).toBe(true);
    const agency = detectFrom('nina@harlowreed.com', 'Nina Castellano', 'Nina (Harlow Reed) <> Casey - Planner, Accessories', 'Hi Casey,\n\nHere\'s time to talk through the Merchandise Planner, Accessories search I\'m working on (client is confidential for now).\n\nNina Castellano\nSenior Recruiter | Harlow Reed');
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
    const meet = detectFrom('nina@harlowreed.com', 'Nina Castellano', 'Lark & Fern - in person (via Harlow Reed)', 'Hi Casey,\n\nGreat news - Lark & Fern would like to meet you in person! You\'ll meet Paul Ingram, SVP Merchandising.\n\nNina');
    expect(meet.isInterview, meet.reasons.join('; ')).toBe(true);
  });

  it('takes a coffee an applicant-tracking tool sends as "the final conversation for the … role"', () => {
    const d = detectFrom('ava@marlowefield.com', 'Ava Lindqvist', 'Coffee with Gwen Saar - Marlowe Field', '<p>Gwen Saar is our VP of Merchandising and this is the final conversation for the <b>Buyer, Knitwear</b> role.</p><p><i>This interview was scheduled using Greenhouse.</i></p>');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const social = detectFrom('ava@marlowefield.com', 'Ava Lindqvist', 'Coffee with Gwen Saar', 'Catching up after the conference.');
    expect(social.isInterview, social.reasons.join('; ')).toBe(false);
  });

  it('reads a job\'s specialty after its comma as part of the job, not the employer', () => {
    const kendra = person('kendra@loomtalent.com', 'Kendra Boateng', { organizer: true });
    const d = detectInvite(kendra, [], 'Loom Talent - Buyer, Contemporary (confidential client)', 'Let\'s set up a call about the Buyer, Contemporary opening I\'m recruiting for. The client is confidential at this stage.\n\nKendra Boateng\nPrincipal Recruiter | Loom Talent Partners');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('Contemporary');
  });

  it('reads a student\'s user interviews, placement review and school portrait as no interview', () => {
    const school = (email: string, title: string, body: string) => detectFrom(email, 'Léo Bertrand', title, body, { hangoutLink: 'https://meet.google.com/abc-defg-hij' });
    for (const [title, body] of [
      ['Projet tutoré - réunion groupe', 'ordre du jour : répartition des interviews utilisateurs, maquette, planning'],
      ['Entretien tripartite - suivi de stage', 'Entretien de suivi de stage (tuteur entreprise / tuteur école / étudiante).'],
      ['Interview Le Mag - témoignage stage', 'Interview pour le portrait « Nos étudiants en entreprise » du magazine de printemps.'],
    ]) {
      const d = school('leo.bertrand@ecole-data.fr', title!, body!);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });
});

describe('detectInterview: a Basque maintenance technician\'s calls and notes (session 18)', () => {
  it('takes a headhunter\'s call, and an agency\'s call to tell of a new opening before presenting him to the client', () => {
    const note = detectInterview(ownNote('Llamada headhunter Kapital - Cerámicas Ibarra', 'Gonzalo Pérez Iturriaga (Kapital Search). Jefe de turno mantenimiento en Cerámicas Ibarra, Llodio. Me hace la entrevista por teléfono.'), owner);
    expect(note.isInterview, note.reasons.join('; ')).toBe(true);
    expect(note.company).toBe('Cerámicas Ibarra');
    expect(note.interviewers.map((i) => i.name)).not.toContain('Cerámicas Ibarra');
    const agency = detectFrom('maite@lanbidetalent.es', 'Maite Olabarria', 'Maite (Lanbide Talent) te llama - mantenimiento Cárnicas Urdai', 'Hola Casey, te llamo para contarte una oferta nueva: técnico de mantenimiento para Industrias Cárnicas Urdai. Te haré unas preguntas para ver si encajas antes de presentarte al cliente.\n\nMaite');
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
    const offer = detectFrom('paula@kunavet.es', 'Paula Ruiz', 'Kuna Vet - llamada oferta', 'Hola Casey, ¡buenas noticias! Te llamo para contarte la oferta (salario, horario y fecha de incorporación).');
    expect(offer.isInterview, offer.reasons.join('; ')).toBe(false);
  });

  it('reads calls to arrange an interview\'s day or ask for a test\'s result as tasks', () => {
    for (const title of ['Devolver llamada a Begoña (Ardatz) para cuadrar día de entrevista', 'Llamar Aerogen - preguntar resultado prueba técnica']) {
      const d = detectInterview(ownNote(title, ''), owner);
      expect(d.isInterview, `${title}: ${d.reasons.join('; ')}`).toBe(false);
    }
  });

  it('reads "en las oficinas centrales" as onsite, and a person in a title\'s brackets with their job', () => {
    const d = detectFrom('nerea@papeleraurola.com', 'Nerea Sáenz', 'Entrevista final - Dirección General (Jefe/a de Turno)', 'Hola Casey:\n\nLa última fase es una entrevista con Amaia Uriarte, Directora General. Será en las oficinas centrales de Miñano.\n\nNerea Sáenz\nTel. +34 945 29 71 40');
    expect(d.kind).toBe('onsite');
    const note = detectInterview(ownNote('Entrevista Mecanizados Zubieta (Iñigo Agirre, jefe mant.)', 'Llevar DNI.'), owner);
    expect(note.interviewers.map((i) => i.name)).toEqual(['Iñigo Agirre']);
  });
});

describe('detectInterviews: a note of a later round or a plant visit with an employer the calendar interviews with (session 18)', () => {
  it('takes "2ª Sollube - visita fábrica" and "2e rdv Brightwater" as rounds of that application', () => {
    const recruiter = person('tobias@brightwaterenergy.com', 'Tobias Lindqvist', { organizer: true });
    const screen = ev({ id: 'screen', summary: 'Entrevista con Brightwater Energy', description: 'Entrevista para el puesto de técnico.', organizer: recruiter, attendees: [recruiter, me] });
    for (const summary of ['2ª Brightwater - visita fábrica Bermeo', '2e rdv Brightwater – Tarbes', 'Brightwater plant visit']) {
      const out = detectInterviews([screen, ev({ id: 'n', summary, description: 'Preguntar por horario.' })], owner);
      const d = out.find((x) => x.eventId === 'n')!;
      expect(d.isInterview, `${summary}: ${d.reasons.join('; ')}`).toBe(true);
    }
  });
});

describe('detectInterview: a Groningen PhD\'s calendar (session 18)', () => {
  it('reads a university newspaper\'s interview as press, and SAP SuccessFactors\' sapsf.eu as the tool', () => {
    const press = detectInterview(ownNote('Interview Universiteitskrant over proefschrift (Ymke Brouwers)', 'Voor de rubriek Promoties, met foto in het lab.'), owner);
    expect(press.isInterview, press.reasons.join('; ')).toBe(false);
    const sf = person('noreply@sapsf.eu', 'Noorderlicht Life Sciences Recruiting', { organizer: true });
    const d = detectInvite(sf, [], 'Interview Invitation: Associate Scientist, Process Chemistry', 'Dear Casey Morgan,\n\nThank you for your application for the position Associate Scientist (Job Req ID 48213) at Noorderlicht Life Sciences in Leiden. We are pleased to invite you to a first interview.\n\nThis is an automatically generated message from SAP SuccessFactors. Please do not reply to this message.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Noorderlicht Life Sciences');
  });
});

describe('detectInterview: a Lagos banker\'s, a Cologne event manager\'s and a Chicago analyst\'s calendars (session 18)', () => {
  it('takes an agency\'s call about a confidential client, a coffee made the final conversation, and a next step for a role', () => {
    const ngozi = person('ngozi.uzor@ebonytalent.com.ng', 'Ngozi Uzor', { organizer: true });
    const agency = detectInvite(ngozi, [], 'Ebony Talent Partners – confidential search: Head, Merchant Acquiring', 'Dear Casey,\n\nKindly find below the details of our call. I will call you on 0803 412 7765.\n\nRole: Head, Merchant Acquiring\nClient: Confidential – a licensed Payment Service Bank\n\nPlease have your current CV handy.\n\nNgozi Uzor\nSenior Consultant | Ebony Talent Partners');
    expect(agency.isInterview, agency.reasons.join('; ')).toBe(true);
    expect(agency.company).toMatch(/^Ebony Talent/);
    const coffee = detectFrom('amara@baobabrise.vc', 'Amara Diallo', 'Coffee ☕ – Amara / Casey', 'Hi Casey – great to finally meet in person. Let\'s make this the final conversation in the Investment Associate process; nothing to prepare.\n\nAmara');
    expect(coffee.isInterview, coffee.reasons.join('; ')).toBe(true);
    const founders = detectFrom('dapo@ledgerly.ng', 'Dapo Oyebanji', 'Ledgerly – meet the founders (Yaba)', 'Hi Casey,\n\nNext step for the Head of Lending Partnerships role: you\'ll meet Tamara (CTO) and me at the office.\n\nDapo');
    expect(founders.isInterview, founders.reasons.join('; ')).toBe(true);
  });

  it('reads a condo board interviewing property managers as no interview of the owner', () => {
    const d = detectFrom('board@lakeviewterrace.org', 'Lakeview Terrace Board', 'Condo board - interviews w/ property mgmt companies', 'Three firms presenting, 30 min each.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('takes a German call "kurz zu Ihren Unterlagen" and a "letzter Schritt" to get to know the owner; a contract\'s terms are none', () => {
    const call = detectFrom('s.hollmann@messe-rhein.de', 'Stefan Hollmann', 'Telefonat Frau Morgan', 'Guten Tag Frau Morgan,\n\nwie besprochen rufe ich Sie am Freitag auf Ihrem Handy an – ca. 20 Minuten, kurz zu Ihren Unterlagen und zu Ihren Fragen.\n\nBeste Grüße\nS. Hollmann');
    expect(call.isInterview, call.reasons.join('; ')).toBe(true);
    const last = detectFrom('jannik@rheinklang-events.de', 'Jannik Oberhaus', 'Rheinklang – Gespräch mit Fabian (GF)', 'Hi Casey, letzter Schritt: Fabian (Geschäftsführer) möchte dich noch kennenlernen, ich bin auch dabei.\n\nJannik', { hangoutLink: 'https://meet.google.com/abc-defg-hij' });
    expect(last.isInterview, last.reasons.join('; ')).toBe(true);
    const contract = detectFrom('k.bruegge@westmesse.de', 'Katrin Brüggemann', 'Vertragsgespräch Casey Morgan – Projektleitung', 'Liebe Frau Morgan,\n\nwir gehen gemeinsam die Eckpunkte des Vertragsangebots durch (Vergütung, Startdatum).');
    expect(contract.isInterview, contract.reasons.join('; ')).toBe(false);
  });

  it('names the caller a note gives as "Fr. Yilmaz", and no recruiter\'s job title as the employer', () => {
    const d = detectInterview(ownNote('Call Personalvermittlerin – Fr. Yilmaz (Rheinwerk)', 'Aylin Yilmaz, Rheinwerk Personal GmbH – hat mich über XING angeschrieben.\nStelle: Event Manager (m/w/d).\nSie ruft mich an: 0176 55503182'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Aylin Yilmaz']);
    expect(d.company).not.toBe('Personalvermittlerin');
  });

  it('takes a note of a conversation with an employer the calendar interviews with, named as its invites spell it', () => {
    const hr = person('s.hollmann@messe-rhein.de', 'Stefan Hollmann', { organizer: true });
    const first = ev({ id: 'first', summary: 'Vorstellungsgespräch Messe Rhein', description: 'Einladung zum Vorstellungsgespräch.', organizer: hr, attendees: [hr, me] });
    const out = detectInterviews([first, ev({ id: 'n', summary: 'Siegen 🚗 Gespräch Messe Rhein', description: 'Danach Hallen-Rundgang.' })], owner);
    const d = out.find((x) => x.eventId === 'n')!;
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Messe Rhein');
  });
});

describe('findInterviewers: a panel named in a sentence, and professors (session 19)', () => {
  const board = person('noreply@jobtrain.co.uk', 'Harbour Trust Recruitment', { organizer: true });
  it.each([
    ['<p>The interview panel, Gordon Leckie (R&amp;D Director) and Anne-Marie Doig (Research Governance Lead), will telephone you on the number provided.</p>', ['Gordon Leckie', 'Anne-Marie Doig']],
    ['<p>The interview panel will be Lorraine McKenzie (Service Manager) and Derek Gow (Chief Officer).</p>', ['Lorraine McKenzie', 'Derek Gow']],
    ['<p>The panel will be Dr Gordon Leckie (R&amp;D Director), Anne-Marie Doig and Professor Catherine Imrie (Associate Medical Director).</p>', ['Gordon Leckie', 'Anne-Marie Doig', 'Catherine Imrie']],
    ['<p><b>Panel:</b><br>Professor Niamh Doherty, Dean of Research (Chair)<br>Dr Robert Sinclair, Head of Research Development</p>', ['Niamh Doherty', 'Robert Sinclair']],
  ])('reads %s', (body, names) => {
    const d = detectInterview(ev({ summary: 'Interview - Research Governance Manager (Band 7) - Harbour Trust', description: body, organizer: board, attendees: [board, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(names);
  });

  it('names nobody from a panel sentence without names', () => {
    const d = detectInterview(ev({ summary: 'Interview - Research Governance Manager - Harbour Trust', description: '<p>The panel will be chaired by the Director of Research and will include a short presentation.</p>', organizer: board, attendees: [board, me] }), owner);
    expect(d.interviewers).toEqual([]);
  });
});

describe('detectInterview: a Valencia developer\'s calendar (session 19)', () => {
  it('takes no employer from a skill or a wish after "con", "bei", "at"', () => {
    const hr = person('nuria.sala@ventara.es', 'Nuria Sala', { organizer: true });
    let d = detectInterview(ev({ summary: 'Tomás / Nuria – 30 min', description: 'Hola, te envío la invitación para una primera entrevista para la posición de backend. Te cuento el proyecto y me cuentas tu experiencia con Rust y sistemas distribuidos.', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Ventara');
    const ta = person('jana.koch@birkenhof.de', 'Jana Koch', { organizer: true });
    const cto = person('felix.wolf@birkenhof.de', 'Felix Wolf');
    d = detectInterview(ev({ summary: 'Abgesagt: Finales Gespräch – Casey Morgan (Backend Developer)', description: 'Finales Gespräch mit Felix Wolf für die Position Backend Developer (m/w/d).\n\nSchade, dass du dich anders entschieden hast – wir wünschen dir alles Gute bei Nordlicht!', organizer: ta, attendees: [ta, cto, me] }), owner);
    expect(d.company).toBe('Birkenhof');
  });

  it.each([
    ['Llamada Lumo – rol Python remoto', 'Me llama Sara Vidal (Lumo Talent, consultora de selección IT) al móvil.\nRol Python para un cliente.', ['Sara Vidal']],
    ['Entrevista Cardumen – Parc Científic', 'Posición Data Engineer. Preguntar en recepción por Oriol Mas (CTO). Llevar portátil.', ['Oriol Mas']],
    ['call w/ recruiter – Tavola', 'Inés Roig (Talent) – me llama ella. Rol Backend Engineer, híbrido.', ['Inés Roig']],
  ])('reads whom the note meets in "%s"', (title, body, names) => {
    const d = detectInterview(ownNote(title, body), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(names);
  });

  it('names nobody from "me llama ella (Firm)"', () => {
    const d = detectInterview(ownNote('llamada recruiter norvel??', 'me llama ella (Supermercados Norvel). puesto expansión? confirmar banda'), owner);
    expect(d.interviewers).toEqual([]);
  });

  it('reads an offer letter in Spanish or French as the offer, not a round', () => {
    const hr = person('alba.ros@quintal.es', 'Alba Ros', { organizer: true });
    const offer = 'Como te adelanté, queremos presentarte la propuesta para la posición de Backend Engineer: salario, stock options y fecha de incorporación. Después te mando la carta de oferta por email.';
    const cfo = person('marc.puig@quintal.es', 'Marc Puig');
    let d = detectInterview(ev({ summary: 'Quintal – Conversación sobre la oferta', description: `¡Enhorabuena! ${offer}\n\nhttps://meet.google.com/abc-defg-hij`, organizer: hr, attendees: [hr, cfo, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    d = detectInterview(ev({ summary: 'Quintal – Entrevista final', description: 'Última entrevista con el CEO para la posición de Backend Engineer, antes de la carta de oferta.', organizer: hr, attendees: [hr, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads a note of someone else\'s interview when the description says they have it', () => {
    let d = detectInterview(ownNote('Entrevista de Marta 🍀', 'Marta tiene la 2ª entrevista en Farmacias Ribes por Teams. Llamarla a las 20h.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    d = detectInterview(ownNote("Jamie's interview", 'Jamie has the final interview at Corvel today. Ask how it went.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    // The firm's own process, in the owner's note of their interview there.
    d = detectInterview(ownNote('Entrevista Brightwave', 'Brightwave tiene una entrevista técnica y otra con el CTO. Preparar el caso.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: a Leeds head of science\'s calendar (session 19)', () => {
  it('reads a booking that says it is research or a course as no interview', () => {
    const researcher = person('maya.lind@brightleaf.co.uk', 'Maya Lind', { organizer: true });
    let d = detectInterview(ev({
      summary: 'Teacher Interview (45 min) between Maya Lind and Casey Morgan',
      description: 'Event Name: Teacher Interview (45 min)\n\nThanks for signing up to help us shape Brightleaf! This is a research conversation about how you plan lessons. There are no right answers – we\'re testing our product, not you.\n\nPowered by Calendly.com',
      organizer: researcher, attendees: [researcher, me], hangoutLink: 'https://meet.google.com/abc-defg-hij',
    }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const partnership = person('bookings@northernsafeguarding.org.uk', 'Northern Safeguarding Partnership', { organizer: true });
    d = detectInterview(ev({
      summary: 'Safer Recruitment in Education (Level 3) – Casey Morgan',
      description: 'Booking confirmed\n\nCourse: Safer Recruitment in Education – Level 3\nDelegate: Casey Morgan, Westfield High School\n\nContent includes: shortlisting, designing interview questions, the role of the interview panel and pre-employment checks.',
      organizer: partnership, attendees: [partnership, me],
    }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('reads a reminder about a referee and a visit before the owner starts as no interview', () => {
    let d = detectInterview(ownNote('Ask Priya re reference (Harwick)', 'They take refs BEFORE interview – warn her it will come from HR.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const head = person('kofi.mensah@harwickacademy.org.uk', 'Kofi Mensah', { organizer: true });
    d = detectInterview(ev({ summary: 'Harwick SLT meeting – visit', description: 'Hi Casey – come and sit in on our Monday SLT meeting and meet the team ahead of your September start.', organizer: head, attendees: [head, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('reads the people a day\'s schedule names after an interview slot, 24-hour times too', () => {
    const agent = person('rosa.kirk@pennineeducation.co.uk', 'Rosa Kirk', { organizer: true });
    let d = detectInterview(ev({
      summary: 'Oakfield Academy – Assistant Principal interview day – Casey Morgan',
      description: 'Programme:\n08:45  Arrive and sign in\n09:45  Student panel\n13:30  Panel interview – Martin Hale (Principal), Yvonne Cross (Vice Principal) and Peter Barr (Chair of Governors)\n\nGood luck!\nRosa',
      organizer: agent, attendees: [agent, me], location: 'Oakfield Academy, Halifax',
    }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Martin Hale', 'Yvonne Cross', 'Peter Barr']);
    const airline = person('pilotjobs@skyward.example', 'Skyward Pilot Recruitment', { organizer: true });
    d = detectInterview(ev({
      summary: 'Skyward Airlines Pilot Interview Day - Casey Morgan',
      description: 'Schedule:\n  0730  Check-in and logbook review\n  0830  Technical interview - Capt. Gary Wells (Check Airman), FO Tanya Reed\n  1030  HR panel - Rochelle Adams (Pilot Recruitment), Capt. Miguel Soto\n  1230  Lunch',
      organizer: airline, attendees: [airline, me],
    }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Gary Wells', 'Tanya Reed', 'Rochelle Adams', 'Miguel Soto']);
  });
});

describe('findInterviewers: a note\'s first name before a bracket, in full from its text (session 19)', () => {
  it.each([
    ['call w/ Nadia (Crestline Talent) – fintech PM role', 'Nadia Okafor found me on LinkedIn. Senior PM role at a payments client. She is calling my cell.', ['Nadia Okafor']],
    ['2nd rd Ferrow – Deb (HM)', 'Deb Kowalski, Director of Product – Fleet.\nStories: onboarding drop-off.', ['Deb Kowalski']],
  ])('reads "%s"', (title, body, names) => {
    const d = detectInterview(ownNote(title, body), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(names);
  });

  it('takes no firm for the surname', () => {
    const d = detectInterview(ownNote('2nd rd Ferrow – Deb (HM)', 'Deb Health Partners referred me.'), owner);
    expect(d.interviewers).toEqual([]);
  });
});

describe('detectInterview: a Newark operations analyst\'s agency calls (session 19)', () => {
  it('reads an agency\'s screen "before I submit you" and an owner\'s "screening call for" a named job as rounds', () => {
    const agent = person('maria.lutz@harborlinetalent.com', 'Maria Lutz', { organizer: true });
    let d = detectInterview(ev({
      summary: 'Phone call: Maria Lutz (Harborline) - Pinebrook Foods',
      description: "Hi Casey, Omar passed your info along. I'm recruiting for an Operations Manager (contract-to-hire) at Pinebrook Foods. I'd like to do a quick screen before I submit you. I'll call your cell.",
      organizer: agent, attendees: [agent, me],
    }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    d = detectInterview(ownNote('Crestview - Lou re: contract BA', 'Lou Bertrand (Crestview Staffing) 908-555-0100. screening call for 6-mo contract Business Analyst, pharma client. ask rate, hybrid?'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Lou Bertrand']);
  });
});

describe('detectInterview: a Chicago marketing manager\'s coffee with an employer (session 19)', () => {
  it('reads "as a next step, let\'s meet in person" from an employer as a round, over its coffee title', () => {
    const hm = person('ingrid.holm@fjordlyhome.com', 'Ingrid Holm', { organizer: true });
    const d = detectInterview(ev({
      summary: 'Coffee – Ingrid / Casey',
      description: "Great to talk with you and Nils! As a next step, let's meet in person at the showroom – I'll show you the space and we can go deeper on the launch plan and how you'd build the team.",
      organizer: hm, attendees: [hm, me], location: 'Fjordly Home Showroom, 845 W Randolph St, Chicago',
    }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterview: an Atlanta HR generalist\'s calendar (session 19)', () => {
  it('reads a schedule slot\'s person up to her job and region', () => {
    const ats = person('noreply@harborfreight-ats.example', 'Harbor Freightways Talent Acquisition', { organizer: true });
    const d = detectInterview(ev({
      summary: 'Harbor Freightways - Onsite Interview',
      description: 'Your onsite interview has been scheduled.\nJob Title: HR Manager\nAgenda:\n9:45 AM  Interview - Dwayne Locke, VP Human Resources\n10:30 AM Interview - Ana Lucia Ferro, Director of Field Operations, Southeast\n11:15 AM Interview and dock tour - Brent Kowal, Terminal Manager, Atlanta\n12:15 PM Lunch with the HR team',
      organizer: ats, attendees: [ats, me],
    }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Dwayne Locke', 'Ana Lucia Ferro', 'Brent Kowal']);
  });

  it('does not take the employer for an agency for the job\'s words on the line after its name', () => {
    const ta = person('derek.yoon@greenmillfoods.com', 'Derek Yoon', { organizer: true });
    const d = detectInterview(ev({
      summary: 'Phone Interview - Talent Acquisition Manager - Manufacturing',
      description: 'Hi Casey,\n\nYou have an upcoming interview with Greenmill Foods.\n\nJob: Talent Acquisition Manager - Manufacturing\nInterviewer: Derek Yoon\n\nSent via SmartRecruiters',
      organizer: ta, attendees: [ta, me],
    }), owner);
    expect(d.company).toBe('Greenmill Foods');
  });

  it('reads a coaching scenario set in a final round as part of the round', () => {
    const coord = person('scheduling@fernpine.com', 'Fernpine Recruiting', { organizer: true });
    const hm = person('lea.marsh@fernpine.com', 'Lea Marsh');
    const d = detectInterview(ev({ summary: 'Fernpine Final Round (2/3): Manager Coaching Scenario - Casey Morgan', description: 'Candidate: Casey Morgan\nRole: HR Business Partner\nYou will coach a manager through a performance conversation.', organizer: coord, attendees: [coord, hm, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads the owner\'s note of a screen of a job board\'s applicant as no interview of theirs', () => {
    const d = detectInterview(ownNote('Phone screen: Tia Brooks - Warehouse Associate (PT)', 'Indeed applicant. 678-555-0100. Check weekend availability, forklift cert, start date.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Berlin UX designer\'s informal rounds (session 19)', () => {
  const founder = person('tim.brandt@hausfuchs.io', 'Tim Brandt', { organizer: true });
  it.each([
    ['Frühstück mit Hausfuchs-Gründern ☕', 'Hi Lena,\nletzter Schritt vor einem möglichen Angebot – ganz entspannt beim Frühstück. Marlene (Co-Founder & CPO) lernt dich hier zum ersten Mal kennen.\nTim'],
    ['Kennenlernen mit dem Design-Team 🥨', 'Hi Lena,\nals letzten Baustein vor dem Gespräch mit Carla möchten wir dir gern das Design-Team vorstellen – beim Mittagessen bei uns im Büro. Das Team hat natürlich ein paar Fragen an dich.\nFelix'],
    ['Design Task Review – Lena', 'Du stellst uns deine Lösung zur Aufgabe vor (ca. 20 Min.), danach Q&A mit Tarek und mir.\nAnnika'],
    ['Fachgespräch UX – Hausfuchs (Teams)', 'Hallo Frau Hoffmann,\nwie angekündigt das zweite Gespräch zur Stelle UX Designer (all genders). Dieses Mal mit Stephan Wagner und mir.\nViele Grüße'],
  ])('reads "%s" as a round', (summary, description) => {
    const d = detectInterview(ev({ summary, description, organizer: founder, attendees: [founder, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('findInterviewers: one "Interviewer:" and her job (session 19)', () => {
  const coord = person('interviews@hatchway.example', 'Hatchway Interviews', { organizer: true });
  it('reads the names up to the first part that is none after a singular label', () => {
    const d = detectInterview(ev({ summary: 'Hatchway Virtual Onsite (5/5): Hiring Manager - Casey Morgan', description: 'Virtual onsite interview 5/5 - Senior Data Scientist\nInterviewer: Sofia Mendes, Data Science Manager, Marketplace Pricing\nFocus: the team and the role.', organizer: coord, attendees: [coord, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Sofia Mendes']);
  });

  it('keeps every name a German "Interviewer:" lists, also with their jobs in brackets', () => {
    const a = person('christoph.vahl@ubierre.example', 'Christoph Vahl');
    const b = person('elena.markovic@ubierre.example', 'Elena Marković');
    const d = detectInterview(ev({ summary: 'Fachinterview Claims Analyst – Casey Morgan', description: 'Interviewer: Dr. Christoph Vahl (Senior Claims Manager), Elena Marković (Claims Analyst)', organizer: coord, attendees: [coord, a, b, me] }), owner);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Christoph Vahl', 'Elena Marković']);
  });
});

describe('detectInterview: a firm whose name holds an outlet\'s word (session 19)', () => {
  it('reads "Granite Ledger Capital" as a firm, and "the Harbor Ledger" still as press', () => {
    const agent = person('sam.ortiz@bayviewlegal.example', 'Sam Ortiz', { organizer: true });
    const gc = person('ruth.cole@graniteledger.com', 'Ruth Cole');
    let d = detectInterview(ev({ summary: 'Interview: Casey Morgan / Granite Ledger Capital (via Bayview)', description: 'Video interview with Ruth Cole, General Counsel.', organizer: agent, attendees: [agent, gc, me], hangoutLink: 'https://meet.google.com/abc-defg-hij' }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    const reporter = person('jo.lane@harborledger.com', 'Jo Lane', { organizer: true });
    d = detectInterview(ev({ summary: 'Interview with the Harbor Ledger', description: 'A short interview about the new clinic for Sunday\'s paper.', organizer: reporter, attendees: [reporter, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Houston project manager\'s calendar (session 19)', () => {
  it('takes no firm for the invited people a title joins after "Interview with"', () => {
    const a = person('owen.stark@halvordp.com', 'Owen Stark', { organizer: true });
    const b = person('pris.vo@halvordp.com', 'Pris Vo');
    const d = detectInterview(ev({ summary: 'Casey Morgan - Development Manager - Interview with Owen Stark & Pris Vo', description: 'Here are the details for your next round.\nRole: Development Manager', organizer: a, attendees: [a, b, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('Owen Stark & Pris Vo');
  });

  it('reads a TV channel\'s "Entrevista Canal 38" as press', () => {
    const producer = person('lorena.mar@canal38tv.example', 'Lorena Mar', { organizer: true });
    const d = detectInterview(ev({ summary: 'Entrevista Canal 38 - mano de obra en la construcción', description: 'Hola, gracias por aceptar la entrevista. Grabaremos unos 10 minutos en la obra.', organizer: producer, attendees: [producer, me] }), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a Minneapolis accountant\'s and an Amsterdam analyst\'s notes (session 19)', () => {
  it('reads "Write up notes - … phone screen" as a to-do and a bare "Afspraak" by its description', () => {
    let d = detectInterview(ownNote('Write up notes - Riverbend phone screen', 'What they asked, who I talked to, next steps.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    d = detectInterview(ownNote('Afspraak', 'Laatste ronde bij Havenlijn Logistics met de COO, kantoor Rotterdam. Businesscase meenemen.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });
});

describe('detectInterviews: the next employer\'s conversation about a job, once its routine is on the calendar (session 19)', () => {
  it('reads "Owner / Person - Job" from a domain the calendar meets every week as the owner\'s', () => {
    const derek = person('derek.olm@corvance.example', 'Derek Olm', { organizer: true });
    const tina = person('tina.ray@corvance.example', 'Tina Ray');
    const standup = (n: number): CalendarEvent => ev({ id: `s${n}`, summary: 'Corporate accounting standup', recurringEventId: 'standup', organizer: tina, attendees: [tina, derek, me], start: { dateTime: `2027-04-0${n}T09:00:00-05:00` }, end: { dateTime: `2027-04-0${n}T09:15:00-05:00` } });
    const talk = ev({ id: 'talk', summary: 'Casey Morgan / Derek Olm - Accounting Manager', description: "I'd like to use the hour to walk through your close experience and what you're looking for next.", organizer: derek, attendees: [derek, me] });
    const weekly = ev({ id: 'weekly', summary: 'Casey Morgan / Derek Olm - weekly sync', organizer: derek, attendees: [derek, me] });
    const out = detectInterviews([standup(5), standup(6), standup(7), talk, weekly], owner);
    const byId = new Map(out.map((d) => [d.eventId, d]));
    expect(byId.get('talk')!.isInterview, byId.get('talk')!.reasons.join('; ')).toBe(true);
    expect(byId.get('weekly')!.isInterview).toBe(false);
  });
});

describe('detectInterviews: an employer the owner joins later in the calendar (session 20)', () => {
  const at = (day: string, time = '10:00') => ({ start: { dateTime: `${day}T${time}:00-06:00` }, end: { dateTime: `${day}T${time.replace(/^\d\d/, (h) => String(Number(h) + 1).padStart(2, '0'))}:00-06:00` } });
  const derek = person('derek.olmstead@corvanta.com', 'Derek Olmstead', { organizer: true });
  const old = person('pat.lee@oldworks.com', 'Pat Lee', { organizer: true });
  // The owner's current job: a weekly routine from the calendar's first weeks.
  const oldWeekly = (id: string, day: string) => ev({ id, summary: 'Close checklist', recurringEventId: 'ow', organizer: old, attendees: [old, me], ...at(day, '09:00') });
  // The next job: its routine begins in April.
  const newWeekly = (id: string, day: string) => ev({ id, summary: 'Corporate Accounting - weekly staff mtg', recurringEventId: 'nw', organizer: derek, attendees: [derek, me], ...at(day, '09:00') });
  const calendar = (extra: CalendarEvent[]) => detectInterviews([
    oldWeekly('o1', '2027-01-05'), oldWeekly('o2', '2027-01-12'), oldWeekly('o3', '2027-03-02'),
    ...extra,
    newWeekly('n1', '2027-04-13'), newWeekly('n2', '2027-04-20'),
  ], owner);

  it("reads the new employer's interviews from before the owner joined as the owner's own", () => {
    const round = ev({ id: 'r', summary: 'Interview - Accounting Manager', description: 'Looking forward to talking about the Accounting Manager role.', organizer: derek, attendees: [derek, me], ...at('2027-01-22') });
    const d = calendar([round]).find((x) => x.eventId === 'r')!;
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.reasons.join('\n')).not.toContain('inside your own company');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Derek Olmstead']);
  });

  it('still reads interviews the new employer runs once the owner works there as ones the owner sits on', () => {
    const later = ev({ id: 'l', summary: 'Interview - Senior Accountant', description: 'Candidate interview for the Senior Accountant opening.', organizer: derek, attendees: [derek, me], ...at('2027-04-15', '13:00') });
    const d = calendar([later]).find((x) => x.eventId === 'l')!;
    expect(d.isInterview).toBe(false);
    expect(d.reasons.join('\n')).toContain('inside your own company');
  });

  it("keeps the current employer's interviews the owner's side at every date", () => {
    const panel = ev({ id: 'p', summary: 'Interview - Staff Accountant', description: 'Candidate interview for the Staff Accountant opening.', organizer: old, attendees: [old, me], ...at('2027-01-06', '14:00') });
    const d = calendar([panel]).find((x) => x.eventId === 'p')!;
    expect(d.isInterview).toBe(false);
    expect(d.reasons.join('\n')).toContain('inside your own company');
  });
});

describe('contextAt: which colleague domains an event sees (session 20)', () => {
  const since = Date.parse('2027-04-13T09:00:00-05:00');
  const context = { colleagueDomains: new Set(['old.com', 'new.com']), colleagueSince: new Map([['new.com', since]]) };
  const at = (dateTime: string) => [...contextAt(context, ev({ start: { dateTime } })).colleagueDomains].sort();
  it('leaves a later employer out before its first routine meeting, to the minute, in any offset', () => {
    expect(at('2027-01-22T10:00:00-06:00')).toEqual(['old.com']);
    expect(at('2027-04-13T08:59:00-05:00')).toEqual(['old.com']);
    expect(at('2027-04-13T14:59:00+01:00')).toEqual(['old.com']);
    expect(at('2027-04-12T23:30:00-12:00')).toEqual(['old.com']);
    expect(at('2027-04-13T09:00:00-05:00')).toEqual(['new.com', 'old.com']);
    expect(at('2027-04-13T02:30:00-12:00')).toEqual(['new.com', 'old.com']);
    expect(at('2027-06-01T09:00:00+02:00')).toEqual(['new.com', 'old.com']);
    expect([...contextAt(context, ev({ start: { date: '2027-04-12' } })).colleagueDomains].sort()).toEqual(['old.com']);
  });
  it('keeps every domain for an event with no start it can read', () => {
    expect(contextAt(context, ev({ start: undefined }))).toBe(context);
    expect(contextAt(context, ev({ start: { dateTime: 'next Tuesday' } }))).toBe(context);
  });
});

describe('detectInterview: a teacher, a store manager, a graduate and a security analyst (session 20)', () => {
  const from = (email: string, name: string) => person(email, name, { organizer: true });

  it('reads a job word said twice in the job title as the job\'s, not a training course', () => {
    const d = detectInvite(from('careers@lakeviewpower.coop', 'Lakeview Power Recruiting'), [person('mtan@lakeviewpower.coop', 'Mei Tan')],
      'Phone Interview: Training Coordinator - Field & Technical Training', 'Your phone interview for Training Coordinator - Field & Technical Training is confirmed. Interviewer: Mei Tan.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it.each([
    ['Design Exercise Debrief - Casey Morgan', 'Thanks for submitting your design exercise! You\'ll walk Omar and Jess through your storyboard.\n\nInterviewers:\n- Omar Reyes, Design Lead\n- Jess Lin, Senior Designer'],
    ['Fernway - Writing Exercise Review', 'Thanks for completing the writing exercise. In this session you\'ll discuss your samples with our editors.'],
  ])('reads the candidate\'s own exercise talked through with the team as a round: %s', (summary, description) => {
    const d = detectFrom('omar.reyes@fernway.io', 'Omar Reyes', summary, description);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it.each([
    ['Spring hiring event - open interviews 9-1', 'Walk-ins all morning. Me + Tasha + Rob interviewing at the back tables. Bring I-9 forms.'],
  ])('knows the owner sits at the interviewing table: %s', (summary, description) => {
    expect(detectInterview(ownNote(summary, description), owner).isInterview).toBe(false);
  });

  it('knows a club\'s volunteers interview its applicants', () => {
    const d = detectFrom('board@finclub.example.org', 'Finance Club Board', 'Finance Club Member Interviews - Room 2',
      'Thanks for volunteering to interview this semester! Panel 2: Casey, Ana, Lee. Interviewer guide and scoresheet are in the drive.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('reads a student reporter\'s questions as press, not hiring', () => {
    const d = detectInterview(ownNote('Interview w/ The Beacon', 'Maya from The Beacon is interviewing me about the robotics showcase. ~15 min, she records audio.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const job = detectInterview(ownNote('Call w/ Halden recruiter', 'She is interviewing me about the Analyst role, 20 min.'), owner);
    expect(job.isInterview, job.reasons.join('; ')).toBe(true);
  });

  it('reads a security clearance interview as a background check', () => {
    const d = detectInterview(ownNote('Security clearance interview - Reliability status', 'Screening officer calls. Have addresses for the last 5 years ready.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('reads a chat the invite says is no part of the evaluation as no interview', () => {
    const d = detectFrom('events@harrowbank.com', 'Harrow Bank Early Careers', 'Chat with current analysts - Casey Morgan',
      'Join a few of our analysts for lunch. This is an informal conversation and is not part of your evaluation for the Analyst Program.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it.each([
    ['2nd rd Kestrel', 'Nadia Voss (Dir. Platform) + Omar Lindgren (Sr Platform Eng). Teams link in email.', ['Nadia Voss', 'Omar Lindgren']],
    ['2nd rd Brookfield', 'case w/ Ian Porter (manager) + behavioral. zoom link in Jo\'s email.', ['Ian Porter']],
  ])('names whom the owner\'s note meets: %s', (summary, description, names) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(names);
  });
});

describe('detectInterview: an engineer, a customer success manager, a communications manager and a dispatcher (session 20)', () => {
  it('reads a negative word in the topic of a take-home as the work\'s', () => {
    const d = detectFrom('hiring@beamworks.io', 'Dana Ruiz', 'Take-home review: customer onboarding plan - Casey Morgan', 'You\'ll walk us through your plan for the Senior CSM role.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    // The owner's own onboarding stays no interview.
    expect(detectFrom('hiring@beamworks.io', 'Dana Ruiz', 'Onboarding: day 1 - Casey Morgan', 'Welcome aboard! Laptop pickup at 9.').isInterview).toBe(false);
  });

  it('reads an employer\'s follow-up conversation titled with the job as a round', () => {
    const d = detectFrom('gsutherland@lakemont.edu', 'Gail Sutherland', 'Follow-up conversation - Associate Director of Admissions',
      'Thank you again for spending the day with us. Our provost would like a brief follow-up conversation with you.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(detectInterview(ownNote('Follow up - Lakemont'), owner).isInterview).toBe(false);
  });

  it('reads a writer\'s piece that quotes the owner as press', () => {
    const d = detectInterview(ownNote('Interview w/ Kim (Metro Business Journal)', 'Kim is writing a piece on onboarding teams in local tech, quoting me. 20 min phone.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const e = detectInterview(ownNote('Interview w/ Kim (Ardent Labs)', 'Quoting me in her story on regional hiring. 20 min phone.'), owner);
    expect(e.isInterview, e.reasons.join('; ')).toBe(false);
  });
});

describe('detectInterview: a pharmacist, a tester, a hotel manager and a paralegal (session 21)', () => {
  it('writes a directory name with its agency in brackets as a person writes it', () => {
    const coord = person('janelle.freeman@ncra.example', 'Freeman, Janelle (NCRA)', { organizer: true });
    const official = person('reginald.thorne@ncra.example', 'Thorne, Reginald (NCRA)');
    const contractor = person('dana.keller@ncra.example', 'Keller, Dana [USA]');
    const d = detectInterview(
      ev({ summary: 'Follow-up Interview - Public Affairs Specialist', description: 'The selecting official would like to hold a brief follow-up interview.', organizer: coord, attendees: [coord, official, contractor, me] }),
      owner,
    );
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toContain('Reginald Thorne');
    expect(d.interviewers.map((i) => i.name)).toContain('Dana Keller');
  });

  it('believes an invite that says the meeting is not part of the evaluation, even on a superday', () => {
    const coordinator = person('kim.nolan@summitbank.example', 'Kim Nolan', { organizer: true });
    const analysts = [person('tasha.greene@summitbank.example', 'Tasha Greene'), person('omar.haddad@summitbank.example', 'Omar Haddad')];
    const d = detectInvite(coordinator, analysts, 'Summit Bank Superday - Lunch with current analysts',
      'Join a few of our current analysts for lunch! This is an informal conversation and is not part of your evaluation - ask them anything about the program.\n\nScheduled via GoodTime');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    // The superday's interviews stay interviews.
    const e = detectFrom('scheduling@summitbank.example', 'Summit Bank Campus Recruiting', 'Summit Bank Superday - Interview with Dana Ruiz',
      'Your first superday interview, with a managing director. Lunch with current analysts follows; that part is not part of your evaluation.');
    expect(e.isInterview, e.reasons.join('; ')).toBe(true);
  });

  it('reads a search committee as the employer\'s, not as a search firm', () => {
    const associate = person('jeremy.tso@kestrelgrant.example', 'Jeremy Tso', { organizer: true });
    const committee = [person('moduya@halvorsenmuseum.example', 'Miriam Oduya'), person('trourke@halvorsenmuseum.example', 'Tamsin Rourke'), person('adrummond@kestrelgrant.example', 'Allison Drummond')];
    const d = detectInvite(associate, committee, 'Halvorsen Museum - Search Committee Interview (Director of Development)',
      'Confirming your interview with the Halvorsen Museum search committee for the Director of Development role.\n\nJeremy Tso\nAssociate | Kestrel Grant Partners');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Halvorsen Museum');
  });

  it('takes the employer a search firm conducts a search on behalf of', () => {
    const partner = person('adrummond@kestrelgrant.example', 'Allison Drummond', { organizer: true });
    const d = detectInvite(partner, [], 'Casey Morgan | Kestrel Grant Partners - Director of Development',
      'Thank you for your interest in the Director of Development search we are conducting on behalf of the Halvorsen Museum of Maritime History. I will call you for an initial conversation about your background and your interest in the role.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Halvorsen Museum');
  });

  it.each([
    ['📞 Tel. Recruiterin Datenwerk – Anja Lorenz', 'hat auf LinkedIn angeschrieben, QA-Stelle Leipzig o. remote. Sie ruft an.'],
    ['Tel. Recruiterin Datenwerk – Anja Lorenz', 'hat auf LinkedIn angeschrieben, QA-Stelle Leipzig o. remote. Sie ruft an.'],
    ['📞 Call recruiter Datenwerk - Anja Lorenz', 'She found me on LinkedIn: QA role, Leipzig or remote. She calls me.'],
  ])('reads a recruiter\'s call noted as "%s": a German "Recruiterin", after an emoji', (summary, description) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Datenwerk');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Anja Lorenz']);
  });

  it('reads the owner\'s German "2. Rd" as a later round, and whom it meets by names in any Latin letters', () => {
    const d = detectInterview(ownNote('2. Rd Kiezkauf', 'mit Ben Schäfer (EM Checkout) + Fatma Yıldız (QA Lead). Thema Teststrategie Checkout.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Kiezkauf');
    // "EM Checkout" is Ben's job (engineering manager), not a person.
    expect(d.interviewers.map((i) => i.name)).toEqual(['Ben Schäfer', 'Fatma Yıldız']);
    const e = detectInterview(ownNote('2nd rd Kiezkauf', 'w/ Łukasz Wójcik (PM Payments) + Şule Kaya'), owner);
    expect(e.interviewers.map((i) => i.name)).toEqual(['Łukasz Wójcik', 'Şule Kaya']);
  });

  it('reads a German user study\'s interview as research, not hiring', () => {
    const d = detectFrom('studien@usabilo.example', 'Usabilo Research', 'Interview: Ihre Erfahrungen mit Banking-Apps (Usabilo)',
      'Vielen Dank für Ihre Teilnahme an unserer Nutzerstudie!\n\nIm Interview (ca. 45 Min) sprechen wir über Ihre Nutzung von Banking-Apps. Es gibt keine richtigen oder falschen Antworten.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('names the agency of the owner\'s note of its call, not the job or the client\'s sector', () => {
    const d = detectInterview(ownNote('Tel. Solvia Personal – Testautomatisierer f. Kunden (Energie, DD)', 'Patrick Adam (Personalberater) ruft an. Kunde nennt er erst nach Freigabe.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Solvia Personal');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Patrick Adam']);
    // The agency's own name in brackets stays the company.
    const e = detectInterview(ownNote('Rückruf Gülay Demirci (Neckar-Personal)', 'Sie ruft an – Telefoninterview zur Stelle Fertigungsplaner (Kunde aus Esslingen, Name noch nicht genannt).'), owner);
    expect(e.company).toBe('Neckar-Personal');
  });

  it('takes no client\'s project for a company', () => {
    const recruiter = person('s.brueckner@brueckner-personal.example', 'Sandra Brückner', { organizer: true });
    const d = detectInvite(recruiter, [], 'Telefonat Testmanager (m/w/d) – Kundenprojekt Automotive', 'wie besprochen rufe ich Sie an, um die Position bei unserem Kunden kurz vorzustellen.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toMatch(/Kundenprojekt|Testmanager/);
  });

  it.each([
    ['Draft Farrow witness interview outline'],
    ['Rendre cas pratique Alcyne (plan NPS) – avant 18h'],
    ['Opos: caso práctico tema 41'],
  ])('reads the owner\'s "%s" as no interview of theirs', (summary) => {
    const d = detectInterview(ownNote(summary), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('reads the owner\'s "call RH" note as a recruiter\'s call, with the caller the note names', () => {
    const d = detectInterview(ownNote('call RH Vallon Hôtels', 'Sandrine Rey, chargée de recrutement. Poste Directeur d\'hôtel – Aix-les-Bains (3*, 62 ch.). Elle appelle sur le portable.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Vallon Hôtels');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Sandrine Rey']);
  });

  it('takes no "Quick" of a quick call for the company', () => {
    const recruiter = person('kim.ortiz@beaconlegalstaffing.example', 'Kim Ortiz', { organizer: true });
    const d = detectInvite(recruiter, [], 'Quick call - Litigation Paralegal opportunity (Beacon Legal)', 'Looking forward to telling you more about the contract-to-hire role with our client.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).not.toBe('Quick');
  });

  it('reads "haber llegado a la última fase" as a step of the hiring process', () => {
    const coordinator = person('nerea.alcaniz@levantesalud.example', 'Nerea Alcañiz Ferri', { organizer: true });
    const doctors = [person('javier.llorca@levantesalud.example', 'Javier Llorca Bosch'), person('consuelo.ribera@levantesalud.example', 'Consuelo Ribera Aparisi')];
    const d = detectInvite(coordinator, doctors, 'Reunión final - Dirección Médica',
      'Hola Casey,\n\nEnhorabuena por haber llegado a la última fase. Te convoco a una reunión con el Director Médico del hospital. Será una conversación más abierta sobre tu encaje en el servicio y expectativas.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('ends a client\'s name with its sentence', () => {
    const agent = person('sonia.llopis@talentosanitario.example', 'Sonia Llopis', { organizer: true });
    const d = detectInvite(agent, [person('r.ortells@saludalia.example', 'Ramón Ortells')], 'Entrevista cliente Saludalia (vía Talento Sanitario)',
      'Hola Casey, te confirmo la entrevista con el cliente: Red de Farmacias Saludalia. Te entrevistará Ramón Ortells, Director de Expansión.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Red de Farmacias Saludalia');
  });

  it('reads the owner\'s "2e rdv" whose note says it is an interview as a later round', () => {
    const d = detectInterview(ownNote('2e rdv Marquisats – Annecy', 'Delphine Pasquier + son associé. Visite hôtel + entretien. Parking derrière l\'hôtel.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Marquisats');
    expect(detectInterview(ownNote('2e rdv kiné', 'genou droit, apporter ordonnance'), owner).isInterview).toBe(false);
  });

  it('reads the owner\'s note that opens with a candidate as the owner screening them', () => {
    const d = detectInterview(ownNote('Entretien tél. Yanis Chérif – night audit été', 'candidat veilleur de nuit CDD été (CV Indeed). Vérifier dispo juin → sept, expérience Opera.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    // The owner's own interview note stays one.
    expect(detectInterview(ownNote('Entretien tél. Hôtel Le Rivage', 'Candidature envoyée le 3/10. Elle appelle à 14h.'), owner).isInterview).toBe(true);
  });

  it('reads a talk through an offer\'s terms as no interview, unless the invite makes it a step before the decision', () => {
    const hr = person('sandra.koehler@translogiq.example', 'Sandra Köhler', { organizer: true });
    const d = detectInvite(hr, [person('martin.vogel@translogiq.example', 'Martin Vogel')], 'Vertragsgespräch TransLogiq – QA Engineer (m/w/d)',
      'Hallo Herr Morgan, wir freuen uns sehr, dass wir Ihnen ein Angebot machen dürfen! Wir möchten gern mit Ihnen die Details des Arbeitsvertrags durchgehen: Startdatum, Gehalt, Homeoffice-Regelung.\n\n-- Diese Einladung wurde über Personio versendet.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
    const nl = person('ilse.bosman@brabantmotion.example', 'Ilse Bosman', { organizer: true });
    const e = detectInvite(nl, [person('henk.smit@brabantmotion.example', 'Henk Smit')], 'Arbeidsvoorwaardengesprek – Casey Morgan',
      'Beste Casey, Fijn dat je positief hebt gereageerd op ons aanbod! We nemen het aanbod door: salaris, pensioenregeling en je startdatum. Henk sluit ook aan.\n\nMet vriendelijke groet, Ilse Bosman\nCorporate Recruiter | Brabant Motion');
    expect(e.isInterview, e.reasons.join('; ')).toBe(false);
    const f = detectInvite(nl, [], 'Arbeidsvoorwaardengesprek (laatste stap selectieprocedure)',
      'Geachte heer Morgan, u bent de voorkeurskandidaat van de commissie voor de functie Beleidsmedewerker. Voordat de commissie een definitief besluit neemt, voeren wij graag een arbeidsvoorwaardengesprek met u.');
    expect(f.isInterview, f.reasons.join('; ')).toBe(true);
  });

  it('reads a Spanish "Tribunal:" as the list of interviewers, a "Dra." and an HR partner on it included', () => {
    const hr = person('reme.torres@levantesalud.example', 'Reme Torres Peris', { organizer: true });
    const board = [person('consuelo.ribera@levantesalud.example', 'Consuelo Ribera Aparisi', { responseStatus: 'declined' }), person('pau.sanchis@levantesalud.example', 'Pau Sanchis Mora'), person('ines.montoro@levantesalud.example', 'Inés Montoro Gascó')];
    const d = detectInvite(hr, board, 'Entrevista Servicio de Farmacia - Casey Morgan',
      'Hola Casey,\n\nTe confirmamos la entrevista con el Servicio de Farmacia (3ª fase).\n\nTribunal:\n- Dra. Consuelo Ribera Aparisi, Jefa de Servicio de Farmacia\n- Pau Sanchis Mora, Farmacéutico Adjunto\n- Inés Montoro Gascó, HR Business Partner\n\nDuración aproximada: 1 h 30 min.\n\nUn saludo,\nReme Torres');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Consuelo Ribera Aparisi', 'Pau Sanchis Mora', 'Inés Montoro Gascó']);
  });

  it('reads "vous serez accueillie par" as whom the owner meets, not the recruiter who writes', () => {
    const recruiter = person('laura.mercier@alcyne.example', 'Laura Mercier', { organizer: true });
    const d = detectInvite(recruiter, [person('karim.haddou@alcyne.example', 'Karim Haddou'), person('olivier.brunet@alcyne.example', 'Olivier Brunet')], 'Mise en situation – Réception | Alcyne Lyon Perrache',
      'Bonjour Casey,\n\nJe vous confirme la mise en situation à l\'hôtel pour le poste de Responsable des Opérations.\n\nVous serez accueillie par Karim Haddou, Chef de réception, qui vous accompagnera pendant la mise en situation. Olivier Brunet vous rejoindra en fin de session pour un débrief de 30 minutes.\n\nLaura Mercier\nChargée de recrutement – Alcyne Hôtels');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Karim Haddou', 'Olivier Brunet']);
  });

  it('reads the caller a note names before the firm, when the note says she calls', () => {
    const d = detectInterview(ownNote('Llamada Irene Calvo - Halvorsen (LinkedIn)', 'Me escribió por LinkedIn por la vacante de CRA I home-based Valencia. Llamada de screening, me llama ella.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('Halvorsen');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Irene Calvo']);
    // A firm before the dash is no caller.
    const e = detectInterview(ownNote('Call Acme Robotics - Data Analyst', 'The recruiter calls me at 3.'), owner);
    expect(e.company).toBe('Acme Robotics');
    expect(e.interviewers).toEqual([]);
  });

  it('takes no reference number in brackets for the employer a tool sends for', () => {
    const tool = person('noreply@softgarden.io', 'ITZ Mitteldeutschland via softgarden', { organizer: true });
    const d = detectInvite(tool, [], 'Vorstellungsgespräch – Softwaretester*in Fachverfahren (Kennz. 2026-087)',
      'Sehr geehrter Herr Morgan, vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu können.');
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.company).toBe('ITZ Mitteldeutschland');
  });

  it('names a firm the owner writes by its initials from the one domain they cut into', () => {
    const recruiter = person('psandhu@kesslermoreau.example', 'Priya Sandhu', { organizer: true });
    const screen = ev({ id: 'a', summary: 'Casey Morgan / Priya Sandhu', description: 'Hi Casey - thanks for your interest in our Litigation Paralegal opening. Looking forward to talking Monday.', organizer: recruiter, attendees: [recruiter, me] });
    const second = ownNote('KM 2nd rd - 71 S Wacker', 'Panel w/ partner + office mgr. Bring writing sample.');
    const [a, b] = detectInterviews([screen, { ...second, id: 'b' }], owner);
    expect(a!.isInterview && b!.isInterview).toBe(true);
    expect(a!.company).toBe('Kessler Moreau');
    expect(b!.company).toBe('Kessler Moreau');
  });

  it.each([
    ['Eindgesprek Vitalis', 'Met de directeur. Vitalis kantoor Breda.'],
    ['Schlussgespräch – Leiter/in Controlling & Stv. CFO', 'Mit CEO und VR-Präsident. Bahnhofstrasse 12, Winterthur.'],
  ])('reads a Dutch or German final round, "%s", as an interview', (summary, description) => {
    const d = detectInterview(ownNote(summary, description), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
  });

  it('reads a newspaper named "Examiner" as press', () => {
    const d = detectInterview(ownNote('Irish Examiner - quick interview re WiT Cork', 'Asked for 10 min on the Women in Tech breakfast.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(false);
  });

  it('takes neither a numbered conference room nor "Ihrem Einverständnis" for an interviewer', () => {
    const hr = person('marisa.delgado@tripoint.example', 'Marisa Delgado', { organizer: true });
    const room = person('BAY-ADM-Conf110@tripoint.example', 'BAY Admin Conf 110 (Galveston Bay)');
    const d = detectInvite(hr, [person('greg.t@tripoint.example', 'Greg Thibodeaux'), room], 'Site Visit & Interviews - Casey Morgan - Sr Process Engineer', 'Your onsite interviews and a plant tour.');
    expect(d.interviewers.map((i) => i.name)).toEqual(['Greg Thibodeaux']);
    const agent = person('daniela.faessler@sennhauser.example', 'Daniela Fässler', { organizer: true });
    const e = detectInvite(agent, [], 'Erstgespräch Frau Casey Morgan / Sennhauser & Partner',
      'Gerne bestätige ich Ihnen unser persönliches Erstgespräch betreffend die Position Leiter/in Finanzen bei unserer Mandantin. Die Identität unserer Mandantin lege ich Ihnen nach diesem Gespräch und mit Ihrem Einverständnis offen.');
    expect(e.isInterview, e.reasons.join('; ')).toBe(true);
    expect(e.interviewers.map((i) => i.name)).not.toContain('Ihrem Einverständnis');
  });

  it('reads the owner\'s Dutch "Bellen Eline (Kroonwerk)" about a vacancy as a recruiter\'s call, with her name in full', () => {
    const d = detectInterview(ownNote('Bellen Eline (Kroonwerk) - KAM Dijkstra Vloeren', 'Eline de Kroon, Kroonwerk Recruitment belt over vacature Key Account Manager Projecten bij Dijkstra Vloeren.'), owner);
    expect(d.isInterview, d.reasons.join('; ')).toBe(true);
    expect(d.interviewers.map((i) => i.name)).toEqual(['Eline de Kroon']);
    expect(detectInterview(ownNote('Bellen huisarts', 'uitslag bloedonderzoek'), owner).isInterview).toBe(false);
  });
});
