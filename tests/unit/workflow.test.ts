import { REVIEWED_FIELDS, submitProblems, transition, type WorkflowEvent } from '@/lib/domain/workflow';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/types';

// docs/architecture.md#review-state-machine, written out independently of workflow.ts: null = illegal.
const EXPECTED: Record<WorkflowEvent, Record<ClaimStatus, ClaimStatus | null>> = {
  submit: { DRAFT: 'IN_REVIEW', IN_REVIEW: null, CHANGES_REQUESTED: 'IN_REVIEW', APPROVED: null },
  approve: { DRAFT: null, IN_REVIEW: 'APPROVED', CHANGES_REQUESTED: null, APPROVED: null },
  request_changes: { DRAFT: null, IN_REVIEW: 'CHANGES_REQUESTED', CHANGES_REQUESTED: null, APPROVED: null },
  edit_content: { DRAFT: 'DRAFT', IN_REVIEW: 'IN_REVIEW', CHANGES_REQUESTED: 'CHANGES_REQUESTED', APPROVED: 'IN_REVIEW' },
  change_sources: { DRAFT: 'DRAFT', IN_REVIEW: 'IN_REVIEW', CHANGES_REQUESTED: 'CHANGES_REQUESTED', APPROVED: 'IN_REVIEW' },
  anchor_changed: { DRAFT: 'DRAFT', IN_REVIEW: 'IN_REVIEW', CHANGES_REQUESTED: 'CHANGES_REQUESTED', APPROVED: 'IN_REVIEW' },
};

const EVENTS = Object.keys(EXPECTED) as WorkflowEvent[];
const CASES = EVENTS.flatMap((event) => CLAIM_STATUSES.map((status) => [event, status, EXPECTED[event][status]] as const));

describe('transition: the full event x status table', () => {
  it('covers 6 events x 4 statuses', () => {
    expect(CASES).toHaveLength(24);
  });

  it.each(CASES)('%s on %s -> %s', (event, status, expected) => {
    const result = transition(status, event);
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(status);
    } else {
      expect(result).toEqual({ ok: true, status: expected });
    }
  });

  it('never lets an edited, re-sourced or re-anchored approved claim stay approved', () => {
    for (const event of ['edit_content', 'change_sources', 'anchor_changed'] as const) {
      expect(transition('APPROVED', event)).toEqual({ ok: true, status: 'IN_REVIEW' });
    }
  });

  it('reaches APPROVED only through approve', () => {
    for (const [event, status] of CASES) {
      const result = transition(status, event);
      if (result.ok && result.status === 'APPROVED') expect(event).toBe('approve');
    }
  });
});

describe('submitProblems', () => {
  it.each([
    ['ready', { verdictKey: 'false', sourceCount: 1 }, []],
    ['ready with many sources', { verdictKey: 'true', sourceCount: 3 }, []],
    ['no verdict', { verdictKey: null, sourceCount: 2 }, ['verdict']],
    ['empty verdict key', { verdictKey: '', sourceCount: 2 }, ['verdict']],
    ['no source', { verdictKey: 'misleading', sourceCount: 0 }, ['sources']],
    ['neither', { verdictKey: null, sourceCount: 0 }, ['verdict', 'sources']],
  ])('%s', (_name, claim, fields) => {
    const problems = submitProblems(claim);
    expect(Object.keys(problems).sort()).toEqual([...fields].sort());
    for (const message of Object.values(problems)) expect(message).toMatch(/before submitting/);
  });
});

describe('REVIEWED_FIELDS', () => {
  it('are the fields a reviewer judged', () => {
    expect([...REVIEWED_FIELDS]).toEqual(['statement', 'verdictKey', 'rationale', 'claimantName', 'claimantType', 'claimantUrl', 'appearanceUrl', 'appearanceDate']);
  });
});
