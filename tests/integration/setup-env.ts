// Runs before each integration test file: gives the file its own database and
// its own session secret. SQLite (default): a fresh file with the committed
// migrations applied. PostgreSQL (TEST_POSTGRES_ADMIN_URL, set by
// scripts/test-postgres.js): a fresh copy of the migrated template database.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { applyMigrations, freshDatabaseFile } from './helpers/test-database';

const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL;
if (adminUrl) {
  const name = `test_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  execFileSync(process.execPath, [path.join(__dirname, 'helpers', 'create-postgres-database.js'), adminUrl, name, process.env.TEST_POSTGRES_TEMPLATE ?? 'workbench_template'], { stdio: 'inherit' });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  const file = freshDatabaseFile();
  applyMigrations(file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.NEXTAUTH_SECRET = `test-secret-${Math.random().toString(36).slice(2)}`;
process.env.NEXTAUTH_URL = 'http://localhost:3000';
// Every answer a test receives is checked against its route's response schema (lib/server/http/route.ts).
process.env.CHECK_API_ANSWERS = '1';
