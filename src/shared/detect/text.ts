/**
 * Text clean-up for detection: calendar descriptions arrive as HTML (Google), as plain text
 * (.ics), or as pasted e-mail with odd characters. Detection works on plain, bounded text.
 */

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
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/g;
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote']);
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;
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

/** Plain text for analysis: tags dropped (block tags become line breaks), entities decoded, junk removed, length capped. */
export function toPlainText(raw: string): string {
  let s = raw.length > MAX_SCAN_CHARS ? raw.slice(0, MAX_SCAN_CHARS) : raw;
  if (s.indexOf('<') !== -1) {
    s = s.replace(TAG, (_m: string, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ' '));
  }
  if (s.indexOf('&') !== -1) s = s.replace(ENTITY, decodeEntity);
  if (HAS_JUNK.test(s)) {
    s = s.replace(JUNK, '');
    // Emoji are valid surrogate pairs; only broken halves are dropped.
    if (SURROGATE.test(s)) s = s.replace(LONE_SURROGATE, '');
  }
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  return s;
}

// Where conferencing boilerplate starts: dial-in numbers and help links, no signal, much text.
const BOILERPLATE = /\n[ \t]*(?:join zoom meeting|one tap mobile|dial by your location|join with google meet|microsoft teams(?:-besprechung)? (?:need help|hilfe)|join the meeting now|-::~:~::~|_{16,}|─{8,})/i;

/** The description without trailing Zoom/Teams/Meet dial-in boilerplate (links are read from the raw text). */
export function withoutConferenceBoilerplate(plain: string): string {
  const m = BOILERPLATE.exec(plain);
  return m ? plain.slice(0, m.index) : plain;
}

/** Single-line clean-up for titles and locations. */
export function cleanLine(raw: string): string {
  const s = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  return toPlainText(s).replace(/\s+/g, ' ').trim();
}

// Combining marks (U+0300–U+036F) are listed on their own: they are what NFD leaves behind.
// eslint-disable-next-line no-misleading-character-class
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
 
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-cased, accent-free copy so one pattern matches "Vorstellungsgespräch" and "vorstellungsgesprach". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: no accented Latin letters, nothing to strip (bullets and emoji stay as they are).
  if (!ACCENTED.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING, '');
}
