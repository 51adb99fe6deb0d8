'use client';

// One claim in the side panel: its quote, statement, verdict, rationale,
// sources, workflow status, comments and history, and, for a reviewer of a
// claim in review, the decision (the review queue's, ReviewDecision). What the
// user may do is asked of the shared permission rules; the server enforces the
// same rules again.
// What the user types is a draft kept above the card (draft-store.ts): a new
// server copy (a source added, a teammate's save, a 409) is rebased under it,
// never written over it, and the card says "Unsaved changes" until it is saved.
import { useState, type Ref, type RefCallback } from 'react';
import { flushSync } from 'react-dom';
import { api, ApiError, describeError } from '@/lib/api-client';
import { can, canReviewAny } from '@/lib/domain/permissions';
import { transition } from '@/lib/domain/workflow';
import type { Actor } from '@/lib/domain/types';
import { ReviewDecision } from '@/components/review/review-decision';
import { AnchorChangeNote } from './anchor-change-note';
import { acknowledgeSave, draftOf, edits, refused, updateBody } from './claim-draft';
import { ClaimAssignment } from './claim-assignment';
import { ClaimFields } from './claim-fields';
import { ClaimHistory } from './claim-history';
import { CommentThread } from './comment-thread';
import { useClaimDraft } from './draft-store';
import { SaveStateText, type SaveState } from './save-state';
import { SimilarClaims } from './similar-claims';
import { SourceForm, type SourceInput } from './source-form';
import { addSourceSchema, updateClaimSchema } from '@/lib/validation/claims';
import { SourceList } from './source-list';
import { StaleConflict } from './stale-conflict';
import { StatusBadge } from './status-badge';
import type { Claim, Comment, Source, Verdict } from './types';

interface Props {
  claim: Claim;
  verdicts: Verdict[];
  actor: Actor;
  active: boolean;
  /** focus entered the card: it becomes the active claim */
  onFocus(): void;
  /** the quote was clicked: scroll the article to the claim's words */
  onShowInText(): void;
  onChange(claim: Claim): void;
  onDeleted(id: string): void;
  /** for a claim whose words were not found: attach it to the current selection */
  onReattach?: () => void;
  /** the claim's comments, when the page loaded them with the article */
  comments?: Comment[];
  /** the card's root element, for whoever scrolls to it (the stand-in's too, see LazyClaimCard) */
  cardRef?: RefCallback<HTMLElement>;
  /** the statement field, for whoever moves the focus there */
  statementRef?: Ref<HTMLTextAreaElement>;
  /** in the compact list: fold this card back to its line */
  onCollapse?: () => void;
}

/** "3 Dec": the day is what an editor recognises; the full time is in the tooltip. */
const shortDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
const staleClaim = (error: unknown) => (error instanceof ApiError && error.status === 409 ? ((error.details as { claim?: Claim } | undefined)?.claim ?? null) : null);

export function ClaimCard({ claim, verdicts, actor, active, onFocus, onShowInText, onChange, onDeleted, onReattach, comments, cardRef, statementRef, onCollapse }: Props) {
  const { draft, pending, dirty, setDraft, update, discard } = useClaimDraft(claim);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // A 409 on anything but Save (submit): nothing of the user's to keep, just reload.
  const [stale, setStale] = useState<Claim | null>(null);
  // A comment posted from the decision box without a decision: the thread loads again to show it.
  const [posted, setPosted] = useState(0);
  // A 409 on Save, or a new copy that changed what the user is editing: the draft
  // holds the copy they started from until they choose (keep mine / reload theirs).
  const conflict = pending?.conflict ?? null;

  const mayEdit = can(actor, 'claim:edit', { authorId: claim.authorId });

  /**
   * Runs one request. `done` says what succeeded when the card still holds
   * unsaved edits ("Saved" alone would claim they were saved too); `onStale`
   * takes the server's copy after a 409 and may say what to do next.
   */
  async function run(action: () => Promise<Claim | null>, options: { done?: string; onStale?: (current: Claim) => string | void; retry?: boolean } = {}) {
    const { done, onStale = setStale, retry } = options;
    setState({ kind: 'saving' });
    try {
      const updated = await action();
      if (updated) onChange(updated);
      setStale(null);
      setState({ kind: 'saved', done });
    } catch (error) {
      const current = staleClaim(error);
      const next = current ? onStale(current) : undefined;
      // A refused save keeps the draft as typed; Retry sends it again (not for a 409: that needs a choice).
      setState({ kind: 'failed', reason: next || describeError(error), retry: !current && !!retry });
    }
  }

  /** Only the fields this user edited, on top of the server's copy: a field only the other person changed keeps their value. */
  const save = () =>
    run(
      async () => {
        if (!pending) return null;
        const sent = edits(pending);
        const body = { version: claim.version, ...updateBody(sent, pending.mine, claim.appearance) };
        // Checked before sending, so a claimant without a type is named on the card, not after a round trip.
        const { claim: updated } = await api('PATCH /api/claims/{id}', { params: { id: claim.id }, body, validate: updateClaimSchema });
        // What was sent is saved; anything typed while it was on its way stays
        // unsaved. One render for both, so no field shows the old copy meanwhile.
        flushSync(() => {
          onChange(updated);
          update((current) => acknowledgeSave(current, sent, draftOf(updated), updated.version));
        });
        return null;
      },
      {
        retry: true,
        onStale: (theirs) => {
          flushSync(() => {
            onChange(theirs);
            update((current) => refused(current, draftOf(theirs), theirs.version));
          });
          return 'someone else saved first; compare and choose below';
        },
      },
    );
  const reloadTheirs = () => {
    discard();
    setState({ kind: 'idle' });
  };
  const submit = () => run(async () => (await api('POST /api/claims/{id}/submit', { params: { id: claim.id }, body: { version: claim.version } })).claim);
  const fetchClaim = async () => (await api('GET /api/claims/{id}', { params: { id: claim.id } })).claim;
  const reload = () => run(fetchClaim);

  async function addSource(input: SourceInput): Promise<boolean> {
    let ok = false;
    await run(
      async () => {
        // The answer carries the claim as it now is (its new version): no second request.
        const { claim: updated } = await api('POST /api/claims/{id}/sources', { params: { id: claim.id }, body: input, validate: addSourceSchema });
        ok = true;
        return updated;
      },
      { done: 'Source added' },
    );
    return ok;
  }

  const removeSource = (source: Source) =>
    run(
      async () => {
        await api('DELETE /api/claims/{id}/sources/{sourceId}', { params: { id: claim.id, sourceId: source.id } });
        return fetchClaim();
      },
      { done: 'Source removed' },
    );

  async function remove() {
    if (!window.confirm('Delete this claim? Its history is kept in the audit log.')) return;
    try {
      await api('DELETE /api/claims/{id}', { params: { id: claim.id } });
      discard();
      onDeleted(claim.id);
    } catch (error) {
      setState({ kind: 'failed', reason: describeError(error) });
    }
  }

  const mayChangeSources = can(actor, 'source:add', { authorId: claim.authorId });
  // Reviewers see the decision on a claim in review; it says why when four eyes keeps them from it.
  const deciding = claim.status === 'IN_REVIEW' && canReviewAny(actor);

  return (
    <article
      className={`card claim-card${active ? ' is-active' : ''}${dirty ? ' is-unsaved' : ''}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      onFocusCapture={onFocus}
      ref={cardRef}
      // Focusable as a whole, so a highlight click can hand it the focus (and a keyboard user lands on it).
      tabIndex={-1}
      aria-label={`Claim: ${claim.selector.exact.slice(0, 80)}`}
    >
      <div className="row">
        <StatusBadge status={claim.status} />
        {claim.anchorStatus === 'CHANGED' && (
          <span className="badge anchor-CHANGED" title="The quoted words changed in a later revision: check the verdict again">
            words changed
          </span>
        )}
        {claim.anchorStatus === 'ORPHANED' && (
          <span className="badge anchor-ORPHANED" title="The quoted words are no longer in the article">
            not in text
          </span>
        )}
        {dirty && (
          <span className="badge unsaved" data-testid="unsaved-changes" title="What you typed on this card is not saved yet">
            Unsaved changes
          </span>
        )}
        <span className="muted">by {claim.author.name}</span>
        {onCollapse && (
          <button type="button" className="link-button claim-collapse" onClick={onCollapse} aria-expanded={true}>
            Show as one line
          </button>
        )}
      </div>
      {claim.lastApproval && (
        <p className="muted" data-testid="published-version">
          {claim.status === 'APPROVED' ? 'Published: approved ' : 'Published version: approved '}
          <time dateTime={claim.lastApproval.approvedAt} title={new Date(claim.lastApproval.approvedAt).toLocaleString()}>
            {shortDate(claim.lastApproval.approvedAt)}
          </time>{' '}
          by {claim.lastApproval.approvedBy.name}
          {claim.status === 'APPROVED' ? '' : '; current edits are in review'}
        </p>
      )}
      <blockquote onClick={onShowInText} title="Show in the text">
        “{claim.selector.exact}”
      </blockquote>
      {claim.anchorStatus !== 'INTACT' && <AnchorChangeNote claimId={claim.id} version={claim.version} />}
      <ClaimFields draft={draft} verdicts={verdicts} disabled={!mayEdit || !!conflict} onChange={setDraft} statementRef={statementRef} />
      <div className="row" style={{ marginTop: '0.5rem' }}>
        {mayEdit && (
          <button type="button" className="primary" onClick={save} disabled={!dirty || !!conflict || state.kind === 'saving'}>
            Save
          </button>
        )}
        <SaveStateText state={state} unsaved={dirty} />
        {state.kind === 'failed' && state.retry && (
          <button type="button" onClick={save}>
            Retry
          </button>
        )}
        {stale && !conflict && (
          <button type="button" onClick={reload}>
            Load the latest version
          </button>
        )}
      </div>
      {conflict && pending && (
        <StaleConflict before={conflict.before} theirs={claim} mine={edits(pending)} verdicts={verdicts} busy={state.kind === 'saving'} onKeepMine={save} onReloadTheirs={reloadTheirs} />
      )}
      <ClaimAssignment claim={claim} actor={actor} onChange={onChange} />
      <h4>Sources</h4>
      <SourceList sources={claim.sources} canRemove={() => can(actor, 'source:remove', { authorId: claim.authorId })} onRemove={removeSource} />
      {mayChangeSources ? <SourceForm onAdd={addSource} /> : <p className="muted">Only the author or an admin can change sources — propose one in the comments below.</p>}
      <div className="row">
        {can(actor, 'claim:submit', { authorId: claim.authorId }) && transition(claim.status, 'submit').ok && (
          <button type="button" onClick={submit} disabled={dirty || state.kind === 'saving'} title={dirty ? 'Save your changes first' : undefined}>
            Submit for review
          </button>
        )}
        {onReattach && mayEdit && (
          <button type="button" onClick={onReattach}>
            Re-attach to selection
          </button>
        )}
        {can(actor, 'claim:delete', { authorId: claim.authorId }) && (
          <button type="button" className="danger" onClick={remove}>
            Delete
          </button>
        )}
      </div>
      <CommentThread claimId={claim.id} authorId={claim.authorId} actor={actor} refreshKey={`${claim.version}:${posted}`} initial={comments} readOnly={deciding} />
      {deciding && (
        <ReviewDecision
          claim={claim}
          actor={actor}
          onDecided={(decided, outcome) => {
            onChange(decided);
            setState({ kind: 'saved', done: outcome });
          }}
          onCommented={() => setPosted((n) => n + 1)}
          onReloaded={onChange}
        />
      )}
      <ClaimHistory claimId={claim.id} version={claim.version} verdicts={verdicts} />
      {/* Last in the card: it appears when the card becomes active, and must not move the buttons being clicked. */}
      <SimilarClaims claimId={claim.id} statement={claim.statement} active={active} />
    </article>
  );
}
