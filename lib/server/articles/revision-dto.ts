// The API's revision shapes. Lists leave the text out (it can be 1 MB per
// revision); reading one revision brings it.

export const REVISION_SUMMARY_SELECT = {
  id: true,
  number: true,
  createdAt: true,
  note: true,
  contentHash: true,
  author: { select: { id: true, name: true } },
} as const;

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  note: string | null;
  contentHash: string;
  author: { id: string; name: string } | null;
}

export interface RevisionDetail extends RevisionSummary {
  text: string;
}

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
