'use client';

// How the workbench lists claims: "compact" (one line each, the active claim
// open; the default) or "full" (every card open). The choice is the person's
// and stays with their browser (localStorage), like a reader's setting in
// Hypothesis' sidebar.
import { useCallback, useSyncExternalStore } from 'react';

export type ClaimDensity = 'compact' | 'full';

const KEY = 'workbench.claimDensity';
const listeners = new Set<() => void>();
/** This page's choice, for when storage refuses to keep it (a private window's policy). */
let chosen: ClaimDensity | null = null;

function read(): ClaimDensity {
  if (chosen) return chosen;
  try {
    return window.localStorage.getItem(KEY) === 'full' ? 'full' : 'compact';
  } catch {
    // Storage refused (a private window's policy): the default.
    return 'compact';
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

export function useClaimDensity(): [ClaimDensity, (density: ClaimDensity) => void] {
  const density = useSyncExternalStore(subscribe, read, () => 'compact' as const);
  const choose = useCallback((next: ClaimDensity) => {
    try {
      window.localStorage.setItem(KEY, next);
      chosen = null;
    } catch {
      chosen = next;
    }
    for (const listener of listeners) listener();
  }, []);
  return [density, choose];
}
