// Right-to-left text for the PDF report. pdfkit draws strings left to right,
// and its shaper (fontkit) reverses a string whose first letters are of a
// right-to-left script (Arabic, Hebrew...), the whole string, digits and
// brackets included; a Latin line with an Arabic phrase was drawn in logical
// order, the phrase back to front. Here the Unicode Bidirectional Algorithm
// (bidi-js) gives each character its embedding level, and the text is cut into
// pieces the shaper gets right: runs of one level, in visual order (rule L2),
// each oriented for the shaper. Paragraphs are left-to-right, as in the HTML
// report (an English document quoting other scripts).
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A stretch of text at one embedding level (odd: right to left). */
export interface LevelRun {
  text: string;
  level: number;
}

const isOdd = (level: number) => level % 2 === 1;
// Letters of right-to-left scripts (bidi classes R and AL): what makes fontkit lay a string out right to left.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// What can make any level other than 0: right-to-left letters, the right-to-left mark, explicit embeddings and isolates.
const BIDI_RELEVANT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b]/;

// A BMP character of each bidi class, to stand in for astral characters (below).
const STAND_IN: Record<string, string> = { L: 'a', R: '\u05d0', AL: '\u0627', EN: '0', ES: '+', ET: '#', AN: '\u0660', CS: ',', NSM: '\u0300', BN: '\u00ad', S: '\t', WS: ' ', ON: '!' };

/** Embedding levels of each UTF-16 unit of `text`, one left-to-right paragraph per line. */
export function embeddingLevels(text: string): Uint8Array {
  // Most text has nothing right to left: all level 0, without running the algorithm over it.
  if (!BIDI_RELEVANT.test(text)) return new Uint8Array(text.length);
  // bidi-js reads the string unit by unit, so each half of a surrogate pair was
  // a strong left-to-right letter (the class of a lone surrogate): an emoji
  // between Arabic words cut their run in two. Each pair is read as two
  // characters of the pair's own class instead (same length, same offsets).
  const units = text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, (pair) => (STAND_IN[bidi.getBidiCharTypeName(pair)] ?? 'a').repeat(2));
  return bidi.getEmbeddingLevels(units, 'ltr').levels;
}

/** `text` cut into runs of one level, in logical order (`levels` as embeddingLevels gives them, for a longer text `text` starts at `offset` of). */
export function levelRuns(text: string, levels: Uint8Array = embeddingLevels(text), offset = 0): LevelRun[] {
  const runs: LevelRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || levels[offset + i] !== levels[offset + start]) {
      if (i > start) runs.push({ text: text.slice(start, i), level: levels[offset + start] ?? 0 });
      start = i;
    }
  }
  return runs;
}

/** Items of one level each, in visual order: from the highest level down to the lowest odd one, reverse every sequence at that level or above (UBA rule L2). */
export function visualOrder<T>(items: readonly T[], levelOf: (item: T) => number): T[] {
  const order = [...items];
  const levels = order.map(levelOf);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (isOdd(level) ? level : level + 1)), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < order.length; i += 1) {
      if (levels[i] < level) continue;
      let end = i;
      while (end + 1 < order.length && levels[end + 1] >= level) end += 1;
      order.splice(i, end - i + 1, ...order.slice(i, end + 1).reverse());
      levels.splice(i, end - i + 1, ...levels.slice(i, end + 1).reverse());
      i = end;
    }
  }
  return order;
}

const mirrored = (text: string) => [...text].map((char) => bidi.getMirroredCharacter(char) ?? char).join('');
const reverseGraphemes = (text: string) =>
  [...graphemes.segment(text)]
    .map((part) => part.segment)
    .reverse()
    .join('');

/** Whether the shaper lays `text` out right to left by itself: it holds a letter of a right-to-left script. */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * What to hand the shaper for a run at `level` so it draws the run as read.
 * Left to right: as is. Right to left: brackets and other mirrored characters
 * swapped (the shaper does not mirror), and, when the run has no RTL letter
 * for the shaper to go by (spaces, punctuation, emoji between Arabic words),
 * reversed here, by grapheme so an emoji sequence stays whole.
 */
export function shaperText(text: string, level: number): string {
  if (!isOdd(level)) return text;
  const swapped = mirrored(text);
  return hasRtlLetter(swapped) ? swapped : reverseGraphemes(swapped);
}

/** One line of text as the pieces to draw from left to right, each ready for the shaper. */
export function visualPieces(text: string): LevelRun[] {
  return visualOrder(levelRuns(text), (run) => run.level).map((run) => ({ text: shaperText(run.text, run.level), level: run.level }));
}

/** What a reader sees of one line, left to right, character by character (the shaper's reversal done): for tests and logs. */
export function visualString(text: string): string {
  return visualPieces(text)
    .map((piece) => (isOdd(piece.level) && hasRtlLetter(piece.text) ? [...piece.text].reverse().join('') : piece.text))
    .join('');
}
