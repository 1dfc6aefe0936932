import type { Interviewer } from '../domain/application';
import type { OwnerIdentity, Person } from './people';
import { FORM_OF_ADDRESS, ROLE_NOUN, TRADE_HEAD } from './lexicon';
import { fold } from './text';
import { colonAfterLabel, colonLabel } from './colon';
import { isRegExpSpace } from './chars';
import { looksLikeAgency } from './domains';

/**
 * Who interviews the owner. Invites list them explicitly ("Interviewer(s):", "Panel:",
 * "you'll meet with …", "interview with …") or only as attendees; recruiting coordinators,
 * agency recruiters and team mailboxes are on the invite without interviewing.
 */

// Labels whose following text is a list of interviewers. Run on plain (not folded) text.
const STRONG_LABEL =
  /(?:^|\n|[.!?][ \t]+)[ \t]*[-•*]?[ \t]*(?:(?:the|your|de|het|je|uw|jouw|la|le|les|el|los|las|tus|sus|die|der|ihre?|deine?|votre|vos|ton|tes)[ \t]+)?(?:interviewer\(s\)|interviewer(?:[/*]?in(?:nen)?)|interviewers?|interviewed by|(?:interview )?panel(?:ists| members)?|entrevistador(?:es|as?|\((?:es|a|as)\)|\/as?(?:\(s\))?|\/es)?|intervieweu(?:rs?|ses?)(?:\(s\))?(?:[ \t]*\/[ \t]*interviewers?)?|evaluador(?:es|as?)|[eé]valuat(?:eurs?|rices?)|gespr[aä]chspartner(?:in|innen)?|gesprekspartners?|(?:sollicitatie|selectie)commissie(?: bestaat uit)?|interlocut(?:eur|rice)(?:s|\(s\))?|intervenant(?:s|\(s\))?|jury(?: bestaat uit)?|tribunal(?: (?:de selecci[oó]n|calificador))?|comisi[oó]n de selecci[oó]n|(?:commission|jury|comit[eé]|tribunal|comisi[oó]n)(?: de (?:recrutement|s[ée]lection|selecci[oó]n))?(?: (?:sera|est|estar[aá]|est[aá]))? (?:compos[ée]e?|formad[oa]|integrad[oa]) (?:de|par|por)|assessor(?:en|s)|beoordelaars|recruteurs?|interviewers?\/panel|(?:oral board |interview |hiring )?panel (?:will )?consists? of)[ \t]*:[ \t]*([^\n]*)/gi;
const SOFT_LABEL =
  /\b(?:(?:the|your) (?:interview |selection |hiring )?panel(?:,| will be| will comprise| will consist of| comprises| is made up of| members are| members will be)|you(?:'|’)?ll (?:meet|speak|talk)\b(?: with\b)?|you will (?:meet|speak|talk)\b(?: with\b)?|(?:interview|screen|conversation|call|chat|meeting|session|panel|entrevista|entretien|gespr[aä]ch|gesprek|reuni[oó]n|(?:video)?llamada)(?:[ \t]+[^\s.:;!?]+){0,5}?[ \t]+(?:(?:with|con|avec|mit|met)\b|w\/)|ser[aá] con|spreekt?(?:[ \t]+(?:u|je|jij))?[ \t]+met|maak(?:t|en)?[ \t]+(?:je|u)[ \t]+kennis[ \t]+met|(?:sprechen sie|sie sprechen) mit|(?:ihre )?gespr[aä]chspartner(?:in|innen|[:*_]innen)? (?:sind|ist)|(?:auswahl)?kommission geh[oö]ren an|(?:vous )?rencontrerez(?:[ \t]+successivement)?|te recibir[aá]n|(?:du )?triffst|(?:sie )?treffen sie|participants?(?=[ \t]*:)|teilnehm(?:ende|er|erinnen)(?=[ \t]*:)|(?:met wie|mit wem|con qui[eé]n|avec qui)(?=[ \t]*:)|(?:vous )?serez (?:re[cç]ue?s?|accueillie?s?) par|te entrevistar[aá]n?|you(?:'|’|\s+wi)ll be (?:interviewed|met) by)[ \t]*(:?)[ \t]*([^\n]*)/gi;
/**
 * SOFT_LABEL with "Who:" and "With:" lines, Dutch selection committees ("De commissie bestaat
 * uit …"), Spanish "Le atenderá", "Asistentes por parte de …:" and French "Vous échangerez avec",
 * "en présence de", used only for a text that has one of SOFT_MORE_WORDS: their first letters
 * would make the search of every other text slower.
 */
const SOFT_LABEL_MORE = new RegExp(
  SOFT_LABEL.source.replace(
    '|participants?(?=[ \\t]*:)|',
    "|participants?(?=[ \\t]*:)|who(?=:)|with(?=:)|met(?=:)|mit(?=:)|avec(?=:)|con(?=:)|(?:selectie|sollicitatie)?commissie bestaat uit|(?:le|te|les|os) atender[aá]n?(?:[ \\t]+en primer lugar)?|as?sist(?:entes|ents)(?:[ \\t]+por parte de[^:\\n]{1,40})?(?=[ \\t]*:)|(?:vous )?[ée]changerez avec|en pr[ée]sence (?:de (?:la |l'|l’)?|du |des )|",
  ),
  'gi',
);
/** Words one of SOFT_LABEL_MORE's own labels holds (folded): a text without them is searched with SOFT_LABEL. */
const SOFT_MORE_WORDS = ['who:', 'with:', 'met:', 'mit:', 'avec:', 'con:', 'bestaat uit', 'atender', 'sistent', 'presence', 'changerez'];
// The next "Location:"-style field ends a list that runs over several lines.
const FIELD_LINE = /^\s*[\p{L}][\p{L} ()/]{1,30}:(?:\s|$)/u;
/** STRONG_LABEL's labels, for colonAfterLabel: the longest, "comisión de selección estará integrada por", has 42 characters. */
const STRONG_COLON = colonLabel(
  /(?:interviewer\(s\)|interviewer(?:[/*]?in(?:nen)?)|interviewers?|interviewed by|panel(?:ists| members)?|entrevistador(?:es|as?|\((?:es|a|as)\)|\/as?(?:\(s\))?|\/es)?|intervieweu(?:rs?|ses?)(?:\(s\))?(?:[ \t]*\/[ \t]*interviewers?)?|evaluador(?:es|as?)|[eé]valuat(?:eurs?|rices?)|gespr[aä]chspartner(?:in|innen)?|gesprekspartners?|(?:sollicitatie|selectie)commissie(?: bestaat uit)?|interlocut(?:eur|rice)(?:s|\(s\))?|intervenant(?:s|\(s\))?|jury(?: bestaat uit)?|tribunal(?: (?:de selecci[oó]n|calificador))?|comisi[oó]n de selecci[oó]n|(?:commission|jury|comit[eé]|tribunal|comisi[oó]n)(?: de (?:recrutement|s[ée]lection|selecci[oó]n))?(?: (?:sera|est|estar[aá]|est[aá]))? (?:compos[ée]e?|formad[oa]|integrad[oa]) (?:de|par|por)|assessor(?:en|s)|beoordelaars|recruteurs?|interviewers?\/panel|(?:oral board |interview |hiring )?panel (?:will )?consists? of)$/i,
  42,
  ')rsylantef',
  false,
);
// A cheap test that lets most descriptions skip the soft label pattern entirely. It ends with
// "no word character next", not `\b`: after "será" or "entrevistará" a space is no boundary.
const SOFT_GATE = /\b(?:panel|with|con|avec|mit|met|meet|speak|talk|ser[aá]|spreekt|sprechen|sind|ist|geh[oö]ren|rencontrerez|recibir[aá]n|atender[aá]n?|triffst|treffen|participants?|as?sist(?:entes|ents)|teilnehm(?:ende|er|erinnen)|who|bestaat|serez|[ée]changerez|pr[ée]sence|entrevistar[aá]n?|interviewed|w\/)(?!\w)/i;
const PAREN = /\([^()]*\)/g;
// A conjunction is a word of its own: "Claußen" ends in "en" after a letter `\b` does not know.
const SPLIT = /\s*(?:,|;|\/|(?<![\u00C0-\u024F])\band\b|\b(?:together|along) with\b|&|\s\+\s|(?<![\u00C0-\u024F])\by\b|(?<![\u00C0-\u024F])\be\b(?=\s+[IiHh])|(?<![\u00C0-\u024F])\bund\b|(?<![\u00C0-\u024F])\bet(?: par| de| du)?\b|(?<![\u00C0-\u024F])\ben\b|\n)\s*/;
/** SPLIT, and words of sequence ("Julie Tan puis Marc Lenoir", "… y a continuación Rafael Ortuño"): used when one of SEQUENCE_WORDS is there. */
const SPLIT_SEQUENCE = new RegExp(
  SPLIT.source
    .replace('\\band\\b', '\\band(?: then)?\\b')
    .replace('|\\n)', '|\\bthen\\b|\\bpuis\\b|\\bdann\\b|\\bluego\\b|\\ba continuaci[oó]n\\b|\\bdespu[eé]s\\b|\\bdespr[eé]s\\b|\\bdaarna\\b|\\bsowie\\b|\\n)'),
);
const SEQUENCE_WORDS = ['then', 'puis', 'dann', 'luego', 'continuaci', 'despu', 'despr', 'daarna', 'sowie'];
/** A capitalised word of a name, in any Latin alphabet's letters ("Yıldız", "Łukasz", "Dvořák"). */
const NAME_TOKEN = /^\p{Lu}[\p{L}'’-]*$/u;
const TITLE_WORD =
  /^(?:senior|sr|junior|jr|staff|principal|head|chief|lead|vp|svp|evp|cto|ceo|coo|cfo|cpo|hr|bi|it|ux|ui|qa|talent|acquisition|partner|recruiting|recruiter|director|manager|general|site|corporate|human|engineer|engineering|analyst|analytics|product|data|software|team|operations|the|our|your|gerente|jefe|lider|líder|leiter|leiterin|teamleiter|teamleider|hoofd|directora|jefa|coordinador|coordinadora|chef|cheffe|responsable|directeur|directrice|founder|co-founder|cofounder|president|vice|sales|marketing|design|people|platform|global|regional|associate|hiring|technical|security|finance|legal|support|partnerin)$/i;
const COORDINATOR =
  /coordinat|scheduler|scheduling|\(recruiting\)|\(talent acquisition\)|\brecruiting team\b|\bcoordinadora?\b|\bkoordinator|\bhr assistant|\bassistant\W+recruitment|recruitment\W+(?:assistant|administrator|officer|coordinator)|\bresourcing\b|medical staffing|personalreferent|\bhr business partner/i;
const FIRST_PERSON = /\b(?:join me|with me|and me|and i\b|et moi|en mij|en ik\b|und ich\b|y yo\b|i jo\b|i(?:'|’)ll (?:be|join|lead|run|host)|myself|mit mir|conmigo|amb mi|comigo|avec moi|met mij|met mezelf|(?:will|'ll|’ll) (?:also )?join(?: us)? as well|will also join|also be joining|neemt ook|ook aanwezig|nimmt auch|ist auch dabei|sera (?:également|aussi) présente?|tambi[eé]n (?:estar|particip)|nos acompa[ñn]ar(?=[aá])|ens acompanyar(?=[àa])|nous rejoindr(?:a|ont)|(?:ich bin|bin ich) (?:ebenfalls|auch) dabei|we(?:'|’|\s+wi)ll (?:go through|walk through|review|discuss))\b/i;

/** The writer says they take part as well (on folded text): narrower than FIRST_PERSON, for prose lists that name only the others. */
const ALSO_THERE = /\b(?:ich bin (?:ebenfalls|auch) dabei|bin ich (?:ebenfalls|auch) dabei|i(?:'|’|\s+wi)ll (?:also )?(?:join|sit in|be there)(?: as well| too)|i will also (?:join|sit in|be there)|je serai (?:egalement|aussi) present|(?:yo )?tambien estare|ik (?:ben|schuif) (?:er )?ook (?:bij|aan))\b/;

/** A time or time range opening a schedule line ("14:00 – 14:45", "9h00 :", "10.30 uur -"). */
const TIME_PREFIX = /^(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|uur|h)?\s*(?:[-–—]|to|tot|bis|à|a)\s*)?(?:\d{1,2}[:.h]\d{2}|[01]\d[0-5]\d(?=\s)|2[0-3][0-5]\d(?=\s))\s*(?:am|pm|uur|h)?\s*[:\-–—|]?\s*/i;

/**
 * A schedule slot that names its people after what it is: "13:30  Panel interview – Martin Holroyd
 * (Principal), Yvonne Crabtree (Vice Principal) and Peter Barker", "0830  Technical interview - Capt.
 * Gary Winslow (737 Check Airman), FO Tanya Redd". Only an interview's slot: "12:30 Lunch – Canteen" is none.
 */
const SLOT_OF_PEOPLE = /^([^\n–—]{3,40}?)(?:\s[-–—]\s|\swith\s)\s*(\S.*)$/;
const SLOT_INTERVIEW = /\b(?:interview|panel|conversation|meeting|chat|gespr[aä]ch|gesprek|entrevista|entretien)\b/i;

/** A schedule slot's person: a name of two or three capitalised words, then a comma or a dash and the rest. */
const SLOT_PERSON = /^([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})\s*(?:,|\s[-–—(]\s?)\s*(\S.*)$/;

/** Whether the line starting at `p` opens with a time ("9:30", "14h00", "10.30"), past blanks and a bullet. */
function opensWithTime(s: string, p: number): boolean {
  let c = s.charCodeAt(p);
  while (c === 32 || c === 9 || c === 0x2022 || c === 42 || c === 45) c = s.charCodeAt(++p);
  if (!(c >= 48 && c <= 57)) return false;
  c = s.charCodeAt(++p);
  if (c >= 48 && c <= 57) c = s.charCodeAt(++p);
  // A 24-hour time without a mark ("0830  Technical interview"): four digits, then a blank.
  if (c >= 48 && c <= 57) return TIME_PREFIX.test(s.slice(p - 2, p + 3).trimStart());
  if (c !== 58 && c !== 46 && c !== 104) return false;
  const d1 = s.charCodeAt(p + 1);
  const d2 = s.charCodeAt(p + 2);
  return d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57;
}

/**
 * The people of a day's schedule: at least two slots, each a line that opens with a time and
 * then a person and what they are or do. A coordinator's slot ("Tamika Freeland, HR
 * Coordinator") is no interview. Lines are found with indexOf: most texts have no such line.
 */
function scheduleNames(description: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start < description.length; ) {
    const nl = description.indexOf('\n', start);
    const end = nl === -1 ? description.length : nl;
    if (opensWithTime(description, start)) lines.push(description.slice(start, end));
    start = end + 1;
  }
  if (lines.length < 2) return [];
  const out: string[] = [];
  for (const line of lines) {
    const slot = listLine(line).trim();
    const m = SLOT_PERSON.exec(slot);
    if (m === null || COORDINATOR.test(m[2]!) || TITLE_WORD.test(m[1]!.split(' ')[0]!)) {
      const what = m === null ? SLOT_OF_PEOPLE.exec(slot) : null;
      if (what !== null && SLOT_INTERVIEW.test(what[1]!) && !COORDINATOR.test(what[2]!)) {
        for (const name of slotNames(what[2]!)) if (!out.includes(name)) out.push(name);
      }
      continue;
    }
    if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/**
 * The names a slot lists, up to the first part that is no name: "Ana Lucia Ferreira, Director of
 * Field Operations, Southeast" names one person, the rest is her job and region. `fullOnly`: a
 * first name alone ends the list too (a slot's people are not matched to attendees).
 */
function slotNames(list: string, fullOnly = true): string[] {
  const out: string[] = [];
  for (const chunk of withoutParens(list).split(SPLIT)) {
    const name = nameShape(chunk);
    if (name === undefined || (fullOnly && !name.includes(' '))) break;
    out.push(name);
  }
  return out;
}

/** The people of a day's schedule (scheduleNames) but the owner, when there are two or more. */
function scheduledInterviewers(description: string, id: OwnerIdentity): Interviewer[] | undefined {
  const out: Interviewer[] = [];
  for (const name of scheduleNames(description)) if (!id.fullNames.includes(fold(name))) out.push({ name });
  return out.length >= 2 ? out : undefined;
}

/** A schedule line's text: bullet and leading time removed. */
function listLine(line: string): string {
  return line.replace(/^[\s\-•*·]+/, '').replace(TIME_PREFIX, '');
}

/** A character of /[.,:;!?'’]/ (NaN, for an empty word, is none). */
function isTrailingMark(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 39 || c === 0x2019;
}

/** A sentence ends at '!', '?' or a full stop that ends no initial and no title ("Dr.", "Mme."). */
const SENTENCE_END = /(?<!\b(?:[A-Z]|Dr|Dra|Mr|Mrs|Ms|Prof|Sr|Sra|Srta|Mme|Mlle|Dhr|Mevr|Hr|Fr|Mag|MMag|Ing|Dipl|Kfm|Capt|Lt|Sgt|Cpl|Det|Ofc))\.(?:\s|$)|!|\?/;

/** Words of organisations, never of a person's name ("Public Sector", "Clearwater Health Partners"). */
const ORG_WORD =
  /\b(?:Pharma|Pharmaceuticals?|Biotech|Biologics|Therapeutics|Diagnostics|Medtech|Devices|Scientific|Engineering|Software|Insurance|Energy|Foods|Industries|Holdings|Manufacturing|Sector|Team|Group|Gruppe|Services?|Partners?|Department|Trust|Council|Ltd|Limited|Inc|GmbH|AG|University|Hospital|Recruitment|Resourcing|Talent|Health|Healthcare|Solutions|Consulting|Bank|Systems|Technologies|Labs?|Capital|Foundation|Agency|Association|National|Supply|Control|Office|Authority|Logistics|Freight|Storage|Experience|Reporting|Accounting|Center|Centre|Access|Success|DC|HQ|Plant|Campus|Warehouse|Resources|Affairs|Relations|Communications|America|Americas|Europe|EMEA|APAC|Projects|Education|School|Schools|Elementary|ES|MS|HS|Family|Consorcio|Consortium|Banking|Selecci[oó]n|Humanos|Humaines|Quality|Assurance|Compliance|Procurement|Purchasing|Production)\b/;

/** A compound word ending as a job does, in Dutch or German: "Zorgmanager", "Locatiemanager", "Teamleiter". */
const COMPOUND_JOB = /^\p{L}{3,}(?:manager|leider|leiter|leiterin|leitung|adviseur|berater|beraterin|directeur|direktor|coördinator|coordinator|specialist)$/iu;

/** Lower-case particles of family names. */
const PARTICLE = /^(?:de|van|der|den|von|zu|da|del|della|di|du|la|le|ten|ter|te|'t|y)$/;
const NAME_START = /^\p{Lu}/u;
/** Forms of address before a name ("Herr Florian Brandl", "Mme Sophie Lambert"). */
const HONORIFIC = new RegExp(`^(?:(?:la|el|le|der|die|de)\\s+(?=\\S+\\.?\\s))?(?:${FORM_OF_ADDRESS}\\s+)+`, 'i');

/** Academic titles before a name ("DI Markus …", "Mag. Claudia …", Austrian "Mag.a", "Dr.in", a French professor's "Pr"), and a first officer's "FO": case-sensitive, "Di Stefano" is a name. */
const DEGREE = /^(?:(?:DI|Dipl\.-Ing\.|Dipl\.-Kfm\.|Mag\.(?:a\b)?|Ing\.|MMag\.(?:a\b)?|Dr\.(?:in\b)?|Pr\.?|FO)\s+)+/;
const DEGREE_START = /^(?:DI|Dipl|Mag|Ing|MMag|Dr|Pr|FO)\b/;

/** What every HONORIFIC match starts with: a cheap test before the replacement. */
const HONORIFIC_START = new RegExp(`^(?:la|el|le|der|die|de|${FORM_OF_ADDRESS})`, 'i');

/** One to three words in lower case before a capitalised one; not after an article ("the Acme Talent team" is no person). */
const LOWER_LEAD = /^(?:the\s+(?=[a-zà-ÿ]))?(?!(?:the|a|an|de|het|een|la|le|les|el|los|las|die|der|das)\s)(?:[a-zà-ÿ][\wà-ÿ'’-]*\s+){0,2}([a-zà-ÿ][\wà-ÿ'’-]*)\s+(?=[A-ZÀ-Ý])/;

/** The last word of such a description says who the person is: a job title or a relation. */
function describesPerson(word: string): boolean {
  return TITLE_WORD.test(word) || ROLE_NOUN.test(fold(word)) || PERSON_NOUN.test(word);
}

const PERSON_NOUN = /^(?:oprichter|assessor|beoordelaar|gr[uü]nder(?:in)?|fondat(?:eur|rice)|fundador[a]?|eigenaar|owner|colleague|collega|kollegin|kollege|coll[eè]gue|compa[nñ]er[oa]|boss|leidinggevende|chef|chefin|jefa?|responsable)$/i;

/** Leading run of capitalised words that looks like a person's name, or undefined. */
/** words[k..] is more particles ("der" of "van der Linden") and then a capitalised part of the name. */
function particlesThenName(words: string[], k: number): boolean {
  while (k < words.length && PARTICLE.test(words[k]!)) k++;
  return k < words.length && NAME_START.test(words[k]!);
}

function nameShape(chunk: string): string | undefined {
  let trimmed = chunk.trim();
  // "la Sra. Beatriz Olmedo", "M. Thomas Girard": the form of address goes first.
  if (HONORIFIC_START.test(trimmed)) trimmed = trimmed.replace(HONORIFIC, '');
  if (DEGREE_START.test(trimmed)) trimmed = trimmed.replace(DEGREE, '').replace(HONORIFIC, '');
  // "onze oprichter Thijs Kamphuis", "our founder Ana Díaz": a description in lower case goes first.
  const c = trimmed.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    const lead = LOWER_LEAD.exec(trimmed);
    if (lead && describesPerson(lead[1]!)) trimmed = trimmed.slice(lead[0].length);
  }
  // "Die Gleichstellungsbeauftragte sowie …", "The hiring manager": an article opens a noun, not a name.
  if (LEADING_ARTICLE.test(trimmed)) return undefined;
  // A name starts with a capital (NAME_TOKEN's first letter): most chunks end here.
  const c0 = trimmed.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xd6) || (c0 >= 0xd8 && c0 <= 0xdd) || (c0 > 0xff && NAME_START.test(trimmed)))) return undefined;
  const words = trimmed.split(/\s+/);
  const run: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // The replacement needs a trailing mark: most words have none and are kept as they are.
    const clean = isTrailingMark(w.charCodeAt(w.length - 1)) ? w.replace(/[.,:;!?'’]+$/, '') : w;
    // "Mirjam de Boer", "Ludwig van der Meer": particles inside a name, before a capitalised part.
    if (run.length > 0 && clean === w && PARTICLE.test(clean) && particlesThenName(words, k + 1)) {
      run.push(clean);
      continue;
    }
    if (!NAME_TOKEN.test(clean)) break;
    // "Public Safety Manager": capitalised words that run into a job title are the job's; so is a
    // compound job word ("Zorgmanager Longziekten", "Teamleiter Vertrieb").
    if (clean.length >= 10 && COMPOUND_JOB.test(clean)) return undefined;
    if (TITLE_WORD.test(clean)) {
      if (k > 0 && k + 1 === words.length) return undefined;
      break;
    }
    // An initial before the rest of the name keeps its dot ("K. Srinivas"); one at the end may close a sentence.
    run.push(clean.length === 1 && w.length === 2 && w.charCodeAt(1) === 46 && k + 1 < words.length ? w : clean);
    if (run.length >= 4) break;
  }
  while (run.length > 0 && PARTICLE.test(run[run.length - 1]!)) run.pop();
  if (run.length === 0) return undefined;
  const name = run.join(' ');
  if (ROLE_NOUN.test(fold(name)) || ORG_WORD.test(name)) return undefined;
  return name;
}

/** "me (Gina Russo, HR)" → "Gina Russo"; other parentheticals (job titles) dropped. */
function withoutParens(text: string): string {
  // "me (Sylvie Garnier, DRH)" is the writer by name; "moi-même (…)" ends in "me" after an accent, which `\b` takes for a word's start.
  return text.indexOf('(') === -1 ? text : text.replace(/(?<![\p{L}])me\s*\(([^,()]+)[^()]*\)/giu, '$1').replace(PAREN, ' ');
}

/**
 * The text before the first dash between blanks: a dash ends a list ("… – all from the data
 * team"), but not one inside a job title in brackets ("Travis Lindqvist (Director, Sales - Central), …").
 */
function beforeDash(text: string): string {
  DASH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DASH.exec(text)) !== null) {
    const open = text.lastIndexOf('(', m.index);
    if (open === -1 || text.lastIndexOf(')', m.index) > open) {
      // A semicolon after the dash starts the next person of the list: "Megan Alvarado, Regional
      // Airport Manager - Europe; David Kessler, Director": the dash only ends Megan's title.
      const semi = text.indexOf(';', m.index);
      return semi === -1 ? text.slice(0, m.index) : `${text.slice(0, m.index)};${beforeDash(text.slice(semi + 1))}`;
    }
    // Inside brackets: look on after them.
    const close = text.indexOf(')', m.index);
    if (close === -1) return text.slice(0, m.index);
    DASH.lastIndex = close + 1;
  }
  return text;
}

const DASH = /\s[-–—]\s/g;

/** "me (Gina Russo, HR)" → "Gina Russo"; parentheticals (job titles) dropped. */
function listNames(text: string): string[] {
  // Both replacements and the sentence split need their punctuation: skip them when it is absent.
  const s = withoutParens(text);
  const sentence = s.indexOf('.') === -1 && s.indexOf('!') === -1 && s.indexOf('?') === -1 ? s : s.split(SENTENCE_END)[0] ?? s;
  const out: string[] = [];
  const split = SEQUENCE_WORDS.some((w) => sentence.includes(w)) ? SPLIT_SEQUENCE : SPLIT;
  for (const chunk of sentence.split(split)) {
    if (isMe(chunk.trim())) {
      out.push('\u0000me');
      continue;
    }
    const name = nameShape(chunk);
    if (name) out.push(name);
  }
  return out;
}

/** The writer of the invite, in a list of who you meet ("Erik Zwart en mij", "Marc Lefèvre et moi-même"). */
const ME_WORDS = new Set(['me', 'i', 'myself', 'mij', 'ik', 'mijzelf', 'mezelf', 'mir selbst', 'mí misma', 'mí mismo', 'moi', 'moi-même', 'moi même', 'mí', 'yo', 'conmigo', 'mich', 'mir', 'ich']);

function isMe(s: string): boolean {
  if (s.length === 0 || s.length > 9) return false;
  const c = s.charCodeAt(0) | 0x20;
  // m(e, ij, oi, ich, ir, yself), i(k, ch), y(o), c(onmigo): nothing else can be one of ME_WORDS.
  return (c === 109 || c === 105 || c === 121 || c === 99) && ME_WORDS.has(s.toLowerCase());
}

/** listNames of every line, in order (a loop: flatMap is slow on this path). */
function namesOfLines(body: string): string[] {
  if (body.indexOf('\n') === -1) return listNames(body);
  const out: string[] = [];
  for (const line of body.split('\n')) for (const name of listNames(line)) out.push(name);
  return out;
}

export interface Mention {
  names: string[];
  strong: boolean;
}

/** The explicit lists of one description, found once per event and shared by the two callers. */
export interface ListCache {
  text?: string;
  strong?: Mention[];
}

function labelledLists(text: string, strongOnly = false, cache?: ListCache, folded?: string): Mention[] {
  let strong = cache && cache.text === text ? cache.strong : undefined;
  if (!strong) {
    strong = strongLists(text);
    if (cache) {
      cache.text = text;
      cache.strong = strong;
    }
  }
  const found = strong.slice();
  // An explicit "Interviewer(s):" list is authoritative; prose mentions are only a fallback.
  if (strongOnly || found.some((l) => l.names.length > 0) || (folded !== undefined && !mayPassSoftGate(folded))) return found;
  // exec loops, not matchAll: same matches (neither pattern can match empty text) without cloning the pattern.
  let m: RegExpExecArray | null;
  let gated = false;
  const soft = folded !== undefined && SOFT_MORE_WORDS.some((w) => folded.includes(w)) ? SOFT_LABEL_MORE : SOFT_LABEL;
  soft.lastIndex = 0;
  while ((m = soft.exec(text)) !== null) {
    // SOFT_GATE decides whether prose mentions count at all; it matters only once there is one,
    // and the match itself mostly answers it: m[0] starts after a non-word character (at `\b`,
    // on a letter) and ends at a line break or the end, so `\b` reads the same at its edges in
    // m[0] as in the text, and a SOFT_GATE match in m[0] is one in the text.
    if (!gated) {
      if (!SOFT_GATE.test(m[0]) && !SOFT_GATE.test(text)) {
        soft.lastIndex = 0;
        return found;
      }
      gated = true;
    }
    let body = m[2] ?? '';
    if (m[1] === ':' && !body.trim()) {
      const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 600);
      const lines: string[] = [];
      for (const line of rest.split('\n')) {
        if (lines.length === 0 && !line.trim()) continue;
        if (!line.trim() || lines.length >= 8 || FIELD_LINE.test(line)) break;
        lines.push(listLine(line).split(/,|\s[-–—]\s/)[0] ?? '');
      }
      body = lines.join('\n');
    } else {
      // Prose: the list ends with its sentence, and another "you will meet …" may follow on the
      // same line ("… con Lumbre Hogar. Te recibirán Cristina Alonso y Javier Ruiz."): look on from there.
      const end = SENTENCE_END.exec(body);
      if (end) soft.lastIndex = m.index + m[0].length - body.length + end.index + 1;
    }
    const names = namesOfLines(body);
    // "je vous confirme notre entretien, en présence de M. Laurent Chappuis": the writer holds it, with them.
    // (An agency's recruiter who writes it hands the owner over: the marker is the employer's writer only.)
    if (m[0].charCodeAt(0) === 101 && m[0].startsWith('en pr')) names.unshift('\u0000host');
    found.push({ names, strong: false });
  }
  return found;
}

/**
 * False when SOFT_GATE cannot match the text whose fold() is `folded`: a match has one of these
 * (ASCII, "ser" for "ser[aá]") in the text's lower case, and fold() keeps ASCII letters and
 * their order (toLowerCase maps ASCII letters to ASCII letters; NFD leaves them as they are and
 * only combining marks are dropped, never put between them).
 */
function mayPassSoftGate(folded: string): boolean {
  for (const w of SOFT_GATE_WORDS) if (folded.includes(w)) return true;
  return false;
}

const SOFT_GATE_WORDS = ['panel', 'with', 'w/', 'con', 'avec', 'mit', 'met', 'meet', 'speak', 'talk', 'ser', 'spre', 'sind', 'ist', 'geh', 'renc', 'recib', 'atender', 'triff', 'treff', 'particip', 'sistent', 'teilnehm', 'who:', 'bestaat', 'serez', 'changerez', 'presence', 'entrevistar', 'interviewed'];

/** "Interviewers:"-style lists, in order. */
function strongLists(text: string): Mention[] {
  const found: Mention[] = [];
  let m: RegExpExecArray | null;
  let from = 0;
  // Jump to the line of the next colon that follows a label (see colon.ts): every match has
  // one, and a match starts on its colon's line, at its line break at the earliest (no part of
  // the pattern before the colon spans a line break), so none starts between `from` and there.
  // STRONG_GATE is dropped: each label contains one of its words, so it never ruled out a match.
  for (;;) {
    const colon = colonAfterLabel(text, from, STRONG_COLON);
    if (colon === -1) break;
    const lineBreak = text.lastIndexOf('\n', colon - 1);
    STRONG_LABEL.lastIndex = Math.max(from, lineBreak === -1 ? 0 : lineBreak);
    if ((m = STRONG_LABEL.exec(text)) === null) break;
    // Matches are never empty: the next search starts after this one.
    from = STRONG_LABEL.lastIndex;
    let body = m[1] ?? '';
    if (!body.trim()) {
      // "Panel:" followed by one name per line.
      const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 600);
      const lines: string[] = [];
      for (const line of rest.split('\n')) {
        if (lines.length === 0 && !line.trim()) continue;
        if (!line.trim() || lines.length >= 8 || FIELD_LINE.test(line)) break;
        lines.push(listLine(line));
      }
      body = lines.map((l) => l.split(/\s[-–—:]\s|,/)[0] ?? '').join('\n');
    } else {
      body = beforeDash(body);
    }
    let names = namesOfLines(body);
    // "Interviewer: Sofia Mendes, Data Science Manager, Marketplace Pricing": one interviewer, then her job and
    // team: the names up to the first part that is none (German "Interviewer" is also the plural).
    if (names.length > 1 && body.indexOf('\n') === -1 && SINGLE_INTERVIEWER.test(m[0]) && !LIST_JOINER.test(body)) names = slotNames(body, false);
    found.push({ names, strong: true });
  }
  return found;
}
/** A label for one interviewer: "Interviewer:" (not "Interviewers:" or "Interviewer(s):"). */
const SINGLE_INTERVIEWER = /\binterviewer[ \t]*:/i;
/** Words that join names in a list ("A and B", "A & B", "A + B", "A; B"). */
const LIST_JOINER = /\s(?:and|&|\+)\s|;/;

/** The attendee a listed name stands for; `f` is the name folded. */
function matchPerson(f: string, people: Person[]): Person | undefined {
  for (const p of people) if (p.folded === f) return p;
  // "Interviewers: Dr. Reem Farouk" is read as "Reem Farouk": the attendee "Dr. Reem Farouk".
  for (const p of people) if (p.folded.length > f.length + 1 && p.folded.endsWith(` ${f}`) && NAME_TITLE.test(p.folded.slice(0, -f.length - 1))) return p;
  if (!f.includes(' ')) {
    // The only attendee with this first name, if there is exactly one.
    let only: Person | undefined;
    for (const p of people) {
      if (p.first !== f) continue;
      if (only) return undefined;
      only = p;
    }
    return only;
  }
  return undefined;
}

/** Articles and possessives that never open a person's name (unlike "De", "La", "Van" in "De Vries", "La Rosa"): "mit Ihrem Einverständnis". */
const LEADING_ARTICLE = /^(?:Die|Der|Das|The|Het|Les|Los|Las|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|Unser|Unsere|Unserem|Unseren|Unserer|Your|Our|Votre|Notre|Vos|Nos|Uw|Onze|Jouw|Nuestro|Nuestra)\s/;

/** A title before a display name's name, folded: "dr.", "prof.", "dra". */
const NAME_TITLE = /^(?:dr|dra|prof|mag)\.?$/;

function isOwnerName(name: string, id: OwnerIdentity): boolean {
  const f = fold(name);
  return id.fullNames.includes(f);
}

/** True when an "Interviewers:" list names the owner: the owner sits on the panel. Cheap when the name is absent. */
export function ownerListedAsInterviewer(description: string, descriptionFolded: string, id: OwnerIdentity, cache?: ListCache): boolean {
  if (!id.spelledNames.some((n) => descriptionFolded.includes(n))) return false;
  return labelledLists(description, true, cache).some((l) => l.names.some((n) => isOwnerName(n, id)));
}

/** Interviewers plus whether the owner is named among them (then the owner interviews someone else). */
export interface InterviewerFinding {
  interviewers: Interviewer[];
  ownerListedAsInterviewer: boolean;
}

function toInterviewer(p: Person): Interviewer {
  return p.email ? { name: p.name, email: p.email } : { name: p.name };
}

function pushInterviewer(chosen: Interviewer[], seen: Set<string>, iv: Interviewer): void {
  const k = fold(iv.name);
  if (!seen.has(k)) {
    seen.add(k);
    chosen.push(iv);
  }
}

/** Finds who interviews the owner, from labelled lists in the description, else from the attendees. */
export function findInterviewers(
  description: string,
  people: Person[],
  id: OwnerIdentity,
  descriptionFolded?: string,
  cache?: ListCache,
  titleFolded = '',
): InterviewerFinding {
  const humans: Person[] = [];
  for (const p of people) if (!p.generic && p.name) humans.push(p);
  const lists = description ? labelledLists(description, false, cache, descriptionFolded) : [];
  const organizer = humans.find((p) => p.organizer);
  let ownerListed = false;
  const chosen: Interviewer[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const raw of list.names) {
      if (raw === '\u0000me' || raw === '\u0000host') {
        if (organizer && (raw === '\u0000me' || !organizer.agency)) pushInterviewer(chosen, seen, toInterviewer(organizer));
        continue;
      }
      // Folded once for both the owner check and the attendee match.
      const f = fold(raw);
      if (id.fullNames.includes(f)) {
        if (list.strong) ownerListed = true;
        continue;
      }
      const person = matchPerson(f, humans);
      if (person) pushInterviewer(chosen, seen, toInterviewer(person));
      // Unknown names count only from explicit labels, or when nobody but the sender is on the
      // invite (an agency or recruiter naming the people you will meet).
      else if (raw.includes(' ') && (list.strong || humans.every((p) => p.organizer))) pushInterviewer(chosen, seen, { name: raw });
    }
  }
  // Prose ("interview with assessor Anouk …") is no complete list: other attendees the
  // description names as more than a coordinator take part too ("… present to Frederik de Vos").
  if (chosen.length > 0 && !ownerListed && !lists.some((l) => l.strong) && humans.length > chosen.length) {
    const folded = descriptionFolded ?? fold(description);
    // "… mit unserem Geschäftsführer Dr. Hauke Elbers. Ich bin ebenfalls dabei.": the writer says they sit in too.
    if (organizer && !organizer.agency && !seen.has(organizer.folded) && ALSO_THERE.test(folded)) pushInterviewer(chosen, seen, toInterviewer(organizer));
    let sign = -1;
    for (const p of humans) {
      // Most invites never name the others: a plain search rules them out first.
      if (p.organizer || p.agency || p.optional || !p.folded || seen.has(p.folded) || !folded.includes(p.folded)) continue;
      if (sign === -1) sign = signatureStart(folded);
      const ctx = mentionContext(folded, p.folded, sign);
      if (ctx.mentioned && !ctx.coordinator) pushInterviewer(chosen, seen, toInterviewer(p));
    }
  }
  if (chosen.length > 0 || ownerListed) return { interviewers: chosen, ownerListedAsInterviewer: ownerListed };
  // An invite from an agency or a coordinator alone, with a day's schedule under no label
  // ("Schedule below (they may shuffle …):"), one person per slot: "9:30 – 10:30  Mina Sato,
  // Principal Engineer – system design". (With the interviewers invited, the attendees say it.)
  const slots = description.length < 8000 && humans.every((p) => p.organizer || p.agency) ? scheduledInterviewers(description, id) : undefined;
  if (slots !== undefined) return { interviewers: slots, ownerListedAsInterviewer: false };
  // The owner's own note of a call, or an invite with nobody else on it: "Derya Aksoy (Head of
  // Engineering) ruft an", "Dr. Lucia Estrada … is calling me".
  if (humans.every((p) => p.organizer)) {
    const caller = callerIn(description, descriptionFolded ?? fold(description));
    if (caller && !id.fullNames.includes(fold(caller))) return { interviewers: [{ name: caller }], ownerListedAsInterviewer: false };
  }
  return { interviewers: fromAttendees(description, humans, descriptionFolded, titleFolded).map(toInterviewer), ownerListedAsInterviewer: false };
}

/**
 * Attendees' names as the description spells them: a directory writes "THEBAUD Virginie" or
 * "Martin QUERE" without accents, the letter "Virginie Thébaud", "Martin Quéré". Only a spelling
 * that folds to the same letters, as a whole name and not in capitals, replaces the attendee's.
 */
export function asWritten(list: Interviewer[], body: string, folded: string): Interviewer[] {
  // One indexOf per attendee's name: cheaper than looking for an accent in the whole text first.
  if (list.length === 0 || body.length !== folded.length) return list;
  let out: Interviewer[] | undefined;
  for (let k = 0; k < list.length; k++) {
    const i = list[k]!;
    if (i.email === undefined || NON_ASCII.test(i.name)) continue;
    // An ASCII name folds to its lower case.
    const f = i.name.toLowerCase();
    for (let at = folded.indexOf(f); at !== -1; at = folded.indexOf(f, at + 1)) {
      const end = at + f.length;
      if ((at > 0 && isWordChar(folded.charCodeAt(at - 1))) || (end < folded.length && isWordChar(folded.charCodeAt(end)))) continue;
      const written = body.slice(at, end);
      if (written !== i.name && NON_ASCII.test(written) && written !== written.toUpperCase()) {
        out ??= list.slice();
        out[k] = { ...i, name: written };
        break;
      }
    }
  }
  return out ?? list;
}
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * The people an owner's note of a meeting names in its title, in full: "dinner w/ Tobias
 * Lindqvist (brightwater)", "zoom w/ avonmore ceo (Howard Lin)". A first name alone ("w/ Gary")
 * or a job ("w/ GM") names nobody the invites would.
 */
export function noteTitleNames(title: string, id: OwnerIdentity, description = ''): Interviewer[] {
  const out: Interviewer[] = [];
  // "Tel. Brandt Maschinenbau – Hr. Kaufmann ruft an": the caller, in full where the note's text gives it.
  const folded = title.toLowerCase();
  if (CALLS.test(folded)) {
    const called = TITLE_CALLER.exec(title);
    // A surname alone is a person's only after a form of address ("Hr. Kaufmann"; "Acme calls me" is a company).
    let name = called ? (called[2]!.includes(' ') ? nameShape(called[2]!) : called[1] ? called[2]! : undefined) : undefined;
    if (name && !name.includes(' ') && description) name = inFull(name, description) ?? name;
    if (name && name.includes(' ') && !id.fullNames.includes(fold(name))) out.push({ name });
  }
  // "tel Julien Ricard (cabinet Aubanel)": the call's other party, in full, before their firm.
  const party = NOTE_CALL_PARTY.exec(title)?.[1] ?? agencysRecruiter(title) ?? callerBeforeFirm(title, description);
  if (party !== undefined && !id.fullNames.includes(fold(party)) && !out.some((o) => o.name === party)) out.push({ name: party });
  // "Rückruf Gülay Demirci (Neckar-Personal)": who calls back.
  if (folded.startsWith('r\u00fcckruf') || folded.startsWith('ruckruf') || folded.startsWith('callback')) {
    const back = CALLBACK_TITLE.exec(title);
    // "rückruf derya yilmaz (kronshagen pharma, via xing)": a note typed in lower case, the two words before its bracket.
    const lower = back || title !== folded ? undefined : CALLBACK_LOWER.exec(title)?.[1];
    const typed = lower && !lower.split(' ').some((w) => NOT_A_NAME_WORD.test(w) || describesPerson(w)) ? lower.replace(/(^| )(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : undefined;
    const name = back?.[1] ?? typed;
    if (name && !id.fullNames.includes(fold(name))) out.push({ name });
  }
  // "Rückruf Hr. Kessler (…)", "Call Personalvermittlerin – Fr. Yilmaz (Rheinwerk)": a surname after a
  // form of address, in full where the note's text gives it.
  if (out.length === 0 && description && title.indexOf('(') !== -1) {
    const surname = CALL_SURNAME.exec(title)?.[1];
    const full = surname !== undefined ? inFull(surname, description) : undefined;
    if (full && !id.fullNames.includes(fold(full))) out.push({ name: full });
  }
  if (title.indexOf('w/') === -1 && title.indexOf('with') === -1 && title.indexOf('(') === -1 && !/ (?:avec|con|mit|met) /.test(title)) return out;
  // A note typed all in lower case: "call w/ dan wiebe (prairie harvest co-op) re asst controller job".
  if (title === folded) {
    const low = NOTE_WITH_LOWER.exec(title);
    if (low && !low[1]!.split(' ').some((w) => NOT_A_NAME_WORD.test(w) || describesPerson(w))) {
      const name = low[1]!.replace(/(^|[ '’-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
      if (!id.fullNames.includes(fold(name))) out.push({ name });
    }
    return out;
  }
  for (const re of [NOTE_WITH, NOTE_PARENS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(title)) !== null) {
      const name = nameShape(m[1]!);
      // "(Harbor Lane Ventures)": a firm in brackets, not a person.
      if (name && re === NOTE_PARENS && ORGANISATION_END.test(name)) continue;
      if (name && name.includes(' ') && !id.fullNames.includes(fold(name)) && !out.some((o) => o.name === name)) out.push({ name });
      // "w/ Nikhil Sarraf (eng mgr) + Ximena Duarte": the others met with the first.
      if (re !== NOTE_WITH || !name) continue;
      NOTE_AND.lastIndex = re.lastIndex;
      let more: RegExpExecArray | null;
      while ((more = NOTE_AND.exec(title)) !== null) {
        const next = nameShape(more[1]!);
        if (!next || !next.includes(' ')) break;
        if (!id.fullNames.includes(fold(next)) && !out.some((o) => o.name === next)) out.push({ name: next });
        re.lastIndex = NOTE_AND.lastIndex;
      }
    }
  }
  // "call w/ Alyssa (Summit Peak Recruiting)", "2nd rd Haulwell – Deb (HM)": a first name before a
  // bracket, in full where the note's text gives it ("Alyssa Moreno found me on LinkedIn").
  if (out.length === 0 && description && title.indexOf('(') !== -1) {
    const first = NOTE_FIRST_NAME.exec(title)?.[1];
    const full = first !== undefined ? firstNameInFull(first, description) : undefined;
    if (full !== undefined && !id.fullNames.includes(fold(full))) out.push({ name: full });
  }
  return out;
}

/** A first name after "w/", a title's dash or the call opening it ("Bellen Eline (Kroonwerk)"), just before a bracket. */
const NOTE_FIRST_NAME = /(?:\bw\/|\bwith|\s[-–—|]|^(?:[Bb]ellen|[Cc]all|[Tt]el\.?|[Aa]ppel|[Ll]lamada|[Aa]nruf|[Tt]elefonat))\s*([A-ZÀ-Ý]\p{Ll}+)\s*\(/u;

/** `first` with the capitalised surname `text` writes after it ("Alyssa" → "Alyssa Moreno"), if it does and it reads as a person's. */
function firstNameInFull(first: string, text: string): string | undefined {
  const m = new RegExp(`(?<![\\p{L}])${first}(?: (?:de|van|der|den|von|la|le|del|di|da|ten|ter))* [A-ZÀ-Ý][\\p{Ll}'’-]+(?![\\p{L}])`, 'u').exec(text);
  if (m === null) return undefined;
  const name = nameShape(m[0]);
  return name !== undefined && name.includes(' ') && !ORGANISATION_END.test(name) ? name : undefined;
}

/**
 * The people an owner's note names where its description opens a sentence with whom it meets
 * (noteBodyNames), or else where a segment of its title reads so.
 */
export function noteOpeningNames(title: string, body: string, id: OwnerIdentity): Interviewer[] {
  const named = body.length > 0 ? noteBodyNames(body, id) : [];
  // "2nd rd Halden - Janine Crossley (CEO) + board member": a segment of the title that reads so.
  return named.length === 0 && title.indexOf('(') !== -1 ? noteBodyNames(title.replace(TITLE_DASH, '\n'), id) : named;
}
/** A dash or bar between a title's segments. */
const TITLE_DASH = /\s[-–—|]\s/g;

/**
 * Whom the first lines of `body` say the note meets, opening a sentence: "w/ Claire Donnelly
 * (Director, Regulatory Operations). Teams link in Hannah's email", "Con Javier Montes y Lola
 * Garrido (dir. operaciones).", "HM = Petra Lindholm (Design Director)". The owner writes the
 * meeting there, so only those lines are read.
 */
function noteBodyNames(body: string, id: OwnerIdentity): Interviewer[] {
  const head = body.slice(0, 400).split('\n', 3);
  for (const line of head) {
    for (const sentence of line.split(NOTE_SENTENCE_END)) {
      const m = NOTE_BODY_OPENER.exec(sentence) ?? NOTE_NAMED_OPENER.exec(sentence);
      // Or opens with the names themselves, a job in brackets after them: "Doug Lindqvist + Gail
      // Sorensen (Director, PL Underwriting).", "Nate Ostrowski (UW lead, trucking)."
      const lead = m === null && NAME_LEAD.test(sentence) && !NOT_A_LEAD.test(sentence) ? BRACKETED_JOB.exec(sentence) : null;
      if (m === null && lead === null) continue;
      const names = noteTitleNames(`w/ ${m === null ? sentence : sentence.slice(m[0].length)}`, id).filter((i) => !ROLE_WORDS.test(i.name));
      if (names.length > 0) return names;
    }
  }
  return [];
}
/** A sentence's end in a note: a stop after a word of four letters or more, or a bracket ("Dir. of Product" goes on). */
const NOTE_SENTENCE_END = /(?<=(?:\p{Ll}{4,}|\b\p{Lu}{2,}|\))[.!?])\s+/u;
/**
 * Whom the note meets, opening a sentence: "w/" (perhaps after the round's one word: "case w/
 * Ben Adler (manager)"), "with", "avec", "con", "mit", "met", "HM =", "Interviewer:".
 */
const NOTE_BODY_OPENER = /^\s*(?:(?:[a-z]+\s+)?w\/\s*|(?:with|avec|con|mit|met)\s+|(?:hm|hiring manager|interviewers?)\s*[=:]\s*)/i;
/**
 * Who calls ("Me llama Sonia Ferrer (…)", "Llamará Jordi Puig"), whom to ask for at the door ("Preguntar en
 * recepción por Pablo Císcar (CTO)", "Ask for Dana Whitt at reception"): only before a capital, so
 * "me llama ella (Supermercados Dorvel)" names nobody.
 */
const NOTE_NAMED_OPENER =
  /^\s*(?:(?:[Mm]e\s+)?[Ll]lama(?:r[aá])?\s+|(?:[Pp]reguntar|[Aa]sk|[Ff]ragen|[Vv]ragen|[Dd]emander)(?:\s+(?:en recepci[oó]n|at (?:the )?(?:reception|front desk)|am [Ee]mpfang|bij de receptie|[àa] l['’]accueil))?\s+(?:por|for|nach|naar|pour)\s+)(?=[A-ZÀ-Ý])/;
/** A sentence opening with a full name, then a bracket or another name ("+", "&", "and", ","). */
const NAME_LEAD = /^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*(?:\(|\+|&|,|\b(?:and|y|et|und|en)\b)/u;
/** A sentence that opens with a meeting's word or a firm's, not a person's name: "Entrevista Mecanizados Zornotza (…)". */
const NOT_A_LEAD = new RegExp(`^\\s*(?:${TRADE_HEAD}|Entrevista|Entretien|Interview|Gespräch|Gesprek|Llamada|Call|Reunión|Meeting|Visita|Visit|Onsite|Final|Panel)\\b`, 'u');
/** A bracket holding a job: "(Director, PL Underwriting)", "(UW lead, trucking)", "(President)", "(Dir. SOC)". */
const BRACKETED_JOB = /\([^()\n]{0,60}?\b(?:talent|staffing|rrhh|people|recruiting|recruitment|lead|director|dir|mgr|sr|eng|directora|manager|president|vp|svp|avp|head|recruiter|hr|ceo|cfo|coo|cto|cpo|partner|engineer|supervisor|chief|founder|owner|principal|dean|chair|underwriter|directeur|directrice|responsable|jefe|jefa|leiter|leiterin|gesch(?:ä|a)ftsf(?:ü|u)hrer(?:in)?|hm)\b/i;
/** A job written in capitals after a name ("Karim Belkacem, Product Design Manager") is no person. */
const ROLE_WORDS = /\b(?:Manager|Mgr|Director|Dir|Eng|EM|PM|TPM|PO|HM|GM|CTO|CEO|COO|CFO|CPO|Directora?|Head|Lead|Officer|Engineer|Designer|Partner|President|Recruiter|Consultant|Coordinator|Specialist|Analyst|Chief|VP|Team|Product|Design|Operations|Talent|HR|RH|RRHH)\b/;

const NOTE_WITH = /(?:\bw\/|\bwith|\bavec|\bcon|\bmit|\bmet)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
/** Two lower-case words after a note's "w/" that end where a bracket, a dash, "re" or the title does. */
const NOTE_WITH_LOWER = /(?:\bw\/|\bwith)\s+([a-z][a-z'’-]+ [a-z][a-z'’-]+)(?=\s*(?:\(|[-–—,|]|$|\s(?:re|about|@|at|from|of)\s))/;
/** Words of a note that name no person ("w/ the team", "w/ hiring mgr", "w/ their cfo"). */
const NOT_A_NAME_WORD = /^(?:the|a|an|my|our|their|his|her|your|team|hiring|mgr|hm|hr|recruiter|recruiting|founders?|cofounders?|ceo|cfo|cto|coo|vp|boss|panel|group|everyone|people|staff|new|old|former|ex|and|or|for|re|about|at|of|in|on|to|from|zoom|teams|phone|call|coffee|lunch|dinner|drinks)$/;

/** A further name after a note's "w/ …": joined by "+", "&", "and" or a comma, perhaps after a bracket. */
const NOTE_AND = /(?:\s*\([^()\n]{0,40}\))?\s*(?:\+|&|,|\b(?:and|y|et|und|en)\b)\s*((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/uy;
/** The last word of a firm's name, which no person's name ends with. */
const ORGANISATION_END = /\s(?:Ventures|Partners|Capital|Group|Labs?|Health|Healthcare|Bank|Systems|Technologies|Solutions|Consulting|Search|Talent|Recruiting|Recruitment|Personalberatung|Personalservice|Consultores|Conseil|Staffing|Personnel|Placements?|Recruiters|Resourcing|Underwriters|Foods|Energy|Insurance|Media|Studios?|Holdings|Industries|Logistics|Foundation|Institute|University|College|School|Hospital|Clinic|Agency|Associates|Advisors|Advisory|Inc|LLC|Ltd|GmbH|AG|SA|BV)$/;
/** A full name in brackets, perhaps with their job after a comma: "(Howard Lin)", "(Iñigo Agirre, jefe mant.)". */
const NOTE_PARENS = /\(((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,[^()\n]{1,40})?\)/gu;

/** `surname` with the capitalised first name `text` writes before it ("Kessler" → "Michael Kessler"), if it does. */
function inFull(surname: string, text: string): string | undefined {
  return new RegExp(`(?<![\\p{L}])[A-ZÀ-Ý][\\p{L}'’-]+ ${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(text)?.[0];
}

/** The person a note says will call the owner, or undefined. */
function callerIn(description: string, folded: string): string | undefined {
  if (!CALLS.test(folded)) return undefined;
  const m = CALLER.exec(description) ?? (folded.includes('llama') ? CALLER_AFTER.exec(description) : null) ?? CALLER_THEN.exec(description);
  return m ? nameShape(m[1]!) : undefined;
}

/** A cheap necessary condition for CALLER. */
const CALLS = /ruft|calling|will call|ll call|calls m[ey]|ringing|belt|llama|appel|truca/;
const CALLER =
  /(?:^|[\n.!?]\s*)(?:[^\p{L}\d\s]{1,3}\s*)?((?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|de|der|von)){1,3})(?:\s*\([^)\n]{0,60}\))?(?:,[^,\n]{0,60},|,[^,\n]{0,60}?\s[-–—](?:\s(?:he|she|they)(?:['’](?:s|ll)|\s+is|\s+will)?)?)?\s+(?:ruft (?:\S+ ){0,3}?an|(?:is )?calling(?: me| my (?:cell|mobile|phone))?|will call(?: me| you)|calls (?:me|my (?:cell|mobile|phone))|belt (?:me|mij|je|u)|me llama|te llamar[aá]|em truca|m'appelle|vous appellera)/u;

/**
 * The caller named first, who and where they are, and the call in the next sentence: "Nate Ocampo,
 * recruiter at Fairmount Fulfillment. He's calling my cell", "Jean-Marc Bourquin, dir. technique
 * … qualité. il m'appelle sur le natel", "Sandrine Rey, chargée de recrutement. … Elle appelle sur le portable".
 */
const CALLER_THEN =
  /(?:^|[\n.!?]\s*)((?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),[^\n]{0,200}?[.!]\s+(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]l|[Ee]lle|[Ee]r|[Ss]ie|[Hh]ij|[Zz]ij)(?:['’](?:s|ll)|\s+(?:is|will))?\s+(?:calling|calls|call\b(?<=(?:['’]ll|will) call)|will call|m'appelle|m'appellera|(?:r)?appelle(?:ra)?\b|ruft|belt)/u;

/** A note's caller, perhaps by surname: "– Hr. Kaufmann ruft an", "Dale calls 2pm". */
const TITLE_CALLER =
  /(?:^|[-–—|:,(]\s*)((?:[Hh]r|[Ff]r|[Hh]err|[Ff]rau|M[rs]|Mrs|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s*\([^)\n]{1,30}\))?\s+(?:ruft (?:mich |dich |sie )?an|calls|is calling|will call|(?:is )?ringing|belt|m'appelle)\b/u;

/** The call word that opens a note of a call ("tel", "Appel", "Llamada", after a "📞" if any), and a blank. */
const NOTE_CALL_WORD = String.raw`^(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*)?(?:[Tt][ée]l\.?|[Cc]all|[Aa]ppel|[Ll]lamada|[Tt]elefonat|[Bb]ellen|[Pp]hone|[Pp]h\.?)\s+`;
/** A person's first name and surname, capitalised, in a note's title. */
const NOTE_FULL_NAME = String.raw`(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})`;
/** A note of a call opening with the other party's full name and their firm in brackets: "tel Julien Ricard (cabinet Aubanel)". */
const NOTE_CALL_PARTY = new RegExp(String.raw`${NOTE_CALL_WORD}${NOTE_FULL_NAME}\s*\(`, 'u');

/** The same after an agency's name: "Appel Talentis – Kévin Roussel (poste ingé qualité, client confidentiel)". */
const NOTE_CALL_ORG_PARTY = new RegExp(String.raw`${NOTE_CALL_WORD}([^-–—()\n]{2,40}?)\s[-–—]\s+${NOTE_FULL_NAME}\s*(?:\(|$)`, 'u');

/**
 * "Llamada Irene Calvo - Halvorsen (LinkedIn)" over "… me llama ella": a call's other party,
 * in full, before the firm, when the note says a woman or a man calls (a firm is neither).
 */
function callerBeforeFirm(title: string, description: string): string | undefined {
  if (!description) return undefined;
  const m = NOTE_CALL_NAME_FIRST.exec(title);
  if (m === null) return undefined;
  const text = description.toLowerCase();
  return CALLS.test(text) && CALLER_PRONOUN.test(text) ? nameShape(m[1]!) : undefined;
}
const NOTE_CALL_NAME_FIRST = new RegExp(String.raw`${NOTE_CALL_WORD}${NOTE_FULL_NAME}\s+[-–—]\s+\S`, 'u');
const CALLER_PRONOUN = /(?:^|[^\p{L}])(?:she|he|ella|él|sie|er|elle|il|zij|hij)(?![\p{L}])/u;

/** NOTE_CALL_ORG_PARTY's person, when the firm before them is an agency. */
function agencysRecruiter(title: string): string | undefined {
  const m = NOTE_CALL_ORG_PARTY.exec(title);
  // Not "call w/ recruiter – Kempen Bulk": whom the call is with, then the employer.
  // Nor "Llamada headhunter Kapital - Cerámicas Altube": a trade word heads a firm's name, not a person's.
  return m !== null && !/^(?:w\/|with|avec|con|mit|met)\s/i.test(m[1]!) && looksLikeAgency(m[1]!) && !TRADE_HEADED.test(m[2]!) ? m[2] : undefined;
}
const TRADE_HEADED = new RegExp(`^${TRADE_HEAD}\\s`);

/** A callback and its caller, in full: "Rückruf Gülay Demirci (Neckar-Personal)", "Callback Dana Reyes". */
const CALL_SURNAME = /^(?:[Rr][üu]ckruf|[Cc]allback|[Cc]all|[Tt]elefonat|[Aa]nruf|[Tt]el\.?|[Ll]lamada|[Aa]ppel|[Bb]ellen)\b[^()\n]{0,40}?\b(?:Hr|Fr|Herr|Frau|Mr|Ms|Mrs|Sr|Sra|M|Mme)\.?\s+(\p{Lu}[\p{L}'’-]+)/u;
const CALLBACK_LOWER = /^(?:r[üu]ckruf|callback)\s+(?:von\s+)?(\p{Ll}[\p{Ll}'’-]+ \p{Ll}[\p{Ll}'’-]+)(?=\s*[(–—-])/u;
const CALLBACK_TITLE = /^(?:[Rr][üu]ckruf|[Cc]allback)\s+(?:von\s+)?(?:(?:Hr|Fr|Herr|Frau)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;

/** The Spanish order, the call before its caller: "me llama Ángel Vallejo (gerente)". */
const CALLER_AFTER = /(?:^|[\n.!?]\s*)(?:me llama|te llamar[aá]|nos llama)\s+((?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u;

/** Where `name` is mentioned in `folded`; a name from `sign` on (under the closing greeting) is the sender's signature, not a mention. */
function mentionContext(folded: string, name: string, sign: number): { mentioned: boolean; coordinator: boolean } {
  if (!name) return { mentioned: false, coordinator: false };
  let coordinator = false;
  let mentioned = false;
  let hosts = false;
  let slot = false;
  let from = 0;
  for (;;) {
    const i = folded.indexOf(name, from);
    if (i === -1) break;
    from = i + name.length;
    if (i >= sign) {
      if (COORDINATOR.test(folded.slice(i + name.length, i + name.length + 45))) coordinator = true;
      continue;
    }
    const before = folded.slice(Math.max(0, i - 45), i);
    const after = folded.slice(i + name.length, i + name.length + 45);
    // A coordinator.
    if (COORDINATOR.test(after) || /coordinat\w*,?\s*$/i.test(before)) coordinator = true;
    // The host of a slot that is no interview ("9:30 Welcome – Ngozi Eze", "Lunch with …"), unless
    // another slot is theirs too ("11:15 Leadership – Nuria Puig, … Director").
    else if (mayBeHostSlot(before) && HOST_WORD.test(before) && HOST_SLOT.test(before)) hosts = true;
    // Zoom's and Teams' boilerplate names the host: "… is inviting you", "… le está invitando", "… vous invite".
    else if (!INVITES.test(after)) {
      mentioned = true;
      if (SLOT_START.test(before)) slot = true;
    }
  }
  return { mentioned, coordinator: coordinator || (hosts && !slot) };
}

/** Tested on folded text: lower case, accents gone ("lädt" is "ladt"). */
const INVITES = /^\s+(?:is inviting|invited you|has invited|le esta invitando|te esta invitando|lo invita|la invita|vous invite|t'invite|nodigt (?:je|u) uit|ladt (?:sie|dich)|convida)/;

/** A schedule slot that hosts the candidate without interviewing, just before a name: "9:30 Welcome – Ngozi Eze", "Welcome (Karin Lindqvist, Talent Acquisition)". */
const HOST_SLOT = /(?:^|\n)[ \t]*(?:\d{1,2}[:.h]\d{2}\s*(?:am|pm)?\s*(?:[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:am|pm)?\s*)?[-–—:|]?\s*)?(?:welcome|arrival|check[- ]?in|lunch|office tour|tour|break)(?:\s*(?:&|and)\s*(?:intro\w*|coffee|welcome))?\s*(?:[-–—:|(]|with|by)\s*$/;

/** A schedule line's time opens the text before a name, or the line before it (a table's cells): "11:15 - 12:15 Leadership … - ". */
const SLOT_START = /(?:^|\n)[ \t]*\d{1,2}[:.h]\d{2}[^\n]*(?:\n[^\n]*)?$/;

/** HOST_SLOT's words: a plain search, before the pattern. */
const HOST_WORD = /welcome|arrival|check|lunch|tour|break/;

/** A cheap necessary condition for HOST_SLOT: `before` ends with a dash, colon, bar or bracket, or "with"/"by", then blanks. */
function mayBeHostSlot(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isRegExpSpace(before.charCodeAt(i))) i--;
  const c = before.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 124 || c === 40 || before.endsWith('with', i + 1) || before.endsWith('by', i + 1);
}

/** Where the closing greeting of a letter starts ("Kind regards", "Mit freundlichen Grüßen"), or the end. */
const CLOSING = /\n[ \t]*(?:kind regards|best regards|regards|best wishes|many thanks|thanks|thank you|cheers|sincerely|warm regards|all the best|mit freundlichen gr(?:u|ü)(?:ss|ß)en|freundliche gr(?:u|ü)(?:ss|ß)e|beste gr(?:u|ü)(?:ss|ß)e|viele gr(?:u|ü)(?:ss|ß)e|cordialement|bien cordialement|bien a vous|saludos(?: cordiales)?|un saludo|atentamente|met vriendelijke groet(?:en)?|groeten|hartelijke groet)\b[^\n]*$/gm;

const SIGNATURE_SPAN = 600;

function signatureStart(folded: string): number {
  let start = folded.length;
  // A signature closes the letter: only its last lines are searched.
  CLOSING.lastIndex = Math.max(0, folded.length - SIGNATURE_SPAN);
  let m: RegExpExecArray | null;
  while ((m = CLOSING.exec(folded)) !== null) start = m.index;
  CLOSING.lastIndex = 0;
  return start;
}

/** The title names the person: their full name, or their first name as a word (a team's name is no person's). */
function namedInTitle(titleFolded: string, p: Person): boolean {
  if (!titleFolded || !p.folded || COORDINATOR.test(p.name) || ORG_WORD.test(p.name)) return false;
  if (titleFolded.includes(p.folded)) return true;
  if (p.first.length < 3) return false;
  let i = titleFolded.indexOf(p.first);
  while (i !== -1) {
    const end = i + p.first.length;
    if ((i === 0 || !isWordChar(titleFolded.charCodeAt(i - 1))) && (end === titleFolded.length || !isWordChar(titleFolded.charCodeAt(end)))) return true;
    i = titleFolded.indexOf(p.first, end);
  }
  return false;
}

/** A letter or digit of a folded text (ASCII, or a letter folding left in place). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
}

function fromAttendees(description: string, humans: Person[], descriptionFolded: string | undefined, titleFolded: string): Person[] {
  if (humans.length <= 1) return humans;
  const folded = descriptionFolded ?? fold(description);
  const sign = signatureStart(folded);
  let pool = humans.filter((p) => !mentionContext(folded, p.folded, sign).coordinator);
  if (pool.length === 0) pool = humans;
  // Narrow the pool only when someone is left.
  let next = pool.filter((p) => !p.optional);
  if (next.length > 0) pool = next;
  next = pool.filter((p) => !p.agency);
  if (next.length > 0) pool = next;
  if (pool.length > 1) {
    const org = pool.find((p) => p.organizer);
    if (org) {
      const ctx = mentionContext(folded, org.folded, sign);
      // A title that names the organizer ("pairing session w/ Tomás & Wren") says they take part.
      if (!ctx.mentioned && !FIRST_PERSON.test(description) && !namedInTitle(titleFolded, org)) pool = pool.filter((p) => p !== org);
      // A title that names whom the owner meets in full ("rencontre avec Ingrid Castelain (DRH) et
      // Stéphane Roobaert (CEO)"), and not its organizer, leaves the organizer out: they arranged it.
      else if (titleFolded && !titleFolded.includes(org.folded) && pool.some((p) => p !== org && p.folded.includes(' ') && titleFolded.includes(p.folded))) pool = pool.filter((p) => p !== org);
    }
  }
  return pool;
}
