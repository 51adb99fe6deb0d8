// Prisma CLI configuration for PostgreSQL deployments: the derived schema
// (prisma/postgresql/schema.prisma) and its own migrations.
// Use: node scripts/prisma.js <command> --config prisma/postgresql/prisma.config.ts
import { defineConfig } from 'prisma/config';

export default defineConfig({
  // Relative to this file.
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/workbench' },
});
