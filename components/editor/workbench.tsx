'use client';

// The workbench: the article on the left, its claims on the right. Selecting
// text and pressing "Add claim" (or Ctrl/Cmd+Alt+C) saves a claim anchored to
// the selection; a highlight and its card focus each other.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import type { Actor } from '@/lib/domain/types';
import { ClaimCard } from '@/components/claims/claim-card';
import type { Claim, Verdict } from '@/components/claims/types';
import { ArticleEditor, type ArticleEditorHandle } from './article-editor';
import { ExportControls } from './export-controls';

interface ArticleView {
  article: { id: string; title: string; outlet: string | null; url: string | null };
  revision: { id: string; number: number; text: string };
  claims: Claim[];
}

export function Workbench({ articleId, actor }: { articleId: string; actor: Actor }) {
  const [view, setView] = useState<ArticleView | null>(null);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const editorRef = useRef<ArticleEditorHandle>(null);

  useEffect(() => {
    Promise.all([api<ArticleView>(`/api/articles/${articleId}`), api<{ verdicts: Verdict[] }>('/api/verdicts')])
      .then(([article, scale]) => {
        setView(article);
        setVerdicts(scale.verdicts);
      })
      .catch((e: unknown) => setMessage({ error: true, text: e instanceof ApiError ? e.describe() : 'Could not load the article' }));
  }, [articleId]);

  const colors = useMemo(() => new Map(verdicts.map((v) => [v.key, v.color])), [verdicts]);
  const anchored = useMemo(() => (view?.claims ?? []).filter((c) => c.anchorStatus !== 'ORPHANED'), [view]);
  const highlights = useMemo(
    () => anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end, color: c.verdict ? (colors.get(c.verdict.key) ?? null) : null })),
    [anchored, colors],
  );

  const focusClaim = useCallback((id: string, from: 'text' | 'card') => {
    setActiveId(id);
    if (from === 'text') document.getElementById(`card-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    else editorRef.current?.scrollToClaim(id);
  }, []);

  const replaceClaim = (claim: Claim) =>
    setView((current) => current && { ...current, claims: current.claims.map((c) => (c.id === claim.id ? claim : c)) });

  const addClaim = useCallback(async () => {
    if (!view) return;
    const range = editorRef.current?.selectedRange();
    if (!range) {
      setMessage({ error: true, text: 'Select the words of the claim in the article first.' });
      return;
    }
    const selector = { ...range, exact: view.revision.text.slice(range.start, range.end) };
    try {
      const { claim } = await api<{ claim: Claim }>(`/api/articles/${articleId}/claims`, { method: 'POST', body: { selector } });
      setView((current) => current && { ...current, claims: [...current.claims, claim].sort((a, b) => a.selector.start - b.selector.start) });
      setActiveId(claim.id);
      window.getSelection()?.removeAllRanges();
      setMessage({ error: false, text: 'Claim added.' });
    } catch (e) {
      setMessage({ error: true, text: `Could not add the claim: ${e instanceof ApiError ? e.describe() : 'unexpected error'}` });
    }
  }, [articleId, view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyC') {
        event.preventDefault();
        void addClaim();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [addClaim]);

  if (!view) return message ? <p className="error">{message.text}</p> : <p className="muted">Loading…</p>;
  const orphaned = view.claims.filter((c) => c.anchorStatus === 'ORPHANED');

  return (
    <main>
      <h1>{view.article.title}</h1>
      <p className="muted">
        {view.article.outlet ?? 'Unknown outlet'} · revision {view.revision.number} · {view.claims.length} claim(s)
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={addClaim} title="Ctrl/Cmd + Alt + C">
          Add claim
        </button>
        <span className="muted">Select words in the article, then Add claim (Ctrl/Cmd+Alt+C).</span>
        <span className="spacer" style={{ flex: 1 }} />
        <ExportControls articleId={articleId} />
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      <div className="workbench">
        <ArticleEditor ref={editorRef} text={view.revision.text} claims={highlights} activeId={activeId} onClaimClick={(id) => focusClaim(id, 'text')} />
        <aside className="side-panel" aria-label="Claims">
          {view.claims.length === 0 && <p className="muted">No claims yet.</p>}
          {[...anchored, ...orphaned].map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              verdicts={verdicts}
              actor={actor}
              active={claim.id === activeId}
              onFocus={() => focusClaim(claim.id, 'card')}
              onChange={replaceClaim}
              onDeleted={(id) => setView((current) => current && { ...current, claims: current.claims.filter((c) => c.id !== id) })}
            />
          ))}
        </aside>
      </div>
    </main>
  );
}
