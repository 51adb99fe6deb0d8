// Prepared-statement reuse under Prisma's better-sqlite3 adapter
// (lib/server/sqlite-statement-cache.ts): the wrapper on a real SQLite file,
// then the app's own client, where the same query must not be prepared again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dbKind, db } from '@/lib/server/db';
import { reuseStatements, withStatementCache } from '@/lib/server/sqlite-statement-cache';
import { seedWorld } from './helpers/world';

const describeOnSqlite = dbKind === 'sqlite' ? describe : describe.skip;

describe('withStatementCache on a SQLite file', () => {
  let dir: string;
  let database: Database.Database;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statement-cache-'));
    database = new Database(path.join(dir, 'test.db'));
    database.defaultSafeIntegers(true);
    database.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)');
  });
  afterEach(() => {
    if (database.open) database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prepares a SQL text once and binds new arguments on every use', () => {
    const cache = withStatementCache(database);
    const insert = 'INSERT INTO t (name) VALUES (?)';
    for (const name of ['a', 'b', 'c']) expect(cache.prepare(insert).bind([name]).run().changes).toBe(1);
    const select = cache.prepare('SELECT id, name FROM t WHERE name = ?');
    expect(select.reader).toBe(true);
    expect(select.bind(['b']).raw().all()).toEqual([[2n, 'b']]);
    expect(cache.prepare('SELECT id, name FROM t WHERE name = ?').bind(['c']).raw().all()).toEqual([[3n, 'c']]);
    expect(
      cache
        .prepare('SELECT id, name FROM t WHERE name = ?')
        .bind(['c'])
        .columns()
        .map((c) => c.name),
    ).toEqual(['id', 'name']);
    expect(cache.prepared).toBe(2);
  });

  it('runs a statement without arguments as the adapter runs BEGIN', () => {
    const cache = withStatementCache(database);
    cache.prepare('BEGIN').run();
    cache.prepare('INSERT INTO t (name) VALUES (?)').bind(['x']).run();
    cache.prepare('ROLLBACK').bind([]).run();
    cache.prepare('BEGIN').run();
    cache.prepare('COMMIT').run();
    expect(database.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0n });
    expect(cache.prepared).toBe(4);
  });

  it('keeps a statement usable after it failed', () => {
    const cache = withStatementCache(database);
    const insert = 'INSERT INTO t (name) VALUES (?)';
    cache.prepare(insert).bind(['same']).run();
    expect(() => cache.prepare(insert).bind(['same']).run()).toThrow(/UNIQUE/);
    expect(cache.prepare(insert).bind(['other']).run().changes).toBe(1);
    expect(cache.prepared).toBe(1);
  });

  it('drops the least recently used statement past its size', () => {
    const cache = withStatementCache(database, 2);
    const q = (n: number) => cache.prepare(`SELECT ${n}`).raw().all();
    q(1);
    q(2);
    q(1); // 1 is now the most recent
    q(3); // evicts 2
    expect(cache.prepared).toBe(3);
    q(1);
    expect(cache.prepared).toBe(3);
    q(2);
    expect(cache.prepared).toBe(4);
  });

  it('still reads right after the schema changed under a kept statement', () => {
    const cache = withStatementCache(database);
    cache.prepare('INSERT INTO t (name) VALUES (?)').bind(['a']).run();
    expect(cache.prepare('SELECT * FROM t').raw().all()).toEqual([[1n, 'a']]);
    database.exec("ALTER TABLE t ADD COLUMN note TEXT NOT NULL DEFAULT 'n'");
    expect(cache.prepare('SELECT * FROM t').raw().all()).toEqual([[1n, 'a', 'n']]);
  });

  it('refuses an adapter that keeps its Database somewhere else', () => {
    expect(() => reuseStatements({ db: database })).toThrow(/no longer keeps its Database/);
  });
});

describeOnSqlite("the app's Prisma client", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await seedWorld()).editor.id;
  });
  afterEach(() => jest.restoreAllMocks());

  it('prepares a query once however often it runs, in and out of transactions', async () => {
    // Warm up: the first run of each query shape may prepare it.
    const read = () => db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
    await read();
    await db.$transaction(async (tx) => tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } }));
    const prepare = jest.spyOn(Database.prototype, 'prepare');
    for (let i = 0; i < 20; i += 1) {
      expect((await read())?.id).toBe(userId);
      await db.$transaction(async (tx) => tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } }));
    }
    // Before the cache: at least one prepare per query and one per BEGIN (60 and more).
    expect(prepare).not.toHaveBeenCalled();
  });
});
