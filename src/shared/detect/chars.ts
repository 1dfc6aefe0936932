/** Character classes of JavaScript regular expressions, for hand-written scanners. */

/** JavaScript's `\s`. */
export function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** JavaScript's `\w` (what `\b` takes for a word's): NaN, past either end of a string, is none. */
export function isRegExpWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** False when s.slice(0, end).replace(/\s+/g, ' ') would change nothing: no white space but lone plain spaces. */
export function needsSpaceCollapse(s: string, end = s.length): boolean {
  let prevSpace = false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (isRegExpSpace(c)) return true;
    else prevSpace = false;
  }
  return false;
}

/** Same as s.replace(/\s+/g, ' '), without a new string when there is nothing to replace. */
export function collapseSpaces(s: string): string {
  return needsSpaceCollapse(s) ? s.replace(/\s+/g, ' ') : s;
}
