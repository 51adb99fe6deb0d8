// One revision of an article with its full text, so a client can show (or
// restore) what the article said then.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadArticle } from './load-article';
import { loadRevision } from './load-revision';
import { toRevisionDetail, type RevisionDetail } from './revision-dto';

export interface GetRevisionOptions {
  actor: Actor;
  articleId: string;
  /** the revision's id or its number */
  revision: string;
}

export async function getRevision({ actor, articleId, revision }: GetRevisionOptions): Promise<RevisionDetail> {
  authorize(actor, 'article:read');
  await loadArticle(db, articleId);
  return toRevisionDetail(await loadRevision(db, articleId, revision));
}
