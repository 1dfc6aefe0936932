import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unfoldLines } from './contentline';
import { foldLines } from './fold';

describe('foldLines', () => {
  it('keeps every physical line within 75 octets and unfolds back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => s.replace(/[\r\n]/g, '')), (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldLines(line);
        for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
        expect(unfoldLines(folded).map((l) => l.text).join('')).toBe(line);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('never splits a surrogate pair', () => {
    const folded = foldLines(`SUMMARY:${'✉️🙂'.repeat(40)}`);
    for (const physical of folded.split('\r\n')) {
      const last = physical.charCodeAt(physical.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });

  it('leaves short lines alone', () => {
    expect(foldLines('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
  });
});
