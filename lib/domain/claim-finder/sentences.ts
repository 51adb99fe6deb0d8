// Sentence boundaries for claim suggestions. Intl.Segmenter knows abbreviations
// ("Maj. Gen.") and quotes better than a regex would; we only add the newsroom
// rule that a paragraph (newline) always ends a sentence, because article bodies
// are one paragraph per line and a line without a full stop ("CNN") is a unit.

export interface SentenceSpan {
  text: string;
  /** UTF-16 offsets into the original text, end exclusive; text === original.slice(start, end) */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * ICU's sentence breaker is super-linear on some lines: one line of "*! " x
 * 64,000 (192 KB) took over 100 s to iterate. It is therefore given at most this
 * many characters at a time (192 KB then take ~50 ms). A window's last segment
 * may be cut short, so the next window starts again at that segment; only a
 * single "sentence" longer than the window is cut at the window's end.
 */
export const MAX_SEGMENTER_INPUT = 2_000;

/** Sentence segments of `line` ({ index, segment } like Intl.Segmenter's), segmented window by window. */
function* segmentsOf(line: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < line.length) {
    let to = Math.min(line.length, from + MAX_SEGMENTER_INPUT);
    // Never split a surrogate pair.
    if (to < line.length && /[\uD800-\uDBFF]/.test(line[to - 1])) to -= 1;
    const segments = [...segmenter.segment(line.slice(from, to))];
    const keep = to === line.length || segments.length === 1 ? segments.length : segments.length - 1;
    for (let i = 0; i < keep; i += 1) yield { index: from + segments[i].index, segment: segments[i].segment };
    from = keep === segments.length ? to : from + segments[keep].index;
  }
}

// ICU breaks after titles before names ("Maj. | Gen. | Patrick Ryder said"); a
// segment ending in one of these is joined to the next one.
const TITLES = ['Maj', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sen', 'Rep', 'Gov', 'Prof', 'Rev', 'St', 'Jr', 'Sr'];
const TITLE_AT_END = new RegExp(`(?:^|[\\s(“"])(?:${TITLES.join('|')})\\.$`);
// Only this many characters before a piece's last non-blank one can hold a title
// and the character before it. Testing the whole piece instead, as it grew by
// one segment at a time, was quadratic: one line of "*! " x 64,000 took 21 s.
const TITLE_WINDOW = Math.max(...TITLES.map((title) => title.length)) + 2;
// A segment of closing quotes/punctuation alone belongs to the sentence before it.
const PUNCTUATION_ONLY = /^[\s\p{P}]*$/u;

/** Pushes `text.slice(from, to)` trimmed of white space, if anything is left. */
function pushTrimmed(out: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Whether text.slice(start, inked) ends in a title and its full stop; looks at TITLE_WINDOW characters at most. */
function endsWithTitle(text: string, start: number, inked: number): boolean {
  const from = Math.max(start, inked - TITLE_WINDOW);
  // Cut inside the piece, the window starts with the character before any title, so ^ cannot match falsely.
  return TITLE_AT_END.test(text.slice(from, inked));
}

/** Sentences of `text`, in order, trimmed, never crossing a line break. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  // Segmenting line by line keeps offsets exact without re-searching the text.
  const lines: Array<[number, number]> = [];
  for (const m of text.matchAll(lineBreak)) {
    lines.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [from, to] of lines) {
    if (to <= from) continue;
    const line = text.slice(from, to);
    // [start, end, end of the last non-blank character]; the last is kept as pieces
    // grow so that no piece is ever rescanned.
    const pieces: Array<[number, number, number]> = [];
    for (const seg of segmentsOf(line)) {
      const start = from + seg.index;
      const end = start + seg.segment.length;
      let inked = end;
      while (inked > start && /\s/.test(text[inked - 1])) inked -= 1;
      const prev = pieces[pieces.length - 1];
      const joins = prev && (endsWithTitle(text, prev[0], prev[2]) || PUNCTUATION_ONLY.test(seg.segment));
      if (joins) {
        prev[1] = end;
        if (inked > start) prev[2] = inked;
      } else pieces.push([start, end, inked]);
    }
    for (const [start, end] of pieces) pushTrimmed(out, text, start, end);
  }
  return out;
}
