// Exports of hostile user text: whitespace runs and giant words. Each fixed case
// takes a few ms; the broken code was quadratic (seconds), so a 2 s bound tells
// them apart without flaking.
import { markdownInline, markdownLines } from '@/lib/domain/export/markdown-escape';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { buildReportModel } from '@/lib/domain/export/report-model';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput } from './report-fixtures';
import { withinMs } from '../within-time';

const fast = <T>(work: () => T): T => withinMs(2_000, work);

const BLANKS = ' \t'.repeat(50_000);

describe('Markdown export of long blank runs', () => {
  it('markdownInline folds a 100,000-character blank run before a word', () => {
    expect(fast(() => markdownInline(`${BLANKS}x${BLANKS}\n${BLANKS}y`))).toBe(`x y`);
    expect(markdownInline(' a\nb \r\n c ')).toBe('a b c');
  });

  it('markdownLines keeps paragraphs apart across blank runs', () => {
    expect(fast(() => markdownLines(`a\n${BLANKS}\n${BLANKS}b`))).toBe('a\n\nb');
  });

  it('bolds a highlighted stretch that starts with a long blank run', () => {
    const text = `Start.${BLANKS}x end.`;
    const md = fast(() =>
      renderMarkdownReport(buildReportModel(reportInput([claimOn(`${BLANKS}x`, {}, text)], { scope: 'published', revision: { id: 'rev-1', number: 2, text, createdAt: '2024-10-30T08:00:00.000Z' } }))),
    );
    expect(md).toContain('**x**[^1]');
  });

  it('renders a report whose quote and rationale are blank runs', () => {
    const claim = claimOn(NINE_KILLED);
    claim.sources[0].quote = `${BLANKS}x`;
    claim.rationale = `${BLANKS}y${BLANKS}`;
    const md = fast(() => renderMarkdownReport(buildReportModel(reportInput([claim], { scope: 'published' }))));
    expect(md).toContain(`**${NINE_KILLED}**[^1]`);
  });
});
