'use client';

// Who checks a claim and who reviews it. Reviewers and admins hand out the
// work here (PUT /api/claims/:id/assignment); everyone else sees who has it.
// Which people may review is the server's rule; the reviewer list only leaves
// out the claim's author and those who review nothing, as the server would.
import { useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { can, canReviewAny } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import type { Claim } from './types';
import { useAssignees } from './use-assignees';

interface Props {
  claim: Claim;
  actor: Actor;
  onChange(claim: Claim): void;
}

export function ClaimAssignment({ claim, actor, onChange }: Props) {
  const users = useAssignees();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayAssign = can(actor, 'assignment:set');
  const nameOf = (id: string | null) => (id ? (users?.find((u) => u.id === id)?.name ?? '…') : 'nobody');
  const { editorId, reviewerId } = claim.assignment;

  if (!mayAssign) {
    if (!editorId && !reviewerId) return null;
    return (
      <p className="muted" data-testid="claim-assignment">
        Assigned: {nameOf(editorId)} checks it, {nameOf(reviewerId)} reviews it
      </p>
    );
  }

  async function assign(slot: 'editorId' | 'reviewerId', value: string) {
    setBusy(true);
    try {
      const { claim: updated } = await api('PUT /api/claims/{id}/assignment', { params: { id: claim.id }, body: { [slot]: value || null } });
      onChange(updated);
      setFailure(null);
    } catch (e) {
      setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const reviewers = (users ?? []).filter((u) => canReviewAny(u) && u.id !== claim.authorId);
  return (
    <fieldset className="assignment-fields" data-testid="claim-assignment" disabled={busy || !users}>
      <legend>Assigned to</legend>
      <div className="row">
        <label>
          Checks it
          <select value={editorId ?? ''} onChange={(e) => void assign('editorId', e.target.value)}>
            <option value="">— nobody —</option>
            {(users ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reviews it
          <select value={reviewerId ?? ''} onChange={(e) => void assign('reviewerId', e.target.value)}>
            <option value="">— nobody —</option>
            {reviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </fieldset>
  );
}
