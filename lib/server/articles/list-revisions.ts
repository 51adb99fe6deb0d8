// An article's revisions, newest first (without their text, which can be large).
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadArticle } from './load-article';

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  note: string | null;
  contentHash: string;
  author: { id: string; name: string } | null;
}

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
    select: { id: true, number: true, createdAt: true, note: true, contentHash: true, author: { select: { id: true, name: true } } },
  });
  return revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() }));
}
