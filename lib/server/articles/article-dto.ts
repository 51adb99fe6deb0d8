// The API's Article shape. Services load articles with ARTICLE_INCLUDE so the
// latest revision comes along.
import type { ReportArticle } from '@/lib/domain/export/report-model';
import type { Prisma } from '../generated/prisma/client';

export const ARTICLE_INCLUDE = {
  revisions: { orderBy: { number: 'desc' as const }, take: 1, select: { id: true, number: true } },
};

export interface ArticleDto extends ReportArticle {
  language: string | null;
  createdAt: string;
  updatedAt: string;
  latestRevision: { id: string; number: number } | null;
}

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
