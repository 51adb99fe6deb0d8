// What changed between two revisions of an article, as a readable diff.
// Defaults compare the latest revision with the one before it.
import { z } from 'zod';
import type { DiffSummary } from '@/lib/domain/revisions/text-diff';
import type { Actor } from '@/lib/domain/types';
import type { DiffQuery } from '@/lib/validation/revisions';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { timestamp } from '../contract/parts';
import type { Equal, Expect } from '../contract/type-checks';
import { loadArticle } from './load-article';
import { runJob } from '../work/run-job';
import { loadRevision } from './load-revision';

const diffSummary = z.object({
  parts: z.array(z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  inserted: z.number().int(),
  deleted: z.number().int(),
  simplified: z.enum(['paragraph', 'text']).optional().meta({ description: 'absent when every change is shown word by word; else the diff was coarsened to keep it bounded' }),
});
export type DiffSummaryMatchesDomain = Expect<Equal<z.infer<typeof diffSummary>, DiffSummary>>;

const revisionRef = z.object({ id: z.string(), number: z.number().int(), createdAt: timestamp });
export const revisionDiff = diffSummary.extend({ from: revisionRef, to: revisionRef }).meta({ id: 'RevisionDiff' });
export type RevisionDiff = z.infer<typeof revisionDiff>;

export interface DiffRevisionsOptions {
  actor: Actor;
  articleId: string;
  query: DiffQuery;
}

export async function diffRevisions({ actor, articleId, query }: DiffRevisionsOptions): Promise<RevisionDiff> {
  authorize(actor, 'article:read');
  const article = await loadArticle(db, articleId);
  const latest = article.revisions[0]?.number ?? 1;
  const toNumber = query.to ?? latest;
  // With a single revision there is nothing before it: it is compared with itself.
  const fromNumber = query.from ?? Math.max(1, toNumber - 1);
  const [from, to] = await Promise.all([loadRevision(db, articleId, fromNumber), loadRevision(db, articleId, toNumber)]);
  return {
    from: { id: from.id, number: from.number, createdAt: from.createdAt.toISOString() },
    to: { id: to.id, number: to.number, createdAt: to.createdAt.toISOString() },
    ...(await runJob('diffTexts', { from: from.text, to: to.text })),
  };
}
