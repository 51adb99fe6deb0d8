'use client';

// The workbench: the article on the left, its claims on the right. Selecting
// text and pressing "Add claim" (or Ctrl/Cmd+Alt+C) saves a claim anchored to
// the selection; a highlight and its card focus each other. Claims whose words
// are gone from the latest revision are listed apart and can be re-attached.
// Unsaved card edits are kept here, per claim (DraftStore), so a card that is
// rebuilt keeps them, and leaving the page with any of them asks first.
// State flows one way: the article view (useArticleView) and the suggestions
// (useSuggestions) are owned here and handed down; cards and their fields are
// reached through refs held here (the suggestion entries through the panel's
// handle), never looked up in the document by id.
// Above the cards, the article overview (ClaimOverview) filters them and
// searches the text; by default each claim is one line and the active one is
// open (useClaimDensity). A claim made active by Add claim, Accept or a click
// on its highlight is scrolled to and takes the focus (`reveal`).
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { matchesFilter } from '@/lib/domain/claim-overview';
import type { TextRange } from '@/lib/domain/types';
import type { Actor } from '@/lib/domain/types';
import { DeletedClaimNotice } from '@/components/claims/deleted-claim-notice';
import { DraftStore, DraftStoreProvider, useHasUnsavedDrafts } from '@/components/claims/draft-store';
import { LazyClaimCard } from '@/components/claims/lazy-claim-card';
import type { Claim } from '@/components/claims/types';
import { SuggestionsPanel, type SuggestionsPanelHandle } from '@/components/suggestions/suggestions-panel';
import { useSuggestions } from '@/components/suggestions/use-suggestions';
import { useRefRegistry } from '@/components/ui/ref-registry';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import { ArticleEditor, type ArticleEditorHandle } from './article-editor';
import { ClaimOverview } from './claim-overview';
import { ExportControls } from './export-controls';
import { HighlightLegend } from './highlight-legend';
import { PublishControls } from './publish-controls';
import { byStart } from './claims-in-view';
import { useArticleView } from './use-article-view';
import { useClaimDensity } from './use-claim-density';
import { useClaimFilter } from './use-claim-filter';
import { useDeletedClaims } from './use-deleted-claims';
import { useLiveArticle } from './use-live-article';
import { useTextFollows } from './use-text-follows';
import { useWorkbenchKeys } from './use-workbench-keys';

const NO_CLAIMS: Claim[] = [];

/** Cards built at once; later ones when scrolled near (see LazyClaimCard). */
const EAGER_CARDS = 30;

export function Workbench({ articleId, actor }: { articleId: string; actor: Actor }) {
  const { view, verdicts, threads, error, upsertClaim, removeClaim, restoreClaim } = useArticleView(articleId);
  const [activeId, setActiveId] = useState<string | null>(null);
  // In the compact list, the claim shown as a full card (besides any holding unsaved edits). Not
  // simply the active one: focus moving into another open card must not fold this one, or the
  // list would jump between a button's press and its release and the click would be lost.
  const [openedId, setOpenedId] = useState<string | null>(null);
  // A claim to open, scroll to and focus once its card is drawn (after Add claim, Accept, a
  // highlight click, a line of the list); `revealed` counts the requests, so one for the claim
  // already active still draws again.
  const reveal = useRef<string | null>(null);
  const [revealed, setRevealed] = useState(0);
  const revealClaim = useCallback((id: string) => {
    reveal.current = id;
    setOpenedId(id);
    setRevealed((n) => n + 1);
  }, []);
  const [density, setDensity] = useClaimDensity();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const panelRef = useRef<SuggestionsPanelHandle>(null);
  // Each card's element (its stand-in's until it is built) and statement field, by claim id: scrolled to and focused from here.
  const cards = useRefRegistry<HTMLElement>();
  const statements = useRefRegistry<HTMLTextAreaElement>();
  const [drafts] = useState(() => new DraftStore());
  const [revised, setRevised] = useState(false);
  const present = useLiveArticle(articleId, { upsertClaim, removeClaim, restoreClaim, onRevised: () => setRevised(true) });
  const others = present.filter((user) => user.id !== actor.id);
  useUnsavedChangesGuard(useHasUnsavedDrafts(drafts));

  const acceptSuggestion = useCallback(
    (claim: Claim, partial: boolean) => {
      upsertClaim(claim);
      setActiveId(claim.id);
      revealClaim(claim.id);
      window.getSelection()?.removeAllRanges();
      setMessage({ error: false, text: partial ? 'Claim added on the selected words of a suggestion.' : 'Claim added from a suggestion.' });
    },
    [upsertClaim, revealClaim],
  );
  // Suggestions on show are also marked in the text; a click there brings its entry forward in the list.
  const suggestions = useSuggestions(articleId, view?.revision.id ?? null, acceptSuggestion);

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
    revealClaim(wanted);
    editorRef.current?.scrollToClaim(wanted);
  }, [view, revealClaim]);

  // Claims deleted here a moment ago: "Claim deleted. Undo" stands in each one's place for a while.
  const { deleted, claimDeleted, undoExpired, claimRestored } = useDeletedClaims({
    claims: view?.claims,
    removeClaim,
    restoreClaim,
    // What the last message said ("Claim added.") is about a claim no longer there; the notice in its place says what happened.
    onDeleted: useCallback(() => setMessage(null), []),
    onRestored: useCallback((claim: Claim) => {
      setActiveId(claim.id);
      setOpenedId(claim.id);
      setMessage({ error: false, text: 'Claim restored, as a draft.' });
    }, []),
  });

  const colors = useMemo(() => new Map(verdicts.map((v) => [v.key, v.color])), [verdicts]);
  const anchored = useMemo(() => (view?.claims ?? []).filter((c) => c.anchorStatus !== 'ORPHANED').sort(byStart), [view]);
  const orphaned = useMemo(() => (view?.claims ?? []).filter((c) => c.anchorStatus === 'ORPHANED'), [view]);
  const showRange = useCallback((range: TextRange) => editorRef.current?.showRange(range), []);
  const overview = useClaimFilter(view?.claims ?? NO_CLAIMS, view?.revision.text ?? '', showRange);
  // The cards in text order, each deleted one's notice where its card was. The filter never
  // hides the claim being worked on (one just added may not match it).
  const { filter } = overview;
  const shown = useCallback((c: Claim) => c.id === activeId || matchesFilter(c, filter), [activeId, filter]);
  const anchoredSlots = useMemo(() => [...anchored.filter(shown), ...deleted.filter((c) => c.anchorStatus !== 'ORPHANED')].sort(byStart), [anchored, deleted, shown]);
  const orphanedSlots = useMemo(() => [...orphaned.filter(shown), ...deleted.filter((c) => c.anchorStatus === 'ORPHANED')], [orphaned, deleted, shown]);
  const highlights = useMemo(
    () => anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end, color: c.verdict ? (colors.get(c.verdict.key) ?? null) : null, approved: c.status === 'APPROVED' })),
    [anchored, colors],
  );

  // Set while a revealed card takes the focus: that focus is ours, not the reader's, and must not scroll the text.
  const revealing = useRef(false);
  const showInText = useCallback((id: string) => editorRef.current?.scrollToClaim(id), []);
  const followInText = useTextFollows({ activeId, scrollToClaim: showInText, revealing });
  const focusClaim = useCallback(
    (id: string, from: 'text' | 'card') => {
      if (from === 'card') followInText(id);
      setActiveId(id);
      if (from === 'text') revealClaim(id);
    },
    [revealClaim, followInText],
  );
  // Runs after the render that drew the claim's card (open now: it is the active one).
  useEffect(() => {
    const element = reveal.current && cards.get(reveal.current);
    if (!element) return;
    reveal.current = null;
    element.scrollIntoView({ block: 'nearest' });
    revealing.current = true;
    element.focus({ preventScroll: true });
    revealing.current = false;
  }, [revealed, view, cards]);

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
      revealClaim(claim.id);
      window.getSelection()?.removeAllRanges();
      setMessage({ error: false, text: 'Claim added.' });
    } catch (e) {
      setMessage({ error: true, text: `Could not add the claim: ${describeError(e)}` });
    }
  }, [articleId, selection, upsertClaim, revealClaim]);

  const reattach = useCallback(
    async (claim: Claim) => {
      const selector = selection();
      if (!selector) return;
      try {
        const result = await api('POST /api/claims/{id}/anchor', { params: { id: claim.id }, body: { version: claim.version, selector } });
        upsertClaim(result.claim);
        setActiveId(claim.id);
        setOpenedId(claim.id);
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
      setOpenedId(anchored[next].id);
      cards.get(anchored[next].id)?.scrollIntoView({ block: 'nearest' });
    },
    [anchored, activeId, focusClaim, cards],
  );

  const openActive = useCallback(() => {
    if (activeId) statements.get(activeId)?.focus();
  }, [activeId, statements]);

  useWorkbenchKeys({ addClaim, move, openActive });

  if (!view) {
    const notice = message?.text ?? error;
    return notice ? <p className="error">{notice}</p> : <p className="muted">Loading…</p>;
  }

  const card = (claim: Claim, index: number) =>
    deleted.some((c) => c.id === claim.id) ? (
      <DeletedClaimNotice key={claim.id} claim={claim} onRestored={claimRestored} onExpired={undoExpired} />
    ) : (
      <LazyClaimCard
        key={claim.id}
        eager={index < EAGER_CARDS}
        compact={density === 'compact'}
        open={claim.id === openedId}
        onOpen={() => {
          setActiveId(claim.id);
          revealClaim(claim.id);
          editorRef.current?.scrollToClaim(claim.id);
        }}
        onCollapse={() => {
          setOpenedId(null);
          setActiveId(null);
        }}
        claim={claim}
        verdicts={verdicts}
        actor={actor}
        active={claim.id === activeId}
        onFocus={() => focusClaim(claim.id, 'card')}
        onShowInText={() => showInText(claim.id)}
        onChange={upsertClaim}
        onReattach={claim.anchorStatus === 'ORPHANED' ? () => reattach(claim) : undefined}
        onDeleted={claimDeleted}
        comments={threads?.get(claim.id)}
        cardRef={cards.ref(claim.id)}
        statementRef={statements.ref(claim.id)}
      />
    );

  return (
    <main>
      <h1>{view.article.title}</h1>
      <p className="muted">
        {view.article.outlet ?? 'Unknown outlet'} · revision {view.revision.number} · <Link href={`/articles/${articleId}/revisions`}>Revisions and edits</Link> · {view.claims.length} claim(s)
        {others.length > 0 && <span data-testid="present-users"> · Also here: {others.map((user) => user.name).join(', ')}</span>}
      </p>
      {revised && (
        <p role="status" className="notice">
          Someone saved a new revision of the text.{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Load it
          </button>{' '}
          (the page asks first if a card has unsaved edits)
        </p>
      )}
      <div className="toolbar">
        <button type="button" className="primary" onClick={addClaim} title="Ctrl/Cmd + Alt + C">
          Add claim
        </button>
        {/* Drawn on a line of its own below the controls (app/globals.css .toolbar-hint), so the export scope keeps to the line of "Add claim". */}
        <span className="muted toolbar-hint">Select words, then Add claim (Ctrl/Cmd+Alt+C). Alt+↓/↑ moves between claims, Alt+Enter opens one.</span>
        <ExportControls articleId={articleId} />
        <PublishControls articleId={articleId} actor={actor} />
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      <HighlightLegend verdicts={verdicts} />
      <div className="workbench">
        <ArticleEditor
          ref={editorRef}
          text={view.revision.text}
          claims={highlights}
          activeId={activeId}
          onClaimClick={(id) => focusClaim(id, 'text')}
          suggestions={suggestions.inText}
          onSuggestionClick={(range) => panelRef.current?.reveal(range)}
        />
        {/* The cards keep their unsaved edits in this store, not in themselves. */}
        <DraftStoreProvider value={drafts}>
          <aside className="side-panel" aria-label="Claims">
            <SuggestionsPanel
              ref={panelRef}
              suggestions={suggestions}
              text={view.revision.text}
              selectedRange={() => editorRef.current?.selectedRange() ?? null}
              onShow={(range) => editorRef.current?.showRange(range)}
            />
            <ClaimOverview
              claims={view.claims}
              verdicts={verdicts}
              filter={filter}
              onFilter={overview.change}
              shown={overview.shown}
              textMatches={overview.textMatches}
              onTextMatch={overview.step}
              density={density}
              onDensity={setDensity}
            />
            {view.claims.length === 0 && <p className="muted">No claims yet.</p>}
            {anchoredSlots.map(card)}
            {orphanedSlots.length > 0 && (
              <section aria-label="Claims not found in this revision" data-testid="orphaned-claims">
                <h3>Not found in revision {view.revision.number}</h3>
                <p className="muted">Their words are gone from the text. Select the new words and press “Re-attach to selection”.</p>
                {orphanedSlots.map(card)}
              </section>
            )}
          </aside>
        </DraftStoreProvider>
      </div>
    </main>
  );
}
