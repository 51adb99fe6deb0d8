'use client';

// "Checked before": claims from any article that say what this claim says,
// with their verdicts, so nobody checks the same claim twice. Loaded when the
// card first becomes the active one (just created, or opened), and again when
// its statement changes: matching works on the statement. Once shown it stays
// while the card does: were it to vanish when another card takes the focus,
// every card below would jump up between a button's press and its release,
// and the click would land on nothing. Claims nobody has given
// a verdict yet are listed apart (splitChecks): they are work in progress, not checks.
import { useState } from 'react';
import { splitChecks } from '@/lib/domain/claim-matching/checked-before';
import type { SimilarClaimDto } from '@/lib/server/claim-search/find-similar-claims';
import { useApiGet } from '@/components/ui/use-api-get';
import { ErrorAlert } from '@/components/ui/error-alert';
import { StatusBadge } from './status-badge';
import { VerdictPill } from './verdict-pill';

interface Props {
  claimId: string;
  statement: string;
  active: boolean;
}

function SimilarClaim({ match }: { match: SimilarClaimDto }) {
  return (
    <li data-testid="similar-claim" data-claim-id={match.id}>
      <div className="row">
        <VerdictPill verdict={match.verdict} />
        <StatusBadge status={match.status} testId="similar-claim-status" />
        <span className="muted" title="How closely it says the same thing">
          {Math.round(match.score * 100)}% match
        </span>
        {match.numbers === 'different' && (
          <span className="badge numbers-differ" title="It counts the same thing with a different figure">
            different figure
          </span>
        )}
      </div>
      <q>{match.statement}</q> <a href={`/articles/${match.articleId}?claim=${encodeURIComponent(match.id)}`}>{match.articleTitle}</a>
    </li>
  );
}

export function SimilarClaims({ claimId, statement, active }: Props) {
  const [shown, setShown] = useState(active);
  if (active && !shown) setShown(true);
  const { data, error } = useApiGet(shown ? 'GET /api/claims/{id}/similar' : null, { params: { id: claimId } }, 'Could not look for earlier checks', statement);
  const claims = data?.claims ?? null;

  if (!shown) return null;
  const { checks, unchecked } = splitChecks(claims ?? []);
  return (
    <section className="similar-claims" aria-label="Checked before" data-testid="similar-claims">
      <h4>Checked before</h4>
      <ErrorAlert message={error} />
      {!claims && !error && <p className="muted">Looking for earlier checks…</p>}
      {claims && claims.length === 0 && <p className="muted">No earlier claim says this.</p>}
      {claims && claims.length > 0 && checks.length === 0 && <p className="muted">Nobody has given it a verdict before.</p>}
      {checks.length > 0 && (
        <ul aria-label="Earlier checks">
          {checks.map((match) => (
            <SimilarClaim key={match.id} match={match} />
          ))}
        </ul>
      )}
      {unchecked.length > 0 && (
        <>
          <h5 id={`unchecked-${claimId}`}>Not checked yet (no verdict)</h5>
          <ul aria-labelledby={`unchecked-${claimId}`} data-testid="similar-unchecked">
            {unchecked.map((match) => (
              <SimilarClaim key={match.id} match={match} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
