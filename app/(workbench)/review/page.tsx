import { Suspense } from 'react';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { ReviewQueue } from '@/components/review/review-queue';

export const metadata = { title: 'Review queue · Fact-check workbench' };

export default async function ReviewPage() {
  const actor = await requirePageActor();
  return (
    <main>
      <h1>Review queue</h1>
      {/* The queue reads its filters from the query string on the client. */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ReviewQueue actor={actor} />
      </Suspense>
    </main>
  );
}
