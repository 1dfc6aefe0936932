import { describe, expect, it } from 'vitest';
import { shortcutFor } from './useShortcuts';

describe('shortcutFor', () => {
  it('maps 1–4 to views and / to search', () => {
    expect(shortcutFor('1', false, false)).toEqual({ view: 'today' });
    expect(shortcutFor('4', false, false)).toEqual({ view: 'settings' });
    expect(shortcutFor('/', false, false)).toBe('search');
    expect(shortcutFor('5', false, false)).toBeNull();
  });

  it('leaves keys alone while typing or with modifiers, except Escape', () => {
    expect(shortcutFor('1', true, false)).toBeNull();
    expect(shortcutFor('/', true, false)).toBeNull();
    expect(shortcutFor('2', false, true)).toBeNull();
    expect(shortcutFor('Escape', true, false)).toBe('escape');
  });
});
