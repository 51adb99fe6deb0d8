'use client';

// The article on the workbench: its latest revision with its claims, the
// verdict scale and every claim's comment thread, loaded together, and the one
// place a claim in that view is replaced or taken out. The workbench renders
// from it and the cards report their changes to it, so the view has one owner.
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Claim, Comment, Verdict } from '@/components/claims/types';
import type { ArticleView } from '@/lib/server/articles/get-article';

/** Reading order: by start, the longer of two claims starting together first. */
export const byStart = (a: Claim, b: Claim) => a.selector.start - b.selector.start || b.selector.end - a.selector.end;

export interface ArticleViewState {
  /** null until loaded */
  view: ArticleView | null;
  verdicts: Verdict[];
  /** every claim's comments, loaded once with the article (one request, not one per card) */
  threads: Map<string, Comment[]> | null;
  /** why loading failed, for the reader */
  error: string | null;
  /** puts a new or changed claim in the view, in reading order */
  upsertClaim(claim: Claim): void;
  removeClaim(claimId: string): void;
}

export function useArticleView(articleId: string): ArticleViewState {
  const [view, setView] = useState<ArticleView | null>(null);
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
        setView(article);
        setVerdicts(scale.verdicts);
      })
      .catch((e: unknown) => {
        if (live) setError(`Could not load the article: ${describeError(e)}`);
      });
    return () => {
      live = false;
    };
  }, [articleId]);

  // An older copy never replaces a newer one: a live update may arrive after the answer to this page's own save.
  const upsertClaim = useCallback(
    (claim: Claim) =>
      setView((current) => {
        if (!current) return current;
        const known = current.claims.find((c) => c.id === claim.id);
        if (known && known.version > claim.version) return current;
        return { ...current, claims: [...current.claims.filter((c) => c.id !== claim.id), claim].sort(byStart) };
      }),
    [],
  );
  const removeClaim = useCallback((claimId: string) => setView((current) => current && { ...current, claims: current.claims.filter((c) => c.id !== claimId) }), []);

  return { view, verdicts, threads, error, upsertClaim, removeClaim };
}
