// All articles, newest first, each with its claim counts by status.
import type { Actor, ClaimStatus } from '@/lib/domain/types';
import { CLAIM_STATUSES } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { ARTICLE_INCLUDE, toArticleDto, type ArticleDto } from './article-dto';

export type ClaimCounts = { total: number } & Record<ClaimStatus, number>;
export type ArticleSummary = ArticleDto & { claimCounts: ClaimCounts };

export interface ListArticlesOptions {
  actor: Actor;
}

export async function listArticles({ actor }: ListArticlesOptions): Promise<ArticleSummary[]> {
  authorize(actor, 'article:read');
  const [articles, groups] = await Promise.all([
    db.article.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], include: ARTICLE_INCLUDE }),
    db.claim.groupBy({ by: ['articleId', 'status'], _count: { _all: true } }),
  ]);
  return articles.map((article) => {
    const claimCounts = emptyCounts();
    for (const group of groups) {
      if (group.articleId !== article.id) continue;
      claimCounts[group.status] = group._count._all;
      claimCounts.total += group._count._all;
    }
    return { ...toArticleDto(article), claimCounts };
  });
}

function emptyCounts(): ClaimCounts {
  return { total: 0, ...(Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>) };
}
