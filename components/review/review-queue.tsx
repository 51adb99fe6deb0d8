'use client';

import { useEffect, useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import { ReviewCard, type QueueClaim } from './review-card';

export function ReviewQueue({ actor }: { actor: Actor }) {
  const [claims, setClaims] = useState<QueueClaim[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);

  useEffect(() => {
    api<{ claims: QueueClaim[] }>('/api/review-queue')
      .then((data) => setClaims(data.claims))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.describe() : 'Could not load the queue'));
  }, []);

  // Asking with someone else's claim: may this role review at all?
  if (!can(actor, 'claim:review', { authorId: '' })) {
    return <p className="muted">Only reviewers and admins review claims. Your claims appear here for others once you submit them.</p>;
  }
  if (error) return <p className="error">{error}</p>;
  if (!claims) return <p className="muted">Loading…</p>;
  return (
    <>
      {done.map((line, i) => (
        <p key={i} role="status" className="muted">
          {line}
        </p>
      ))}
      {claims.length === 0 && <p className="muted">Nothing waiting for your review.</p>}
      {claims.map((claim) => (
        <ReviewCard
          key={claim.id}
          claim={claim}
          onDone={(id, outcome) => {
            setClaims((current) => current?.filter((c) => c.id !== id) ?? null);
            setDone((lines) => [...lines, `${outcome}: “${claim.selector.exact}”`]);
          }}
        />
      ))}
    </>
  );
}
