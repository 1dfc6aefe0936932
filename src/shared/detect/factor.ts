/**
 * Faster, equivalent lexicon patterns. A word list compiled as `\b(?:a|b|…)\b` makes V8's regex
 * engine try every alternative in turn at every word of the text: a few hundred quick checks per
 * word for the longest lists. `factored()` rewrites the list so that alternatives sharing a
 * first character share one check ("interview|intvw?|…" becomes "i(?:nt(?:erview…|vw?))…"),
 * recursively, which cuts the work per word several times over.
 *
 * The rewrite keeps every match exactly: the same leftmost match, the same alternative chosen,
 * the same text matched. An alternation tries its alternatives in order and takes the first
 * that leads to a whole match. Two alternatives whose first characters differ cannot both
 * match at one position, so the order between them never decides anything; merging a later
 * alternative into an earlier one with the same first character only moves it past
 * alternatives that could not have matched there. An alternative whose first character is not
 * fixed (a class, a group, a lookbehind) closes the merging for every character it may start
 * with, so nothing moves past it that it could compete with. A leading plain group is first
 * distributed over the rest ("(?:first|second) round" is "first round|second round", tried in
 * the same order), so most alternatives do have a fixed first character.
 *
 * Patterns of any other shape, or with capturing groups (whose numbers the rewrite would
 * change), are compiled as they are. test/detect/factor.test.ts compares every lexicon pattern
 * with its plain form over every labelled calendar's text and over generated strings.
 */

/** The plain source each factored pattern was made from (tests compare the two). */
const PLAIN = new WeakMap<RegExp, string>();

/** The source `re` was factored from, or its own source when it was not. */
export function plainSource(re: RegExp): string {
  return PLAIN.get(re) ?? re.source;
}

/**
 * An equivalent of `re` (with `flags`, by default its own) whose top-level word list
 * `\b(?:…)\b` is factored by first characters; `re`'s source unchanged when it has another
 * shape or capturing groups.
 */
export function factored(re: RegExp, flags = re.flags): RegExp {
  const s = re.source;
  const plain = PLAIN.get(re) ?? s;
  const out = new RegExp(factorSource(plain, flags.includes('i')), flags);
  if (out.source !== plain) PLAIN.set(out, plain);
  return out;
}

/** factored()'s rewrite of a source: `source` itself when it is not a plain word list. */
export function factorSource(source: string, ignoreCase = false): string {
  if (!source.startsWith('\\b(?:') || !source.endsWith(')\\b') || CAPTURING.test(source)) return source;
  const inner = source.slice(5, -3);
  const alternatives = topAlternatives(inner);
  // The group must span the whole list: "\b(?:a)|(?:b)\b" is two alternatives, not one group.
  if (alternatives === null || closeOf(source, 2) !== source.length - 3) return source;
  return `\\b(?:${factor(alternatives, ignoreCase)})\\b`;
}

/**
 * A list of alternatives (plain words or patterns without capturing groups) as one factored
 * alternation, matching as `alternatives.join('|')` does.
 */
export function factorAlternatives(alternatives: readonly string[], ignoreCase = false): string {
  const plain = alternatives.join('|');
  if (CAPTURING.test(plain) || alternatives.some((a) => topAlternatives(a)?.length !== 1)) return plain;
  return factor([...alternatives], ignoreCase);
}

/** A capturing group, plain or named (but not a lookbehind), or an escaped parenthesis (kept simple). */
const CAPTURING = /\((?!\?)|\(\?<(?![=!])|\\\(/;

/**
 * Walks `s` from `from` past escapes and character classes, calling `visit` with each other
 * character, its index and the group depth before it; stops where `visit` returns true. Returns
 * that index (or -1), and the depth and whether a class was open at the end.
 */
function walk(s: string, from: number, visit: (c: string, i: number, depth: number) => boolean): { at: number; depth: number; inClass: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (visit(c, i, depth)) return { at: i, depth, inClass };
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return { at: -1, depth, inClass };
}

/** The alternatives at the top level of `inner`, or null when its groups or classes do not close. */
export function topAlternatives(inner: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  const end = walk(inner, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
    // A ')' with no group open: the text does not close its groups.
    return c === ')' && depth === 0;
  });
  if (end.at !== -1 || end.depth !== 0 || end.inClass) return null;
  out.push(inner.slice(from));
  return out;
}

/** The index of the ')' that closes the group opening at `open`, or -1. */
function closeOf(s: string, open: number): number {
  return walk(s, open, (c, _i, depth) => c === ')' && depth === 1).at;
}

/** Characters that stand for themselves outside a class. */
const LITERAL = /^[a-z0-9 \-,&:/'’]$/i;

/** The alternative's first character when it is fixed: a literal that no quantifier follows. */
function head(a: string): string | null {
  if (a.length === 0 || !LITERAL.test(a[0]!)) return null;
  const next = a[1];
  return next === '?' || next === '*' || next === '+' || next === '{' ? null : a[0]!;
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/**
 * The characters a match of `a` can start with, or null when that is not a known set of
 * literal characters (then it is taken to compete with every alternative).
 */
function firstChars(a: string): Set<string> | null {
  if (a.length === 0) return null;
  const c = a[0]!;
  if (head(a) !== null) return new Set([c]);
  // "^" and lookarounds match no character: what follows starts the match.
  if (c === '^') return firstChars(a.slice(1));
  if (c === '(') {
    const end = closeOf(a, 0);
    if (end === -1) return null;
    if (/^\(\?<?[=!]/.test(a)) return firstChars(a.slice(end + 1));
    if (isQuantifier(a[end + 1])) return null;
    const alternatives = topAlternatives(a.slice(a.startsWith('(?:') ? 3 : 1, end));
    if (alternatives === null) return null;
    const out = new Set<string>();
    for (const alt of alternatives) {
      const f = firstChars(alt);
      if (f === null) return null;
      for (const x of f) out.add(x);
    }
    return out;
  }
  if (c === '[') {
    const end = a.indexOf(']', 1);
    if (end === -1 || a[1] === '^' || isQuantifier(a[end + 1])) return null;
    const body = a.slice(1, end);
    if (body.includes('\\')) return null;
    const out = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let k = body.charCodeAt(i); k <= body.charCodeAt(i + 2); k++) out.add(String.fromCharCode(k));
        i += 2;
      } else out.add(body[i]!);
    }
    return out;
  }
  return null;
}

/** The most alternatives one leading group may be distributed into. */
const EXPAND_BUDGET = 64;
/** The most characters of copied rests one distribution may add. */
const EXPAND_CHARS = 400;

/**
 * `a` with a leading plain group distributed over the rest, appended to `out` in the order the
 * engine would try them: "(?:x|y)z" is "xz", "yz"; "(?:x)?z" (greedy) is "xz", "z".
 */
function expand(a: string, out: string[], budget: number): void {
  if (a.startsWith('(?:')) {
    const end = closeOf(a, 0);
    const q = a[end + 1];
    const optional = q === '?' && a[end + 2] !== '?';
    if (end !== -1 && (optional || !isQuantifier(q))) {
      const inner = topAlternatives(a.slice(3, end));
      const rest = a.slice(end + (optional ? 2 : 1));
      // Copying a long rest many times would bloat the pattern for little gain.
      if (inner !== null && inner.length <= budget && (inner.length - 1) * rest.length <= EXPAND_CHARS) {
        for (const x of inner) expand(x + rest, out, Math.floor(budget / inner.length));
        if (optional) expand(rest, out, budget);
        return;
      }
    }
  }
  out.push(a);
}

interface Group {
  first: string;
  rests: string[];
}

/** The alternatives, in order, factored by first character (see the module's comment). */
function factor(input: string[], ignoreCase: boolean): string {
  const alternatives: string[] = [];
  for (const a of input) expand(a, alternatives, EXPAND_BUDGET);
  const key = (c: string): string => (ignoreCase ? c.toLowerCase() : c);
  const parts: Array<string | Group> = [];
  // Groups that later alternatives may still join: none of the alternatives since could compete with them.
  let open = new Map<string, Group>();
  for (const a of alternatives) {
    const c = head(a);
    if (c === null) {
      parts.push(a);
      const f = firstChars(a);
      if (f === null) open = new Map();
      else for (const x of f) open.delete(key(x));
      continue;
    }
    let g = open.get(key(c));
    if (g === undefined) {
      g = { first: c, rests: [] };
      open.set(key(c), g);
      parts.push(g);
    }
    g.rests.push(a.slice(1));
  }
  return parts.map((p) => (typeof p === 'string' ? p : merged(p, key, ignoreCase))).join('|');
}

/** A group as one alternative: its first character and the fixed characters all its rests share, then the rests factored. */
function merged(g: Group, key: (c: string) => string, ignoreCase: boolean): string {
  if (g.rests.length === 1) return g.first + g.rests[0]!;
  let prefix = g.first;
  let rests = g.rests;
  for (;;) {
    const c = head(rests[0]!);
    if (c === null || !rests.every((r) => head(r) !== null && key(head(r)!) === key(c))) break;
    prefix += c;
    rests = rests.map((r) => r.slice(1));
  }
  return `${prefix}(?:${factor(rests, ignoreCase)})`;
}
