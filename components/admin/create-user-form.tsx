'use client';

// Opening an account. The body is checked with the route's own schema
// (createUserSchema, the password rules included) before it is sent, and what
// it or the server finds wrong is listed under the field it is about.
import { useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { api, ApiError, describeError } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/domain/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Problems, problemsOf, type FieldProblems } from '@/components/ui/field-problems';
import { createUserSchema } from '@/lib/validation/users';
import { ROLE_LABELS, type User } from './types';

export function CreateUserForm({ onCreated }: { onCreated(user: User): void }) {
  const [busy, setBusy] = useState(false);
  // Before the scripts run, a submit would be the browser's GET, the password in the address.
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    setBusy(true);
    setError(null);
    setProblems({});
    setCreated(null);
    try {
      const body = { email: value('email').trim(), name: value('name').trim(), role: value('role') as Role, password: value('password') };
      const { user } = await api('POST /api/users', { body, validate: createUserSchema });
      form.reset();
      setCreated(`Account created for ${user.name} (${user.email}).`);
      onCreated(user);
    } catch (e) {
      const details = e instanceof ApiError ? problemsOf(e.details) : {};
      setProblems(details);
      // Field problems are listed at their fields; the summary only says nothing was created.
      const summary = Object.keys(details).length > 0 ? 'The account was not created: see the problems above.' : null;
      setError(summary ?? describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card create-user" onSubmit={submit} aria-label="Create account">
      <h2>Create account</h2>
      <div className="row">
        <label style={{ flex: 2 }}>
          Email
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label style={{ flex: 2 }}>
          Name
          <input name="name" required autoComplete="off" />
        </label>
        <label style={{ flex: 1 }}>
          Role
          <select name="role" defaultValue="EDITOR">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Problems field="email" problems={problems} />
      <Problems field="name" problems={problems} />
      <label>
        Password
        <input name="password" type="password" required autoComplete="new-password" />
      </label>
      <Problems field="password" problems={problems} />
      <ErrorAlert message={error} />
      {created && (
        <p role="status" className="muted">
          {created}
        </p>
      )}
      <p>
        <button type="submit" className="primary" disabled={busy || !hydrated}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
      </p>
    </form>
  );
}
