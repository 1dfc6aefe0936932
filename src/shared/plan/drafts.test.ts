import { describe, expect, it } from 'vitest';
import type { Channel, StepKind } from '../domain/application';
import { addressName, draftFor, mailtoLink, topicFromNotes, wordCount } from './drafts';

const base = {
  company: 'Globex',
  role: 'Data Analyst',
  recipientName: 'Dana Whitfield',
  recipientEmail: 'dana@globex.example',
  interviewDay: 'Tuesday 13 October',
  topic: 'migrating their reporting to dbt',
  recentWork: 'I finished a dashboard project that cut weekly reporting time in half',
  senderName: 'Sam Rivera',
};
const kinds: StepKind[] = ['thank-you', 'follow-up', 'final-follow-up', 'rejection-reply'];
const channels: Channel[] = ['email', 'linkedin', 'phone', 'handwritten'];

describe('drafts', () => {
  for (const kind of kinds) {
    for (const channel of channels) {
      it(`${kind} by ${channel}: brief, professional, personal`, () => {
        const d = draftFor({ ...base, kind, channel });
        expect(wordCount(d.body)).toBeLessThan(150);
        expect(d.body).not.toMatch(/attach|resume|résumé|CV|!{2}|ASAP|urgent|haha|lol/i);
        if (channel !== 'phone') expect(d.body).toMatch(/Globex/);
        if (channel === 'email') {
          expect(d.subject).not.toBe('');
          expect(d.body.startsWith('Dear Dana,')).toBe(true);
          expect(d.body.endsWith('Sam Rivera')).toBe(true);
          expect(d.mailto).toBeDefined();
        } else {
          expect(d.mailto).toBeUndefined();
        }
        if (channel === 'linkedin') expect(d.body.startsWith('Hi Dana,')).toBe(true);
        if (channel === 'phone') expect(d.body).toMatch(/^Call Dana at Globex/);
      });
    }
  }
  it('follow-ups add value (the recent work); thank-yous mention the conversation', () => {
    expect(draftFor({ ...base, kind: 'follow-up', channel: 'email' }).body).toContain('dashboard project');
    expect(draftFor({ ...base, kind: 'thank-you', channel: 'email' }).body).toContain('our conversation about migrating their reporting to dbt');
  });
  it('reads well with nothing personal known', () => {
    const d = draftFor({ kind: 'thank-you', channel: 'email', company: 'Initech', role: null, senderName: '' });
    expect(d.body).toBe(
      'Dear Initech hiring team,\n\nThank you for taking the time to speak with me about the position at Initech. I enjoyed learning more about the team and its work.\n\nOur conversation left me even more interested in the role, and I would welcome the chance to contribute to your team.\n\nBest regards,\n[Your name]',
    );
    expect(d.subject).toBe('Thank you for the interview');
  });
  it('mailto: percent-encodes subject and body with CRLF line breaks', () => {
    expect(mailtoLink('a.b@x.example', 'Hi & bye', 'Line one\nLine two?')).toBe(
      'mailto:a.b@x.example?subject=Hi%20%26%20bye&body=Line%20one%0D%0ALine%20two%3F',
    );
    expect(mailtoLink(undefined, 'S', 'B')).toBe('mailto:?subject=S&body=B');
  });
  it('topics come from the notes, phrased to follow "about"', () => {
    expect(topicFromNotes('Discussed: the new data platform; team of 5')).toBe('the new data platform');
    expect(topicFromNotes('Kubernetes migration. Salary later')).toBe('Kubernetes migration');
    expect(topicFromNotes('  \n ')).toBeUndefined();
  });
  it('addresses people by first name, or title and surname', () => {
    expect(addressName('Dana Whitfield')).toBe('Dana');
    expect(addressName('Dr. Ana Ruiz')).toBe('Dr. Ruiz');
    expect(addressName('')).toBeUndefined();
  });
});
