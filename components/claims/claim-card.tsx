'use client';

// One claim in the side panel: its quote, statement, verdict, rationale,
// sources and workflow status. What the user may do is asked of the shared
// permission rules; the server enforces the same rules again.
import { useEffect, useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { can } from '@/lib/domain/permissions';
import { transition } from '@/lib/domain/workflow';
import type { Actor } from '@/lib/domain/types';
import { AnchorChangeNote } from './anchor-change-note';
import { SaveStateText, type SaveState } from './save-state';
import { SourceForm, type SourceInput } from './source-form';
import { SourceList } from './source-list';
import { StatusBadge } from './status-badge';
import type { Claim, Source, Verdict } from './types';

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
}

const reason = (error: unknown) => (error instanceof ApiError ? error.describe() : 'unexpected error');

export function ClaimCard({ claim, verdicts, actor, active, onFocus, onChange, onDeleted, onReattach }: Props) {
  const [statement, setStatement] = useState(claim.statement);
  const [verdict, setVerdict] = useState(claim.verdict?.key ?? '');
  const [rationale, setRationale] = useState(claim.rationale);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [stale, setStale] = useState<Claim | null>(null);

  // When the server copy changes (another action, or a reload), show it.
  useEffect(() => {
    setStatement(claim.statement);
    setVerdict(claim.verdict?.key ?? '');
    setRationale(claim.rationale);
  }, [claim.version, claim.statement, claim.verdict?.key, claim.rationale]);

  const mayEdit = can(actor, 'claim:edit', { authorId: claim.authorId });
  const dirty = statement !== claim.statement || verdict !== (claim.verdict?.key ?? '') || rationale !== claim.rationale;

  async function run(action: () => Promise<Claim | null>) {
    setState({ kind: 'saving' });
    try {
      const updated = await action();
      if (updated) onChange(updated);
      setStale(null);
      setState({ kind: 'saved' });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = (error.details as { claim?: Claim } | undefined)?.claim ?? null;
        setStale(current);
      }
      setState({ kind: 'failed', reason: reason(error) });
    }
  }

  const save = () =>
    run(async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}`, { method: 'PATCH', body: { version: claim.version, statement, verdict: verdict || null, rationale } })).claim);
  const submit = () => run(async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}/submit`, { method: 'POST', body: { version: claim.version } })).claim);
  const reload = async () => run(async () => (await api<{ claim: Claim }>(`/api/claims/${claim.id}`)).claim);

  async function addSource(input: SourceInput): Promise<boolean> {
    let ok = false;
    await run(async () => {
      await api(`/api/claims/${claim.id}/sources`, { method: 'POST', body: input });
      ok = true;
      return (await api<{ claim: Claim }>(`/api/claims/${claim.id}`)).claim;
    });
    return ok;
  }

  const removeSource = (source: Source) =>
    run(async () => {
      await api(`/api/claims/${claim.id}/sources/${source.id}`, { method: 'DELETE' });
      return (await api<{ claim: Claim }>(`/api/claims/${claim.id}`)).claim;
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
      <label>
        Statement
        <textarea rows={2} value={statement} disabled={!mayEdit} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <label>
        Verdict
        <select value={verdict} disabled={!mayEdit} onChange={(e) => setVerdict(e.target.value)}>
          <option value="">— no verdict yet —</option>
          {verdicts.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rationale
        <textarea rows={3} value={rationale} disabled={!mayEdit} onChange={(e) => setRationale(e.target.value)} />
      </label>
      <div className="row" style={{ marginTop: '0.5rem' }}>
        {mayEdit && (
          <button type="button" className="primary" onClick={save} disabled={!dirty || state.kind === 'saving'}>
            Save
          </button>
        )}
        <SaveStateText state={state} />
        {stale && (
          <button type="button" onClick={reload}>
            Load the latest version
          </button>
        )}
      </div>
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
    </article>
  );
}
