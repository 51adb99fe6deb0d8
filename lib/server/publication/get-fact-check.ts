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
  /** only this claim of the page (one W3C annotation): the others are not loaded; none when it is not on the page */
  claimId?: string;
}

export async function getFactCheck({ slug, requestOrigin, claimId }: GetFactCheckOptions): Promise<FactCheckPage> {
  // No slug holds U+0000, and PostgreSQL refuses to even look one up (a 500).
  if (slug.includes('\u0000')) throw new AppError('NOT_FOUND', 'No published fact-check here');
  const publication = await db.publication.findUnique({
    where: { slug },
    select: { articleId: true, revisionId: true, publishedAt: true, firstPublishedAt: true, withdrawnAt: true, claims: { select: { claimId: true, approvalId: true } } },
  });
  if (!publication || publication.withdrawnAt) throw new AppError('NOT_FOUND', 'No published fact-check here');
  const shown = claimId === undefined ? publication.claims : publication.claims.filter((claim) => claim.claimId === claimId);
  const input = await loadReportInput({
    client: db,
    articleId: publication.articleId,
    scope: 'published',
    publication: { revisionId: publication.revisionId, approvalIds: shown.map((claim) => claim.approvalId) },
  });
  return {
    model: buildReportModel(input),
    site: publicSite(requestOrigin),
    publishedAt: publication.publishedAt.toISOString(),
    firstPublishedAt: publication.firstPublishedAt.toISOString(),
  };
}
