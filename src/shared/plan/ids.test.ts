import { describe, expect, it } from 'vitest';
import { slug, stepIdFor } from './ids';

describe('stepIdFor', () => {
  it('is deterministic and follows the documented shapes', () => {
    expect(stepIdFor('app1', 'google:primary:ev1', 'follow-up')).toBe('app1/google:primary:ev1/follow-up');
    expect(stepIdFor('app1', 'r1', 'thank-you', 'José Ñúñez')).toBe('app1/r1/thank-you/jose-nunez');
    expect(stepIdFor('app1', 'r1', 'thank-you')).toBe('app1/r1/thank-you');
    expect(stepIdFor('app1', 'r1', 'rejection-reply')).toBe('app1/outcome/rejection-reply');
    expect(stepIdFor('app1', null, 'rejection-reply')).toBe('app1/outcome/rejection-reply');
  });
  it('slugs never come out empty', () => {
    expect(slug('  ')).toBe('interviewer');
    expect(slug('李雷')).toBe('interviewer');
  });
});
