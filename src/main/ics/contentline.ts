/**
 * RFC 5545 content lines: unfolding, NAME;PARAM=…:VALUE splitting and TEXT
 * unescaping, each line remembering where it started so every problem can
 * name a line of the user's file.
 */

export interface ContentLine {
  /** Upper-cased property name ("DTSTART", "X-MICROSOFT-SKYPETEAMSMEETINGURL"). */
  name: string;
  /** Upper-cased parameter names; values unquoted, multi-values kept comma-joined. */
  params: Record<string, string>;
  /** Raw value (still escaped for TEXT properties). */
  value: string;
  /** 1-based physical line where this content line starts. */
  line: number;
}

/** A content line that could not be split; `line` is 1-based. */
export class ContentLineError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'ContentLineError';
  }
}

/** Split text into unfolded logical lines with the physical line each one starts on. */
export function unfoldLines(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? '';
    const first = raw.charCodeAt(0);
    // A leading space or tab continues the previous line (RFC 5545 §3.1).
    if ((first === 0x20 || first === 0x09) && out.length > 0) {
      const prev = out[out.length - 1]!;
      prev.text += raw.slice(1);
      continue;
    }
    if (raw.trim() === '') continue;
    out.push({ text: raw, line: i + 1 });
  }
  return out;
}

/** Parse one unfolded line into name, parameters and value. */
export function parseContentLine(text: string, line: number): ContentLine {
  let i = 0;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  const name = text.slice(0, i).toUpperCase();
  if (name === '') {
    throw new ContentLineError(line, `expected NAME:VALUE but found "${preview(text)}"`);
  }
  const params: Record<string, string> = {};
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new ContentLineError(line, `parameter without "=" in ${name}`);
    const pname = text.slice(i, eq).trim().toUpperCase();
    if (!/^[A-Z0-9-]+$/.test(pname)) throw new ContentLineError(line, `bad parameter name "${preview(pname)}" in ${name}`);
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) throw new ContentLineError(line, `unclosed quote in parameter ${pname} of ${name}`);
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < text.length && text[j] !== ';' && text[j] !== ':' && text[j] !== ',') j++;
        values.push(text.slice(i, j));
        i = j;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    params[pname] = values.join(',');
  }
  if (text[i] !== ':') {
    throw new ContentLineError(line, `${name} has no ":" before its value`);
  }
  return { name, params, value: text.slice(i + 1), line };
}

/** Decode a TEXT value: \n, \, \; and \\ escapes. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Split a multi-valued TEXT property (CATEGORIES) on unescaped commas. */
export function splitTextList(value: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      cur += c + value[i + 1];
      i++;
    } else if (c === ',') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map(unescapeText);
}

function isNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

function preview(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
