// Takes an article's public page down: it answers 404 from now on, and leaves
// the index, the feed and the sitemap. The row stays (withdrawnAt), so
// publishing again keeps the page's address and its first publication date.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { recordAudit } from '../audit';
import { db } from '../db';
import { PUBLICATION_INCLUDE } from './publication-dto';

export interface UnpublishArticleOptions {
  actor: Actor;
  articleId: string;
}

export async function unpublishArticle({ actor, articleId }: UnpublishArticleOptions): Promise<void> {
  authorize(actor, 'article:publish');
  await db.$transaction(async (tx) => {
    const publication = await tx.publication.findUnique({ where: { articleId }, include: PUBLICATION_INCLUDE });
    if (!publication || publication.withdrawnAt) throw new AppError('NOT_FOUND', 'This article is not published');
    await tx.publication.update({ where: { id: publication.id }, data: { withdrawnAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Article',
      entityId: articleId,
      action: 'article.unpublished',
      before: { slug: publication.slug, revisionId: publication.revisionId, claims: publication.claims.map(({ claimId, approvalId }) => ({ claimId, approvalId })) },
    });
  });
}
