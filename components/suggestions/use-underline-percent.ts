'use client';

// How strong a suggestion must be to be underlined in the article text (the
// list shows them all). The reader's choice, kept in their browser
// (localStorage) like the claim density; what it selects is
// lib/domain/claim-finder/underline.ts.
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_UNDERLINE_PERCENT, parseUnderlinePercent } from '@/lib/domain/claim-finder/underline';

const KEY = 'workbench.suggestionUnderlinePercent';
const listeners = new Set<() => void>();
/** This page's choice, for when storage refuses to keep it (a private window's policy). */
let chosen: number | null = null;

function read(): number {
  if (chosen !== null) return chosen;
  try {
    return parseUnderlinePercent(window.localStorage.getItem(KEY));
  } catch {
    return DEFAULT_UNDERLINE_PERCENT;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useUnderlinePercent(): [number, (percent: number) => void] {
  const percent = useSyncExternalStore(subscribe, read, () => DEFAULT_UNDERLINE_PERCENT);
  const choose = useCallback((next: number) => {
    const value = parseUnderlinePercent(String(next));
    try {
      window.localStorage.setItem(KEY, String(value));
      chosen = null;
    } catch {
      chosen = value;
    }
    for (const listener of listeners) listener();
  }, []);
  return [percent, choose];
}
