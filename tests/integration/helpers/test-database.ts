// A real SQLite file per test file, migrated by the same runner `npm start`
// uses (scripts/sqlite-migrate.js: prisma/migrations into Prisma's history table).
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrateSqlite } from '../../../scripts/sqlite-migrate';

const root = path.resolve(__dirname, '..', '..', '..');

export function freshDatabaseFile(): string {
  const dir = path.join(root, 'tests', '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `test-${process.pid}-${randomUUID()}.db`);
}

export function applyMigrations(file: string): void {
  migrateSqlite(file);
}
