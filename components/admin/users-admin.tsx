'use client';

// The admin's accounts page: every user with their role and status, and a
// form to open a new account.
import { useEffect, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Actor } from '@/lib/domain/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { CreateUserForm } from './create-user-form';
import type { User } from './types';
import { UserRow } from './user-row';

export function UsersAdmin({ actor }: { actor: Actor }) {
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('GET /api/users')
      .then((data) => setUsers(data.users))
      .catch((e: unknown) => setError(`Could not load the accounts: ${describeError(e)}`));
  }, []);

  const replace = (user: User) => setUsers((current) => current?.map((u) => (u.id === user.id ? user : u)) ?? null);

  return (
    <>
      <CreateUserForm onCreated={(user) => setUsers((current) => [...(current ?? []), user])} />
      <ErrorAlert message={error} />
      {!users && !error && <p className="muted">Loading…</p>}
      {users && (
        <div className="table-scroll">
          <table className="list users">
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Role</th>
                <th>Status</th>
                <th>Access</th>
                <th>Password</th>
                <th>
                  <span className="visually-hidden">Saving</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === actor.id} onSaved={replace} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
