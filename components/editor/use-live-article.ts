'use client';

// Keeps an open workbench in step with what teammates do (GET
// /api/articles/:id/events): a claim someone else adds, edits, reviews or
// deletes is fetched and shown within a second, without a reload; the card's
// unsaved edits are rebased onto it (DraftStore), never overwritten. The
// browser's EventSource reconnects by itself and sends Last-Event-ID, so
// nothing is missed across a dropped connection. Also: who else is here.
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
  removeClaim(claimId: string): void;
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
    source.addEventListener('presence', (message) => setPresent((JSON.parse((message as MessageEvent).data) as { users: PresentUser[] }).users));
    source.addEventListener('change', (message) => {
      const change = JSON.parse((message as MessageEvent).data) as LiveChange;
      if (change.action === 'article.revised') return latest.current.onRevised();
      if (!change.claimId) return;
      const claimId = change.claimId;
      api('GET /api/claims/{id}', { params: { id: claimId } })
        .then(({ claim }) => latest.current.upsertClaim(claim))
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) latest.current.removeClaim(claimId);
        });
    });
    return () => source.close();
  }, [articleId]);

  return present;
}
