// Puts a deleted claim back: the workbench's "Undo" after a delete, or a
// restore later the same day. Its claim.deleted audit event keeps the whole
// claim (delete-claim.ts), so it comes back with the same id, statement,
// verdict, rationale, claimant, appearance, sources and assignment. What was
// deleted with it (reviews, comments, approvals) is not in that record: it
// comes back as a draft, as every claim starts, since no approval stands for
// it any more; who had changed it still may not review it (four eyes). Its words are looked for in the latest revision the way a new
// revision looks for every claim's (the re-anchoring engine), or it comes
// back orphaned on the revision it was on. Whoever may delete it may restore it.
import { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import { RESTORE_WINDOW_HOURS, withinRestoreWindow } from '@/lib/domain/restore-window';
import type { Actor, AnchorStatus, TextSelector } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { loadLatestRevision } from '../articles/load-latest-revision';
import { planReanchor, type StoredClaim } from '../articles/plan-reanchor';
import { reanchorArticleClaims } from '../articles/reanchor-article-claims';
import { searchEntryData } from '../claim-search/index-claim-statement';
import { claimantColumns } from './claimant-columns';
import { claimDto, toClaimDto, type ClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';

export interface RestoreClaimOptions {
  actor: Actor;
  claimId: string;
}

/** What the claim.deleted record must hold to put the claim back; events written before claimants or assignments lack those. */
const deletedClaim = claimDto
  .pick({
    id: true,
    articleId: true,
    revisionId: true,
    selector: true,
    anchorStatus: true,
    statement: true,
    verdict: true,
    rationale: true,
    authorId: true,
    version: true,
    sources: true,
    createdAt: true,
  })
  .extend({
    claimant: claimDto.shape.claimant.optional(),
    appearance: claimDto.shape.appearance.optional(),
    assignment: claimDto.shape.assignment.optional(),
    contributorIds: claimDto.shape.contributorIds.default([]),
  });
type DeletedClaim = z.infer<typeof deletedClaim>;

interface Anchoring {
  selector: TextSelector;
  revisionId: string;
  anchorStatus: AnchorStatus;
}

async function loadDeletion(claimId: string): Promise<{ record: DeletedClaim; deletedAt: Date }> {
  if (await db.claim.findUnique({ where: { id: claimId }, select: { id: true } })) throw new AppError('CONFLICT', 'This claim is not deleted');
  const event = await db.auditEvent.findFirst({
    where: { entityType: 'Claim', entityId: claimId, action: 'claim.deleted' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { before: true, createdAt: true },
  });
  if (!event) throw new AppError('NOT_FOUND', 'No such claim');
  const read = deletedClaim.safeParse(event.before === null ? null : JSON.parse(event.before));
  if (!read.success) throw new AppError('CONFLICT', 'The record of this deleted claim cannot be read back: it can no longer be restored');
  return { record: read.data, deletedAt: event.createdAt };
}

/** Where the claim's words are in the latest revision: as recorded when it is that revision, else as re-anchoring finds them. */
async function anchoringIn(latest: { id: string; text: string }, record: DeletedClaim): Promise<Anchoring> {
  if (record.revisionId === latest.id) return { selector: record.selector, revisionId: record.revisionId, anchorStatus: record.anchorStatus };
  const stored: StoredClaim = { id: record.id, ...record.selector, revisionId: record.revisionId, anchorStatus: record.anchorStatus, status: 'DRAFT', version: record.version };
  const outcomes = await reanchorArticleClaims(db, { claims: [stored], newText: latest.text, latest });
  const { after } = planReanchor(stored, outcomes.get(record.id), latest.text, latest.id);
  return { selector: after.selector, revisionId: after.revisionId, anchorStatus: after.anchorStatus };
}

export async function restoreClaim({ actor, claimId }: RestoreClaimOptions): Promise<ClaimDto> {
  const { record, deletedAt } = await loadDeletion(claimId);
  authorize(actor, 'claim:delete', { authorId: record.authorId });
  if (!withinRestoreWindow(deletedAt, new Date())) {
    throw new AppError('CONFLICT', `Deleted more than ${RESTORE_WINDOW_HOURS} hours ago: it can no longer be restored (its history stays readable)`, {
      deletedAt: deletedAt.toISOString(),
    });
  }
  // The slow part (the engine, on the work pool) before the transaction, as a new revision does it.
  const latest = await loadLatestRevision(db, record.articleId, { id: true, text: true });
  const anchoring = await anchoringIn(latest, record);

  return db.$transaction(async (tx) => {
    const current = await loadLatestRevision(tx, record.articleId, { id: true });
    if (current.id !== latest.id) throw new AppError('CONFLICT', 'The article was revised meanwhile: restore the claim again');
    // Checked again in here: a second restore racing this one finds it back (or fails on the id, also 409).
    if (await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } })) throw new AppError('CONFLICT', 'This claim is not deleted');
    // A verdict taken off the scale since, or an account gone, is not put back.
    const verdictKey = record.verdict && (await tx.verdictOption.findUnique({ where: { key: record.verdict.key }, select: { key: true } })) ? record.verdict.key : null;
    const people = [record.assignment?.editorId, record.assignment?.reviewerId, ...record.contributorIds].filter((id): id is string => !!id);
    const present = new Set((await tx.user.findMany({ where: { id: { in: people } }, select: { id: true } })).map((u) => u.id));
    const assignee = (id: string | null | undefined) => (id && present.has(id) ? id : null);

    await tx.claim.create({
      data: {
        id: record.id,
        articleId: record.articleId,
        revisionId: anchoring.revisionId,
        ...anchoring.selector,
        anchorStatus: anchoring.anchorStatus,
        statement: record.statement,
        rationale: record.rationale,
        verdictKey,
        ...claimantColumns(record.claimant ?? null, record.appearance ?? null),
        authorId: record.authorId,
        editorAssigneeId: assignee(record.assignment?.editorId),
        reviewerAssigneeId: assignee(record.assignment?.reviewerId),
        // Past the version it was deleted at: a copy held from before the deletion is stale (409).
        version: record.version + 1,
        createdAt: new Date(record.createdAt),
        searchEntry: { create: searchEntryData(record.statement) },
        contributors: { create: record.contributorIds.filter((id) => present.has(id)).map((userId) => ({ userId })) },
        sources: {
          create: record.sources.map((source) => ({
            id: source.id,
            url: source.url,
            title: source.title,
            publisher: source.publisher,
            quote: source.quote,
            accessedAt: source.accessedAt ? new Date(source.accessedAt) : null,
            archivedUrl: source.archivedUrl,
            reliabilityNote: source.reliabilityNote,
            createdById: source.createdById,
            createdAt: new Date(source.createdAt),
          })),
        },
      },
    });
    const restored = toClaimDto(await loadClaim(tx, claimId));
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claimId,
      articleId: restored.articleId,
      action: 'claim.restored',
      before: { deletedAt: deletedAt.toISOString() },
      after: restored,
    });
    return restored;
  });
}
