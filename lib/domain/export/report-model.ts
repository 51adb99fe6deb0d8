// The one view model every export format renders from, so the HTML report, the
// JSON export and later formats agree on which claims appear, their numbers and
// their verdicts. The types live in report-types.ts and are re-exported here,
// the module export code imports from.
import type { ClaimStatus, VerdictOptionData } from '../types';
import { UNRATED_COLOR } from '../verdicts';
import { segmentText } from '../anchoring/highlight-segments';
import type { ClaimLike, PublishedVersion, ReportClaim, ReportInput, ReportModel, ReviewLike, VerdictCount } from './report-types';

export type * from './report-types';

const byTime = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

/** A wrong highlight in a published report is worse than none: only exact matches are drawn. */
function isHighlightable(claim: ClaimLike, text: string): boolean {
  const { start, end, exact } = claim.selector;
  if (claim.anchorStatus === 'ORPHANED') return false;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return false;
  return text.slice(start, end) === exact;
}

function verdictOption(claim: ClaimLike, scale: Map<string, VerdictOptionData>): VerdictOptionData | null {
  if (!claim.verdict) return null;
  const option = scale.get(claim.verdict.key);
  if (option) return { ...option };
  const { key, label, color } = claim.verdict;
  return { key, label, color, ratingValue: null, normalized: 'OTHER', order: Number.MAX_SAFE_INTEGER };
}

type InputClaim = ReportInput['claims'][number];
type ScopedClaim = InputClaim & { approval: ReportClaim['approval'] };

/**
 * The claim as the published scope shows it: its last approved version, with
 * the approval that made it. The quoted words keep the claim's current
 * position when they are still the words approved (re-anchoring follows the
 * text across revisions), else the approved position, which the highlight
 * check then accepts only if those words are still there.
 */
function asPublished(claim: InputClaim, published: PublishedVersion): ScopedClaim {
  const sameWords = claim.selector.exact === published.selector.exact;
  return {
    ...claim,
    statement: published.statement,
    verdict: published.verdict,
    rationale: published.rationale,
    claimant: published.claimant,
    appearance: published.appearance,
    selector: sameWords ? claim.selector : published.selector,
    anchorStatus: sameWords ? claim.anchorStatus : 'CHANGED',
    sources: published.sources,
    status: 'APPROVED',
    version: published.claimVersion,
    updatedAt: published.approvedAt,
    approval: { reviewerName: published.approvedBy.name, approvedAt: published.approvedAt },
  };
}

/** What a scope shows: every claim as it is now (`all`), or only what was approved, as approved (`published`). */
function inScope(input: ReportInput): ScopedClaim[] {
  if (input.scope === 'all') return input.claims.map((claim) => ({ ...claim, approval: currentApproval(claim) }));
  return input.claims.flatMap((claim) => (claim.published ? [asPublished(claim, claim.published)] : []));
}

function currentApproval(claim: { status: ClaimStatus; reviews: ReviewLike[] }): ReportClaim['approval'] {
  if (claim.status !== 'APPROVED') return null;
  // The latest approval is the one that judged the current version.
  const approvals = claim.reviews.filter((review) => review.decision === 'APPROVE').sort(byTime);
  const last = approvals[approvals.length - 1];
  return last ? { reviewerName: last.reviewerName, approvedAt: last.createdAt } : null;
}

function summarize(claims: ReportClaim[], scale: VerdictOptionData[]): VerdictCount[] {
  const rows: VerdictCount[] = scale.map((o) => ({ key: o.key, label: o.label, color: o.color, count: 0 }));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  let unrated = 0;
  for (const claim of claims) {
    if (!claim.verdict) unrated += 1;
    else if (byKey.has(claim.verdict.key)) byKey.get(claim.verdict.key)!.count += 1;
    else {
      const row = { key: claim.verdict.key, label: claim.verdict.label, color: claim.verdict.color, count: 1 };
      rows.push(row);
      byKey.set(row.key, row);
    }
  }
  if (unrated > 0) rows.push({ key: null, label: 'No verdict', color: UNRATED_COLOR, count: unrated });
  return rows;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const text = input.revision.text;
  const verdictScale = [...input.verdicts].sort((a, b) => a.order - b.order);
  const scale = new Map(verdictScale.map((option) => [option.key, option]));
  const claimsInScope = inScope(input);

  const located = claimsInScope.filter((claim) => isHighlightable(claim, text));
  const unlocated = claimsInScope.filter((claim) => !isHighlightable(claim, text));
  // Ties (same start) put the longer, enclosing claim first, then fall back to
  // creation order and id so numbering is stable between exports.
  located.sort((a, b) => a.selector.start - b.selector.start || b.selector.end - a.selector.end || byTime(a, b) || a.id.localeCompare(b.id));
  unlocated.sort((a, b) => byTime(a, b) || a.id.localeCompare(b.id));

  const claims: ReportClaim[] = [...located, ...unlocated].map((claim, index) => {
    const verdict = verdictOption(claim, scale);
    return {
      number: index + 1,
      id: claim.id,
      selector: { ...claim.selector },
      anchorStatus: claim.anchorStatus,
      statement: claim.statement,
      verdict,
      color: verdict?.color ?? UNRATED_COLOR,
      rationale: claim.rationale,
      claimant: claim.claimant ? { ...claim.claimant } : null,
      appearance: claim.appearance ? { ...claim.appearance } : null,
      status: claim.status,
      approved: claim.status === 'APPROVED',
      approval: claim.approval,
      highlighted: index < located.length,
      author: { id: claim.author.id, name: claim.author.name },
      version: claim.version,
      sources: claim.sources.map((s) => ({
        id: s.id,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        quote: s.quote,
        accessedAt: s.accessedAt,
        archivedUrl: s.archivedUrl,
        reliabilityNote: s.reliabilityNote ?? null,
      })),
      // Review comments are internal working notes: a published report never carries them.
      reviews: [...claim.reviews].sort(byTime).map((r) => ({ ...r, comment: input.scope === 'published' ? null : r.comment })),
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
    };
  });

  const highlighted = claims.filter((claim) => claim.highlighted);
  const numberById = new Map(highlighted.map((claim) => [claim.id, claim.number]));
  const segments = segmentText(
    text.length,
    highlighted.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end })),
  ).map((segment) => ({
    start: segment.start,
    end: segment.end,
    text: text.slice(segment.start, segment.end),
    claimNumbers: segment.ids.map((id) => numberById.get(id)!).sort((a, b) => a - b),
  }));

  return {
    scope: input.scope,
    generatedAt: input.generatedAt,
    article: { ...input.article },
    revision: { ...input.revision },
    verdictScale,
    claims,
    segments,
    summary: summarize(claims, verdictScale),
    total: claims.length,
  };
}
