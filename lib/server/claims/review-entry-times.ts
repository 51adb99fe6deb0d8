// When each claim last entered review: its latest submission, or the moment
// an edit or a re-anchoring sent an approved claim back. Read from the audit
// trail, which records the status before and after every such change, so no
// extra column has to be kept in step by every writer.
import { auditEvent, type AuditEvent } from '@/lib/domain/audit-events';
import type { Tx } from '../db';

// The events whose before/after carry the claim's status.
const STATUS_CHANGING_ACTIONS = ['claim.submitted', 'claim.updated', 'claim.reattached', 'claim.reanchored'] as const;
type StatusChange = Extract<AuditEvent, { action: (typeof STATUS_CHANGING_ACTIONS)[number] }>;

const changesStatus = (event: AuditEvent): event is StatusChange => (STATUS_CHANGING_ACTIONS as readonly string[]).includes(event.action);

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

export async function reviewEntryTimes(client: Tx, claimIds: string[]): Promise<Map<string, Date>> {
  const times = new Map<string, Date>();
  if (claimIds.length === 0) return times;
  const events = await client.auditEvent.findMany({
    // The `contains` only narrows what is read; the parse below decides.
    where: { claimId: { in: claimIds }, action: { in: [...STATUS_CHANGING_ACTIONS] }, after: { contains: '"status":"IN_REVIEW"' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { claimId: true, action: true, entityType: true, before: true, after: true, createdAt: true },
  });
  for (const event of events) {
    const read = auditEvent.safeParse({ action: event.action, entityType: event.entityType, before: parse(event.before), after: parse(event.after) });
    if (!read.success || !changesStatus(read.data)) continue;
    const { before, after } = read.data;
    const entered = after.status === 'IN_REVIEW' && before.status !== 'IN_REVIEW';
    // Oldest first: a later entry overwrites an earlier one.
    if (entered && event.claimId) times.set(event.claimId, event.createdAt);
  }
  return times;
}
