// Turns audit events (GET /api/claims/:id/history, shapes written by the
// services in lib/server) into sentences a newsroom reads: who did what, and
// for text fields the words that changed. Unknown actions still get a line,
// so a new kind of event never vanishes from a claim's history.
import type { ClaimStatus } from '@/lib/domain/types';
import { STATUS_LABELS } from './status-badge';

export interface HistoryEvent {
  id?: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  before: unknown;
  after: unknown;
}

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

type Fields = Record<string, unknown>;
const obj = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const exactOf = (value: unknown): string => str(obj(obj(value).selector).exact);
const statusLabel = (value: unknown) => STATUS_LABELS[value as ClaimStatus] ?? str(value);
const sourceName = (value: unknown) => {
  const source = obj(value);
  return str(source.title) ? `“${str(source.title)}” (${str(source.url)})` : str(source.url) || 'a source';
};

/** " — back to In review" when an event moved the claim's status. */
function statusNote(before: Fields, after: Fields): string {
  if (!before.status || !after.status || before.status === after.status) return '';
  return ` — now ${statusLabel(after.status)}`;
}

function updated(who: string, before: Fields, after: Fields, verdictLabel: (key: unknown) => string): HistoryLine {
  const parts: string[] = [];
  const changes: TextChange[] = [];
  if ('verdictKey' in after || 'verdictKey' in before) {
    const from = before.verdictKey ? verdictLabel(before.verdictKey) : null;
    const to = after.verdictKey ? verdictLabel(after.verdictKey) : null;
    parts.push(from && to ? `changed the verdict from ${from} to ${to}` : to ? `set the verdict to ${to}` : `removed the verdict ${from ?? ''}`.trim());
  }
  for (const field of ['statement', 'rationale'] as const) {
    if (!(field in after) && !(field in before)) continue;
    parts.push(`edited the ${field}`);
    changes.push({ field, before: str(before[field]), after: str(after[field]) });
  }
  const what = parts.length > 0 ? parts.join(' and ') : 'edited the claim';
  return { sentence: `${who} ${what}${statusNote(before, after)}`, changes };
}

export function describeEvent(event: HistoryEvent, verdictLabel: (key: unknown) => string): HistoryLine {
  const who = event.actor?.name ?? 'Someone (account removed)';
  const before = obj(event.before);
  const after = obj(event.after);
  const none: TextChange[] = [];
  switch (event.action) {
    case 'claim.created':
      return { sentence: `${who} created the claim on “${exactOf(after)}”${after.verdict ? ` with the verdict ${verdictLabel(after.verdict)}` : ''}`, changes: none };
    case 'claim.updated':
      return updated(who, before, after, verdictLabel);
    case 'source.added':
      return { sentence: `${who} added the source ${sourceName(after)}${statusNote(before, after)}`, changes: none };
    case 'source.updated':
      return { sentence: `${who} edited the source ${sourceName(after)}${statusNote(before, after)}`, changes: none };
    case 'source.removed':
      return { sentence: `${who} removed the source ${sourceName(before)}${statusNote(before, after)}`, changes: none };
    case 'claim.submitted':
      return { sentence: `${who} submitted it for review`, changes: none };
    case 'claim.approved':
      return { sentence: `${who} approved`, changes: none, quote: str(after.comment) || undefined };
    case 'claim.changes_requested':
      return { sentence: `${who} requested changes`, changes: none, quote: str(after.comment) || undefined };
    case 'comment.added':
      return { sentence: `${who} commented`, changes: none, quote: str(after.body) || undefined };
    case 'claim.reanchored': {
      // The actor saved the revision; the engine moved the claim.
      const where = after.revisionNumber ? ` in revision ${after.revisionNumber}` : '';
      const outcome = after.anchorStatus === 'ORPHANED' ? ': its words were not found' : str(after.reason) ? `: ${str(after.reason)}` : '';
      const moved = exactOf(before) !== exactOf(after) && after.anchorStatus !== 'ORPHANED';
      return {
        sentence: `Re-anchored${where}${outcome} (revision saved by ${who})${statusNote(before, after)}`,
        changes: moved ? [{ field: 'quote', before: exactOf(before), after: exactOf(after) }] : none,
      };
    }
    case 'claim.reattached': {
      const where = after.revisionNumber ? ` in revision ${after.revisionNumber}` : '';
      return {
        sentence: `${who} re-attached it to “${exactOf(after)}”${where}${statusNote(before, after)}`,
        changes: [{ field: 'quote', before: exactOf(before), after: exactOf(after) }],
      };
    }
    case 'claim.deleted':
      return { sentence: `${who} deleted the claim`, changes: none };
    default:
      return { sentence: `${who}: ${event.action}`, changes: none };
  }
}
