// Pairs the lines (paragraphs) of two revisions without a full diff, in O(n):
// first identical lines, wherever they went (a moved paragraph is found at its
// new place, which a classic diff reports as delete + insert); then, among the
// lines left, a line with the same opening or the same ending (a paragraph with
// a word changed, possibly moved as well).

export interface Line {
  start: number;
  end: number;
}

export interface LineMatch {
  /** for each old line, the index of its new line, or -1 */
  match: Int32Array;
  /** for each old line, whether the new line is identical (else only similar) */
  identical: Uint8Array;
}

/** Opening/ending length that identifies a paragraph; shorter lines only match when identical. */
const KEY_LENGTH = 32;

/** Lines of text[from, to), each keeping its "\n". */
export function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl >= to ? to : nl + 1;
    lines.push({ start, end });
    start = end;
  }
  return lines;
}

/**
 * The first unused copy after the previous match (keeps repeated lines, such as
 * blank ones, in order), else the first unused copy. Binary search, so many
 * identical lines do not make this quadratic in the usual in-order case.
 */
function pickCopy(list: number[], last: number, used: Uint8Array): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= last) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k += 1) if (!used[list[k]]) return list[k];
  for (let k = 0; k < lo; k += 1) if (!used[list[k]]) return list[k];
  return -1;
}

type Key = (text: string, line: Line) => string | null;

const whole: Key = (text, line) => text.slice(line.start, line.end);
const head: Key = (text, line) => (line.end - line.start >= 2 * KEY_LENGTH ? text.slice(line.start, line.start + KEY_LENGTH) : null);
// Without its line break: the last paragraph of a text has none, and may have been moved there.
const tail: Key = (text, line) => {
  const end = text.charCodeAt(line.end - 1) === 10 ? line.end - 1 : line.end;
  return end - line.start >= 2 * KEY_LENGTH ? text.slice(end - KEY_LENGTH, end) : null;
};

/** One matching pass: old lines still unmatched get an unused new line with the same key. */
function pass(oldText: string, newText: string, oldLines: Line[], newLines: Line[], key: Key, result: LineMatch, used: Uint8Array) {
  const byKey = new Map<string, number[]>();
  newLines.forEach((line, j) => {
    if (used[j]) return;
    const k = key(newText, line);
    if (k === null) return;
    const list = byKey.get(k);
    if (list) list.push(j);
    else byKey.set(k, [j]);
  });
  let last = -1;
  oldLines.forEach((line, i) => {
    if (result.match[i] >= 0) {
      last = result.match[i];
      return;
    }
    const k = key(oldText, line);
    const list = k === null ? undefined : byKey.get(k);
    if (!list) return;
    const j = pickCopy(list, last, used);
    if (j < 0) return;
    used[j] = 1;
    result.match[i] = j;
    result.identical[i] = key === whole ? 1 : 0;
    last = j;
  });
}

export function matchLines(oldText: string, newText: string, oldLines: Line[], newLines: Line[]): LineMatch {
  const result: LineMatch = { match: new Int32Array(oldLines.length).fill(-1), identical: new Uint8Array(oldLines.length) };
  const used = new Uint8Array(newLines.length);
  for (const key of [whole, head, tail]) pass(oldText, newText, oldLines, newLines, key, result, used);
  return result;
}
