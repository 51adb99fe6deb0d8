// The API's Article shape. Services load articles with ARTICLE_INCLUDE so the
// latest revision comes along.
import { z } from 'zod';
import type { ReportArticle } from '@/lib/domain/export/report-model';
import { timestamp } from '../contract/parts';
import type { Expect } from '../contract/type-checks';
import type { Prisma } from '../generated/prisma/client';

export const ARTICLE_INCLUDE = {
  revisions: { orderBy: { number: 'desc' as const }, take: 1, select: { id: true, number: true } },
};

export const articleDto = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    byline: z.string().nullable(),
    language: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    latestRevision: z.object({ id: z.string(), number: z.number().int() }).nullable(),
  })
  .meta({ id: 'Article' });
export type ArticleDto = z.infer<typeof articleDto>;

// The exports read the article structurally: the API's shape must stay what they read.
export type ArticleDtoFeedsExports = Expect<ArticleDto extends ReportArticle ? true : false>;

/** An article row as loaded with ARTICLE_INCLUDE. */
export type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof ARTICLE_INCLUDE }>;

export function toArticleDto(row: ArticleRow): ArticleDto {
  const latest = row.revisions[0];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    byline: row.byline,
    language: row.language,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestRevision: latest ? { id: latest.id, number: latest.number } : null,
  };
}
