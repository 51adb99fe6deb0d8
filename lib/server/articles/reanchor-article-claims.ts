// Runs the re-anchoring engine over every claim of an article (orphans too:
// their words may have come back). This is the slow part of a revision, so
// add-revision.ts runs it before its write transaction opens, and the engine
// itself runs on the work pool; planReanchor turns each outcome into a plan
// once the new revision exists.
import type { ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import type { Tx } from '../db';
import { runJob } from '../work/run-job';
import { revisionTexts } from './revision-text-cache';
import { storedSelector, type StoredClaim } from './plan-reanchor';

export interface ReanchorArticleClaimsOptions {
  claims: StoredClaim[];
  newText: string;
  /** the revision being replaced, whose text most claims point into */
  latest: { id: string; text: string };
}

/** The engine's outcome for each claim, by claim id. */
export async function reanchorArticleClaims(client: Tx, { claims, newText, latest }: ReanchorArticleClaimsOptions): Promise<Map<string, ReanchorOutcome>> {
  // Orphans keep the revision their quote lives in; the engine gets that
  // revision's text as the old text, so positions are read where they belong.
  const groups = new Map<string, StoredClaim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.revisionId);
    if (group) group.push(claim);
    else groups.set(claim.revisionId, [claim]);
  }

  const texts = await revisionTexts(
    client,
    [...groups.keys()].filter((id) => id !== latest.id),
  );
  texts.set(latest.id, latest.text);

  const found = await runJob('reanchorClaims', {
    newText,
    groups: [...groups].map(([revisionId, group]) => ({
      oldText: texts.get(revisionId),
      claims: group.map((claim) => ({ id: claim.id, selector: storedSelector(claim) })),
    })),
  });
  return new Map(found.map((outcome) => [outcome.id, outcome]));
}
