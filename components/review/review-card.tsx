'use client';

// One claim waiting for review: what the author says and on what evidence
// (each source with its quoted passage and the day it was accessed), what
// changed since it was sent back or last approved, the conversation so far,
// and the decision (ReviewDecision, the same as on the workbench's claim card).
// The typed comment is held by the queue, so a refetch or a reload of the
// claim keeps it. "Open in the article" leads to the claim in its text.
import { useState } from 'react';
import Link from 'next/link';
import type { Actor } from '@/lib/domain/types';
import { AnchorChangeNote } from '@/components/claims/anchor-change-note';
import { CommentThread } from '@/components/claims/comment-thread';
import { SourceList } from '@/components/claims/source-list';
import { StatusBadge } from '@/components/claims/status-badge';
import type { Claim } from '@/components/claims/types';
import { ChangesSinceApproval } from './changes-since-approval';
import { ChangesSinceRequest } from './changes-since-request';
import { ReviewDecision } from './review-decision';
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
  const { submittedAt } = claim;
  // A comment posted without a decision: the thread loads again to show it.
  const [posted, setPosted] = useState(0);

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
      <p>
        <Link href={`/articles/${claim.article.id}?claim=${encodeURIComponent(claim.id)}`}>Open in the article</Link>
      </p>
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
      <SourceList sources={claim.sources} />
      <ChangesSinceRequest claimId={claim.id} version={claim.version} />
      <ChangesSinceApproval claimId={claim.id} version={claim.version} />
      <CommentThread claimId={claim.id} authorId={claim.authorId} actor={actor} refreshKey={`${claim.version}:${posted}`} initial={claim.comments} readOnly />
      <ReviewDecision
        claim={claim}
        actor={actor}
        comment={comment}
        onCommentChange={onCommentChange}
        onDecided={(_, outcome) => onDone(claim.id, outcome)}
        onCommented={() => setPosted((n) => n + 1)}
        onReloaded={onReloaded}
      />
    </article>
  );
}
