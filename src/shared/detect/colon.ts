import { isRegExpSpace } from './chars';

/**
 * "Label:" lines. Several patterns match a label word, optional blanks, then a colon. Colons
 * are few in an invite and indexOf finds them at almost no cost, so instead of letting each
 * pattern scan the whole text, the colons are found first and the words before them checked:
 * a pattern runs only when some colon follows one of its labels.
 */
export interface ColonLabel {
  /** The labels, anchored at the end: /(?:label|…)$/ with the pattern's flags. */
  tail: RegExp;
  /** Length of the longest label: the tail is tested on that many characters before the blanks. */
  longest: number;
  /** Lower-cased last characters of the labels (ASCII): a cheap test before the tail. */
  ends: Uint8Array;
  /** true: the blanks between label and colon are `\s`; false: `[ \t]`. */
  anySpace: boolean;
}

export function colonLabel(tail: RegExp, longest: number, ends: string, anySpace: boolean): ColonLabel {
  const table = new Uint8Array(128);
  for (let i = 0; i < ends.length; i++) table[ends.charCodeAt(i)] = 1;
  return { tail, longest, ends: table, anySpace };
}

/**
 * The first colon at or after `from` that follows one of the labels (with blanks between), or
 * -1. Every match of a "label[blanks]:" pattern has such a colon, so -1 means none can start
 * at or after `from`. (For a match the slice ends with the label, whose last character is in
 * `ends` once lower-cased. Without the `u` flag, case-insensitive patterns let only ASCII letters match ASCII letters.)
 */
export function colonAfterLabel(s: string, from: number, label: ColonLabel): number {
  let p = s.indexOf(':', from);
  while (p !== -1) {
    let q = p;
    if (label.anySpace) {
      while (q > 0 && isRegExpSpace(s.charCodeAt(q - 1))) q--;
    } else {
      let c: number;
      while (q > 0 && ((c = s.charCodeAt(q - 1)) === 32 || c === 9)) q--;
    }
    if (q > 0) {
      const c = s.charCodeAt(q - 1);
      if (c < 128 && label.ends[c >= 65 && c <= 90 ? c + 32 : c] === 1 && label.tail.test(s.slice(Math.max(0, q - label.longest), q))) return p;
    }
    p = s.indexOf(':', p + 1);
  }
  return -1;
}
