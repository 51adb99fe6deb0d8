// GET /api/articles/:id/export?format=pdf end to end: a real PDF download of
// the published report, read back with pdf-parse.
import { GET } from '@/app/api/articles/[id]/export/route';
import { approvedClaim, createClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';
import { readPdf, squash } from '../unit/export/pdf-read';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine, 'mostly-false');
  await createClaimAs(world.editor, article, QUOTES.wounded, { rationale: 'DRAFT-MARKER', verdict: 'misleading' });
});

const fetchPdf = (query: string) => send(GET, 'GET', `/api/articles/${article.id}/export?format=pdf${query}`, { as: world.editor }, { id: article.id });

describe('GET /api/articles/:id/export?format=pdf', () => {
  it('downloads the published report as a PDF with the approved claim as text', async () => {
    const res = await fetchPdf('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="cnn-us-iraq-raid.published.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Published report: approved verdicts only');
    expect(text).toContain(squash(QUOTES.nine));
    expect(text).toContain('Mostly false');
    expect(text).toContain(world.reviewer.name);
    expect(text).not.toContain('DRAFT-MARKER');
    expect(pdf.info.Author).toBeTruthy();
  });

  it('scope=all marks the unapproved claim', async () => {
    const text = squash((await readPdf(new Uint8Array(await (await fetchPdf('&scope=all')).arrayBuffer()))).text);
    expect(text).toContain('Working draft: includes unapproved claims');
    expect(text).toContain('DRAFT-MARKER');
    expect(text).toContain('Unapproved · Draft');
  });
});
