// A claim's audit trail, oldest first. Audit rows outlive the claim, so the
// history of a deleted claim (ending in its deletion) can still be read.
import { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { personRef, timestamp } from '../contract/parts';

export const historyEventDto = z
  .object({
    id: z.string(),
    at: timestamp,
    actor: personRef.nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'HistoryEvent' });
export type HistoryEvent = z.infer<typeof historyEventDto>;

export const claimHistory = z.object({ events: z.array(historyEventDto) });

export interface GetClaimHistoryOptions {
  actor: Actor;
  claimId: string;
}

export async function getClaimHistory({ actor, claimId }: GetClaimHistoryOptions): Promise<HistoryEvent[]> {
  authorize(actor, 'article:read');
  const events = await db.auditEvent.findMany({
    where: { claimId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { actor: { select: { id: true, name: true } } },
  });
  if (events.length === 0 && !(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', 'No such claim');
  }
  return events.map((event) => ({
    id: event.id,
    at: event.createdAt.toISOString(),
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: parse(event.before),
    after: parse(event.after),
  }));
}

function parse(value: string | null): unknown {
  return value === null ? null : JSON.parse(value);
}
