// Maps between offsets in the revision's plain text (UTF-16, what selectors
// store) and ProseMirror positions in the editor document, where every line of
// the text is one paragraph. Each newline is one character in the text but two
// positions in the document (close one paragraph, open the next), plus one for
// the opening of the first paragraph.
import type { TextRange } from '@/lib/domain/types';

/** Offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line containing `offset` (binary search over `starts`). */
export function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function offsetToPos(starts: number[], offset: number): number {
  return offset + 1 + lineOf(starts, offset);
}

/**
 * The text offset of a document position given the index of the paragraph it
 * resolves into (`$pos.index(0)` in ProseMirror).
 */
export function posToOffset(pos: number, paragraphIndex: number): number {
  return pos - 1 - paragraphIndex;
}

/**
 * The range of `ranges` holding `offset`, if any: a click in the text lands on
 * an offset, and this finds what was drawn there from the ranges themselves,
 * not from what the DOM says about them.
 */
export function rangeAt<R extends TextRange>(ranges: readonly R[], offset: number): R | undefined {
  return ranges.find((range) => range.start <= offset && offset < range.end);
}
