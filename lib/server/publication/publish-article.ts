// Publishes an article's fact-check: its public page shows, from now on, each
// claim as its latest approval froze it, on the article's latest text. Again
// after new approvals, it replaces what the page shows. What a claim says now,
// if it changed since its approval, is never published: the approval is.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { recordAudit } from '../audit';
import { db } from '../db';
import { loadArticle } from '../articles/load-article';
import { PUBLICATION_INCLUDE, toPublicationDto, type PublicationDto } from './publication-dto';
import { publicSite } from './public-site';

export interface PublishArticleOptions {
  actor: Actor;
  articleId: string;
  requestOrigin?: string;
}

export async function publishArticle({ actor, articleId, requestOrigin }: PublishArticleOptions): Promise<PublicationDto> {
  authorize(actor, 'article:publish');
  const row = await db.$transaction(async (tx) => {
    const article = await loadArticle(tx, articleId);
    const revision = article.revisions[0];
    if (!revision) throw new AppError('NOT_FOUND', 'The article has no text');
    // Each claim's latest approval, in the order the claims stand in the text.
    const claims = await tx.claim.findMany({
      where: { articleId, approvals: { some: {} } },
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, approvals: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { id: true } } },
    });
    if (claims.length === 0) throw new AppError('CONFLICT', 'Nothing in this article has been approved yet, so there is nothing to publish');
    const shown = claims.map((claim, position) => ({ claimId: claim.id, approvalId: claim.approvals[0].id, position }));

    const before = await tx.publication.findUnique({ where: { articleId }, include: PUBLICATION_INCLUDE });
    const now = new Date();
    const publication = await tx.publication.upsert({
      where: { articleId },
      create: { articleId, slug: article.slug, revisionId: revision.id, publishedById: actor.id, firstPublishedAt: now, publishedAt: now },
      update: { revisionId: revision.id, publishedById: actor.id, publishedAt: now, withdrawnAt: null, claims: { deleteMany: {} } },
    });
    await tx.publishedClaim.createMany({ data: shown.map((claim) => ({ publicationId: publication.id, ...claim })) });
    const record = (slug: string, revisionId: string, list: { claimId: string; approvalId: string }[]) => ({
      slug,
      revisionId,
      claims: list.map(({ claimId, approvalId }) => ({ claimId, approvalId })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Article',
      entityId: articleId,
      action: 'article.published',
      before: before && !before.withdrawnAt ? record(before.slug, before.revisionId, before.claims) : null,
      after: record(publication.slug, publication.revisionId, shown),
    });
    return { ...publication, claims: shown };
  });
  return toPublicationDto(row, publicSite(requestOrigin));
}
