import { describe, expect, it } from 'vitest';
import { extractRole, type EventText } from './extract';
import type { OwnerIdentity } from './people';
import { fold } from './text';

const id: OwnerIdentity = { email: 'casey.morgan@gmail.com', domain: 'gmail.com', workDomain: '', fullNames: ['casey morgan'], spelledNames: ['casey morgan'], firstName: 'casey', firstNameInTitle: undefined };

function text(title: string, body = ''): EventText {
  return { title, titleFolded: fold(title), body, bodyFolded: fold(body), location: '', locationFolded: '', titleGate: ~0, bodyGate: ~0 };
}

describe('extractRole', () => {
  it('cuts the interview words off a title segment where they are, whatever the spaces around it', () => {
    expect(extractRole(text('Quarrytech (  Data Analyst Interview)'), 'Quarrytech', id)).toBe('Data Analyst');
    expect(extractRole(text('Quarrytech ( Data Analyst Interview)'), 'Quarrytech', id)).toBe('Data Analyst');
  });
});
