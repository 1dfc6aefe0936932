import type { Channel, StepKind } from '../domain/application';
import type { Draft } from '../domain/plan';

/**
 * Message drafts: brief, professional, personal (names, role, one point from the
 * conversation, one recent update), no pressure, no attachments. What the five
 * articles agree a good note contains; a careful person should be able to send it as is.
 */

export interface DraftContext {
  kind: StepKind;
  channel: Channel;
  company: string;
  role: string | null;
  /** The person it is addressed to, when known. */
  recipientName?: string;
  /** Where the mailto: link goes, when known. */
  recipientEmail?: string;
  /** "Tuesday 13 October": the interview the note is about. */
  interviewDay?: string;
  /** One topic from the conversation (see topicFromNotes). */
  topic?: string;
  /** profile.recentWork: the value a follow-up adds. */
  recentWork?: string;
  senderName: string;
}

const ASK_SUBJECT = 'Ask before the interview ends';
const ASK_QUESTION =
  'Before you say goodbye, ask: "What are the next steps, and when would you expect to be in touch?" Note their answer in their own words.';

const LOWER_STARTERS = new Set(['the', 'our', 'their', 'your', 'my', 'how', 'why', 'what', 'a', 'an', 'its', 'this', 'that', 'team', 'plans', 'ways']);
const NOTE_PREFIX = /^(?:topics?|notes?|we\s+)?\s*(?:discussed|talked about|covered|spoke about|chatted about)?\s*[:\-–]?\s*/i;

/** One topic from the user's notes, phrased to follow "our conversation about". */
export function topicFromNotes(notes: string): string | undefined {
  const line = notes
    .split(/\r?\n|[.;!?](?:\s|$)/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (line === undefined) return undefined;
  let topic = line.replace(/^[-*•]\s*/, '').replace(NOTE_PREFIX, '').replace(/[\s,.;:!?]+$/, '');
  if (topic.length > 100) topic = topic.slice(0, 100).replace(/\s+\S*$/, '');
  if (topic === '') return undefined;
  const firstWord = topic.split(/\s/)[0] ?? '';
  if (LOWER_STARTERS.has(firstWord.toLowerCase())) topic = topic[0]!.toLowerCase() + topic.slice(1);
  return topic;
}

/** Letters address people by first name, or by title and surname when a title is given. */
export function addressName(fullName: string | undefined): string | undefined {
  const parts = (fullName ?? '').trim().split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  if (/^(dr|mr|mrs|ms|mx|prof)\.?$/i.test(parts[0] ?? '') && parts.length > 1) {
    return `${parts[0]} ${parts[parts.length - 1]}`;
  }
  return parts[0];
}

/** Words in a text, for the "brief" check (< 150). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** `mailto:` with subject and body percent-encoded and CRLF line breaks (RFC 6068). */
export function mailtoLink(to: string | undefined, subject: string, body: string): string {
  const address = encodeURIComponent(to ?? '').replace(/%40/g, '@');
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

interface Words {
  roleText: string; // "the Data Analyst role" | "the position"
  on: string; // " on Tuesday 13 October" | ""
  greetingName: string | undefined;
  about: string | undefined; // "our conversation about X"
  update: string | undefined;
  signature: string;
}

function wordsFor(c: DraftContext): Words {
  const role = c.role?.trim();
  const update = c.recentWork?.trim();
  return {
    roleText: role ? `the ${role} role` : 'the position',
    on: c.interviewDay ? ` on ${c.interviewDay}` : '',
    greetingName: addressName(c.recipientName),
    about: c.topic ? `our conversation about ${c.topic}` : undefined,
    update: update ? sentence(update) : undefined,
    // An unsigned letter is easy to send by mistake; a visible placeholder is not.
    signature: c.senderName.trim() || '[Your name]',
  };
}

function letter(greeting: string, paragraphs: string[], closing: string, signature: string): string {
  const sign = signature === '' ? closing : `${closing}\n${signature}`;
  return [greeting, ...paragraphs.filter((p) => p !== ''), sign].join('\n\n');
}

function emailParagraphs(c: DraftContext, w: Words): { subject: string; paragraphs: string[]; closing: string } {
  const roleTitle = c.role?.trim();
  switch (c.kind) {
    case 'thank-you':
      return {
        subject: roleTitle ? `Thank you: ${roleTitle} interview` : `Thank you for the interview`,
        paragraphs: [
          `Thank you for taking the time to speak with me${w.on} about ${w.roleText} at ${c.company}.` +
            (w.about ? ` I especially enjoyed ${w.about}.` : ' I enjoyed learning more about the team and its work.'),
          `Our conversation left me even more interested in the role, and I would welcome the chance to contribute to your team.`,
        ],
        closing: 'Best regards,',
      };
    case 'follow-up':
      return {
        subject: roleTitle ? `Following up: ${roleTitle} interview` : `Following up on my interview`,
        paragraphs: [
          `I hope you are well. I am writing to follow up on my interview${w.on} for ${w.roleText} at ${c.company}. I remain very interested in the position` +
            (w.about ? `, and I have kept thinking about ${w.about}.` : '.'),
          w.update ? `One recent update that may be relevant: ${w.update}` : '',
          `If there is any news on the hiring process, I would be glad to hear it. Thank you again for your time.`,
        ],
        closing: 'Best regards,',
      };
    case 'final-follow-up':
      return {
        subject: roleTitle ? `Checking in: ${roleTitle} role` : `Checking in on my application`,
        paragraphs: [
          `I wanted to check in once more about ${w.roleText} at ${c.company}, following my interview${w.on}. I understand these decisions take time, and I remain interested.`,
          w.update ? `Since I last wrote: ${w.update}` : '',
          `Whenever there is an update, I would be glad to hear it. Thank you for considering my application.`,
        ],
        closing: 'Best regards,',
      };
    case 'rejection-reply':
      return {
        subject: roleTitle ? `Thank you: ${roleTitle} role` : `Thank you for letting me know`,
        paragraphs: [
          `Thank you for letting me know, and for the time you and the team gave me during the process. While I am disappointed, I valued learning about ${c.company}` +
            (w.about ? ` and ${w.about}.` : '.'),
          `I would be glad to be considered for future roles that fit my background, and I hope our paths cross again.`,
        ],
        closing: 'Best wishes,',
      };
    case 'ask-timeline':
      return { subject: ASK_SUBJECT, paragraphs: [ASK_QUESTION], closing: '' };
  }
}

function talkingPoints(c: DraftContext, w: Words): string {
  const who = w.greetingName ? `${w.greetingName} at ${c.company}` : c.company;
  const points: string[] = (() => {
    switch (c.kind) {
      case 'thank-you':
        return [
          `Thank them for their time${w.on}.`,
          w.about ? `Mention one point you valued: ${w.about}.` : 'Mention one point from the conversation you valued.',
          `Say you remain very interested in ${w.roleText}.`,
          'Thank them again and let them get back to their day.',
        ];
      case 'follow-up':
      case 'final-follow-up':
        return [
          `Say who you are and that you interviewed${w.on} for ${w.roleText}.`,
          c.kind === 'final-follow-up' ? 'Say you understand these decisions take time, and you remain interested.' : 'Say you remain very interested.',
          w.update ? `Share one update: ${w.update}` : 'Share one thing you have done since that is relevant to the role.',
          'Ask whether there is any news on the hiring process.',
          'Thank them for their time.',
        ];
      case 'rejection-reply':
        return [
          'Thank them for letting you know and for their time.',
          `Say you valued learning about ${c.company}.`,
          'Ask to be considered for future roles that fit your background.',
        ];
      case 'ask-timeline':
        return [ASK_QUESTION];
    }
  })();
  return [`Call ${who} (keep it under two minutes):`, ...points.map((p) => `- ${p}`)].join('\n');
}

function linkedInMessage(c: DraftContext, w: Words): string {
  const hi = w.greetingName ? `Hi ${w.greetingName},` : 'Hello,';
  const sign = w.signature === '' ? 'Best wishes' : `Best wishes,\n${w.signature}`;
  let text: string;
  switch (c.kind) {
    case 'thank-you':
      text = `thank you for speaking with me${w.on} about ${w.roleText} at ${c.company}. ` +
        (w.about ? `I enjoyed ${w.about}, and I am even more interested in the role.` : 'I am even more interested in the role after our conversation.');
      break;
    case 'follow-up':
    case 'final-follow-up':
      text = `${c.kind === 'final-follow-up' ? 'I wanted to check in once more' : 'I hope you are well. I wanted to follow up'} on my interview${w.on} for ${w.roleText} at ${c.company}; I remain very interested.` +
        (w.update ? ` A recent update: ${w.update}` : '') +
        ' If there is any news on the hiring process, I would be glad to hear it.';
      break;
    case 'rejection-reply':
      text = `thank you for letting me know, and for your time during the process. I valued learning about ${c.company}, and I would be glad to be considered for future roles.`;
      break;
    case 'ask-timeline':
      text = ASK_QUESTION;
      break;
  }
  const body = /^[a-z]/.test(text) ? `${hi} ${text}` : `${hi}\n\n${text}`;
  return `${body}\n\n${sign}`;
}

/** The draft for one step on one channel; email drafts carry a ready `mailto:` link. */
export function draftFor(c: DraftContext): Draft {
  const w = wordsFor(c);
  // Asked in the room, whatever channel the follow-ups use.
  if (c.kind === 'ask-timeline') return { subject: ASK_SUBJECT, body: ASK_QUESTION };
  if (c.channel === 'phone') {
    return { subject: `Call ${w.greetingName ?? c.company}`, body: talkingPoints(c, w) };
  }
  if (c.channel === 'linkedin') {
    return { subject: '', body: linkedInMessage(c, w) };
  }
  const { subject, paragraphs, closing } = emailParagraphs(c, w);
  const greeting = w.greetingName ? `Dear ${w.greetingName},` : `Dear ${c.company} hiring team,`;
  if (c.channel === 'handwritten') {
    return { subject: '', body: letter(greeting, paragraphs, 'With thanks,', w.signature) };
  }
  const body = letter(greeting, paragraphs, closing, w.signature);
  return { subject, body, mailto: mailtoLink(c.recipientEmail, subject, body) };
}
