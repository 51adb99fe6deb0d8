// The annotated HTML report: one self-contained, printable document with no
// scripts. A Content-Security-Policy forbids scripts and fetches as a second
// line of defence should anything ever slip past escapeHtml.
import { renderArticleHtml } from './html-article';
import { verdictPillColors } from '../verdict-colors';
import { escapeHtml, escapeMultiline, formatDate, formatDateTime, safeColor, safeHref } from './html-escape';
import { REPORT_CSS } from './html-styles';
import { BANNERS, STATUS_LABELS } from './report-labels';
import type { ReportClaim, ReportModel, SourceLike } from './report-types';

/** A link when the URL is http(s); any other scheme is shown as inert text. */
function link(url: string, text: string): string {
  const href = safeHref(url);
  if (!href) return `<span class="url">${escapeHtml(text)}</span>`;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

function renderSource(source: SourceLike): string {
  const parts = [link(source.url, source.title || source.url)];
  if (source.publisher) parts.push(escapeHtml(source.publisher));
  if (source.accessedAt) parts.push(`accessed ${escapeHtml(formatDate(source.accessedAt))}`);
  if (source.archivedUrl) parts.push(link(source.archivedUrl, 'archived copy'));
  let html = parts.join(', ');
  if (source.quote) html += `<blockquote>${escapeMultiline(source.quote)}</blockquote>`;
  if (source.reliabilityNote) html += `<div class="review">${escapeMultiline(source.reliabilityNote)}</div>`;
  return `<li>${html}</li>`;
}

function renderFlags(claim: ReportClaim): string {
  const flags: string[] = [];
  if (!claim.approved) flags.push(`<span class="flag unapproved">Unapproved</span><span class="flag status">${escapeHtml(STATUS_LABELS[claim.status])}</span>`);
  if (claim.anchorStatus === 'CHANGED') flags.push('<span class="flag">Article text changed</span>');
  if (!claim.highlighted) flags.push('<span class="flag">Not found in this revision</span>');
  return flags.join('');
}

function renderNote(claim: ReportClaim): string {
  const n = claim.number;
  const pill = verdictPillColors(claim.verdict?.color);
  const verdict = `<span class="verdict" style="background: ${escapeHtml(pill.background)}; color: ${escapeHtml(pill.text)}">${escapeHtml(claim.verdict?.label ?? 'No verdict yet')}</span>`;
  const back = claim.highlighted ? ` <a class="back" href="#claim-${n}" title="Back to the text">&#8617;</a>` : '';
  const sources = claim.sources.length ? `<p><strong>Sources</strong></p><ul class="sources">${claim.sources.map(renderSource).join('')}</ul>` : '<p class="review">No sources attached.</p>';
  const review = claim.approval
    ? `Checked by ${escapeHtml(claim.author.name)}. Approved by ${escapeHtml(claim.approval.reviewerName)} on ${escapeHtml(formatDate(claim.approval.approvedAt))}.`
    : `Checked by ${escapeHtml(claim.author.name)}. Not yet approved.`;
  return [
    `<li id="note-${n}" class="note${claim.approved ? '' : ' unapproved'}">`,
    `<p class="note-head"><span class="num">${n}.</span>${verdict}${renderFlags(claim)}${back}</p>`,
    `<blockquote class="quote">&#8220;${escapeHtml(claim.selector.exact)}&#8221;</blockquote>`,
    claim.statement ? `<p class="statement"><strong>Claim:</strong> ${escapeMultiline(claim.statement)}</p>` : '',
    claim.rationale ? `<p class="rationale"><strong>Rationale:</strong> ${escapeMultiline(claim.rationale)}</p>` : '',
    sources,
    `<p class="review">${review}</p>`,
    '</li>',
  ].join('\n');
}

function renderSummary(model: ReportModel): string {
  const rows = model.summary.filter((row) => row.count > 0);
  if (rows.length === 0) return '<p>No claims in this report.</p>';
  const body = rows
    .map((row) => `<tr><td><span class="swatch" style="background: ${escapeHtml(safeColor(row.color))}"></span>${escapeHtml(row.label)}</td><td class="count">${row.count}</td></tr>`)
    .join('\n');
  return `<table class="summary"><thead><tr><th>Verdict</th><th class="count">Claims</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n<tfoot><tr><th>Total</th><th class="count">${model.total}</th></tr></tfoot></table>`;
}

function renderMeta(model: ReportModel): string {
  const { article } = model;
  const bits: string[] = [];
  if (article.outlet) bits.push(`<span class="outlet">${escapeHtml(article.outlet)}</span>`);
  if (article.byline) bits.push(escapeHtml(article.byline));
  if (article.publishedAt) bits.push(`published ${escapeHtml(formatDate(article.publishedAt))}`);
  if (article.url) bits.push(link(article.url, 'original article'));
  const line = bits.length ? `<p class="meta">${bits.join(' &middot; ')}</p>\n` : '';
  return `${line}<p class="meta">Revision ${escapeHtml(model.revision.number)} &middot; report generated ${escapeHtml(formatDateTime(model.generatedAt))}</p>`;
}

export function renderHtmlReport(model: ReportModel): string {
  const highlighted = model.claims.filter((claim) => claim.highlighted);
  const unlocated = model.claims.filter((claim) => !claim.highlighted);
  const scopeClass = model.scope === 'published' ? 'published' : 'draft';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="factcheck-workbench">
<title>Fact-check: ${escapeHtml(model.article.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body class="scope-${scopeClass}">
<header>
<p class="banner ${scopeClass}">${BANNERS[model.scope]}</p>
<p class="kicker">Fact-check report</p>
<h1>${escapeHtml(model.article.title)}</h1>
${renderMeta(model)}
</header>
<main>
<section class="article">
<h2>Article</h2>
${renderArticleHtml(model)}
</section>
<section class="summary">
<h2>Verdicts</h2>
${renderSummary(model)}
</section>
<section class="claims">
<h2>Claims</h2>
${highlighted.length ? `<ol class="notes">\n${highlighted.map(renderNote).join('\n')}\n</ol>` : '<p>No claims are highlighted in this revision.</p>'}
</section>
${unlocated.length ? `<section class="unlocated">\n<h2>Claims not found in this revision</h2>\n<p>The quoted words of these claims no longer appear in the article text.</p>\n<ol class="notes">\n${unlocated.map(renderNote).join('\n')}\n</ol>\n</section>` : ''}
</main>
<footer>${BANNERS[model.scope]}. Generated ${escapeHtml(formatDateTime(model.generatedAt))} from revision ${escapeHtml(model.revision.number)}.</footer>
</body>
</html>
`;
}
