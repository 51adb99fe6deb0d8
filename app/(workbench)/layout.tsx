import Link from 'next/link';
import type { ReactNode } from 'react';
import { can, canReviewAny } from '@/lib/domain/permissions';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { countReviewQueue } from '@/lib/server/claims/count-review-queue';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { InboxLink } from '@/components/notifications/inbox-link';
import { HeaderMenu } from '@/components/ui/header-menu';

// Every page in here needs a session, checked on each request.
export const dynamic = 'force-dynamic';

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  // Editors review nothing: they get no count.
  const waiting = canReviewAny(actor) ? await countReviewQueue({ actor }) : null;
  const unread = await countUnreadNotifications({ actor });
  return (
    <>
      <nav className="nav">
        <Link className="brand" href="/articles">
          Fact-check workbench
        </Link>
        {/* Below 768 px these fold behind a Menu button (app/globals.css). */}
        <HeaderMenu>
          <Link href="/desk">Desk</Link>
          <Link href="/articles">Articles</Link>
          <Link href="/review" title={waiting === null ? undefined : `${waiting} claim(s) waiting for your review`}>
            Review queue{waiting === null ? '' : ` (${waiting})`}
          </Link>
          <InboxLink unread={unread} />
          {can(actor, 'users:manage') && <Link href="/admin/users">Users</Link>}
          {can(actor, 'verdicts:manage') && <Link href="/admin/verdicts">Verdict scale</Link>}
          <span className="spacer" />
          <span className="who">
            {actor.name} · {actor.role.toLowerCase()}
          </span>
          <Link href="/account">Account</Link>
          <SignOutButton />
        </HeaderMenu>
      </nav>
      <div className="page">{children}</div>
    </>
  );
}
