// A ClaimApproval record as the export pipeline and "changes since approval"
// read it: the claim as it was last approved (lib/domain PublishedVersion).
import type { PublishedVersion } from '@/lib/domain/export/report-model';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';
import type { Prisma } from '../generated/prisma/client';
import { appearanceOf, claimantOf } from './claimant-columns';

/** Loads the latest approval of a claim with all it froze; use as a claim's `approvals` include. */
export const LATEST_APPROVAL = {
  orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  take: 1,
  include: {
    approvedBy: { select: { id: true, name: true } },
    sources: { orderBy: { position: 'asc' as const } },
  },
};

type ApprovalRow = Prisma.ClaimApprovalGetPayload<{ include: typeof LATEST_APPROVAL.include }>;

export function toPublishedVersion(row: ApprovalRow): PublishedVersion {
  return {
    statement: row.statement,
    verdict: row.verdictKey ? { key: row.verdictKey, label: row.verdictLabel ?? row.verdictKey, color: row.verdictColor ?? UNRATED_COLOR } : null,
    rationale: row.rationale,
    claimant: claimantOf(row),
    appearance: appearanceOf(row),
    selector: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    sources: row.sources.map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      quote: source.quote,
      accessedAt: source.accessedAt ? source.accessedAt.toISOString() : null,
      archivedUrl: source.archivedUrl,
      reliabilityNote: source.reliabilityNote,
    })),
    approvedAt: row.createdAt.toISOString(),
    approvedBy: row.approvedBy,
    claimVersion: row.claimVersion,
  };
}
