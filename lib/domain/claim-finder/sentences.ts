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

// ICU breaks after titles before names ("Maj. | Gen. | Patrick Ryder said"); a
// segment ending in one of these is joined to the next one.
const TITLE_AT_END = /(?:^|[\s(“"])(?:Maj|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Brig|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr)\.\s*$/;
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
    const pieces: Array<[number, number]> = [];
    for (const seg of segmenter.segment(line)) {
      const start = from + seg.index;
      const end = start + seg.segment.length;
      const prev = pieces[pieces.length - 1];
      const joins = prev && (TITLE_AT_END.test(text.slice(prev[0], prev[1])) || PUNCTUATION_ONLY.test(seg.segment));
      if (joins) prev[1] = end;
      else pieces.push([start, end]);
    }
    for (const [start, end] of pieces) pushTrimmed(out, text, start, end);
  }
  return out;
}
