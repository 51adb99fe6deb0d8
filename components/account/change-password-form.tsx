'use client';

// Changing one's own password (PATCH /api/me/password). The rules live on the
// server: whatever it finds wrong is listed under the field it is about. The
// session this form runs in stays signed in; the user's others end.
import { useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { api, ApiError, describeError } from '@/lib/api-client';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/password-rules';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Problems, problemsOf, type FieldProblems } from '@/components/ui/field-problems';

interface Props {
  /** where to go once the password is changed; stay on the page (and say so) when absent */
  next?: string;
}

export function ChangePasswordForm({ next }: Props) {
  const [busy, setBusy] = useState(false);
  // Before the scripts run, a submit would be the browser's GET, the password in the address.
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    setError(null);
    setProblems({});
    setDone(false);
    // A typo in a password nobody can see would lock its owner out: ask twice, check here.
    if (value('newPassword') !== value('confirmPassword')) {
      setProblems({ confirmPassword: ['does not match the new password'] });
      return;
    }
    setBusy(true);
    try {
      await api('PATCH /api/me/password', { body: { currentPassword: value('currentPassword'), newPassword: value('newPassword') } });
      form.reset();
      if (next) {
        window.location.assign(next);
        return;
      }
      setDone(true);
    } catch (e) {
      const details = e instanceof ApiError ? problemsOf(e.details) : {};
      setProblems(details);
      const summary = Object.keys(details).length > 0 ? 'The password was not changed: see the problems above.' : null;
      setError(summary ?? describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card change-password" onSubmit={submit} aria-label="Change password">
      <h2>Change password</h2>
      <label>
        Current password
        <input name="currentPassword" type="password" required autoComplete="current-password" />
      </label>
      <Problems field="currentPassword" problems={problems} />
      <label>
        New password
        <input name="newPassword" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" aria-describedby="new-password-rules" />
      </label>
      <p id="new-password-rules" className="muted">
        At least {MIN_PASSWORD_LENGTH} characters; not a common password, and not your name or e-mail address. A few unrelated words make a good one.
      </p>
      <Problems field="newPassword" problems={problems} />
      <label>
        New password again
        <input name="confirmPassword" type="password" required autoComplete="new-password" />
      </label>
      <Problems field="confirmPassword" problems={problems} />
      <ErrorAlert message={error} />
      {done && (
        <p role="status" className="muted">
          Password changed. You stay signed in here; every other session of yours was signed out.
        </p>
      )}
      <p>
        <button type="submit" className="primary" disabled={busy || !hydrated}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </p>
    </form>
  );
}
