// New revisions (and re-anchoring every claim onto them) belong to a later
// milestone. The endpoint exists so clients get a clear 501 rather than a 404
// or 405 that would look like a wrong URL.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadArticle } from './load-article';

export interface AddRevisionOptions {
  actor: Actor;
  articleId: string;
}

export async function addRevision({ actor, articleId }: AddRevisionOptions): Promise<never> {
  authorize(actor, 'revision:create');
  await loadArticle(db, articleId);
  throw new AppError('NOT_IMPLEMENTED', 'Adding a revision (with re-anchoring of claims) is not available yet in this version');
}
