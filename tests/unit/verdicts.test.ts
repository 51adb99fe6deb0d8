import { DEFAULT_VERDICT_SCALE, UNRATED_COLOR, ratingBounds } from '@/lib/domain/verdicts';
import { VERDICT_CLASSES } from '@/lib/domain/types';

describe('DEFAULT_VERDICT_SCALE', () => {
  it('has the 8 options of docs/architecture.md#data-model, in order', () => {
    expect(DEFAULT_VERDICT_SCALE.map((o) => o.label)).toEqual(['True', 'Mostly true', 'Half true', 'Mostly false', 'False', 'Misleading', 'Missing context', 'Unverifiable']);
    expect(DEFAULT_VERDICT_SCALE.map((o) => o.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has unique keys, valid classes and hex colours distinct from the unrated colour', () => {
    const keys = DEFAULT_VERDICT_SCALE.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const option of DEFAULT_VERDICT_SCALE) {
      expect(VERDICT_CLASSES).toContain(option.normalized);
      expect(option.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(option.color).not.toBe(UNRATED_COLOR);
    }
  });

  it.each([
    ['true', 5, 'TRUE'],
    ['mostly-true', 4, 'TRUE'],
    ['half-true', 3, 'MIXED'],
    ['mostly-false', 2, 'FALSE'],
    ['false', 1, 'FALSE'],
    ['misleading', null, 'FALSE'],
    ['missing-context', null, 'MIXED'],
    ['unverifiable', null, 'UNVERIFIABLE'],
  ])('%s has ratingValue %p and class %s', (key, ratingValue, normalized) => {
    expect(DEFAULT_VERDICT_SCALE.find((o) => o.key === key)).toMatchObject({ ratingValue, normalized });
  });
});

describe('ratingBounds', () => {
  it.each([
    ['the default scale', DEFAULT_VERDICT_SCALE, { bestRating: 5, worstRating: 1 }],
    ['ignores options without a number', [{ ratingValue: null }, { ratingValue: 3 }, { ratingValue: 7 }], { bestRating: 7, worstRating: 3 }],
    ['a single number', [{ ratingValue: 2 }], { bestRating: 2, worstRating: 2 }],
    ['order does not matter', [{ ratingValue: 1 }, { ratingValue: 9 }, { ratingValue: 4 }], { bestRating: 9, worstRating: 1 }],
    ['zero and negatives count', [{ ratingValue: 0 }, { ratingValue: -2 }], { bestRating: 0, worstRating: -2 }],
    ['no numbers at all', [{ ratingValue: null }], null],
    ['an empty scale', [], null],
  ])('%s', (_name, scale, expected) => {
    expect(ratingBounds(scale)).toEqual(expected);
  });
});
