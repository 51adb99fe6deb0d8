// One published claim on the public page: its number and stable anchor, the
// quoted words, what was checked, who said it, the verdict, why, and the
// sources, exactly as a reviewer approved them.
import { claimAnchor } from '@/lib/domain/publication/public-urls';
import type { ReportClaim } from '@/lib/domain/export/report-model';
import { formatDate } from '@/lib/domain/export/html-escape';
import { VerdictPill } from '@/components/claims/verdict-pill';

export function FactCheckClaim({ claim }: { claim: ReportClaim }) {
  const anchor = claimAnchor(claim.id);
  return (
    <article id={anchor} className="fc-claim" aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`} className="fc-claim-title">
        <a href={`#${anchor}`} className="fc-number" aria-label={`Claim ${claim.number}, link to this claim`}>
          {claim.number}
        </a>
        <span>{claim.statement.trim() || claim.selector.exact}</span>
      </h3>
      <p className="fc-verdict">
        <span className="fc-label">Verdict:</span> <VerdictPill verdict={claim.verdict} />
      </p>
      {claim.claimant && (
        <p className="fc-claimant">
          <span className="fc-label">Claim by:</span>{' '}
          {claim.claimant.url ? (
            <a href={claim.claimant.url} rel="nofollow noopener">
              {claim.claimant.name}
            </a>
          ) : (
            claim.claimant.name
          )}
          {claim.appearance?.url && (
            <>
              {' '}
              (
              <a href={claim.appearance.url} rel="nofollow noopener">
                where it was said
              </a>
              {claim.appearance.date ? `, ${formatDate(claim.appearance.date)}` : ''})
            </>
          )}
        </p>
      )}
      <blockquote className="fc-quote">{claim.selector.exact}</blockquote>
      {claim.rationale.trim() && <p className="fc-rationale">{claim.rationale}</p>}
      {claim.sources.length > 0 && (
        <>
          <h4 className="fc-sources-title">Sources</h4>
          <ol className="fc-sources">
            {claim.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} rel="nofollow noopener">
                  {source.title || source.url}
                </a>
                {source.publisher && <span className="fc-publisher"> · {source.publisher}</span>}
                {source.archivedUrl && (
                  <>
                    {' '}
                    · <a href={source.archivedUrl}>archived copy</a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {claim.approval && <p className="fc-meta">Reviewed {formatDate(claim.approval.approvedAt)}</p>}
    </article>
  );
}
