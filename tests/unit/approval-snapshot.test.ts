import { approvalSnapshot, approvalSnapshotSchema, changedFields, SNAPSHOT_FIELDS, type ApprovalSnapshot } from '@/lib/domain/approval-snapshot';

const claim = {
  id: 'c1',
  statement: 'Nine ISIS members were killed',
  verdict: { key: 'false', label: 'False', color: '#cf222e' },
  rationale: 'CENTCOM said several.',
  selector: { exact: 'Nine ISIS members were killed in the attack', prefix: '', suffix: '', start: 0, end: 43 },
  status: 'APPROVED',
  sources: [
    { url: 'https://a.example/1', title: 'One', publisher: 'A', quote: 'q', id: 's1' },
    { url: 'https://b.example/2', title: null, publisher: null, quote: null, id: 's2' },
  ],
  claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization' as const, url: null },
  appearance: null,
};

const base: ApprovalSnapshot = approvalSnapshot(claim);

describe('approvalSnapshot', () => {
  it('keeps exactly what a reviewer approved, nothing of workflow or ids', () => {
    expect(base).toEqual({
      statement: 'Nine ISIS members were killed',
      verdict: { key: 'false', label: 'False' },
      rationale: 'CENTCOM said several.',
      quote: 'Nine ISIS members were killed in the attack',
      sources: [
        { url: 'https://a.example/1', title: 'One', publisher: 'A' },
        { url: 'https://b.example/2', title: null, publisher: null },
      ],
      claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization', url: null },
      appearance: null,
    });
  });

  it('reads an approval frozen before claims had a claimant as having none', () => {
    const { claimant: _claimant, appearance: _appearance, ...older } = base;
    expect(approvalSnapshotSchema.parse(older)).toEqual({ ...base, claimant: null, appearance: null });
  });

  it('keeps a missing verdict as null', () => {
    expect(approvalSnapshot({ ...claim, verdict: null }).verdict).toBeNull();
  });
});

describe('changedFields', () => {
  it('is empty for the same content', () => {
    expect(changedFields(base, approvalSnapshot(claim))).toEqual([]);
  });

  it.each<[string, Partial<ApprovalSnapshot>, string[]]>([
    ['statement', { statement: 'Nine were killed' }, ['statement']],
    ['verdict', { verdict: { key: 'true', label: 'True' } }, ['verdict']],
    ['verdict removed', { verdict: null }, ['verdict']],
    ['rationale', { rationale: '' }, ['rationale']],
    ['quote', { quote: 'Fifteen ISIS members were killed in the attack' }, ['quote']],
    ['a source added', { sources: [...base.sources, { url: 'https://c.example', title: null, publisher: null }] }, ['sources']],
    ['a source retitled', { sources: [{ ...base.sources[0], title: 'Uno' }, base.sources[1]] }, ['sources']],
    ['claimant named', { claimant: { name: 'Patrick Ryder', type: 'Person', url: null } }, ['claimant']],
    ['claimant typed', { claimant: { name: 'Iraqi Joint Operations Command', type: 'Person', url: null } }, ['claimant']],
    ['claimant linked', { claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization', url: 'https://example.org/joc' } }, ['claimant']],
    ['claimant removed', { claimant: null }, ['claimant']],
    ['appearance given', { appearance: { url: null, date: '2024-10-30T00:00:00.000Z' } }, ['appearance']],
    ['everything', { statement: 's', verdict: null, rationale: 'r', quote: 'q', sources: [], claimant: null, appearance: { url: 'https://example.org/briefing', date: null } }, [...SNAPSHOT_FIELDS]],
  ])('names %s', (_what, change, fields) => {
    expect(changedFields(base, { ...base, ...change })).toEqual(fields);
  });

  it('ignores a renamed verdict label (the scale changed, not the claim)', () => {
    expect(changedFields(base, { ...base, verdict: { key: 'false', label: 'Wrong' } })).toEqual([]);
  });

  it('ignores the order of sources', () => {
    expect(changedFields(base, { ...base, sources: [...base.sources].reverse() })).toEqual([]);
  });

  it('lists fields in a fixed order whatever changed first', () => {
    expect(changedFields(base, { ...base, sources: [], statement: 'x' })).toEqual(['statement', 'sources']);
  });
});
