/**
 * factored() (src/shared/detect/factor.ts) must change how fast a lexicon pattern runs and
 * nothing else: every match (where it starts, what it spans) is the plain pattern's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as LEX from '../../src/shared/detect/lexicon';
import { factored, factorSource, plainSource } from '../../src/shared/detect/factor';
import { fold, toPlainText } from '../../src/shared/detect/text';
import { DEV_EVENTS } from '../../bench/detect-workload';

/** Every match of `source` in `s`, as [index, text], searching on past each (one character past an empty one). */
function matches(source: string, flags: string, s: string): Array<[number, string]> {
  const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  const out: Array<[number, string]> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

function same(plain: string, flags: string, s: string): void {
  expect(matches(factorSource(plain, flags.includes('i')), flags, s), `${plain} on ${JSON.stringify(s)}`).toEqual(matches(plain, flags, s));
}

describe('the lexicon patterns', () => {
  const patterns = Object.entries(LEX).filter((e): e is [string, RegExp] => e[1] instanceof RegExp && plainSource(e[1]) !== e[1].source);
  const dir = path.resolve(__dirname, '../../src/shared/detect/fixtures');
  const texts: string[] = [];
  for (const file of [DEV_EVENTS, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f))]) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { items?: Array<{ summary?: unknown; description?: unknown }> };
    for (const e of raw.items ?? []) {
      texts.push(fold(String(e.summary ?? '')));
      if (typeof e.description === 'string') texts.push(fold(toPlainText(e.description)));
    }
  }

  it('are factored, the main word lists among them', () => {
    const names = patterns.map(([name]) => name);
    for (const name of ['INTERVIEW_STRONG', 'INTERVIEW_WEAK', 'NEGATIVE_TITLE', 'ROLE_NOUN', 'JOB_CONTEXT']) expect(names).toContain(name);
  });

  it('find what their plain forms find in every labelled calendar', () => {
    expect(texts.length).toBeGreaterThan(10_000);
    const all = texts.join('\n\n');
    for (const [, re] of patterns) {
      // Compared as one string: a deep comparison of thousands of pairs is slower than the search.
      const got = matches(re.source, re.flags, all).join('|');
      const want = matches(plainSource(re), re.flags, all).join('|');
      expect(got === want, plainSource(re).slice(0, 60)).toBe(true);
    }
  });
});

describe('factoring a word list', () => {
  it('merges alternatives that share first characters, recursively', () => {
    expect(factorSource('\\b(?:interview|intvw?|entrev|entrevista)\\b')).toBe('\\b(?:int(?:erview|vw?)|entrev(?:|ista))\\b');
  });

  it('distributes a leading group over the rest, in the order the engine tries them', () => {
    expect(factorSource('\\b(?:(?:first|second) round|(?:final )?call)\\b')).toBe('\\b(?:fi(?:rst round|nal call)|second round|call)\\b');
  });

  it('never moves an alternative past one that could match where it does', () => {
    // Plain, "[a-z] b" is tried before "a b c" and wins on "a b c"; merging "a b c" into "ab" would let it win.
    const plain = '\\b(?:ab|[a-z] b|a b c)\\b';
    expect(factorSource(plain)).not.toContain('a(?:b| b c)');
    same(plain, '', 'a b c');
    expect(matches(factorSource(plain), '', 'a b c')).toEqual([[0, 'a b']]);
    // A lookbehind starts the match with what follows it; an unknown start competes with everything.
    same('\\b(?:xa|(?<=q )xb|xab|\\w+c|xabc)\\b', '', 'q xabc xab xa');
  });

  it('treats letters of either case as one under the i flag', () => {
    // "A b" competes with "a b c" on "a b c": merging "a b c" into "ab" past it would let it win.
    same('\\b(?:ab|A b|a b c)\\b', 'i', 'a b c');
    expect(matches(factorSource('\\b(?:ab|A b|a b c)\\b', true), 'i', 'a b c')).toEqual([[0, 'a b']]);
  });

  it('leaves other shapes and capturing groups as they are', () => {
    for (const s of ['\\b(?:a|b)\\b|c', '\\b(ab|ac)\\b', '\\b(?:ab|ac)', '\\b(?:a)|(?:b)\\b', '\\b(?:(?<x>ab)|ac)\\b']) expect(factorSource(s)).toBe(s);
  });

  it('keeps the plain source for the record', () => {
    const re = factored(/\b(?:ab|ac)\b/);
    expect(re.source).toBe('\\b(?:a(?:b|c))\\b');
    expect(plainSource(re)).toBe('\\b(?:ab|ac)\\b');
  });

  // Alternatives built from a few letters, classes, optional and plain groups, lookarounds and
  // quantifiers, run over texts of the same letters: where reordering could show, it would.
  const atom = fc.oneof(
    fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'ba', 'a b', 'A', 'Ab'),
    fc.constantFrom('[ab]', '[a-c]', '\\w', '\\w+', '\\w*?', 'a?', 'b+', '(?:a|ab)', '(?:b|a c)?', '(?<=b )', '(?<!a)', '(?= a)', '(?!b)', '^', '$', '.'),
  );
  const alternative = fc.array(atom, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
  const list = fc.array(alternative, { minLength: 1, maxLength: 8 });
  const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '\n', 'ab', 'A'), { maxLength: 16 }).map((xs) => xs.join(''));

  it('finds the same matches as the plain list on generated patterns and texts', () => {
    let factoredSeen = 0;
    fc.assert(
      fc.property(list, fc.array(text, { minLength: 1, maxLength: 6 }), fc.constantFrom('', 'i'), (alts, texts, flags) => {
        const plain = `\\b(?:${alts.join('|')})\\b`;
        if (factorSource(plain, flags === 'i') !== plain) factoredSeen++;
        for (const s of texts) same(plain, flags, s);
      }),
      { numRuns: 4000 },
    );
    expect(factoredSeen).toBeGreaterThan(1000);
  });
});
