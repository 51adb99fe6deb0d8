// A second process holding the SQLite file's write lock past the driver's
// wait: the request gets 503 BUSY with Retry-After, in the error shape, and
// nothing of it is written (the transaction is rolled back). PostgreSQL has no
// file lock to hold; its deadlocks (P2034) take the same path.
import Database from 'better-sqlite3';
import { dbKind } from '@/lib/server/db';
import { sqliteFileFromUrl } from '@/lib/server/database-url';
import { createClaimAs, QUOTES, selectionOf, send, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';
import { POST as createClaimRoute } from '@/app/api/articles/[id]/claims/route';

const onSqlite = dbKind === 'sqlite';

(onSqlite ? describe : describe.skip)('a database locked by another process', () => {
  let world: Awaited<ReturnType<typeof seedWorld>>;
  let article: ArticleRef;
  beforeAll(async () => {
    world = await seedWorld();
    article = { id: world.article.id, text: world.revision.text };
    await createClaimAs(world.editor, article, QUOTES.wounded);
  });

  it('answers 503 BUSY with Retry-After and writes nothing', async () => {
    const before = await dbSnapshot();
    const other = new Database(sqliteFileFromUrl());
    other.prepare('BEGIN IMMEDIATE').run();
    let res: Response;
    try {
      res = await send(createClaimRoute, 'POST', `/api/articles/${article.id}/claims`, { as: world.editor, body: { selector: selectionOf(article.text, QUOTES.nine) } }, { id: article.id });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toEqual({ error: { code: 'BUSY', message: expect.stringContaining('try again') } });
    expect(await dbSnapshot()).toEqual(before);

    // Once the lock is gone the same request succeeds.
    const again = await send(createClaimRoute, 'POST', `/api/articles/${article.id}/claims`, { as: world.editor, body: { selector: selectionOf(article.text, QUOTES.nine) } }, { id: article.id });
    expect(again.status).toBe(201);
  }, 30_000);
});
