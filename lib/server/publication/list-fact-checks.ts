// The desk's published fact-checks, newest first: the public index, the Atom
// feed and the sitemap read this one list. Bounded: the newest `limit`.
import { db } from '../db';

export interface FactCheckEntry {
  slug: string;
  title: string;
  outlet: string | null;
  publishedAt: string;
  firstPublishedAt: string;
  claimCount: number;
}

export interface ListFactChecksOptions {
  limit?: number;
}

export const FACT_CHECK_LIST_LIMIT = 500;

export async function listFactChecks({ limit = FACT_CHECK_LIST_LIMIT }: ListFactChecksOptions = {}): Promise<FactCheckEntry[]> {
  const rows = await db.publication.findMany({
    where: { withdrawnAt: null },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(limit, FACT_CHECK_LIST_LIMIT),
    select: { slug: true, publishedAt: true, firstPublishedAt: true, article: { select: { title: true, outlet: true } }, _count: { select: { claims: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.article.title,
    outlet: row.article.outlet,
    publishedAt: row.publishedAt.toISOString(),
    firstPublishedAt: row.firstPublishedAt.toISOString(),
    claimCount: row._count.claims,
  }));
}
