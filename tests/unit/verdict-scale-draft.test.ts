// The verdict scale screen's draft (components/admin/verdict-scale-draft.ts):
// what it sends to PUT /api/verdicts after each kind of edit.
import { addOption, bodyOf, draftOf, keepOptions, moveOption, removeOption, updateOption } from '@/components/admin/verdict-scale-draft';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { replaceVerdictsSchema } from '@/lib/validation/verdicts';

const keys = (draft: ReturnType<typeof draftOf>) => bodyOf(draft).verdicts.map((v) => v.key);

describe('verdict scale draft', () => {
  it('sends the scale back as it came when nothing changed', () => {
    expect(bodyOf(draftOf(DEFAULT_VERDICT_SCALE))).toEqual({ verdicts: DEFAULT_VERDICT_SCALE });
  });

  it('moves past an option set aside', () => {
    const draft = moveOption(removeOption(draftOf(DEFAULT_VERDICT_SCALE), 'false'), 'misleading', -1);
    expect(keys(draft)).toEqual(['true', 'mostly-true', 'half-true', 'misleading', 'mostly-false', 'missing-context', 'unverifiable']);
    expect(keys(keepOptions(draft, () => true))).toEqual(['true', 'mostly-true', 'half-true', 'misleading', 'false', 'mostly-false', 'missing-context', 'unverifiable']);
  });

  it('moves an option one place, numbers the order by position, and stays put at the ends', () => {
    const draft = moveOption(moveOption(draftOf(DEFAULT_VERDICT_SCALE), 'misleading', -1), 'misleading', -1);
    expect(keys(draft)).toEqual(['true', 'mostly-true', 'half-true', 'misleading', 'mostly-false', 'false', 'missing-context', 'unverifiable']);
    expect(bodyOf(draft).verdicts.map((v) => v.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const first = draftOf(DEFAULT_VERDICT_SCALE);
    expect(moveOption(first, 'true', -1)).toBe(first);
    expect(moveOption(first, 'unverifiable', 1)).toBe(first);
  });

  it('renames, recolours and rates; an empty rating is none', () => {
    let draft = updateOption(draftOf(DEFAULT_VERDICT_SCALE), 'true', { label: 'Correct', color: '#2da44e', rating: '' });
    draft = updateOption(draft, 'misleading', { rating: '2' });
    const { verdicts } = bodyOf(draft);
    expect(verdicts[0]).toEqual({ key: 'true', label: 'Correct', color: '#2da44e', ratingValue: null, normalized: 'TRUE', order: 1 });
    expect(verdicts.find((v) => v.key === 'misleading')!.ratingValue).toBe(2);
  });

  it('puts options set aside for removal back where they were', () => {
    let draft = removeOption(removeOption(draftOf(DEFAULT_VERDICT_SCALE), 'false'), 'half-true');
    expect(keys(draft)).toEqual(['true', 'mostly-true', 'mostly-false', 'misleading', 'missing-context', 'unverifiable']);
    draft = keepOptions(draft, (option) => option.key === 'false');
    expect(keys(draft)).toEqual(['true', 'mostly-true', 'mostly-false', 'false', 'misleading', 'missing-context', 'unverifiable']);
    expect(draft.options.filter((option) => option.removed).map((option) => option.key)).toEqual(['half-true']);
    expect(keys(keepOptions(draft, () => true))).toEqual(DEFAULT_VERDICT_SCALE.map((v) => v.key));
  });

  it('adds a new option at the end, which the schema refuses until it has a key and a label, and which goes at once when removed', () => {
    const { draft, id } = addOption(draftOf(DEFAULT_VERDICT_SCALE));
    expect(replaceVerdictsSchema.safeParse(bodyOf(draft)).success).toBe(false);
    const named = updateOption(draft, id, { key: 'satire', label: 'Satire' });
    expect(replaceVerdictsSchema.safeParse(bodyOf(named)).success).toBe(true);
    expect(bodyOf(named).verdicts.at(-1)).toMatchObject({ key: 'satire', label: 'Satire', ratingValue: null, normalized: 'OTHER', order: 9 });
    expect(removeOption(named, id).options.map((option) => option.id)).not.toContain(id);
  });
});
