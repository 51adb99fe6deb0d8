import type { ClaimStatus } from '@/lib/domain/types';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
};

/** `testId` tells a card's own status apart from statuses it lists (e.g. similar claims). */
export function StatusBadge({ status, testId = 'claim-status' }: { status: ClaimStatus; testId?: string }) {
  return (
    <span className={`badge status-${status}`} data-testid={testId}>
      {STATUS_LABELS[status]}
    </span>
  );
}
