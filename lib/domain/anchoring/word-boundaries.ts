// Fuzzy matches end where the edit distance is lowest, which can be inside a
// word ("teen ISIS members" for "Nine ISIS members" in "Fifteen ISIS members").
// A highlight that starts mid-word is misleading, so matches are widened to
// whole words -- but only on a side where the stored quote itself began or
// ended at a word boundary (an editor may have selected part of a word).
import { splitsSurrogatePair } from './selector';

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Joiners that belong to a word when letters/digits sit on both sides: Iraq’s, U.S., 40,000, al-Qaeda. */
const JOINER = /['’\-.,]/;

function isCore(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  // Whole code point, so astral letters count too.
  const cp = text.codePointAt(i);
  const ch = cp === undefined ? '' : String.fromCodePoint(cp);
  if (LETTER_OR_DIGIT.test(ch)) return true;
  // Low half of a pair: judge by the character it belongs to.
  return i > 0 && splitsSurrogatePair(text, i) && isCore(text, i - 1);
}

/** Whether the UTF-16 unit at i is part of a word. */
export function isWordChar(text: string, i: number): boolean {
  if (isCore(text, i)) return true;
  return i > 0 && i < text.length - 1 && JOINER.test(text[i]) && isCore(text, i - 1) && isCore(text, i + 1);
}

/** Whether a cut at `offset` falls between two word characters. */
export function isMidWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isWordChar(text, offset - 1) && isWordChar(text, offset);
}

/** Whether the stored quote started / ended at a word boundary (judged from its own context). */
export function quoteBoundaries(exact: string, prefix: string, suffix: string): { start: boolean; end: boolean } {
  const joinedStart = prefix.slice(-2) + exact.slice(0, 2);
  const joinedEnd = exact.slice(-2) + suffix.slice(0, 2);
  return {
    start: !isMidWord(joinedStart, prefix.slice(-2).length),
    end: !isMidWord(joinedEnd, exact.slice(-2).length),
  };
}

const isSpace = (text: string, i: number) => /\s/.test(text[i] ?? '');

/**
 * [start, end) widened to whole words on the sides where `snap` asks, and
 * trimmed of surrounding white space. Never splits a surrogate pair.
 */
export function snapToWords(text: string, start: number, end: number, snap: { start: boolean; end: boolean }): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (snap.start) while (s < e && isSpace(text, s)) s += 1;
  if (snap.end) while (e > s && isSpace(text, e - 1)) e -= 1;
  if (snap.start) while (isMidWord(text, s)) s -= 1;
  if (snap.end) while (isMidWord(text, e)) e += 1;
  if (splitsSurrogatePair(text, s)) s -= 1;
  if (splitsSurrogatePair(text, e)) e += 1;
  return { start: s, end: e };
}
