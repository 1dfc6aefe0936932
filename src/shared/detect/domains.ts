/**
 * What an e-mail domain says about a person: a free-mail address is nobody's employer, a
 * scheduling or applicant-tracking tool sends on behalf of the employer, a recruiting agency
 * is not the hiring company. Lists hold generic services only, never companies from fixtures.
 */

import { getDomainWithoutSuffix } from 'tldts';
import { cached } from './cache';

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de',
  'hotmail.es', 'live.com', 'live.nl', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.de',
  'gmx.net', 'gmx.com', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr',
  'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'xs4all.nl', 'telefonica.net', 'zoho.com', 'fastmail.com', 'hey.com',
  'mail.com', 'yandex.com', 'yandex.ru', 'qq.com', '163.com', 'tutanota.com', 'libero.it', 'comcast.net',
  'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'rocketmail.com', 'btinternet.com',
  // More of Europe's and Canada's consumer mail.
  'posteo.de', 'posteo.net', 'mailbox.org', 'freenet.de', 'arcor.de', 'online.de', 'bluewin.ch', 'hispeed.ch', 'gmx.ch',
  'telenet.be', 'skynet.be', 'proximus.be', 'hetnet.nl', 'home.nl', 'casema.nl', 'chello.nl', 'quicknet.nl',
  'orange.es', 'movistar.es', 'terra.es', 'ya.com', 'neuf.fr', 'bbox.fr', 'numericable.fr', 'aliceadsl.fr', 'club-internet.fr',
  'videotron.ca', 'sympatico.ca', 'shaw.ca', 'rogers.com', 'bell.net', 'telus.net', 'cogeco.ca',
  'virginmedia.com', 'sky.com', 'talktalk.net', 'ntlworld.com', 'blueyonder.co.uk', 'eircom.net', 'bigpond.com', 'optusnet.com.au',
]);

/**
 * Mail services many employers share (NHSmail serves every NHS body): the domain says whose mail
 * service it is, not which employer a person works for. Their people are still no free-mail
 * friends, so the domains stay company domains for scoring.
 */
const SHARED_MAIL = new Set(['nhs.net', 'hscni.net', 'wales.nhs.uk']);

/** True for a mail domain that many employers share (SHARED_MAIL): its label names none of them. */
export function isSharedMail(domain: string): boolean {
  return lookup(SHARED_MAIL, domain);
}

/** Applicant-tracking and interview-scheduling services: their presence is evidence of a hiring process. */
const ATS_DOMAINS = new Map<string, string>([
  ['greenhouse.io', 'Greenhouse'], ['lever.co', 'Lever'], ['hire.lever.co', 'Lever'], ['ashbyhq.com', 'Ashby'],
  ['myworkday.com', 'Workday'], ['myworkdayjobs.com', 'Workday'], ['workday.com', 'Workday'], ['icims.com', 'iCIMS'],
  ['smartrecruiters.com', 'SmartRecruiters'], ['goodtime.io', 'GoodTime'], ['jobvite.com', 'Jobvite'],
  ['workable.com', 'Workable'], ['workablemail.com', 'Workable'], ['teamtailor.com', 'Teamtailor'],
  ['teamtailor-mail.com', 'Teamtailor'], ['bamboohr.com', 'BambooHR'], ['recruitee.com', 'Recruitee'],
  ['personio.de', 'Personio'], ['personio.com', 'Personio'], ['jazzhr.com', 'JazzHR'], ['applytojob.com', 'JazzHR'],
  ['paradox.ai', 'Paradox'], ['modernloop.io', 'ModernLoop'], ['gem.com', 'Gem'], ['taleo.net', 'Taleo'],
  ['successfactors.com', 'SuccessFactors'], ['successfactors.eu', 'SuccessFactors'], ['sapsf.com', 'SuccessFactors'], ['sapsf.eu', 'SuccessFactors'], ['breezy.hr', 'Breezy'],
  ['pinpointhq.com', 'Pinpoint'], ['recruiterflow.com', 'Recruiterflow'], ['hirebridge.com', 'Hirebridge'],
  ['rippling.com', 'Rippling'], ['dover.com', 'Dover'], ['comeet.co', 'Comeet'], ['homerun.co', 'Homerun'],
  ['join.com', 'JOIN'], ['softgarden.io', 'softgarden'], ['softgarden.de', 'softgarden'], ['hirevue.com', 'HireVue'], ['sonru.com', 'Sonru'],
  ['avature.net', 'Avature'], ['oraclecloud.com', 'Oracle Recruiting'], ['cornerstoneondemand.com', 'Cornerstone'],
  ['ukg.com', 'UKG'], ['ultipro.com', 'UKG'], ['adp.com', 'ADP'], ['hibob.com', 'HiBob'], ['prelude.co', 'Prelude'],
  ['yello.co', 'Yello'], ['coderpad.io', 'CoderPad'], ['hackerrank.com', 'HackerRank'], ['codility.com', 'Codility'],
  ['karat.com', 'Karat'], ['karat.io', 'Karat'], ['brighthire.ai', 'BrightHire'], ['metaview.ai', 'Metaview'],
  ['hirepro.in', 'HirePro'], ['instahyre.com', 'Instahyre'], ['naukri.com', 'Naukri'], ['darwinbox.in', 'Darwinbox'],
  ['keka.com', 'Keka'], ['tal.net', 'Oleeo'], ['oleeo.com', 'Oleeo'], ['cappfinity.com', 'Cappfinity'], ['eightfold.ai', 'Eightfold'],
  ['phenom.com', 'Phenom'], ['phenompeople.com', 'Phenom'], ['civilservicejobs.service.gov.uk', 'Civil Service Jobs'],
  ['joinhandshake.com', 'Handshake'], ['tenstreet.com', 'Tenstreet'], ['indeed.com', 'Indeed'], ['indeedemail.com', 'Indeed'],
  // Hourly hiring by text and recorded video, payroll suites' recruiting, public-sector and school hiring.
  ['fountain.com', 'Fountain'], ['workstream.us', 'Workstream'], ['workstream.is', 'Workstream'], ['harver.com', 'Harver'],
  ['apploi.com', 'Apploi'], ['hireology.com', 'Hireology'], ['sparkhire.com', 'Spark Hire'], ['willo.video', 'Willo'],
  ['vidcruiter.com', 'VidCruiter'], ['paylocity.com', 'Paylocity'], ['paycomonline.net', 'Paycom'], ['paycor.com', 'Paycor'],
  ['dayforcehcm.com', 'Dayforce'], ['csod.com', 'Cornerstone'], ['brassring.com', 'BrassRing'], ['applicantpro.com', 'ApplicantPro'],
  ['applitrack.com', 'Frontline'], ['frontlineeducation.com', 'Frontline'], ['governmentjobs.com', 'NEOGOV'], ['schooljobs.com', 'NEOGOV'],
  ['neogov.com', 'NEOGOV'], ['jobtrain.co.uk', 'Jobtrain'], ['eteach.com', 'Eteach'], ['tes.com', 'Tes'], ['fusion.tes.com', 'Tes'], ['myjobscotland.gov.uk', 'Myjobscotland'], ['trac.jobs', 'Trac'], ['intervue.io', 'Intervue'], ['culinaryagents.com', 'Culinary Agents'], ['jobs.nhs.uk', 'NHS Jobs'], ['computrabajo.com', 'Computrabajo'], ['computrabajo.com.ar', 'Computrabajo'], ['bumeran.com', 'Bumeran'], ['bumeran.com.ar', 'Bumeran'], ['eploy.net', 'Eploy'], ['eploy.co.uk', 'Eploy'], ['zohorecruit.com', 'Zoho Recruit'], ['manatal.com', 'Manatal'], ['jobdiva.com', 'JobDiva'], ['ceipal.com', 'Ceipal'], ['beapplied.com', 'Applied'],
]);

/** General-purpose schedulers: used for interviews and for everything else, so weaker evidence. */
const SCHEDULER_DOMAINS = new Map<string, string>([
  ['calendly.com', 'Calendly'], ['calendar.app.google', 'Google appointment schedule'], ['doodle.com', 'Doodle'],
  ['youcanbook.me', 'YouCanBookMe'], ['savvycal.com', 'SavvyCal'], ['cal.com', 'Cal.com'], ['chilipiper.com', 'Chili Piper'],
  ['hubspot.com', 'HubSpot'], ['acuityscheduling.com', 'Acuity'], ['zcal.co', 'zcal'], ['reclaim.ai', 'Reclaim'],
  ['clockwise.com', 'Clockwise'], ['x.ai', 'x.ai'], ['outlook.office365.com', 'Microsoft Bookings'],
  ['calendar.google.com', 'Google Calendar'], ['group.calendar.google.com', 'Google Calendar'],
  ['resource.calendar.google.com', 'Google Calendar'],
]);

/** Words that, inside a domain or organisation name, mark a recruiting agency rather than an employer; and the largest staffing firms' names. */
export const AGENCY_WORD =
  /(staffing|recruit|recrut|reclut|talent(?!s)|headhunt|placement|personnel|resourcing|exec(?:utive)? ?search|search ?(?:partners|group)|graduates\b|workforce|manpower|hiring ?partners|personalberatung|personalvermittlung|personaldienst|[- ]personal(?:$|\.)|interim|uitzend|werving|selectie|selecci[oó]n|empleo|bolsa ?de ?trabajo|(?<!re)search\b(?!\s+committee)|adecco|randstad|\bhays\b|robert ?half|robert ?walters|michael ?page|kelly ?services|harvey ?nash|tempo-?team|jobpunt|selor|bosa|spherion|aerotek|teksystems|kforce|experis|akkodis)/i;


// Addresses and domains repeat across a calendar (the owner, recruiters, colleagues): each
// lookup below is worked out once per distinct key, in bounded caches (cache.ts).
const domainCache = new Map<string, string>();

/** Lower-case domain of an e-mail address, or '' when there is none. */
export function emailDomain(email: string | undefined): string {
  if (!email) return '';
  return cached(domainCache, email, domainOf);
}

// The `make` functions below are module-level, not arrows at the call: one function object, not one per call.
function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).trim().toLowerCase();
}

/**
 * The organisation label of a domain, by the Public Suffix List: "careers.acme-robotics.co.uk"
 * → "acme-robotics", "careers.tamarvalley.nhs.uk" → "tamarvalley".
 */
export function domainLabel(domain: string): string {
  // EU bodies share europa.eu, German federal ones bund.de, Swiss ones admin.ch, Belgian ones
  // fgov.be: the subdomain names the body (ecea.europa.eu, bmkl.bund.de), not the parent.
  for (const parent of GOVERNMENT_PARENTS) {
    if (domain.length > parent.length && domain.endsWith(parent) && domain.charCodeAt(domain.length - parent.length - 1) === 46) {
      const head = domain.slice(0, -parent.length - 1);
      return head.slice(head.lastIndexOf('.') + 1);
    }
  }
  const label = getDomainWithoutSuffix(domain);
  if (label) return label;
  const dot = domain.indexOf('.');
  return dot === -1 ? domain : domain.slice(0, dot);
}

const GOVERNMENT_PARENTS = ['europa.eu', 'bund.de', 'admin.ch', 'fgov.be'];

function lookup<T>(map: Map<string, T> | Set<string>, domain: string): boolean {
  if (!domain) return false;
  if (map.has(domain)) return true;
  // Subdomains (us06web.zoom.us, wd5.myworkdayjobs.com) belong to the same service.
  let i = domain.indexOf('.');
  while (i !== -1) {
    const rest = domain.slice(i + 1);
    if (rest.indexOf('.') === -1) return false;
    if (map.has(rest)) return true;
    i = domain.indexOf('.', i + 1);
  }
  return false;
}

/** Providers whose every country domain is consumer mail (yahoo.co.in, hotmail.it, gmx.at). */
const FREE_MAIL_LABELS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'msn', 'icloud', 'aol', 'gmx', 'yandex',
  'rediffmail', 'protonmail', 'seznam', 'naver', 'hanmail', 'libero',
]);

/** Consumer mailbox providers: an address there says nothing about an employer. */
export function isFreeMail(domain: string): boolean {
  return FREE_MAIL.has(domain) || FREE_MAIL_LABELS.has(domainLabel(domain));
}

/** Name of the applicant-tracking tool a domain belongs to, if any. */
const atsCache = new Map<string, string | null>();

/** Job boards and networks an applicant applies through ("über XING", "via LinkedIn"): never the employer. */
const JOB_BOARDS = ['LinkedIn', 'XING', 'Indeed', 'StepStone', 'Glassdoor', 'Welcome to the Jungle', 'InfoJobs', 'Monster', 'ZipRecruiter', 'Handshake', 'Wellfound', 'Otta', 'Computrabajo', 'Naukri', 'Seek', 'Totaljobs', 'Reed', 'jobs.ch', 'Karriere.at'];

/** The tools' own names ("Greenhouse", "JOIN"), folded: a name that is one of them names no employer. */
/**
 * Meeting, coding-test and test-automation products an invite names: never the employer
 * ("Entrevista técnica QA" over Google Meet, a Selenium exercise, a HackerRank test).
 */
const PRODUCT_NAMES = [
  'Google Meet', 'Zoom', 'Microsoft Teams', 'Teams', 'Webex', 'Skype', 'Whereby', 'Slack', 'WhatsApp',
  'HackerRank', 'CoderPad', 'Codility', 'CodeSignal', 'Karat', 'TestGorilla', 'HireVue', 'Selenium', 'Cypress', 'Playwright', 'Postman', 'Jira', 'GitHub', 'Figma', 'Miro',
];

export const TOOL_NAMES: ReadonlySet<string> = new Set(
  [...ATS_DOMAINS.values(), ...SCHEDULER_DOMAINS.values(), ...JOB_BOARDS, ...PRODUCT_NAMES].map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')),
);

export function atsForDomain(domain: string): string | undefined {
  return cached(atsCache, domain, findAts) ?? undefined;
}

function findAts(domain: string): string | null {
  if (!lookup(ATS_DOMAINS, domain)) return null;
  let d = domain;
  while (d && !ATS_DOMAINS.has(d)) d = d.slice(d.indexOf('.') + 1);
  return ATS_DOMAINS.get(d) ?? null;
}

const schedulerCache = new Map<string, boolean>();

/** True for general scheduling / conferencing / calendar-system domains. */
export function isSchedulerDomain(domain: string): boolean {
  return cached(schedulerCache, domain, isScheduler);
}

function isScheduler(domain: string): boolean {
  return lookup(SCHEDULER_DOMAINS, domain);
}

const companyCache = new Map<string, boolean>();

/** True when the domain can stand for an employer (not free-mail, not a tool). */
export function isCompanyDomain(domain: string): boolean {
  return cached(companyCache, domain, isCompany);
}

function isCompany(domain: string): boolean {
  return domain.length > 0 && !isFreeMail(domain) && atsForDomain(domain) === undefined && !isSchedulerDomain(domain);
}

/** True when a domain or organisation name looks like a recruiting agency. */
export function looksLikeAgency(nameOrDomain: string): boolean {
  return AGENCY_WORD.test(nameOrDomain);
}

/** Local parts of an employer's recruiting mailboxes: "talent@…", "careers@…", "bewerbung@…". */
const RECRUITING_LOCAL =
  'talent|recruit(?:ing|ment|er)?s?|careers?|jobs?|hr|interviews?|entrevistas?|entretiens?|hiring|bewerbung(?:en)?|karriere|empleo|rrhh|seleccion|reclutamiento|talento|recrutamento|recrutement|emploi|vacatures?|werkenbij|graduates?|early-?careers|campus|students?|apprenticeships?';

/** A recruiting team's mailbox (local part, "talent.team" included): the employer's hiring process. */
export const RECRUITING_MAILBOX = new RegExp(`^(?:${RECRUITING_LOCAL})(?:[._+-].*)?$`, 'i');

/** Mailboxes that are teams or robots, not people who interview you. */
export const GENERIC_MAILBOX = new RegExp(
  `^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notificaciones|notificacoes|avisos|alertas|calendar|${RECRUITING_LOCAL}|people|scheduling|scheduler|planning|team|hello|info|contact|admin|events?|all(?:-?staff)?|everyone|staff|office|personal|candidates?|resourcing|staffing|front-?desk|front-?office|reception|receptie|empfang|recepcion|accueil|secretariat|secretaria)(?:[._+-].*)?$`,
  'i',
);
