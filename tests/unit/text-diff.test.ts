import { diffTexts } from '@/lib/domain/revisions/text-diff';

describe('diffTexts', () => {
  it('shows a changed number as a word change inside its paragraph', () => {
    const before = 'First paragraph.\nNine ISIS members were killed in the attack.\nLast one.';
    const after = 'First paragraph.\nFifteen ISIS members were killed in the attack.\nLast one.';
    const { parts, inserted, deleted } = diffTexts(before, after);
    expect(parts.filter((p) => p.type !== 'equal')).toEqual([
      { type: 'delete', text: 'Nine' },
      { type: 'insert', text: 'Fifteen' },
    ]);
    expect([inserted, deleted]).toEqual([7, 4]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'A.\nB is here.\nC.\n';
    const after = 'A.\nC.\nD is new.\n';
    const { parts } = diffTexts(before, after);
    expect(
      parts
        .filter((p) => p.type !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.type !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('reports no change for identical texts', () => {
    expect(diffTexts('same', 'same')).toEqual({ parts: [{ type: 'equal', text: 'same' }], inserted: 0, deleted: 0 });
  });
});
