// What a reviewer approved, frozen into the 'claim.approved' audit event, and
// how it compares with the claim now: a reviewer looking at a claim back in
// review sees exactly which parts changed since they (or a colleague) last
// said yes. The shape is a zod schema: the audit event (audit-events.ts) and
// the API's SinceApproval answer carry it.
import { z } from '@/lib/validation/zod';
import { appearance, claimant } from './schema-parts';
import type { Appearance, Claimant } from './types';

export const snapshotSourceSchema = z.object({ url: z.string(), title: z.string().nullable(), publisher: z.string().nullable() });
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

export const approvalSnapshotSchema = z
  .object({
    statement: z.string(),
    verdict: z.object({ key: z.string(), label: z.string() }).nullable(),
    rationale: z.string(),
    quote: z.string().meta({ description: "the quoted words of the article (the TextQuoteSelector's `exact`)" }),
    sources: z.array(snapshotSourceSchema),
    // Approvals recorded before claims had a claimant froze none: they read as null.
    claimant: claimant.nullable().default(null),
    appearance: appearance.nullable().default(null),
  })
  .meta({ id: 'ApprovalSnapshot' });
export type ApprovalSnapshot = z.infer<typeof approvalSnapshotSchema>;

export const SNAPSHOT_FIELDS = ['statement', 'verdict', 'rationale', 'quote', 'sources', 'claimant', 'appearance'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** The parts of a claim a snapshot keeps (the API's Claim shape has them all). */
export interface SnapshotInput {
  statement: string;
  verdict: { key: string; label: string } | null;
  rationale: string;
  selector: { exact: string };
  sources: SnapshotSource[];
  claimant: Claimant | null;
  appearance: Appearance | null;
}

export function approvalSnapshot(claim: SnapshotInput): ApprovalSnapshot {
  return {
    statement: claim.statement,
    verdict: claim.verdict ? { key: claim.verdict.key, label: claim.verdict.label } : null,
    rationale: claim.rationale,
    quote: claim.selector.exact,
    sources: claim.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
    claimant: claim.claimant && { name: claim.claimant.name, type: claim.claimant.type, url: claim.claimant.url },
    appearance: claim.appearance && { url: claim.appearance.url, date: claim.appearance.date },
  };
}

// An admin renaming a verdict on the scale is not a change to the claim:
// verdicts are compared by key.
const verdictKey = (snapshot: ApprovalSnapshot) => snapshot.verdict?.key ?? null;

// The same sources in another order (one removed and added back) are the same evidence.
const sourceSet = (snapshot: ApprovalSnapshot) =>
  snapshot.sources
    .map((source) => JSON.stringify([source.url, source.title ?? null, source.publisher ?? null]))
    .sort()
    .join('\n');

const SAME: Record<SnapshotField, (a: ApprovalSnapshot, b: ApprovalSnapshot) => boolean> = {
  statement: (a, b) => a.statement === b.statement,
  verdict: (a, b) => verdictKey(a) === verdictKey(b),
  rationale: (a, b) => a.rationale === b.rationale,
  quote: (a, b) => a.quote === b.quote,
  sources: (a, b) => sourceSet(a) === sourceSet(b),
  claimant: (a, b) => a.claimant?.name === b.claimant?.name && a.claimant?.type === b.claimant?.type && a.claimant?.url === b.claimant?.url,
  appearance: (a, b) => a.appearance?.url === b.appearance?.url && a.appearance?.date === b.appearance?.date,
};

/** The fields that differ, in SNAPSHOT_FIELDS order. */
export function changedFields(approved: ApprovalSnapshot, current: ApprovalSnapshot): SnapshotField[] {
  return SNAPSHOT_FIELDS.filter((field) => !SAME[field](approved, current));
}
