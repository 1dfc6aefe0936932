/**
 * A cheap pre-check that lets most texts skip most lexicon patterns. One pass over the folded
 * text looks up the first three letters of every word in a table; each pattern runs only when
 * a word it needs is present. The patterns still decide (same matches, same reasons): the gate
 * only rules out texts where a pattern cannot match.
 *
 * Why that is safe: every alternative of a gated pattern contains a word that starts right after
 * a word boundary (a `\b` or a space) and whose first letters are fixed, e.g. "scorecards?" needs
 * a word starting "sco" and "the application" a word starting "app". Words are runs of
 * `[A-Za-z0-9_]`, exactly what `\b` sees. Four patterns need one of a few whole words (a tool's
 * name, "scorecards", "podcast"…): for them the word must be one of those, letter for letter.
 */

import { ATS_TOOL } from './lexicon';

export const GATE = {
  interviewStrong: 1,
  jobContext: 2,
  atsTool: 4,
  interviewerSide: 8,
  notHiring: 16,
  negativeTitle: 32,
  roleNoun: 64,
  interviewWeak: 128,
  ordinaryMeeting: 256,
  candidateInTitle: 512,
  client: 1024,
  jobContextMore: 2048,
  notHiringMore: 4096,
  candidatePrep: 8192,
} as const;

/** The tool names of ATS_TOOL, "\\b(greenhouse|lever|…|calendly)\\b": plain words, calendly included. */
const ATS_NAMES = (/^\\b\(([a-z|]+)\)\\b$/.exec(ATS_TOOL.source)?.[1] ?? '').split('|');

const JOB_WORDS = [
  'position', 'role', 'opening', 'vacancy', 'job', 'req', 'requisition', 'reqid', 'reqno', 'requisitionid',
  'requisitionno', 'application', 'applying', 'applied', 'candidacy', 'recruiter', 'recruiterin', 'personalberater', 'personalberaterin', 'personalvermittler', 'personalvermittlerin', 'headhunter', 'headhunterin', 'recruiting', 'recruitment',
  'talent', 'hiring', 'bewerbung', 'stelle', 'candidature', 'poste', 'recrutement', 'postulacion', 'candidatura',
  'puesto', 'vacante', 'posicion', 'posicio', 'proceso', 'proces', 'talento', 'sollicitatie', 'vacature', 'functie', 'werving',
  'vaga', 'processo', 'recrutamento', 'recruteur', 'recruteuse', 'recruteurs', 'recruteuses', 'consultor', 'consultora', 'tecnico', 'tecnica',
];

/** Every INTERVIEWER_SIDE match contains one of these whole words. */
const SIDE_WORDS = ['scheduled', 'panel', 'kit', 'scorecard', 'scorecards', 'scoresheet', 'scoresheets', 'sheet', 'sheets', 'volunteering', 'interviewing', 'rubric', 'bewertungsbogen', 'beurteilungsbogen', 'submit', 'packet', 'packets', 'feedback', 'evaluation', 'guide', 'reference'];

/** Every CLIENT match (lexicon.ts) contains one of these whole words. */
const CLIENT_WORDS = ['client', 'cliente', 'kunde', 'kunden', 'klienten', 'klant', 'mandant', 'mandanten', 'opdrachtgever', 'opdracht', 'auftrag', 'compte',
  // An agency supporting its client's search: "estamos apoyando a Inmunova Biologics en la búsqueda".
  'apoyando', 'acompanamos', 'supporting', 'partnering', 'accompagnons', 'unterstutzen', 'unterstuetzen', 'ondersteunen',
  // A search firm's "search we are conducting on behalf of the Brennecke Institute".
  'behalf'];

/** Every JOB_CONTEXT_MORE match contains one of these whole words. */
const MORE_JOB_WORDS = [
  'unterlagen',
  'selection', 'graduate', 'early', 'confidential', 'retained', 'background', 'experience', 'achtergrond', 'ervaring', 'parcours', 'experiencia', 'trayectoria', 'percurso', 'curriculo',
  'werdegang', 'erfahrung', 'erfahrungen', 'rol', 'auswahlprozess', 'auswahlprozesses', 'auswahlverfahren', 'auswahlverfahrens',
  'bewerbungsprozess', 'bewerbungsprozesses', 'bewerbungsverfahren', 'bewerbungsverfahrens', 'fahrtkosten', 'reisekosten',
  'selectieprocedure', 'sollicitatieprocedure',
  'candidate', 'applicant', 'kandidaat', 'kandidate', 'candidat', 'candidata', 'candidato', 'bewerber', 'bewerberin', 'freelance',
  'search', 'formacion',
];

/** Every NOT_HIRING_BODY match contains one of these whole words. */
const NOT_HIRING_WORDS = [
  'interviewing', 'piece', 'quoting', 'record', 'reporter', 'journalist', 'story', 'article', 'podcast', 'show', 'episode', 'newsletter', 'guest', 'gift',
  'incentive', 'paid', 'research', 'usability', 'registering', 'webinar', 'practice', 'mock', 'each', 'coaching', 'exit',
  'offboarding', 'outplacement', 'career', 'separation', 'informational', 'alumni', 'mentoring', 'mentorship', 'networking', 'artikel', 'zitate', 'periodista',
  'articulo', 'journaliste', 'verslaggever', 'themanummer', 'vakblad', 'fachzeitschrift', 'accompagnement', 'voucher', 'researcher', 'purely', 'part', 'studio', 'participant', 'participants',
  'paper', 'newspaper', 'shortlisting', 'reportaje', 'reportage', 'nalezing', 'dossier', 'specific', 'officiel', 'specifieke', 'konkrete', 'vergoeding',
];

/** Every CANDIDATE_PREP match (score.ts) contains one of these whole words. */
const PREP_WORDS = ['resume', 'resumes', 'cv', 'cvs', 'refs', 'references', 'reference', 'sample', 'samples'];

/** Every NOT_HIRING_MORE match contains one of these whole words. */
const MORE_NOT_HIRING_WORDS = [
  'delegate', 'ahead', 'carta', 'lettre', 'portrait', 'magazine', 'utilisateur', 'utilisateurs', 'vertragsangebot', 'vertragsangebots', 'vertragsangebotes', 'vertragsentwurf', 'vertragsentwurfs', 'vertragsentwurfes',
  'assignment', 'homework', 'coursework', 'thesis', 'grant', 'grants', 'air', 'studio', 'hiring', 'mic', 'photographer', 'offer', 'isn',
  'nutzerstudie', 'nutzerstudien', 'nutzerforschung', 'nutzertest', 'nutzertests', 'nutzerinterview', 'nutzerinterviews',
  'gebruikersonderzoek', 'gebruikerstest', 'gebruikerstests', 'gebruikersinterview', 'gebruikersinterviews', 'aufwandsentschadigung',
  'students', 'pupils', 'kids', 'class', 'chaperone', 'chaperones', 'chaperoning', 'equity', 'decision', 'outcome', 'agit', 'trata', 'kein', 'geen', 'fotografo', 'fotografa', 'fotograf', 'fotografin', 'photographe',
];

/** Word starts (lower case) each pattern needs; a start shorter than three letters is a whole word. */
const NEEDS: Array<[number, string[]]> = [
  [GATE.interviewStrong, [
    'int', 'ent', 'vor', 'bew', 'ein', 'aus', 'sol', 'sel', 'col', 'pho', 'tel', 'vid', 'rec', 'hr', 'tec', 'ini',
    'fir', 'cod', 'cul', 'tea', 'scr', 'fin', 'let', 'whi', 'por', 'app', 'sec', 'thi', 'fou', '1st', '2nd', '3rd', '4th', 'nex', 'rou', 'hir',
    'cas', 'pan', 'on', 'ons', 'sup', 'ass', 'sys', 'liv', 'pai', 'tak', 'ken', 'zwe', 'dri', 'twe', 'der', 'pru', 'pro', 'wor', 'mee', 'vir', 'pm', 'eng', 'des', 'dat',
    'auf', 'jur', 'com', 'man', 'cli', 'lea', 'beh', 'dir', 'l1', 'l2', 'l3', 'f2f', 'fac', 'etu', 'mis', 'dem', 'sam', 'tea', 'ora', 'sea', 'tri', 'wor', 'onl', 'job', 'hm', 'ph', 'rd', 'han',
    '2e', '3e', '2de', '3de', 'laa', '2em', 'deu', 'ges', 'sch', 'abs', 'wal', 'run', 'cla', 'dem', 'mod', 'ron', 'sit', 'zoo', 'pre', 'voo', 'ans', 'vg', 'ess', 'jou', 'ser', 'soi', 'shi', 'wri',
  ]],
  // Every JOB_CONTEXT match contains one of these whole words: the word itself is checked (WORDS_AT).
  [GATE.jobContext, JOB_WORDS],
  // ATS_TOOL (and "calendly") is a whole word: the word itself is checked (WORDS_AT).
  [GATE.atsTool, ATS_NAMES],
  [GATE.interviewerSide, SIDE_WORDS],
  [GATE.notHiring, NOT_HIRING_WORDS],
  [GATE.negativeTitle, [
    'ult', 'fec', 'sif', 'ban', 'kar', 'moc', 'pra', 'pre', 'reh', 'dry', 'run', 'tra', 'web', 'wor', 'mas', 'cou', 'cla', 'pod', 'rad', 'tv', 'jou', 'rep',
    'exi', 'off', 'inf', 'cof', 'use', 'ux', 'usa', 'res', 'cus', 'ref', 'deb', 'car', 'job', 'mee', 'net', 'scr',
    'bir', 'dea', 'due', 'fol', 'tha', 'new', 'coa', 'men', 'cv', 'per', 'io', 'sim', 'pro', 'ubu', 'oef', 'aus',
    'ent', 'jah', 'mit', 'rem', 'app', 'sen', 'mov', 'fil', 'cin', 'hea', 'doc', 'den', 'vac', 'flu', 'the', 'bef',
    'aft', 'ahe', 'neg', 'onb', 'ori', 'fir', 'sta', 'con', 'bac', 'dru', 'vor', 'voo', 'ens', 'nac', 'bes', 'acc', 'out', 'bil', 'ate', 'aan', 'reg', 'nut', 'fee', 'cla', 'boo', 'fai', 'exh', 'rfp', 'rfq', 'rfi', 'bid', 'med', 'ope', 'exp',
    'loo', 'bew', 'wal', 'aud', 'tes', 'etu', 'est', 'pru', 'auf', 'ruc', 'ter', 'fac', 'bal', 'par', 'geb', 'bre', 'oph', 'dro', 'pic', 'abh', 'hin', 'pat', 'adm', 'epi', 'dis', 'bri', 'wel', 'ueb', 'ube', 'ab', 'alu', 'sta', 'spo', 'sit', 'bab', 'nan', 'tut', 'cle', 'plu',
    'enr', 'kid', 'ret', 'mai', 'doo', 'jud', 'los', 'lp', 'gri', 'ui', 'une', 'sf', 'sf8', 'e', 'eqi', 'pol', 'sub', 'mix', 'fel', 'phd', 'mba', 'goo', 'sho', 'caf', 'rol', 'ein', 'abs', 'mem', 'ava', 'apr', 'ant', 'des', 'na', 'dep', 'fra', 'arb', 'wri', 'phy', 'agi', 'fit', 'civ', 'opo', 'ik', 'afs', 'id', 'ide', 'rig', 'dbs', 'sco', 'qui', 'mag', 'sea', 'sch', 'his', 'cit', 'nat', 'vis', 'onl', 'ver', 'act', 'le', 'per', 'ofe', 'gra', 'mom', 'mum', 'dad', 'mot', 'fat', 'aun', 'unc',
    'tfm', 'tfg', 'apl', 'zei', 'ora', 'bie', 'wil', 'haa', 'hol', 'rec', 'cie', 'age', 'afw', 'upd', 'cre', 'hip', 'mor', 'hyp', 'pne', 'ren', 'alt', 'sui', 'unt', 'als', 'nab', 'nav', 'emb', 'amb', 'kon', 'bot', 'exa', 'toe', 'taa', 'obs', 'beo', 'waa', 'mod', 'wei', 'sem', 'leh', 'lle', 'aco', 'dri', 'tak', 'fri', 'lim', 'slu', 'clo', 'bez', 'env', 'soi', 'ouv', 'lic', 'ecr', 'esc', 'fam', 'ond', 'for', 'kin', 'hom', 'mot', 'ceu', 'tal', 'sep', 'rev', 'sol', 'let', 'ans', 'cov', 'leb', 'geh', 'ema', 'eva', 'jur', 'rel', 'gar',
  ]],
  [GATE.roleNoun, [
    'eng', 'dev', 'ana', 'sci', 'des', 'man', 'dir', 'arc', 'con', 'spe', 'coo', 'ass', 'adm', 'off', 'lea', 'hea',
    'int', 'rep', 'acc', 'adv', 'tec', 'res', 'wri', 'edi', 'vp', 'pre', 'exe', 'str', 'pla', 'ope', 'nur', 'tea',
    'pro', 'sre', 'mar', 'cle', 'sup', 'age', 'ing', 'dis', 'ger', 'jef', 'ent', 'ber', 'lei', 'ref', 'sac', 'che',
    'cha', 'med', 'ont', 'beh', 'abt', 'gru', 'coa', 'ins', 'cou', 'edu', 'pro', 'lec', 'afd', 'gro', 'bel', 'boe', 'gen',
    'par', 'att', 'law', 'aud', 'boo', 'und', 'pha', 'phy', 'buy', 'est', 'ele', 'mec', 'mac', 'bar', 'cas',
    'cfo', 'ceo', 'cto', 'cio', 'cmo', 'chr', 'cro', 'cis', 'pil', 'fli', 'art', 'ani', 'ill', 'ges', 'sou', 'pas', 'col', 'pfl', 'kra',
    'sol', 'enc', 'mon', 'tra', 'hyg', 'rdh', 'kit', 'fil', 'pur', 'sob', 'cab', 'abo', 'enf', 'asi', 'aux', 'ven', 'doc', 'kla', 'leh', 'pri', 'fac', 'sys', 'anw', 'it', 'rez', 'rec', 'arq',
  ]],
  [GATE.interviewWeak, [
    'on', 'ons', 'pan', 'loo', 'int', 'scr', 'cha', 'con', 'cat', 'dis', 'tal', 'mee', 'cal', 'ges', 'ren', 'ech',
    'lla', 'reu', 'ken', 'ers', 'eer', 'cas', 'app', 'anr', 'tel', 'bel', 'fac', 'vid', 'kli', 'rec', 'pre', 'voo',
    'vis', 'bat', 'poi', 'rdv', 'tru', 'ruf', 'tlf', 'tfn', 'pai', 'ver', 'arb', 'sha', 'ken', 'tea', 'per', 'rid', 'imm', 'pro', 'pra', 'sch', 'tas', 'men', 'sit', 'in', 'hea', 'abs', 'ruc', 'kun', 'kla',
  ]],
  [GATE.ordinaryMeeting, [
    'sta', '1', 'one', 'all', 'tow', 'syn', 'ret', 'spr', 'pla', 'qbr', 'bus', 'off', 'lun', 'din', 'dri', 'par',
    'hap', 'cyc', 'inv', 'sto', 'tea', 'dep', 'shi', 'cre', 'saf', 'hud', 'too',
  ]],
  [GATE.candidateInTitle, ['can', 'kan', 'sol', 'bew']],
  // CLIENT is a whole word: the word itself is checked (WORDS_AT).
  [GATE.client, CLIENT_WORDS],
  // JOB_CONTEXT_MORE's are whole words too.
  [GATE.jobContextMore, MORE_JOB_WORDS],
  [GATE.notHiringMore, MORE_NOT_HIRING_WORDS],
  [GATE.candidatePrep, PREP_WORDS],
];

/** 1..26 for letters (either case), 27 for digits, 28 for '_', 0 for anything `\\w` does not match. */
const CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) CODE[c] = c - 96;
  else if (c >= 65 && c <= 90) CODE[c] = c - 64;
  else if (c >= 48 && c <= 57) CODE[c] = 27;
  else if (c === 95) CODE[c] = 28;
}

function code(c: number): number {
  return c < 128 ? CODE[c]! : 0;
}

/** code() for every byte the scan reads (see scan: bytes of 0x80 and above are no word character). */
const WORD_BYTES = new Uint8Array(256);
WORD_BYTES.set(CODE);

/**
 * Which patterns each word start can begin, in tables small enough to stay in the CPU's caches
 * between events (a flat 2^15 table missed the cache on most words): ROW maps a word's first two
 * letter codes (5 bits each; 0 for a one-letter word) to a row of 32 entries, one per code of its
 * third letter (0 for a word of two letters or fewer). Starts no pattern needs share row 0, all zeros.
 */
const ROW = new Uint16Array(1 << 10);
let rows = 1;
function entry(word: string, add: boolean): number {
  const ab = (code(word.charCodeAt(0)) << 5) | (word.length > 1 ? code(word.charCodeAt(1)) : 0);
  if (ROW[ab] === 0 && add) ROW[ab] = rows++;
  return ROW[ab]! * 32 + (word.length > 2 ? code(word.charCodeAt(2)) : 0);
}
for (const [, starts] of NEEDS) for (const w of starts) entry(w, true);
/** The GATE bits of each entry. */
const BITS = new Uint16Array(rows * 32);
for (const [bit, starts] of NEEDS) {
  for (const w of starts) {
    const e = entry(w, false);
    BITS[e] = BITS[e]! | bit;
  }
}

/**
 * Patterns gated on whole words: for an entry that starts any of their words, WORDS_AT lists
 * those words with their GATE bit; LENGTH_ROW says which list (0: none). A word keeps a
 * whole-word bit only when it is one of that pattern's words, letter for letter.
 */
const WHOLE_WORDS: Array<[number, string[]]> = [
  [GATE.atsTool, ATS_NAMES], [GATE.jobContext, JOB_WORDS], [GATE.interviewerSide, SIDE_WORDS], [GATE.notHiring, NOT_HIRING_WORDS],
  [GATE.client, CLIENT_WORDS], [GATE.jobContextMore, MORE_JOB_WORDS], [GATE.notHiringMore, MORE_NOT_HIRING_WORDS],
  [GATE.candidatePrep, PREP_WORDS],
];
const LENGTH_ROW = new Uint8Array(rows * 32);
const WORDS_AT: Array<Array<{ bit: number; word: Uint8Array }>> = [[]];
for (const [bit, words] of WHOLE_WORDS) {
  for (const w of words) {
    const e = entry(w, false);
    if (LENGTH_ROW[e] === 0) {
      if (WORDS_AT.length > 255) throw new Error('gate: more whole-word starts than LENGTH_ROW can number');
      LENGTH_ROW[e] = WORDS_AT.length;
      WORDS_AT.push([]);
    }
    WORDS_AT[LENGTH_ROW[e]!]!.push({ bit, word: new TextEncoder().encode(w) });
  }
}
/** Per list of WORDS_AT: bit L set when one of its words has L letters (most words fail this first). */
const LENGTHS = new Uint32Array(WORDS_AT.map((list) => list.reduce((m, { word }) => m | (1 << Math.min(word.length, 31)), 0)));

/** The whole-word bits of the word t[start..end): those of the listed words it spells (either case). */
function wholeWordBits(t: Uint8Array, start: number, end: number, at: number): number {
  const len = end - start;
  if (((LENGTHS[at]! >>> Math.min(len, 31)) & 1) === 0) return 0;
  const list = WORDS_AT[at]!;
  let bits = 0;
  for (let j = 0; j < list.length; j++) {
    const { bit, word } = list[j]!;
    if (word.length !== len) continue;
    let k = 0;
    // Words are letters and digits: OR-ing 0x20 lower-cases a letter and leaves a digit as it is.
    while (k < len && (t[start + k]! | 0x20) === word[k]) k++;
    if (k === len) bits |= bit;
  }
  return bits;
}
const WHOLE_BITS = GATE.atsTool | GATE.jobContext | GATE.interviewerSide | GATE.notHiring | GATE.client | GATE.jobContextMore | GATE.notHiringMore | GATE.candidatePrep;

let gateOn = true;

/**
 * Turns the pre-check off (every pattern then runs) or back on. Tests use it to prove the
 * gate only ever skips patterns that could not have matched.
 */
export function setGateEnabled(on: boolean): void {
  gateOn = on;
}

/**
 * The table for gateMaskPrintable: as WORD_BYTES, plus UNUSUAL for every byte outside printable
 * ASCII, tab and line feed (control characters, CR, anything non-ASCII).
 */
const UNUSUAL = 31;
const PRINTABLE_BYTES = new Uint8Array(256).fill(UNUSUAL);
for (let c = 32; c < 127; c++) PRINTABLE_BYTES[c] = WORD_BYTES[c]!;
PRINTABLE_BYTES[9] = 0;
PRINTABLE_BYTES[10] = 0;

/**
 * Where each pattern's leftmost match can start at the earliest: for each GATE bit (slot
 * gateSlot(bit)), the start of the first word in the text that gated it, less BACK_OFF[bit].
 * Every match holds one of its pattern's gated words no further than BACK_OFF characters from
 * its start (below), so a search from there finds the same leftmost match as one from 0, and
 * skips the text before it. 0 wherever a position is not known exactly.
 */
export type GateStarts = Int32Array;
export const GATE_SLOTS = 14;
/**
 * One more slot after the GATE bits': where the last JOB_CONTEXT word starts. Every
 * JOB_CONTEXT match starts at or before the gated word it holds, so none starts after this.
 * NO_LAST (the largest Int32) wherever it is not known exactly.
 */
export const JOB_LAST = GATE_SLOTS;
export const NO_LAST = 0x7fffffff;

export function gateSlot(bit: number): number {
  return 31 - Math.clz32(bit);
}

/**
 * The longest distance from the start of a match to the gated word inside it, for the patterns
 * whose matches do not start with that word: "your application" (JOB_CONTEXT, gated by
 * "application"), "you're part of this interview panel" (INTERVIEWER_SIDE, "panel"), "for our
 * story" and "on the record" (NOT_HIRING_BODY), "interviewing.io" (NEGATIVE_TITLE, "io"). The
 * rest start with their gated word (0). test/detect/gate.test.ts holds each pattern to these.
 */
export const BACK_OFF: Readonly<Record<number, number>> = {
  [GATE.jobContext]: 5,
  [GATE.interviewerSide]: 31,
  [GATE.notHiring]: 8,
  [GATE.negativeTitle]: 13,
  // "il nostro cliente", gated by "cliente".
  [GATE.client]: 10,
  // "deinen Werdegang", gated by "werdegang"; "chief financial officer search", by "search".
  [GATE.jobContextMore]: 40,
  // "on air", gated by "air".
  [GATE.notHiringMore]: 3,
  // "list of references", "writing samples", gated by "references" and "samples".
  [GATE.candidatePrep]: 8,
};

/** A fresh GateStarts: every start 0 (search from the start), no last position known. */
export function gateStarts(): GateStarts {
  const starts = new Int32Array(GATE_SLOTS + 1);
  starts[JOB_LAST] = NO_LAST;
  return starts;
}

/** Back to what gateStarts() returns: nothing known. */
function unknownStarts(starts: GateStarts): void {
  starts.fill(0);
  starts[JOB_LAST] = NO_LAST;
}

/** Bit set of the GATE patterns that may match somewhere in `s` (folded text). */
export function gateMask(s: string, starts?: GateStarts): number {
  return gateOn ? scan(s, s.length, WORD_BYTES, starts) : ~0;
}

/**
 * For text that may be plain printable ASCII (tab and line feed allowed): gateMask() of its
 * first `end` characters, or -1 when one of them is something else (the caller then takes the
 * exact path: toPlainText, fold, gateMask). Letters of either case share a code, so the text
 * need not be lower-cased first.
 */
export function gateMaskPrintable(s: string, end: number, starts?: GateStarts): number {
  return scan(s, end, PRINTABLE_BYTES, starts);
}

/** The table for gateMaskLine: a single line allows no tab or line feed either. */
const LINE_BYTES = PRINTABLE_BYTES.slice();
LINE_BYTES[9] = UNUSUAL;
LINE_BYTES[10] = UNUSUAL;

/** As gateMaskPrintable, for a whole single line: printable ASCII only (spaces, no tabs or line breaks). */
export function gateMaskLine(s: string): number {
  return scan(s, s.length, LINE_BYTES, undefined);
}

/**
 * The text's UTF-8 bytes are scanned rather than its characters: encoding is one fast native
 * call, and reading a byte array is about twice as fast as charCodeAt. A non-ASCII character
 * becomes bytes of 0x80 and above, which, like the character itself, are no word character
 * (and UNUSUAL for the printable tables), so words and their lengths come out the same.
 * Text too long for the buffer, and multi-byte text whose start positions are wanted, is
 * copied a character at a time instead (charBytes), to the same effect.
 */
const ENCODER = new TextEncoder();
const BYTES = new Uint8Array(1 << 16);

function scan(s: string, n: number, codes: Uint8Array, starts: GateStarts | undefined): number {
  // With the gate off, every pattern runs; gateMaskPrintable then sends all text the exact way.
  if (!gateOn) {
    if (starts) unknownStarts(starts);
    return codes === WORD_BYTES ? ~0 : -1;
  }
  if (n === 0) return 0;
  const r = ENCODER.encodeInto(s, BYTES);
  // Text too long for the buffer (tens of thousands of characters) is copied a character at a time,
  // and so is text with a character of two or more UTF-8 bytes when start positions are wanted:
  // past such a character byte offsets are no longer character positions, charBytes' offsets are.
  if (r.read < s.length || (starts && codes === WORD_BYTES && r.written !== s.length)) return scanBytes(charBytes(s, n), n, codes, starts);
  // For the printable tables `n` counts characters; they are single bytes up to the first that is not.
  return scanBytes(BYTES, codes === WORD_BYTES ? r.written : Math.min(n, r.written), codes, starts);
}

/**
 * The first `n` UTF-16 code units of `s`, one byte each: ASCII as it is, anything else 0x80,
 * which (like every byte of a non-ASCII character in UTF-8) is no word character and is
 * UNUSUAL for the printable tables. Offsets are character positions.
 */
function charBytes(s: string, n: number): Uint8Array {
  const out = n <= BYTES.length ? BYTES : new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < 128 ? c : 0x80;
  }
  return out;
}

/** Records `start` as the first position of each bit in `fresh` (bits not seen before), backed off. */
function recordStarts(starts: GateStarts, fresh: number, start: number): void {
  while (fresh !== 0) {
    const bit = fresh & -fresh;
    fresh ^= bit;
    starts[gateSlot(bit)] = Math.max(0, start - (BACK_OFF[bit] ?? 0));
  }
}


function scanBytes(t: Uint8Array, n: number, codes: Uint8Array, starts: GateStarts | undefined): number {
  let mask = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const a = codes[t[i++]!]!;
    if (a === 0) continue;
    if (a === UNUSUAL) return -1;
    let b = 0;
    let c = 0;
    if (i < n) {
      b = codes[t[i]!]!;
      if (b !== 0) {
        if (b === UNUSUAL) return -1;
        i++;
        if (i < n) {
          c = codes[t[i]!]!;
          if (c !== 0) {
            if (c === UNUSUAL) return -1;
            i++;
          }
        }
      }
    }
    const e = ROW[(a << 5) | b]! * 32 + c;
    let bits = BITS[e]!;
    while (i < n) {
      const d = codes[t[i]!]!;
      if (d === 0) break;
      if (d === UNUSUAL) return -1;
      i++;
    }
    if (bits & WHOLE_BITS) bits = (bits & ~WHOLE_BITS) | wholeWordBits(t, start, i, LENGTH_ROW[e]!);
    if (bits !== 0 && starts) {
      if ((bits & ~mask) !== 0) recordStarts(starts, bits & ~mask, start);
      if ((bits & GATE.jobContext) !== 0) starts[JOB_LAST] = start;
    }
    mask |= bits;
  }
  return mask;
}
