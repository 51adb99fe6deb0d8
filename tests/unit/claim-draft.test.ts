import { acknowledgeSave, draftOf, edits, editedFields, isSettled, rebase, refused, startDraft, updateBody, type Draft, type PendingDraft } from '@/components/claims/claim-draft';
import type { Claim } from '@/components/claims/types';
import { updateClaimSchema } from '@/lib/validation/claims';

const NO_CLAIMANT = { claimantName: '', claimantType: '', claimantUrl: '', appearanceUrl: '', appearanceDate: '' } as const;
const base: Draft = { statement: 'Nine ISIS members were killed', verdict: '', rationale: '', ...NO_CLAIMANT };
const claim = { id: 'c1', version: 3, statement: base.statement, verdict: null, rationale: '', claimant: null, appearance: null } as unknown as Claim;

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
    expect(next.mine).toEqual({ ...base, statement: 'Nine militants died', verdict: 'mostly-true', rationale: 'The JOC statement says nine.' });
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

describe('claimant and appearance on the form', () => {
  const RYDER = { name: 'Patrick Ryder', type: 'Person' as const, url: 'https://www.defense.gov/' };
  const stored = { ...claim, claimant: RYDER, appearance: { url: null, date: '2024-10-30T12:00:00.000Z' } } as unknown as Claim;

  it('shows them as the form holds them: text fields, the date as its UTC day', () => {
    expect(draftOf(stored)).toMatchObject({ claimantName: 'Patrick Ryder', claimantType: 'Person', claimantUrl: 'https://www.defense.gov/', appearanceUrl: '', appearanceDate: '2024-10-30' });
    expect(draftOf(claim)).toMatchObject(NO_CLAIMANT);
  });

  it('keeps a claimant URL typed while a colleague renamed the claimant, without a clash', () => {
    const draft = startDraft(stored, { ...draftOf(stored), claimantUrl: 'https://example.org/ryder' });
    const next = rebase(draft, { ...draftOf(stored), claimantName: 'Pat Ryder' }, 4);
    expect(next.mine).toMatchObject({ claimantName: 'Pat Ryder', claimantUrl: 'https://example.org/ryder' });
    expect(next.conflict).toBeNull();
  });
});

describe('updateBody', () => {
  const RYDER = { name: 'Patrick Ryder', type: 'Person' as const, url: null };
  const form = (mine: Partial<Draft>) => ({ ...base, ...mine });
  const bodyOf = (mine: Partial<Draft>, appearance: Claim['appearance'] = null) => {
    const draft = startDraft(claim, form(mine));
    return updateBody(edits(draft), draft.mine, appearance);
  };

  it('sends the fields edited, an empty verdict as none', () => {
    expect(bodyOf({ statement: 'Nine died', verdict: '' })).toEqual({ statement: 'Nine died' });
    expect(updateBody({ verdict: '' }, base, null)).toEqual({ verdict: null });
  });

  it('sends the whole claimant when any part of it was edited, and an emptied name as no claimant', () => {
    expect(bodyOf({ claimantName: 'Patrick Ryder', claimantType: 'Person' })).toEqual({ claimant: RYDER });
    expect(updateBody({ claimantUrl: 'https://www.defense.gov/' }, form({ claimantName: 'Patrick Ryder', claimantType: 'Person', claimantUrl: 'https://www.defense.gov/' }), null)).toEqual({
      claimant: { ...RYDER, url: 'https://www.defense.gov/' },
    });
    expect(updateBody({ claimantName: '  ' }, form({ claimantName: '  ', claimantType: 'Person' }), null)).toEqual({ claimant: null });
  });

  it('sends the appearance as a whole, the stored date-time when its day was not touched, and nothing as none', () => {
    const appearance = { url: null, date: '2024-10-30T12:00:00.000Z' };
    expect(updateBody({ appearanceUrl: 'https://example.org/briefing' }, form({ appearanceUrl: 'https://example.org/briefing', appearanceDate: '2024-10-30' }), appearance)).toEqual({
      appearance: { url: 'https://example.org/briefing', date: '2024-10-30T12:00:00.000Z' },
    });
    expect(updateBody({ appearanceDate: '2024-10-29' }, form({ appearanceDate: '2024-10-29' }), appearance)).toEqual({ appearance: { url: null, date: '2024-10-29' } });
    expect(updateBody({ appearanceDate: '' }, form({}), appearance)).toEqual({ appearance: null });
  });

  it('builds what the API takes (the form is checked with its schema before sending)', () => {
    const body = { version: 3, ...bodyOf({ claimantName: 'Iraqi Joint Operations Command', claimantType: 'Organization', appearanceDate: '2024-10-30' }) };
    expect(updateClaimSchema.safeParse(body).success).toBe(true);
    // A name without a type is refused by the schema, naming the field the form shows.
    const untyped = updateClaimSchema.safeParse({ version: 3, ...bodyOf({ claimantName: 'Ryder' }) });
    expect(untyped.success).toBe(false);
    expect(untyped.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['claimant.type']);
  });
});
