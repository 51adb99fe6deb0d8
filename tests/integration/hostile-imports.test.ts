// Article imports that once stalled or crashed the server (issue 12), through the
// route handler: each now answers at once, 201 with the text or 4xx in the error
// shape with nothing written. Fixed, each takes well under 1 s; broken, they took
// 5 s to minutes or answered 500, so a 5 s bound tells them apart without flaking.
import { POST as createArticle } from '@/app/api/articles/route';
import { db } from '@/lib/server/db';
import { send, sendOk } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';
import { withinMsAsync } from '../unit/within-time';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

function upload(name: string, content: string) {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/html' }));
  return form;
}

const timed = <T>(work: () => Promise<T>): Promise<T> => withinMsAsync(5_000, work);

const storedText = async (article: { latestRevision: { id: string } }) => (await db.articleRevision.findUniqueOrThrow({ where: { id: article.latestRevision.id } })).text;

describe('POST /api/articles with hostile input', () => {
  it('imports JSON text of 150,000 spaces then "x" (39 s before), trimmed at the end only', async () => {
    const text = ' '.repeat(150_000) + 'x';
    const { article } = await timed(() => sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Blanks', text: `${text} \n ` } }));
    expect(await storedText(article)).toBe(text);
  });

  it('imports an HTML table of huge colspan/rowspan (98 s and 3.6 GB before) as its cell text', async () => {
    const html = `<table>${'<tr><td colspan="3000" rowspan="3000">x</td></tr>'.repeat(20)}</table>`;
    const { article } = await timed(() => sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('table.html', html) }));
    expect((await storedText(article)).replace(/\s+/g, '')).toBe('x'.repeat(20));
  });

  it('imports 20,000 nested <div>s (500 before), cutting below the depth limit with "..."', async () => {
    const html = `<p>Top.</p>${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}<p>Tail.</p>`;
    const { article } = await timed(() => sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('deep.html', html) }));
    const text = await storedText(article);
    expect(text).toMatch(/^Top\.[\s\S]*\.\.\.[\s\S]*Tail\.$/);
  });

  it('refuses 40,000 unclosed "<title" (10 s before) with 422 in the error shape, writing nothing', async () => {
    const before = await dbSnapshot();
    const res = await timed(() => send(createArticle, 'POST', '/api/articles', { as: world.editor, form: upload('titles.html', '<title'.repeat(40_000)) }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: 'INVALID', message: expect.any(String) }) });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('refuses JSON text over 1 MB before normalising it: 413, nothing written', async () => {
    const before = await dbSnapshot();
    const res = await timed(() => send(createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Big', text: ' '.repeat(1024 * 1024) + 'x' } }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await dbSnapshot()).toEqual(before);
  });
});
