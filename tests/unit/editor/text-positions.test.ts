import { lineOf, lineStarts, offsetToPos, posToOffset, rangeAt } from '@/lib/editor/text-positions';
import { trimRange } from '@/lib/editor/selection-range';

describe('text offsets <-> editor positions', () => {
  const text = 'First line\nSecond\n\nFourth 😀 line';

  it('finds line starts, including empty lines', () => {
    expect(lineStarts(text)).toEqual([0, 11, 18, 19]);
    expect(lineStarts('')).toEqual([0]);
  });

  it.each([
    [0, 0],
    [10, 0],
    [11, 1],
    [17, 1],
    [18, 2],
    [19, 3],
    [text.length, 3],
  ])('offset %i lies on line %i', (offset, line) => {
    expect(lineOf(lineStarts(text), offset)).toBe(line);
  });

  it('round-trips every offset through a document position', () => {
    const starts = lineStarts(text);
    for (let offset = 0; offset <= text.length; offset += 1) {
      if (text[offset - 1] === '\n' && offset !== starts[lineOf(starts, offset)]) continue;
      const pos = offsetToPos(starts, offset);
      expect(posToOffset(pos, lineOf(starts, offset))).toBe(offset);
    }
  });

  it('counts two positions per newline and one for the first paragraph', () => {
    const starts = lineStarts(text);
    expect(offsetToPos(starts, 0)).toBe(1);
    expect(offsetToPos(starts, 11)).toBe(13); // "First line" is 10 chars: 1 + 10 + 2
    expect(offsetToPos(starts, 19)).toBe(23);
  });
});

describe('trimRange', () => {
  const text = 'Nine ISIS members were killed  in the attack. ';

  it.each([
    [0, 4, { start: 0, end: 4 }],
    [4, 10, { start: 5, end: 9 }],
    [40, 47, { start: 40, end: 45 }],
    [10, 4, { start: 5, end: 9 }],
    [29, 31, null],
    [-5, 500, { start: 0, end: 45 }],
  ])('trims [%i, %i)', (start, end, expected) => {
    expect(trimRange(text, start, end)).toEqual(expected);
  });
});

describe('rangeAt', () => {
  const first = { start: 0, end: 44 };
  const second = { start: 45, end: 68 };
  const ranges = [first, second];

  it.each([
    [0, first],
    [43, first],
    [44, undefined],
    [45, second],
    [67, second],
    [68, undefined],
  ])('offset %i lies in %p', (offset, expected) => {
    expect(rangeAt(ranges, offset)).toBe(expected);
  });

  it('hands back the range it was given, with whatever else it carries', () => {
    const selector = { start: 5, end: 9, exact: 'ISIS' };
    expect(rangeAt([selector], 6)).toBe(selector);
    expect(rangeAt([], 6)).toBeUndefined();
  });
});
