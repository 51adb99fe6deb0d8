// The article's latest revision, with what the caller selects (its text,
// usually), or a 404: "No such article", or "The article has no text" for an
// article without revisions (every import creates revision 1, so a broken row).
// One query when the article has text; the second only tells the two 404s apart.
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';

export async function loadLatestRevision<S extends Prisma.ArticleRevisionSelect>(client: Tx, articleId: string, select: S): Promise<Prisma.ArticleRevisionGetPayload<{ select: S }>> {
  const revision = await client.articleRevision.findFirst({ where: { articleId }, orderBy: { number: 'desc' }, select });
  if (revision) return revision as Prisma.ArticleRevisionGetPayload<{ select: S }>;
  const article = await client.article.findUnique({ where: { id: articleId }, select: { id: true } });
  throw new AppError('NOT_FOUND', article ? 'The article has no text' : 'No such article');
}
