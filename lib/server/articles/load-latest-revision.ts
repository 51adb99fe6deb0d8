// The article's latest revision, with what the caller selects (its text,
// usually), or a 404: "No such article", or "The article has no text" for an
// article without revisions (every import creates revision 1, so a broken row).
// One query when the article has text; the second only tells the two 404s apart.
// Which revision is the latest is always asked of the database; its text comes
// from the revision-text cache (read from the database once per revision).
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { revisionText } from './revision-text-cache';

export async function loadLatestRevision<S extends Prisma.ArticleRevisionSelect>(client: Tx, articleId: string, select: S): Promise<Prisma.ArticleRevisionGetPayload<{ select: S }>> {
  const { text: withText, ...rest } = select as Prisma.ArticleRevisionSelect;
  const revision: Record<string, unknown> | null = await client.articleRevision.findFirst({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: withText ? { ...rest, id: true } : select,
  });
  if (revision) {
    if (withText) {
      revision.text = await revisionText(client, revision.id as string);
      if (!select.id) delete revision.id;
    }
    return revision as Prisma.ArticleRevisionGetPayload<{ select: S }>;
  }
  const article = await client.article.findUnique({ where: { id: articleId }, select: { id: true } });
  throw new AppError('NOT_FOUND', article ? 'The article has no text' : 'No such article');
}
