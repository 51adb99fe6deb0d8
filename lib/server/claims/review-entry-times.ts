// When each claim last entered review: its latest submission, or the moment
// an edit or a re-anchoring sent an approved claim back. Read from the audit
// trail, which records the status before and after every such change, so no
// extra column has to be kept in step by every writer.
import type { Tx } from '../db';

// The events whose before/after carry the claim's status.
const STATUS_CHANGING_ACTIONS = ['claim.submitted', 'claim.updated', 'claim.reattached', 'claim.reanchored'];

function statusIn(json: string | null): unknown {
  if (json === null) return undefined;
  return (JSON.parse(json) as { status?: unknown }).status;
}

export async function reviewEntryTimes(client: Tx, claimIds: string[]): Promise<Map<string, Date>> {
  const times = new Map<string, Date>();
  if (claimIds.length === 0) return times;
  const events = await client.auditEvent.findMany({
    // The `contains` only narrows what is read; the parse below decides.
    where: { claimId: { in: claimIds }, action: { in: STATUS_CHANGING_ACTIONS }, after: { contains: '"status":"IN_REVIEW"' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { claimId: true, before: true, after: true, createdAt: true },
  });
  for (const event of events) {
    const entered = statusIn(event.after) === 'IN_REVIEW' && statusIn(event.before) !== 'IN_REVIEW';
    // Oldest first: a later entry overwrites an earlier one.
    if (entered && event.claimId) times.set(event.claimId, event.createdAt);
  }
  return times;
}
