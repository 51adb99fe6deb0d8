// A reader's selection rarely lands exactly on the words: a double-click takes
// the trailing space, a drag may start in the gap before a word. Claims are
// anchored on the words themselves, so the edges are trimmed of white space.
import type { TextRange } from '@/lib/domain/types';

export function trimRange(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  return to > from ? { start: from, end: to } : null;
}
