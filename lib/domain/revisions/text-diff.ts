// A readable diff between two revisions of an article: paragraphs first (fast
// on long texts), then words inside each changed paragraph, so a reader sees
// "Nine" -> "Fifteen" rather than two whole paragraphs swapped.
//
// Bounded (issue 12): Myers' diff costs about (edits)^2, so two unrelated 47 KB
// revisions took ~40 s. diff's own maxEditLength stops each diff early (a
// count, so the same texts always get the same answer; its timeout is only a
// backstop). Over the limits the answer is simplified and says so:
// - 'paragraph': some changed paragraphs are shown whole (old deleted, new
//   inserted) because diffing their words was over the limit;
// - 'text': even the paragraphs differ too much to align, so the text between
//   the unchanged first and last paragraphs is shown replaced.
import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';

export type DiffPart = { type: 'equal' | 'insert' | 'delete'; text: string };

export type Simplified = 'paragraph' | 'text';

export interface DiffSummary {
  parts: DiffPart[];
  inserted: number;
  deleted: number;
  /** Absent when every change is shown word by word. */
  simplified?: Simplified;
}

export interface DiffLimits {
  /** Paragraphs (lines) inserted + deleted before the paragraph diff gives up: ~0.4 s on two unrelated 1 MB texts. */
  lineEdits: number;
  /** Words and spaces inserted + deleted before one paragraph's word diff gives up: ~0.1 s. */
  wordEdits: number;
  /** All word diffs of one answer together, in (edits)^2, the cost of each: ~0.4 s. */
  wordWork: number;
  /** Wall-clock backstop for the whole diff, for what the counts cannot foresee. */
  timeoutMs: number;
}

export const DIFF_LIMITS: DiffLimits = { lineEdits: 2_000, wordEdits: 1_000, wordWork: 4_000_000, timeoutMs: 2_000 };

function push(parts: DiffPart[], part: DiffPart) {
  if (part.text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.type === part.type) last.text += part.text;
  else parts.push({ ...part });
}

const typeOf = (change: ChangeObject<string>): DiffPart['type'] => (change.added ? 'insert' : change.removed ? 'delete' : 'equal');

/** Length of the common start of a and b, cut back to whole lines. */
function commonLinesStart(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  if (n === a.length && n === b.length) return n;
  while (n > 0 && a.charCodeAt(n - 1) !== 10) n -= 1;
  return n;
}

/** Length of the common end of a[from..] and b[from..], cut back to whole lines. */
function commonLinesEnd(a: string, b: string, from: number): number {
  const max = Math.min(a.length, b.length) - from;
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  while (n > 0 && a.length - n > from && a.charCodeAt(a.length - n - 1) !== 10) n -= 1;
  return n;
}

/** The unchanged first and last paragraphs, and everything between them replaced. */
function replacedMiddle(before: string, after: string, parts: DiffPart[]): void {
  const head = commonLinesStart(before, after);
  const tail = commonLinesEnd(before, after, head);
  push(parts, { type: 'equal', text: before.slice(0, head) });
  push(parts, { type: 'delete', text: before.slice(head, before.length - tail) });
  push(parts, { type: 'insert', text: after.slice(head, after.length - tail) });
  push(parts, { type: 'equal', text: before.slice(before.length - tail) });
}

const edits = (changes: ChangeObject<string>[]) => changes.reduce((n, c) => n + (c.added || c.removed ? c.count : 0), 0);

export function diffTexts(before: string, after: string, overrides: Partial<DiffLimits> = {}): DiffSummary {
  const limits = { ...DIFF_LIMITS, ...overrides };
  const deadline = Date.now() + limits.timeoutMs;
  const timeout = () => Math.max(1, deadline - Date.now());
  const parts: DiffPart[] = [];
  let simplified: Simplified | undefined;
  let work = limits.wordWork;

  const lines = diffLines(before, after, { maxEditLength: limits.lineEdits, timeout: timeout() });
  if (!lines) {
    replacedMiddle(before, after, parts);
    simplified = 'text';
  } else {
    for (let i = 0; i < lines.length; i += 1) {
      const change = lines[i];
      const next = lines[i + 1];
      if (!(change.removed && next?.added)) {
        push(parts, { type: typeOf(change), text: change.value });
        continue;
      }
      // A paragraph replaced by another: show what changed inside it, if that is cheap enough.
      i += 1;
      const allowed = Math.min(limits.wordEdits, Math.floor(Math.sqrt(work)));
      const words = allowed > 0 ? diffWordsWithSpace(change.value, next.value, { maxEditLength: allowed, timeout: timeout() }) : undefined;
      if (words) {
        work -= edits(words) ** 2;
        for (const word of words) push(parts, { type: typeOf(word), text: word.value });
      } else {
        work -= allowed ** 2;
        push(parts, { type: 'delete', text: change.value });
        push(parts, { type: 'insert', text: next.value });
        simplified = 'paragraph';
      }
    }
  }
  const count = (type: DiffPart['type']) => parts.filter((p) => p.type === type).reduce((n, p) => n + p.text.length, 0);
  return { parts, inserted: count('insert'), deleted: count('delete'), ...(simplified ? { simplified } : {}) };
}
