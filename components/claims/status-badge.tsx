import type { ClaimStatus } from '@/lib/domain/types';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`badge status-${status}`} data-testid="claim-status">
      {STATUS_LABELS[status]}
    </span>
  );
}
