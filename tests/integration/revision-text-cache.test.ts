// A revision's text is read from the database once per process
// (lib/server/articles/revision-text-cache.ts): claim saves on a
// 100,000-character article after the first send no query that selects the
// text column, while the latest revision's id is still asked each time, so a
// new revision (added here, or written by another instance) is used at once.
// The SQL is watched where it leaves for the database: each run of a
// better-sqlite3 statement (prepared statements are kept and run again:
// lib/server/sqlite-statement-cache.ts) and pg's Client.query().
import Database from 'better-sqlite3';
import pg from 'pg';
import { GET as getArticleRoute } from '@/app/api/articles/[id]/route';
import { POST as createClaimRoute } from '@/app/api/articles/[id]/claims/route';
import { POST as addRevisionRoute } from '@/app/api/articles/[id]/revisions/route';
import { GET as getRevisionRoute } from '@/app/api/articles/[id]/revisions/[revisionId]/route';
import { POST as createArticleRoute } from '@/app/api/articles/route';
import { contentHash } from '@/lib/server/articles/article-text';
import { db } from '@/lib/server/db';
import { selectionOf, sendOk } from './helpers/api';
import { params, request, seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
const sql: string[] = [];

beforeAll(async () => {
  world = await seedWorld();
  const scratch = new Database(':memory:');
  const statementPrototype = Object.getPrototypeOf(scratch.prepare('SELECT 1')) as Database.Statement;
  scratch.close();
  for (const method of ['run', 'all', 'get', 'iterate'] as const) {
    const original = statementPrototype[method] as (...args: unknown[]) => unknown;
    jest.spyOn(statementPrototype, method).mockImplementation(function (this: Database.Statement, ...args: unknown[]) {
      sql.push(this.source);
      return original.apply(this, args);
    } as never);
  }
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  jest.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    sql.push(typeof config === 'string' ? config : (config?.text ?? ''));
    return query.apply(this, args);
  } as never);
});

afterAll(() => jest.restoreAllMocks());

/** The statements sent while `run` runs. */
async function sqlDuring<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const from = sql.length;
  const result = await run();
  return { result, statements: sql.slice(from) };
}

/** SELECTs of ArticleRevision that fetch its text column (SQLite quotes names with `, PostgreSQL with "). */
const textReads = (statements: string[]) => statements.filter((s) => /^\s*SELECT\b/i.test(s) && /[`"]ArticleRevision[`"]/.test(s) && /[`"]text[`"]/.test(s));
/** SELECTs of ArticleRevision at all (the latest revision's id, for one). */
const revisionReads = (statements: string[]) => statements.filter((s) => /^\s*SELECT\b/i.test(s) && /[`"]ArticleRevision[`"]/.test(s));

/** ~100,000 characters: numbered paragraphs, each sentence unique. */
function longText(marker: string): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n').length < 100_000; i++) {
    paragraphs.push(`Paragraph ${i} of the ${marker} report: officials said ${i * 7} people attended the briefing on day ${i}, and ${i * 3} questions were asked.`);
  }
  return paragraphs.join('\n');
}

async function createArticle(text: string): Promise<string> {
  const body = await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body: { title: `Long ${Date.now()}`, text } });
  return body.article.id;
}

async function saveClaim(articleId: string, text: string, exact: string) {
  return (await sendOk(201, createClaimRoute, 'POST', `/api/articles/${articleId}/claims`, { as: world.editor, body: { selector: selectionOf(text, exact) } }, { id: articleId })).claim;
}

describe('claim saves on a 100,000-character article', () => {
  it('read the text once; later saves on the same revision ask only for its id', async () => {
    const text = longText('first');
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const articleId = await createArticle(text);

    const first = await sqlDuring(() => saveClaim(articleId, text, 'officials said 7 people attended the briefing on day 1'));
    expect(textReads(first.statements)).toHaveLength(1);

    for (const day of [2, 3, 400]) {
      const exact = `officials said ${day * 7} people attended the briefing on day ${day}`;
      const later = await sqlDuring(() => saveClaim(articleId, text, exact));
      expect(textReads(later.statements)).toEqual([]);
      // The latest revision is still looked up in the database, every time.
      expect(revisionReads(later.statements)).toHaveLength(1);
      expect(later.result.selector).toEqual(expect.objectContaining({ exact, prefix: text.slice(text.indexOf(exact) - 32, text.indexOf(exact)) }));
      expect(later.result.revisionId).toBe(first.result.revisionId);
    }

    // The workbench view and the revision itself answer the same text from memory.
    const view = await sqlDuring(() => sendOk(200, getArticleRoute, 'GET', `/api/articles/${articleId}`, { as: world.editor }, { id: articleId }));
    expect(view.result.revision.text).toBe(text);
    expect(textReads(view.statements)).toEqual([]);
    const revision = await sqlDuring(() => sendOk(200, getRevisionRoute, 'GET', `/api/articles/${articleId}/revisions/1`, { as: world.editor }, { id: articleId, revisionId: '1' }));
    expect(revision.result.revision.text).toBe(text);
    expect(textReads(revision.statements)).toEqual([]);
  });

  it('use a new revision at once, whether added here or written by another instance', async () => {
    const text = longText('second');
    const articleId = await createArticle(text);
    const first = await saveClaim(articleId, text, 'officials said 14 people attended the briefing on day 2');

    // Added through the API: the next save lands on revision 2 and reads its text once.
    const revised = text.replace('officials said 35 people attended the briefing on day 5', 'officials said 36 people attended the briefing on day 5');
    expect(revised).not.toBe(text);
    await sendOk(201, addRevisionRoute, 'POST', `/api/articles/${articleId}/revisions`, { as: world.editor, body: { text: revised, baseRevision: 1 } }, { id: articleId });
    const onSecond = await sqlDuring(() => saveClaim(articleId, revised, 'officials said 36 people attended the briefing on day 5'));
    expect(onSecond.result.revisionId).not.toBe(first.revisionId);
    expect(textReads(onSecond.statements)).toHaveLength(1);

    // Written straight into the database, as another app instance would: seen by the very next save.
    const third = revised.replace('on day 6,', 'on day six,');
    const row = await db.articleRevision.create({ data: { articleId, number: 3, text: third, contentHash: contentHash(third), authorId: world.editor.id } });
    const onThird = await saveClaim(articleId, third, 'attended the briefing on day six');
    expect(onThird.revisionId).toBe(row.id);
    // A quote only the older revisions hold is refused on it.
    const selector = selectionOf(revised, 'attended the briefing on day 6,');
    const stale = await createClaimRoute(await request('POST', `/api/articles/${articleId}/claims`, { as: world.editor, body: { selector } }), params({ id: articleId }));
    expect(stale.status).toBe(422);
  });
});
