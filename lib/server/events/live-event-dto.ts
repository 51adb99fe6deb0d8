// A change as open pages hear of it (text/event-stream `change` events): which
// article and claim, what happened (the audit action), who did it. The page
// asks the API for the claim as it now is; nothing else travels here.
import { z } from 'zod';

export const liveEventDto = z
  .object({
    id: z.number().int().meta({ description: 'increasing; the stream’s `id:`, sent back as Last-Event-ID to resume' }),
    articleId: z.string(),
    claimId: z.string().nullable(),
    action: z.string().meta({ description: 'the audit action: claim.created, claim.updated, claim.deleted, source.added, claim.approved, comment.added, article.revised, ...' }),
    actorId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LiveEvent' });
export type LiveEventDto = z.infer<typeof liveEventDto>;

export function toLiveEventDto(row: { id: number; articleId: string; claimId: string | null; action: string; actorId: string | null; createdAt: Date }): LiveEventDto {
  return { id: row.id, articleId: row.articleId, claimId: row.claimId, action: row.action, actorId: row.actorId, createdAt: row.createdAt.toISOString() };
}
