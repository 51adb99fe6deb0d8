// What an article's public page shows, for anyone, no session: the report
// model of the published scope, built from the approvals frozen when it was
// last published on the text it was published with. Not published, or taken
// down: 404, as if it had never existed.
import { AppError } from '@/lib/domain/errors';
import { buildReportModel, type ReportModel } from '@/lib/domain/export/report-model';
import { db } from '../db';
import { loadReportInput } from '../export/load-report-input';
import { publicSite, type PublicSite } from './public-site';

export interface FactCheckPage {
  model: ReportModel;
  site: PublicSite;
  publishedAt: string;
  firstPublishedAt: string;
}

export interface GetFactCheckOptions {
  slug: string;
  requestOrigin?: string;
}

export async function getFactCheck({ slug, requestOrigin }: GetFactCheckOptions): Promise<FactCheckPage> {
  const publication = await db.publication.findUnique({
    where: { slug },
    select: { articleId: true, revisionId: true, publishedAt: true, firstPublishedAt: true, withdrawnAt: true, claims: { select: { approvalId: true } } },
  });
  if (!publication || publication.withdrawnAt) throw new AppError('NOT_FOUND', 'No published fact-check here');
  const input = await loadReportInput({
    client: db,
    articleId: publication.articleId,
    scope: 'published',
    publication: { revisionId: publication.revisionId, approvalIds: publication.claims.map((claim) => claim.approvalId) },
  });
  return {
    model: buildReportModel(input),
    site: publicSite(requestOrigin),
    publishedAt: publication.publishedAt.toISOString(),
    firstPublishedAt: publication.firstPublishedAt.toISOString(),
  };
}
