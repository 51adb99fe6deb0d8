// The API's revision shapes. Lists leave the text out (it can be 1 MB per
// revision); reading one revision brings it.
import { z } from 'zod';
import { personRef, timestamp } from '../contract/parts';

export const REVISION_SUMMARY_SELECT = {
  id: true,
  number: true,
  createdAt: true,
  note: true,
  contentHash: true,
  author: { select: { id: true, name: true } },
} as const;

export const revisionSummary = z
  .object({
    id: z.string(),
    number: z.number().int(),
    createdAt: timestamp,
    note: z.string().nullable(),
    contentHash: z.string().meta({ description: 'SHA-256 of the text, hex' }),
    author: personRef.nullable(),
  })
  .meta({ id: 'RevisionSummary' });
export type RevisionSummary = z.infer<typeof revisionSummary>;

export const revisionDetail = revisionSummary.extend({ text: z.string() }).meta({ id: 'RevisionDetail' });
export type RevisionDetail = z.infer<typeof revisionDetail>;

interface RevisionRow {
  id: string;
  number: number;
  createdAt: Date;
  note: string | null;
  contentHash: string;
  author: { id: string; name: string } | null;
}

export function toRevisionSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt.toISOString(),
    note: row.note,
    contentHash: row.contentHash,
    author: row.author ? { id: row.author.id, name: row.author.name } : null,
  };
}

export function toRevisionDetail(row: RevisionRow & { text: string }): RevisionDetail {
  return { ...toRevisionSummary(row), text: row.text };
}
