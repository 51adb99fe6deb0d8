// The Markdown report: the same content as the HTML report, for CMSs and wikis.
// Footnotes use the [^N] syntax of GitHub, Pandoc and markdown-it; renderers
// drop footnotes nobody references, so claims missing from the text are listed
// in their own section with a reference each. No raw HTML is ever emitted.
import { formatDate, formatDateTime } from './html-escape';
import { renderArticleMarkdown } from './markdown-article';
import { markdownInline, markdownLines, markdownLink } from './markdown-escape';
import { BANNERS, STATUS_LABELS } from './report-labels';
import type { ReportClaim, ReportModel, SourceLike } from './report-types';

// Footnote bodies continue on lines indented by four spaces.
const INDENT = '    ';

function renderSource(source: SourceLike): string {
  const parts = [markdownLink(source.url, source.title || source.url)];
  if (source.publisher) parts.push(markdownInline(source.publisher));
  if (source.accessedAt) parts.push(`accessed ${markdownInline(formatDate(source.accessedAt))}`);
  if (source.archivedUrl) parts.push(markdownLink(source.archivedUrl, 'archived copy'));
  let line = `- ${parts.join(', ')}`;
  if (source.quote) line += `: “${markdownInline(source.quote)}”`;
  if (source.reliabilityNote) line += ` (${markdownInline(source.reliabilityNote)})`;
  return line;
}

function renderFootnote(claim: ReportClaim): string {
  const verdict = claim.verdict ? markdownInline(claim.verdict.label) : 'No verdict yet';
  const flags: string[] = [];
  if (!claim.approved) flags.push(`Unapproved (${STATUS_LABELS[claim.status]})`);
  if (claim.anchorStatus === 'CHANGED') flags.push('Article text changed');
  if (!claim.highlighted) flags.push('Not found in this revision');
  const head = `[^${claim.number}]: **${verdict}**${flags.map((flag) => ` · *${flag}*`).join('')} — “${markdownInline(claim.selector.exact)}”`;
  const review = claim.approval
    ? `Checked by ${markdownInline(claim.author.name)}. Approved by ${markdownInline(claim.approval.reviewerName)} on ${markdownInline(formatDate(claim.approval.approvedAt))}.`
    : `Checked by ${markdownInline(claim.author.name)}. Not yet approved.`;
  const blocks = [
    claim.statement.trim() ? `**Claim:** ${markdownLines(claim.statement, INDENT)}` : '',
    claim.rationale.trim() ? `**Rationale:** ${markdownLines(claim.rationale, INDENT)}` : '',
    claim.sources.length ? `**Sources:**\n\n${claim.sources.map((s) => INDENT + renderSource(s)).join('\n')}` : 'No sources attached.',
    review,
  ].filter(Boolean);
  return [head, ...blocks].join(`\n\n${INDENT}`);
}

function renderSummary(model: ReportModel): string {
  const rows = model.summary.filter((row) => row.count > 0);
  if (rows.length === 0) return 'No claims in this report.';
  return ['| Verdict | Claims |', '| --- | ---: |', ...rows.map((row) => `| ${markdownInline(row.label)} | ${row.count} |`), `| **Total** | **${model.total}** |`].join('\n');
}

function renderMeta(model: ReportModel): string {
  const { article } = model;
  const bits: string[] = [];
  if (article.outlet) bits.push(`**${markdownInline(article.outlet)}**`);
  if (article.byline) bits.push(markdownInline(article.byline));
  if (article.publishedAt) bits.push(`published ${markdownInline(formatDate(article.publishedAt))}`);
  if (article.url) bits.push(markdownLink(article.url, 'original article'));
  const revision = `Revision ${model.revision.number} · report generated ${markdownInline(formatDateTime(model.generatedAt))}`;
  return bits.length ? `${bits.join(' · ')}\\\n${revision}` : revision;
}

export function renderMarkdownReport(model: ReportModel): string {
  const unlocated = model.claims.filter((claim) => !claim.highlighted);
  const sections = [
    `# Fact-check: ${markdownInline(model.article.title)}`,
    `> **${BANNERS[model.scope]}**`,
    renderMeta(model),
    '## Verdicts',
    renderSummary(model),
    '## Article',
    renderArticleMarkdown(model),
  ];
  if (unlocated.length) {
    sections.push(
      '## Claims not found in this revision',
      'The quoted words of these claims no longer appear in the article text.',
      unlocated.map((claim) => `- Claim ${claim.number}: “${markdownInline(claim.selector.exact)}”[^${claim.number}]`).join('\n'),
    );
  }
  sections.push(`*${BANNERS[model.scope]}. Generated ${markdownInline(formatDateTime(model.generatedAt))} from revision ${model.revision.number}.*`);
  sections.push(model.claims.map(renderFootnote).join('\n\n'));
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
