// Append-only audit trail. Called with the transaction client of the write it
// describes, so the change and its record land together or not at all.
import type { Tx } from './db';

export interface AuditInput {
  actorId: string | null;
  entityType: 'Claim' | 'Source' | 'Review' | 'Article' | 'ArticleRevision' | 'User' | 'VerdictOption';
  entityId: string;
  claimId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      entityType: input.entityType,
      entityId: input.entityId,
      claimId: input.claimId ?? (input.entityType === 'Claim' ? input.entityId : null),
      action: input.action,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}
