// Words the human-readable reports (HTML, Markdown, PDF) share, so a published
// report reads the same in every format.
import type { ClaimStatus } from '../types';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
};

export const BANNERS = {
  published: 'Published report: approved verdicts only',
  all: 'Working draft: includes unapproved claims',
} as const;
