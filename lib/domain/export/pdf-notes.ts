// The numbered footnotes: per claim its verdict, flags, quoted words, statement,
// rationale, sources and review. Links are made only for http(s) URLs (the same
// safeHref guard as the HTML); every URL is also printed, so paper keeps it.
import { NO_VERDICT_COLOR } from '../verdict-colors';
import { formatDate, safeHref } from './html-escape';
import type { ReportClaim, SourceLike } from './report-types';
import { contentWidth, ensureSpace, INK, SIZE, swatch, type FontName, type PdfDoc } from './pdf-style';
import { orderedPieces } from './pdf-text';
import { STATUS_LABELS } from './report-labels';

interface Run {
  text: string;
  font?: FontName;
  color?: string;
  size?: number;
  link?: string | null;
}

const INDENT = 14;

/** One wrapped paragraph of styled runs at the note's indent. */
function paragraph(doc: PdfDoc, runs: Run[], gap = 3): void {
  // In visual order (right-to-left runs reordered), each piece in the face that draws it (emoji).
  const pieces = orderedPieces(
    doc,
    runs.map((run) => ({ ...run, font: run.font ?? 'regular' })),
  );
  const left = doc.page.margins.left + INDENT;
  const width = contentWidth(doc) - INDENT;
  pieces.forEach((piece, i) => {
    doc
      .font(piece.font)
      .fontSize(piece.size ?? SIZE.body)
      .fillColor(piece.link ? INK.link : (piece.color ?? INK.text));
    // Options carry over between continued runs in pdfkit, so each one sets its own.
    const options = { width, continued: i < pieces.length - 1, link: piece.link ?? null, underline: Boolean(piece.link), lineGap: 1.5 };
    if (i === 0) doc.text(piece.text, left, doc.y, options);
    else doc.text(piece.text, options);
  });
  doc.moveDown(gap / SIZE.body);
}

function sourceRuns(source: SourceLike): Run[] {
  const href = safeHref(source.url);
  const runs: Run[] = [{ text: '•  ' }, { text: source.title || source.url, link: href }];
  if (source.title) runs.push({ text: ` <${source.url}>`, color: INK.muted, size: SIZE.small });
  if (source.publisher) runs.push({ text: `, ${source.publisher}` });
  if (source.accessedAt) runs.push({ text: `, accessed ${formatDate(source.accessedAt)}` });
  if (source.archivedUrl) {
    const archived = safeHref(source.archivedUrl);
    runs.push({ text: ', ' }, { text: 'archived copy', link: archived });
    if (!archived) runs.push({ text: ` <${source.archivedUrl}>`, color: INK.muted, size: SIZE.small });
  }
  return runs;
}

function drawHead(doc: PdfDoc, claim: ReportClaim): void {
  ensureSpace(doc, 60);
  const top = doc.y;
  swatch(doc, doc.page.margins.left, top + 1.5, claim.verdict?.color ?? NO_VERDICT_COLOR, 9);
  const runs: Run[] = [
    { text: `${claim.number}.  `, font: 'bold' },
    { text: claim.verdict?.label ?? 'No verdict yet', font: 'bold' },
  ];
  if (!claim.approved) runs.push({ text: `   Unapproved · ${STATUS_LABELS[claim.status]}`, font: 'bold', color: INK.unapproved });
  if (claim.anchorStatus === 'CHANGED') runs.push({ text: '   Article text changed', color: INK.muted });
  if (!claim.highlighted) runs.push({ text: '   Not found in this revision', color: INK.muted });
  // The destination the article's [N] references jump to.
  doc.addNamedDestination(`note-${claim.number}`, 'XYZ', doc.page.margins.left, top, null);
  paragraph(doc, runs);
}

function drawNote(doc: PdfDoc, claim: ReportClaim): void {
  drawHead(doc, claim);
  paragraph(doc, [{ text: `“${claim.selector.exact}”`, font: 'italic' }]);
  if (claim.statement) paragraph(doc, [{ text: 'Claim: ', font: 'bold' }, { text: claim.statement }]);
  if (claim.rationale) paragraph(doc, [{ text: 'Rationale: ', font: 'bold' }, { text: claim.rationale }]);
  if (claim.sources.length) {
    paragraph(doc, [{ text: 'Sources', font: 'bold' }], 1);
    for (const source of claim.sources) {
      paragraph(doc, sourceRuns(source), 1);
      if (source.quote) paragraph(doc, [{ text: `“${source.quote}”`, font: 'italic', color: INK.muted, size: SIZE.small }], 1);
      if (source.reliabilityNote) paragraph(doc, [{ text: source.reliabilityNote, color: INK.muted, size: SIZE.small }], 1);
    }
  } else paragraph(doc, [{ text: 'No sources attached.', color: INK.muted }]);
  const review = claim.approval
    ? `Checked by ${claim.author.name}. Approved by ${claim.approval.reviewerName} on ${formatDate(claim.approval.approvedAt)}.`
    : `Checked by ${claim.author.name}. Not yet approved.`;
  paragraph(doc, [{ text: review, color: INK.muted, size: SIZE.small }], 12);
}

export function drawNotes(doc: PdfDoc, claims: ReportClaim[]): void {
  for (const claim of claims) drawNote(doc, claim);
}
