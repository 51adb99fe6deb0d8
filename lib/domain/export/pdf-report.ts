// The PDF report: the same content as the HTML report, drawn in-process with
// pdfkit as real (selectable, searchable) text in embedded DejaVu fonts, so no
// browser is needed and any Unicode the fonts cover prints. Fonts arrive as
// Buffers: this module does no file IO (lib/server/export/pdf-fonts.ts reads them).
import PDFDocument from 'pdfkit';
import { formatDate, formatDateTime, safeHref } from './html-escape';
import { drawArticle } from './pdf-article';
import { drawNotes } from './pdf-notes';
import { contentWidth, ensureSpace, INK, registerFonts, SIZE, swatch, type PdfDoc, type PdfFonts } from './pdf-style';
import { drawLineRuns, writeRuns } from './pdf-text';
import type { ReportModel } from './report-types';

export type { PdfFonts } from './pdf-style';

export interface PdfReportOptions {
  /** the publishing organisation, for the document's Author field */
  author?: string | null;
}

const BANNERS = {
  published: { text: 'Published report: approved verdicts only', fill: '#dafbe1', ink: '#1a7f37' },
  all: { text: 'Working draft: includes unapproved claims', fill: '#fff8c5', ink: '#7d4e00' },
} as const;

function heading(doc: PdfDoc, text: string, minFollowing = 40): void {
  doc.moveDown(0.6);
  ensureSpace(doc, SIZE.h2 * 1.6 + minFollowing);
  doc.font('bold').fontSize(SIZE.h2).fillColor(INK.text).text(text, doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
}

function drawHeader(doc: PdfDoc, model: ReportModel): void {
  const { article } = model;
  const left = doc.page.margins.left;
  const banner = BANNERS[model.scope];
  doc.save().rect(left, doc.y, contentWidth(doc), 20).fillColor(banner.fill).fill().restore();
  doc
    .font('bold')
    .fontSize(SIZE.body)
    .fillColor(banner.ink)
    .text(banner.text, left + 8, doc.y + 5.5, { lineBreak: false });
  doc.y += 16;
  doc.moveDown(0.8);
  doc.font('regular').fontSize(SIZE.small).fillColor(INK.muted).text('FACT-CHECK REPORT', left, doc.y);
  doc.fontSize(SIZE.h1).fillColor(INK.text);
  writeRuns(doc, [{ text: article.title, font: 'bold' }], { width: contentWidth(doc) });
  doc.moveDown(0.3);
  const bits = [article.outlet, article.byline, article.publishedAt ? `published ${formatDate(article.publishedAt)}` : null].filter(Boolean);
  doc.font('regular').fontSize(SIZE.body).fillColor(INK.muted);
  const href = safeHref(article.url);
  if (bits.length || href) {
    writeRuns(doc, [{ text: bits.join(' · ') + (bits.length && href ? ' · ' : ''), font: 'regular' }], { continued: Boolean(href) });
    if (href) doc.font('regular').fillColor(INK.link).text('original article', { link: href, underline: true });
  }
  doc
    .font('regular')
    .fillColor(INK.muted)
    .text(`Revision ${model.revision.number} · report generated ${formatDateTime(model.generatedAt)}`, { link: null, underline: false });
}

/** Verdict counts: one row per verdict used, then the total. */
function drawSummary(doc: PdfDoc, model: ReportModel): void {
  const rows = model.summary.filter((row) => row.count > 0);
  if (rows.length === 0) {
    doc.font('regular').fontSize(SIZE.body).fillColor(INK.text).text('No claims in this report.');
    return;
  }
  const left = doc.page.margins.left;
  const width = Math.min(contentWidth(doc), 320);
  const rowHeight = SIZE.body * 1.9;
  const line = (y: number) =>
    doc
      .save()
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke()
      .restore();
  const row = (label: string, count: string, font: 'regular' | 'bold', color: string | null) => {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    if (color) swatch(doc, left + 4, y + 5, color);
    doc.font(font).fontSize(SIZE.body).fillColor(INK.text);
    drawLineRuns(doc, [{ text: label, font }], left + (color ? 18 : 4), y + 5);
    doc.font(font).text(count, left + width - 4 - doc.widthOfString(count), y + 5, { lineBreak: false });
    line(y + rowHeight);
    doc.x = left;
    doc.y = y + rowHeight;
  };
  row('Verdict', 'Claims', 'bold', null);
  for (const r of rows) row(r.label, String(r.count), 'regular', r.color);
  row('Total', String(model.total), 'bold', null);
}

/** "Page n of N" and the scope on every page, written once all pages exist. */
function drawFooters(doc: PdfDoc, model: ReportModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const { margins, height } = doc.page;
    const text = `${BANNERS[model.scope].text} · Revision ${model.revision.number} · Page ${i + 1} of ${range.count}`;
    doc.font('regular').fontSize(SIZE.footer).fillColor(INK.muted);
    // lineBreak: false keeps pdfkit from opening a new page for text below the margin.
    doc.text(text, margins.left, height - margins.bottom + 18, { lineBreak: false });
  }
}

function drawReport(doc: PdfDoc, model: ReportModel): void {
  drawHeader(doc, model);
  heading(doc, 'Article');
  drawArticle(doc, model);
  heading(doc, 'Verdicts');
  drawSummary(doc, model);
  const highlighted = model.claims.filter((claim) => claim.highlighted);
  const unlocated = model.claims.filter((claim) => !claim.highlighted);
  heading(doc, 'Claims');
  if (highlighted.length) drawNotes(doc, highlighted);
  else doc.font('regular').fontSize(SIZE.body).fillColor(INK.text).text('No claims are highlighted in this revision.');
  if (unlocated.length) {
    heading(doc, 'Not found in this revision');
    doc.font('regular').fontSize(SIZE.body).fillColor(INK.muted).text('The quoted words of these claims no longer appear in the article text.');
    doc.moveDown(0.5);
    drawNotes(doc, unlocated);
  }
  drawFooters(doc, model);
}

export function renderPdfReport(model: ReportModel, fonts: PdfFonts, options: PdfReportOptions = {}): Promise<Uint8Array> {
  const created = new Date(model.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true, // footers need the page count
    // No default font: pdfkit would read Helvetica's metrics from disk. (Not the DejaVu
    // Buffer either: pdfkit re-parses an unnamed Buffer font on every new page.)
    font: null as unknown as string,
    displayTitle: true,
    lang: 'en',
    info: {
      Title: `Fact-check: ${model.article.title}`,
      ...(options.author ? { Author: options.author } : {}),
      Subject: `${BANNERS[model.scope].text}; revision ${model.revision.number}`,
      Creator: 'factcheck-workbench',
      CreationDate: Number.isNaN(created.getTime()) ? new Date() : created,
    },
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    try {
      registerFonts(doc, fonts);
      doc.font('regular');
      drawReport(doc, model);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
