// GET /api/articles/:id/diff: what changed between two revisions.
import { POST as createArticle } from '@/app/api/articles/route';
import { GET } from '@/app/api/articles/[id]/diff/route';
import { sendOk, send } from './helpers/api';
import { addRevisionAs, reviseSample } from './helpers/revisions';
import { seedWorld } from './helpers/world';

type Part = { type: 'equal' | 'insert' | 'delete'; text: string };

let world: Awaited<ReturnType<typeof seedWorld>>;
let v1: string;
let v2: string;
let v3: string;
const ids: string[] = [];
beforeAll(async () => {
  world = await seedWorld();
  v1 = world.revision.text;
  v2 = reviseSample(v1);
  v3 = `${v2}\nA third version.`;
  ids.push(world.revision.id);
  ids.push((await addRevisionAs(world.editor, world.article.id, { text: v2 })).revision.id);
  ids.push((await addRevisionAs(world.editor, world.article.id, { text: v3 })).revision.id);
});

const diff = (query: string, id = world.article.id) => send(GET, 'GET', `/api/articles/${id}/diff${query}`, { as: world.reviewer }, { id });
const diffOk = async (query: string) => sendOk(200, GET, 'GET', `/api/articles/${world.article.id}/diff${query}`, { as: world.reviewer }, { id: world.article.id });
const side = (parts: Part[], skip: Part['type']) =>
  parts
    .filter((p) => p.type !== skip)
    .map((p) => p.text)
    .join('');

describe('GET /api/articles/:id/diff', () => {
  it('compares the latest revision with the one before by default', async () => {
    const body = await diffOk('');
    expect(body).toMatchObject({ from: { id: ids[1], number: 2 }, to: { id: ids[2], number: 3 }, inserted: '\nA third version.'.length, deleted: 0 });
    expect(body.parts).toEqual([
      { type: 'equal', text: expect.any(String) },
      { type: 'insert', text: expect.stringContaining('A third version.') },
    ]);
  });

  it('shows word-level changes between chosen revisions; both sides rebuild their texts', async () => {
    const body = await diffOk('?from=1&to=2');
    expect(body).toMatchObject({ from: { number: 1 }, to: { number: 2 } });
    expect(side(body.parts, 'insert')).toBe(v1);
    expect(side(body.parts, 'delete')).toBe(v2);
    expect(body.parts).toContainEqual({ type: 'delete', text: expect.stringContaining('Nine') });
    expect(body.parts).toContainEqual({ type: 'insert', text: expect.stringContaining('Fifteen') });
    expect(body.parts).toContainEqual({ type: 'delete', text: expect.stringContaining('Both individuals') });
    expect(body.inserted).toBe(body.parts.filter((p: Part) => p.type === 'insert').reduce((n: number, p: Part) => n + p.text.length, 0));
    expect(body.deleted).toBeGreaterThan(0);
    for (const part of body.parts) expect(Object.keys(part).sort()).toEqual(['text', 'type']);
  });

  it('takes `to` alone (from = the one before) and diffs backwards too', async () => {
    expect(await diffOk('?to=2')).toMatchObject({ from: { number: 1 }, to: { number: 2 } });
    const back = await diffOk('?from=3&to=1');
    expect(side(back.parts, 'insert')).toBe(v3);
    expect(side(back.parts, 'delete')).toBe(v1);
  });

  it('compares a single-revision article with itself: nothing changed', async () => {
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'One version', text: 'Only text.' } });
    const body = await sendOk(200, GET, 'GET', `/api/articles/${article.id}/diff`, { as: world.editor }, { id: article.id });
    expect(body).toMatchObject({ from: { number: 1 }, to: { number: 1 }, parts: [{ type: 'equal', text: 'Only text.' }], inserted: 0, deleted: 0 });
  });

  it('answers 422 for malformed numbers, 404 for unknown revisions or articles, 401 without a session', async () => {
    for (const query of ['?from=abc', '?to=0', '?from=1.5', '?to=-1']) {
      const res = await diff(query);
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('INVALID');
    }
    expect((await diff('?from=1&to=9')).status).toBe(404);
    expect((await diff('', 'nope')).status).toBe(404);
    expect((await send(GET, 'GET', `/api/articles/${world.article.id}/diff`, {}, { id: world.article.id })).status).toBe(401);
  });
});
