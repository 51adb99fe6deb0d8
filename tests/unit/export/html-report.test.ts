import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { ARTICLE_TEXT, NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';
import { articleSection, assertWellNested, scanTags } from './html-scan';

const render = (claims: InputClaim[], scope: 'published' | 'all' = 'published') => renderHtmlReport(buildReportModel(reportInput(claims, { scope })));
const marks = (html: string) => scanTags(html).filter((t) => t.name === 'mark' && !t.closing);

describe('renderHtmlReport: document', () => {
  const html = render([claimOn(NINE_KILLED)]);

  it('is a complete, self-contained, printable HTML5 document with no scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|src=/i);
    assertWellNested(html);
  });

  it('shows title, outlet, revision number and generation time', () => {
    expect(html).toContain('<title>Fact-check: U.S.-Iraq raid kills ISIS operatives</title>');
    expect(html).toContain('<h1>U.S.-Iraq raid kills ISIS operatives</h1>');
    expect(html).toContain('<span class="outlet">CNN</span>');
    expect(html).toContain('Revision 2');
    expect(html).toContain('2024-11-01 12:34 UTC');
  });

  it('renders one paragraph per non-empty line of the article', () => {
    const lines = ARTICLE_TEXT.split('\n').filter((line) => line !== '');
    expect(scanTags(articleSection(html)).filter((t) => t.name === 'p' && !t.closing)).toHaveLength(lines.length);
  });

  it('numbers the highlight and links it to a footnote with the verdict, rationale, sources and review', () => {
    expect(html).toContain(
      `<mark class="claim" id="claim-1" data-claims="1" title="Claim 1: False" style="background: #cf222e">${NINE_KILLED}</mark><sup class="ref"><a href="#note-1" id="ref-1">1</a></sup>`,
    );
    const note = html.slice(html.indexOf('<li id="note-1"'), html.indexOf('</li>\n</ol>'));
    expect(note).toContain('<span class="verdict" style="background: #cf222e; color: #ffffff">False</span>');
    expect(note).toContain('Statement');
    expect(note).toContain('Rationale');
    expect(note).toContain('<a href="https://www.centcom.mil/MEDIA/PRESS-RELEASES/" rel="noopener noreferrer">CENTCOM press release</a>');
    expect(note).toContain('Approved by Rita Reviewer on 2024-10-31');
    expect(note).toContain('href="#claim-1"');
  });

  it('tabulates the verdict counts', () => {
    expect(html).toMatch(/<span class="swatch" style="background: #cf222e"><\/span>False<\/td><td class="count">1<\/td>/);
    expect(html).toContain('<th>Total</th><th class="count">1</th>');
  });
});

describe('renderHtmlReport: scope', () => {
  const claims = () => [claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' })];

  it('a published report says so and leaves unapproved claims out entirely', () => {
    const html = render(claims());
    expect(html).toContain('Published report: approved verdicts only');
    expect(html).not.toContain('Unapproved');
    expect(html).not.toContain('wounded two U.S. service members</mark>');
  });

  it('a working draft says so and marks unapproved claims with their status', () => {
    const html = render(claims(), 'all');
    expect(html).toContain('Working draft: includes unapproved claims');
    const note = html.slice(html.indexOf('<li id="note-1"'), html.indexOf('<li id="note-2"'));
    expect(note).toContain('class="note unapproved"');
    expect(note).toContain('<span class="flag unapproved">Unapproved</span><span class="flag status">In review</span>');
    expect(marks(html).find((m) => m.attrs.id === 'claim-1')?.attrs.class).toBe('claim unapproved');
    expect(html).not.toContain('<li id="note-2" class="note unapproved"');
  });
});

describe('renderHtmlReport: overlapping, nested and orphaned claims', () => {
  it("draws nested claims as flat marks listing every claim, refs after each claim's last piece", () => {
    const html = render([claimOn(NINE_KILLED), claimOn('ISIS members were killed')]);
    assertWellNested(html);
    expect(marks(html).map((m) => [m.attrs['data-claims'], m.attrs.id ?? null])).toEqual([
      ['1', 'claim-1'],
      ['1 2', 'claim-2'],
      ['1', null],
    ]);
    expect(articleSection(html)).toContain('ISIS members were killed</mark><sup class="ref"><a href="#note-2" id="ref-2">2</a></sup><mark');
    expect(articleSection(html)).toContain(' in the attack</mark><sup class="ref"><a href="#note-1" id="ref-1">1</a></sup>');
  });

  it('colours an overlap by the innermost claim', () => {
    const inner = claimOn('ISIS members', { verdict: { key: 'true', label: 'True', color: '#1a7f37' } });
    const html = render([claimOn(NINE_KILLED), inner]);
    expect(marks(html).map((m) => m.attrs.style)).toEqual(['background: #cf222e', 'background: #1a7f37', 'background: #cf222e']);
  });

  it('handles crossing claims and identical claims with unique, present ids', () => {
    const crossing = [claimOn('Nine ISIS members were'), claimOn('members were killed in'), claimOn('members were killed in')];
    const html = render(crossing);
    assertWellNested(html);
    const ids = scanTags(html)
      .map((t) => t.attrs.id)
      .filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of [1, 2, 3]) {
      expect(ids).toContain(`claim-${n}`);
      expect(html.split(`href="#note-${n}"`)).toHaveLength(2);
    }
  });

  it('splits a claim spanning a line break into marks in both paragraphs', () => {
    const html = render([claimOn('in the attack.”\nNine ISIS')]);
    assertWellNested(html);
    expect(marks(html).map((m) => m.attrs.id ?? null)).toEqual(['claim-1', null]);
    expect(articleSection(html)).toContain('in the attack.”</mark></p>\n<p><mark class="claim" data-claims="1"');
    expect(articleSection(html)).toContain('Nine ISIS</mark><sup class="ref">');
  });

  it('lists orphaned claims apart, without a highlight', () => {
    const html = render([claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { anchorStatus: 'ORPHANED' })]);
    expect(html).toContain('Claims not found in this revision');
    expect(html).toContain('<li id="note-2" class="note">');
    expect(html).not.toContain('id="claim-2"');
    expect(html).not.toContain('href="#claim-2"');
    expect(marks(html)).toHaveLength(1);
  });
});

describe('renderHtmlReport: hostile input', () => {
  const CORPUS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</mark></p><iframe src=javascript:alert(1)>'];
  const ALLOWED_TAGS = new Set('html head meta title style body header p h1 h2 main section mark sup a span table thead tbody tfoot tr th td ol ul li blockquote strong div footer br'.split(' '));
  const ALLOWED_ATTRS = new Set('lang charset name content http-equiv class id href rel title style data-claims'.split(' '));

  it.each(CORPUS)('escapes %s in every user-written field', (evil) => {
    const text = `${ARTICLE_TEXT}\n${evil} is in the article text too.`;
    const claim = claimOn(
      evil,
      {
        statement: evil,
        rationale: evil,
        author: { id: 'u', name: evil },
        verdict: { key: 'evil', label: evil, color: `red;${evil}` },
        reviews: [{ reviewerName: evil, decision: 'APPROVE', comment: evil, createdAt: evil }],
        sources: [
          { id: 's1', url: 'javascript:alert(1)', title: evil, publisher: evil, quote: evil, accessedAt: evil, archivedUrl: ` javascript:alert(1)`, reliabilityNote: evil },
          { id: 's2', url: `https://example.org/?q=${evil}`, title: null, publisher: null, quote: null, accessedAt: null, archivedUrl: `data:text/html,${evil}` },
        ],
      },
      text,
    );
    const scale = [...DEFAULT_VERDICT_SCALE, { key: 'evil', label: evil, ratingValue: null, normalized: 'OTHER' as const, color: evil, order: 9 }];
    const input = reportInput([claim], {
      scope: 'all',
      verdicts: scale,
      revision: { id: 'r', number: 2, text, createdAt: evil },
      article: { id: 'a', slug: evil, title: evil, outlet: evil, url: 'javascript:alert(1)', byline: evil, publishedAt: evil },
      generatedAt: evil,
    });
    const html = renderHtmlReport(buildReportModel(input));

    assertWellNested(html);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe/i);
    for (const tag of scanTags(html)) {
      expect(ALLOWED_TAGS).toContain(tag.name);
      for (const [name, value] of Object.entries(tag.attrs)) {
        expect(ALLOWED_ATTRS).toContain(name);
        if (name === 'href') expect(value).toMatch(/^(https?:\/\/|#(claim|note)-\d+$)/);
        if (name === 'style') expect(value).toMatch(/^background: (#[0-9a-fA-F]{3,8}|[a-zA-Z]+)(; color: #[0-9a-f]{6})?$/);
      }
    }
    expect(html).toContain('<span class="url">original article</span>');
    expect(html).toContain('<span class="url">archived copy</span>');
    expect(html).toContain('data-claims="1"');
  });
});
