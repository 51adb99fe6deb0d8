// A claim's audit trail, oldest first. Audit rows outlive the claim, so the
// history of a deleted claim (ending in its deletion) can still be read. Each
// stored event is read with its action's schema (lib/domain/audit-events.ts);
// one that does not match (an action this version does not know, or a shape it
// no longer writes) is still listed, as it was stored, with `known: false`.
import { z } from 'zod';
import { auditEvent } from '@/lib/domain/audit-events';
import { AppError } from '@/lib/domain/errors';
import { personRef, timestamp } from '@/lib/domain/schema-parts';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';

const recorded = {
  id: z.string(),
  at: timestamp,
  actor: personRef.nullable().meta({ description: 'null when the account is gone' }),
  entityId: z.string(),
};

/** An event read with its action's schema: narrow on `action` for its before and after. */
export const knownHistoryEvent = z.intersection(z.object({ ...recorded, known: z.literal(true) }), auditEvent).meta({ id: 'KnownHistoryEvent' });

/** An event whose action or stored shape this version does not know: before and after as stored. */
export const unknownHistoryEvent = z
  .object({ ...recorded, known: z.literal(false), action: z.string(), entityType: z.string(), before: z.unknown(), after: z.unknown() })
  .meta({ id: 'UnknownHistoryEvent' });

export const historyEventDto = z.union([knownHistoryEvent, unknownHistoryEvent]).meta({ id: 'HistoryEvent' });
export type HistoryEvent = z.infer<typeof historyEventDto>;
export type KnownHistoryEvent = z.infer<typeof knownHistoryEvent>;

export const claimHistory = z.object({ events: z.array(historyEventDto) });
export type ClaimHistory = z.infer<typeof claimHistory>;

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
  return events.map((event): HistoryEvent => {
    const stored = { action: event.action, entityType: event.entityType, before: parse(event.before), after: parse(event.after) };
    const meta = { id: event.id, at: event.createdAt.toISOString(), actor: event.actor, entityId: event.entityId };
    const read = auditEvent.safeParse(stored);
    return read.success ? { ...meta, known: true, ...read.data } : { ...meta, known: false, ...stored };
  });
}

function parse(value: string | null): unknown {
  return value === null ? null : JSON.parse(value);
}
