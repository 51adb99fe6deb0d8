'use client';

// The article overview above the claims: how many there are of each status
// (each a filter), filters by verdict and author, a search of the claims and
// of the article text, the verdicts as a chart, and how the list is drawn
// (one line per claim, or every card open). What matches is decided by
// lib/domain/claim-overview.ts; this draws it and reports choices up.
import { useMemo } from 'react';
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { authorsOf, countByStatus, countByVerdict, isFiltered, NO_FILTER, type ClaimFilter } from '@/lib/domain/claim-overview';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/types';
import { STATUS_LABELS } from '@/components/claims/status-badge';
import type { Claim, Verdict } from '@/components/claims/types';
import type { ClaimDensity } from './use-claim-density';

/** Grey for the claims without a verdict (and verdicts no longer on the scale). */
const NO_VERDICT_COLOR = '#8c959f';

interface Props {
  claims: Claim[];
  verdicts: Verdict[];
  filter: ClaimFilter;
  onFilter(filter: ClaimFilter): void;
  /** how many claims the filter keeps */
  shown: number;
  /** the search's places in the article text, and the one shown now (-1: none yet) */
  textMatches: { count: number; more: boolean; current: number };
  onTextMatch(step: 1 | -1): void;
  density: ClaimDensity;
  onDensity(density: ClaimDensity): void;
}

export function ClaimOverview({ claims, verdicts, filter, onFilter, shown, textMatches, onTextMatch, density, onDensity }: Props) {
  const statusCounts = useMemo(() => countByStatus(claims), [claims]);
  const verdictCounts = useMemo(() => countByVerdict(claims, verdicts), [claims, verdicts]);
  const authors = useMemo(() => authorsOf(claims), [claims]);
  const change = (part: Partial<ClaimFilter>) => onFilter({ ...filter, ...part });
  const toggleStatus = (status: ClaimStatus) => change({ status: filter.status === status ? null : status });

  return (
    <section className="claim-overview" aria-label="Overview of the claims" data-testid="claim-overview">
      <div className="overview-counts" role="group" aria-label="Claims by status (press one to show only those)">
        {CLAIM_STATUSES.map((status) => (
          <button key={status} type="button" className={`count-chip status-${status}`} aria-pressed={filter.status === status} onClick={() => toggleStatus(status)} data-testid={`count-${status}`}>
            {STATUS_LABELS[status]} <strong>{statusCounts[status]}</strong>
          </button>
        ))}
      </div>
      <div className="overview-filters">
        <label>
          Verdict
          <select value={filter.verdict ?? '*'} onChange={(e) => change({ verdict: e.target.value === '*' ? null : e.target.value })}>
            <option value="*">Any verdict</option>
            {verdictCounts.map((v) => (
              <option key={v.key} value={v.key}>
                {v.label} ({v.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Author
          <select value={filter.authorId ?? '*'} onChange={(e) => change({ authorId: e.target.value === '*' ? null : e.target.value })}>
            <option value="*">Anyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="overview-search">
          Search this article
          <input type="search" value={filter.words} onChange={(e) => change({ words: e.target.value })} placeholder="words in the text or the claims" />
        </label>
      </div>
      {filter.words.trim() !== '' && (
        <p className="overview-text-matches" role="status">
          {textMatches.count === 0 ? (
            'Not in the article text.'
          ) : (
            <>
              {textMatches.current >= 0 ? `${textMatches.current + 1} of ` : ''}
              {textMatches.more ? 'more than ' : ''}
              {textMatches.count} {textMatches.count === 1 ? 'place' : 'places'} in the text{' '}
              <button type="button" onClick={() => onTextMatch(-1)} aria-label="Previous place in the text">
                ↑
              </button>{' '}
              <button type="button" onClick={() => onTextMatch(1)} aria-label="Next place in the text">
                ↓
              </button>
            </>
          )}
        </p>
      )}
      {claims.length > 0 && (
        <>
          {/* The figures are the verdict filter's and the list's below; the chart is for the eye only. */}
          <div className="overview-chart" aria-hidden="true" data-testid="overview-verdict-chart">
            <ResponsiveContainer width="100%" height={Math.max(60, verdictCounts.length * 18)}>
              <BarChart accessibilityLayer={false} layout="vertical" data={verdictCounts} margin={{ top: 0, right: 12, bottom: 0, left: 0 }}>
                <XAxis type="number" hide allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} interval={0} />
                <Bar dataKey="count" isAnimationActive={false} label={{ position: 'right', fontSize: 11 }}>
                  {verdictCounts.map((v) => (
                    <Cell key={v.key} fill={v.color ?? NO_VERDICT_COLOR} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="visually-hidden">Verdicts: {verdictCounts.map((v) => `${v.label} ${v.count}`).join(', ')}.</p>
        </>
      )}
      <div className="overview-foot">
        <span className="muted" data-testid="overview-shown">
          {isFiltered(filter) ? `Showing ${shown} of ${claims.length} claims` : `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}`}
        </span>
        {isFiltered(filter) && (
          <button type="button" className="link-button" onClick={() => onFilter(NO_FILTER)}>
            Clear filters
          </button>
        )}
        <span className="spacer" />
        <label className="checkbox">
          <input type="checkbox" checked={density === 'full'} onChange={(e) => onDensity(e.target.checked ? 'full' : 'compact')} />
          Open every card
        </label>
      </div>
    </section>
  );
}
