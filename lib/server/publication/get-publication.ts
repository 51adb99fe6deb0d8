// Whether an article's fact-check is public, and where: for the workbench's
// publish control. Null when it never was, or was taken down.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadArticle } from '../articles/load-article';
import { PUBLICATION_INCLUDE, toPublicationDto, type PublicationDto } from './publication-dto';
import { publicSite } from './public-site';

export interface GetPublicationOptions {
  actor: Actor;
  articleId: string;
  requestOrigin?: string;
}

export async function getPublication({ actor, articleId, requestOrigin }: GetPublicationOptions): Promise<PublicationDto | null> {
  authorize(actor, 'article:read');
  await loadArticle(db, articleId);
  const row = await db.publication.findUnique({ where: { articleId }, include: PUBLICATION_INCLUDE });
  return row && !row.withdrawnAt ? toPublicationDto(row, publicSite(requestOrigin)) : null;
}
