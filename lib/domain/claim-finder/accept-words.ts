// What Accept on a suggestion takes: the words the reader selected inside its
// sentence ("about 40,000 US troops"), trimmed of white space, or else the
// whole sentence. A selection elsewhere, across the sentence's edge, of blanks
// only, or of the whole sentence (clicking an entry selects its sentence)
// leaves the sentence whole. The answer is always a range of the sentence, so
// a valid selector on the text the suggestion was made from.
import type { TextRange } from '../types';
import { splitsSurrogatePair } from '../anchoring/selector';

export interface AcceptedWords extends TextRange {
  exact: string;
  /** only part of the sentence: the reader's selection inside it */
  partial: boolean;
}

/** `selected` as offsets of `text` (either way round), trimmed of white space; null when nothing is left. */
function trimmed(text: string, selected: TextRange): TextRange | null {
  if (!Number.isInteger(selected.start) || !Number.isInteger(selected.end)) return null;
  let start = Math.max(0, Math.min(selected.start, selected.end));
  let end = Math.min(text.length, Math.max(selected.start, selected.end));
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  // A selection never ends between the halves of one character (an emoji).
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return end > start ? { start, end } : null;
}

export function wordsToAccept(text: string, sentence: TextRange, selected: TextRange | null): AcceptedWords {
  const whole = { start: sentence.start, end: sentence.end, exact: text.slice(sentence.start, sentence.end), partial: false };
  const words = selected && trimmed(text, selected);
  if (!words || words.start < sentence.start || words.end > sentence.end) return whole;
  if (words.start === sentence.start && words.end === sentence.end) return whole;
  return { ...words, exact: text.slice(words.start, words.end), partial: true };
}
