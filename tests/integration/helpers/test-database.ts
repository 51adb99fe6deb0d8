// A real SQLite file per test file, migrated with the same SQL that `npm start`
// applies (prisma/migrations), executed directly to keep test start-up fast.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const root = path.resolve(__dirname, '..', '..', '..');

export function freshDatabaseFile(): string {
  const dir = path.join(root, 'tests', '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `test-${process.pid}-${randomUUID()}.db`);
}

export function applyMigrations(file: string): void {
  const migrationsDir = path.join(root, 'prisma', 'migrations');
  const names = fs
    .readdirSync(migrationsDir)
    .filter((name) => fs.existsSync(path.join(migrationsDir, name, 'migration.sql')))
    .sort();
  const sqlite = new Database(file);
  try {
    for (const name of names) sqlite.exec(fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
  } finally {
    sqlite.close();
  }
}
