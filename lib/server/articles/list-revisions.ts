// An article's revisions, newest first (without their text, which can be large).
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadArticle } from './load-article';
import { REVISION_SUMMARY_SELECT, toRevisionSummary, type RevisionSummary } from './revision-dto';

export interface ListRevisionsOptions {
  actor: Actor;
  articleId: string;
}

export async function listRevisions({ actor, articleId }: ListRevisionsOptions): Promise<RevisionSummary[]> {
  authorize(actor, 'article:read');
  await loadArticle(db, articleId);
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: REVISION_SUMMARY_SELECT,
  });
  return revisions.map(toRevisionSummary);
}
