'use client';

// One claim waiting for review: what the author says, what changed since it
// was last approved, the conversation so far, and the decision. Whether this
// reviewer may decide is asked of the permission rules (four eyes: not the
// author, nor anyone who changed it since its last approval). The typed
// comment is held by the queue, so a refetch or a reload of the claim keeps it.
import { useState } from 'react';
import Link from 'next/link';
import { api, ApiError, describeError } from '@/lib/api-client';
import { decide } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import { AnchorChangeNote } from '@/components/claims/anchor-change-note';
import { CommentThread } from '@/components/claims/comment-thread';
import { StatusBadge } from '@/components/claims/status-badge';
import type { Claim } from '@/components/claims/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ChangesSinceApproval } from './changes-since-approval';
import { submittedAgo } from './waiting-time';
import type { QueuedClaim } from '@/lib/server/claims/list-review-queue';

/** A claim as the review queue answers it: with its article, when it entered review, and its thread. */
export type QueueClaim = QueuedClaim;

interface Props {
  claim: QueueClaim;
  actor: Actor;
  /** the reviewer's decision comment, as typed so far */
  comment: string;
  onCommentChange(comment: string): void;
  onDone(id: string, outcome: string): void;
  /** the server's current copy, after a decision met a newer version (409) */
  onReloaded(claim: Claim): void;
}

export function ReviewCard({ claim, actor, comment, onCommentChange, onDone, onReloaded }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The claim changed since the queue was loaded: the decision needs the current copy first.
  const [stale, setStale] = useState(false);
  const { submittedAt } = claim;
  const allowed = decide(actor, 'claim:review', { authorId: claim.authorId, contributorIds: claim.contributorIds });

  async function send(decision: 'approve' | 'request_changes') {
    setBusy(true);
    setError(null);
    try {
      await api('POST /api/claims/{id}/review', { params: { id: claim.id }, body: { decision, comment: comment.trim() || undefined, version: claim.version } });
      onDone(claim.id, decision === 'approve' ? 'Approved' : 'Sent back with requested changes');
    } catch (e) {
      setStale(e instanceof ApiError && e.status === 409);
      setError(describeError(e));
      setBusy(false);
    }
  }

  async function reload() {
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
    <article className="card" data-testid="review-card" data-claim-id={claim.id}>
      <p className="muted">
        <Link href={`/articles/${claim.article.id}`}>{claim.article.title}</Link> · by {claim.author.name} ·{' '}
        <time dateTime={submittedAt} title={new Date(submittedAt).toLocaleString()}>
          {submittedAgo(submittedAt)}
        </time>
        {/* A reloaded claim may have left review meanwhile: say so. */}
        {claim.status !== 'IN_REVIEW' && (
          <>
            {' '}
            · <StatusBadge status={claim.status} />
          </>
        )}
      </p>
      <blockquote>“{claim.selector.exact}”</blockquote>
      {claim.anchorStatus !== 'INTACT' && <AnchorChangeNote claimId={claim.id} version={claim.version} />}
      <p>
        <strong>Statement:</strong> {claim.statement}
      </p>
      <p>
        <strong>Verdict:</strong> {claim.verdict?.label ?? '—'}
      </p>
      <p>
        <strong>Rationale:</strong> {claim.rationale || <span className="muted">none given</span>}
      </p>
      <strong>Sources</strong>
      <ol className="sources">
        {claim.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title || source.url}
            </a>
            {source.publisher && <span className="muted"> · {source.publisher}</span>}
          </li>
        ))}
      </ol>
      <ChangesSinceApproval claimId={claim.id} version={claim.version} />
      <CommentThread claimId={claim.id} authorId={claim.authorId} actor={actor} refreshKey={claim.version} initial={claim.comments} />
      <h4>Decision</h4>
      {!allowed.allowed && (
        <p className="muted" data-testid="review-refused">
          {allowed.reason}.
        </p>
      )}
      <label>
        Comment
        <textarea rows={2} value={comment} onChange={(e) => onCommentChange(e.target.value)} placeholder="Required when requesting changes" />
      </label>
      <ErrorAlert message={error} />
      {stale && (
        <p className="row">
          <span className="muted">Someone changed this claim after the queue was loaded. Reload it, check the changes, then decide again; your comment is kept.</span>
          <button type="button" onClick={reload} disabled={busy}>
            Reload the claim
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
      </div>
    </article>
  );
}
