'use client';

// One account in the admin's table: its role and whether it may sign in, each
// saved as soon as it is changed. The server refuses what would leave the
// newsroom without an active admin; the reason is shown on the row.
import { useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/domain/types';
import { ROLE_LABELS, type User } from './types';

interface Props {
  user: User;
  /** the signed-in admin's own row */
  isSelf: boolean;
  onSaved(user: User): void;
}

const SELF_NOTE = 'You cannot deactivate your own account; another admin can.';

export function UserRow({ user, isSelf, onSaved }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });

  async function save(change: { role?: Role; active?: boolean }) {
    setState({ kind: 'saving' });
    try {
      const { user: updated } = await api<{ user: User }>(`/api/users/${user.id}`, { method: 'PATCH', body: change });
      onSaved(updated);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof ApiError ? e.describe() : 'unexpected error' });
    }
  }

  const busy = state.kind === 'saving';
  return (
    <tr data-user-id={user.id} className={user.active ? undefined : 'inactive'}>
      <td>
        {user.name}
        {isSelf && <span className="muted"> (you)</span>}
      </td>
      <td>{user.email}</td>
      <td>
        <select aria-label={`Role of ${user.name}`} value={user.role} disabled={busy} onChange={(e) => save({ role: e.target.value as Role })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </td>
      <td data-testid="user-active">{user.active ? 'Active' : 'Deactivated'}</td>
      <td>
        {/* The wrapper carries the tooltip: a disabled button shows none in some browsers. */}
        <span title={isSelf ? SELF_NOTE : undefined}>
          <button
            type="button"
            className={user.active ? 'danger' : undefined}
            disabled={busy || (isSelf && user.active)}
            title={isSelf ? SELF_NOTE : undefined}
            onClick={() => save({ active: !user.active })}
          >
            {user.active ? 'Deactivate' : 'Activate'}
          </button>
        </span>
      </td>
      <td>
        <span role="status" className={state.kind === 'failed' ? 'error' : 'muted'}>
          {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? `Failed: ${state.reason}` : ''}
        </span>
      </td>
    </tr>
  );
}
