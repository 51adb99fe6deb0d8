// The article text cut into printable pieces: report segments split further at
// line breaks, since a claim may run across paragraphs. Shared by the HTML and
// Markdown reports so both draw the same highlights and footnote references.
import type { ReportSegment } from './report-types';

export interface Piece {
  text: string;
  claimNumbers: number[];
  /** a paragraph starts with this piece */
  breakBefore: boolean;
}

/** Segments cut further at line breaks, since a claim may run across paragraphs. */
export function toPieces(segments: ReportSegment[]): Piece[] {
  const pieces: Piece[] = [];
  let pendingBreak = true;
  for (const segment of segments) {
    segment.text.split(/\r?\n/).forEach((part, index) => {
      if (index > 0) pendingBreak = true;
      if (part === '') return;
      pieces.push({ text: part, claimNumbers: segment.claimNumbers, breakBefore: pendingBreak });
      pendingBreak = false;
    });
  }
  return pieces;
}

/** Index of the first and last piece of each claim: its anchor goes on the first, its footnote reference after the last. */
export function claimBounds(pieces: Piece[]): { first: Map<number, number>; last: Map<number, number> } {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  pieces.forEach((piece, index) => {
    for (const number of piece.claimNumbers) {
      if (!first.has(number)) first.set(number, index);
      last.set(number, index);
    }
  });
  return { first, last };
}
