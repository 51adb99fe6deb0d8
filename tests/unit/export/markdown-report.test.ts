import { buildReportModel } from '@/lib/domain/export/report-model';
import { escapeMarkdown, markdownInline, markdownLines, markdownLink } from '@/lib/domain/export/markdown-escape';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const render = (claims: InputClaim[], scope: 'published' | 'all' = 'published', text?: string) =>
  renderMarkdownReport(buildReportModel(reportInput(claims, { scope, ...(text ? { revision: { id: 'rev-1', number: 2, text, createdAt: '2024-10-30T08:00:00.000Z' } } : {}) })));
const footnoteDefs = (md: string) => [...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
const footnoteRefs = (md: string) => [...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));

describe('escapeMarkdown', () => {
  // Only what can start markup is escaped: '.', '-', '(' and the like stay as
  // written in the middle of a line, so text and URLs read (and link) as typed.
  it.each([
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['*a* _b_ `c` # d | e ~f~', '\\*a\\* \\_b\\_ \\`c\\` # d \\| e \\~f\\~'],
    ['1. item + - ! {x} =', '1\\. item + - ! {x} ='],
    ['back\\slash & amp &amp; &#60;', 'back\\\\slash & amp \\&amp; \\&#60;'],
    ['plain “curly” text', 'plain “curly” text'],
    ['U.S.-Iraq raid, 2024-10-30 (a.m.)', 'U.S.-Iraq raid, 2024-10-30 (a.m.)'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['2) not a list', '2\\) not a list'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['wow!', 'wow\\!'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['See https://example.org/a-b.c for more', 'See <https://example.org/a-b.c> for more'],
    ['(https://example.org/a-b.c).', '(<https://example.org/a-b.c>).'],
    ['https://example.org/snake_case*star?q=1&b=2', '<https://example.org/snake_case*star?q=1&b=2>'],
    ['http://example.org/path_(x)', '<http://example.org/path_(x)>'],
  ])('keeps the URL in %s a link', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('links only http(s) URLs in text', () => {
    expect(escapeMarkdown('javascript:alert(1) ftp://example.org/_x_')).toBe('javascript:alert(1) ftp://example.org/\\_x\\_');
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
    // Links do not nest: a URL as the link text stays text.
    expect(markdownLink('https://example.org/a_b', 'https://example.org/a_b')).toBe('[https://example.org/a\\_b](<https://example.org/a_b>)');
  });
});

describe('renderMarkdownReport', () => {
  it('has title, outlet, revision, generation time, scope line and a verdict table', () => {
    const md = render([claimOn(NINE_KILLED)]);
    expect(md.startsWith('# Fact-check: U.S.-Iraq raid kills ISIS operatives\n')).toBe(true);
    expect(md).toContain('> **Published report: approved verdicts only**');
    expect(md).toContain('**CNN** · Haley Britzky');
    expect(md).toContain('Revision 2 · report generated 2024-11-01 12:34 UTC');
    expect(md).toContain('| Verdict | Claims |\n| --- | ---: |\n| False | 1 |\n| **Total** | **1** |');
  });

  it('marks the quoted words in the text with a footnote holding verdict, rationale, sources and review', () => {
    const md = render([claimOn(NINE_KILLED)]);
    expect(md).toContain(`**${NINE_KILLED}**[^1],`);
    const note = md.slice(md.indexOf('[^1]:'));
    expect(note).toContain(`**False** — “${NINE_KILLED}”`);
    expect(note).toMatch(/\n {4}\*\*Claim:\*\* Statement \d+/);
    expect(note).toMatch(/\n {4}\*\*Rationale:\*\* Rationale \d+/);
    expect(note).toContain('    - [CENTCOM press release](<https://www.centcom.mil/MEDIA/PRESS-RELEASES/>), U.S. Central Command');
    expect(note).toContain('Approved by Rita Reviewer on 2024-10-31.');
  });

  it('gives every claim, nested or orphaned, exactly one reference and one footnote', () => {
    const claims = [claimOn(NINE_KILLED), claimOn('ISIS members were killed'), claimOn('wounded two U.S. service members', { anchorStatus: 'ORPHANED' })];
    const md = render(claims);
    expect(md).toContain('**Nine ISIS members were killed[^2] in the attack**[^1]');
    expect(footnoteDefs(md)).toEqual([1, 2, 3]);
    expect(footnoteRefs(md).sort()).toEqual([1, 2, 3]);
    expect(md).toContain('## Claims not found in this revision');
    expect(md).toContain('- Claim 3: “wounded two U.S. service members”[^3]');
  });

  it('leaves unapproved claims out of a published report and flags them in a draft', () => {
    const claims = () => [claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW', rationale: 'SECRET-RATIONALE' })];
    const published = render(claims());
    expect(published).not.toContain('SECRET');
    expect(footnoteDefs(published)).toEqual([1]);
    const draft = render(claims(), 'all');
    expect(draft).toContain('> **Working draft: includes unapproved claims**');
    expect(draft).toContain('*Unapproved (In review)*');
    expect(draft).toContain('SECRET-RATIONALE');
  });

  it('keeps URLs in statements links, in the footnote and in the text', () => {
    const text = `${NINE_KILLED}, see https://example.org/a-b.c.`;
    const md = render([claimOn('see https://example.org/a-b.c', { statement: 'As https://example.org/a-b.c says, 1.5 million.' }, text)], 'published', text);
    expect(md).toContain('**Claim:** As <https://example.org/a-b.c> says, 1.5 million.');
    expect(md).toContain('**see <https://example.org/a-b.c>**[^1].');
  });

  it('keeps multi-line rationales inside their footnote', () => {
    const md = render([claimOn(NINE_KILLED, { rationale: 'First line\n# not a heading\n\n- not a list' })]);
    expect(md).toContain('**Rationale:** First line\\\n    \\# not a heading\n\n    \\- not a list');
  });
});
