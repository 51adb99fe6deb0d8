// An article as the workbench opens it: metadata, the latest revision's text
// and every claim, in reading order.
import { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { CLAIM_INCLUDE, claimDto, toClaimDto } from '../claims/claim-dto';
import { timestamp } from '../contract/parts';
import { articleDto, toArticleDto } from './article-dto';
import { loadArticle } from './load-article';
import { revisionText } from './revision-text-cache';

export const articleView = z
  .object({
    article: articleDto,
    /** the latest revision, with its text */
    revision: z.object({ id: z.string(), number: z.number().int(), text: z.string(), note: z.string().nullable(), createdAt: timestamp }),
    claims: z.array(claimDto),
  })
  .meta({ id: 'ArticleView' });
export type ArticleView = z.infer<typeof articleView>;

export interface GetArticleOptions {
  actor: Actor;
  articleId: string;
}

export async function getArticle({ actor, articleId }: GetArticleOptions): Promise<ArticleView> {
  authorize(actor, 'article:read');
  const article = await loadArticle(db, articleId);
  const latest = article.revisions[0];
  const [revision, claims, text] = await Promise.all([
    latest ? db.articleRevision.findUnique({ where: { id: latest.id }, select: { id: true, number: true, note: true, createdAt: true } }) : null,
    db.claim.findMany({
      where: { articleId },
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { createdAt: 'asc' }],
      include: CLAIM_INCLUDE,
    }),
    latest ? revisionText(db, latest.id) : '',
  ]);
  // Every import creates revision 1 in the same transaction; this is a broken row.
  if (!revision) throw new AppError('NOT_FOUND', 'The article has no text');
  return {
    article: toArticleDto(article),
    revision: { id: revision.id, number: revision.number, text, note: revision.note, createdAt: revision.createdAt.toISOString() },
    claims: claims.map(toClaimDto),
  };
}
