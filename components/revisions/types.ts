// Shapes the revision pages read from the API.
import type { AnchorStatus, ClaimStatus } from '@/lib/domain/types';
import type { DiffPart, Simplified } from '@/lib/domain/revisions/text-diff';

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  note: string | null;
  author?: { id: string; name: string } | null;
}

export interface Reanchored {
  claimId: string;
  anchorStatus: AnchorStatus;
  start: number;
  end: number;
  previousStatus?: ClaimStatus;
  status?: ClaimStatus;
  reason?: string;
}

export interface DiffResponse {
  from: { id: string; number: number };
  to: { id: string; number: number };
  parts: DiffPart[];
  inserted: number;
  deleted: number;
  /** Set when the server simplified the diff to stay within its work limits. */
  simplified?: Simplified;
}
