// Overlapping and nested highlights cannot be drawn as nested elements in
// general (two claims may overlap without one containing the other), so both the
// HTML export and the editor cut the text into flat segments and paint each
// segment with every claim covering it. Pure and shared so both agree.

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface HighlightSegment {
  start: number;
  end: number;
  /** ids of the ranges covering this segment, in the order the ranges were given */
  ids: string[];
}

interface Boundary {
  offset: number;
  /** +1 opens range `index`, -1 closes it */
  delta: 1 | -1;
  index: number;
}

/**
 * Splits [0, textLength) at every range boundary into consecutive segments that
 * together cover the whole text (uncovered stretches get `ids: []`). Ranges are
 * clamped to the text; ranges that are empty after clamping, or not numbers, are
 * ignored. O(n log n) in the number of ranges, plus the size of the output.
 */
export function segmentText(textLength: number, ranges: HighlightRange[]): HighlightSegment[] {
  const length = Number.isFinite(textLength) ? Math.max(0, Math.floor(textLength)) : 0;
  if (length === 0) return [];

  const boundaries: Boundary[] = [];
  ranges.forEach((range, index) => {
    if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return;
    const start = Math.min(length, Math.max(0, Math.floor(range.start)));
    const end = Math.min(length, Math.max(0, Math.floor(range.end)));
    if (end <= start) return;
    boundaries.push({ offset: start, delta: 1, index }, { offset: end, delta: -1, index });
  });
  boundaries.sort((a, b) => a.offset - b.offset);

  const segments: HighlightSegment[] = [];
  const active = new Set<number>();
  let cursor = 0;
  let i = 0;
  while (cursor < length) {
    // Apply every open/close at the cursor before measuring the next segment.
    while (i < boundaries.length && boundaries[i].offset === cursor) {
      const boundary = boundaries[i];
      if (boundary.delta === 1) active.add(boundary.index);
      else active.delete(boundary.index);
      i += 1;
    }
    const next = i < boundaries.length ? boundaries[i].offset : length;
    const ids = [...active].sort((a, b) => a - b).map((index) => ranges[index].id);
    segments.push({ start: cursor, end: next, ids });
    cursor = next;
  }
  return segments;
}
