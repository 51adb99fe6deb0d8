// Runs the re-anchoring engine over every claim of an article (orphans too:
// their words may have come back) and plans what happens to each.
import { reanchorClaims, type ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import type { Tx } from '../db';
import { planReanchor, storedSelector, type ReanchorPlan, type StoredClaim } from './plan-reanchor';

export interface ReanchorArticleClaimsOptions {
  claims: StoredClaim[];
  newText: string;
  newRevisionId: string;
  /** the revision being replaced, whose text most claims point into */
  latest: { id: string; text: string };
}

export async function reanchorArticleClaims(
  tx: Tx,
  { claims, newText, newRevisionId, latest }: ReanchorArticleClaimsOptions,
): Promise<ReanchorPlan[]> {
  // Orphans keep the revision their quote lives in; the engine gets that
  // revision's text as the old text, so positions are read where they belong.
  const groups = new Map<string, StoredClaim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.revisionId);
    if (group) group.push(claim);
    else groups.set(claim.revisionId, [claim]);
  }

  const texts = new Map([[latest.id, latest.text]]);
  const missing = [...groups.keys()].filter((id) => !texts.has(id));
  if (missing.length > 0) {
    const rows = await tx.articleRevision.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } });
    for (const row of rows) texts.set(row.id, row.text);
  }

  const outcomes = new Map<string, ReanchorOutcome>();
  for (const [revisionId, group] of groups) {
    const inputs = group.map((claim) => ({ id: claim.id, selector: storedSelector(claim) }));
    for (const outcome of reanchorClaims(newText, inputs, { oldText: texts.get(revisionId) })) outcomes.set(outcome.id, outcome);
  }
  return claims.map((claim) => planReanchor(claim, outcomes.get(claim.id), newText, newRevisionId));
}
