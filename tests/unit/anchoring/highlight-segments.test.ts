import { segmentText, type HighlightRange } from '@/lib/domain/anchoring/highlight-segments';

const r = (id: string, start: number, end: number): HighlightRange => ({ id, start, end });
type Row = [number, number, string[]];
const rows = (segments: ReturnType<typeof segmentText>): Row[] => segments.map((s) => [s.start, s.end, s.ids]);

describe('segmentText', () => {
  it.each<[string, number, HighlightRange[], Row[]]>([
    ['no ranges: one uncovered segment', 10, [], [[0, 10, []]]],
    [
      'one range in the middle',
      10,
      [r('a', 2, 5)],
      [
        [0, 2, []],
        [2, 5, ['a']],
        [5, 10, []],
      ],
    ],
    ['range covering the whole text', 4, [r('a', 0, 4)], [[0, 4, ['a']]]],
    [
      'nested',
      10,
      [r('outer', 1, 9), r('inner', 3, 5)],
      [
        [0, 1, []],
        [1, 3, ['outer']],
        [3, 5, ['outer', 'inner']],
        [5, 9, ['outer']],
        [9, 10, []],
      ],
    ],
    [
      'nested, listed inner first: ids keep input order',
      10,
      [r('inner', 3, 5), r('outer', 1, 9)],
      [
        [0, 1, []],
        [1, 3, ['outer']],
        [3, 5, ['inner', 'outer']],
        [5, 9, ['outer']],
        [9, 10, []],
      ],
    ],
    [
      'overlapping (crossing)',
      10,
      [r('a', 1, 6), r('b', 4, 8)],
      [
        [0, 1, []],
        [1, 4, ['a']],
        [4, 6, ['a', 'b']],
        [6, 8, ['b']],
        [8, 10, []],
      ],
    ],
    [
      'identical ranges',
      6,
      [r('a', 2, 4), r('b', 2, 4)],
      [
        [0, 2, []],
        [2, 4, ['a', 'b']],
        [4, 6, []],
      ],
    ],
    [
      'adjacent ranges do not overlap',
      6,
      [r('a', 0, 3), r('b', 3, 6)],
      [
        [0, 3, ['a']],
        [3, 6, ['b']],
      ],
    ],
    [
      'shared start, different ends',
      8,
      [r('a', 2, 4), r('b', 2, 7)],
      [
        [0, 2, []],
        [2, 4, ['a', 'b']],
        [4, 7, ['b']],
        [7, 8, []],
      ],
    ],
    [
      'shared end, different starts',
      8,
      [r('a', 1, 6), r('b', 4, 6)],
      [
        [0, 1, []],
        [1, 4, ['a']],
        [4, 6, ['a', 'b']],
        [6, 8, []],
      ],
    ],
    ['empty text', 0, [r('a', 0, 3)], []],
    ['negative text length', -5, [r('a', 0, 3)], []],
    [
      'out of range is clamped',
      5,
      [r('a', -3, 2), r('b', 4, 99)],
      [
        [0, 2, ['a']],
        [2, 4, []],
        [4, 5, ['b']],
      ],
    ],
    ['entirely outside the text is dropped', 5, [r('a', 7, 9), r('b', -4, -1)], [[0, 5, []]]],
    ['empty and inverted ranges are dropped', 5, [r('a', 2, 2), r('b', 4, 1)], [[0, 5, []]]],
    ['non-numbers are dropped', 5, [r('a', NaN, 3), r('b', 1, Infinity)], [[0, 5, []]]],
  ])('%s', (_name, length, ranges, expected) => {
    expect(rows(segmentText(length, ranges))).toEqual(expected);
  });

  it('segments are consecutive and cover [0, length) exactly', () => {
    const ranges = Array.from({ length: 200 }, (_, i) => r(`c${i}`, (i * 37) % 500, ((i * 37) % 500) + 1 + ((i * 13) % 60)));
    const segments = segmentText(500, ranges);
    expect(segments[0].start).toBe(0);
    expect(segments[segments.length - 1].end).toBe(500);
    segments.forEach((segment, i) => {
      expect(segment.end).toBeGreaterThan(segment.start);
      if (i > 0) expect(segment.start).toBe(segments[i - 1].end);
    });
  });

  it('agrees with a brute-force coverage check', () => {
    const ranges = [r('a', 0, 7), r('b', 3, 12), r('c', 5, 6), r('d', 10, 20), r('e', 3, 12)];
    for (const segment of segmentText(20, ranges)) {
      for (let offset = segment.start; offset < segment.end; offset += 1) {
        const covering = ranges.filter((range) => range.start <= offset && offset < range.end).map((range) => range.id);
        expect(segment.ids).toEqual(covering);
      }
    }
  });

  it('does not modify its input', () => {
    const ranges = [r('b', 5, 9), r('a', 1, 3)];
    const copy = JSON.parse(JSON.stringify(ranges));
    segmentText(10, ranges);
    expect(ranges).toEqual(copy);
  });
});
