// Export bench: the report for a ~100,000-character article with 1,000
// approved claims (sources, verdicts, reviews), rendered as HTML (target
// < 0.5 s) and as PDF (target < 3 s). Times are medians of several runs
// after a warm-up; the model is built once, outside the timings. Quick (CI):
// a tenth of the text and of the claims, fewer runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportModel, type ReportInput, type ReportModel } from '../../lib/domain/export/report-model';
import { renderHtmlReport } from '../../lib/domain/export/html-report';
import { renderPdfReport, type PdfFonts } from '../../lib/domain/export/pdf-report';
import { DEFAULT_VERDICT_SCALE } from '../../lib/domain/verdicts';
import { createRng, generateArticle, pick, renderArticle } from './article-generator';
import { makeClaims } from './article-edits';
import { timeRunsAsync } from './export-timing';
import { timeRuns, type BenchOptions, type BenchRow, type BenchSection } from './report';

const SEED = 20241101;
const CHARS = 100_000;
const CLAIMS = 1_000;
const HTML_TARGET_MS = 500;
const PDF_TARGET_MS = 3_000;

export function fonts(): PdfFonts {
  // Read directly (not through lib/server/export/pdf-fonts) to keep the bench free of server code paths.
  const dir = join(__dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  const read = (file: string) => readFileSync(join(dir, file));
  return { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf'), italic: read('DejaVuSans-Oblique.ttf') };
}

export function benchModel(scale = 1): ReportModel {
  const rng = createRng(SEED);
  const article = generateArticle(SEED, CHARS * scale);
  const text = renderArticle(article);
  const claims = makeClaims(article, CLAIMS * scale, rng).map(({ id, selector }, i) => {
    const verdict = pick(rng, DEFAULT_VERDICT_SCALE);
    return {
      id,
      selector,
      anchorStatus: 'INTACT' as const,
      statement: `Claim ${i + 1}: ${selector.exact}`,
      verdict: { key: verdict.key, label: verdict.label, color: verdict.color },
      rationale: `Checked against the ministry's published figures and two independent counts; rating ${verdict.label.toLowerCase()}.`,
      status: 'APPROVED' as const,
      author: { id: 'u-editor', name: 'Edna Editor' },
      version: 2,
      sources: [
        { id: `${id}-a`, url: `https://example.org/reports/${i}`, title: `Report ${i}`, publisher: 'Example Agency', quote: 'The figures were revised twice.', accessedAt: '2024-10-30T09:00:00.000Z', archivedUrl: `https://web.archive.org/web/2024/https://example.org/reports/${i}`, reliabilityNote: null },
        { id: `${id}-b`, url: `https://news.example.com/${i}`, title: null, publisher: null, quote: null, accessedAt: null, archivedUrl: null, reliabilityNote: null },
      ],
      reviews: [{ reviewerName: 'Rita Reviewer', decision: 'APPROVE' as const, comment: null, createdAt: '2024-10-31T10:00:00.000Z' }],
      createdAt: `2024-10-30T10:00:00.${String(i % 1000).padStart(3, '0')}Z`,
      updatedAt: '2024-10-31T10:00:00.000Z',
    };
  }).map((claim) => ({
    ...claim,
    // Published as it stands: the approval froze exactly this content.
    published: { ...claim, claimant: null, appearance: null, approvedAt: claim.updatedAt, approvedBy: { id: 'u-reviewer', name: 'Rita Reviewer' }, claimVersion: claim.version },
  }));
  const input: ReportInput = {
    article: { id: 'bench', slug: 'bench', title: 'Bench article', outlet: 'Bench Times', url: 'https://example.org/bench', byline: null, publishedAt: null },
    revision: { id: 'rev', number: 1, text, createdAt: '2024-10-30T08:00:00.000Z' },
    claims,
    verdicts: DEFAULT_VERDICT_SCALE,
    scope: 'published',
    generatedAt: '2024-11-01T12:00:00.000Z',
  };
  return buildReportModel(input);
}

export async function benchExport({ quick }: BenchOptions): Promise<BenchSection> {
  const model = benchModel(quick ? 0.1 : 1);
  const pdfFonts = fonts();
  let html = '';
  let pdf: Uint8Array = new Uint8Array();
  const htmlTiming = timeRuns(
    () => {
      html = renderHtmlReport(model);
    },
    quick ? 1 : 2,
    quick ? 3 : 9,
  );
  const pdfTiming = await timeRunsAsync(
    async () => {
      pdf = await renderPdfReport(model, pdfFonts);
    },
    1,
    quick ? 3 : 5,
  );
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const rows: BenchRow[] = [
    { metric: 'article chars / claims (highlighted)', value: `${model.revision.text.length} / ${model.total} (${model.claims.filter((c) => c.highlighted).length})` },
    { metric: 'segments', value: model.segments.length },
    { metric: `HTML: median ms (${htmlTiming.runs} runs)`, value: htmlTiming.median, target: `< ${HTML_TARGET_MS} ms`, pass: htmlTiming.median < HTML_TARGET_MS },
    { metric: 'HTML: p95 / max ms', value: `${htmlTiming.p95} / ${htmlTiming.max}` },
    { metric: 'HTML: size KB', value: Math.round(html.length / 1024) },
    { metric: `PDF: median ms (${pdfTiming.runs} runs)`, value: pdfTiming.median, target: `< ${PDF_TARGET_MS} ms`, pass: pdfTiming.median < PDF_TARGET_MS },
    { metric: 'PDF: p95 / max ms', value: `${pdfTiming.p95} / ${pdfTiming.max}` },
    { metric: 'PDF: size KB / pages', value: `${Math.round(pdf.length / 1024)} / ${pages}` },
  ];
  return { section: 'export', rows };
}
