import { GET } from '@/app/api/articles/[id]/suggestions/route';
import { POST as dismiss } from '@/app/api/articles/[id]/suggestions/dismissals/route';
import { db } from '@/lib/server/db';
import { createClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

type User = typeof world.editor;
interface SuggestionBody {
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  score: number;
  reasons: string[];
  quantities: unknown[];
}
const path = (query = '') => `/api/articles/${article.id}/suggestions${query}`;
const dismissPath = () => `/api/articles/${article.id}/suggestions/dismissals`;
const suggestionsOf = async (as: User, query = ''): Promise<{ revision: { id: string; number: number }; suggestions: SuggestionBody[] }> =>
  sendOk(200, GET, 'GET', path(query), { as }, { id: article.id });
const nineOf = (list: SuggestionBody[]) => list.find((s) => s.selector.exact.startsWith(QUOTES.nine));

describe('GET /api/articles/:id/suggestions', () => {
  it('suggests the "Nine ISIS members were killed" sentence with a count reason, best first, on the latest revision', async () => {
    const body = await suggestionsOf(world.editor);
    expect(body.revision).toEqual({ id: world.revision.id, number: world.revision.number });
    expect(body.suggestions.length).toBeGreaterThan(1);
    const scores = body.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const nine = nineOf(body.suggestions);
    expect(nine).toBeDefined();
    expect(nine!.reasons.some((r) => r.startsWith('count:'))).toBe(true);
    const { selector } = nine!;
    expect(article.text.slice(selector.start, selector.end)).toBe(selector.exact);
    expect(selector).toEqual({ exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
  });

  it('honours limit and threshold', async () => {
    const all = (await suggestionsOf(world.editor)).suggestions;
    expect((await suggestionsOf(world.editor, '?limit=1')).suggestions).toEqual(all.slice(0, 1));
    const strict = (await suggestionsOf(world.editor, '?threshold=1')).suggestions;
    expect(strict.every((s) => s.score >= 1)).toBe(true);
    const loose = (await suggestionsOf(world.editor, '?threshold=0&limit=200')).suggestions;
    expect(loose.length).toBeGreaterThanOrEqual(all.length);
  });

  it('answers 422 for a bad limit or threshold, 401 without a session, 404 for an unknown article', async () => {
    for (const query of ['?limit=0', '?limit=201', '?limit=abc', '?limit=1.5', '?threshold=1.5', '?threshold=-0.1', '?threshold=x']) {
      const res = await send(GET, 'GET', path(query), { as: world.editor }, { id: article.id });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('INVALID');
    }
    expect((await send(GET, 'GET', path(), {}, { id: article.id })).status).toBe(401);
    const missing = await send(GET, 'GET', '/api/articles/nope/suggestions', { as: world.editor }, { id: 'nope' });
    expect(missing.status).toBe(404);
  });

  it('no longer suggests a sentence once a claim sits inside it, for anyone', async () => {
    expect(nineOf((await suggestionsOf(world.reviewer)).suggestions)).toBeDefined();
    await createClaimAs(world.editor, article, QUOTES.nine);
    expect(nineOf((await suggestionsOf(world.editor)).suggestions)).toBeUndefined();
    expect(nineOf((await suggestionsOf(world.reviewer)).suggestions)).toBeUndefined();
  });
});

describe('POST /api/articles/:id/suggestions/dismissals', () => {
  it('hides a dismissed suggestion for that user only; dismissing again answers 200 with the same row', async () => {
    const [target] = (await suggestionsOf(world.editor2)).suggestions;
    const { start, end, exact } = target.selector;
    const created = await sendOk(201, dismiss, 'POST', dismissPath(), { as: world.editor2, body: { start, end, exact } }, { id: article.id });
    expect(created.dismissal).toEqual({ id: expect.any(String), start, end, exact, revisionId: world.revision.id });

    const same = (s: SuggestionBody) => s.selector.start === start && s.selector.end === end;
    expect((await suggestionsOf(world.editor2)).suggestions.some(same)).toBe(false);
    expect((await suggestionsOf(world.admin)).suggestions.some(same)).toBe(true);

    const again = await sendOk(200, dismiss, 'POST', dismissPath(), { as: world.editor2, body: { start, end, exact } }, { id: article.id });
    expect(again.dismissal).toEqual(created.dismissal);
    expect(await db.suggestionDismissal.count({ where: { userId: world.editor2.id } })).toBe(1);

    // Another user's dismissal of the same range is theirs alone.
    await sendOk(201, dismiss, 'POST', dismissPath(), { as: world.reviewer, body: { start, end, exact } }, { id: article.id });
    expect(await db.suggestionDismissal.count({ where: { start, end } })).toBe(2);
  });

  it('answers 422 when the words do not match the latest revision or the body is malformed; 401; 404', async () => {
    const [target] = (await suggestionsOf(world.admin)).suggestions;
    const { start, end, exact } = target.selector;
    const before = await db.suggestionDismissal.count();
    const bad: unknown[] = [
      { start, end, exact: `${exact}x` },
      { start: start + 1, end, exact },
      { start, end: article.text.length + 5, exact },
      { start: end, end: start, exact },
      { start: -1, end, exact },
      { start: 1.5, end, exact },
      { start, end },
      { start, end, exact, extra: true },
    ];
    for (const body of bad) {
      const res = await send(dismiss, 'POST', dismissPath(), { as: world.admin, body }, { id: article.id });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 422]);
      expect((await res.json()).error.code).toBe('INVALID');
    }
    expect((await send(dismiss, 'POST', dismissPath(), { body: { start, end, exact } }, { id: article.id })).status).toBe(401);
    const missing = await send(dismiss, 'POST', '/api/articles/nope/suggestions/dismissals', { as: world.admin, body: { start, end, exact } }, { id: 'nope' });
    expect(missing.status).toBe(404);
    expect(await db.suggestionDismissal.count()).toBe(before);
  });
});
