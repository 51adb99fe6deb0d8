import { buildReportModel } from '@/lib/domain/export/report-model';
import { escapeMarkdown, markdownInline, markdownLines, markdownLink } from '@/lib/domain/export/markdown-escape';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const render = (claims: InputClaim[], scope: 'published' | 'all' = 'published') => renderMarkdownReport(buildReportModel(reportInput(claims, { scope })));
const footnoteDefs = (md: string) => [...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
const footnoteRefs = (md: string) => [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert\\(1\\)\\</script\\>'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['*a* _b_ `c` # d | e ~f~', '\\*a\\* \\_b\\_ \\`c\\` \\# d \\| e \\~f\\~'],
    ['1. item + - ! {x} =', '1\\. item \\+ \\- \\! \\{x\\} \\='],
    ['back\\slash & amp', 'back\\\\slash \\& amp'],
    ['plain “curly” text', 'plain “curly” text'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('renders null and undefined as nothing', () => {
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(undefined)).toBe('');
  });

  it('lays out line breaks: spaces inline, hard breaks and paragraphs in blocks', () => {
    expect(markdownInline(' a\nb \r\n c ')).toBe('a b c');
    expect(markdownLines('  one\ntwo\n\n# three', '    ')).toBe('one\\\n    two\n\n    \\# three');
  });

  it('links only http(s) URLs, with the destination unable to break out', () => {
    expect(markdownLink('https://example.org/a b?q=<x>', 'Site [1]')).toBe('[Site \\[1\\]](<https://example.org/a%20b?q=%3Cx%3E>)');
    expect(markdownLink('javascript:alert(1)', 'evil')).toBe('evil');
    expect(markdownLink(null, 'x')).toBe('x');
  });
});

describe('renderMarkdownReport', () => {
  it('has title, outlet, revision, generation time, scope line and a verdict table', () => {
    const md = render([claimOn(NINE_KILLED)]);
    expect(md.startsWith('# Fact-check: U\\.S\\.\\-Iraq raid kills ISIS operatives\n')).toBe(true);
    expect(md).toContain('> **Published report: approved verdicts only**');
    expect(md).toContain('**CNN** · Haley Britzky');
    expect(md).toContain('Revision 2 · report generated 2024\\-11\\-01 12:34 UTC');
    expect(md).toContain('| Verdict | Claims |\n| --- | ---: |\n| False | 1 |\n| **Total** | **1** |');
  });

  it('marks the quoted words in the text with a footnote holding verdict, rationale, sources and review', () => {
    const md = render([claimOn(NINE_KILLED)]);
    expect(md).toContain(`**${NINE_KILLED}**[^1],`);
    const note = md.slice(md.indexOf('[^1]:'));
    expect(note).toContain(`**False** — “${NINE_KILLED}”`);
    expect(note).toMatch(/\n {4}\*\*Claim:\*\* Statement \d+/);
    expect(note).toMatch(/\n {4}\*\*Rationale:\*\* Rationale \d+/);
    expect(note).toContain('    - [CENTCOM press release](<https://www.centcom.mil/MEDIA/PRESS-RELEASES/>), U\\.S\\. Central Command');
    expect(note).toContain('Approved by Rita Reviewer on 2024\\-10\\-31.');
  });

  it('gives every claim, nested or orphaned, exactly one reference and one footnote', () => {
    const claims = [claimOn(NINE_KILLED), claimOn('ISIS members were killed'), claimOn('wounded two U.S. service members', { anchorStatus: 'ORPHANED' })];
    const md = render(claims);
    expect(md).toContain('**Nine ISIS members were killed[^2] in the attack**[^1]');
    expect(footnoteDefs(md)).toEqual([1, 2, 3]);
    expect(footnoteRefs(md).sort()).toEqual([1, 2, 3]);
    expect(md).toContain('## Claims not found in this revision');
    expect(md).toContain('- Claim 3: “wounded two U\\.S\\. service members”[^3]');
  });

  it('leaves unapproved claims out of a published report and flags them in a draft', () => {
    const claims = () => [claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW', rationale: 'SECRET-RATIONALE' })];
    const published = render(claims());
    expect(published).not.toContain('SECRET');
    expect(footnoteDefs(published)).toEqual([1]);
    const draft = render(claims(), 'all');
    expect(draft).toContain('> **Working draft: includes unapproved claims**');
    expect(draft).toContain('*Unapproved (In review)*');
    expect(draft).toContain('SECRET\\-RATIONALE');
  });

  it('keeps multi-line rationales inside their footnote', () => {
    const md = render([claimOn(NINE_KILLED, { rationale: 'First line\n# not a heading\n\n- not a list' })]);
    expect(md).toContain('**Rationale:** First line\\\n    \\# not a heading\n\n    \\- not a list');
  });
});
