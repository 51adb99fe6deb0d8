// Prepared-statement reuse for Prisma's better-sqlite3 adapter. The adapter
// (7.10) prepares every query again (`client.prepare(sql).bind(args)`), about
// 7% of a claim save's CPU, and has no option to reuse statements. This
// wrapper stands in for its better-sqlite3 Database: `prepare` returns a
// statement kept per SQL text (least recently used out past `size`), and
// `bind` hands the arguments to each call instead of binding them to the
// statement for good, as better-sqlite3's own `bind` does (a bound statement
// cannot be bound again). Reuse is safe here because better-sqlite3 runs a
// statement to completion in one synchronous call: the adapter never iterates.
// tests/integration/sqlite-statement-cache.test.ts checks it through Prisma, so
// an adapter that stops calling the methods below fails there, not in production.
import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[]>;

/** The part of a better-sqlite3 Database the adapter uses. */
export interface AdapterDatabase {
  prepare(sql: string): BoundStatementSource;
  exec(sql: string): unknown;
  close(): unknown;
}

/** What the adapter does with a prepared statement: run it as is (BEGIN), or bind its arguments, then run or read it. */
export interface BoundStatementSource extends BoundStatement {
  bind(args: unknown[]): BoundStatement;
}

export interface BoundStatement {
  readonly reader: boolean;
  run(): Database.RunResult;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[][] };
}

export interface StatementCache extends AdapterDatabase {
  /** statements prepared so far (cache misses), for tests and the bench */
  readonly prepared: number;
}

function withArguments(statement: Statement, args: unknown[]): BoundStatement {
  return {
    reader: statement.reader,
    run: () => statement.run(...args),
    columns: () => statement.columns(),
    // Raw mode stays set on a kept statement; the adapter reads every row raw.
    raw: () => ({ all: () => statement.raw(true).all(...args) as unknown[][] }),
  };
}

export function withStatementCache(database: Database.Database, size = 256): StatementCache {
  // A Map keeps insertion order: re-inserting on use makes its first key the least recently used.
  const statements = new Map<string, Statement>();
  let prepared = 0;

  function statementFor(sql: string): Statement {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = database.prepare<unknown[]>(sql);
      prepared += 1;
      if (statements.size >= size) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  }

  return {
    get prepared() {
      return prepared;
    },
    prepare(sql) {
      const statement = statementFor(sql);
      return { ...withArguments(statement, []), bind: (args) => withArguments(statement, args) };
    },
    exec: (sql) => database.exec(sql),
    close: () => {
      statements.clear();
      return database.close();
    },
  };
}

/**
 * Puts the cache between a connected better-sqlite3 adapter and its Database.
 * The adapter keeps the Database in its `client` field (public, though not in
 * its types) and hands it to each transaction it starts; if a later adapter
 * keeps it elsewhere, this throws at the first connection instead of quietly
 * preparing every statement again.
 */
export function reuseStatements(adapter: object): StatementCache {
  const holder = adapter as { client?: unknown };
  const client = holder.client as Database.Database | undefined;
  if (!client || typeof client.prepare !== 'function' || typeof client.exec !== 'function') {
    throw new Error('the better-sqlite3 adapter no longer keeps its Database in `client`: see lib/server/sqlite-statement-cache.ts');
  }
  const cache = withStatementCache(client);
  holder.client = cache;
  return cache;
}
