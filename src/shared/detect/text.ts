/**
 * Text clean-up for detection: calendar descriptions arrive as HTML (Google), as plain text
 * (.ics), or as pasted e-mail with odd characters. Detection works on plain, bounded text.
 */

import { collapseSpaces, isRegExpSpace } from './chars';

/** Work is capped: boilerplate and signatures live past this point, and huge bodies must stay cheap. */
export const MAX_SCAN_CHARS = 20_000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bull: '•', middot: '·', ndash: '–',
  mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', eacute: 'é', egrave: 'è',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä',
  szlig: 'ß', ccedil: 'ç', agrave: 'à', ecirc: 'ê', ocirc: 'ô', euro: '€', copy: '©', reg: '®', trade: '™',
  Eacute: 'É', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä',
};

// Only real tags: "<https://…>" in Teams invites is a link, not a tag, and must survive.
// A tag is what /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/g matches; replaceTags() scans for it by hand.
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote']);
// An entity is what /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g matches; replaceEntities() scans for it.
// NUL and other C0 controls, bidi marks/embeddings, zero-width chars, BOM: matching them is the point.
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const HAS_JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/;

function decodeEntity(_m: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? `&${body};`;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}


/** End (exclusive) of the tag the tag pattern would match at `i` (a '<'), or -1; `span` receives the tag name's start and end. */
function tagEnd(s: string, i: number, span: [number, number]): number {
  const n = s.length;
  let j = i + 1;
  if (j < n && s.charCodeAt(j) === 47 /* / */) j++;
  if (j >= n || !isAsciiLetter(s.charCodeAt(j))) return -1;
  const nameStart = j;
  j++;
  while (j < n && isAsciiAlnum(s.charCodeAt(j))) j++;
  span[0] = nameStart;
  span[1] = j;
  if (j >= n) return -1;
  const c = s.charCodeAt(j);
  if (c === 62 /* > */) return j + 1;
  if (c === 47 /* / */) return j + 1 < n && s.charCodeAt(j + 1) === 62 ? j + 2 : -1;
  if (!isRegExpSpace(c)) return -1;
  // "\s[^<>]*" then an optional '/' and '>': the run stops at the first '<' or '>'.
  j++;
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 62) return j + 1;
    if (d === 60) return -1;
    j++;
  }
  return -1;
}

/**
 * Same as `s.replace(tagPattern, …)`: block tags become line breaks, other tags spaces; one
 * pass, no regex. List tags right after list tags add no further break, so the items of a
 * list ("</li><li>") are consecutive lines, as in a typed list, not lines with blanks between.
 */
function replaceTags(s: string): string {
  let out = '';
  let last = 0;
  let listEnd = -1;
  let i = s.indexOf('<');
  const span: [number, number] = [0, 0];
  while (i !== -1) {
    // An HTML comment (Outlook wraps its style sheet in one) is no text.
    if (s.startsWith('<!--', i)) {
      const close = s.indexOf('-->', i + 4);
      out += s.slice(last, i) + ' ';
      last = close === -1 ? s.length : close + 3;
      i = s.indexOf('<', last);
      continue;
    }
    let end = tagEnd(s, i, span);
    if (end === -1) {
      i = s.indexOf('<', i + 1);
      continue;
    }
    const name = s.slice(span[0], span[1]).toLowerCase();
    // A style sheet, a script or the document's head ("p.MsoNormal{margin:0cm;…}") is no text:
    // dropped up to its closing tag, when there is one.
    if (RAW_TEXT_TAGS.has(name) && s.charCodeAt(i + 1) !== 47) {
      const close = closingTag(s, end, name, span);
      if (close !== -1) end = close;
    }
    const list = LIST_TAGS.has(name);
    out += s.slice(last, i) + (list && listEnd === i ? '' : BLOCK_TAGS.has(name) ? '\n' : ' ');
    if (list) listEnd = end;
    last = end;
    i = s.indexOf('<', end);
  }
  return last === 0 ? s : out + s.slice(last);
}

const LIST_TAGS = new Set(['li', 'ul', 'ol']);
const RAW_TEXT_TAGS = new Set(['style', 'script', 'head']);

/** End (exclusive) of the first closing tag `name` (lower case) at or after `from`, or -1. */
function closingTag(s: string, from: number, name: string, span: [number, number]): number {
  for (let j = s.indexOf('</', from); j !== -1; j = s.indexOf('</', j + 2)) {
    const end = tagEnd(s, j, span);
    if (end !== -1 && span[1] - span[0] === name.length && s.slice(span[0], span[1]).toLowerCase() === name) return end;
  }
  return -1;
}

/** End (exclusive) of the entity the entity pattern would match at `i` (a '&'), or -1. */
function entityEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  if (j >= n) return -1;
  let c = s.charCodeAt(j);
  if (c === 35 /* # */) {
    j++;
    if (j < n && s.charCodeAt(j) === 120 /* x */) {
      const start = ++j;
      while (j < n && j - start < 6 && isHexDigit(s.charCodeAt(j))) j++;
      return j > start && j < n && s.charCodeAt(j) === 59 ? j + 1 : -1;
    }
    const start = j;
    while (j < n && j - start < 7 && (c = s.charCodeAt(j)) >= 48 && c <= 57) j++;
    return j > start && j < n && s.charCodeAt(j) === 59 ? j + 1 : -1;
  }
  const start = j;
  while (j < n && j - start < 8 && isAsciiLetter(s.charCodeAt(j))) j++;
  return j - start >= 2 && j < n && s.charCodeAt(j) === 59 ? j + 1 : -1;
}

/** Same as `s.replace(entityPattern, decodeEntity)`, without a regex. */
function replaceEntities(s: string): string {
  let out = '';
  let last = 0;
  let i = s.indexOf('&');
  while (i !== -1) {
    const end = entityEnd(s, i);
    if (end === -1) {
      i = s.indexOf('&', i + 1);
      continue;
    }
    out += s.slice(last, i) + decodeEntity(s.slice(i, end), s.slice(i + 1, end - 1));
    last = end;
    i = s.indexOf('&', end);
  }
  return last === 0 ? s : out + s.slice(last);
}

/** The first steps of toPlainText: length capped, tags dropped, entities decoded (junk and CR left in). */
export function withoutMarkup(raw: string): string {
  let s = raw.length > MAX_SCAN_CHARS ? raw.slice(0, MAX_SCAN_CHARS) : raw;
  if (s.indexOf('<') !== -1) s = replaceTags(s);
  if (s.indexOf('&') !== -1) s = replaceEntities(s);
  return s;
}

/**
 * True when toPlainText leaves a markup-free text as it is: no junk characters and no CR.
 * Then the conferencing boilerplate of toPlainText(raw) starts where that of withoutMarkup(raw)
 * does, so the text before it is the same (see eventText in detect.ts).
 */
export function isPlain(s: string): boolean {
  return s.indexOf('\r') === -1 && !HAS_JUNK.test(s);
}

/** Plain text for analysis: tags dropped (block tags become line breaks), entities decoded, junk removed, length capped. */
export function toPlainText(raw: string): string {
  let s = withoutMarkup(raw);
  if (HAS_JUNK.test(s)) {
    s = s.replace(JUNK, '');
    // Emoji are valid surrogate pairs; only broken halves are dropped.
    if (SURROGATE.test(s)) s = s.replace(LONE_SURROGATE, '');
  }
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  return s;
}

// Where conferencing boilerplate starts: dial-in numbers and help links, no signal, much text.
export const BOILERPLATE = /\n[ \t]*(?:join zoom meeting|one tap mobile|dial by your location|join with google meet|microsoft teams(?:-besprechung)? (?:need help|hilfe)|join the meeting now|-::~:~::~|_{16,}|─{8,})/i;

const BOILERPLATE_AT = new RegExp(BOILERPLATE.source, 'iy');

/** The description without trailing Zoom/Teams/Meet dial-in boilerplate (links are read from the raw text). */
export function withoutConferenceBoilerplate(plain: string): string {
  const cut = boilerplateStart(plain);
  return cut === -1 ? plain : plain.slice(0, cut);
}

/** Where withoutConferenceBoilerplate cuts `plain`, or -1. */
export function boilerplateStart(plain: string): number {
  // BOILERPLATE starts with a line break: try it only there, first break first (same result as exec),
  // and only where the line's first character can start one of its phrases.
  const n = plain.length;
  let i = plain.indexOf('\n');
  while (i !== -1) {
    let j = i + 1;
    let c = 0;
    while (j < n && ((c = plain.charCodeAt(j)) === 32 || c === 9)) j++;
    // j o d m (either case), '-', '_', '─': the first characters BOILERPLATE's phrases start with.
    if (j < n && (c === 45 || c === 95 || c === 0x2500 || BOILERPLATE_FIRST.has(c | 0x20))) {
      BOILERPLATE_AT.lastIndex = i;
      if (BOILERPLATE_AT.test(plain)) return i;
    }
    i = plain.indexOf('\n', i + 1);
  }
  return -1;
}

const BOILERPLATE_FIRST = new Set([106 /* j */, 111 /* o */, 100 /* d */, 109 /* m */]);

/** Single-line clean-up for titles and locations. */
export function cleanLine(raw: string): string {
  const s = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  const plain = toPlainText(s);
  return collapseSpaces(plain).trim();
}

/**
 * True when cleanLine(s) is just s.trim() and fold is just lower-casing: printable ASCII with no
 * markup characters ('<', '&') and no run of spaces. Titles and locations mostly are.
 */
export function isPlainLine(s: string): boolean {
  if (s.length > 2000) return false;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 60 /* < */ || c === 38 /* & */) return false;
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else prevSpace = false;
  }
  return true;
}


const COMBINING = /[\u0300-\u036f]/g;
/** Accented Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) and combining marks (U+0300–U+036F, what NFD leaves behind). */
// Matching the combining marks on their own is the point.
// eslint-disable-next-line no-misleading-character-class
const ACCENTED = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;

/**
 * True when `s` has a character of ACCENTED. Short strings (names, titles) are checked in a
 * loop; long ones with the regex, which scans faster than a loop once the call is paid for.
 */
function hasAccented(s: string): boolean {
  if (s.length > 48) return ACCENTED.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && ((c <= 0x24f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff))) return true;
  }
  return false;
}

/** Lower-cased, accent-free copy so one pattern matches "Vorstellungsgespräch" and "vorstellungsgesprach". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: no accented Latin letters, nothing to strip (bullets and emoji stay as they are).
  if (!hasAccented(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING, '');
}

/**
 * Where the answers to a booking page's questions stand: from a line ending "?:" or ".:" to the
 * next blank line. On a booking tool's page, a line as long as a sentence ending ":" asks one too
 * ("Comparte cualquier cosa que pueda ayudar a preparar nuestra reunión:").
 */
export function answerSpans(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const booking = BOOKING_PAGE.test(s);
  // A scan for each ":\n", not a regex: a pattern that asks "is the line so far a sentence?"
  // with a lookbehind reads the line back from every position of the text.
  for (let k = s.indexOf(':\n'); k !== -1; ) {
    const before = k > 0 ? s.charCodeAt(k - 1) : -1;
    let from = -1;
    if (before === 46 /* . */ || before === 63 /* ? */) from = k - 1;
    else if (booking && asksAsASentence(s, k)) from = k;
    if (from === -1) {
      k = s.indexOf(':\n', k + 1);
      continue;
    }
    // The answer runs to the end of the line after the question, then on over every non-empty line.
    let end = lineEnd(s, k + 2);
    while (end < s.length && end + 1 < s.length && s.charCodeAt(end + 1) !== 10) end = lineEnd(s, end + 1);
    spans.push([from, end]);
    k = s.indexOf(':\n', end);
  }
  return spans;
}

/** The index of the line feed ending the line that `from` is on, or the text's length. */
function lineEnd(s: string, from: number): number {
  const at = s.indexOf('\n', from);
  return at === -1 ? s.length : at;
}

/** The line up to `k` is as long as a sentence (40 characters or more) and holds no colon. */
function asksAsASentence(s: string, k: number): boolean {
  const start = s.lastIndexOf('\n', k - 1) + 1;
  return k - start >= 40 && s.lastIndexOf(':', k - 1) < start;
}

const BOOKING_PAGE = /calendly|youcanbook\.me|savvycal|cal\.com|zcal\.co/i;

/** True when `at` lies in the answer to one of a booking page's questions (answerSpans). */
export function inBookingAnswer(s: string, at: number): boolean {
  if (s.indexOf(':\n') === -1) return false;
  for (const [from, to] of answerSpans(s)) if (at >= from && at < to) return true;
  return false;
}
