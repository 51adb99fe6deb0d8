// Freezes what a reviewer approved into a ClaimApproval record: the
// published version of the claim (statement, verdict as it read then,
// rationale, claimant and appearance, quoted words, sources), read by
// published exports until the next approval. Written in the approval's transaction.
import type { Tx } from '../db';
import { appearanceOf, claimantColumns, claimantOf } from './claimant-columns';
import type { LoadedClaim } from './load-claim';

export interface RecordApprovalInput {
  claim: LoadedClaim;
  reviewId: string;
  approvedById: string;
}

export async function recordApproval(tx: Tx, { claim, reviewId, approvedById }: RecordApprovalInput): Promise<void> {
  await tx.claimApproval.create({
    data: {
      claimId: claim.id,
      reviewId,
      approvedById,
      claimVersion: claim.version,
      statement: claim.statement,
      verdictKey: claim.verdict?.key ?? null,
      verdictLabel: claim.verdict?.label ?? null,
      verdictColor: claim.verdict?.color ?? null,
      rationale: claim.rationale,
      ...claimantColumns(claimantOf(claim), appearanceOf(claim)),
      revisionId: claim.revisionId,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      sources: {
        create: claim.sources.map((source, position) => ({
          position,
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          quote: source.quote,
          accessedAt: source.accessedAt,
          archivedUrl: source.archivedUrl,
          reliabilityNote: source.reliabilityNote,
        })),
      },
    },
  });
}
