// One hostile corpus through every text format: each payload goes into every
// user-written field and must come out inert in HTML, Markdown, CSV and JSON-LD.
import { parse } from 'csv-parse/sync';
import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { renderCsvExport } from '@/lib/domain/export/csv-export';
import { renderClaimReviewExport } from '@/lib/domain/export/claimreview-export';
import { renderW3cExport } from '@/lib/domain/export/w3c-export';
import { ARTICLE_TEXT } from '../fixture-article';
import { claimOn, reportInput } from './report-fixtures';
import { assertWellNested, scanTags } from './html-scan';

const CORPUS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg onload=alert(1)>', '[x](javascript:alert(1))', '=HYPERLINK("http://evil")'];
const CONTEXT = { organization: { name: 'Desk', url: null }, appUrl: 'https://workbench.example' };

function modelWith(evil: string) {
  const text = `${ARTICLE_TEXT}\n${evil} is quoted here.`;
  const claim = claimOn(
    evil,
    {
      statement: evil,
      rationale: evil,
      author: { id: 'u', name: evil },
      reviews: [{ reviewerName: evil, decision: 'APPROVE', comment: evil, createdAt: '2024-10-31T10:00:00.000Z' }],
      sources: [
        { id: 's1', url: 'javascript:alert(1)', title: evil, publisher: evil, quote: evil, accessedAt: null, archivedUrl: null, reliabilityNote: evil },
        { id: 's2', url: evil, title: evil, publisher: null, quote: null, accessedAt: null, archivedUrl: null },
      ],
    },
    text,
  );
  const article = { id: 'a', slug: 's', title: evil, outlet: evil, url: 'javascript:alert(1)', byline: evil, publishedAt: null };
  return buildReportModel(reportInput([claim], { article, revision: { id: 'r', number: 1, text, createdAt: '2024-10-30T00:00:00.000Z' }, scope: 'all' }));
}

describe.each(CORPUS)('hostile input %s', (evil) => {
  const model = modelWith(evil);

  it('HTML: no executable markup, only http(s) and in-page links', () => {
    const html = renderHtmlReport(model);
    assertWellNested(html);
    expect(html).not.toMatch(/<script|<img|<svg/i);
    for (const tag of scanTags(html)) {
      expect(Object.keys(tag.attrs).filter((name) => name.startsWith('on'))).toEqual([]);
      if (tag.attrs.href !== undefined) expect(tag.attrs.href).toMatch(/^(https?:\/\/|#(claim|note)-\d+$)/);
    }
  });

  it('Markdown: no raw HTML tags and no javascript: links', () => {
    const md = renderMarkdownReport(model);
    // An unescaped '<' followed by a letter, '/', '!' or '?' would open raw HTML or an
    // autolink; the only autolinks are the http(s) URLs escapeMarkdown writes itself.
    expect(md).not.toMatch(/(^|[^\\])(\\\\)*<(?!https?:\/\/[^\s<>]+>)[a-zA-Z/!?]/m);
    // An escaped "\]" closes no link text.
    expect(md).not.toMatch(/(^|[^\\])(\\\\)*\]\(\s*<?\s*javascript:/i);
    // Every link destination is an http(s) URL.
    for (const match of md.matchAll(/\]\(<([^>]*)>\)/g)) expect(match[1]).toMatch(/^https?:\/\//);
    expect(md).toContain(`# Fact-check: `);
  });

  it('CSV: parses back with every formula cell neutralised', () => {
    const rows = parse(renderCsvExport(model), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    for (const cell of Object.values(rows[0])) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0].article_url).toBe('');
    if (evil.startsWith('=')) expect(rows[0].statement).toBe(`'${evil}`);
    else expect(rows[0].statement).toBe(evil);
  });

  it('JSON-LD: valid JSON carrying the payload only as string values, IRIs http(s)', () => {
    for (const json of [JSON.stringify(renderClaimReviewExport(model, CONTEXT)), JSON.stringify(renderW3cExport(model, CONTEXT))]) {
      const data = JSON.parse(json);
      const strings: string[] = [];
      const keys: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') strings.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object')
          for (const [key, inner] of Object.entries(value)) {
            keys.push(key);
            walk(inner);
          }
      };
      walk(data);
      expect(strings.some((s) => s.includes(evil))).toBe(true);
      expect(keys.some((k) => k.includes(evil))).toBe(false);
      for (const key of ['url', 'id', 'source']) {
        const iris: string[] = [];
        const collect = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(collect);
          else if (value && typeof value === 'object')
            for (const [k, inner] of Object.entries(value)) {
              if (k === key && typeof inner === 'string') iris.push(inner);
              else collect(inner);
            }
        };
        collect(data);
        for (const iri of iris) expect(iri).toMatch(/^https?:\/\//);
      }
    }
  });
});
