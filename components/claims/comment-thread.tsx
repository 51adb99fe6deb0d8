'use client';

// The conversation about one claim: reviewers' decisions with their comments
// and everyone's replies, oldest first. Used on the claim card and the review
// card alike, so the author and the reviewer read the same thread. Where the
// review decision is offered, its comment box is the one box (it posts here),
// and the thread is shown without its own.
import { useState, type FormEvent } from 'react';
import { api, describeError } from '@/lib/api-client';
import { can } from '@/lib/domain/permissions';
import type { Actor, ReviewDecision } from '@/lib/domain/types';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useApiGet } from '@/components/ui/use-api-get';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import type { CommentDto as Comment } from '@/lib/server/comments/comment-dto';

export type { Comment };

interface Props {
  claimId: string;
  authorId: string;
  actor: Actor;
  /** changes when the claim does (a review adds a comment): reload then */
  refreshKey?: unknown;
  /** the thread as already loaded with the rest of the page (the workbench loads all threads at once) */
  initial?: Comment[];
  /** no reply box: another box on the card posts to the thread (the review decision's) */
  readOnly?: boolean;
}

const DECISION_LABEL: Record<ReviewDecision, string> = { APPROVE: 'Approved', REQUEST_CHANGES: 'Changes requested' };

export function CommentThread({ claimId, authorId, actor, refreshKey, initial, readOnly = false }: Props) {
  // With the thread handed in, the first load is already done; a change of refreshKey reloads it.
  const thread = useApiGet('GET /api/claims/{id}/comments', { params: { id: claimId } }, 'Could not load the comments', refreshKey, initial && { comments: initial });
  const comments = thread.data?.comments ?? null;
  const loadError = thread.error;
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [postError, setPostError] = useState<string | null>(null);
  // A reply typed and not yet posted is typed text like a card's edits: leaving asks first.
  useUnsavedChangesGuard(reply.trim() !== '');

  async function post(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reply.trim()) return setPostError('Write something first.');
    setBusy(true);
    setPostError(null);
    try {
      const { comment } = await api('POST /api/claims/{id}/comments', { params: { id: claimId }, body: { body: reply.trim() } });
      thread.setData((current) => ({ comments: [...(current?.comments ?? []), comment] }));
      setReply('');
    } catch (e) {
      setPostError(`Could not post the reply: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="comment-thread" aria-label="Comments" data-testid="comment-thread">
      <h4>Comments{comments && comments.length > 0 ? ` (${comments.length})` : ''}</h4>
      <ErrorAlert message={loadError} />
      {comments && comments.length === 0 && <p className="muted">No comments yet.</p>}
      {comments && comments.length > 0 && (
        <ol className="comments">
          {comments.map((comment) => (
            <li key={comment.id} data-testid="comment">
              <div className="row">
                <strong>{comment.author.name}</strong>
                <span className="muted">
                  {comment.author.role.toLowerCase()} · <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
                </span>
                {comment.decision && <span className={`badge decision-${comment.decision}`}>{DECISION_LABEL[comment.decision]}</span>}
              </div>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {!readOnly && can(actor, 'comment:add', { authorId }) && (
        <form onSubmit={post} aria-label="Reply to the thread">
          <label>
            Reply
            <textarea rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
          </label>
          <ErrorAlert message={postError} />
          <p>
            <button type="submit" disabled={busy}>
              Post reply
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
