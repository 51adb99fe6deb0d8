import { acknowledgeSave, edits, editedFields, isSettled, rebase, refused, startDraft, type Draft, type PendingDraft } from '@/components/claims/claim-draft';
import type { Claim } from '@/components/claims/types';

const base: Draft = { statement: 'Nine ISIS members were killed', verdict: '', rationale: '' };
const claim = { id: 'c1', version: 3, statement: base.statement, verdict: null, rationale: '' } as unknown as Claim;

const typed = (mine: Partial<Draft>): PendingDraft => startDraft(claim, { ...base, ...mine });

describe('startDraft / editedFields / edits', () => {
  it('measures the edits against the copy the user started from', () => {
    const draft = typed({ statement: 'Nine militants died', verdict: 'mostly-true' });
    expect(draft.baseVersion).toBe(3);
    expect(editedFields(draft)).toEqual(['statement', 'verdict']);
    expect(edits(draft)).toEqual({ statement: 'Nine militants died', verdict: 'mostly-true' });
    expect(isSettled(draft)).toBe(false);
  });

  it('is settled when the text is back to the server copy and no choice is open', () => {
    expect(isSettled(typed({}))).toBe(true);
    expect(isSettled({ ...typed({}), conflict: { before: base } })).toBe(false);
  });
});

describe('rebase onto a newer server copy', () => {
  it('keeps every edited field and takes the server value of the untouched ones', () => {
    const draft = typed({ statement: 'Nine militants died', verdict: 'mostly-true' });
    const theirs = { ...base, rationale: 'The JOC statement says nine.' };
    const next = rebase(draft, theirs, 4);
    expect(next.mine).toEqual({ statement: 'Nine militants died', verdict: 'mostly-true', rationale: 'The JOC statement says nine.' });
    expect(next.base).toEqual(theirs);
    expect(next.baseVersion).toBe(4);
    expect(next.conflict).toBeNull();
    // The edits are still edits against the new copy: a save sends only them.
    expect(edits(next)).toEqual({ statement: 'Nine militants died', verdict: 'mostly-true' });
  });

  it('keeps the draft as it is when only the version moved (a source added)', () => {
    const draft = typed({ rationale: 'Typed before adding a source' });
    const next = rebase(draft, base, 4);
    expect(next.mine).toEqual(draft.mine);
    expect(next.conflict).toBeNull();
  });

  it('keeps the user text of a field the server also changed, and opens the choice', () => {
    const draft = typed({ statement: 'Nine militants were killed.' });
    const theirs = { ...base, statement: 'Nine IS fighters died in the raid.' };
    const next = rebase(draft, theirs, 5);
    expect(next.mine.statement).toBe('Nine militants were killed.');
    expect(next.conflict).toEqual({ before: base });
  });

  it('sees no clash when both sides wrote the same text', () => {
    const draft = typed({ verdict: 'true' });
    const next = rebase(draft, { ...base, verdict: 'true' }, 4);
    expect(next.conflict).toBeNull();
    expect(isSettled(next)).toBe(true);
  });

  it('keeps the first "before" while a choice is open, through further copies', () => {
    const draft = rebase(typed({ statement: 'Mine' }), { ...base, statement: 'Theirs 1' }, 4);
    const again = rebase(draft, { ...base, statement: 'Theirs 2', rationale: 'Theirs too' }, 5);
    expect(again.conflict).toEqual({ before: base });
    expect(again.mine).toEqual({ ...base, statement: 'Mine', rationale: 'Theirs too' });
  });

  it('ignores a copy that is not newer than the base', () => {
    const draft = typed({ statement: 'Mine' });
    expect(rebase(draft, { ...base, rationale: 'old answer' }, 3)).toBe(draft);
    expect(rebase(draft, { ...base, rationale: 'older answer' }, 2)).toBe(draft);
  });
});

describe('refused (409 on Save)', () => {
  it('always opens the choice, even when no field clashes', () => {
    const draft = typed({ verdict: 'mostly-true' });
    const next = refused(draft, { ...base, rationale: 'The JOC statement says nine.' }, 4);
    expect(next.conflict).toEqual({ before: base });
    expect(next.mine).toEqual({ ...base, verdict: 'mostly-true', rationale: 'The JOC statement says nine.' });
    expect(edits(next)).toEqual({ verdict: 'mostly-true' });
  });
});

describe('acknowledgeSave', () => {
  it('settles the draft when the user did not type while saving', () => {
    const draft = typed({ verdict: 'true', rationale: 'Because.' });
    const sent = edits(draft);
    const next = acknowledgeSave(draft, sent, { ...base, verdict: 'true', rationale: 'Because.' }, 4);
    expect(isSettled(next)).toBe(true);
    expect(next.baseVersion).toBe(4);
  });

  it('takes the server’s tidied value of a field sent as is', () => {
    const draft = typed({ statement: '  Nine died  ' });
    const next = acknowledgeSave(draft, edits(draft), { ...base, statement: 'Nine died' }, 4);
    expect(next.mine.statement).toBe('Nine died');
    expect(isSettled(next)).toBe(true);
  });

  it('keeps what was typed while the save was on its way, as unsaved', () => {
    const draft = typed({ rationale: 'Because.' });
    const sent = edits(draft);
    const meanwhile = { ...draft, mine: { ...draft.mine, rationale: 'Because. And more.', statement: 'Also this' } };
    const next = acknowledgeSave(meanwhile, sent, { ...base, rationale: 'Because.' }, 4);
    expect(next.mine).toEqual({ ...base, rationale: 'Because. And more.', statement: 'Also this' });
    expect(editedFields(next)).toEqual(['statement', 'rationale']);
  });

  it('closes an open choice ("Keep mine" saved) and never moves the version back', () => {
    const draft = refused(typed({ verdict: 'true' }), { ...base, rationale: 'Theirs' }, 6);
    const next = acknowledgeSave(draft, edits(draft), { ...base, verdict: 'true', rationale: 'Theirs' }, 6);
    expect(next.conflict).toBeNull();
    expect(next.baseVersion).toBe(6);
    expect(isSettled(next)).toBe(true);
  });
});
