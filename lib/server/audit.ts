// Append-only audit trail. Called with the transaction client of the write it
// describes, so the change and its record land together or not at all.
import type { Tx } from './db';

export interface AuditInput {
  actorId: string | null;
  entityType: 'Claim' | 'Source' | 'Review' | 'Comment' | 'Article' | 'ArticleRevision' | 'User' | 'VerdictOption';
  entityId: string;
  claimId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

function toRow(input: AuditInput) {
  return {
    actorId: input.actorId,
    entityType: input.entityType,
    entityId: input.entityId,
    claimId: input.claimId ?? (input.entityType === 'Claim' ? input.entityId : null),
    action: input.action,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
  };
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: toRow(input) });
}

/** Many events in one statement: a revision can re-anchor a thousand claims at once. */
export async function recordAuditMany(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({ data: inputs.map(toRow) });
}
