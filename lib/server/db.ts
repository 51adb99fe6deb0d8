// The one Prisma client of the process. Only lib/server imports this file.
// DATABASE_URL decides the database: a SQLite file (the default, embedded) or
// PostgreSQL. Each has its own generated client (prisma/schema.prisma and the
// derived prisma/postgresql/schema.prisma); the models are the same, so the
// PostgreSQL client is typed as the SQLite one.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-pg/client';
import { databaseKind, sqliteFileFromUrl, type DatabaseKind } from './database-url';
import { reuseStatements } from './sqlite-statement-cache';

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Which database this process talks to: raw SQL (full-text search) differs between them. */
export const dbKind: DatabaseKind = databaseKind();

/**
 * How many bound parameters one statement may hold in the SQLite that
 * better-sqlite3 ships (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since SQLite 3.32).
 * Prisma 7 assumes 999 for SQLite unless the adapter says otherwise, and the
 * better-sqlite3 adapter does not: loading the relations of more than 999
 * claims (the workbench view, an export) was refused with P2029, a 500
 * (tests/integration/large-article.test.ts).
 */
export const SQLITE_MAX_VARIABLE_NUMBER = 32_766;

/**
 * The better-sqlite3 adapter, switching each connection it opens to WAL: a
 * commit is one append to the write-ahead log, so a process killed mid-write
 * leaves the whole transaction or none of it, and readers never wait for the
 * writer. WAL is a property of the file; setting it again is a no-op. Each
 * connection also reports SQLite's real parameter limit to Prisma, through the
 * driver adapter interface's getConnectionInfo, and reuses its prepared
 * statements (sqlite-statement-cache.ts: the adapter prepares each query again).
 */
class WalSQLite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    reuseStatements(adapter);
    await adapter.executeScript('PRAGMA journal_mode = WAL;');
    return Object.assign(adapter, { getConnectionInfo: () => ({ maxBindValues: SQLITE_MAX_VARIABLE_NUMBER, supportsRelationJoins: false }) });
  }
}

function createClient(url: string | undefined = process.env.DATABASE_URL): PrismaClient {
  if (dbKind === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new WalSQLite({ url: sqliteFileFromUrl(url) });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client across reloads instead of leaking connections.
const globalForDb = globalThis as unknown as { __workbenchDb?: PrismaClient };

export const db: PrismaClient = globalForDb.__workbenchDb ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.__workbenchDb = db;
