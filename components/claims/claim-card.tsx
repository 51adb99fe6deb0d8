'use client';

// One claim in the side panel: its quote, statement, verdict, rationale,
// sources, workflow status, comments and history. What the user may do is
// asked of the shared permission rules; the server enforces the same rules again.
import { useEffect, useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { can } from '@/lib/domain/permissions';
import { transition } from '@/lib/domain/workflow';
import type { Actor } from '@/lib/domain/types';
import { AnchorChangeNote } from './anchor-change-note';
import { ClaimFields } from './claim-fields';
import { ClaimHistory } from './claim-history';
import { CommentThread } from './comment-thread';
import { SaveStateText, type SaveState } from './save-state';
import { SimilarClaims } from './similar-claims';
import { SourceForm, type SourceInput } from './source-form';
import { SourceList } from './source-list';
import { StaleConflict, type Draft } from './stale-conflict';
import { StatusBadge } from './status-badge';
import type { Claim, Comment, Source, Verdict } from './types';

interface Props {
  claim: Claim;
  verdicts: Verdict[];
  actor: Actor;
  active: boolean;
  onFocus(): void;
  onChange(claim: Claim): void;
  onDeleted(id: string): void;
  /** for a claim whose words were not found: attach it to the current selection */
  onReattach?: () => void;
  /** the claim's comments, when the page loaded them with the article */
  comments?: Comment[];
}

const reason = (error: unknown) => (error instanceof ApiError ? error.describe() : 'unexpected error');
const draftOf = (claim: Claim): Draft => ({ statement: claim.statement, verdict: claim.verdict?.key ?? '', rationale: claim.rationale });
const staleClaim = (error: unknown) => (error instanceof ApiError && error.status === 409 ? ((error.details as { claim?: Claim } | undefined)?.claim ?? null) : null);

export function ClaimCard({ claim, verdicts, actor, active, onFocus, onChange, onDeleted, onReattach, comments }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(claim));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // A 409 on Save: the server's copy, shown against this user's edits until they choose.
  const [conflict, setConflict] = useState<Claim | null>(null);
  // A 409 on anything else (submit): nothing of the user's to keep, just reload.
  const [stale, setStale] = useState<Claim | null>(null);

  // When the server copy changes (another action, or a reload), show it.
  useEffect(() => {
    setDraft(draftOf(claim));
  }, [claim.version, claim.statement, claim.verdict?.key, claim.rationale]);

  const mayEdit = can(actor, 'claim:edit', { authorId: claim.authorId });
  const saved = draftOf(claim);
  const dirty = (Object.keys(saved) as (keyof Draft)[]).some((field) => draft[field] !== saved[field]);

  /** `onStale` takes the server's copy after a 409 and may say what the user should do next. */
  async function run(action: () => Promise<Claim | null>, onStale: (current: Claim) => string | void = setStale) {
    setState({ kind: 'saving' });
    try {
      const updated = await action();
      if (updated) onChange(updated);
      setStale(null);
      setConflict(null);
      setState({ kind: 'saved' });
    } catch (error) {
      const current = staleClaim(error);
      const next = current ? onStale(current) : undefined;
      setState({ kind: 'failed', reason: next || reason(error) });
    }
  }

  /** Only the fields this user edited: a field only the other person changed keeps their value. */
  const patch = (version: number) =>
    run(async () => {
      const edited: Record<string, string | null> = {};
      for (const field of Object.keys(saved) as (keyof Draft)[]) if (draft[field] !== saved[field]) edited[field] = draft[field];
      if ('verdict' in edited) edited.verdict = draft.verdict || null;
      return (await api<{ claim: Claim }>(`/api/claims/${claim.id}`, { method: 'PATCH', body: { version, ...edited } })).claim;
    }, (theirs) => {
      setConflict(theirs);
      return 'someone else saved first; compare and choose below';
    });
  const save = () => patch(claim.version);
  const takeTheirs = (theirs: Claim) => {
    setConflict(null);
    setState({ kind: 'idle' });
    onChange(theirs);
  };
  const submit = () => run(async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}/submit`, { method: 'POST', body: { version: claim.version } })).claim);
  const reload = async () => run(async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}`)).claim);
  const fetchClaim = async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}`)).claim;

  async function addSource(input: SourceInput): Promise<boolean> {
    let ok = false;
    await run(async () => {
      await api(`/api/claims/${claim.id}/sources`, { method: 'POST', body: input });
      ok = true;
      return fetchClaim();
    });
    return ok;
  }

  const removeSource = (source: Source) =>
    run(async () => {
      await api(`/api/claims/${claim.id}/sources/${source.id}`, { method: 'DELETE' });
      return fetchClaim();
    });

  async function remove() {
    if (!window.confirm('Delete this claim? Its history is kept in the audit log.')) return;
    try {
      await api(`/api/claims/${claim.id}`, { method: 'DELETE' });
      onDeleted(claim.id);
    } catch (error) {
      setState({ kind: 'failed', reason: reason(error) });
    }
  }

  return (
    <article className={`card claim-card${active ? ' is-active' : ''}`} data-testid="claim-card" data-claim-id={claim.id} onFocusCapture={onFocus} id={`card-${claim.id}`}>
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
        <span className="muted">by {claim.author.name}</span>
      </div>
      <blockquote onClick={onFocus} title="Show in the text">
        “{claim.selector.exact}”
      </blockquote>
      {claim.anchorStatus !== 'INTACT' && <AnchorChangeNote claimId={claim.id} version={claim.version} />}
      <ClaimFields draft={draft} verdicts={verdicts} disabled={!mayEdit || !!conflict} onChange={setDraft} />
      <div className="row" style={{ marginTop: '0.5rem' }}>
        {mayEdit && (
          <button type="button" className="primary" onClick={save} disabled={!dirty || !!conflict || state.kind === 'saving'}>
            Save
          </button>
        )}
        <SaveStateText state={state} />
        {stale && !conflict && (
          <button type="button" onClick={reload}>
            Load the latest version
          </button>
        )}
      </div>
      {conflict && (
        <StaleConflict
          base={claim}
          theirs={conflict}
          mine={draft}
          verdicts={verdicts}
          busy={state.kind === 'saving'}
          onKeepMine={() => patch(conflict.version)}
          onUseTheirs={() => takeTheirs(conflict)}
        />
      )}
      <h4>Sources</h4>
      <SourceList sources={claim.sources} canRemove={(s) => can(actor, 'source:remove', { authorId: claim.authorId, sourceAddedById: s.createdById })} onRemove={removeSource} />
      {can(actor, 'source:add') && <SourceForm onAdd={addSource} />}
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
      <CommentThread claimId={claim.id} authorId={claim.authorId} actor={actor} refreshKey={claim.version} initial={comments} />
      <ClaimHistory claimId={claim.id} version={claim.version} verdicts={verdicts} />
      {/* Last in the card: it appears when the card becomes active, and must not move the buttons being clicked. */}
      <SimilarClaims claimId={claim.id} statement={claim.statement} active={active} />
    </article>
  );
}
