// /sitemap.xml: the public index and every published fact-check page, for
// search engines (Google's fact-check guidelines ask for one). Workbench pages
// need a session and are not listed.
import type { MetadataRoute } from 'next';
import { FACT_CHECKS_PATH, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { listFactChecks } from '@/lib/server/publication/list-fact-checks';
import { publicSite } from '@/lib/server/publication/public-site';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { appUrl } = publicSite();
  const entries = await listFactChecks();
  return [
    { url: `${appUrl}${FACT_CHECKS_PATH}`, lastModified: entries[0] ? new Date(entries[0].publishedAt) : undefined, changeFrequency: 'daily' },
    ...entries.map((entry) => ({ url: factCheckUrl(appUrl, entry.slug), lastModified: new Date(entry.publishedAt) })),
  ];
}
