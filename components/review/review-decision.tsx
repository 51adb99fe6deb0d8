'use client';

// The reviewer's decision on a claim in review, wherever the claim is read: the
// review queue's card and the workbench's claim card. One comment box: what is
// typed goes with Approve or Request changes (the server posts it to the
// claim's thread, review-claim.ts), or alone with "Comment without deciding";
// so the thread above it is shown read-only. Whether this reviewer may decide is
// asked of the permission rules (four eyes: not its author, nor anyone who
// changed it since its last approval), and the reason is shown when not. A
// decision that meets a newer version (409) keeps the comment and offers the
// other person's version ("Reload theirs") before deciding again.
import { useState } from 'react';
import { api, ApiError, describeError } from '@/lib/api-client';
import { can, decide } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import { reviewSchema } from '@/lib/validation/claims';
import type { Claim } from '@/components/claims/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';

type Decision = 'approve' | 'request_changes';
const OUTCOME: Record<Decision, string> = { approve: 'Approved', request_changes: 'Sent back with requested changes' };

interface Props {
  claim: Pick<Claim, 'id' | 'version' | 'authorId' | 'contributorIds'>;
  actor: Actor;
  /** the comment as typed so far, when the parent keeps it (the queue keeps one per claim, across refetches); else kept here */
  comment?: string;
  onCommentChange?(comment: string): void;
  /** the decision went through: the claim as it now is, and what was decided */
  onDecided(claim: Claim, outcome: string): void;
  /** a comment was posted to the thread without a decision; given, the box offers "Comment without deciding" (the card's one box) */
  onCommented?(): void;
  /** the server's current copy, after a decision met a newer version */
  onReloaded(claim: Claim): void;
}

export function ReviewDecision({ claim, actor, comment: given, onCommentChange, onDecided, onCommented, onReloaded }: Props) {
  const [own, setOwn] = useState('');
  const comment = given ?? own;
  const setComment = onCommentChange ?? setOwn;
  // Kept here, the typed comment is guarded here; the queue guards the ones it keeps.
  useUnsavedChangesGuard(given === undefined && own.trim() !== '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Someone changed the claim since it was loaded: the decision needs their version first.
  const [stale, setStale] = useState(false);
  const allowed = decide(actor, 'claim:review', { authorId: claim.authorId, contributorIds: claim.contributorIds });
  const mayComment = can(actor, 'comment:add', { authorId: claim.authorId });

  async function send(decision: Decision) {
    setBusy(true);
    setError(null);
    try {
      const body = { decision, comment: comment.trim() || undefined, version: claim.version };
      // Checked before sending: a request for changes without a comment is refused here, as the server would.
      const { claim: decided } = await api('POST /api/claims/{id}/review', { params: { id: claim.id }, body, validate: reviewSchema });
      setComment('');
      onDecided(decided, OUTCOME[decision]);
    } catch (e) {
      setStale(e instanceof ApiError && e.status === 409);
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  async function commentOnly() {
    if (!comment.trim()) return setError('Write a comment first.');
    setBusy(true);
    setError(null);
    try {
      await api('POST /api/claims/{id}/comments', { params: { id: claim.id }, body: { body: comment.trim() } });
      setComment('');
      onCommented?.();
    } catch (e) {
      setError(`Could not post the comment: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function reloadTheirs() {
    setBusy(true);
    try {
      const { claim: current } = await api('GET /api/claims/{id}', { params: { id: claim.id } });
      onReloaded(current);
      setStale(false);
      setError(null);
    } catch (e) {
      setError(`Could not reload the claim: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="review-decision" aria-label="Decision" data-testid="review-decision">
      <h4>Decision</h4>
      {!allowed.allowed && (
        <p className="muted" data-testid="review-refused">
          {allowed.reason}.
        </p>
      )}
      <label>
        Comment
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Required when requesting changes; posted to the thread" />
      </label>
      <ErrorAlert message={error} />
      {stale && (
        <p className="row">
          <span className="muted">Someone changed this claim after you loaded it. Reload theirs, check the changes, then decide again; your comment is kept.</span>
          <button type="button" onClick={reloadTheirs} disabled={busy}>
            Reload theirs
          </button>
        </p>
      )}
      <div className="row" style={{ marginTop: '0.5rem' }}>
        <button type="button" className="primary" disabled={busy || stale || !allowed.allowed} onClick={() => send('approve')}>
          Approve
        </button>
        <button type="button" disabled={busy || stale || !allowed.allowed} onClick={() => send('request_changes')}>
          Request changes
        </button>
        {mayComment && onCommented && (
          <button type="button" disabled={busy} onClick={commentOnly}>
            Comment without deciding
          </button>
        )}
      </div>
    </section>
  );
}
