// How a short text field's change (a statement, a rationale, a quote) is shown
// so that a person can read it. A word diff of a rewritten sentence pairs
// unrelated words around the spaces they happen to share, and reads as
// "killedJassim inal-Mazrouei theAbu attackAbdul Qader". So:
// - when most words changed, the old and the new text are shown whole, as two
//   blocks (the old struck, the new inserted);
// - otherwise a word diff in which the words changed together stay together
//   (a space between two changed words goes with them, not between them), and
//   a deletion and the insertion replacing it are kept apart by a gap, so no two
//   words are ever glued.
import { diffTexts, type DiffPart } from './text-diff';

/** A space shown between a deletion and the insertion replacing it; it belongs to neither text. */
export type GapPart = { type: 'gap'; text: ' ' };
export type ReadablePart = DiffPart | GapPart;

export type ReadableDiff = { kind: 'words'; parts: ReadablePart[] } | { kind: 'blocks'; before: string; after: string };

/** Above this share of changed words, the two texts are shown whole. */
export const REWRITTEN_SHARE = 0.5;

const WORD = /\S+/g;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;
const isSpace = (part: DiffPart | undefined) => part?.type === 'equal' && part.text.trim() === '';
const GAP: GapPart = { type: 'gap', text: ' ' };

/** Share of the words of both texts that are not kept: 0 when equal, 1 when nothing is shared. */
export function changedShare(before: string, after: string, parts: DiffPart[] = diffTexts(before, after).parts): number {
  const total = countWords(before) + countWords(after);
  if (total === 0) return 0;
  const kept = parts.filter((p) => p.type === 'equal').reduce((n, p) => n + countWords(p.text), 0);
  return 1 - (2 * kept) / total;
}

function commonBlankEnd(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && /\s/.test(a[a.length - 1 - n]) && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n === 0 ? '' : a.slice(a.length - n);
}

/**
 * Runs of changes, with the blank space between two changes taken into both
 * sides of the run, each emitted as its deletion, a gap when both would touch
 * without a space, then its insertion.
 */
function groupedWords(parts: DiffPart[]): ReadablePart[] {
  const out: ReadablePart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    // A blank both sides end with is unchanged: shown after the run, not struck and inserted.
    const tail = deleted && inserted ? commonBlankEnd(deleted, inserted) : '';
    deleted = deleted.slice(0, deleted.length - tail.length);
    inserted = inserted.slice(0, inserted.length - tail.length);
    if (deleted) out.push({ type: 'delete', text: deleted });
    if (deleted && inserted && !/\s$/.test(deleted) && !/^\s/.test(inserted)) out.push(GAP);
    if (inserted) out.push({ type: 'insert', text: inserted });
    if (tail) out.push({ type: 'equal', text: tail });
    deleted = '';
    inserted = '';
  };
  parts.forEach((part, i) => {
    const inRun = deleted !== '' || inserted !== '';
    const next = parts[i + 1];
    if (part.type === 'delete') deleted += part.text;
    else if (part.type === 'insert') inserted += part.text;
    else if (inRun && isSpace(part) && next && next.type !== 'equal') {
      // A space between two changes: both texts have it, and it joins the run on both sides.
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

export function readableDiff(before: string, after: string, rewrittenShare = REWRITTEN_SHARE): ReadableDiff {
  const { parts } = diffTexts(before, after);
  // A text set from nothing, or emptied, reads well as one insertion or deletion.
  const bothSaySomething = countWords(before) > 0 && countWords(after) > 0;
  if (bothSaySomething && changedShare(before, after, parts) > rewrittenShare) return { kind: 'blocks', before, after };
  return { kind: 'words', parts: groupedWords(parts) };
}

/** The text a reader sees of a word diff, gaps included (what "no glued words" is checked on). */
export function shownText(parts: readonly ReadablePart[]): string {
  return parts.map((p) => p.text).join('');
}
