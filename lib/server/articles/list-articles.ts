// All articles, newest first, each with its claim counts by status.
import { z } from 'zod';
import type { Actor, ClaimStatus } from '@/lib/domain/types';
import { CLAIM_STATUSES } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { ARTICLE_INCLUDE, articleDto, toArticleDto } from './article-dto';

const claimCounts = z
  .object({ total: z.number().int(), ...(Object.fromEntries(CLAIM_STATUSES.map((status) => [status, z.number().int()])) as Record<ClaimStatus, z.ZodNumber>) })
  .meta({ description: 'how many of the article’s claims are in each status, and in all' });
export type ClaimCounts = z.infer<typeof claimCounts>;

export const articleSummary = articleDto.extend({ claimCounts }).meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof articleSummary>;

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
