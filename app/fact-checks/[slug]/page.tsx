// An article's public fact-check page: server-rendered for anyone, the text
// with each published claim highlighted, the claims as approved, a verdict
// summary, and one ClaimReview JSON-LD block per rated claim (url: this page
// with the claim's anchor). Not published: 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/domain/errors';
import { formatDate } from '@/lib/domain/export/html-escape';
import { factCheckJsonLd } from '@/lib/domain/publication/fact-check-json-ld';
import { FACT_CHECKS_FEED_PATH, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { getFactCheck, type FactCheckPage } from '@/lib/server/publication/get-fact-check';
import { FactCheckClaim } from '@/components/fact-checks/fact-check-claim';
import { FactCheckText } from '@/components/fact-checks/fact-check-text';
import { VerdictSummary } from '@/components/fact-checks/verdict-summary';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

async function load(slug: string): Promise<FactCheckPage> {
  try {
    return await getFactCheck({ slug });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { model, site } = await load(slug);
  const title = `Fact-check: ${model.article.title}`;
  const description = `${model.total} claim${model.total === 1 ? '' : 's'} checked by ${site.organization.name}.`;
  return {
    title,
    description,
    alternates: { canonical: factCheckUrl(site.appUrl, model.article.slug), types: { 'application/atom+xml': FACT_CHECKS_FEED_PATH } },
    openGraph: { title, description, type: 'article', url: factCheckUrl(site.appUrl, model.article.slug) },
  };
}

export default async function FactCheckPageView({ params }: Props) {
  const { slug } = await params;
  const { model, site, publishedAt, firstPublishedAt } = await load(slug);
  const { article } = model;
  const jsonLd = factCheckJsonLd({ model, site });
  return (
    <>
      {jsonLd.map((json, i) => (
        // A data block, never run; serializeJsonLd escapes < > & so a statement cannot close it.
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
      ))}
      <article className="fc-page">
        <header>
          <p className="fc-kicker">Fact-check</p>
          <h1>{article.title}</h1>
          <p className="fc-meta">
            {[article.outlet, article.byline, article.publishedAt ? formatDate(article.publishedAt) : null].filter(Boolean).join(' · ')}
            {article.url && (
              <>
                {' · '}
                <a href={article.url} rel="nofollow noopener">
                  original article
                </a>
              </>
            )}
          </p>
          <p className="fc-meta">
            Published {formatDate(firstPublishedAt)}
            {publishedAt !== firstPublishedAt && <> · updated {formatDate(publishedAt)}</>} by {site.organization.name}
          </p>
        </header>
        <VerdictSummary model={model} />
        <section aria-labelledby="fc-text-title">
          <h2 id="fc-text-title">The article, with the claims we checked</h2>
          <FactCheckText model={model} />
        </section>
        <section aria-labelledby="fc-claims-title">
          <h2 id="fc-claims-title">The claims</h2>
          {model.claims.map((claim) => (
            <FactCheckClaim key={claim.id} claim={claim} />
          ))}
        </section>
      </article>
    </>
  );
}
