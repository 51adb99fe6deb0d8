// Prisma CLI configuration (Prisma 7): the schema, its migrations and the
// database URL. The CLI only generates the client here: migrations are applied
// by the project's own runner (scripts/migrate.js), since Prisma 7's
// `migrate deploy` needs a native schema engine that cannot be downloaded on
// these machines (README, "Migrations").
import path from 'node:path';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/workbench.db' },
});
