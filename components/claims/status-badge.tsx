import type { ClaimStatus } from '@/lib/domain/types';
// The same words as the reports', so a status reads alike on screen and on paper.
import { STATUS_LABELS } from '@/lib/domain/export/report-labels';

export { STATUS_LABELS };

/** `testId` tells a card's own status apart from statuses it lists (e.g. similar claims). */
export function StatusBadge({ status, testId = 'claim-status' }: { status: ClaimStatus; testId?: string }) {
  return (
    <span className={`badge status-${status}`} data-testid={testId}>
      {STATUS_LABELS[status]}
    </span>
  );
}
