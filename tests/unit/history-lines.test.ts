// The sentences of a claim's history (components/claims/history-lines.ts), one
// action at a time, on typed events as GET /api/claims/:id/history answers them.
import { describeEvent, lastReanchoring, type HistoryEvent } from '@/components/claims/history-lines';

const meta = { id: 'e1', at: '2026-12-01T10:00:00.000Z', actor: { id: 'u1', name: 'Erin Editor' }, entityId: 'c1', known: true } as const;
const LABELS: Record<string, string> = { true: 'True', false: 'False', 'half-true': 'Half true' };
const label = (key: string) => LABELS[key] ?? key;
const sentence = (event: HistoryEvent) => describeEvent(event, label).sentence;

const NINE = 'Nine ISIS members were killed in the attack';
const FIFTEEN = 'Fifteen ISIS members were killed in the attack';
const selector = (exact: string, start = 100) => ({ exact, prefix: 'A raid. ', suffix: ', officials said', start, end: start + exact.length });
const source = { id: 's1', claimId: 'c1', url: 'https://example.org/joc', title: 'JOC statement' as string | null, publisher: 'JOC' };
const anchoring = (exact: string) => ({ selector: selector(exact), revisionId: 'r1', anchorStatus: 'INTACT' as const, status: 'APPROVED' as const, version: 4 });

describe('describeEvent', () => {
  it('claim.created: the quote, and the verdict when one was given', () => {
    const created = {
      ...meta,
      action: 'claim.created',
      entityType: 'Claim',
      before: null,
      after: { selector: selector(NINE), statement: NINE, verdict: 'half-true', rationale: '', status: 'DRAFT' },
    } as const;
    expect(describeEvent(created, label)).toEqual({ sentence: `Erin Editor created the claim on “${NINE}” with the verdict Half true`, changes: [] });
    expect(sentence({ ...created, after: { ...created.after, verdict: null } })).toBe(`Erin Editor created the claim on “${NINE}”`);
  });

  describe('claim.updated', () => {
    const updated = (before: object, after: object): HistoryEvent => ({
      ...meta,
      action: 'claim.updated',
      entityType: 'Claim',
      before: { status: 'DRAFT', version: 1, ...before },
      after: { status: 'DRAFT', version: 2, ...after },
    });

    it('a verdict set, changed or removed', () => {
      expect(sentence(updated({ verdict: null }, { verdict: 'true' }))).toBe('Erin Editor set the verdict to True');
      expect(sentence(updated({ verdict: 'true' }, { verdict: 'false' }))).toBe('Erin Editor changed the verdict from True to False');
      expect(sentence(updated({ verdict: 'true' }, { verdict: null }))).toBe('Erin Editor removed the verdict True');
    });

    it('the statement and rationale as word diffs, after the verdict', () => {
      const line = describeEvent(updated({ verdict: null, rationale: 'JOC says' }, { verdict: 'true', rationale: 'The Joint Operations Command says' }), label);
      expect(line).toEqual({
        sentence: 'Erin Editor set the verdict to True and edited the rationale',
        changes: [{ field: 'rationale', before: 'JOC says', after: 'The Joint Operations Command says' }],
      });
      expect(describeEvent(updated({ statement: 'Nine died' }, { statement: 'Nine were killed' }), label)).toEqual({
        sentence: 'Erin Editor edited the statement',
        changes: [{ field: 'statement', before: 'Nine died', after: 'Nine were killed' }],
      });
    });

    it('the status it moved to (an approved claim back in review), and a plain edit when no field is named', () => {
      const event: HistoryEvent = {
        ...meta,
        action: 'claim.updated',
        entityType: 'Claim',
        before: { verdict: 'true', status: 'APPROVED', version: 5 },
        after: { verdict: 'false', status: 'IN_REVIEW', version: 6 },
      };
      expect(sentence(event)).toBe('Erin Editor changed the verdict from True to False — now In review');
      expect(sentence(updated({}, {}))).toBe('Erin Editor edited the claim');
    });
  });

  it('source.added, source.updated, source.removed: the source by title and address, or its address alone', () => {
    const added: HistoryEvent = { ...meta, action: 'source.added', entityType: 'Source', before: { status: 'DRAFT' }, after: { ...source, status: 'DRAFT', version: 2 } };
    expect(sentence(added)).toBe('Erin Editor added the source “JOC statement” (https://example.org/joc)');
    const untitled: HistoryEvent = {
      ...meta,
      action: 'source.updated',
      entityType: 'Source',
      before: { ...source, status: 'APPROVED' },
      after: { ...source, title: null, status: 'IN_REVIEW', version: 7 },
    };
    expect(sentence(untitled)).toBe('Erin Editor edited the source https://example.org/joc — now In review');
    const removed: HistoryEvent = { ...meta, action: 'source.removed', entityType: 'Source', before: { ...source, status: 'DRAFT' }, after: { status: 'DRAFT', version: 3 } };
    expect(sentence(removed)).toBe('Erin Editor removed the source “JOC statement” (https://example.org/joc)');
  });

  it('claim.submitted', () => {
    expect(sentence({ ...meta, action: 'claim.submitted', entityType: 'Claim', before: { status: 'DRAFT', version: 3 }, after: { status: 'IN_REVIEW', version: 4 } })).toBe(
      'Erin Editor submitted it for review',
    );
  });

  it("claim.approved and claim.changes_requested: the reviewer's words quoted, when there are any", () => {
    const snapshot = { statement: NINE, verdict: { key: 'true', label: 'True' }, rationale: '', quote: NINE, sources: [], claimant: null, appearance: null };
    const reviewer = { id: 'u2', name: 'Riley Reviewer' };
    const approved: HistoryEvent = {
      ...meta,
      actor: reviewer,
      action: 'claim.approved',
      entityType: 'Review',
      before: { status: 'IN_REVIEW', version: 4 },
      after: { status: 'APPROVED', version: 5, comment: null, snapshot },
    };
    expect(describeEvent(approved, label)).toEqual({ sentence: 'Riley Reviewer approved', changes: [], quote: undefined });
    const requested: HistoryEvent = {
      ...meta,
      actor: reviewer,
      action: 'claim.changes_requested',
      entityType: 'Review',
      before: { status: 'IN_REVIEW', version: 4 },
      after: { status: 'CHANGES_REQUESTED', version: 5, comment: 'Name the source' },
    };
    expect(describeEvent(requested, label)).toEqual({ sentence: 'Riley Reviewer requested changes', changes: [], quote: 'Name the source' });
  });

  it('comment.added: the words quoted', () => {
    const comment: HistoryEvent = { ...meta, action: 'comment.added', entityType: 'Comment', before: null, after: { id: 'm1', claimId: 'c1', body: 'Named it' } };
    expect(describeEvent(comment, label)).toEqual({ sentence: 'Erin Editor commented', changes: [], quote: 'Named it' });
  });

  it('claim.reanchored: the revision, the reason, who saved the revision, and the quote change', () => {
    const reanchored: HistoryEvent = {
      ...meta,
      action: 'claim.reanchored',
      entityType: 'Claim',
      before: anchoring(NINE),
      after: { ...anchoring(FIFTEEN), anchorStatus: 'CHANGED', status: 'IN_REVIEW', version: 5, revisionNumber: 2, method: 'fuzzy', score: 0.9, reason: 'number changed: 9 -> 15' },
    };
    expect(describeEvent(reanchored, label)).toEqual({
      sentence: 'Re-anchored in revision 2: number changed: 9 -> 15 (revision saved by Erin Editor) — now In review',
      changes: [{ field: 'quote', before: NINE, after: FIFTEEN }],
    });
    const orphaned: HistoryEvent = {
      ...reanchored,
      after: { ...anchoring(NINE), anchorStatus: 'ORPHANED', status: 'IN_REVIEW', version: 5, revisionNumber: 3, method: 'none', score: 0, reason: 'quote not found' },
    };
    expect(describeEvent(orphaned, label)).toEqual({ sentence: 'Re-anchored in revision 3: its words were not found (revision saved by Erin Editor) — now In review', changes: [] });
  });

  it('claim.reattached: the new words, the revision, and the quote change', () => {
    const reattached: HistoryEvent = {
      ...meta,
      action: 'claim.reattached',
      entityType: 'Claim',
      before: { ...anchoring(NINE), anchorStatus: 'ORPHANED', status: 'DRAFT' },
      after: { ...anchoring(FIFTEEN), status: 'DRAFT', version: 5, revisionNumber: 3 },
    };
    expect(describeEvent(reattached, label)).toEqual({ sentence: `Erin Editor re-attached it to “${FIFTEEN}” in revision 3`, changes: [{ field: 'quote', before: NINE, after: FIFTEEN }] });
  });

  it('claim.deleted', () => {
    const deleted: HistoryEvent = { ...meta, action: 'claim.deleted', entityType: 'Claim', before: { id: 'c1', statement: NINE, selector: selector(NINE), status: 'DRAFT', version: 2 }, after: null };
    expect(sentence(deleted)).toBe('Erin Editor deleted the claim');
  });

  it('claim.restored', () => {
    const restored: HistoryEvent = {
      ...meta,
      action: 'claim.restored',
      entityType: 'Claim',
      before: { deletedAt: '2026-12-07T10:00:00.000Z' },
      after: { id: 'c1', statement: NINE, selector: selector(NINE), status: 'DRAFT', version: 3 },
    };
    expect(sentence(restored)).toBe('Erin Editor restored the deleted claim, as a draft');
  });

  it('an event the server could not read, or of no claim, still gets a line: who and the action', () => {
    const unknown: HistoryEvent = { ...meta, known: false, action: 'claim.pinned', entityType: 'Claim', before: null, after: { pinned: true } };
    expect(describeEvent(unknown, label)).toEqual({ sentence: 'Erin Editor: claim.pinned', changes: [] });
    const user: HistoryEvent = { ...meta, action: 'user.password_changed', entityType: 'User', before: null, after: { otherSessionsEnded: 1 } };
    expect(sentence(user)).toBe('Erin Editor: user.password_changed');
  });

  it('names a removed account as such', () => {
    expect(
      sentence({ ...meta, actor: null, action: 'claim.deleted', entityType: 'Claim', before: { id: 'c1', statement: NINE, selector: selector(NINE), status: 'DRAFT', version: 2 }, after: null }),
    ).toBe('Someone (account removed) deleted the claim');
  });
});

describe('lastReanchoring', () => {
  const reanchored = (id: string, revisionNumber: number): HistoryEvent => ({
    ...meta,
    id,
    action: 'claim.reanchored',
    entityType: 'Claim',
    before: anchoring(NINE),
    after: { ...anchoring(FIFTEEN), anchorStatus: 'CHANGED', version: 5, revisionNumber, method: 'fuzzy', score: 0.9, reason: 'number changed: 9 -> 15' },
  });

  it('is the latest re-anchoring the history could read, or null', () => {
    const unreadable: HistoryEvent = { ...meta, id: 'x', known: false, action: 'claim.reanchored', entityType: 'Claim', before: null, after: { reason: 'old shape' } };
    const submitted: HistoryEvent = { ...meta, id: 's', action: 'claim.submitted', entityType: 'Claim', before: { status: 'DRAFT', version: 1 }, after: { status: 'IN_REVIEW', version: 2 } };
    expect(lastReanchoring([reanchored('a', 2), reanchored('b', 3), submitted, unreadable])).toMatchObject({ id: 'b', after: { revisionNumber: 3 } });
    expect(lastReanchoring([submitted, unreadable])).toBeNull();
  });
});
