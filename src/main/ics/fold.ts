/**
 * RFC 5545 line folding by octets: no physical line longer than 75 UTF-8 bytes,
 * never splitting a character. ical-generator folds too, but encodes every
 * character separately, which made large exports slow.
 */

const LIMIT = 75;

/** Fold every CRLF-separated line of `text` that is longer than 75 octets. */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => (line.length * 3 <= LIMIT || Buffer.byteLength(line, 'utf8') <= LIMIT ? line : foldLine(line)))
    .join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let budget = LIMIT;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const units = cp >= 0x10000 ? 2 : 1;
    if (bytes + width > budget) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
      budget = LIMIT - 1; // the continuation's leading space counts
    }
    bytes += width;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
