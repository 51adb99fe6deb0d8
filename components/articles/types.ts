// Shapes the UI reads from the API (docs/api.md); kept beside the components that use them.
import type { ClaimStatus } from '@/lib/domain/types';

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  outlet: string | null;
  url: string | null;
  latestRevision: { id: string; number: number } | null;
  claimCounts: Record<'total' | ClaimStatus, number>;
}
