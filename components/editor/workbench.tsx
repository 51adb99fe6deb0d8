'use client';

// The workbench: the article on the left, its claims on the right. Selecting
// text and pressing "Add claim" (or Ctrl/Cmd+Alt+C) saves a claim anchored to
// the selection; a highlight and its card focus each other. Claims whose words
// are gone from the latest revision are listed apart and can be re-attached.
// Unsaved card edits are kept here, per claim (DraftStore), so a card that is
// rebuilt keeps them, and leaving the page with any of them asks first.
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Actor } from '@/lib/domain/types';
import { DraftStore, DraftStoreProvider, useHasUnsavedDrafts } from '@/components/claims/draft-store';
import { LazyClaimCard } from '@/components/claims/lazy-claim-card';
import type { Claim, Comment, Verdict } from '@/components/claims/types';
import { SuggestionsPanel } from '@/components/suggestions/suggestions-panel';
import type { Suggestion } from '@/components/suggestions/types';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import type { SuggestedRange } from '@/lib/editor/build-document';
import { ArticleEditor, type ArticleEditorHandle } from './article-editor';
import { ExportControls } from './export-controls';
import { useWorkbenchKeys } from './use-workbench-keys';
import type { ArticleView } from '@/lib/server/articles/get-article';

/** Cards built at once; later ones when scrolled near (see LazyClaimCard). */
const EAGER_CARDS = 30;

const byStart = (a: Claim, b: Claim) => a.selector.start - b.selector.start || b.selector.end - a.selector.end;

export function Workbench({ articleId, actor }: { articleId: string; actor: Actor }) {
  const [view, setView] = useState<ArticleView | null>(null);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  // Every claim's thread, loaded once with the article (one request, not one per card).
  const [threads, setThreads] = useState<Map<string, Comment[]> | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // Suggestions on show are also marked in the text; a click there picks one in the list.
  const [suggested, setSuggested] = useState<SuggestedRange[]>([]);
  const [picked, setPicked] = useState<{ range: string } | null>(null);
  const showSuggestionsInText = useCallback(
    (list: Suggestion[] | null) =>
      // Keep the same (empty) array when nothing is on show: a new one would lay the text out again.
      setSuggested((current) => (!list?.length && current.length === 0 ? current : (list ?? []).map((s) => ({ start: s.selector.start, end: s.selector.end })))),
    [],
  );
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [drafts] = useState(() => new DraftStore());
  useUnsavedChangesGuard(useHasUnsavedDrafts(drafts));

  useEffect(() => {
    Promise.all([api('GET /api/articles/{id}', { params: { id: articleId } }), api('GET /api/verdicts'), api('GET /api/articles/{id}/comments', { params: { id: articleId } })])
      .then(([article, scale, { comments }]) => {
        const byClaim = new Map<string, Comment[]>(article.claims.map((c) => [c.id, []]));
        for (const comment of comments) byClaim.get(comment.claimId)?.push(comment);
        setThreads(byClaim);
        setView(article);
        setVerdicts(scale.verdicts);
      })
      .catch((e: unknown) => setMessage({ error: true, text: `Could not load the article: ${describeError(e)}` }));
  }, [articleId]);

  // A link from elsewhere (e.g. "Checked before") names a claim: open at it.
  const linkedClaim = useRef<string | null>(null);
  useEffect(() => {
    linkedClaim.current = new URLSearchParams(window.location.search).get('claim');
  }, []);
  useEffect(() => {
    const wanted = linkedClaim.current;
    if (!view || !wanted || !view.claims.some((c) => c.id === wanted)) return;
    linkedClaim.current = null;
    setActiveId(wanted);
    editorRef.current?.scrollToClaim(wanted);
    document.getElementById(`card-${wanted}`)?.scrollIntoView({ block: 'nearest' });
  }, [view]);

  const colors = useMemo(() => new Map(verdicts.map((v) => [v.key, v.color])), [verdicts]);
  const anchored = useMemo(() => (view?.claims ?? []).filter((c) => c.anchorStatus !== 'ORPHANED').sort(byStart), [view]);
  const orphaned = useMemo(() => (view?.claims ?? []).filter((c) => c.anchorStatus === 'ORPHANED'), [view]);
  const highlights = useMemo(
    () => anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end, color: c.verdict ? (colors.get(c.verdict.key) ?? null) : null })),
    [anchored, colors],
  );

  const focusClaim = useCallback((id: string, from: 'text' | 'card') => {
    setActiveId(id);
    if (from === 'text') document.getElementById(`card-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    else editorRef.current?.scrollToClaim(id);
  }, []);

  const upsertClaim = useCallback((claim: Claim) => setView((current) => current && { ...current, claims: [...current.claims.filter((c) => c.id !== claim.id), claim].sort(byStart) }), []);

  const acceptSuggestion = useCallback(
    (claim: Claim) => {
      upsertClaim(claim);
      setActiveId(claim.id);
      setMessage({ error: false, text: 'Claim added from a suggestion.' });
    },
    [upsertClaim],
  );

  /** The words the reader selected, as a selector on the current revision. */
  const selection = useCallback(() => {
    const range = editorRef.current?.selectedRange();
    if (!view || !range) {
      setMessage({ error: true, text: 'Select the words of the claim in the article first.' });
      return null;
    }
    return { ...range, exact: view.revision.text.slice(range.start, range.end) };
  }, [view]);

  const addClaim = useCallback(async () => {
    const selector = selection();
    if (!selector) return;
    try {
      const { claim } = await api('POST /api/articles/{id}/claims', { params: { id: articleId }, body: { selector } });
      upsertClaim(claim);
      setActiveId(claim.id);
      window.getSelection()?.removeAllRanges();
      setMessage({ error: false, text: 'Claim added.' });
    } catch (e) {
      setMessage({ error: true, text: `Could not add the claim: ${describeError(e)}` });
    }
  }, [articleId, selection, upsertClaim]);

  const reattach = useCallback(
    async (claim: Claim) => {
      const selector = selection();
      if (!selector) return;
      try {
        const result = await api('POST /api/claims/{id}/anchor', { params: { id: claim.id }, body: { version: claim.version, selector } });
        upsertClaim(result.claim);
        setActiveId(claim.id);
        window.getSelection()?.removeAllRanges();
        setMessage({ error: false, text: 'Claim re-attached to the selected words.' });
      } catch (e) {
        setMessage({ error: true, text: `Could not re-attach the claim: ${describeError(e)}` });
      }
    },
    [selection, upsertClaim],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (anchored.length === 0) return;
      const index = anchored.findIndex((c) => c.id === activeId);
      const next = index === -1 ? (step === 1 ? 0 : anchored.length - 1) : (index + step + anchored.length) % anchored.length;
      focusClaim(anchored[next].id, 'card');
      document.getElementById(`card-${anchored[next].id}`)?.scrollIntoView({ block: 'nearest' });
    },
    [anchored, activeId, focusClaim],
  );

  const openActive = useCallback(() => {
    if (activeId) document.querySelector<HTMLElement>(`#card-${CSS.escape(activeId)} textarea`)?.focus();
  }, [activeId]);

  useWorkbenchKeys({ addClaim, move, openActive });

  if (!view) return message ? <p className="error">{message.text}</p> : <p className="muted">Loading…</p>;

  const card = (claim: Claim, index: number) => (
    <LazyClaimCard
      key={claim.id}
      eager={index < EAGER_CARDS}
      claim={claim}
      verdicts={verdicts}
      actor={actor}
      active={claim.id === activeId}
      onFocus={() => focusClaim(claim.id, 'card')}
      onChange={upsertClaim}
      onReattach={claim.anchorStatus === 'ORPHANED' ? () => reattach(claim) : undefined}
      onDeleted={(id) => setView((current) => current && { ...current, claims: current.claims.filter((c) => c.id !== id) })}
      comments={threads?.get(claim.id)}
    />
  );

  return (
    <main>
      <h1>{view.article.title}</h1>
      <p className="muted">
        {view.article.outlet ?? 'Unknown outlet'} · revision {view.revision.number} · <Link href={`/articles/${articleId}/revisions`}>Revisions and edits</Link> · {view.claims.length} claim(s)
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={addClaim} title="Ctrl/Cmd + Alt + C">
          Add claim
        </button>
        <span className="muted">Select words, then Add claim (Ctrl/Cmd+Alt+C). Alt+↓/↑ moves between claims, Alt+Enter opens one.</span>
        <span style={{ flex: 1 }} />
        <ExportControls articleId={articleId} />
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      <div className="workbench">
        <ArticleEditor
          ref={editorRef}
          text={view.revision.text}
          claims={highlights}
          activeId={activeId}
          onClaimClick={(id) => focusClaim(id, 'text')}
          suggestions={suggested}
          onSuggestionClick={(range) => setPicked({ range })}
        />
        {/* The cards keep their unsaved edits in this store, not in themselves. */}
        <DraftStoreProvider value={drafts}>
          <aside className="side-panel" aria-label="Claims">
            <SuggestionsPanel
              key={view.revision.id}
              articleId={articleId}
              onAccepted={acceptSuggestion}
              onShow={(start, end) => editorRef.current?.showRange(start, end)}
              onListChange={showSuggestionsInText}
              picked={picked}
            />
            {view.claims.length === 0 && <p className="muted">No claims yet.</p>}
            {anchored.map(card)}
            {orphaned.length > 0 && (
              <section aria-label="Claims not found in this revision" data-testid="orphaned-claims">
                <h3>Not found in revision {view.revision.number}</h3>
                <p className="muted">Their words are gone from the text. Select the new words and press “Re-attach to selection”.</p>
                {orphaned.map(card)}
              </section>
            )}
          </aside>
        </DraftStoreProvider>
      </div>
    </main>
  );
}
