// The desk's published fact-checks, newest first: the public index.
import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/lib/domain/export/html-escape';
import { FACT_CHECKS_FEED_PATH, factCheckPath } from '@/lib/domain/publication/public-urls';
import { listFactChecks } from '@/lib/server/publication/list-fact-checks';
import { publicSite } from '@/lib/server/publication/public-site';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return { title: `Fact-checks · ${publicSite().organization.name}`, alternates: { types: { 'application/atom+xml': FACT_CHECKS_FEED_PATH } } };
}

export default async function FactChecksIndex() {
  const entries = await listFactChecks();
  return (
    <>
      <h1>Fact-checks</h1>
      {entries.length === 0 ? (
        <p>Nothing published yet.</p>
      ) : (
        <ul className="fc-index">
          {entries.map((entry) => (
            <li key={entry.slug}>
              <Link href={factCheckPath(entry.slug)}>{entry.title}</Link>
              <span className="fc-meta"> {[entry.outlet, `${entry.claimCount} claim${entry.claimCount === 1 ? '' : 's'}`, formatDate(entry.publishedAt)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
