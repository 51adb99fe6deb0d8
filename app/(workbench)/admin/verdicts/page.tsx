import { can } from '@/lib/domain/permissions';
import { MIN_TEXT_CONTRAST } from '@/lib/domain/verdict-contrast';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { VerdictScaleAdmin } from '@/components/admin/verdict-scale-admin';

export const metadata = { title: 'Verdict scale · Fact-check workbench' };

export default async function VerdictScalePage() {
  const actor = await requirePageActor();
  // The API refuses non-admins anyway; this says so before they try.
  if (!can(actor, 'verdicts:manage')) {
    return (
      <main>
        <h1>Verdict scale</h1>
        <p role="alert" className="error">
          Only admins manage the verdict scale. Ask an admin to add, rename or reorder a verdict.
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>Verdict scale</h1>
      <p className="muted">
        The verdicts editors give claims, in the order the claim card lists them. The ClaimReview rating is what search engines read (a whole number, 1 the worst; empty for a verdict off the numeric
        scale, such as “Misleading”). A colour must leave text on it at {MIN_TEXT_CONTRAST}:1 or more, on the verdict’s pill and on the article’s highlights. A verdict still given to a claim cannot be
        removed.
      </p>
      <VerdictScaleAdmin />
    </main>
  );
}
