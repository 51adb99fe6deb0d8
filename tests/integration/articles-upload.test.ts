// Article import from a file (multipart/form-data): .txt, .md and .html.
import { POST as createArticle } from '@/app/api/articles/route';
import { db } from '@/lib/server/db';
import { send, sendOk } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

function upload(name: string, content: string | Uint8Array, fields: Record<string, string> = {}, type = 'text/plain') {
  const form = new FormData();
  form.set('file', new File([content as BlobPart], name, { type }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

describe('POST /api/articles (multipart upload)', () => {
  it('imports a .txt file, the title defaulting to the file name', async () => {
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('Raid notes.txt', 'Line one.\r\nLine two.\n') });
    expect(article).toMatchObject({ title: 'Raid notes', slug: 'raid-notes' });
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: article.latestRevision.id } });
    expect(revision.text).toBe('Line one.\nLine two.');
    expect(revision.note).toBe('Imported from Raid notes.txt');
  });

  it('imports a .md file with metadata fields from the form', async () => {
    const form = upload('notes.md', '# Heading\n\nBody *text*.', { title: 'Given title', outlet: 'Wire', url: 'https://example.org/a' });
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form });
    expect(article).toMatchObject({ title: 'Given title', outlet: 'Wire', url: 'https://example.org/a' });
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: article.latestRevision.id } });
    expect(revision.text).toBe('# Heading\n\nBody *text*.');
  });

  it('reduces HTML to paragraphs of text: no scripts, styles or link URLs; the title from <title>', async () => {
    const html = `<!doctype html><html><head><title>Raid &amp; aftermath</title><style>p { color: red }</style>
      <script>document.write("tracking")</script></head><body><h1>Raid in Iraq</h1>
      <p>Nine ISIS members were <a href="https://evil.example/x">killed</a> in the attack.</p>
      <script>alert("x")</script><p>Second
         paragraph.</p></body></html>`;
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('page.html', html, {}, 'text/html') });
    expect(article.title).toBe('Raid & aftermath');
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: article.latestRevision.id } });
    expect(revision.text).toBe('Raid in Iraq\n\nNine ISIS members were killed in the attack.\n\nSecond paragraph.');
  });

  it('answers 415 for another file type, 413 for a file over 1 MB, 422 without a file or with empty text', async () => {
    const before = await dbSnapshot();
    const pdf = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('report.pdf', '%PDF-1.4', {}, 'application/pdf') });
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('big.txt', 'a'.repeat(1024 * 1024 + 1)) });
    expect(big.status).toBe(413);
    const noFile = new FormData();
    noFile.set('title', 'No file');
    const missing = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: noFile });
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.details).toHaveProperty(['file']);
    const empty = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('empty.html', '<html><body><script>x()</script></body></html>') });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.details).toHaveProperty(['text']);
    const badUrl = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('a.txt', 'text', { url: 'javascript:alert(1)' }) });
    expect(badUrl.status).toBe(422);
    expect((await badUrl.json()).error.details).toHaveProperty(['url']);
    const latin1 = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])) });
    expect(latin1.status).toBe(422);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 401 without a session', async () => {
    const res = await send(createArticle, 'POST', '/api/articles', { form: upload('a.txt', 'text') });
    expect(res.status).toBe(401);
  });

  it('measures HTML by its text, not its markup: 413 only past the 2 MB body limit', async () => {
    const padded = `<html><head><script>${'x'.repeat(1200 * 1024)}</script></head><body><p>Short article.</p></body></html>`;
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('padded.html', padded, { title: 'Padded' }) });
    expect((await db.articleRevision.findUniqueOrThrow({ where: { id: article.latestRevision.id } })).text).toBe('Short article.');
    const before = await dbSnapshot();
    const huge = await send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('huge.html', `<p>${'a'.repeat(2 * 1024 * 1024)}</p>`) });
    expect(huge.status).toBe(413);
    expect(await dbSnapshot()).toEqual(before);
  });
});
