// The claim status machine (docs/architecture.md#review-state-machine). Pure: it decides, the
// services persist. Every transition the server performs goes through here.
import type { ClaimStatus } from './types';

export type WorkflowEvent =
  /** the author asks for review */
  | 'submit'
  | 'approve'
  | 'request_changes'
  /** statement, verdict, rationale, claimant or appearance edited */
  | 'edit_content'
  /** a source added, edited or removed: evidence is content too */
  | 'change_sources'
  /** re-anchoring found the quoted words changed */
  | 'anchor_changed';

export type Transition = { ok: true; status: ClaimStatus } | { ok: false; reason: string };

// An approved verdict is published under the newsroom's name: any change to
// what was approved (its words, verdict, rationale, who made the claim and
// where, quoted passage or evidence) must be looked at again. Other statuses stay as they are.
const CHANGES_WHAT_WAS_JUDGED: Partial<Record<ClaimStatus, ClaimStatus>> = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  APPROVED: 'IN_REVIEW',
};

const TABLE: Record<WorkflowEvent, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  submit: { DRAFT: 'IN_REVIEW', CHANGES_REQUESTED: 'IN_REVIEW' },
  approve: { IN_REVIEW: 'APPROVED' },
  request_changes: { IN_REVIEW: 'CHANGES_REQUESTED' },
  edit_content: CHANGES_WHAT_WAS_JUDGED,
  change_sources: CHANGES_WHAT_WAS_JUDGED,
  anchor_changed: CHANGES_WHAT_WAS_JUDGED,
};

const EVENT_WORDS: Record<WorkflowEvent, string> = {
  submit: 'submitted for review',
  approve: 'approved',
  request_changes: 'sent back with requested changes',
  edit_content: 'edited',
  change_sources: 'given other sources',
  anchor_changed: 're-anchored',
};

export function transition(current: ClaimStatus, event: WorkflowEvent): Transition {
  const next = TABLE[event][current];
  if (next) return { ok: true, status: next };
  return { ok: false, reason: `A claim that is ${current} cannot be ${EVENT_WORDS[event]}` };
}

export interface SubmitReadiness {
  verdictKey: string | null;
  sourceCount: number;
}

/** What is still missing before a claim can go to review; empty when it is ready. */
export function submitProblems(claim: SubmitReadiness): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!claim.verdictKey) problems.verdict = 'choose a verdict before submitting';
  if (claim.sourceCount < 1) problems.sources = 'add at least one source before submitting';
  return problems;
}

/** Fields whose change counts as editing what a reviewer judged. */
export const REVIEWED_FIELDS = ['statement', 'verdictKey', 'rationale', 'claimantName', 'claimantType', 'claimantUrl', 'appearanceUrl', 'appearanceDate'] as const;
