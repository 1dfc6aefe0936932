import { fold } from './text';
import { collapseSpaces } from './chars';
import { cached } from './cache';

/**
 * Finds the capitalised phrase that spells a domain label ("harbor-works" → "Harbor Works") by
 * walking the words of a text in place. It replaces a version that built a list of word objects
 * for the whole text first: most words are not capitalised or do not start like the label, so
 * they are now passed over without allocating anything.
 *
 * A word is a run of letters/digits (ASCII or U+00C0–U+1FFF but × and ÷) joined by & ' ’ . -,
 * with trailing joiners dropped. Parts of e-mail addresses, URLs and domains spell nothing.
 */

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

// The word found by nextWord(): its bounds, and where the scan goes on (after its trailing joiners).
let wordStart = 0;
let wordEnd = 0;
let scanPos = 0;

/** Finds the next word at or after `pos` (below `n`); false when there is none. */
function nextWord(s: string, pos: number, n: number): boolean {
  let i = pos;
  while (i < n && !isWordCode(s.charCodeAt(i))) i++;
  if (i >= n) return false;
  const start = i;
  while (i < n && (isWordCode(s.charCodeAt(i)) || isJoinCode(s.charCodeAt(i)))) i++;
  let end = i;
  while (end > start && isJoinCode(s.charCodeAt(end - 1))) end--;
  wordStart = start;
  wordEnd = end;
  scanPos = i;
  return true;
}

/** The word just found is part of an e-mail address, a URL or a domain (the scan stopped at `n`). */
function isAddressPart(s: string, n: number): boolean {
  const next = scanPos < n ? s.charCodeAt(scanPos) : 0;
  const prev = wordStart > 0 ? s.charCodeAt(wordStart - 1) : 0;
  return next === 64 || prev === 64 || next === 47 || prev === 47 || endsWithDomainSuffix(s, wordStart, wordEnd);
}

/** The word's letters and digits, lower case and without accents ("O'Brien" → "obrien"). */
function squash(word: string): string {
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      plain = false;
      break;
    }
  }
  // Domains spell "ß" as "ss" (weissdorn-pharma.de for "Weißdorn Pharma").
  return plain ? word.toLowerCase() : fold(word).replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');
}

/**
 * When squash(s.slice(start, end)) is not empty and `target` continues with it at `off`, the
 * offset after it; else -1. ASCII words are compared in place: for them squash() is "lower-case
 * the letters, keep the digits, drop the rest".
 */
const UMLAUT = /[äöüÄÖÜ]/;
/** An umlaut written out in a label's first letters: "moe" of "moeller", "mue" of "mueller" keep "mo", "mu". */
const UMLAUT_PROBE = /^(.?[aou])e/;
const UMLAUT_ALL = /[äöüÄÖÜ]/g;
const UMLAUT_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function continuesWith(s: string, start: number, end: number, target: string, off: number): number {
  const k = continuesAsWritten(s, start, end, target, off);
  if (k !== -1) return k;
  // "Clic&Lleva" at clicylleva.co: the domain spells the ampersand out, in the name's language.
  let amp = start;
  while (amp < end && s.charCodeAt(amp) !== 38) amp++;
  if (amp === end) return -1;
  const word = s.slice(start, end);
  for (const and of AMPERSAND_WORDS) {
    const sq = squash(word.replace(/&/g, and));
    if (sq && target.startsWith(sq, off)) return off + sq.length;
  }
  return -1;
}

/** How domains write "&": "and", "y", "et", "und", "en", "n" ("rocknroll"). */
const AMPERSAND_WORDS = ['and', 'y', 'et', 'und', 'en', 'n'];

function continuesAsWritten(s: string, start: number, end: number, target: string, off: number): number {
  let k = off;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) {
      const word = s.slice(start, end);
      const sq = squash(word);
      if (sq && target.startsWith(sq, off)) return off + sq.length;
      // German domains write umlauts out: gruenkraft-solar.de for "Grünkraft Solar".
      const de = UMLAUT.test(word) ? squash(word.replace(UMLAUT_ALL, (u) => UMLAUT_OUT[u]!)) : '';
      return de && target.startsWith(de, off) ? off + de.length : -1;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    // A mismatch among the leading ASCII characters is final: fold() lower-cases them one by one
    // and NFD never changes them, so squash() would start with the same characters.
    if (k >= target.length || target.charCodeAt(k) !== c) return -1;
    k++;
  }
  return k > off ? k : -1;
}

/**
 * Saints' names, which domains and texts abbreviate in either direction: "Clinique
 * Sainte-Ysaline" at ste-ysaline.be, "St. Gallen" at sankt-gallen.ch. Each long form with its
 * short one, squashed.
 */
const SAINT_FORMS: Array<[string, string]> = [['sainte', 'ste'], ['saint', 'st'], ['sankt', 'st'], ['santa', 'sta'], ['santo', 'sto']];
/** A label that may start with a saint's name, long or short. */
const SAINT_START = /^(?:sa(?:in|nk|nt)|st)/;
const SAINT_WORD = /^(?:saint|sainte|sankt|santa|santo|st|ste|sta|sto)$/i;

/**
 * As continuesWith, for a word that starts with a saint's name written the other way from the
 * target: "Sainte-Ysaline" against "steysaline", "St" against "sanktgallen". -1 otherwise.
 */
function continuesAsSaint(s: string, start: number, end: number, target: string, off: number): number {
  const c = s.charCodeAt(start);
  if (c !== 83 && c !== 115) return -1;
  let cut = start;
  while (cut < end && isWordCode(s.charCodeAt(cut))) cut++;
  const head = s.slice(start, cut);
  if (!SAINT_WORD.test(head)) return -1;
  const lower = head.toLowerCase();
  const rest = cut < end ? squash(s.slice(cut, end)) : '';
  for (const [long, short] of SAINT_FORMS) {
    const other = lower === long ? short : lower === short ? long : '';
    if (other && target.startsWith(other + rest, off)) return off + other.length + rest.length;
  }
  return -1;
}

/** True when target[from..] contracts the word s[start..end) (see isContraction): "petchem" of "Petrochemical". */
function contractsWord(target: string, from: number, s: string, start: number, end: number): boolean {
  return isContraction(target.slice(from), squash(s.slice(start, end)));
}

/**
 * "petchem" of "petrochemical", "intl" of "international": shorter, three letters or more, the
 * same first letter, then the rest of its letters in order. Both lower case.
 */
export function isContraction(word: string, of: string): boolean {
  if (word.length < 3 || word.length >= of.length || word.charCodeAt(0) !== of.charCodeAt(0)) return false;
  let j = 1;
  for (let k = 1; k < word.length; k++) {
    while (j < of.length && of.charCodeAt(j) !== word.charCodeAt(k)) j++;
    if (j === of.length) return false;
    j++;
  }
  return true;
}

export interface PhraseSource {
  text: string;
  /** fold(text): a phrase spelling the label contains its first letters. */
  folded: string;
  /** Only the first `limit` characters of `text` are read. */
  limit: number;
  /** Only the first `foldedLimit` characters of `folded` are searched for those letters. */
  foldedLimit: number;
}

/** Words that head many names and name none alone. */
const GENERIC_HEAD = /^(?:grupo|groupe|gruppe|group|bank|banco|banque|banca)$/i;

/** Words and the blanks between them, nothing else. */
const PLAIN_PHRASE = /^[\p{L}\p{N}&'’.-]+(?: [\p{L}\p{N}&'’.-]+)+$/u;

/** Small words inside a name, which domains often leave out ("Kitaverbund Am Lindenhof" at kitaverbund-lindenhof.de). */
const NAME_SMALL_WORD = /^(?:de|del|la|las|los|el|of|the|and|und|y|et|du|des|van|der|von|di|da|do|dos|das|am|im|zum|zur|aan|op|het|au|aux)$/i;

/** Bounds of the words of one candidate phrase (at most five words). */
const phraseStarts = [0, 0, 0, 0, 0];
const phraseEnds = [0, 0, 0, 0, 0];

/** The first capitalised phrase in the sources whose words squash to the label, else a long single-word prefix of it. */
export function phraseForLabel(label: string, sources: PhraseSource[]): string | undefined {
  const target = alnumOf(label);
  phrasePartial = false;
  if (target.length < 2) return undefined;
  const probe = target.slice(0, 3);
  // A saint's name may be written out where the label abbreviates it, or the other way round;
  // a German umlaut the label writes out ("moeller" for "Möller") folds to its bare vowel.
  const altProbe = target.charCodeAt(0) === 115 && SAINT_START.test(target) ? (target.charCodeAt(1) === 116 ? 'sa' : 'st') : UMLAUT_PROBE.test(probe) ? probe.replace(UMLAUT_PROBE, '$1') : undefined;
  const starts = firstCharsFor(target.charCodeAt(0));
  let prefixHit: string | undefined;
  let contractionHit: string | undefined;
  let skipHit: string | undefined;
  let multiHit: string | undefined;
  let multiAcc = 0;
  for (const src of sources) {
    // Cheap gate: a phrase spelling the label must contain its first letters (within the limit).
    // (The first occurrence ends within the bound exactly when the bounded prefix contains one.)
    let at = src.folded.indexOf(probe);
    if ((at === -1 || at + probe.length > src.foldedLimit) && altProbe) at = src.folded.indexOf(altProbe);
    if (at === -1 || at + (altProbe ? altProbe.length : probe.length) > src.foldedLimit) continue;
    const s = src.text;
    const n = Math.min(s.length, src.limit);
    // Only words whose first character can begin the label are looked at, in text order.
    starts.lastIndex = 0;
    let first: number;
    while ((first = nextCandidate(starts, s, n)) !== -1) {
      let acc = continuesWith(s, first, wordEnd, target, 0);
      if (acc === -1) acc = continuesAsSaint(s, first, wordEnd, target, 0);
      if (acc === -1) {
        // "Ridgeback's water work" spells the label (ridgeback): a possessive is no part of the name.
        if (wordEnd - first > 3 && endsPossessive(s, wordEnd) && continuesWith(s, first, wordEnd - 2, target, 0) === target.length) return s.slice(first, wordEnd - 2);
        continue;
      }
      phraseStarts[0] = first;
      phraseEnds[0] = wordEnd;
      let count = 1;
      let dropped = false;
      if (acc === target.length) return withArticle(s, phraseText(s, count));
      while (count < 5 && nextWord(s, scanPos, n) && !isAddressPart(s, n)) {
        let next = continuesWith(s, wordStart, wordEnd, target, acc);
        if (next === -1) next = continuesAsSaint(s, wordStart, wordEnd, target, acc);
        // An elided article the domain drops: "Banque de l'Estuaire" at banqueestuaire.ca.
        if (next === -1 && wordEnd - wordStart > 3 && isElided(s, wordStart)) next = continuesWith(s, wordStart + 2, wordEnd, target, acc);
        // A small word the domain drops: "Astilleros del Guadalquivir" at astillerosguadalquivir.es.
        if (next === -1 && wordEnd - wordStart <= 3 && NAME_SMALL_WORD.test(s.slice(wordStart, wordEnd))) continue;
        // The label's last letters contract the phrase's last word: "Brazoria Petrochemical" at brazoriapetchem.com.
        // Kept in case no phrase spells the label in full; on one line, with nothing but blanks between the words.
        if (next === -1 && contractionHit === undefined && target.length - acc >= 3 && onlyBlanks(s, phraseEnds[count - 1]!, wordStart) && contractsWord(target, acc, s, wordStart, wordEnd)) {
          phraseStarts[count] = wordStart;
          phraseEnds[count] = wordEnd;
          contractionHit = phraseText(s, count + 1);
        }
        // "Clínica Veterinària Sequiol" at clinicasequiol.es, "Clínica Veterinaria Mar Blau" at
        // clinicamarblau.es: one word the domain drops, when the words after it go on with the label
        // (on one line, blanks between). The last may contract ("Brackenwater Neuro Rehabilitation"
        // at brackenwaterrehab.co.uk). Kept in case no phrase spells the label in full.
        if (next === -1 && !dropped && acc >= 4 && wordEnd - wordStart > 3 && onlyBlanks(s, phraseEnds[count - 1]!, wordStart)) {
          const [ws, we, sp] = [wordStart, wordEnd, scanPos];
          if (nextWord(s, scanPos, n) && !isAddressPart(s, n) && onlyBlanks(s, we, wordStart)) {
            next = continuesWith(s, wordStart, wordEnd, target, acc);
            if (next !== -1) dropped = true;
            else if (contractionHit === undefined && target.length - acc >= 3 && contractsWord(target, acc, s, wordStart, wordEnd)) {
              phraseStarts[count] = wordStart;
              phraseEnds[count] = wordEnd;
              contractionHit = phraseText(s, count + 1);
            }
          }
          if (!dropped) {
            wordStart = ws;
            wordEnd = we;
            scanPos = sp;
          }
        }
        if (next === -1) break;
        acc = next;
        phraseStarts[count] = wordStart;
        phraseEnds[count] = wordEnd;
        count++;
        if (acc === target.length) {
          if (!dropped) return withArticle(s, phraseText(s, count));
          skipHit ??= withArticle(s, phraseText(s, count));
          break;
        }
      }
      // "Grupo" alone is no name for grupomarea ("Grupo Editorial Marea").
      if (!prefixHit && acc >= 4 && count === 1 && !GENERIC_HEAD.test(s.slice(first, phraseEnds[0]))) prefixHit = s.slice(first, phraseEnds[0]);
      // Words that spell most of the label, the rest a word the text abbreviates: "Canyon Vista
      // CHC" at canyonvistahealth.org. Words on one line with only blanks between them.
      if (count >= 2 && acc >= 6 && acc > multiAcc) {
        const phrase = phraseText(s, count);
        if (PLAIN_PHRASE.test(phrase)) {
          multiHit = phrase;
          multiAcc = acc;
        }
      }
    }
  }
  phrasePartial = contractionHit === undefined;
  return contractionHit ?? skipHit ?? multiHit ?? prefixHit;
}

/** Whether phraseForLabel's last answer spelled only part of its label (words for a prefix of it). */
let phrasePartial = false;
export function lastPhraseWasPartial(): boolean {
  return phrasePartial;
}

/**
 * The phrase with the article that opens the name before it, which domains drop: "Le Clos
 * Fourvière" (closfourviere.fr), "El Molino Verde", "De Rijnpoort". Only where the article
 * starts the text or follows a separator ("Client : Le Clos…", "– La Maison…"), not inside a
 * sentence, and not English "The", which a title's capitals put before any noun.
 */
function withArticle(s: string, phrase: string): string {
  const start = phraseStarts[0]!;
  if (start < 3 || s.charCodeAt(start - 1) !== 32) return phrase;
  const m = ARTICLE_BEFORE.exec(s.slice(Math.max(0, start - 8), start));
  return m ? `${m[1]} ${phrase}` : phrase;
}
const ARTICLE_BEFORE = /(?:^|[-–—|:(\n]\s*|^\s*)(Le|La|Les|El|Los|Las|Il|Lo|De|Het) $/;

/** The word at `start` opens with an elided article: "l'Estuaire", "d’Orsay", "L'Hôpital". */
function isElided(s: string, start: number): boolean {
  const a = s.charCodeAt(start) | 0x20;
  const q = s.charCodeAt(start + 1);
  return (a === 108 || a === 100) && (q === 39 || q === 0x2019);
}

/** The word ending at `end` ends in "'s" or "’s". */
function endsPossessive(s: string, end: number): boolean {
  const q = s.charCodeAt(end - 2);
  return s.charCodeAt(end - 1) === 115 && (q === 39 || q === 0x2019);
}

/**
 * The next word of `s` (before `n`) whose first character `starts` finds (see firstCharsFor),
 * that is no part of an e-mail address, URL or domain: its start, with nextWord()'s bounds set;
 * -1 when there is none. test() and lastIndex, not exec(): no match object per candidate. Each
 * match is one character, so it starts at lastIndex - 1, where the next search resumes anyway.
 */
function nextCandidate(starts: RegExp, s: string, n: number): number {
  while (starts.test(s)) {
    const first = starts.lastIndex - 1;
    if (first >= n) return -1;
    if (!isWordCode(s.charCodeAt(first)) || !isWordStart(s, first)) continue;
    nextWord(s, first, n);
    if (!isAddressPart(s, n)) return first;
  }
  return -1;
}

/**
 * True when a word starts at `p` (a word character): the scan reaches `p` from outside a word.
 * Joiners before `p` belong to the previous word when a word character precedes them, and are
 * skipped as separators otherwise.
 */
function isWordStart(s: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && isJoinCode(s.charCodeAt(i))) i--;
  return i < 0 || !isWordCode(s.charCodeAt(i));
}

/**
 * Characters that can begin a capitalised word whose squashed form starts with `c` (the label's
 * first character): its capital (or the digit itself), and any Latin-1 capital, since squash()
 * may fold or drop those ("Ø", "Æ"). Other words are not capitalised or start with another letter.
 */
const firstChars = new Map<number, RegExp>();

function firstCharsFor(c: number): RegExp {
  let re = firstChars.get(c);
  if (!re) {
    const own = c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : c >= 48 && c <= 57 ? String.fromCharCode(c) : '';
    re = new RegExp(`[${own}\\u00c0-\\u00de]`, 'g');
    firstChars.set(c, re);
  }
  return re;
}

/** The original spelling between the words ("Marlowe & Finch"), unless it spans a line. */
function phraseText(s: string, count: number): string {
  const original = s.slice(phraseStarts[0], phraseEnds[count - 1]);
  if (original.indexOf('\n') === -1) return collapseSpaces(original);
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push(s.slice(phraseStarts[k], phraseEnds[k]));
  return words.join(' ');
}

/** label.replace(/[^a-z0-9]/g, ''), computed once per label (labels repeat across a calendar). */
const alnumCache = new Map<string, string>();

function alnumOf(label: string): string {
  return cached(alnumCache, label, alnum, 2000);
}

function alnum(label: string): string {
  return label.replace(/[^a-z0-9]/g, '');
}

/**
 * A capitalised phrase the label abbreviates, for a label no phrase spells: each word gives its
 * first letter and then some of its other letters in order ("maplecrestcu": Maple Crest Credit
 * Union, "wctimber": Westcoast Timber, "bwpkg": Brightwater Packaging, "prcusd204": Prairie
 * Ridge CUSD 204, "ucprairie": University of Central Prairie). Two to six words on one line,
 * all used but the small words and ampersands between them. One piece must have three letters
 * or more, unless the phrase names an institution ("isbe": Illinois State Board of Education):
 * a run of initials ("Alice Carter Meeting Email") names nothing, and nor does a greeting
 * ("Hi Monica").
 */
export function abbreviatedPhrase(label: string, sources: PhraseSource[]): string | undefined {
  const target = alnumOf(label);
  // Three letters are a name's initials only, of exactly three capitalised words ("dfl": "Dijkstra Fresh Logistics").
  const initialsOnly = target.length === 3;
  if (target.length < 3) return undefined;
  const starts = firstCharsFor(target.charCodeAt(0));
  const words: string[] = [];
  for (const src of sources) {
    const s = src.text;
    const n = Math.min(s.length, src.limit);
    starts.lastIndex = 0;
    while (nextCandidate(starts, s, n) !== -1) {
      words.length = 0;
      words.push(squash(s.slice(wordStart, wordEnd)));
      phraseStarts[0] = wordStart;
      phraseEnds[0] = wordEnd;
      let count = 1;
      let institution = INSTITUTION_WORD.test(words[0]!);
      while (count < 6 && nextWord(s, scanPos, n) && !isAddressPart(s, n) && onlyBlanks(s, phraseEnds[count - 1]!, wordStart)) {
        const word = s.slice(wordStart, wordEnd);
        const small = SMALL_WORD.test(word);
        if (!small && !isCapitalOrDigit(s.charCodeAt(wordStart))) break;
        // A small word joins two words of the phrase: it gives no letter, and ends none.
        words.push(small ? '' : squash(word));
        phraseStarts[count] = wordStart;
        phraseEnds[count] = wordEnd;
        count++;
        institution ||= INSTITUTION_WORD.test(words[count - 1]!);
      }
      // A greeting and a name ("Hi Monica") abbreviate nothing.
      if (GREETING.test(words[0]!)) continue;
      if (initialsOnly) {
        if (count === 3 && isCapitalOrDigit(s.charCodeAt(phraseStarts[0]!)) && words[0]![0] === target[0] && words[1]![0] === target[1] && words[2]![0] === target[2] && words[1] !== '' && words[2] !== '') {
          return phraseText(s, 3);
        }
        // An institution's name keeps its small words: "Department of Learning and Workforce" (dlw).
        const k = institution ? initialsEnd(words, count, target) : 0;
        if (k !== 0) return phraseText(s, k);
        continue;
      }
      for (let k = count; k >= 2; k--) {
        if (words[k - 1] === '') continue;
        if (abbreviates(target, words, k, 0, 0, institution ? 3 : 0)) return phraseText(s, k);
      }
    }
  }
  return undefined;
}

/**
 * The number of words (small ones included) whose non-empty ones are exactly three and start
 * with the target's three letters, the first word among them; 0 if the phrase's words do not.
 */
function initialsEnd(words: string[], count: number, target: string): number {
  let t = 0;
  for (let k = 0; k < count; k++) {
    const w = words[k]!;
    if (w === '') continue;
    if (w.charCodeAt(0) !== target.charCodeAt(t)) return 0;
    if (++t === 3) return k + 1;
  }
  return 0;
}

const GREETING = /^(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|beste|liebe|lieber|ola|oi|ciao|buongiorno|buenos|guten|goedemorgen|goedendag)$/;

/** Words that join the words of a name ("University of Central Prairie", "Banco de la Nación"). */
const SMALL_WORD = /^(?:of|for|and|the|de|du|des|la|le|der|die|das|für|und|y|del|van|von|en|het|voor|&)$/;

/** Words that make a run of initials a name: "Capitol Area School District 5" is CASD5. */
const INSTITUTION_WORD = /^(?:school|district|university|college|board|department|council|authority|agency|hospital|health|bank|institute|ministry|office|county|city|state|federal|national|commission|service|services|trust|foundation|association|academy|museum|gemeente|provincie|waterschap|hoogheemraadschap|ministerie|universiteit|hogeschool|ziekenhuis|\w*regio|gemeinde|stadt|landkreis|ministerium|hochschule|universitat|klinikum)$/;

function isCapitalOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Only spaces, tabs and ampersands between `from` and `to` ("Continental Rail & Intermodal"). */
function onlyBlanks(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 38) return false;
  }
  return true;
}

/**
 * Whether target[t..] splits into pieces, one for each non-empty word of words[w..k), each the
 * word's first letter followed by some of its other letters in order, with a piece of three
 * letters or more among them (`longest` so far).
 */
function abbreviates(target: string, words: string[], k: number, w: number, t: number, longest: number): boolean {
  if (w === k) return t === target.length && longest >= 3;
  const word = words[w]!;
  if (word === '') return abbreviates(target, words, k, w + 1, t, longest);
  if (t >= target.length || word.charCodeAt(0) !== target.charCodeAt(t)) return false;
  // The piece ends at e: target[t+1..e) must be a subsequence of word[1..).
  let j = 1;
  for (let e = t + 1; e <= target.length; e++) {
    if (e > t + 1) {
      const c = target.charCodeAt(e - 1);
      while (j < word.length && word.charCodeAt(j) !== c) j++;
      if (j >= word.length) break;
      j++;
    }
    if (abbreviates(target, words, k, w + 1, e, Math.max(longest, e - t))) return true;
  }
  return false;
}
