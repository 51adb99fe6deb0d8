// How many claims got each verdict: the page's summary, verdicts with no
// claims left out.
import type { ReportModel } from '@/lib/domain/export/report-model';
import { VerdictPill } from '@/components/claims/verdict-pill';

export function VerdictSummary({ model }: { model: ReportModel }) {
  const rows = model.summary.filter((row) => row.count > 0);
  return (
    <section className="fc-summary" aria-labelledby="fc-summary-title">
      <h2 id="fc-summary-title">
        {model.total} claim{model.total === 1 ? '' : 's'} checked
      </h2>
      <ul>
        {rows.map((row) => (
          <li key={row.key ?? 'none'}>
            <VerdictPill verdict={row.key ? { label: row.label, color: row.color } : null} /> <span className="fc-count">× {row.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
