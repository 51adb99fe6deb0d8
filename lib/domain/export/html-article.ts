// The article text with its claims highlighted. Claims may overlap or nest, so
// instead of nesting <mark>s (impossible for crossing ranges) every stretch of
// text gets its own flat <mark> naming all claims covering it (data-claims).
// The claim's id sits on its first mark, its footnote reference after its last.
import { escapeHtml, safeColor } from './html-escape';
import { claimBounds, toPieces, type Piece } from './report-pieces';
import type { ReportClaim, ReportModel } from './report-types';

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
  const title = piece.claimNumbers.map((number) => `Claim ${number}: ${claims.get(number)!.verdict?.label ?? 'no verdict'}`).join('; ');
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
  const { first, last } = claimBounds(pieces);

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
      current += piece.claimNumbers
        .filter((number) => last.get(number) === index)
        .map(footnoteRef)
        .join('');
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs.map((html) => `<p>${html}</p>`).join('\n');
}
