// The public side: no session, no workbench navigation. Pages here are what
// readers, search engines and fact-check databases see under the desk's name.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { FACT_CHECKS_FEED_PATH, FACT_CHECKS_PATH } from '@/lib/domain/publication/public-urls';
import { publicSite } from '@/lib/server/publication/public-site';
import './fact-checks.css';

export default function PublicLayout({ children }: { children: ReactNode }) {
  const { organization } = publicSite();
  return (
    <div className="fc">
      <header className="fc-header">
        <Link href={FACT_CHECKS_PATH} className="fc-brand">
          {organization.name}
        </Link>
        <span className="fc-tagline">Fact-checks</span>
      </header>
      <main className="fc-main">{children}</main>
      <footer className="fc-footer">
        <a href={FACT_CHECKS_FEED_PATH}>Atom feed</a>
        {organization.url && (
          <>
            {' · '}
            <a href={organization.url}>{organization.name}</a>
          </>
        )}
      </footer>
    </div>
  );
}
