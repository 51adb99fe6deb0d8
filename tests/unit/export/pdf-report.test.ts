// The PDF report read back with pdf-parse: real text, the same content as the
// HTML report, links only for http(s) and no crash on characters DejaVu lacks.
import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderPdfReport } from '@/lib/domain/export/pdf-report';
import { pdfFonts } from '@/lib/server/export/pdf-fonts';
import { ARTICLE_TEXT, NINE_KILLED } from '../fixture-article';
import { claimOn, publishedOf, reportInput, type InputClaim } from './report-fixtures';
import { readPdf, squash } from './pdf-read';

const HAMRIN = 'Hamrin Mountains';
const WOUNDED = 'wounded two U.S. service members';

function claims(): InputClaim[] {
  const evil = claimOn(HAMRIN, {
    statement: 'Statement <script>alert("x")</script> by Zoë Ólafsdóttir — “quoted” 🚀👍🏽',
    rationale: 'Rationale with emoji 🤔 and Arabic مرحبا',
  });
  evil.sources = [
    { ...evil.sources[0], id: 'evil-1', url: 'javascript:alert(1)', title: 'Evil link' },
    { ...evil.sources[0], id: 'evil-2', url: ' java\tscript:alert(2)', title: null, archivedUrl: 'javascript:alert(3)' },
  ];
  // Approved with these sources: the published report shows what was approved.
  evil.published = publishedOf(evil);
  return [
    claimOn(NINE_KILLED),
    claimOn('ISIS members were killed', { verdict: { key: 'mostly-true', label: 'Mostly true', color: '#57a65a' } }),
    evil,
    claimOn(WOUNDED, { status: 'IN_REVIEW', statement: 'Unapproved statement', rationale: 'Unapproved rationale' }),
    claimOn('the attack', { anchorStatus: 'ORPHANED', statement: 'Orphaned statement', rationale: 'Orphaned rationale' }),
  ];
}

const render = async (scope: 'published' | 'all') => {
  const model = buildReportModel(reportInput(claims(), { scope }));
  return { model, bytes: await renderPdfReport(model, await pdfFonts(), { author: 'Example Fact-check Desk' }) };
};

describe('renderPdfReport', () => {
  let published: Awaited<ReturnType<typeof render>> & { read: Awaited<ReturnType<typeof readPdf>> };
  let draft: typeof published;
  beforeAll(async () => {
    const p = await render('published');
    const d = await render('all');
    published = { ...p, read: await readPdf(p.bytes) };
    draft = { ...d, read: await readPdf(d.bytes) };
  }, 30000);

  it('is a PDF with real text: title, outlet, revision, generation time and scope banner', () => {
    expect(Buffer.from(published.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = squash(published.read.text);
    expect(published.read.pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('U.S.-Iraq raid kills ISIS operatives');
    expect(text).toContain('CNN');
    expect(text).toContain('Revision 2');
    expect(text).toContain('2024-11-01 12:34 UTC');
    expect(text).toContain('Published report: approved verdicts only');
    expect(text).toContain(`Page 1 of ${published.read.pages}`);
  });

  it('sets the document metadata', () => {
    expect(published.read.info.Title).toBe('Fact-check: U.S.-Iraq raid kills ISIS operatives');
    expect(published.read.info.Author).toBe('Example Fact-check Desk');
    expect(published.read.info.CreationDate).toMatch(/^D:20241101/);
  });

  it('prints the highlighted words with footnote numbers, and every footnote', () => {
    const text = squash(published.read.text);
    // The nested claim numbers follow the words they close.
    expect(text).toMatch(/Nine ISIS members were killed ?\[2\] ?in the attack ?\[1\]/);
    for (const claim of published.model.claims) {
      expect(text).toContain(`${claim.number}. ${claim.verdict!.label}`);
      expect(text).toContain(`“${claim.selector.exact}”`);
      if (/^[\x20-\x7e]*$/.test(claim.statement + claim.rationale)) {
        expect(text).toContain(`Claim: ${claim.statement}`);
        expect(text).toContain(`Rationale: ${claim.rationale}`);
      }
    }
    expect(text).toContain('Rationale: Rationale with emoji');
    expect(text).toContain('Approved by Rita Reviewer on 2024-10-31');
    expect(text).toContain('Statement <script>alert("x")</script> by Zoë Ólafsdóttir — “quoted”');
  });

  it('lists orphaned claims under "Not found in this revision"', () => {
    const text = squash(published.read.text);
    const section = text.slice(text.lastIndexOf('Not found in this revision'));
    expect(text.indexOf('Not found in this revision')).toBeGreaterThan(text.indexOf('Claims'));
    expect(text).toContain('Orphaned statement');
    expect(text.indexOf('Orphaned statement')).toBeGreaterThan(text.indexOf('Not found in this revision'));
    expect(section.length).toBeGreaterThan(0);
  });

  it('marks unapproved claims with their status only in a working draft', () => {
    expect(squash(published.read.text)).not.toContain('Unapproved');
    expect(squash(published.read.text)).not.toContain('Unapproved statement');
    const text = squash(draft.read.text);
    expect(text).toContain('Working draft: includes unapproved claims');
    expect(text).toContain('Unapproved · In review');
    expect(text).toContain('Unapproved statement');
  });

  it('links only http(s) URLs; other schemes are printed as inert text', () => {
    const urls = published.read.links;
    expect(urls).toEqual(expect.arrayContaining(['https://www.centcom.mil/MEDIA/PRESS-RELEASES/', 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid']));
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    expect(Buffer.from(published.bytes).toString('latin1')).not.toMatch(/\/URI\s*\(\s*java/i);
    expect(squash(published.read.text)).toContain('javascript:alert(1)');
  });

  it('keeps emoji: drawn from the Noto Emoji face, never U+FFFD', () => {
    const text = squash(published.read.text);
    expect(text).toContain('Rationale with emoji 🤔 and Arabic');
    expect(text).toContain('“quoted” 🚀👍');
    expect(text).not.toContain('\ufffd');
    expect(Buffer.from(published.bytes).toString('latin1')).toMatch(/NotoEmoji/);
  });

  it('draws a report of Arabic, emoji and Latin text, mixed and in the article, without U+FFFD', async () => {
    const text = `${ARTICLE_TEXT}\nقال بيان قيادة العمليات المشتركة إن 9 من عناصر داعش قتلوا 🚀 (في الهجوم) — Ryder said 👨‍👩‍👧 🇫🇷 1️⃣.`;
    const claim = claimOn('قيادة العمليات المشتركة', { statement: 'البيان: قتل 9 👍🏽', rationale: 'Mixed مرحبا بالعالم (test) 2024' }, text);
    const model = buildReportModel(reportInput([claim], { revision: { id: 'r', number: 3, text, createdAt: '2024-10-30T08:00:00.000Z' } }));
    const read = await readPdf(await renderPdfReport(model, await pdfFonts()));
    expect(read.text).not.toContain('\ufffd');
    expect(squash(read.text)).toContain('Ryder said');
  }, 30000);
});
