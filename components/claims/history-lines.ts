// Turns audit events (GET /api/claims/:id/history, each read with its action's
// schema in lib/domain/audit-events.ts) into sentences a newsroom reads: who did
// what, and for text fields the words that changed. Events the server could
// not read (an action or a shape it does not know) still get a line, so a new
// kind of event never vanishes from a claim's history.
import type { ClaimStatus } from '@/lib/domain/types';
import type { HistoryEvent, KnownHistoryEvent } from '@/lib/server/claims/get-claim-history';
import { STATUS_LABELS } from './status-badge';

export type { HistoryEvent } from '@/lib/server/claims/get-claim-history';

/** The event of one action, with its typed before and after. */
export type HistoryEventOf<A extends KnownHistoryEvent['action']> = Extract<KnownHistoryEvent, { action: A }>;

export interface TextChange {
  field: string;
  before: string;
  after: string;
}

export interface HistoryLine {
  sentence: string;
  /** word diffs to show under the sentence */
  changes: TextChange[];
  /** a reviewer's or commenter's words, quoted */
  quote?: string;
}

const sourceName = (source: { url: string; title: string | null }) => (source.title ? `“${source.title}” (${source.url})` : source.url || 'a source');

/** " — now In review" when an event moved the claim's status. */
function statusNote(before: { status: ClaimStatus }, after: { status: ClaimStatus }): string {
  return before.status === after.status ? '' : ` — now ${STATUS_LABELS[after.status]}`;
}

function updated(who: string, { before, after }: HistoryEventOf<'claim.updated'>, verdictLabel: (key: string) => string): HistoryLine {
  const parts: string[] = [];
  const changes: TextChange[] = [];
  // Only the fields that changed are recorded; a verdict removed is null.
  if (after.verdict !== undefined || before.verdict !== undefined) {
    const from = before.verdict ? verdictLabel(before.verdict) : null;
    const to = after.verdict ? verdictLabel(after.verdict) : null;
    parts.push(from && to ? `changed the verdict from ${from} to ${to}` : to ? `set the verdict to ${to}` : `removed the verdict ${from ?? ''}`.trim());
  }
  for (const field of ['statement', 'rationale'] as const) {
    if (after[field] === undefined && before[field] === undefined) continue;
    parts.push(`edited the ${field}`);
    changes.push({ field, before: before[field] ?? '', after: after[field] ?? '' });
  }
  const what = parts.length > 0 ? parts.join(' and ') : 'edited the claim';
  return { sentence: `${who} ${what}${statusNote(before, after)}`, changes };
}

export function describeEvent(event: HistoryEvent, verdictLabel: (key: string) => string): HistoryLine {
  const who = event.actor?.name ?? 'Someone (account removed)';
  const none: TextChange[] = [];
  if (!event.known) return { sentence: `${who}: ${event.action}`, changes: none };
  switch (event.action) {
    case 'claim.created': {
      const { after } = event;
      return { sentence: `${who} created the claim on “${after.selector.exact}”${after.verdict ? ` with the verdict ${verdictLabel(after.verdict)}` : ''}`, changes: none };
    }
    case 'claim.updated':
      return updated(who, event, verdictLabel);
    case 'source.added':
      return { sentence: `${who} added the source ${sourceName(event.after)}${statusNote(event.before, event.after)}`, changes: none };
    case 'source.updated':
      return { sentence: `${who} edited the source ${sourceName(event.after)}${statusNote(event.before, event.after)}`, changes: none };
    case 'source.removed':
      return { sentence: `${who} removed the source ${sourceName(event.before)}${statusNote(event.before, event.after)}`, changes: none };
    case 'claim.submitted':
      return { sentence: `${who} submitted it for review`, changes: none };
    case 'claim.approved':
      return { sentence: `${who} approved`, changes: none, quote: event.after.comment || undefined };
    case 'claim.changes_requested':
      return { sentence: `${who} requested changes`, changes: none, quote: event.after.comment || undefined };
    case 'comment.added':
      return { sentence: `${who} commented`, changes: none, quote: event.after.body || undefined };
    case 'claim.reanchored': {
      // The actor saved the revision; the engine moved the claim.
      const { before, after } = event;
      const orphaned = after.anchorStatus === 'ORPHANED';
      const outcome = orphaned ? ': its words were not found' : after.reason ? `: ${after.reason}` : '';
      const moved = before.selector.exact !== after.selector.exact && !orphaned;
      return {
        sentence: `Re-anchored in revision ${after.revisionNumber}${outcome} (revision saved by ${who})${statusNote(before, after)}`,
        changes: moved ? [{ field: 'quote', before: before.selector.exact, after: after.selector.exact }] : none,
      };
    }
    case 'claim.reattached': {
      const { before, after } = event;
      return {
        sentence: `${who} re-attached it to “${after.selector.exact}” in revision ${after.revisionNumber}${statusNote(before, after)}`,
        changes: [{ field: 'quote', before: before.selector.exact, after: after.selector.exact }],
      };
    }
    case 'claim.deleted':
      return { sentence: `${who} deleted the claim`, changes: none };
    case 'claim.restored':
      // Its reviews and comments went with the deletion: it is back as a draft.
      return { sentence: `${who} restored the deleted claim, as a draft`, changes: none };
    case 'claim.assigned': {
      const { after } = event;
      const what = [after.editorId ? 'an editor' : null, after.reviewerId ? 'a reviewer' : null].filter(Boolean).join(' and ');
      return { sentence: what ? `${who} assigned ${what}` : `${who} took its assignment away`, changes: none };
    }
    default:
      // Events of articles, users and the verdict scale are not a claim's; listed as recorded.
      return { sentence: `${who}: ${event.action}`, changes: none };
  }
}

/** The claim's latest re-anchoring, for the note on a claim whose words moved. */
export function lastReanchoring(events: readonly HistoryEvent[]): HistoryEventOf<'claim.reanchored'> | null {
  const reanchored = events.filter((event): event is HistoryEventOf<'claim.reanchored'> => event.known && event.action === 'claim.reanchored');
  return reanchored.at(-1) ?? null;
}
