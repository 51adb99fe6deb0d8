// The article with its claims highlighted, laid out by hand: pdfkit's own text
// flow cannot paint a background behind part of a line, so words are measured
// (pdfkit caches word widths), broken into lines here, and each line is drawn
// as a few runs: highlight rectangles first, then the text on top. Runs merge
// every neighbouring fragment of one style, so a 100k-character article costs
// a few thousand text operations, not one per word.
// Right-to-left text: embedding levels come from the whole paragraph, each
// fragment keeps its level, and each line is put in visual order after it is
// broken (UBA rule L2, bidi-order.ts), as the algorithm has it.
import type { ReportClaim, ReportModel } from './report-types';
import { embeddingLevels, levelRuns, shaperText, visualOrder } from './bidi-order';
import { faceRuns, HIGHLIGHT_OPACITY, INK, pdfColor, printable, SIZE, type FaceName, type PdfDoc } from './pdf-style';

interface Frag {
  text: string;
  font: FaceName;
  /** bidi embedding level (odd: right to left); the text is already oriented for the shaper */
  level: number;
  size: number;
  /** highlight colour, null for plain text */
  color: string | null;
  overlap: boolean;
  unapproved: boolean;
  /** a footnote reference to this claim number */
  ref: number | null;
  width: number;
}

const LINE_HEIGHT = SIZE.body * 1.45;
const isSpace = (frag: Frag) => frag.ref === null && /^\s+$/.test(frag.text);
// Right-to-left fragments are never merged: the shaper reverses each string it is given, so two RTL words joined would swap.
const sameStyle = (a: Frag, b: Frag) =>
  a.ref === null && b.ref === null && a.level % 2 === 0 && b.level % 2 === 0 && a.font === b.font && a.color === b.color && a.overlap === b.overlap && a.unapproved === b.unapproved;

/** Where nested claims overlap, the innermost (shortest) one gives the colour, as in the HTML. */
function innermost(numbers: number[], claims: Map<number, ReportClaim>): ReportClaim {
  return numbers.map((n) => claims.get(n)!).reduce((best, c) => (c.selector.end - c.selector.start <= best.selector.end - best.selector.start ? c : best));
}

interface Part {
  text: string;
  color: string | null;
  overlap: boolean;
  unapproved: boolean;
  ref: number | null;
}

/** Paragraphs of fragments: words, spaces and footnote references, in logical order, each with its bidi level. */
function paragraphs(doc: PdfDoc, model: ReportModel): Frag[][] {
  const claims = new Map(model.claims.map((c) => [c.number, c]));
  const last = new Map<number, number>();
  model.segments.forEach((s, i) => s.claimNumbers.forEach((n) => last.set(n, i)));
  // First the paragraphs as styled parts, so the bidi levels can be read off each paragraph's whole text.
  const parts: Part[][] = [[]];
  model.segments.forEach((segment, index) => {
    const numbers = segment.claimNumbers;
    const color = numbers.length ? pdfColor(innermost(numbers, claims).color) : null;
    const unapproved = numbers.some((n) => !claims.get(n)!.approved);
    segment.text.split(/\r?\n/).forEach((line, lineIndex) => {
      if (lineIndex > 0) parts.push([]);
      if (line) parts[parts.length - 1].push({ text: printable(line), color, overlap: numbers.length > 1, unapproved, ref: null });
    });
    for (const n of numbers.filter((number) => last.get(number) === index)) {
      parts[parts.length - 1].push({ text: `[${n}]`, color: null, overlap: false, unapproved: false, ref: n });
    }
  });
  const measure = (frag: Omit<Frag, 'width'>): Frag => {
    doc.font(frag.font).fontSize(frag.size);
    return { ...frag, width: doc.widthOfString(frag.text) };
  };
  return parts
    .map((paragraph) => {
      const text = paragraph.map((part) => (part.ref === null ? part.text : '')).join('');
      const levels = embeddingLevels(text);
      const frags: Frag[] = [];
      let offset = 0;
      for (const part of paragraph) {
        if (part.ref !== null) {
          // A reference goes with the words before it.
          frags.push(measure({ ...part, font: 'bold', size: SIZE.ref, level: offset > 0 ? levels[offset - 1] : 0 }));
          continue;
        }
        for (const run of levelRuns(part.text, levels, offset)) {
          for (const word of run.text.split(/(\s+)/)) {
            if (!word) continue;
            // Each face's stretch on its own; a right-to-left word's stretches come in reverse at drawing (visualOrder).
            for (const face of faceRuns(doc, word, 'regular')) {
              frags.push(measure({ ...part, text: shaperText(face.text, run.level), font: face.font, size: SIZE.body, level: run.level }));
            }
          }
        }
        offset += part.text.length;
      }
      return frags;
    })
    .filter((p) => p.some((frag) => !isSpace(frag)));
}

/** Greedy line breaking at spaces; a word wider than the line gets a line of its own. */
function breakLines(frags: Frag[], width: number): Frag[][] {
  const lines: Frag[][] = [];
  let line: Frag[] = [];
  let lineWidth = 0;
  let word: Frag[] = [];
  const flushWord = () => {
    if (!word.length) return;
    const wordWidth = word.reduce((sum, f) => sum + f.width, 0);
    if (line.length && lineWidth + wordWidth > width) {
      // Spaces at the end of a line would carry a highlight past its last word.
      while (line.length && isSpace(line[line.length - 1])) line.pop();
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    line.push(...word);
    lineWidth += wordWidth;
    word = [];
  };
  for (const frag of frags) {
    if (!isSpace(frag)) word.push(frag);
    else {
      flushWord();
      if (line.length) {
        line.push(frag);
        lineWidth += frag.width;
      }
    }
  }
  flushWord();
  if (line.length) lines.push(line);
  return lines;
}

/** Neighbouring fragments of one style become one run (one text operation). */
function runs(line: Frag[]): Frag[] {
  const merged: Frag[] = [];
  for (const frag of line) {
    const prev = merged[merged.length - 1];
    if (prev && sameStyle(prev, frag)) merged[merged.length - 1] = { ...prev, text: prev.text + frag.text, width: prev.width + frag.width };
    else merged.push(frag);
  }
  return merged;
}

function drawLine(doc: PdfDoc, line: Frag[], left: number, y: number): void {
  const placed = runs(visualOrder(line, (frag) => frag.level));
  let x = left;
  const xs = placed.map((run) => ((x += run.width), x - run.width));
  placed.forEach((run, i) => {
    if (!run.color) return;
    doc
      .save()
      .rect(xs[i], y - 1, run.width, LINE_HEIGHT - 2)
      .fillColor(run.color, HIGHLIGHT_OPACITY)
      .fill()
      .restore();
    if (run.overlap)
      doc
        .save()
        .rect(xs[i], y + LINE_HEIGHT - 4.5, run.width, 1.5)
        .fillColor('#000000', 0.35)
        .fill()
        .restore();
    if (run.unapproved)
      doc
        .save()
        .lineWidth(0.6)
        .dash(1.5, { space: 1.5 })
        .rect(xs[i], y - 1, run.width, LINE_HEIGHT - 2)
        .strokeColor(INK.unapproved)
        .stroke()
        .undash()
        .restore();
  });
  placed.forEach((run, i) => {
    doc
      .font(run.font)
      .fontSize(run.size)
      .fillColor(run.ref === null ? INK.text : INK.link);
    // References sit raised like a superscript and jump to their footnote.
    if (run.ref === null) doc.text(run.text, xs[i], y + 1, { lineBreak: false });
    else doc.text(run.text, xs[i], y - 1, { lineBreak: false, goTo: `note-${run.ref}` });
  });
}

/** Draws the article from doc.y on, adding pages as needed; leaves doc.y below it. */
export function drawArticle(doc: PdfDoc, model: ReportModel): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  let y = doc.y;
  for (const paragraph of paragraphs(doc, model)) {
    for (const line of breakLines(paragraph, width)) {
      if (y + LINE_HEIGHT > doc.page.maxY()) {
        doc.addPage();
        y = doc.page.margins.top;
      }
      drawLine(doc, line, left, y);
      y += LINE_HEIGHT;
    }
    y += SIZE.body * 0.6;
  }
  doc.x = left;
  doc.y = y;
}
