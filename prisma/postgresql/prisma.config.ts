// Prisma CLI configuration for PostgreSQL deployments: the derived schema
// (prisma/postgresql/schema.prisma), its own migrations, the pg driver adapter.
// Use: node scripts/prisma.js <command> --config prisma/postgresql/prisma.config.ts
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // Relative to this file.
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
