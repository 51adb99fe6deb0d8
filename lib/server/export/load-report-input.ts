// Gathers what an export renders from: the article, its latest revision, every
// claim with its reviews and its last approved version, and the verdict scale. Scope filtering is the report
// model's job, so every format agrees on what "published" means.
import { AppError } from '@/lib/domain/errors';
import type { ReportInput, ReportScope } from '@/lib/domain/export/report-model';
import type { Tx } from '../db';
import { loadArticle } from '../articles/load-article';
import { revisionText } from '../articles/revision-text-cache';
import { CLAIM_INCLUDE, toClaimDto } from '../claims/claim-dto';
import { LATEST_APPROVAL, toPublishedVersion } from '../claims/published-version';
import { loadVerdictScale } from '../verdicts/verdict-scale';

export interface LoadReportInputOptions {
  client: Tx;
  articleId: string;
  scope: ReportScope;
  /** injectable so tests can pin the timestamp */
  now?: Date;
  /**
   * A public page (lib/server/publishing): the revision it shows and the
   * approval each of its claims shows, frozen when it was published, in place
   * of the latest revision and each claim's latest approval. Only its claims
   * are loaded; the scope is then 'published'.
   */
  publication?: { revisionId: string; approvalIds: string[] };
}

export async function loadReportInput({ client, articleId, scope, now = new Date(), publication }: LoadReportInputOptions): Promise<ReportInput> {
  const article = await loadArticle(client, articleId);
  const latest = publication ? { id: publication.revisionId } : article.revisions[0];
  const frozen = publication ? { id: { in: publication.approvalIds } } : undefined;
  const [revision, claims, verdicts, text] = await Promise.all([
    latest ? client.articleRevision.findUnique({ where: { id: latest.id }, select: { id: true, number: true, createdAt: true } }) : null,
    client.claim.findMany({
      where: frozen ? { articleId, approvals: { some: frozen } } : { articleId },
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { createdAt: 'asc' }],
      include: {
        ...CLAIM_INCLUDE,
        approvals: frozen ? { where: frozen, include: LATEST_APPROVAL.include } : LATEST_APPROVAL,
        reviews: { orderBy: { createdAt: 'asc' }, include: { reviewer: { select: { name: true } } } },
      },
    }),
    loadVerdictScale(client),
    latest ? revisionText(client, latest.id) : '',
  ]);
  if (!revision) throw new AppError('NOT_FOUND', 'The article has no text');

  return {
    article: {
      id: article.id,
      slug: article.slug,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      byline: article.byline,
      publishedAt: article.publishedAt ? article.publishedAt.toISOString() : null,
      language: article.language,
    },
    revision: { id: revision.id, number: revision.number, text, createdAt: revision.createdAt.toISOString() },
    claims: claims.map((claim) => ({
      ...toClaimDto(claim),
      published: claim.approvals[0] ? toPublishedVersion(claim.approvals[0]) : null,
      reviews: claim.reviews.map((review) => ({
        reviewerName: review.reviewer.name,
        decision: review.decision,
        comment: review.comment,
        createdAt: review.createdAt.toISOString(),
      })),
    })),
    verdicts,
    scope,
    generatedAt: now.toISOString(),
  };
}
