import { requirePageActor } from '@/lib/server/auth/page-actor';
import { ReviewQueue } from '@/components/review/review-queue';

export const metadata = { title: 'Review queue · Fact-check workbench' };

export default async function ReviewPage() {
  const actor = await requirePageActor();
  return (
    <main>
      <h1>Review queue</h1>
      <ReviewQueue actor={actor} />
    </main>
  );
}
