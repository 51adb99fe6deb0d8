// The reviewed article's text with each published claim highlighted and
// numbered; a number links to the claim's stable anchor below. Data in,
// markup out: which claims and where come from the report model.
import { claimAnchor } from '@/lib/domain/publication/public-urls';
import type { ReportModel } from '@/lib/domain/export/report-model';

/**
 * A stretch of text with its line breaks as paragraph gaps: articles come as
 * one paragraph per line, and a bare line break would run them together.
 */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, i) => (
    <span key={i}>
      {i > 0 && <span className="fc-break" aria-hidden="true" />}
      {line}
    </span>
  ));
}

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
        if (segment.claimNumbers.length === 0)
          return (
            <span key={segment.start}>
              <Lines text={segment.text} />
            </span>
          );
        return (
          <span key={segment.start}>
            <mark className="fc-mark">
              <Lines text={segment.text} />
            </mark>
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
