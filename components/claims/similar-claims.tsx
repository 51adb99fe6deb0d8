'use client';

// "Checked before": claims from any article that say what this claim says,
// with their verdicts, so nobody checks the same claim twice. Loaded when the
// card is the active one (just created, or opened), and again when its
// statement changes: matching works on the statement.
import { useApiGet } from '@/components/ui/use-api-get';
import { ErrorAlert } from '@/components/ui/error-alert';
import { StatusBadge } from './status-badge';
import { VerdictPill } from './verdict-pill';

interface Props {
  claimId: string;
  statement: string;
  active: boolean;
}

export function SimilarClaims({ claimId, statement, active }: Props) {
  const { data, error } = useApiGet(active ? 'GET /api/claims/{id}/similar' : null, { params: { id: claimId } }, 'Could not look for earlier checks', statement);
  const claims = data?.claims ?? null;

  if (!active) return null;
  return (
    <section className="similar-claims" aria-label="Checked before" data-testid="similar-claims">
      <h4>Checked before</h4>
      <ErrorAlert message={error} />
      {!claims && !error && <p className="muted">Looking for earlier checks…</p>}
      {claims && claims.length === 0 && <p className="muted">No earlier claim says this.</p>}
      {claims && claims.length > 0 && (
        <ul>
          {claims.map((match) => (
            <li key={match.id} data-testid="similar-claim" data-claim-id={match.id}>
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
          ))}
        </ul>
      )}
    </section>
  );
}
