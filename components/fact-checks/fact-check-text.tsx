// The reviewed article's text with each published claim highlighted and
// numbered; a number links to the claim's stable anchor below. Data in,
// markup out: which claims and where come from the report model.
import { claimAnchor } from '@/lib/domain/publication/public-urls';
import type { ReportModel } from '@/lib/domain/export/report-model';

export function FactCheckText({ model }: { model: ReportModel }) {
  const byNumber = new Map(model.claims.map((claim) => [claim.number, claim]));
  // A claim's number goes after the last stretch of text it covers.
  const endsAt = new Map<number, number[]>();
  for (const claim of model.claims) {
    if (!claim.highlighted) continue;
    endsAt.set(claim.selector.end, [...(endsAt.get(claim.selector.end) ?? []), claim.number]);
  }
  return (
    <div className="fc-text" lang={model.article.language ?? undefined}>
      {model.segments.map((segment) => {
        const numbers = (endsAt.get(segment.end) ?? []).filter((n) => segment.claimNumbers.includes(n));
        if (segment.claimNumbers.length === 0) return <span key={segment.start}>{segment.text}</span>;
        return (
          <span key={segment.start}>
            <mark className="fc-mark">{segment.text}</mark>
            {numbers.map((n) => (
              <sup key={n} className="fc-ref">
                <a href={`#${claimAnchor(byNumber.get(n)!.id)}`} aria-label={`Claim ${n}`}>
                  {n}
                </a>
              </sup>
            ))}
          </span>
        );
      })}
    </div>
  );
}
