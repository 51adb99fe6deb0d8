// The API's Claim shape (docs/api.md#shapes) built from database rows. Every service that
// returns a claim loads it with CLAIM_INCLUDE and maps it here.
import { z } from 'zod';
import type { ClaimLike, SourceLike } from '@/lib/domain/export/report-model';
import { anchorStatus, appearance, claimant, claimStatus, personRef, textSelector, timestamp, verdictRef } from '../contract/parts';
import type { Expect } from '../contract/type-checks';
import type { Prisma } from '../generated/prisma/client';
import { appearanceOf, claimantOf } from './claimant-columns';

export const CLAIM_INCLUDE = {
  verdict: { select: { key: true, label: true, color: true, normalized: true, ratingValue: true } },
  sources: { orderBy: { createdAt: 'asc' as const } },
  author: { select: { id: true, name: true } },
  contributors: { select: { userId: true } },
  // Only the latest approval: it is the published version.
  approvals: {
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
    take: 1,
    select: { createdAt: true, approvedBy: { select: { id: true, name: true } } },
  },
};

export const sourceDto = z
  .object({
    id: z.string(),
    claimId: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    quote: z.string().nullable(),
    accessedAt: timestamp.nullable(),
    archivedUrl: z.string().nullable(),
    reliabilityNote: z.string().nullable(),
    createdById: z.string(),
    createdAt: timestamp,
  })
  .meta({ id: 'Source' });
export type SourceDto = z.infer<typeof sourceDto>;

/** Who works on an article or a claim and who reviews it (user ids; null: nobody). */
export const assignmentDto = z.object({ editorId: z.string().nullable(), reviewerId: z.string().nullable() }).meta({ id: 'Assignment' });
export type AssignmentDto = z.infer<typeof assignmentDto>;

export const claimDto = z
  .object({
    id: z.string(),
    articleId: z.string(),
    revisionId: z.string(),
    selector: textSelector,
    anchorStatus,
    statement: z.string(),
    verdict: verdictRef.nullable(),
    rationale: z.string(),
    claimant: claimant.nullable().meta({ description: 'who made the claim; null when not set' }),
    appearance: appearance.nullable().meta({ description: "where and when it appeared; null when not set (the article's URL and date then stand for it)" }),
    status: claimStatus,
    authorId: z.string(),
    author: personRef,
    version: z.number().int().meta({ description: 'goes up with every change; send it back to PATCH so a stale edit is refused (409)' }),
    sources: z.array(sourceDto),
    contributorIds: z.array(z.string()).meta({ description: 'who changed its content or sources since it was last approved (none of them may review it)' }),
    lastApproval: z.object({ approvedAt: timestamp, approvedBy: personRef }).nullable().meta({ description: 'the approval whose version is published, when it was ever approved' }),
    assignment: assignmentDto.meta({ description: "the claim's own assignment (its article's applies where this is null)" }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Claim' });
export type ClaimDto = z.infer<typeof claimDto>;

// The export pipeline reads claims structurally (lib/domain never imports
// lib/server): the API's shapes must stay what it reads.
export type ClaimDtoFeedsExports = [Expect<SourceDto extends SourceLike ? true : false>, Expect<ClaimDto extends ClaimLike ? true : false>];

type SourceRow = Prisma.SourceGetPayload<object>;

/** A claim row as loaded with CLAIM_INCLUDE. */
export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof CLAIM_INCLUDE }>;

export function toSourceDto(row: SourceRow): SourceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    quote: row.quote,
    accessedAt: row.accessedAt ? row.accessedAt.toISOString() : null,
    archivedUrl: row.archivedUrl,
    reliabilityNote: row.reliabilityNote,
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    articleId: row.articleId,
    revisionId: row.revisionId,
    selector: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    anchorStatus: row.anchorStatus,
    statement: row.statement,
    verdict: row.verdict ? { key: row.verdict.key, label: row.verdict.label, color: row.verdict.color } : null,
    rationale: row.rationale,
    claimant: claimantOf(row),
    appearance: appearanceOf(row),
    status: row.status,
    authorId: row.authorId,
    author: row.author,
    version: row.version,
    sources: row.sources.map(toSourceDto),
    contributorIds: row.contributors.map((c) => c.userId),
    lastApproval: row.approvals[0] ? { approvedAt: row.approvals[0].createdAt.toISOString(), approvedBy: row.approvals[0].approvedBy } : null,
    assignment: { editorId: row.editorAssigneeId, reviewerId: row.reviewerAssigneeId },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
