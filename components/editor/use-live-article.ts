'use client';

// Keeps an open workbench in step with what teammates do (GET
// /api/articles/:id/events): a claim someone else adds, edits, reviews or
// deletes is fetched and shown within a second, without a reload; the card's
// unsaved edits are rebased onto it (DraftStore), never overwritten. The
// browser's EventSource reconnects by itself and sends Last-Event-ID, so
// nothing is missed across a dropped connection. Also: who else is here.
// The fetches answer out of order; for each claim only the answer to the
// latest change counts, so an edit answered late cannot undo a deletion, and
// a deletion answered late cannot undo an Undo (claims-in-view.ts).
import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '@/lib/api-client';
import type { Claim } from '@/components/claims/types';

export interface PresentUser {
  id: string;
  name: string;
}

interface LiveChange {
  id: number;
  claimId: string | null;
  action: string;
  actorId: string | null;
}

export interface LiveArticleHandlers {
  upsertClaim(claim: Claim): void;
  /** `askedAt`: when the request that found it gone was sent (performance.now()) */
  removeClaim(claimId: string, askedAt: number): void;
  restoreClaim(claim: Claim): void;
  /** a new revision of the text: the page offers to load it */
  onRevised(): void;
}

export function useLiveArticle(articleId: string, handlers: LiveArticleHandlers): PresentUser[] {
  const [present, setPresent] = useState<PresentUser[]>([]);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const source = new EventSource(`/api/articles/${encodeURIComponent(articleId)}/events`);
    // Per claim, the change whose answer counts.
    const latestChange = new Map<string, number>();
    source.addEventListener('presence', (message) => setPresent((JSON.parse((message as MessageEvent).data) as { users: PresentUser[] }).users));
    source.addEventListener('change', (message) => {
      const change = JSON.parse((message as MessageEvent).data) as LiveChange;
      if (change.action === 'article.revised') return latest.current.onRevised();
      if (!change.claimId) return;
      const claimId = change.claimId;
      latestChange.set(claimId, change.id);
      const current = () => latestChange.get(claimId) === change.id;
      const askedAt = performance.now();
      api('GET /api/claims/{id}', { params: { id: claimId } })
        .then(({ claim }) => {
          if (!current()) return;
          if (change.action === 'claim.restored') latest.current.restoreClaim(claim);
          else latest.current.upsertClaim(claim);
        })
        .catch((error: unknown) => {
          if (current() && error instanceof ApiError && error.status === 404) latest.current.removeClaim(claimId, askedAt);
        });
    });
    return () => source.close();
  }, [articleId]);

  return present;
}
