// The article text with its claims highlighted. Claims may overlap or nest, so
// instead of nesting <mark>s (impossible for crossing ranges) every stretch of
// text gets its own flat <mark> naming all claims covering it (data-claims).
// The claim's id sits on its first mark, its footnote reference after its last.
import { escapeHtml, safeColor } from './html-escape';
import type { ReportClaim, ReportModel, ReportSegment } from './report-types';

interface Piece {
  text: string;
  claimNumbers: number[];
  /** a paragraph starts with this piece */
  breakBefore: boolean;
}

/** Segments cut further at line breaks, since a claim may run across paragraphs. */
function toPieces(segments: ReportSegment[]): Piece[] {
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

/** Where nested claims overlap, the innermost (shortest) one gives the colour. */
function innermost(numbers: number[], claims: Map<number, ReportClaim>): ReportClaim {
  let best = claims.get(numbers[0])!;
  for (const number of numbers.slice(1)) {
    const claim = claims.get(number)!;
    const length = claim.selector.end - claim.selector.start;
    if (length <= best.selector.end - best.selector.start) best = claim;
  }
  return best;
}

function footnoteRef(number: number): string {
  return `<sup class="ref"><a href="#note-${number}" id="ref-${number}">${number}</a></sup>`;
}

function renderMark(piece: Piece, startsHere: number[], claims: Map<number, ReportClaim>): string {
  const colourClaim = innermost(piece.claimNumbers, claims);
  const classes = ['claim'];
  if (piece.claimNumbers.length > 1) classes.push('overlap');
  if (piece.claimNumbers.some((number) => !claims.get(number)!.approved)) classes.push('unapproved');
  // An element has one id: further claims starting at the same character get an empty anchor.
  const [idNumber, ...extraAnchors] = startsHere;
  const anchors = extraAnchors.map((number) => `<span class="anchor" id="claim-${number}"></span>`).join('');
  const id = idNumber !== undefined ? ` id="claim-${idNumber}"` : '';
  const title = piece.claimNumbers
    .map((number) => `Claim ${number}: ${claims.get(number)!.verdict?.label ?? 'no verdict'}`)
    .join('; ');
  return (
    `${anchors}<mark class="${classes.join(' ')}"${id} data-claims="${piece.claimNumbers.join(' ')}"` +
    ` title="${escapeHtml(title)}" style="background: ${escapeHtml(safeColor(colourClaim.color))}">` +
    `${escapeHtml(piece.text)}</mark>`
  );
}

/** The article as <p> elements, highlights and footnote references included. */
export function renderArticleHtml(model: ReportModel): string {
  const claims = new Map(model.claims.map((claim) => [claim.number, claim]));
  const pieces = toPieces(model.segments);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  pieces.forEach((piece, index) => {
    for (const number of piece.claimNumbers) {
      if (!first.has(number)) first.set(number, index);
      last.set(number, index);
    }
  });

  const paragraphs: string[] = [];
  let current = '';
  pieces.forEach((piece, index) => {
    if (piece.breakBefore && current !== '') {
      paragraphs.push(current);
      current = '';
    }
    if (piece.claimNumbers.length === 0) {
      current += escapeHtml(piece.text);
    } else {
      const startsHere = piece.claimNumbers.filter((number) => first.get(number) === index);
      current += renderMark(piece, startsHere, claims);
      current += piece.claimNumbers.filter((number) => last.get(number) === index).map(footnoteRef).join('');
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs.map((html) => `<p>${html}</p>`).join('\n');
}
