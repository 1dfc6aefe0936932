import { fold } from './text';

/**
 * Company identity across rounds: invites spell the same employer "Acme", "Acme Robotics" and
 * "ACME Robotics Inc.", and the same job "Data Analyst" and "Data Analyst, Growth Analytics".
 */

const LEGAL_SUFFIX =
  /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|mbh|ag|kg|ohg|se|sa|s\.a|sas|sarl|sl|s\.l|srl|spa|bv|b\.v|nv|n\.v|plc|corp|corporation|co|company|pty|oy|ab|asa|lp|llp|pllc|ug|e\.v|kft|sp\. z o\.o|the)\b\.?/g;

/** Normalised company name: folded, legal forms ("Inc.", "GmbH") and punctuation removed ("acme robotics"). */
export function companyKey(name: string): string {
  const key = fold(name)
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(GROUP_PREFIX, '')
    .replace(WRITTEN_SHORT, (_m, short: string) => ` ${WRITTEN_OUT[short]}`)
    .replace(SAINT_SHORT, (_m, lead: string, short: string) => `${lead}${SAINT_OUT[short]}`)
    .replace(WORD_SHORT, (_m, lead: string, short: string) => `${lead}${WORD_OUT[short]}`);
  // Most keys do not start "ch": the replacement is skipped for them.
  return key.charCodeAt(0) === 99 && key.charCodeAt(1) === 104 ? key.replace(HOSPITAL_SHORT, (_m, short: string) => `${HOSPITAL_OUT[short]} `) : key;
}

/** "CH Loire-Erdre" is the Centre hospitalier Loire-Erdre, "CHU de Nantes" the Centre hospitalier universitaire: French public hospitals' letters, first. */
const HOSPITAL_OUT: Record<string, string> = { ch: 'centre hospitalier', chu: 'centre hospitalier universitaire', chr: 'centre hospitalier regional', chru: 'centre hospitalier regional universitaire' };
const HOSPITAL_SHORT = /^(ch|chu|chr|chru) (?=\S)/;

/**
 * "Ste-Ysaline" is Sainte-Ysaline, "St. Gallen" Sankt or Saint Gallen: saints' names written
 * short, as words of their own; so are a place's mount and fort ("Mt. Carroll", "Ft. Collins").
 */
const SAINT_OUT: Record<string, string> = { st: 'saint', ste: 'sainte', sankt: 'saint', sta: 'santa', sto: 'santo', mt: 'mount', ft: 'fort' };
const SAINT_SHORT = /(^| )(st|ste|sankt|sta|sto|mt|ft)(?= )/g;

/** "Midwest Tenant Justice Ctr", "Lakeview Med Ctr", "Natl Assn of …": words organisations shorten, wherever they stand. */
const WORD_OUT: Record<string, string> = { ctr: 'center', cntr: 'center', med: 'medical', univ: 'university', intl: 'international', natl: 'national', assn: 'association', assoc: 'association', dept: 'department', svcs: 'services', mgmt: 'management', hosp: 'hospital' };
const WORD_SHORT = /(^| )(ctr|cntr|med|univ|intl|natl|assn|assoc|dept|svcs|mgmt|hosp)(?= |$)/g;

/** "Harlan Springs USD" is Harlan Springs Unified School District, "Agave Wells PD" its police department: public bodies' usual letters, at the end. */
const WRITTEN_OUT: Record<string, string> = {
  usd: 'unified school district', isd: 'independent school district', jusd: 'joint unified school district',
  esd: 'elementary school district', uhsd: 'union high school district', sd: 'school district', fcu: 'federal credit union',
  pd: 'police department', mc: 'medisch centrum', umc: 'universitair medisch centrum', chc: 'community health center',
};
const WRITTEN_SHORT = / (usd|isd|jusd|esd|uhsd|sd|fcu|pd|mc|umc|chc)$/;

/**
 * "Groupe Lysane" is Lysane, "Château Lauzac-Ségure" Lauzac-Ségure, "Maison Dussaut & Fils"
 * Dussaut & Fils, "Seehotel Schmittenblick" Schmittenblick, "École Les Tilleuls" Les Tilleuls: a
 * leading word for a group of companies, or for the house, estate, restaurant, kind of hotel,
 * school ("VBS", Flemish free primary school; "GO!", its public network), publisher
 * ("Uitgeverij") or French care home ("EHPAD Le Clos Fleuri") the name is, before a name.
 */
const GROUP_PREFIX = /^(?:groupe?|grupo|gruppe|groep|chateau|domaine|maison|weingut|bodegas?|restaurant|[a-z]*hotel|atelier|estudio|estudi|studio|ecole|cabinet|colegio(?: bilingue)?|vbs|gbs|sbs|basisschool|uitgeverij|go(?= (?:scholengroep|basisschool|atheneum))|pflegedienst|ehpad|privatklinik|klinik|clinique|clinica|construcciones|ingenieria|supermercados?|supermarches?|hypermarches?|biscuiterie|woonzorg|zorggroep|laboratoires|laboratorios|editions|ediciones|transports?|transportes|talleres|industrias|distribuidora|banque|banco|fondation|fundacion) (?=\S)/;

const LEADING_ARTICLE = /^(?:les|le|la|l|el|los|las|de|het|die|der|das|il|lo|i|gli) (?=\S)/;

/** The key's first word has three letters or fewer (LEADING_ARTICLE's longest). */
function shortFirstWord(key: string): boolean {
  return key.charCodeAt(1) === 32 || key.charCodeAt(2) === 32 || key.charCodeAt(3) === 32;
}

/** True when two spellings name the same company: equal keys, equal without spaces or a leading article, or one a word-prefix of the other. */
export function sameCompany(a: string, b: string): boolean {
  return sameCompanyKeys(companyKey(a), companyKey(b));
}

/** sameCompany of two names given their companyKey()s. */
export function sameCompanyKeys(ka: string, kb: string): boolean {
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  if (ka.replace(/ /g, '') === kb.replace(/ /g, '')) return true;
  // "Les Jardins de Procé" and "Jardins de Procé": a leading article is no part of the name
  // (only a key with a short first word can start with one).
  if (shortFirstWord(ka) || shortFirstWord(kb)) {
    const a = ka.replace(LEADING_ARTICLE, '');
    const b = kb.replace(LEADING_ARTICLE, '');
    if ((a !== ka || b !== kb) && a === b) return true;
  }
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  // "acme" ~ "acme robotics", but not "meta" ~ "metal works".
  return long.startsWith(short + ' ') && short.replace(/ /g, '').length >= 3;
}

const ROLE_NOISE = /\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h|m\/v|v\/m|[^)]*(?:remote|hybrid|contract|full[- ]time|part[- ]time|req)[^)]*)\)|\b(?:req(?:uisition)?\s*#?\s*[\w-]+|r-\d+)\b/g;

function roleTokens(role: string): string[] {
  return fold(role)
    .replace(ROLE_NOISE, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t && !/^(?:the|a|an|of|for|and|de|la|el|der|die|das|le|les|et|y|und|en|het|van|sr|senior|jr|junior)$/.test(t));
}

/** True when two job titles can be the same opening: one's words contain the other's. */
export function sameRole(a: string, b: string): boolean {
  const ta = roleTokens(a);
  const tb = roleTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, big] = ta.length <= tb.length ? [ta, new Set(tb)] : [tb, new Set(ta)];
  return small.every((t) => big.has(t));
}

/**
 * Id of the application an interview belongs to, or null for a new one. Same company and a
 * compatible role (or no role on either side); a null role joins the company's only application,
 * and with several it joins the most recent one (last in `existing`) rather than starting a new one.
 */
export function assignApplication(
  candidate: { company: string; role: string | null },
  existing: Array<{ id: string; company: string; role: string | null }>,
): string | null {
  const sameCo = existing.filter((a) => sameCompany(a.company, candidate.company));
  if (sameCo.length === 0) return null;
  if (candidate.role === null || !roleTokens(candidate.role).length) {
    return sameCo.length === 1 ? sameCo[0]!.id : sameCo[sameCo.length - 1]!.id;
  }
  const role = candidate.role;
  const exact = sameCo.find((a) => a.role !== null && roleTokens(a.role).join(' ') === roleTokens(role).join(' '));
  if (exact) return exact.id;
  const compatible = sameCo.filter((a) => a.role !== null && sameRole(a.role, role));
  if (compatible.length > 0) return compatible[compatible.length - 1]!.id;
  const roleless = sameCo.filter((a) => a.role === null);
  if (roleless.length > 0) return roleless[roleless.length - 1]!.id;
  return null;
}
