// Shapes the revision pages read from the API (docs/api.md#articles): the
// server's own types, so a renamed field is a compile error here too.
export type { RevisionSummary } from '@/lib/server/articles/revision-dto';
export type { ReanchoredClaim as Reanchored } from '@/lib/server/articles/add-revision';
export type { RevisionDiff as DiffResponse } from '@/lib/server/articles/diff-revisions';
