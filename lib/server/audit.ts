// Append-only audit trail. Called with the transaction client of the write it
// describes, so the change and its record land together or not at all. What
// each action records is declared once, in lib/domain/audit-events.ts: a
// field named wrong for its action does not compile.
import type { AuditEventInput } from '@/lib/domain/audit-events';
import type { Tx } from './db';

/** Who did it, which record, and the event (its action, entityType, before and after). */
export type AuditInput = AuditEventInput & {
  actorId: string | null;
  entityId: string;
  /** the claim the event belongs to; defaults to the entity itself for a Claim */
  claimId?: string | null;
  /**
   * the article whose open pages must hear of it (live updates): given, the
   * event is also a LiveEvent, written in this same transaction, so a page
   * never hears of a change that was rolled back, nor misses one that landed
   */
  articleId?: string;
};

function toRow(input: AuditInput) {
  return {
    actorId: input.actorId,
    entityType: input.entityType,
    entityId: input.entityId,
    claimId: input.claimId ?? (input.entityType === 'Claim' ? input.entityId : null),
    action: input.action,
    before: input.before === undefined || input.before === null ? null : JSON.stringify(input.before),
    after: input.after === undefined || input.after === null ? null : JSON.stringify(input.after),
  };
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  const row = toRow(input);
  await tx.auditEvent.create({ data: row });
  if (input.articleId) await tx.liveEvent.create({ data: { articleId: input.articleId, claimId: row.claimId, action: row.action, actorId: row.actorId } });
}

/** Many events in one statement: a revision can re-anchor a thousand claims at once. */
export async function recordAuditMany(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({ data: inputs.map(toRow) });
}
