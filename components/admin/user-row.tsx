'use client';

// One account in the admin's table: its role and whether it may sign in, each
// saved as soon as it is changed, and a password reset. The server refuses
// what would leave the newsroom without an active admin; the reason is shown
// on the row. A reset's one-time password is shown here once and never again.
import { useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/domain/types';
import { ROLE_LABELS, type User } from './types';

interface Props {
  user: User;
  /** the signed-in admin's own row */
  isSelf: boolean;
  onSaved(user: User): void;
}

const SELF_NOTE = 'You cannot deactivate your own account; another admin can.';
const SELF_RESET_NOTE = 'Change your own password on your account page.';

type ResetState = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'resetting' } | { kind: 'shown'; password: string } | { kind: 'failed'; reason: string };

export function UserRow({ user, isSelf, onSaved }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string }>({ kind: 'idle' });
  const [reset, setReset] = useState<ResetState>({ kind: 'idle' });

  async function resetPassword() {
    setReset({ kind: 'resetting' });
    try {
      const { user: updated, oneTimePassword } = await api('POST /api/users/{id}/password-reset', { params: { id: user.id } });
      onSaved(updated);
      setReset({ kind: 'shown', password: oneTimePassword });
    } catch (e) {
      setReset({ kind: 'failed', reason: describeError(e) });
    }
  }

  async function save(change: { role?: Role; active?: boolean }) {
    setState({ kind: 'saving' });
    try {
      const { user: updated } = await api('PATCH /api/users/{id}', { params: { id: user.id }, body: change });
      onSaved(updated);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'failed', reason: describeError(e) });
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
      <td data-testid="user-active">
        {user.active ? 'Active' : 'Deactivated'}
        {user.mustChangePassword && <div className="muted">must choose a new password</div>}
      </td>
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
      <td data-testid="password-reset">
        {reset.kind === 'shown' ? (
          <div className="one-time-password">
            <p>
              One-time password for {user.name}:{' '}
              <output aria-label={`One-time password for ${user.name}`}>
                <code>{reset.password}</code>
              </output>
            </p>
            <p className="muted">
              Copy it now (select it, or{' '}
              <button type="button" onClick={() => void navigator.clipboard?.writeText(reset.password)}>
                Copy
              </button>
              ) and give it to {user.name} in person or by phone: it is shown only this once. Their sessions were signed out, and they must choose a new password when they sign in with it.
            </p>
            <button type="button" onClick={() => setReset({ kind: 'idle' })}>
              Done
            </button>
          </div>
        ) : reset.kind === 'confirming' || reset.kind === 'resetting' ? (
          <span>
            Sign {user.name} out everywhere and make a one-time password?{' '}
            <button type="button" className="danger" disabled={reset.kind === 'resetting'} onClick={resetPassword}>
              {reset.kind === 'resetting' ? 'Resetting…' : 'Reset now'}
            </button>{' '}
            <button type="button" disabled={reset.kind === 'resetting'} onClick={() => setReset({ kind: 'idle' })}>
              Cancel
            </button>
          </span>
        ) : (
          <span title={isSelf ? SELF_RESET_NOTE : undefined}>
            <button type="button" disabled={isSelf} onClick={() => setReset({ kind: 'confirming' })}>
              Reset password
            </button>
            {reset.kind === 'failed' && <span className="error"> Failed: {reset.reason}</span>}
          </span>
        )}
      </td>
      <td>
        <span role="status" className={state.kind === 'failed' ? 'error' : 'muted'}>
          {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? `Failed: ${state.reason}` : ''}
        </span>
      </td>
    </tr>
  );
}
