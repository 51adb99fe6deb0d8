'use client';

// A reader's setting kept in their browser (localStorage), such as how the
// claims are listed or how strong a suggestion must be to be underlined. Every
// part of the page using a key sees a change at once; another tab's change
// arrives through the `storage` event.
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Map<string, Set<() => void>>();
/** This page's choices, for when storage refuses to keep them (a private window's policy). */
const chosen = new Map<string, string>();

function stored(key: string): string | null {
  if (chosen.has(key)) return chosen.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The setting under `key` (`parse` turns what is stored, or nothing, into a value), and a way to change it. */
export function useBrowserSetting<T extends string | number>(key: string, parse: (raw: string | null) => T, fallback: T): [T, (value: T) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const forKey = listeners.get(key) ?? new Set<() => void>();
      listeners.set(key, forKey);
      forKey.add(listener);
      window.addEventListener('storage', listener);
      return () => {
        forKey.delete(listener);
        window.removeEventListener('storage', listener);
      };
    },
    [key],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => parse(stored(key)),
    () => fallback,
  );
  const choose = useCallback(
    (next: T) => {
      try {
        window.localStorage.setItem(key, String(next));
        chosen.delete(key);
      } catch {
        chosen.set(key, String(next));
      }
      for (const listener of listeners.get(key) ?? []) listener();
    },
    [key],
  );
  return [value, choose];
}
