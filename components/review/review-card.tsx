'use client';

// One claim waiting for review: what the author says, what changed since it
// was last approved, the conversation so far, and the decision.
import { useState } from 'react';
import Link from 'next/link';
import { api, ApiError } from '@/lib/api-client';
import type { Actor } from '@/lib/domain/types';
import { AnchorChangeNote } from '@/components/claims/anchor-change-note';
import { CommentThread } from '@/components/claims/comment-thread';
import type { Claim, Comment } from '@/components/claims/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ChangesSinceApproval } from './changes-since-approval';
import { submittedAgo } from './waiting-time';

export type QueueClaim = Claim & { article: { id: string; title: string }; submittedAt?: string | null; comments?: Comment[] };

interface Props {
  claim: QueueClaim;
  actor: Actor;
  onDone(id: string, outcome: string): void;
}

export function ReviewCard({ claim, actor, onDone }: Props) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submittedAt = claim.submittedAt ?? claim.updatedAt;

  async function decide(decision: 'approve' | 'request_changes') {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/claims/${claim.id}/review`, { method: 'POST', body: { decision, comment: comment.trim() || undefined, version: claim.version } });
      onDone(claim.id, decision === 'approve' ? 'Approved' : 'Sent back with requested changes');
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : 'unexpected error');
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
      <label>
        Comment
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Required when requesting changes" />
      </label>
      <ErrorAlert message={error} />
      <div className="row" style={{ marginTop: '0.5rem' }}>
        <button type="button" className="primary" disabled={busy} onClick={() => decide('approve')}>
          Approve
        </button>
        <button type="button" disabled={busy} onClick={() => decide('request_changes')}>
          Request changes
        </button>
      </div>
    </article>
  );
}

