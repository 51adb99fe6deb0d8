'use client';

// Signing out ends the session on the server (next-auth's signout route), then
// goes to the sign-in page by its path, so the browser stays on the host it is
// on. next-auth's own redirect is absolute, built from NEXTAUTH_URL (which
// `npm start` sets to http://localhost:<port>): a user who came by 127.0.0.1,
// or by any other name of the server, landed on another origin.
import { signOut } from 'next-auth/react';
import { AFTER_SIGN_OUT } from '@/lib/domain/callback-url';
import { useHydrated } from '@/components/ui/use-hydrated';

async function signOutHere(): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign(AFTER_SIGN_OUT);
}

export function SignOutButton() {
  // Disabled until the page's scripts run: before that a click did nothing.
  const hydrated = useHydrated();
  return (
    <button type="button" disabled={!hydrated} onClick={() => void signOutHere()}>
      Sign out
    </button>
  );
}
