// Decides, for one claim, what a new revision does to it, from the engine's
// outcome. No database here: apply-reanchor.ts writes what this decides.
import type { ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import { buildSelector } from '@/lib/domain/anchoring/selector';
import type { AnchorStatus, ClaimStatus, TextSelector } from '@/lib/domain/types';
import { transition } from '@/lib/domain/workflow';

/** What re-anchoring reads of a claim. */
export const STORED_CLAIM_SELECT = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  revisionId: true,
  anchorStatus: true,
  status: true,
  version: true,
} as const;

export interface StoredClaim {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  revisionId: string;
  anchorStatus: AnchorStatus;
  status: ClaimStatus;
  version: number;
}

export interface ClaimAnchoring {
  selector: TextSelector;
  revisionId: string;
  anchorStatus: AnchorStatus;
  status: ClaimStatus;
}

/**
 * kept: nothing changes (an orphan stays an orphan); moved: only the revision
 * pointer moves (same words at the same place); updated: anything else, which
 * is written and audited claim by claim.
 */
export type PlanKind = 'kept' | 'moved' | 'updated';

export interface ReanchorPlan {
  claimId: string;
  version: number;
  kind: PlanKind;
  before: ClaimAnchoring;
  after: ClaimAnchoring;
  method: ReanchorOutcome['method'];
  score: number;
  reason: string;
}

export function storedSelector(claim: StoredClaim): TextSelector {
  return { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end };
}

const sameSelector = (a: TextSelector, b: TextSelector) => a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;

/**
 * The engine's selector, rebuilt from the new text so its context is ours;
 * null when it does not hold the quote there. A wrong highlight is worse than
 * none, so such an outcome is treated as orphaned rather than trusted.
 */
function verifiedSelector(newText: string, outcome: ReanchorOutcome): TextSelector | null {
  const { start, end, exact } = outcome.selector;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > newText.length || end <= start) return null;
  if (newText.slice(start, end) !== exact || exact.trim() === '') return null;
  return buildSelector(newText, start, end);
}

export function planReanchor(claim: StoredClaim, outcome: ReanchorOutcome | undefined, newText: string, newRevisionId: string): ReanchorPlan {
  const before: ClaimAnchoring = {
    selector: storedSelector(claim),
    revisionId: claim.revisionId,
    anchorStatus: claim.anchorStatus,
    status: claim.status,
  };
  let reason = outcome?.reason ?? 'the re-anchoring engine returned no outcome for this claim';
  const located = outcome && outcome.anchorStatus !== 'ORPHANED' ? verifiedSelector(newText, outcome) : null;
  if (outcome && outcome.anchorStatus !== 'ORPHANED' && !located) {
    reason = `the engine's position does not hold the quote (${outcome.reason})`;
  }

  let after: ClaimAnchoring;
  if (outcome && located) {
    const anchorStatus = outcome.anchorStatus;
    // Changed words invalidate a verdict on them; intact words do not.
    const status = anchorStatus === 'CHANGED' ? afterAnchorChange(before.status) : before.status;
    after = { selector: located, revisionId: newRevisionId, anchorStatus, status };
  } else {
    // The quote stays with the revision it lives in, so history and the UI can still show it.
    after = { ...before, anchorStatus: 'ORPHANED', status: afterAnchorChange(before.status) };
  }

  const selectorChanged = !sameSelector(before.selector, after.selector);
  const onlyRevisionMoved = !selectorChanged && before.anchorStatus === after.anchorStatus && before.status === after.status;
  const kind: PlanKind = !onlyRevisionMoved ? 'updated' : before.revisionId === after.revisionId ? 'kept' : 'moved';
  // An engine outcome we overruled reports no method: nothing was matched.
  const trusted = outcome && (located || outcome.anchorStatus === 'ORPHANED') ? outcome : null;
  return {
    claimId: claim.id,
    version: claim.version,
    kind,
    before,
    after,
    method: trusted ? trusted.method : 'none',
    score: trusted ? trusted.score : 0,
    reason,
  };
}

/** The workflow's answer to "the quoted words changed"; every status has one. */
function afterAnchorChange(status: ClaimStatus): ClaimStatus {
  const result = transition(status, 'anchor_changed');
  return result.ok ? result.status : status;
}
