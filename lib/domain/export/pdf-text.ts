// Styled text for the PDF as the pieces to draw: right-to-left runs in visual
// order (bidi-order.ts) and each piece in the face that can draw it
// (faceRuns: emoji from the emoji face). The article lays out its own lines
// (pdf-article.ts); everything else goes through pdfkit's wrapping here.
import { embeddingLevels, levelRuns, shaperText, visualOrder } from './bidi-order';
import { faceRuns, printable, type FaceName, type FontName, type PdfDoc } from './pdf-style';

export interface TextRun {
  text: string;
  font: FontName;
}

export type Piece<T extends TextRun> = Omit<T, 'font'> & { text: string; font: FaceName; level: number };

/**
 * The runs of one paragraph as pieces to draw from left to right. Where
 * levels nest (a number inside Arabic inside English), the right-to-left
 * sequence's blanks become no-break spaces: pdfkit wraps lines itself, and a
 * reordered sequence cut across two lines would read in the wrong order.
 */
export function orderedPieces<T extends TextRun>(doc: PdfDoc, runs: T[]): Array<Piece<T>> {
  const clean = runs.filter((run) => run.text !== '').map((run) => ({ ...run, text: printable(run.text) }));
  const levels = embeddingLevels(clean.map((run) => run.text).join(''));
  const nested = levels.some((level) => level > 1);
  let offset = 0;
  const parts = clean.flatMap((run) => {
    const runParts = levelRuns(run.text, levels, offset).map((part) => ({ run, ...part }));
    offset += run.text.length;
    return runParts;
  });
  return visualOrder(parts, (part) => part.level).flatMap(({ run, text, level }) => {
    const faces = faceRuns(doc, text, run.font).map((face) => ({ ...run, font: face.font, level, text: shaperText(face.text, level) }));
    // A right-to-left run is read from its end: its face changes come in reverse.
    const pieces = level % 2 === 1 ? faces.reverse() : faces;
    return nested && level > 0 ? pieces.map((piece) => ({ ...piece, text: piece.text.replace(/ /g, '\u00a0') })) : pieces;
  });
}

/** Writes runs as pdfkit text from the current position (wrapped as `options` say), leaving the last piece `continued` if asked. */
export function writeRuns(doc: PdfDoc, runs: TextRun[], options: PDFKit.Mixins.TextOptions = {}): void {
  const pieces = orderedPieces(doc, runs);
  pieces.forEach((piece, i) => {
    doc.font(piece.font).text(piece.text, { ...options, continued: i < pieces.length - 1 || Boolean(options.continued) });
  });
}

/** Draws runs on one line from (x, y), no wrapping; returns the x after them. */
export function drawLineRuns(doc: PdfDoc, runs: TextRun[], x: number, y: number): number {
  let left = x;
  for (const piece of orderedPieces(doc, runs)) {
    doc.font(piece.font).text(piece.text, left, y, { lineBreak: false });
    left += doc.widthOfString(piece.text);
  }
  return left;
}
