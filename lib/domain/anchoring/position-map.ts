// What the old revision's offsets became in the new one, from a cheap O(n)
// alignment (no full diff: fast on 100k characters). Used as evidence, never
// as the answer: where to look first, which of two candidates is nearer, and
// which stretches of the new text are old text copied unchanged.
//
// 1. The common prefix and suffix of the two texts map exactly.
// 2. In between, paragraphs are paired (line-matching.ts). Identical ones map
//    exactly; similar ones map their shared opening/ending exactly and the rest
//    proportionally.
// 3. Runs of unpaired old lines map onto the unpaired new text after their
//    paired predecessor, the same way.
import { matchLines, splitLines } from './line-matching';

interface Segment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** copied unchanged (offsets map one to one) */
  exact: boolean;
}

export interface TextMapping {
  /** Best guess of where an old offset is in the new text. */
  toNew(oldOffset: number): number;
  /** Old offset of new[start, end) when that stretch is old text copied unchanged, else null. */
  origin(start: number, end: number): number | null;
  /** Stretches of the new text that are not unchanged old text: where edited words can be. */
  changed: Array<[number, number]>;
}

function commonPrefix(a: string, b: string, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  const max = Math.min(aTo - aFrom, bTo - bFrom);
  let n = 0;
  while (n < max && a.charCodeAt(aFrom + n) === b.charCodeAt(bFrom + n)) n += 1;
  return n;
}

function commonSuffix(a: string, b: string, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  const max = Math.min(aTo - aFrom, bTo - bFrom);
  let n = 0;
  while (n < max && a.charCodeAt(aTo - 1 - n) === b.charCodeAt(bTo - 1 - n)) n += 1;
  return n;
}

/** Maps old[os, oe) onto new[ns, ne): shared ends exactly, the middle proportionally. */
function mapGap(oldText: string, newText: string, os: number, oe: number, ns: number, ne: number, out: Segment[]) {
  const p = commonPrefix(oldText, newText, os, oe, ns, ne);
  const s = commonSuffix(oldText, newText, os + p, oe, ns + p, ne);
  if (p > 0) out.push({ oldStart: os, oldEnd: os + p, newStart: ns, newEnd: ns + p, exact: true });
  if (oe - s > os + p) out.push({ oldStart: os + p, oldEnd: oe - s, newStart: ns + p, newEnd: ne - s, exact: false });
  if (s > 0) out.push({ oldStart: oe - s, oldEnd: oe, newStart: ne - s, newEnd: ne, exact: true });
}

/** A paragraph and its edited version: as mapGap, with the line breaks (the last line has none) apart. */
function mapPair(oldText: string, newText: string, os: number, oe: number, ns: number, ne: number, out: Segment[]) {
  const oldBreak = oldText.charCodeAt(oe - 1) === 10 ? 1 : 0;
  const newBreak = newText.charCodeAt(ne - 1) === 10 ? 1 : 0;
  mapGap(oldText, newText, os, oe - oldBreak, ns, ne - newBreak, out);
  if (oldBreak) out.push({ oldStart: oe - 1, oldEnd: oe, newStart: ne - newBreak, newEnd: ne, exact: newBreak === 1 });
}

function alignSegments(oldText: string, newText: string): Segment[] {
  const segments: Segment[] = [];
  // Shared start and end, cut back to whole lines so the lines in between compare whole.
  let cp = commonPrefix(oldText, newText, 0, oldText.length, 0, newText.length);
  while (cp > 0 && oldText.charCodeAt(cp - 1) !== 10) cp -= 1;
  let cs = commonSuffix(oldText, newText, cp, oldText.length, cp, newText.length);
  while (cs > 0 && oldText.charCodeAt(oldText.length - cs - 1) !== 10) cs -= 1;
  const oe = oldText.length - cs;
  const ne = newText.length - cs;
  if (cp > 0) segments.push({ oldStart: 0, oldEnd: cp, newStart: 0, newEnd: cp, exact: true });
  const oldLines = splitLines(oldText, cp, oe);
  const newLines = splitLines(newText, cp, ne);
  const { match, identical } = matchLines(oldText, newText, oldLines, newLines);
  const pairedNew = new Uint8Array(newLines.length);
  match.forEach((j) => j >= 0 && (pairedNew[j] = 1));
  let i = 0;
  while (i < oldLines.length) {
    const j = match[i];
    if (j >= 0) {
      const [o, n] = [oldLines[i], newLines[j]];
      if (identical[i]) segments.push({ oldStart: o.start, oldEnd: o.end, newStart: n.start, newEnd: n.end, exact: true });
      else mapPair(oldText, newText, o.start, o.end, n.start, n.end, segments);
      i += 1;
      continue;
    }
    let k = i;
    while (k < oldLines.length && match[k] < 0) k += 1;
    const before = i > 0 ? match[i - 1] : -1;
    const gapStart = before >= 0 ? newLines[before].end : cp;
    let next = before + 1;
    while (next < newLines.length && !pairedNew[next]) next += 1;
    const gapEnd = next < newLines.length ? newLines[next].start : ne;
    mapGap(oldText, newText, oldLines[i].start, oldLines[k - 1].end, gapStart, gapEnd, segments);
    i = k;
  }
  if (cs > 0) segments.push({ oldStart: oe, oldEnd: oldText.length, newStart: ne, newEnd: newText.length, exact: true });
  return segments;
}

/** Index of the last item whose key is <= value (0 if none). */
function lastAtOrBefore<T>(items: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function buildTextMapping(oldText: string, newText: string): TextMapping {
  const segments = alignSegments(oldText, newText); // in old-text order
  const copies = segments.filter((s) => s.exact).sort((a, b) => a.newStart - b.newStart);
  const changed: Array<[number, number]> = [];
  let cursor = 0;
  for (const copy of copies) {
    if (copy.newStart > cursor) changed.push([cursor, copy.newStart]);
    cursor = Math.max(cursor, copy.newEnd);
  }
  if (cursor < newText.length) changed.push([cursor, newText.length]);

  const toNew = (offset: number) => {
    if (segments.length === 0) return 0;
    const seg = segments[lastAtOrBefore(segments, offset, (s) => s.oldStart)];
    const oldLength = seg.oldEnd - seg.oldStart;
    const newLength = seg.newEnd - seg.newStart;
    const into = Math.min(Math.max(offset - seg.oldStart, 0), oldLength);
    const mapped = seg.exact ? into : Math.round((into * newLength) / Math.max(oldLength, 1));
    return Math.min(Math.max(seg.newStart + mapped, 0), newText.length);
  };
  const origin = (start: number, end: number) => {
    if (copies.length === 0) return null;
    const seg = copies[lastAtOrBefore(copies, start, (s) => s.newStart)];
    return seg.newStart <= start && end <= seg.newEnd ? seg.oldStart + (start - seg.newStart) : null;
  };
  return { toNew, origin, changed };
}
