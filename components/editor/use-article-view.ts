'use client';

// The article on the workbench: its latest revision with its claims, the
// verdict scale and every claim's comment thread, loaded together, and the one
// place a claim in that view is replaced or taken out. The workbench renders
// from it and the cards report their changes to it, so the view has one owner.
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Claim, Comment, Verdict } from '@/components/claims/types';
import type { ArticleView } from '@/lib/server/articles/get-article';
import { type ClaimsInView, claimsInView, putClaim, putRestoredClaim, takeOutClaim } from './claims-in-view';

export interface ArticleViewState {
  /** null until loaded */
  view: ArticleView | null;
  verdicts: Verdict[];
  /** every claim's comments, loaded once with the article (one request, not one per card) */
  threads: Map<string, Comment[]> | null;
  /** why loading failed, for the reader */
  error: string | null;
  /** puts a new or changed claim in the view, in reading order; not one deleted since (claims-in-view.ts) */
  upsertClaim(claim: Claim): void;
  /** takes a deleted claim out: deleted here, or "not found" to a request sent at `askedAt` (performance.now()) */
  removeClaim(claimId: string, askedAt?: number): void;
  /** puts a deleted claim back, as the server restored it */
  restoreClaim(claim: Claim): void;
}

interface Loaded {
  view: ArticleView;
  claims: ClaimsInView<Claim>;
}

export function useArticleView(articleId: string): ArticleViewState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [threads, setThreads] = useState<Map<string, Comment[]> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // An answer for an article the workbench has left is dropped.
    let live = true;
    Promise.all([api('GET /api/articles/{id}', { params: { id: articleId } }), api('GET /api/verdicts'), api('GET /api/articles/{id}/comments', { params: { id: articleId } })])
      .then(([article, scale, { comments }]) => {
        if (!live) return;
        const byClaim = new Map<string, Comment[]>(article.claims.map((c) => [c.id, []]));
        for (const comment of comments) byClaim.get(comment.claimId)?.push(comment);
        setThreads(byClaim);
        setLoaded({ view: article, claims: claimsInView(article.claims) });
        setVerdicts(scale.verdicts);
      })
      .catch((e: unknown) => {
        if (live) setError(`Could not load the article: ${describeError(e)}`);
      });
    return () => {
      live = false;
    };
  }, [articleId]);

  // Every change to the claims goes through claims-in-view.ts, which knows the order answers may arrive in.
  const change = useCallback(
    (step: (state: ClaimsInView<Claim>) => ClaimsInView<Claim>) =>
      setLoaded((current) => {
        if (!current) return current;
        const claims = step(current.claims);
        if (claims === current.claims) return current;
        return { view: claims.claims === current.view.claims ? current.view : { ...current.view, claims: claims.claims }, claims };
      }),
    [],
  );
  const upsertClaim = useCallback((claim: Claim) => change((state) => putClaim(state, claim)), [change]);
  const removeClaim = useCallback((claimId: string, askedAt?: number) => change((state) => takeOutClaim(state, claimId, askedAt)), [change]);
  const restoreClaim = useCallback((claim: Claim) => change((state) => putRestoredClaim(state, claim, performance.now())), [change]);

  return { view: loaded?.view ?? null, verdicts, threads, error, upsertClaim, removeClaim, restoreClaim };
}
