// Prisma CLI configuration. The CLI talks to SQLite through the same driver
// adapter as the app, so it never needs a downloaded engine binary.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { sqliteFileFromUrl } from './lib/server/database-url';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFileFromUrl(process.env.DATABASE_URL) });
  },
});
