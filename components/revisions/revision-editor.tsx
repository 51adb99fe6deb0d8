'use client';

// Writing a new revision: the current text to edit (or a new version pasted
// over it), a note, and then what re-anchoring did to every claim.
import Link from 'next/link';
import { useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Claim } from '@/components/claims/types';
import type { Reanchored } from './types';
import { ErrorAlert } from '@/components/ui/error-alert';

interface Props {
  articleId: string;
  baseRevision: number;
  text: string;
  claims: Claim[];
  onSaved(): void;
}

const OUTCOME_LABEL = { INTACT: 'found unchanged', CHANGED: 'words changed: back to review', ORPHANED: 'not found' } as const;

export function RevisionEditor({ articleId, baseRevision, text, claims, onSaved }: Props) {
  const [draft, setDraft] = useState(text);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The quotes as they were before this revision, kept with the result: the
  // claims list reloads after saving and then holds the new words.
  const [result, setResult] = useState<{ number: number; reanchored: Reanchored[]; quotes: Map<string, string> } | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const response = await api('POST /api/articles/{id}/revisions', {
        params: { id: articleId },
        body: { text: draft, note: note.trim() || undefined, baseRevision },
      });
      const quotes = new Map(claims.map((c) => [c.id, c.selector.exact]));
      setResult({ number: response.revision.number, reanchored: response.reanchored, quotes });
      onSaved();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    const count = (status: string) => result.reanchored.filter((r) => r.anchorStatus === status).length;
    return (
      <section className="card" data-testid="reanchor-result">
        <h3>Saved as revision {result.number}</h3>
        <p>
          {count('INTACT')} claim(s) found unchanged, {count('CHANGED')} with changed words (back in review), {count('ORPHANED')} not found.
        </p>
        <ul>
          {result.reanchored
            .filter((r) => r.anchorStatus !== 'INTACT' || r.reason)
            .map((r) => (
              <li key={r.claimId} data-anchor-status={r.anchorStatus}>
                “{result.quotes.get(r.claimId) ?? r.claimId}” — {OUTCOME_LABEL[r.anchorStatus]}
                {r.reason ? ` (${r.reason})` : ''}
              </li>
            ))}
        </ul>
        <Link href={`/articles/${articleId}`}>Back to the workbench</Link>
      </section>
    );
  }

  return (
    <section className="card">
      <h3>Edit the text (new revision after {baseRevision})</h3>
      <p className="muted">Edit below or paste the updated article over it. Old revisions are kept; every claim is re-anchored.</p>
      <label>
        Article text
        <textarea className="article-source" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Outlet corrected the death toll" />
      </label>
      <ErrorAlert message={error} />
      <p>
        <button type="button" className="primary" disabled={busy || draft === text} onClick={save}>
          {busy ? 'Saving…' : 'Save new revision'}
        </button>
      </p>
    </section>
  );
}
