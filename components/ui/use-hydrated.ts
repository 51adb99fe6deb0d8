'use client';

// Whether this page's scripts have taken over the server's HTML. Until then a
// button rendered on the server is on screen but has no handler: a click on it
// is simply lost (seen with Sign out pressed right after the desk appeared,
// on a busy machine), and a form is sent by the browser itself: a GET with
// every field, a password too, in the address (history, server logs).
// Buttons that only work through a handler are disabled until then, so they
// look inert while they are, and a test or a person waits; a form whose
// default button is disabled is not sent by Enter either.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** false in the server's HTML and during hydration, true from the first render after it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
