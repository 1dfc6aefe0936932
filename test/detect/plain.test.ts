/**
 * eventText (detect.ts) takes the text before the conferencing boilerplate of
 * withoutMarkup(raw) as the body whenever isPlain() says toPlainText would leave it as it is.
 * This holds it to the exact path on text full of what toPlainText removes or changes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boilerplateStart, isPlain, toPlainText, withoutConferenceBoilerplate, withoutMarkup } from '../../src/shared/detect/text';

const PIECES = [
  'Hi Sam,', 'Interviewers: Ana Pérez', ' ', '\n', '\r\n', '\r', '\t', '<br>', '<p>', '&amp;', '&nbsp;', '\u200b', '\ufeff',
  '\u0007', '\ud83d', '\ude00', '😀', '•', '–', 'ü', 'Über uns', '\nJoin Zoom Meeting', '\n  join with Google Meet',
  '\nOne tap mobile', '\n________________', '\n-::~:~::~', '\n────────', 'Join Zoom Meeting', '_', '─', 'zoom.us/j/1',
  '<style>', '</style>', '<!--', '-->', '<head>', '</HEAD>', 'p.MsoNormal{margin:0}',
];
const raw = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('the body before the boilerplate', () => {
  it('is the exact body whenever isPlain() holds for it', () => {
    let plainSeen = 0;
    fc.assert(
      fc.property(raw, (s) => {
        const marked = withoutMarkup(s);
        const cut = boilerplateStart(marked);
        const head = cut === -1 ? marked : marked.slice(0, cut);
        if (!isPlain(head)) return;
        plainSeen++;
        expect(head).toBe(withoutConferenceBoilerplate(toPlainText(s)));
      }),
      { numRuns: 5000 },
    );
    // The property must have been exercised, not skipped.
    expect(plainSeen).toBeGreaterThan(500);
  });

  it('is not taken when junk or a CR would be removed', () => {
    expect(isPlain('Über uns • Ana Pérez – 10:00')).toBe(true);
    expect(isPlain('a\u200bb')).toBe(false);
    expect(isPlain('a\r\nb')).toBe(false);
    expect(isPlain('broken \ud83d half')).toBe(false);
  });
});

describe('markup that is no text', () => {
  it('drops an Outlook style sheet, the document head, scripts and comments, and keeps the rest', () => {
    const outlook = '<html><head><meta charset="utf-8"><style><!--p.MsoNormal{margin:0cm;font-family:"Calibri"}--></style></head>' +
      '<body><p class="MsoNormal">Hi Dana,</p><!-- [if mso] --><p>Interviewer: Rebecca Stanton</p><script>var x = 1;</script></body></html>';
    const text = toPlainText(outlook);
    expect(text).toContain('Hi Dana,');
    expect(text).toContain('Interviewer: Rebecca Stanton');
    expect(text).not.toMatch(/MsoNormal|Calibri|var x|\[if mso\]/);
  });

  it('keeps the text after an opening tag that is never closed', () => {
    expect(toPlainText('<head>Interview with Ana')).toContain('Interview with Ana');
    expect(toPlainText('Hi <!-- unterminated')).toBe('Hi  ');
  });
});
