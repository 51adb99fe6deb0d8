'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { ErrorAlert } from '@/components/ui/error-alert';
import { safeCallbackPath } from '@/lib/domain/callback-url';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Before the scripts run, a submit would be the browser's GET, the password in the address.
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // The server refuses after repeated failures; next-auth reports that as a 429 or as the error's name.
      const limited = result?.status === 429 || result?.error === 'RateLimited';
      setError(limited ? 'Too many attempts. Wait a moment and try again.' : 'Wrong email or password.');
      return;
    }
    // Checked again here: this is the line that navigates, whoever rendered the form.
    window.location.assign(safeCallbackPath(callbackUrl));
  }

  return (
    <form onSubmit={onSubmit}>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <ErrorAlert message={error} />
      <p>
        <button className="primary" type="submit" disabled={pending || !hydrated}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </p>
    </form>
  );
}
