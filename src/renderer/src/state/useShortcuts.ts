import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ViewName } from './context';

const views: ViewName[] = ['today', 'timeline', 'review', 'settings'];

/** True when the key belongs to what the user is typing, not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** Maps a key press to a shortcut: 1–4 views, `/` search, Esc close; null = not ours. */
export function shortcutFor(key: string, typing: boolean, modified: boolean): { view: ViewName } | 'search' | 'escape' | null {
  if (key === 'Escape') return 'escape';
  if (typing || modified) return null;
  if (key === '/') return 'search';
  const n = Number(key);
  if (Number.isInteger(n) && n >= 1 && n <= views.length) return { view: views[n - 1] as ViewName };
  return null;
}

/** App-wide keys; ignored while typing so "1" and "/" still go into the search box. */
export function useShortcuts(handlers: { onView: (v: ViewName) => void; onSearch: () => void; onEscape: () => void }) {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const hit = shortcutFor(event.key, isTyping(event.target), event.ctrlKey || event.metaKey || event.altKey);
      if (!hit) return;
      // Esc inside an open menu or dialog is theirs to handle first.
      if (hit === 'escape') {
        if ((event.target as HTMLElement | null)?.closest?.('dialog, [data-menu]')) return;
        ref.current.onEscape();
        return;
      }
      event.preventDefault();
      if (hit === 'search') ref.current.onSearch();
      else ref.current.onView(hit.view);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
