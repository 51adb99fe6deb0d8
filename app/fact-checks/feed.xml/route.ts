// GET /fact-checks/feed.xml: an Atom feed of the published fact-checks, newest
// first (the `feed` library writes and escapes the XML).
import { Feed } from 'feed';
import { FACT_CHECKS_FEED_PATH, FACT_CHECKS_PATH, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { listFactChecks } from '@/lib/server/publication/list-fact-checks';
import { publicSite } from '@/lib/server/publication/public-site';

export const dynamic = 'force-dynamic';
const FEED_ENTRIES = 50;

export async function GET(): Promise<Response> {
  const { appUrl, organization } = publicSite();
  const entries = await listFactChecks({ limit: FEED_ENTRIES });
  const feed = new Feed({
    title: `${organization.name}: fact-checks`,
    id: `${appUrl}${FACT_CHECKS_PATH}`,
    link: `${appUrl}${FACT_CHECKS_PATH}`,
    feedLinks: { atom: `${appUrl}${FACT_CHECKS_FEED_PATH}` },
    author: { name: organization.name, ...(organization.url ? { link: organization.url } : {}) },
    copyright: organization.name,
    updated: entries[0] ? new Date(entries[0].publishedAt) : new Date(0),
  });
  for (const entry of entries) {
    const url = factCheckUrl(appUrl, entry.slug);
    feed.addItem({
      title: entry.title,
      id: url,
      link: url,
      date: new Date(entry.publishedAt),
      published: new Date(entry.firstPublishedAt),
      description: `${entry.claimCount} claim${entry.claimCount === 1 ? '' : 's'} checked${entry.outlet ? ` in ${entry.outlet}` : ''}.`,
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
