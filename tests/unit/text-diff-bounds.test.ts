// Issue 12: a diff of two very different revisions is bounded work. Over the
// limits it is simplified -- changed paragraphs shown whole, or the changed
// middle of the text shown replaced -- and says so; it never fails or stalls.
import { diffTexts, type DiffPart } from '@/lib/domain/revisions/text-diff';
import { generateArticle, renderArticle } from '../bench/article-generator';
import { withinMs } from './within-time';

const side = (parts: DiffPart[], skip: DiffPart['type']) =>
  parts
    .filter((p) => p.type !== skip)
    .map((p) => p.text)
    .join('');
const expectRebuilds = (parts: DiffPart[], before: string, after: string) => {
  expect(side(parts, 'insert')).toBe(before);
  expect(side(parts, 'delete')).toBe(after);
};

describe('diffTexts on hostile input', () => {
  const a = renderArticle(generateArticle(1, 47_000));
  const b = renderArticle(generateArticle(2, 47_000));
  // Before: ~18 s each (an unbounded word diff of 47 KB against 47 KB); after:
  // ~0.5 s at most. 5 s is 10x the fixed time, far below the broken one.
  it.each([
    ['in paragraphs', a, b],
    ['as one paragraph each', a.replace(/\n/g, ' '), b.replace(/\n/g, ' ')],
  ])('answers quickly for two unrelated 47 KB revisions %s, simplified', (_, before, after) => {
    const diff = withinMs(5_000, () => diffTexts(before, after));
    expect(diff.simplified).toBeDefined();
    expectRebuilds(diff.parts, before, after);
    expect(diff.inserted).toBe(side(diff.parts, 'delete').length - side(diff.parts, 'insert').length + diff.deleted);
  });
});

describe('diffTexts limits', () => {
  const before = 'Title.\nNine ISIS members were killed in the attack.\nThe army said so.\nLast one.';
  const after = 'Title.\nFifteen ISIS members were killed in the attack.\nThe army said so on Friday.\nLast one.';

  it('shows a changed paragraph whole when its word diff is over the limit', () => {
    const diff = diffTexts(before, after, { wordEdits: 1 });
    expect(diff.simplified).toBe('paragraph');
    expect(diff.parts).toEqual([
      { type: 'equal', text: 'Title.\n' },
      { type: 'delete', text: 'Nine ISIS members were killed in the attack.\nThe army said so.\n' },
      { type: 'insert', text: 'Fifteen ISIS members were killed in the attack.\nThe army said so on Friday.\n' },
      { type: 'equal', text: 'Last one.' },
    ]);
  });

  it('shows the changed middle of the text replaced when even the paragraphs are over the limit', () => {
    const diff = diffTexts(`${before}\nA.\nB.`, `${after}\nA.\nC.`, { lineEdits: 1 });
    expect(diff.simplified).toBe('text');
    expect(diff.parts[0]).toEqual({ type: 'equal', text: 'Title.\n' });
    expect(diff.parts.map((p) => p.type)).toEqual(['equal', 'delete', 'insert']);
    expectRebuilds(diff.parts, `${before}\nA.\nB.`, `${after}\nA.\nC.`);
  });

  it('keeps word diffs where they are cheap, next to a paragraph shown whole', () => {
    const long = renderArticle(generateArticle(3, 5_000)).replace(/\n/g, ' ');
    const other = renderArticle(generateArticle(4, 5_000)).replace(/\n/g, ' ');
    const diff = diffTexts(`${long}\nKeep.\n${before}`, `${other}\nKeep.\n${after}`, { wordEdits: 200 });
    expect(diff.simplified).toBe('paragraph');
    expect(diff.parts.slice(0, 2)).toEqual([
      { type: 'delete', text: `${long}\n` },
      { type: 'insert', text: `${other}\n` },
    ]);
    expect(diff.parts).toContainEqual({ type: 'delete', text: 'Nine' });
    expect(diff.parts).toContainEqual({ type: 'insert', text: 'Fifteen' });
  });

  it('says nothing when every change is shown word by word', () => {
    expect(diffTexts(before, after).simplified).toBeUndefined();
  });
});
