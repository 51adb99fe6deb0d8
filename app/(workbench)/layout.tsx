import Link from 'next/link';
import type { ReactNode } from 'react';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { SignOutButton } from '@/components/auth/sign-out-button';

// Every page in here needs a session, checked on each request.
export const dynamic = 'force-dynamic';

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <nav className="nav">
        <Link className="brand" href="/articles">
          Fact-check workbench
        </Link>
        <Link href="/articles">Articles</Link>
        <Link href="/review">Review queue</Link>
        <span className="spacer" />
        <span className="who">
          {actor.name} · {actor.role.toLowerCase()}
        </span>
        <SignOutButton />
      </nav>
      <div className="page">{children}</div>
    </>
  );
}
