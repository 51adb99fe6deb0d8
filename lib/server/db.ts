// The one Prisma client of the process. Only lib/server imports this file.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';
import { sqliteFileFromUrl } from './database-url';

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

function createClient(url?: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url) });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep one client across reloads instead of leaking connections.
const globalForDb = globalThis as unknown as { __workbenchDb?: PrismaClient };

export const db: PrismaClient = globalForDb.__workbenchDb ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.__workbenchDb = db;
