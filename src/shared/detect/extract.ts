import type { CalendarEvent, EventPerson } from '../domain/event';
import type { InterviewKind, Interviewer } from '../domain/application';
import { ABOUT_JOB, ADDRESS, ATS_TOOL, CLIENT, TRADE_HEAD, FORM_OF_ADDRESS, FORMAT_LINE, ONSITE_CUE, PHONE_CUE, ROLE_COMPOUND, ROLE_NOUN, ROUND_PATTERNS, VIDEO_LINK, VIDEO_WORD, INTERVIEW_STRONG } from './lexicon';
import { atsForDomain, domainLabel, emailDomain, GENERIC_MAILBOX, isCompanyDomain, isFreeMail, isSharedMail, looksLikeAgency, RECRUITING_MAILBOX, TOOL_NAMES } from './domains';
import { nameFromEmail, type OwnerIdentity, type Person } from './people';
import { companyKey } from './company';
import { answerSpans, fold } from './text';
import { cached } from './cache';
import { abbreviatedPhrase, lastPhraseWasPartial, phraseForLabel, type PhraseSource } from './phrase';
import { stripLegal } from './legal';
import { factorAlternatives } from './factor';
import { collapseSpaces, isRegExpSpace } from './chars';
import { GATE, type GateStarts } from './gate';
import { colonAfterLabel, colonLabel } from './colon';

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
  /**
   * Where in bodyFolded each gated pattern's leftmost match can start, at the earliest (gate.ts).
   * One array serves every event (detect.ts, freshStarts): valid only while this event is scored.
   */
  bodyStarts?: GateStarts;
  /** The body is printable ASCII (the gate's fast path read it so): no accent to find in it. */
  bodyAscii?: boolean;
}

const COMPANY_WORDS = [
  'technologies', 'technology', 'therapeutics', 'international', 'industries', 'consulting', 'analytics', 'solutions',
  'logistics', 'financial', 'insurance', 'airlines', 'robotics', 'software', 'networks', 'partners', 'holdings', 'ventures',
  'services', 'systems', 'digital', 'capital', 'studios', 'freight', 'pharma', 'health', 'energy', 'global', 'motors',
  'foods', 'group', 'labs', 'lab', 'works', 'media', 'games', 'cloud', 'tech', 'data', 'bank', 'bio', 'ai', 'hq',
];

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

const TEAM_SUFFIX = /(?:\s+|\s*[-–|]\s*)(?:talent acquisition|talent team|talent|recruiting(?: team| coordinator)?|recruitment(?: team)?|careers?|interviews?|hiring(?: team)?|jobs|(?:certificated |classified )?(?:hr|human resources)|people(?: team| ops)?|team|scheduling|rrhh|recrutement|recrutamento|karriere|werving|selecci[oó]n|personalabteilung)\s*$/i;

/** A careers mailbox's or HR department's name before the organisation's ("Werken bij …", "Jobs at …", "P&O …"). */
const CAREERS_AT = /^(?:werken bij|werken voor|careers? (?:at|with)|jobs? (?:at|with)|work (?:at|with|for)|join|karriere bei|jobs bei|arbeiten bei|travailler chez|carri[eè]res? chez|trabaja en|empleo en|p&o|hr|hrm|rh|rrhh)\s+([A-ZÀ-Ý0-9].*)$/i;

/** A sender writing for an organisation: "Olivia from Evergreen Grocers", "Sam at Acme". */
const SENDER_FROM = /^[A-ZÀ-Ý][\wÀ-ÿ'’-]*(?: [A-ZÀ-Ý][\wÀ-ÿ'’.-]*)? (?:from|at|@|bei|chez) ([A-ZÀ-Ý].+)$/;

/** A scheduling assistant's first name with the organisation in brackets: "Olivia (Hearthstone Markets)". */
const SENDER_BRACKETS = /^[A-ZÀ-Ý][\wÀ-ÿ'’-]* \(([A-ZÀ-Ý][^()]*)\)$/;

/** A sender's name, "via" and the tool's: "ITZ Mitteldeutschland via softgarden". */
const VIA_TOOL = /^(.+?)\s+via\s+(\S.*)$/;

/** "Orion Freight Talent Acquisition" → "Orion Freight", "Olivia from Evergreen Grocers" → "Evergreen Grocers"; undefined for a person's name. */
function orgFromDisplayName(display: string): string | undefined {
  const trimmed = display.trim();
  // "ITZ Mitteldeutschland via softgarden": a tool sends for the organisation named first.
  const via = trimmed.indexOf(' via ') > 0 ? VIA_TOOL.exec(trimmed) : null;
  if (via !== null && namesTool(via[2]!)) return orgFromDisplayName(via[1]!) ?? via[1]!.trim();
  // "Werken bij Woongoed Lekstroom", "Careers at Acme", "P&O BSKR": the organisation follows.
  const careers = CAREERS_AT.exec(trimmed);
  if (careers) return careers[1]!.trim();
  const from = SENDER_FROM.exec(trimmed) ?? SENDER_BRACKETS.exec(trimmed);
  if (from) return orgFromDisplayName(from[1]!) ?? from[1]!.trim();
  const stripped = trimmed.replace(TEAM_SUFFIX, '').trim();
  return stripped && stripped !== trimmed ? stripped : undefined;
}

/** Whole segments that never name a company: reference numbers ("Kennz. 2026-087"), contract terms ("UR RN contract"), status words, ordinals, "Personal", "Client", a client's project ("Kundenprojekt Automotive"), a job for a client ("Testautomatisierer f. Kunden"). */
const NEVER_A_COMPANY = /^(?:[a-z]{1,5}[- ]?\d{4,}|(?:kennz(?:iffer)?|ref(?:erenz|erence)?|az|nr|no|id|stellen-?id|job-?id|req)\.?:? ?#? ?[a-z]{0,3}\d[\w./-]*|(?:[a-z0-9]+ ){1,3}(?:contract|assignment)|(?:(?:qa|qe|sdet|sr|ssr|jr|senior|junior|semi[- ]?senior)\.?(?: |$)){1,3}|arbeitnehmeruberlassung|zeitarbeit|festanstellung|direktvermittlung|sitz|hauptsitz|standort|niederlassung|schwerpunkt|personal|private|privat|prive|persoonlijk|mandant(?:en)?|kunden?|klanten?|clients?|clientes?|\d+(?:st|nd|rd|th|e|er|eme)|first|second|third|fourth|final|next|last|contract(?:or)?|contract[- ]to[- ]hire|full[- ]time|part[- ]time|temp(?:orary)?|permanent|freelance|remote|hybrid|internship|m\/w\/d|w\/m\/d|h\/f|f\/h|maternity cover|parental leave cover|fixed[- ]term|urgent|confidential|c[a-z]o|vp|svp|evp|hm|gm|recruiters?|recruiterin|recruiting|sourcer|talent partner|head|headhunter(?:in)?|personalvermittler(?:in)?|personalberater(?:in)?|hiring (?:manager|mgr)|quick|brief|short|bkfst|breakfast|lunch|dinner|drinks|coffee|zoom|pe|vc|ib|\d+ ?(?:min|mins|minutes|hrs?|hours?)|reminder|update[d]?|new time|scheduled|rescheduled|tentative|confirmed|canceled|cancelled|invitation|invite|day(?: \d+| one| two| three)?|part \d+|session \d+|sales|marketing|finance|engineering|product|design|support|operations|legal|procurement|security|research|customer success|w-?2|1099|c2c|corp[- ]to[- ]corp|ihnen|sie|ihre?[mnrs]?|euch|dich|dir|vous|usted(?:es)?|jullie|regional|global|group|divisional|interim|deputy|acting|fractional|country|direccion general|direction generale|anstellungskommission|schulpflege|\w*funktion|gerencia de personas|personas|dg|pdg|drh|daf|dsi|rh|rrhh|geschaftsfuhrung|directie|recursos humanos|ressources humaines|personalabteilung|(?:kunden|client|klant)(?:projekt|project|opdracht|einsatz)(?: [\w-]+){0,2}|[\w*-]+(?: [\w*-]+)? (?:f\.|fur|for a|for our|voor een|pour un) (?:kunden?|client|klant))$/;
const NOT_A_PLACE_NAME = /^(?:phone|tel|telephone|call|dial|video|virtual|remote|online|tbd|tba|zoom|teams|meet|home|my place|office|here)\b/i;
const TITLE_SPLIT = /\s*(?:\s[-–—|·•]\s|:|<>|\/|\(|\)|\[|\]|\s@\s|\sx\s|,\s|\s(?:at|with|w\/|for|bei|chez|bij|en|con|avec|met|mit|re)\s)\s*/i;
// A name stays on its line.
const AT_PHRASE = /\b(?:at|bei(?: der| dem)?|chez|bij|with|con|avec|met|mit|interest in|sent by|joining|welcome to)\s+((?:[A-ZÀ-Ý][\wÀ-ÿ&'’.-]*)(?:[ \t]+(?:[A-ZÀ-Ý][\wÀ-ÿ&'’.-]*|&|of|de))*)/g;

/** The name holds a scheduling tool's name ("HirePro Scheduler"). */
function namesTool(name: string): boolean {
  ATS_TOOL.lastIndex = 0;
  const folded = fold(name);
  const found = ATS_TOOL.test(folded);
  ATS_TOOL.lastIndex = 0;
  // Or is one ("Karat", an interviewing service, in "Karat Interview: Tessellate").
  return found || TOOL_NAMES.has(folded.replace(/[^a-z0-9]/g, ''));
}

/** A scheduling or assessment tool named on its own ("HireVue", "Calendly"): never the employer. */
function isToolName(seg: string): boolean {
  const f = fold(seg);
  ATS_TOOL.lastIndex = 0;
  const m = ATS_TOOL.exec(f);
  ATS_TOOL.lastIndex = 0;
  const squashed = f.replace(/[^a-z0-9]/g, '');
  return (m !== null && m[0].length === squashed.length) || TOOL_NAMES.has(squashed);
}

/**
 * The phrase with the institution word that heads it in the text: a domain spells
 * "regionalgrowth", the name is "Department for Regional Growth" ("University of …", "Bank of …");
 * "carrard" is "Banque Carrard & Cie", "wyss-cie" "Privatbank Wyss & Cie".
 */
function withInstitution(phrase: string, text: EventText): string {
  for (const s of [text.title, text.body]) {
    const i = s.indexOf(phrase);
    if (i < 5) continue;
    const head = INSTITUTION_HEAD.exec(s.slice(Math.max(0, i - 40), i));
    if (head) return head[1] + phrase;
  }
  return phrase;
}

/** Words that head a school's name, which a note drops ("probelektion rietwies" for "Schule Rietwies"). */
const SCHOOL_HEAD = '(?:Schule|Primarschule|Escuela|Colegio|[ÉE]cole|Lyc[ée]e|Basisschool|Talentenschool|VBS|GBS)';
/** A name headed by one of them: group 1 is the rest ("Véronèse"). */
export const HEADED_NAME = new RegExp(`^(?:${TRADE_HEAD}|${SCHOOL_HEAD})\\s+(\\S.*)$`);

const INSTITUTION_HEAD = new RegExp(String.raw`\b((?:Department|Ministry|Office|University|Bank|Institute|College|Council|Board|Authority|Agency|Museum|Academy|City|County|Town|Village|Borough|State|Province|Region|Municipality|District)\s+(?:for|of(?: the)?)\s+|(?:Ville|Mairie|Commune|R[ée]gion|Ayuntamiento|Municipalidad|Alcald[íi]a|Gobierno|Diputaci[óo]n|Universit[ée]|Universidad)\s+(?:de\s+(?:la\s+)?|d['’]|del\s+)|(?:Autorit[ée]|Institut|Gemeente|Provincie|Waterschap|Hoogheemraadschap|Stad|Stadt|Gemeinde|Landkreis|Kanton|Marktgemeinde|Stadtwerke|Universiteit|Hogeschool)\s+|(?:F[ée]d[ée]ration|Conf[ée]d[ée]ration|Federaci[óo]n|Confederaci[óo]n|Federatie)\s+(?:(?:des|du|de la|de las|de los|de|d['’]|van de|van)\s*)?(?:\p{Ll}+\s+)?|${TRADE_HEAD}(?:\s+[A-ZÀ-Ý]\p{Ll}+)?\s+)$`, 'u');

/** A public body's name: "Department of …", "Ministry for …", "Office of the …". */
const PUBLIC_BODY = /^(?:Department|Ministry|Office|Agency|Commission|Council|Authority|Board)\s+(?:of|for)\s/;

/**
 * An acronym ("NSRO") written out where the invite does: the first run of capitalised words
 * whose initials spell it ("National Supply Resilience Office"; "of", "for", "and", "the" skipped).
 */
function spelledOut(phrase: string, text: EventText): string {
  // "IAC Consultores": an acronym before a word any firm may have, written out in the invite
  // ("Ingeniería Andina de Confiabilidad").
  const head = ACRONYM_HEAD.exec(phrase);
  if (head) {
    const full = spelledOut(head[1]!, text);
    if (full !== head[1]) return full;
  }
  // "Cholla FCU", "Desert Vista UC": a name ending in an acronym the invite writes out elsewhere.
  const tail = ACRONYM_TAIL.exec(phrase);
  if (tail) return writtenOutTail(tail[1]!, tail[2]!, text) ?? phrase;
  // Digits end some ("CASD5": Capitol Area School District 5).
  if (phrase.length < 2 || phrase.length > 6 || !/^[A-Z]+[0-9]*$/.test(phrase)) return phrase;
  // "Belastingsamenwerking Kromme Rijn (BSKR)": the invite defines the acronym.
  const defined = definedAcronym(phrase, text.body) ?? definedAcronym(phrase, text.title);
  if (defined) return defined;
  const all = `${text.title}\n${text.body}`;
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of all.matchAll(/[A-Za-zÀ-ÿ0-9][\wÀ-ÿ&'’-]*/g)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    let j = i;
    while (j < words.length && k < phrase.length) {
      const w = words[j]!;
      if (k > 0 && /^(?:of|for|and|the|de|du|des|der|für|und|y|del)$/.test(w)) {
        j++;
        continue;
      }
      if (w[0] !== phrase[k] || w === phrase) break;
      k++;
      j++;
    }
    // As the text writes it, "&" and all: "European Coatings & Inks Council".
    if (k === phrase.length) return collapseSpaces(all.slice(starts[i]!, starts[j - 1]! + words[j - 1]!.length));
  }
  return phrase;
}

/** An acronym of two to five capitals, then a word any firm may have. */
const ACRONYM_HEAD = /^([A-Z]{2,5})\s+(?:Consultores|Consulting|Consultants|Group|Grupo|Groupe|Gruppe|Partners|Ltda\.?)$/;
/** A name of one or more words, then an acronym of two to five capitals. */
const ACRONYM_TAIL = /^(.*\S)\s+([A-Z]{2,5})$/;

/** "<head> <words whose initials spell the acronym>", as the title or description writes it, or undefined. */
function writtenOutTail(head: string, acronym: string, text: EventText): string | undefined {
  for (const s of [text.body, text.title]) {
    let i = s.indexOf(`${head} `);
    while (i !== -1) {
      const words = s.slice(i + head.length + 1, i + head.length + 1 + 80).split(/[ \t]+/);
      let k = 0;
      const taken: string[] = [];
      for (const w of words) {
        if (k === acronym.length) break;
        if (taken.length > 0 && /^(?:of|and|&|de|the)$/.test(w)) {
          taken.push(w);
          continue;
        }
        if (w[0] !== acronym[k] || !/^[A-Z][a-z]/.test(w)) break;
        taken.push(w.replace(/[.,;:]+$/, ''));
        k++;
      }
      if (k === acronym.length) return `${head} ${taken.join(' ')}`;
      i = s.indexOf(`${head} `, i + 1);
    }
  }
  return undefined;
}

/** The capitalised words right before "(ACRONYM)" in `s` (same line), when there are two or more. */
function definedAcronym(acronym: string, s: string): string | undefined {
  const i = s.indexOf(`(${acronym})`);
  if (i < 4) return undefined;
  const m = DEFINED_BY.exec(s.slice(Math.max(0, i - 80), i));
  // The words' initials are the acronym's letters, in order ("Belastingsamenwerking Kromme Rijn
  // (BSKR)"), not another phrase before brackets ("Supervisor de Planificación (SITOC)").
  return m && initialsFit(m[1]!, acronym) ? m[1] : undefined;
}

function initialsFit(words: string, acronym: string): boolean {
  const initials = words.split(/[ \t]+/).filter((w) => /^[A-ZÀ-Ý]/.test(w)).map((w) => w[0]);
  if (initials[0] !== acronym[0]) return false;
  let k = 0;
  for (const c of acronym) if (k < initials.length && initials[k] === c) k++;
  return k === initials.length;
}

const DEFINED_BY = /((?:[A-ZÀ-Ý][\wÀ-ÿ&'’-]*)(?:[ \t]+(?:[A-ZÀ-Ý][\wÀ-ÿ&'’-]*|&|of|for|and|de|van|der|en|für|und|y|del)){1,6})[ \t]*$/;

/** The first organisation named after "at", "with", "bei", "chez"… in the title or description, if any. */
/** The phrase up to a full stop that ends a sentence ("Rob Hazelaar. Het gesprek" → "Rob Hazelaar"; "J.P. Morgan" stays). */
function beforeSentenceEnd(phrase: string): string {
  const end = SENTENCE_STOP.exec(phrase);
  return end ? phrase.slice(0, end.index + end[0].length) : phrase;
}

const SENTENCE_STOP = /[A-Za-zÀ-ÿ]{3}(?=\.\s)/;

/** A letter of the Latin alphabets, accented ones included (À-ɏ, but not × and ÷). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}


/** "a flight department based at Addison", "planta en Ramos Arizpe", "gevestigd in …": a place follows. */
/** A name in capitals only, as units and departments are written: "UCI", "ICU", "R&D". */
const ACRONYM = /^[A-Z&]{2,5}$/;

const PLACED_BEFORE = /\b(?:based|located|headquartered|situated|planta|plantas|sede|oficinas|ubicad[ao]s?|situad[ao]s?|basad[ao]s?|localizad[ao]s?|instalaciones|gevestigd|gelegen|vestiging)\s+$/;

/** A conversation's verb before "with": "as discussed with Mette", "wie mit Jana besprochen" reads the other way. */
const SPOKEN_BEFORE = /\b(?:discussed|spoke|spoken|talked|agreed|chatted|speaking|talking|comment[ée]|convenu|hablado|acordado)\s+$/;

/** The owner's own work, just before an "at …": the owner's current employer follows. */
const OWNERS_WORK_BEFORE = /\b(?:you(?:['’]ve| have)?(?: been)? (?:building|doing|working on|working|leading|running|built|did|led|ran|shipped|launched)|your (?:work|time|role|experience|team|current role))\b[^.\n]{0,30}$/i;

/**
 * Just before an "at …", "con …", "bei …": a skill ("tu experiencia con Go", "Erfahrung mit Kafka") or
 * a wish for the owner's next job ("alles Gute bei Kuvu", "good luck at Fernway"): no employer of this interview.
 */
const SKILL_OR_WISH_BEFORE = /\b(?:experience|experiencia|experi[eê]ncia|exp[ée]rience|erfahrung(?:en)?|ervaring|expertise|familiarity|proficiency|good luck|best of luck|all the best|alles gute|viel erfolg|(?:mucha )?suerte|bonne chance|bonne continuation|veel succes|succes)\s+$/i;

const GERMAN_ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ung|ungen|heit|keit|schaft|tät|ismus)$/u;

function atPhrase(text: EventText, id: OwnerIdentity, people: Person[]): string | undefined {
  // An exec loop, not matchAll: same matches (AT_PHRASE never matches empty text) without cloning the pattern.
  const atText = `${text.title}\n${text.body.slice(0, 3000)}`;
  // A booking page's question ("Anything you'd like us to know?:") is answered by the owner, who
  // may name where they work now ("… the program I ran at Pinecrest"): the answer names no employer.
  const answerAt = atText.indexOf(':\n') !== -1 ? answerSpans(atText) : undefined;
  AT_PHRASE.lastIndex = 0;
  let at: RegExpExecArray | null;
  while ((at = AT_PHRASE.exec(atText)) !== null) {
    if (answerAt !== undefined && answerAt.some(([from, to]) => at!.index >= from && at!.index < to)) continue;
    // After "ß" or "é", `\b` starts a word, though the word goes on: "…ßmit …" holds no "mit". (Checked here: a lookbehind
    // opening the pattern would be tried at every position of the text.)
    if (at.index > 0 && isLetter(atText.charCodeAt(at.index - 1))) continue;
    // "bei der Vorbereitung": after a German article, one capitalised word is as often a noun as a name.
    if (at[0].includes(' der ') || at[0].includes(' dem ')) {
      if (!/\s/.test((at[1] ?? '').trim())) continue;
    }
    // "a flight department based at Addison": a place, not an employer.
    if (PLACED_BEFORE.test(atText.slice(Math.max(0, at.index - 14), at.index))) continue;
    // "what you've been building at Brightwater", "your work at Acme": where the owner works now.
    if (OWNERS_WORK_BEFORE.test(atText.slice(Math.max(0, at.index - 60), at.index))) continue;
    if (SKILL_OR_WISH_BEFORE.test(atText.slice(Math.max(0, at.index - 24), at.index))) continue;
    const cand = cleanSegment(beforeSentenceEnd(at[1] ?? ''), id, people);
    // "as discussed with Mette": one word after a conversation's verb is the person spoken with.
    if (cand && cand.indexOf(' ') === -1 && SPOKEN_BEFORE.test(atText.slice(Math.max(0, at.index - 16), at.index))) continue;
    // "mit Personalverantwortung": a German noun of a quality or an act, capitalised as all nouns are, names nobody.
    if (cand && GERMAN_ABSTRACT_NOUN.test(cand) && (at[0].startsWith('mit') || at[0].startsWith('bei'))) continue;
    if (cand && !looksLikeAgency(cand) && !isToolName(cand)) {
      AT_PHRASE.lastIndex = 0;
      return cand;
    }
  }
  return undefined;
}

/**
 * A search firm's client, named as the owner of the search: "share more on Lanternfish Health's
 * search for a Chief Financial Officer", "Avonmore's CFO search". Only an intermediary speaks of
 * an employer's search in the third person.
 */
function searchClient(text: EventText, id: OwnerIdentity, people: Person[]): string | undefined {
  // "I'm partnered with Tessellate Robotics on their Staff Data Scientist search".
  if (text.bodyFolded.indexOf('partnered with') !== -1 || text.bodyFolded.indexOf('retained by') !== -1) {
    const p = PARTNERED_WITH.exec(text.body);
    const name = p ? cleanSegment(p[1]!, id, people) : undefined;
    if (name && !looksLikeAgency(name) && !isToolName(name)) return name;
  }
  // Every match ends in " search": look only at the text just before one.
  const at = text.bodyFolded.indexOf(' search');
  if (at === -1) return undefined;
  // Folding keeps positions unless it dropped accents' marks: then the whole text is read.
  const m = SEARCH_OWNER.exec(text.body.length === text.bodyFolded.length ? text.body.slice(Math.max(0, at - 120), at + 7) : text.body);
  if (!m) return undefined;
  const name = cleanSegment(m[1]!, id, people);
  return name && !looksLikeAgency(name) && !isToolName(name) ? name : undefined;
}

const PARTNERED_WITH = /\b(?:partnered with|retained by)\s+((?:[A-ZÀ-Ý][\wÀ-ÿ&.-]*)(?:[ \t]+(?:[A-ZÀ-Ý][\wÀ-ÿ&.-]*|&|of)){0,4})\s+(?:on|to)\b/;
const SEARCH_OWNER = /((?:[A-ZÀ-Ý][\wÀ-ÿ&.-]*)(?:[ \t]+(?:[A-ZÀ-Ý][\wÀ-ÿ&.-]*|&|of))*)['’]s (?:search for|(?:[A-Z]{2,5}|[Cc]hief [A-Za-z]+ [Oo]fficer|[A-Z][a-z]+ of [A-Z][a-z]+) search\b)/;

/**
 * "Avonmore CFO - Candidate Conversation" from hallorankerr.com: a title naming an organisation
 * with the C-suite job it fills, where that organisation is no domain on the invite, names the
 * employer a search firm fills the job for.
 */
function searchedFor(text: EventText, labels: readonly string[], id: OwnerIdentity, people: Person[]): string | undefined {
  const t = text.title;
  // The C-suite's letters are ROLE_NOUN's, so the title's gate has that bit wherever one is.
  if ((text.titleGate & GATE.roleNoun) === 0 || !CSUITE_WORD.test(t)) return undefined;
  for (const raw of t.split(TITLE_SPLIT)) {
    const m = ORG_THEN_CSUITE.exec((raw ?? '').trim());
    if (!m) continue;
    const first = (m[1]!.split(' ')[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
    if (first.length < 3 || labels.some((l) => l.replace(/[^a-z0-9]/g, '').startsWith(first))) return undefined;
    const name = cleanSegment(m[1]!, id, people);
    if (name && !looksLikeAgency(name) && !isToolName(name)) return name;
  }
  return undefined;
}

const CSUITE_WORD = /\b(?:CFO|CEO|COO|CTO|CIO|CMO|CHRO|CRO|CPO|CISO)\b/;
const ORG_THEN_CSUITE = /^([A-ZÀ-Ý][\wÀ-ÿ&.'’-]*(?: [A-ZÀ-Ý&][\wÀ-ÿ&.'’-]*){0,3}) (?:CFO|CEO|COO|CTO|CIO|CMO|CHRO|CRO|CPO|CISO)$/;

/**
 * A "Client:" that describes the client instead of naming it: "'scale-up fintech'", "a Series C martech",
 * "confidential", "aluminum high-pressure die casting manufacturer" (words in lower case, as no name is written).
 */
const UNNAMED_CLIENT = /^(?:['"‘’“”«]|(?:an?|un[ae]?|ein[e]?|een|confidential|confidentiel|undisclosed|unnamed|tbc|tbd|n\/a)(?![\p{L}\d]))/iu;
const LOWER_CASE_WORDS = /^\p{Ll}[\p{Ll}\d'’-]*(?:\s+[\p{Ll}\d'’-]+)+(?:$|,)/u;

/** A full stop and the next sentence's capitalised word, to the end. */
const SENTENCE_AFTER = /\.\s+\p{Lu}.*$/u;

/** The client CLIENT names in the body, legal form dropped, or undefined; `phraseOnly`: only its phrase form (group 2). */
function clientIn(text: EventText, id: OwnerIdentity, people: Person[], phraseOnly: boolean): string | undefined {
  // Every match holds one of the gate's client words ("client", "Kunden", "opdracht"…).
  if ((text.bodyGate & GATE.client) === 0) return undefined;
  const client = CLIENT.exec(text.body);
  if (!client || (phraseOnly && client[2] === undefined)) return undefined;
  if (client[1] !== undefined) {
    // Booking pages list the person who booked as "Klant:"/"Customer:": the owner is no client.
    // The name ends with its sentence: "el cliente: Red de Farmacias Saludalia. Te entrevistará …".
    const line = client[1].indexOf('. ') === -1 ? client[1] : client[1].replace(SENTENCE_AFTER, '');
    const name = stripLegal(line.trim());
    return name && !UNNAMED_CLIENT.test(name) && !LOWER_CASE_WORDS.test(name) && !id.fullNames.includes(fold(name)) ? name : undefined;
  }
  // A phrase is followed by a name: a person's ("im Auftrag von Frau Keller") is no client.
  const name = cleanSegment(client[2] ?? '', id, people);
  return name && !looksLikeAgency(name) && !isToolName(name) ? name : undefined;
}

/** Interview words that open a title segment ("Entrevista Lumbre Hogar", "Call Acme"); weak ones count there too. */
const SEGMENT_INTERVIEW_WORD = /\b(?:int(?:vw?)?s?(?!['’])|conversaci[oó]n(?: inicial)?|mondelinge|epreuve|ruckruf|videollamada|on-?site|panel|screen(?:ing)?|intro|callback|call|chat|loop|final|interview\w*|telefonat|telefoninterview|trucada|videotrucada|bellen|fono|kennenlernen|\w*gesprach\w*|\w*gesprek\w*|candidate|canceled|cancelled|updated|invitation|confirmed|round|meeting|llamada|reunion|gesprach|gesprek|kennismaking|kennismaken|intake|catch-?up|rencontre|echange|appel|pre-?(?:qualification|selection|seleccion|screen\w*)|einladung(?: zu[mr]?)?|uitnodiging(?: voor)?|convocation|convocatoria|invitacion|rdv|rendez-vous|termin|afspraak|cita|hr|rh|rrhh)\b/;
/** How an interview happens, never who hires ("Video interview" leaves "Video"). */
/** A possessive after two words or more ("Harbourline Bank's …"): group 1 is its owner. */
const POSSESSIVE = /^(\S+(?:\s+\S+)+?)['’]s\s+\S/;
/** Plural nouns of the people an organisation serves, before its possessive: "Sauti Women's Trust". */
const SERVED_PEOPLE = /\s(?:women|men|children|people|workers|farmers|veterans|mothers|parents|girls|boys|families|citizens)$/i;
/** A name that ends as an institution's does. */
const INSTITUTION_END = /\b(?:school|college|academy|hospital|university|church|cathedral|infirmary|hospice|clinic|hall|institute|seminary|home)\W*$/i;
/** One word and a possessive before the rest ("Driftline's CTO"): group 1 the word, group 2 the rest. */
const OWNER_OF_JOB = /^([^\s'’]+)['’]s\s+(\S.*)$/;
/** What a company has that is no part of its name (its jobs and recruiters are ROLE_NOUN's and NEVER_A_COMPANY's). */
const OWNED_PEOPLE = /^(?:founders?|co-?founders?|team|people|offices?|leadership|hiring team)$/i;
const GRADE_AND_JOB = /^(?:[Ss]taff|[Ss]enior|S[Rr]\.?|[Jj]unior|J[Rr]\.?|[Pp]rincipal|[Ll]ead|[Ff]ounding|STAFF|SENIOR)(?:\s+[A-Z]{2,4}){1,2}$/;
const JOB_TAIL = /\s+(?:opportunity|opening|role|position|vacancy)$/i;
const DEPT_TAIL = /(?<=\S)\s+[A-Za-z]+\.?\s+dept\.?$/i;
/** Which round, as a word (folded): "segunda ronda", "second round", "zweite Runde". */
const ORDINAL_WORD = 'first|second|third|fourth|final|next|primera|primer|segunda|segundo|tercera|tercer|ultima|zweite|dritte|tweede|derde|premiere|deuxieme|seconde|troisieme|derniere|dernier';
/** How an interview happens, as a word of a title: the base of MEDIUM, MEDIUM_TAIL and MEDIUM_ONLY. */
const HOW = 'presencial|presentiel|video|phone|telephone|telephonic|telefonische?|telef[oó]nic[ao]|tel|tlf|tfno|telf|online|virtual|remote|in[- ]person|on-?site|face[- ]to[- ]face|f2f|walk[- ]?in|one[- ]way';
/** How, and which round: "pinecrest walk in", "arbor lit 2nd", "geosondeos 2a", "brazoria petchem site" before the interview word. */
const MEDIUM_TAIL = new RegExp(`(?:\\s+(?:${HOW}|site|teams|zoom|ph|working|wkng|\\d(?:st|nd|rd|th|a|o|ª|º|da|do|ra|ro|e|er|eme|ème|ste|de|\\.)|first|second|third|final|next|segunda|tercera|zweite|dritte|tweede|derde|deuxi[eè]me|seconde)\\.?)+$`, 'i');
const MEDIUM = new RegExp(`^(?:${HOW}|visio(?:conf[ée]rence)?|teams|zoom|webex|skype)$`, 'i');

/** ", AZ" after a place's name. */
const STATE_AFTER = /,\s*[A-Z]{2}$/;

/**
 * Nothing but how and which, perhaps after the task's verb, before the interview word: "tel. ",
 * "grabar video-", "2da ", "2ª ", "2.ª ", "segunda ".
 */
const MEDIUM_ONLY = new RegExp(
  `^(?:(?:record|complete|take|do|submit|grabar|hacer|completar|enregistrer|passer|aufnehmen|opnemen)\\s+)?(?:(?:${HOW}|ph|${ORDINAL_WORD}|\\d{1,2}\\.?(?:st|nd|rd|th|a|o|ª|º|da|do|ra|ro|er|e|eme|ste|de)?)\\.?[\\s-]*)+$`,
);
/** The employer's recruiter after its name in the owner's note: "📞 Tillman recruiter". */
const RECRUITER_TAIL = /\s+(?:recruiter(?:in)?|recruteur|recruteuse|reclutador[a]?)$/i;
/** A job's head written before its comma, as "Head of …" ("Head, SME Banking"). */
const HEAD_OF = /^(?:Head|Director|VP|SVP|EVP|AVP|Chief)$/;
/** A word, its comma and a capitalised word after it ("Buyer, Contemporary"). */
const WORD_THEN_COMMA = /(\p{L}+), (?=\p{Lu})/gu;
/** A recruiter's title word, and one with their name and firm in brackets after it (group 1 keeps all but the bracket). */
const RECRUITER = 'headhunter(?:in)?|recruiter(?:in)?|personalberater(?:in)?|recruteur|recruteuse|reclutador(?:a)?|cazatalentos|wervings?adviseur';
const RECRUITER_WORD = new RegExp(`\\b(?:${RECRUITER})\\b`, 'i');
const RECRUITERS_FIRM = new RegExp(`(\\b(?:${RECRUITER})(?:\\s+(?:(?:Hr|Fr|Mr|Ms|Mme|M|Sr|Sra)\\.?\\s+)?[A-ZÀ-Ý][\\p{L}'’-]*){0,2})\\s*\\([^()]{2,60}\\)`, 'giu');
/** A civil service grade or NHS band after a name: "DCH G7", "Cabinet Office SEO", "Irwell ICB Band 8a". */
const GRADE_TAIL = /\s+(?:G[67]|SEO|HEO|SCS\d?|Grade [1-9]|Band [1-9][a-d]?)$/;
/** A visit after a name: "cumberland store visit", "Acme site tour". */
const VISIT_TAIL = /\s+(?:store|site|plant|office|studio|campus|warehouse|dc)\s+(?:visit|walk|tour)$/i;
/** The last word of every ROUND_TAIL match. */
const ROUND_LAST = /^(?:ronda|round|ronde|runde|tour|rd|fase|phase|etapa|\d{1,2})$/i;
/** The round after a name: "2a ronda", "second round", "round 2", "2e ronde", "zweite Runde". */
const ROUND_TAIL =
  /\s+(?:(?:\d{1,2}(?:a|o|ª|º|e|ème|de|ste|nd|rd|th|st|\.)?|first|second|third|final|primera|segunda|tercera|ultima|última|zweite|dritte|tweede|derde|deuxieme|deuxième|seconde|troisieme|troisième)\s+(?:ronda|round|ronde|runde|tour|rd|fase|phase|etapa)|(?:round|ronda|ronde|runde|rd|fase|phase|etapa)\s*\d{1,2})$/i;

/** A person addressed by title ("Mme Dubois", "Mr. Lee"): never a company. */
const PERSON_ADDRESS = new RegExp(`^${FORM_OF_ADDRESS}\\s+[A-ZÀ-Ý]`, 'i');

/**
 * `word` opens a capitalised first name and surname in `body` that `employer` follows, as a
 * signature or a note gives them ("Jaxon" of "Jaxon Pruitt, Brightwell Partners").
 */
function firstNameOf(word: string, employer: string, body: string): boolean {
  if (!/^[A-ZÀ-Ý][a-zà-ÿ'’-]+$/.test(word)) return false;
  for (let at = body.indexOf(`${word} `); at !== -1; at = body.indexOf(`${word} `, at + 1)) {
    const before = at === 0 ? 32 : body.charCodeAt(at - 1);
    const m = /^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:,|\s[-–—|(]|\s+at\b|\n)\s*/.exec(body.slice(at + word.length + 1, at + word.length + 40));
    if (!isLetter(before) && m !== null && body.startsWith(employer, at + word.length + 1 + m[0].length)) return true;
  }
  return false;
}

/** A person's name right before " @ " ("Jen Oakley @ Brightfield Learning"). */
const PERSON_AT = /(?:^|[-–—|:,(]\s*)([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}) @ (?!\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)/g;

const HAS_LETTER = /\p{L}/u;

/** An agency's brackets, blanked unless a company's name ends them ("(Fernbrook Pharma)", not "(VP, Corporate Communications)"). */
function jobBrackets(brackets: string): string {
  // "(Neckar-Personal)", "(Steinhoff Personalberatung)": the agency's own name stays.
  return COMPANY_END.test(brackets) || looksLikeAgency(brackets.slice(1, -1)) ? brackets : ' ';
}
const COMPANY_END =
  /\s(?:Pharma(?:ceuticals)?|Biotech|Therapeutics|Diagnostics|Medtech|Scientific|Software|Insurance|Energy|Foods|Industries|Holdings|Manufacturing|Inc|Ltd|Limited|LLC|GmbH|AG|SA|BV|plc|Corp(?:oration)?|Company|Group|Bank|Labs?|Systems|Technologies)\.?\)$/;
const TRAILING_SYMBOLS = /(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u;
const LEADING_SYMBOLS = /^(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)+/u;
/** A digit, or the last letter of "am", "pm", "u", "h", "hr", "hrs". */
function endsLikeTime(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 109 || c === 77 || c === 117 || c === 104 || c === 114 || c === 115;
}
/** A time after a name in the owner's note: "2pm", "11u", "13h", "10:30", "~15:00", "16u30". */
const TIME_TAIL = /\s+~?(?:\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|u|uur|h|hrs?)|\d{1,2}[:hu]\d{2})$/i;
const PHONE_ABBREVIATION = /^(?:t[ée]l|ph)\.\s+(?=\S)/i;
/** A note's opening medium, and HR after it: "visio ", "tel DRH ", "appel RH ", "Tel. Recruiterin ". */
const NOTE_OPENING = /^(?:(?:t[ée]l|tlf|ph|phone|visio|video|zoom|teams|appel|call|llamada)\.?\s+(?:(?:avec|with|w\/|con|c\/|met|mit)\s+)?(?:(?:la |le |el )?(?:DRH|RH|HR|RRHH|P&O|recruiter(?:in)?|reclutador[a]?|recrut(?:eur|euse))\s+)?|(?:DRH|RH|HR|RRHH|recruiter(?:in)?|reclutador[a]?|recrut(?:eur|euse))\s+)(?=\S)/i;
/** A meal that opens the owner's note, and "with" after it: "déj ", "lunch w/ ", "cena con ". */
const MEAL_OPENING = /^(?:d[ée]j(?:euner)?|d[îi]ner|lunch|dinner|breakfast|bkfst|coffee|caf[ée]|drinks|almuerzo|comida|cena|desayuno|mittagessen|abendessen|borrel)\.?\s+(?:(?:w\/|with|avec|con|mit|met)\s+)?(?=\S)/i;
/** How an interview happens, opening what follows the interview word ("tél. ", "video "). */
const LEADING_MEDIUM = new RegExp(`^(?:${HOW}|t[ée]l[ée]phonique|t[ée]l|ph)\\.?\\s+`, 'i');

/** Words that join an interview word to the company after it ("Interview bei Acme", "Call with Acme"). */
const SEGMENT_JOINER = /^(?:at|with|w\/|c\/|for|bei|der|dem|chez|bij|en|con|avec|met|mit|de|van|von|para|pour|voor|x)\s+/i;

function cleanSegment(seg: string, id: OwnerIdentity, people: Person[], depth = 0): string | undefined {
  let s = seg.trim().replace(/^[-–—|:,\s]+|[-–—|:,?!\s]+$/g, '');
  // "albrecht 🩺": an emoji after a name in the owner's note.
  if (s.length > 2 && s.charCodeAt(s.length - 1) >= 0x2000) s = s.replace(TRAILING_SYMBOLS, '');
  // "📞 Tillman recruiter": and one before it.
  if (s.length > 2 && s.charCodeAt(0) >= 0x2000) s = s.replace(LEADING_SYMBOLS, '');
  // "80–100%", a Swiss advert's workload: no name without a letter.
  if (!s || s.length < 2 || (!isLetter(s.charCodeAt(0)) && !HAS_LETTER.test(s))) return undefined;
  // "Tel. Brandt Maschinenbau": the phone's abbreviation opens the owner's note of a call.
  if (s.charCodeAt(2) === 46 || s.charCodeAt(3) === 46) s = s.replace(PHONE_ABBREVIATION, '') || s;
  let f = fold(s);
  // "bellen Verlinden Accountants ivm vacature": what the call is about follows the name.
  const about = f.length === s.length ? ABOUT_JOB.exec(f) : null;
  if (about !== null && about.index > 1) {
    s = s.slice(0, about.index).replace(/[-–—|:,\s]+$/, '');
    f = fold(s);
  }
  // The owner, also as "Valdez, Monica" cut at its comma, and the owner's own employer.
  // The owner's name without a second surname ("Daniela Ríos" for Daniela Ríos Olvera) is the owner too.
  if (id.fullNames.some((n) => f === n || f.startsWith(n + ' ') || f.endsWith(' ' + n) || (f.includes(' ') && n.startsWith(f + ' '))) || f === id.firstName || (!!id.lastName && f === id.lastName)) return undefined;
  if (id.workDomain && companyKey(s).replace(/ /g, '') === domainLabel(id.workDomain).replace(/[^a-z0-9]/g, '')) return undefined;
  if (ownLabels.size > 0 && ownLabels.has(fold(s).replace(/[^a-z0-9]/g, ''))) return undefined;
  // "Dana K.": the owner's first name with an initial.
  if (id.firstName && f.startsWith(id.firstName + ' ') && /^[a-z]\.?$/.test(f.slice(id.firstName.length + 1))) return undefined;
  // A person on the invite, also without their second surname ("Gerardo Zambrano" for Gerardo Zambrano Quiroga).
  // So is one written as first name and initial ("Brian S" for Brian Szymanski).
  if (people.some((p) => p.folded && (f === p.folded || f === p.first || (!p.generic && f.includes(' ') && (p.folded.startsWith(f + ' ') || firstAndInitial(f, p)))))) return undefined;
  // "Interview with Owen Strickland & Priscilla Vu": people on the invite, joined, are no firm.
  if ((f.indexOf('&') !== -1 || f.indexOf(' and ') !== -1) && invitedJoined(f, people)) return undefined;
  // Drop interview words from the segment ("Hooli Technical Phone Screen" → "Hooli"); one that
  // opens it leaves what follows ("Entrevista Lumbre Hogar" → "Lumbre Hogar"), judged again.
  // The first of them counts: "videollamada kiddo camps 2a ronda" opens with one.
  const strong = INTERVIEW_STRONG.exec(f);
  // Only the text before a strong word can hold an earlier one.
  const word = strong === null ? SEGMENT_INTERVIEW_WORD.exec(f) : strong.index > 0 ? SEGMENT_INTERVIEW_WORD.exec(f.slice(0, strong.index)) : null;
  const m = word !== null ? word : strong;
  if (m && m.index !== undefined) {
    // Only how it happens before the interview word ("tel. entrevista Transportes Vallejo") opens the segment too.
    if (m.index === 0 || MEDIUM_ONLY.test(f.slice(0, m.index))) {
      if (depth > 1 || f.length !== s.length) return undefined;
      // How it happens may follow the interview word too: "entretien tél. lémanis assurances".
      const rest = s.slice(m.index + m[0].length).trim().replace(SEGMENT_JOINER, '').replace(LEADING_MEDIUM, '');
      return rest ? cleanSegment(rest, id, people, depth + 1) : undefined;
    }
    // "pinecrest walk in interviews" → "Pinecrest": how the interview happens is no part of the name,
    // nor the emoji before the interview word ("Siegen 🚗 Gespräch …").
    s = s.slice(0, m.index).trim().replace(MEDIUM_TAIL, '');
    if (s.length > 2 && s.charCodeAt(s.length - 1) >= 0x2000) s = s.replace(TRAILING_SYMBOLS, '');
  }
  // "visio alpaga 2e tour", "tel DRH Belvédère": how the owner meets them, and whom (HR), open the note.
  if (NOTE_OPENING.test(s)) s = s.replace(NOTE_OPENING, '') || s;
  // "déj delmare", "lunch w/ Acme": the meal the note opens with is where, not whom.
  if (MEAL_OPENING.test(s)) s = s.replace(MEAL_OPENING, '') || s;
  // "lakehead fab 2pm??": the note's time is no part of the name (it ends in a digit or a unit).
  if (endsLikeTime(s.charCodeAt(s.length - 1)) && s.indexOf(' ') !== -1) s = s.replace(TIME_TAIL, '').replace(/[\s?!]+$/, '');
  // "cumberland store visit": the visit is no part of the name; nor is a civil service grade ("DCH G7").
  if (s.indexOf(' ') !== -1) s = s.replace(VISIT_TAIL, '').replace(RECRUITER_TAIL, '').replace(GRADE_TAIL, '');
  // "calidra 2a ronda", "Acme round 2": which round follows the name (its last word says whether one can).
  const lastWord = s.lastIndexOf(' ');
  if (lastWord > 0 && ROUND_LAST.test(s.slice(lastWord + 1))) s = s.replace(ROUND_TAIL, '');
  // "Meadowlark USD opportunity": what the meeting is about follows the name.
  s = s.replace(JOB_TAIL, '');
  // "halvorsen flt dept": a department, written short, after the name.
  if (s.indexOf(' ') !== -1) s = s.replace(DEPT_TAIL, '');
  // "Staff DS", "Sr. SWE": a grade and a job's letters.
  if (GRADE_AND_JOB.test(s)) return undefined;
  // "Harbourline Bank's Enterprise Data Platform": a name of two words or more that owns a team or
  // department is the company. One word keeps it ("Children's Hospital"), and so does a possessive
  // that ends the name ("Macy's Inc.").
  const possessive = s.indexOf("'") !== -1 || s.indexOf('’') !== -1 ? POSSESSIVE.exec(s) : null;
  // An institution named for its saint or founder keeps the possessive: "St Finian's RC High School".
  // So does a name of the people it serves: "Sauti Women's Trust", "Lakeside Children's Fund".
  if (possessive && possessive[1]!.includes(' ') && stripLegal(s) !== s.slice(0, possessive.index + 2) && !INSTITUTION_END.test(s) && !SERVED_PEOPLE.test(possessive[1]!)) s = possessive[1]!;
  else if (!possessive && (s.indexOf("'") !== -1 || s.indexOf('’') !== -1)) {
    // "Driftline's CTO", "Ferrow's founders": one word owning a job or a team is the company.
    const owner = OWNER_OF_JOB.exec(s);
    const owned = owner ? owner[2]!.replace(/[.!;]+$/, '') : '';
    if (owner && (ROLE_NOUN.test(fold(owned)) || NEVER_A_COMPANY.test(fold(owned)) || OWNED_PEOPLE.test(owned))) s = owner[1]!;
  }
  if (!s || !/^[A-Z0-9À-Ý]/.test(s) || ROLE_NOUN.test(fold(s)) || ROLE_COMPOUND.test(fold(s)) || NEVER_A_COMPANY.test(fold(s)) || PERSON_ADDRESS.test(s) || MEDIUM.test(s) || namesTool(s)) return undefined;
  if (s.split(/\s+/).length > 5) return undefined;
  // "at Carina's request": a person on the invite, owning something, is no employer.
  if (s.endsWith("'s") || s.endsWith('’s')) {
    const base = fold(s.slice(0, -2));
    if (base === id.firstName || people.some((p) => p.folded === base || p.first === base)) return undefined;
  }
  return stripLegal(s);
}

/** `folded` is two or more names of people on the invite joined by "&", "and", "+" or commas. */
function invitedJoined(folded: string, people: Person[]): boolean {
  const parts = folded.split(/\s*(?:&|\+|,|\band\b)\s*/);
  return parts.length > 1 && parts.every((part) => people.some((p) => !p.generic && p.folded === part));
}

/** `f` (folded) is the person's first name and the initial of their last ("brian s", "brian s."). */
function firstAndInitial(f: string, p: Person): boolean {
  const n = p.first.length;
  if (n === 0 || f.length > n + 3 || !f.startsWith(p.first + ' ') || !/^[a-z]\.?$/.test(f.slice(n + 1))) return false;
  const last = p.folded.lastIndexOf(' ');
  return last > n - 1 && p.folded.charCodeAt(last + 1) === f.charCodeAt(n + 1);
}

/**
 * The phrase with the words that follow it ("Keystone Search" → "Keystone Search Partners"),
 * up to a following "recruiter": "Redwood Bio recruiter" is the employer's own recruiter.
 */
function agencyContext(phrase: string, text: EventText): string {
  let context = phrase;
  for (const s of [text.title, text.location, text.body]) {
    const i = s.indexOf(phrase);
    if (i === -1) continue;
    context = s.slice(i, i + phrase.length + 20);
    break;
  }
  // What follows on the same line and in the same sentence: "interview with Brightleaf Foods.\n\nJob:
  // Talent Acquisition Manager" has the job's words after it, not the firm's.
  let after = context.slice(phrase.length);
  const stop = after.search(/\n|[.!?](?:\s|$)/);
  if (stop !== -1) {
    after = after.slice(0, stop);
    context = phrase + after;
  }
  // "DSRG Recruitment Team", "Acme Talent Acquisition (Team)": the employer's own recruiters.
  const recruiter = /\s(?:recruiters?|reclutador(?:a|es)?|recruteur|recruteuse|talent acquisition|(?:recruitment|recruiting|talent|resourcing) team)\b/i.exec(after);
  return recruiter ? phrase + after.slice(0, recruiter.index) : context;
}

/**
 * The phrase that spells a two-part label's parts the other way round, as German names put the
 * trade first and domains often last: "Spedition Hülsmann" at huelsmann-spedition.de.
 */
function swappedPhrase(label: string, sources: PhraseSource[]): string | undefined {
  const dash = label.indexOf('-');
  if (dash < 3 || dash > label.length - 4 || label.indexOf('-', dash + 1) !== -1) return undefined;
  const phrase = phraseForLabel(`${label.slice(dash + 1)}${label.slice(0, dash)}`, sources);
  return phrase !== undefined && !lastPhraseWasPartial() ? phrase : undefined;
}

/** A start-up's domain often puts a verb before the brand: heytandem.io, getacme.com, tryacme.com. */
const BRAND_PREFIX = /^(?:hey|get|try|join|use|go|meet|hello|with|fly|grupo|groupe|gruppe)(?=[a-z0-9]{3})/;

/** …or a word after it: mercyhealthsys.org, acmegroup.com, acmeinc.com, acmeusa.com, ridgebackeng.ca. */
const BRAND_SUFFIX = /(?<=[a-z0-9]{4})[-_]?(?:sys|systems?|inc|corp|co|grp|group|global|usa|us|hq|online|app|careers|jobs|jets?|eng|mfg)$/;

/** The phrase that spells the brand without such a prefix or suffix ("Tandem" for "heytandem"), if any. */
function brandWithoutAffix(label: string, sources: PhraseSource[]): string | undefined {
  const m = BRAND_PREFIX.exec(label);
  if (m) return phraseForLabel(label.slice(m[0].length).replace(/^[-_]/, ''), sources);
  const tail = BRAND_SUFFIX.exec(label);
  return tail ? phraseForLabel(label.slice(0, tail.index), sources) : undefined;
}

/** Adds `weight` to a label's score; `labels` keeps first-seen order (a Map did, before). */
function addWeight(labels: string[], weights: number[], label: string, weight: number): void {
  const k = labels.indexOf(label);
  if (k === -1) {
    labels.push(label);
    weights.push(weight);
  } else weights[k] = weights[k]! + weight;
}

/** The folded description introduces `name` as its writer: "this is olivia", "olivia here", "i'm ava". */
function introduces(body: string, name: string): boolean {
  return body.includes(`this is ${name}`) || body.includes(`${name} here`) || body.includes(`i'm ${name}`);
}

/** ATS senders: "acme@myworkday.com" or "acme.greenhouse.io" name the employer in the address. */
function addAtsLabels(labels: string[], weights: number[], who: EventPerson | undefined, body = ''): void {
  const d = emailDomain(who?.email);
  if (d && atsForDomain(d)) {
    const email = who?.email ?? '';
    const local = email.slice(0, email.indexOf('@')).toLowerCase();
    // "acme@myworkday.com" names the employer; "olivia@paradox.ai" signed "Olivia from …" names the sender.
    const senderFirst = fold(who?.displayName ?? '').split(' ')[0];
    // "olivia@evergreenmart.paradox.ai" writing "This is Olivia …": the assistant introduces itself.
    if (local && !GENERIC_MAILBOX.test(local) && local !== senderFirst && !introduces(body, local)) addWeight(labels, weights, local, 0.5);
    const parts = d.split('.');
    const sub = parts[0] ?? '';
    // "acme.paradox.ai" names the tenant; "jobtrain.co.uk" is the tool under a two-part suffix.
    if (parts.length > 2 && sub && !/^(?:mail|app|www|email|notifications?)$/.test(sub) && !TOOL_NAMES.has(sub) && !introduces(body, sub)) addWeight(labels, weights, sub, 0.5);
  }
}

/** An employer's own pages on a tool: acme.wd3.myworkdayjobs.com, jobs.lever.co/acme, boards.greenhouse.io/acme. */
const ATS_TENANT =
  /https?:\/\/(?:([a-z0-9-]+)\.(?:wd\d+\.)?myworkday(?:jobs)?\.com|(?:boards|job-boards)\.greenhouse\.io\/([a-z0-9-]+)|jobs\.(?:lever\.co|ashbyhq\.com)\/([a-z0-9-]+)|([a-z0-9-]+)\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|breezy\.hr|applytojob\.com|jobs\.personio\.(?:de|com)))/i;

function addAtsTenant(labels: string[], weights: number[], description: string): void {
  if (description.indexOf('://') === -1) return;
  const m = ATS_TENANT.exec(description.length > 20_000 ? description.slice(0, 20_000) : description);
  const tenant = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase() : '';
  if (tenant && !/^(?:www|app|jobs|careers|boards|api)$/.test(tenant)) addWeight(labels, weights, tenant, 0.5);
}

/** The display name of a sender on an applicant-tracking tool's domain, team words removed. */
function atsSenderName(who: EventPerson | undefined): string | undefined {
  const name = who?.displayName?.trim();
  if (!name || !atsForDomain(emailDomain(who?.email))) return undefined;
  return orgFromDisplayName(name) ?? name;
}

/** A team mailbox signed with the employer's name ("Proseware Recruiting"), or undefined. */
/** One word, then a bar or a dash between blanks. */
const ASSISTANT_FIRST = /^[^\s|–—-]+\s+[|–—-]\s+/;
/** A tool's assistant "of" the employer: "Olivia de Kiddo Camps", "Olivia from Acme". */
const ASSISTANT_OF = /^[A-Z][a-z]+\s+(?:de|from|at|von|van|bei|chez)\s+(?=[A-Z])/;

/** Two or three capitalised words of letters: a person's name as much as a small firm's. */
const PERSON_SHAPED = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * `name` on a recruiting team's mailbox at a company's own domain reads as a person who answers it: it has
 * a person's shape and the domain's label spells none of its words (three letters or more) nor
 * its initials.
 */
function personOnTeamMailbox(name: string, domain: string | undefined): boolean {
  if (!domain || !isCompanyDomain(domain) || !PERSON_SHAPED.test(name)) return false;
  const label = domainLabel(domain).replace(/[^a-z0-9]/g, '');
  if (!label) return false;
  const words = fold(name).split(' ');
  if (label === words.map((w) => w[0]).join('')) return false;
  return !words.some((w) => w.length >= 3 && label.includes(w.replace(/[^a-z0-9]/g, '')));
}

function teamMailboxName(who: EventPerson | undefined): string | undefined {
  // "HirePro Scheduler", "Workday Notifications": the tool signs, not the employer ("… via softgarden" is the employer's).
  if (!who?.displayName || (namesTool(who.displayName) && orgFromDisplayName(who.displayName) === undefined)) return undefined;
  const local = (who.email ?? '').split('@')[0] ?? '';
  const name = GENERIC_MAILBOX.test(local) || atsForDomain(emailDomain(who.email))
    ? orgFromDisplayName(who.displayName) ?? (GENERIC_MAILBOX.test(local) ? who.displayName : undefined)
    : undefined;
  // "Karat Scheduling" is the tool's own team.
  if (name === undefined || namesTool(name)) return undefined;
  // "Laura Gil" on rrhh@cafeterialuna.es: a person answers the team's mailbox, and the employer
  // is its domain's, not hers. A name whose words the domain spells ("Blue Bottle" on
  // bluebottle.es, "Luna Café" on cafeterialuna.es) is the employer's own.
  if (name === who.displayName && RECRUITING_MAILBOX.test(local) && personOnTeamMailbox(name, emailDomain(who.email))) return undefined;
  // "Olivia | Marlowe's Markets", "Olivia – Talvera": a scheduling assistant's name, then the employer's;
  // on a tool's own mailbox also "Olivia de Kiddo Camps" (an employer's may be "Banco de …").
  const bar = ASSISTANT_FIRST.exec(name) ?? (atsForDomain(emailDomain(who.email)) ? ASSISTANT_OF.exec(name) : null);
  return bar !== null ? name.slice(bar[0].length).trim() || name : name;
}

/**
 * How extractCompany named the employer, for a calendar's other rounds: `spelled` maps an
 * employer domain's label to the fullest name an invite spelled for it ("Gemeente Vechtstede"
 * over "Vechtstede"); `label` is the label this invite's name was spelled for, and `unspelled`
 * the label it could only title-case ("Glcold" for glcold.com), when that is what it returned.
 */
export interface CompanySource {
  spelled: Map<string, string>;
  label?: string;
  unspelled?: string;
}

/** `full` is `part` with more words around it ("Gemeente Vechtstede" and "Vechtstede"). */
export function namesMore(full: string, part: string): boolean {
  return full.length > part.length && ` ${fold(full)} `.includes(` ${fold(part)} `);
}

/** The hiring company's plain name: the client when an agency schedules, never the scheduling tool. */
export function extractCompany(
  text: EventText,
  event: CalendarEvent,
  people: Person[],
  id: OwnerIdentity,
  interviewers: readonly Interviewer[] = [],
  source?: CompanySource,
  colleagueDomains?: ReadonlySet<string>,
): string | null {
  if (colleagueDomains === undefined || colleagueDomains.size === 0) return companyOf(text, event, people, id, interviewers, source);
  ownLabels = colleagueLabels(colleagueDomains);
  try {
    return companyOf(text, event, people, id, interviewers, source);
  } finally {
    ownLabels = NO_LABELS;
  }
}

/**
 * The labels of the owner's colleagues' domains ("meridianvale"), while extractCompany runs:
 * a name the prose gives that is the owner's own employer ("the term loan process at Meridian
 * Vale") is no employer of theirs to interview with. Detection is synchronous, so one is enough.
 */
const NO_LABELS: ReadonlySet<string> = new Set();
let ownLabels: ReadonlySet<string> = NO_LABELS;
const labelsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function colleagueLabels(domains: ReadonlySet<string>): ReadonlySet<string> {
  let labels = labelsOf.get(domains);
  if (labels === undefined) {
    labels = new Set([...domains].map((d) => domainLabel(d).replace(/[^a-z0-9]/g, '')).filter((l) => l.length > 2));
    labelsOf.set(domains, labels);
  }
  return labels;
}

function companyOf(
  text: EventText,
  event: CalendarEvent,
  people: Person[],
  id: OwnerIdentity,
  interviewers: readonly Interviewer[],
  source: CompanySource | undefined,
): string | null {
  const sources: PhraseSource[] = [
    { text: text.title, folded: text.titleFolded, limit: 500, foldedLimit: Infinity },
    { text: text.location, folded: text.locationFolded, limit: 500, foldedLimit: Infinity },
    { text: text.body, folded: text.bodyFolded, limit: 4000, foldedLimit: 4000 },
  ];
  // Employer domains of the people on the invite, most frequent first; agencies kept apart.
  // Plain arrays: an invite has a handful of labels.
  const labels: string[] = [];
  const weights: number[] = [];
  const agencies: string[] = [];
  for (const p of people) {
    if (!p.companyDomain || p.domain === id.workDomain || isSharedMail(p.domain)) continue;
    const label = p.label;
    if (p.agency) {
      if (!agencies.includes(label)) agencies.push(label);
    }
    // The employer is whoever interviews you; an organizer from another domain is often an agency.
    else addWeight(labels, weights, label, (p.organizer ? 0.5 : 1) + (interviews(interviewers, p.email) ? 2 : 0));
  }
  addAtsLabels(labels, weights, event.organizer, text.bodyFolded);
  addAtsLabels(labels, weights, event.creator, text.bodyFolded);
  // A copy the owner made of a tool's confirmation: its links name the employer's tenant.
  if (labels.length === 0) addAtsTenant(labels, weights, event.description);
  // Highest weight first, ties in first-seen order (a stable sort, as Array.prototype.sort is).
  for (let i = 1; i < labels.length; i++) {
    const l = labels[i]!;
    const w = weights[i]!;
    let j = i;
    while (j > 0 && weights[j - 1]! < w) {
      labels[j] = labels[j - 1]!;
      weights[j] = weights[j - 1]!;
      j--;
    }
    labels[j] = l;
    weights[j] = w;
  }

  // People on a mail service many employers share (NHSmail) work for the organisation the text
  // names with the service's name in it: "Kingsworth and Dene Hospitals NHS Foundation Trust".
  const shared = sharedServiceOrganisation(people, id, text);
  if (shared) return shared;
  // Only an intermediary writes "our client Pinecliff Insurance", "in opdracht van Solvane": the
  // client hires, whoever sent the invite (an agency nobody recognised, an assessment firm).
  if (labels.length > 0) {
    const client = clientIn(text, id, people, true) ?? searchClient(text, id, people) ?? searchedFor(text, labels, id, people);
    if (client) return client;
  }
  for (const label of labels) {
    // A phrase that spells only part of the label comes after one that abbreviates all of it
    // ("Desert Vista Urgent Care" for desertvistauc, not "Desert Vista").
    let phrase = phraseForLabel(label, sources);
    if (phrase === undefined || lastPhraseWasPartial()) phrase = abbreviatedPhrase(label, sources) ?? swappedPhrase(label, sources) ?? phrase ?? brandWithoutAffix(label, sources);
    // The domain of a person's own firm ("Diane Holmquist", holmquistadvisory.com, on a board
    // member's interview for Verity Medical): the name the text gives it is hers, not an employer's.
    if (phrase && labels.length > 1 && namesAPerson(phrase, people)) continue;
    // "Department of Learning and Workforce" is a government's, whatever its words.
    if (phrase && !PUBLIC_BODY.test(phrase) && looksLikeAgency(agencyContext(phrase, text))) {
      if (!agencies.includes(label)) agencies.push(label);
      continue;
    }
    if (phrase) {
      // "Agave Wells, AZ" for agavewellsaz.gov: the place's state is no part of the employer's name.
      const name = stripLegal(spelledOut(withInstitution(phrase.replace(STATE_AFTER, ''), text), text));
      if (source) {
        source.label = label;
        const before = source.spelled.get(label);
        if (before === undefined || namesMore(name, before) || !namesMore(before, name)) source.spelled.set(label, name);
      }
      return name;
    }
    // An applicant-tracking tool sends in the employer's name ("Kessler Automotive Parts" for
    // kessler-parts.com): the name, when it starts with the label's first word.
    const sender = atsSenderName(event.organizer) ?? atsSenderName(event.creator);
    if (sender && companyKey(sender).startsWith(`${label.split(/[-_]/)[0]} `) && !looksLikeAgency(sender)) return stripLegal(sender);
  }
  // "Client: …" in the body, needed only from here on.
  if (agencies.length > 0 || labels.length === 0) {
    const clientName = clientIn(text, id, people, false) ?? searchClient(text, id, people);
    if (clientName) return clientName;
  }

  // A small employer writing from a free-mail address named for it ("camelbackfamilydental@gmail.com"):
  // the name its text spells in full.
  if (labels.length === 0) {
    for (const p of people) {
      if (p.companyDomain || !isFreeMail(p.domain) || p.email === id.email) continue;
      const local = p.email.slice(0, p.email.indexOf('@')).toLowerCase();
      if (local.length < 8 || nameFromEmail(p.email) !== undefined || /\d/.test(local)) continue;
      const spelled = phraseForLabel(local, sources);
      if (spelled && !lastPhraseWasPartial() && spelled.indexOf(' ') !== -1 && !looksLikeAgency(spelled)) return stripLegal(spelled);
    }
  }
  // A form's "Employer: Pennine Vale NHS Foundation Trust" line names it outright, as its
  // mailbox ("Pennine Vale NHS FT Recruitment") may only shorten it.
  const line = employerLine(text.body);
  if (line) return line;
  // Team mailboxes signed with the employer's name ("Proseware Recruiting").
  // Not one signed by its department alone ("Personalabteilung", "Ressources humaines").
  let fromName = teamMailboxName(event.organizer);
  if (fromName && !looksLikeAgency(fromName) && !NEVER_A_COMPANY.test(fold(fromName))) return stripLegal(fromName);
  fromName = teamMailboxName(event.creator);
  if (fromName && !looksLikeAgency(fromName) && !NEVER_A_COMPANY.test(fold(fromName))) return stripLegal(fromName);

  // The most frequent employer domain that is not an agency's. The invite never names it (no
  // phrase spells it), so an organisation it does name as the employer comes first: senders
  // from an agency nobody recognised write "your interview with Clearwater Health Partners".
  const employer = labels.find((l) => !agencies.includes(l));
  if (employer !== undefined) {
    const named = atPhrase(text, id, people);
    // "una urgencia en UCI": letters the domain does not start with name a unit, not the employer.
    if (named && !(ACRONYM.test(named) && !employer.startsWith(named.toLowerCase()))) return named;
    if (source) source.unspelled = employer;
    return titleCaseLabel(employer);
  }
  // Title segments that are neither interview words, the owner, a person nor a role.
  // An agency's brackets qualify the job ("Project Manager (Commercial GC, Phoenix)", "(Contract, 6 mo)"), not name its client.
  // Brackets that name an organisation stay ("… – Batch Release (Fernbrook Pharma)").
  // So do those of the owner's note of an agency's call: "Tel. Solvia Personal – Testautomatisierer (Energie, DD)".
  let titled = segmentTitle(text);
  if (labels.length === 0 && titled.indexOf('(') !== -1 && (agencies.length > 0 || (people.length === 0 && titled.split(TITLE_SPLIT).some((seg) => looksLikeAgency(seg ?? ''))))) {
    titled = titled.replace(/\([^()]*\)/g, jobBrackets);
  }
  // "Buyer, Contemporary", "Planner, Accessories", "Head, Merchant Acquiring": a job's specialty after its comma is no employer.
  if (titled.indexOf(', ') !== -1) titled = titled.replace(WORD_THEN_COMMA, (m, w: string) => (HEAD_OF.test(w) ? `${w} of ` : ROLE_NOUN.test(fold(w)) ? `${w} ` : m));
  // "Call Headhunter Baier (Kienreich Consulting) – Sennfeld Logistik": a recruiter's firm in brackets is the agency.
  if (titled.indexOf('(') !== -1 && RECRUITER_WORD.test(titled)) titled = titled.replace(RECRUITERS_FIRM, '$1');
  const segments = titled.split(TITLE_SPLIT).map((s) => cleanSegment(s ?? '', id, people)).filter((s): s is string => !!s);
  // A name the description gives an interviewer is a person: "call w/ Priya (recruiter)" with "Priya Venkataraman … calling my cell".
  for (let k = segments.length - 1; k >= 0; k--) if (interviewerNamed(interviewers, segments[k]!)) segments.splice(k, 1);
  // "recruiter call - Jen Oakley @ Brightfield Learning": a name before "@" is a person at the company.
  if (titled.indexOf(' @ ') !== -1) {
    for (const m of titled.matchAll(PERSON_AT)) {
      const k = segments.indexOf(m[1]!);
      if (k !== -1 && k + 1 < segments.length) segments.splice(k, 1);
    }
    // "call w/ recruiter – Jaxon @ Brightwell" with "Jaxon Pruitt, Brightwell Partners" below: a
    // first name the description completes with a surname.
    for (let k = segments.length - 2; k >= 0; k--) {
      const seg = segments[k]!;
      if (seg.indexOf(' ') === -1 && titled.includes(`${seg} @ `) && firstNameOf(seg, segments[k + 1]!, text.body)) segments.splice(k, 1);
    }
  }
  // "Palma – entrevista Tramuntana Air" in Palma's airport: a segment the address names as its
  // place, past the address's head, is where the interview is; a later segment is the employer.
  if (segments.length > 1 && text.location) dropPlaces(segments, text.location);
  for (const seg of segments) if (!looksLikeAgency(seg) && !isToolName(seg) && !agencies.includes(companyKey(seg).replace(/ /g, ''))) return fullerInLocation(seg, text) ?? spelledOut(seg, text);
  // "bluecrest hirevue (one-way video interview)": failing all else, the name before a tool's.
  for (const raw of titled.split(TITLE_SPLIT)) {
    const words = (raw ?? '').trim().split(/\s+/);
    if (words.length < 2 || !isToolName(words[words.length - 1]!)) continue;
    const seg = cleanSegment(words.slice(0, -1).join(' '), id, people);
    if (seg && !looksLikeAgency(seg) && !isToolName(seg)) return seg;
  }
  const named = atPhrase(text, id, people);
  if (named) return named;
  // Agency with no client named: the agency is the only employer we know of.
  const agency = agencies[0];
  if (agency) return phraseForLabel(agency, sources) ?? titleCaseLabel(agency);
  const locHead = text.location.split(/,|\s[-–]\s/)[0]?.trim() ?? '';
  if (locHead && !ADDRESS.test(locHead) && !/^https?:/i.test(locHead) && /^[A-Z]/.test(locHead) && locHead.split(' ').length <= 4 && !VIDEO_WORD.test(fold(locHead)) && !/\d/.test(locHead) && !NOT_A_PLACE_NAME.test(locHead)) {
    return stripLegal(locHead);
  }
  if (segments.length > 0) return segments[0]!;
  // The owner's own note whose title names no employer ("call w/ Priya (recruiter)"): its first
  // line often does ("Pellham Brands - Process Engineer (Gainesville). Priya …").
  if (people.length === 0) return noteHeading(text, id, interviewers);
  return null;
}

/**
 * Removes the segments, all but the last, that the location names as a place after its head:
 * "Québec" in "Capital Boréal, 825, boul. Lebourgneuf, Québec (Québec) G2J 0B9". An address
 * may open with the employer ("Capital Boréal, …"), so a segment that opens it stays.
 */
function dropPlaces(segments: string[], location: string): void {
  const comma = location.indexOf(',');
  if (comma === -1) return;
  const rest = ` ${fold(location.slice(comma + 1)).replace(/[^a-z0-9]+/g, ' ')} `;
  const head = fold(location.slice(0, comma));
  for (let k = segments.length - 2; k >= 0; k--) {
    const f = fold(segments[k]!).replace(/[^a-z0-9]+/g, ' ').trim();
    if (f.length >= 3 && rest.includes(` ${f} `) && !head.startsWith(f)) segments.splice(k, 1);
  }
}

/** The first title-like segment of a note's first sentence that could be an employer (an agency too), or null. */
function noteHeading(text: EventText, id: OwnerIdentity, interviewers: readonly Interviewer[]): string | null {
  const body = text.body;
  const end = body.search(/\n|[.!?](?:\s|$)/);
  const first = (end === -1 ? body : body.slice(0, end)).slice(0, 120);
  for (const raw of first.split(TITLE_SPLIT)) {
    const seg = cleanSegment(raw ?? '', id, []);
    if (!seg || !/^[A-Za-z\u00C0-\u00FF]/.test(seg) || isToolName(seg) || interviewerNamed(interviewers, seg)) continue;
    // "Sabrina Brandt, Kessler Personal – ruft aufs Handy an": an agency before anything else is
    // the firm the owner deals with, the only employer known (a client it named was read first).
    return spelledOut(seg, text);
  }
  return null;
}

/**
 * The title to cut into segments: one typed all in lower case ("mill city foundation phone
 * screen - chief of staff role") is capitalised word by word, as the name would be written.
 */
function segmentTitle(text: EventText): string {
  const t = text.title;
  // No capitalised word (all-capital ones, "CSO", may be there), or a note that opens in lower
  // case ("cobalt ridge - HM convo w/ Renée"): typed in lower case.
  if (!/[a-z]/.test(t) || (/(?:^|[^\p{L}])\p{Lu}\p{Ll}/u.test(t) && !/^\p{Ll}{3}/u.test(t))) return t;
  return t.replace(/(^|[\s\-–—(/|])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/ (?:Of|And|For|The|At|In|On|To|W\/|With|Re|De|La|Du|Des|Del|Y|Et|Van|Von|Der|Den|Und)(?= )/g, (m) => m.toLowerCase());
}

/** The phrase is a word of the name of a person on the invite. */
function namesAPerson(phrase: string, people: Person[]): boolean {
  const f = ` ${fold(phrase)} `;
  for (const p of people) if (!p.generic && p.folded.includes(' ') && ` ${p.folded} `.includes(f)) return true;
  return false;
}

/** The fuller name the location opens with ("Dunmore Cold Chain, 4801 Old Dixie Rd" for "Dunmore"), if any. */
function fullerInLocation(seg: string, text: EventText): string | undefined {
  const loc = text.location;
  if (loc.length <= seg.length) return undefined;
  // Or whose initials the segment is: "PCF" and "Potomac Civic Fund, 1225 I St NW"; or opens
  // with, before what the note is about: "CRMC 6N shadow" at "Chattahoochee Regional Medical Center, …".
  const space = seg.indexOf(' ');
  const acronym = isInitials(seg) ? seg : space >= 3 && isInitials(seg.slice(0, space)) ? seg.slice(0, space) : '';
  if (!acronym && !loc.startsWith(seg + ' ')) return undefined;
  const head = loc.split(/,|\s[-–]\s/)[0]!.trim();
  if (head.length <= seg.length || head.split(' ').length > 5 || /\d/.test(head) || ADDRESS.test(head)) return undefined;
  // Spelled out letter for letter, a "Medical Center" is the employer's name.
  if (acronym) return initialsOf(head) === acronym ? stripLegal(head) : undefined;
  // A building or site of the employer ("Halvorsen Research Center") is no fuller name of it.
  if (SITE_WORD.test(head)) return undefined;
  return /^[A-Z]/.test(head.slice(seg.length + 1)) ? stripLegal(head) : undefined;
}

const SITE_WORD = /\b(?:cent(?:er|re)|campus|building|bldg|hall|tower|plaza|park|hq|headquarters|office|offices|lobby|warehouse|plant|site|store|branch)$/i;

/** A name written as two to six capitals ("PCF", "RUSD"). */
export function isInitials(name: string): boolean {
  return name.length >= 2 && name.length <= 6 && /^[A-Z]+$/.test(name);
}

/** "PCF" for "Potomac Civic Fund"; minor words ("of", "and") have none. */
export function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (w.length > 0 && !MINOR_WORD.test(w)) out += w[0]!.toUpperCase();
  return out;
}
const MINOR_WORD = /^(?:of|and|the|for|&|de|du|des|la|le|van|der|und|y)$/i;

/** Whether one of the interviewers has this (lower-case) address. */
function interviews(interviewers: readonly Interviewer[], email: string): boolean {
  for (const i of interviewers) if (i.email !== undefined && i.email.toLowerCase() === email) return true;
  return false;
}

/**
 * Whether `seg`, one word, is the first name of an interviewer found without an address ("Priya"
 * for "Priya Venkataraman"). A whole name may be the company's, read from prose ("interview with
 * Meridian Outdoor"): notTheCompany (detect.ts) settles that the other way.
 */
function interviewerNamed(interviewers: readonly Interviewer[], seg: string): boolean {
  if (interviewers.length === 0) return false;
  const f = fold(seg);
  // A first name ("call w/ Priya"), or the whole name a note gives ("(Howard Lin)").
  // Or the surname alone ("tel Bourquin (Erguël)" for Jean-Marc Bourquin).
  for (const i of interviewers) {
    if (i.email !== undefined) continue;
    const name = fold(i.name);
    if (name === f || (seg.indexOf(' ') === -1 && (name.startsWith(f + ' ') || name.endsWith(' ' + f)))) return true;
  }
  return false;
}

/**
 * The organisation the title or description names around the name of a shared mail service one
 * of the invite's people writes from ("Calderbrook University Hospitals NHS FT" for someone at
 * nhs.net): capitalised words before the service's name, and up to three after it.
 */
function sharedServiceOrganisation(people: Person[], id: OwnerIdentity, text: EventText): string | undefined {
  for (const p of people) {
    if (!p.companyDomain || p.domain === id.workDomain || !isSharedMail(p.domain)) continue;
    const service = p.label.toUpperCase();
    for (const s of [text.title, text.body]) {
      if (s.indexOf(service) === -1) continue;
      const m = aroundService(service).exec(s);
      if (m) return `${m[1]}${service}${m[2]}`.trim();
    }
  }
  return undefined;
}

/** The pattern of a name around a shared service's name, built once per service (a domain label: letters, digits, dashes). */
function aroundService(service: string): RegExp {
  // Within a line: a signature's lines above the name are a person and a job.
  return cached(AROUND_SERVICE, service, (k) => new RegExp(`((?:[A-Z][\\p{L}&'’.-]*[ \\t]+(?:(?:and|of|&)[ \\t]+)?){1,6})${k}((?:[ \\t]+[A-Z][\\p{L}]*){0,3})`, 'u'), 50);
}

const AROUND_SERVICE = new Map<string, RegExp>();

/** The employer a labelled line names ("Employer: Halvorsen Automotive", "Empresa: …"), unless a tool or an agency. */
function employerLine(body: string): string | undefined {
  const colon = colonAfterLabel(body, 0, EMPLOYER_COLON);
  if (colon === -1) return undefined;
  // The line of the first labelled colon, and on: no match starts before its line.
  EMPLOYER_LINE.lastIndex = Math.max(0, body.lastIndexOf('\n', colon - 1));
  const m = EMPLOYER_LINE.exec(body);
  if (!m) return undefined;
  const name = stripLegal(m[1]!.replace(/[\s.,;|–—-]+$/, '').trim());
  if (name.length < 2 || !/^[A-Z\u00C0-\u00DD0-9]/.test(name) || name.split(' ').length > 6 || isToolName(name) || looksLikeAgency(name)) return undefined;
  return name;
}

const EMPLOYER_LABELS = '(?:employer|company|hiring company|organi[sz]ation|unternehmen|arbeitgeber|empresa|entreprise|employeur|bedrijf|werkgever|organisatie)';
const EMPLOYER_LINE = new RegExp(`(?:^|\\n)[ \\t]*${EMPLOYER_LABELS}[ \\t]*:[ \\t]*([A-Z\\u00C0-\\u00DD0-9][^\\n()]{1,80})`, 'gi');
/** EMPLOYER_LINE's labels, for colonAfterLabel: the longest, "hiring company", has 14 characters. */
const EMPLOYER_COLON = colonLabel(new RegExp(`${EMPLOYER_LABELS}$`, 'i'), 14, 'ryneaf', false);

const ROLE_LABEL = /(?:^|\n)\s*(?:position|role|job title|job|job requisition|title|stelle|position|poste|puesto|posici[oó]n|vacante|functie|vacature|rol)\s*:\s*([^\n]{2,80})/i;
const ROLE_PHRASE = /\b(?:the|our|a|an|your)\s+((?:[A-Z][\w&/'’.-]*,?\s+){0,5}?[A-Z][\w&/'’.+-]*(?:\s+(?:I{1,3}|IV|V|[1-3]))?)\s+(?:\(?(?:contract|full[- ]time|part[- ]time|remote|hybrid|contract[- ]to[- ]hire)\)?\s+)?(?:role|position|opening|job|vacancy|req)\b/;
const ROLE_FOREIGN = /\b(?:als|au poste d['’]|au poste de|comme|posici[oó]n de|puesto de|functie van|functie als|für die position|pour le poste d['’]|pour le poste de|position of|role of)\s*((?:[A-ZÀ-Ý][\p{L}\p{N}_&/'’.-]*\s*){1,5})/u;

/** ROLE_PHRASE is case-sensitive and ends with one of these words: a match needs one of them. */
const ROLE_PHRASE_NOUNS = ['role', 'position', 'opening', 'job', 'vacancy', 'req'];

/** Same as /role|position|opening|job|vacancy|req/.test(s), with indexOf (much faster here than a regex scan). */
function hasRolePhraseNoun(s: string): boolean {
  for (const w of ROLE_PHRASE_NOUNS) if (s.includes(w)) return true;
  return false;
}

/** ROLE_LABEL's labels, for colonAfterLabel: the longest, "job requisition", has 15 characters. */
const ROLE_COLON = colonLabel(
  /(?:position|role|job title|job|job requisition|title|stelle|poste|puesto|posici[oó]n|vacante|functie|vacature|rol)$/i,
  15,
  'nebol',
  true,
);

/** FORMAT_LINE's labels ("interview type" ends with "type"), for colonAfterLabel. */
const FORMAT_COLON = colonLabel(/(?:format|type|medium|modalidad|formato|art|modalite)$/, 9, 'temdo', true);

const SENTENCE_END = /[.!?]\s+(?=\S)/;
const CONTRACT_TAIL = /\s*,\s*(?:CDI|CDD|int[ée]rim|full[- ]time|part[- ]time|temps (?:plein|partiel)|Vollzeit|Teilzeit|(?:un)?befristet|contrato (?:indefinido|temporal)|indefinido|jornada completa|media jornada|fulltime|parttime|vast contract|tijdelijk)\b.*$/i;

function cleanRole(raw: string): string | null {
  // Each replacement needs its opening characters; skip the ones that cannot apply.
  let s = raw.indexOf('(') === -1 ? raw : raw.replace(/\((?:m\/w\/d|w\/m\/d|m\/f\/d|h\/f|f\/h)[^)]*\)?/gi, ' ').replace(/\([^)]*\)/g, ' ');
  const lower = s.toLowerCase();
  if (lower.includes('r-') || lower.includes('req') || lower.includes('job id')) {
    s = s.replace(/\b(?:R-\d+|Req(?:uisition)?\s*#?\s*[\w-]+|Job ID:?\s*[\w-]+)\b/gi, ' ');
  }
  s = collapseSpaces(s).trim();
  // The contract after the job: "Responsable Hébergement (H/F), CDI", "Elektriker, Vollzeit".
  if (s.indexOf(',') !== -1) s = s.replace(CONTRACT_TAIL, '');
  s = trimRoleEnds(s);
  return s.length >= 2 && s.length <= 80 ? s : null;
}

/** Dashes, colons, commas or white space (and, at the end, dots): what cleanRole trims. */
function isRoleLead(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 44 || isRegExpSpace(c);
}

/**
 * Same as s.replace(/^[-–—:,\s]+|[-–—:,.\s]+$/g, ''): the leading run goes, then the trailing
 * run among what is left (the replacement resumes where the leading match ended).
 */
function trimRoleEnds(s: string): string {
  let start = 0;
  while (start < s.length && isRoleLead(s.charCodeAt(start))) start++;
  let end = s.length;
  while (end > start && (isRoleLead(s.charCodeAt(end - 1)) || s.charCodeAt(end - 1) === 46)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** The job title when the invite states it, else null. */
export function extractRole(text: EventText, company: string | null, id: OwnerIdentity): string | null {
  // Cheap necessary conditions first: a labelled line needs a colon after its label (see
  // colon.ts; `\s*` lies between them), a phrase its job noun.
  const labelled = colonAfterLabel(text.body, 0, ROLE_COLON) !== -1 ? ROLE_LABEL.exec(text.body) : null;
  if (labelled) {
    const r = cleanRole(labelled[1] ?? '');
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  const phrase = (hasRolePhraseNoun(text.body) ? ROLE_PHRASE.exec(text.body) : null) ?? (hasRolePhraseNoun(text.title) ? ROLE_PHRASE.exec(text.title) : null);
  if (phrase) {
    const r = cleanRole(phrase[1] ?? '');
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  const foreign = ROLE_FOREIGN.exec(text.body);
  if (foreign) {
    // The sentence ends the job: "pour le poste de Responsable Hébergement. Je serai…".
    const r = cleanRole((foreign[1] ?? '').split(SENTENCE_END)[0]!);
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  // A title segment is used only if it names a role. Segments end where the title has a
  // separator, so their words are words of the title: without a role-noun word start in the
  // title (titleGate, see gate.ts), no segment has one.
  if ((text.titleGate & GATE.roleNoun) === 0) return null;
  let ckey: string | undefined;
  for (const seg of text.title.split(/\s+[-–—|:/]\s+|:\s|\(|\)|<>/)) {
    // Positions found in the folded text are applied to the trimmed segment they were found in.
    const trimmed = seg.trim();
    const f = fold(trimmed);
    if (!f || !ROLE_NOUN.test(f)) continue;
    if (company) {
      ckey ??= companyKey(company);
      if (ckey && companyKey(seg) === ckey) continue;
    }
    if (id.fullNames.some((n) => f.includes(n))) continue;
    const m = INTERVIEW_STRONG.exec(f);
    const r = cleanRole(m ? trimmed.slice(0, m.index) : trimmed);
    if (r && ROLE_NOUN.test(fold(r))) return r;
  }
  return null;
}

/** Phone, video or onsite: stated format first, then place, phone cues, conference links. */
export function extractKind(text: EventText, event: CalendarEvent, meetingLink: string | undefined): InterviewKind {
  // A "Format:" line needs a colon after its label (see colon.ts; `\s*` lies between them).
  const format = colonAfterLabel(text.bodyFolded, 0, FORMAT_COLON) !== -1 ? FORMAT_LINE.exec(text.bodyFolded) : null;
  if (format) {
    const f = format[1] ?? '';
    if (ONSITE_WORD.test(f)) return 'onsite';
    if (/\b(?:video|zoom|teams|meet|webex|visio)\b/.test(f)) return 'video';
    if (/\b(?:phone|telephone|telefon\w*|telefonisch|llamada)\b/.test(f)) return 'phone';
  }
  const loc = text.locationFolded;
  // "Teams", "Meet" alone name the call too.
  // So does "Teamtailor video meeting", a tool's own call with no product name in it.
  const locIsLink = /^https?:\/\//.test(loc) || VIDEO_WORD.test(loc) || /^(?:(?:ms|microsoft) )?teams\b|^meet\b/.test(loc) ||
    (/\bvideo ?(?:meeting|call|interview|conference|link|room)\b/.test(loc) && !ADDRESS.test(text.location));
  // A "virtual onsite" is a day of video interviews.
  const title = text.titleFolded;
  if (title.includes('site') && /\b(?:virtual|remote|online|zoom) on-?site\b/.test(title)) return 'video';
  if (ONSITE_WORD.test(title)) return 'onsite';
  // A shift or a day worked with the team is spent there: "proefdienst eikendaal (avond)".
  if (/\b(?:proefdienst\w*|meeloop\w*|shadow(?:ing)? (?:shift|day)|ride[- ]?along|immersion|probearbeit\w*|schnuppertag|probetag|tasting)\b/.test(title)) return 'onsite';
  // A day of interviews or a tour of the place is spent there, unless the title says it is online.
  if (ONSITE_TITLE.test(title) && !/\b(?:virtual|online|remote|video|zoom|teams)\b/.test(title)) return 'onsite';
  // Where it happens, said in the title: "entrevista Norvik en planta", "2e rdv au bureau".
  if (TITLE_PLACE.test(title)) return 'onsite';
  if (/\b(?:video|zoom|teams|google meet|webex|visio\w*|videollamada|videogesprek|videocall)\b/.test(text.titleFolded)) return 'video';
  // "10 S Riverside Plaza, 18th Floor, Chicago, IL 60606; Microsoft Teams Meeting": Outlook adds
  // the call for whoever joins remotely to the room's address; the candidate goes to the address.
  const semi = text.location.indexOf(';');
  if (semi > 0 && ADDRESS.test(text.location.slice(0, semi)) && VIDEO_WORD.test(loc.slice(loc.indexOf(';')))) return 'onsite';
  if (loc && !locIsLink && /^(?:phone|tel|tlf|tfno|telf|telephone|call|dial|appel|llamada|anruf|telefon\w*|bellen)\b/.test(loc)) return 'phone';
  if (loc && !locIsLink && ADDRESS.test(text.location)) return 'onsite';
  // A named place with a number in it and no link ("Kessler Lindgren, 300 N LaSalle, 35th fl").
  if (loc && !locIsLink && !meetingLink && /^[A-Z]/.test(text.location) && /\d/.test(text.location) && !PHONE_NUMBER.test(text.location) && !VIDEO_WORD.test(loc)) return 'onsite';
  // A number to call and no address: "Lorraine to call Marisa's cell - (512) 555-0147".
  if (loc && !locIsLink && PHONE_NUMBER.test(text.location)) return 'phone';
  if (PHONE_CUE.test(loc) || (!meetingLink && PHONE_CUE.test(text.bodyFolded))) return 'phone';
  if (meetingLink || locIsLink || event.conferenceName) return 'video';
  // A call with no link or place to go to is a phone call ("Call w/ recruiter - Meridian").
  if (/\b(?:phone|telefon\w*|telephone|call|calling|tel|tlf|tfno|telf|ph|llamada|anruf|ruckruf|appel|bellen|ringing|belt|rappelle|rappel|trucada|fono|ruft|telephonique|telefonico|telefonica|telefonisch)\b/.test(text.titleFolded)) return 'phone';
  if (ONSITE_CUE.test(text.bodyFolded)) return 'onsite';
  // PHONE_CUE.test(text.bodyFolded) is false here: it ran above (no meeting link, or we would
  // have returned 'video') and did not match. Only the number is left to look at.
  if (PHONE_NUMBER.test(text.body)) return 'phone';
  if (VIDEO_WORD.test(text.bodyFolded)) return 'video';
  // A place to go and no link, no number, no word of a call: "Glenlara Medical, Fermoy Business Park".
  if (loc && !locIsLink && !TBD_PLACE.test(loc)) return 'onsite';
  return 'video';
}

/** In person, said outright in a format line or a title: "onsite", "presencial", "vor Ort", "ter plaatse". */
const ONSITE_WORD = /\b(?:on-?site|in[- ]person|presencial|vor ort|sur place|ter plaatse)\b/;
const PHONE_NUMBER = /\+?\d[\d ()-]{8,}\d/;
/** A location that names no place: "TBD", "see invite", "online". */
const TBD_PLACE = /^(?:tbd|tba|tbc|n\/a|none|see (?:invite|email|mail|below|description)|online|remote|virtual|home|thuis|zuhause|casa)\b/;

/** "interview day @ Mangrove Bay Hospital", "assessment day", "shop tour + interview". */
const ONSITE_TITLE = /\b(?:(?:interview|assessment|selection) day|(?:shop|plant|site|office|warehouse|facility|factory|yard|kitchen) (?:tour|visit))\b/;

/** A place of work named in the title as where the meeting is: the plant, the office, the site, the shop. */
const TITLE_PLACE = /\b(?:en (?:la )?(?:planta|nave|oficina|obra|fabrica|taller|tienda)|au (?:bureau|siege|magasin)|sur (?:site|place)|im (?:buro|werk|betrieb)|op kantoor|op locatie|ter plaatse|at (?:the|their) (?:office|plant|site|warehouse|store|factory))\b/;

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

/** "Phone screen", "Onsite (2/4)", "Final round"… from the title, else the first 800 characters of the description. */
export function extractRound(text: EventText): string | null {
  const inTitle = roundIn(text.title, roundWordsIn(text.titleFolded));
  if (inTitle !== null) return inTitle;
  const body = text.body;
  if (body.length <= 800) return roundIn(body, roundWordsIn(text.bodyFolded));
  const head = body.slice(0, 800);
  return roundIn(head, roundWordsIn(head.toLowerCase()));
}

/**
 * Words one of which every match of a round pattern contains. ASCII letters match
 * case-insensitively only each other (no `u` flag), so a match in `src` means the word is in
 * src.toLowerCase(), and then in fold(src) too: folding keeps ASCII letters and their order.
 */
const ROUND_WORDS = ['site', 'final', 'round', 'stage', 'screen', 'phone', 'hiring manager', 'case interview', 'panel', 'intro', 'first conversation'];
const enum RW { site = 1, final = 2, round = 4, stage = 8, screen = 16, phone = 32, hiringManager = 64, caseInterview = 128, panel = 256, intro = 512, firstConversation = 1024 }
/** For each of ROUND_PATTERNS, in order: the ROUND_WORDS bits one of which its matches contain. */
const ROUND_NEEDS = [
  RW.site, RW.site, RW.final, RW.round | RW.stage, RW.round, RW.screen, RW.screen, RW.phone, RW.hiringManager,
  RW.caseInterview, RW.panel, RW.site, RW.intro | RW.firstConversation,
];

const ROUND_WORD = new RegExp(factorAlternatives(ROUND_WORDS), 'g');
const ROUND_WORD_BIT = new Map(ROUND_WORDS.map((w, k) => [w, 1 << k]));

/**
 * Bit set of the ROUND_WORDS in `lowerOrFolded` (same as an includes() per word, in one pass).
 * No word is a prefix of another, so at most one starts at any position, and restarting one
 * character after each match finds every occurrence, overlapping ones included.
 */
function roundWordsIn(lowerOrFolded: string): number {
  let mask = 0;
  let m: RegExpExecArray | null;
  ROUND_WORD.lastIndex = 0;
  while ((m = ROUND_WORD.exec(lowerOrFolded)) !== null) {
    mask |= ROUND_WORD_BIT.get(m[0])!;
    ROUND_WORD.lastIndex = m.index + 1;
  }
  return mask;
}

/** The first round pattern that matches `src`, trying only those whose word is there. */
function roundIn(src: string, words: number): string | null {
  if (words === 0) return null;
  for (let k = 0; k < ROUND_PATTERNS.length; k++) {
    if ((ROUND_NEEDS[k]! & words) === 0) continue;
    const [re, name] = ROUND_PATTERNS[k]!;
    // exec, same as src.match(re): the patterns are neither global nor sticky.
    const m = re.exec(src);
    if (m) return name(m);
  }
  return null;
}
