#!/usr/bin/env node
// Applies prisma/migrations to the SQLite file named by DATABASE_URL, each
// migration in its own transaction, recording it in Prisma's own
// `_prisma_migrations` table (same columns, same checksum) so that a database
// migrated here and one migrated by `prisma migrate deploy` agree. The project
// runs its own runner because Prisma 7's `migrate deploy` needs the native
// schema engine, which cannot be downloaded on these machines.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');
const { listMigrations, SQLITE_MIGRATIONS } = require('./migrations');

// Prisma's own definition of its history table on SQLite.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The SQLite file of a `file:` URL, relative to the working folder (as lib/server/database-url.ts reads it). */
function sqliteFile(url) {
  return path.resolve(process.cwd(), url.slice('file:'.length).split('?')[0]);
}

/**
 * Returns the names of the migrations it applied. Several processes may start
 * on one file at once: each migration is applied under SQLite's write lock
 * (BEGIN IMMEDIATE) after checking it is still missing, so it runs once.
 */
function migrateSqlite(file, { log = () => {}, dir = SQLITE_MIGRATIONS } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 30_000 });
  const applied = [];
  try {
    sqlite.exec(HISTORY_TABLE);
    const isDone = sqlite.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL');
    const record = sqlite.prepare('INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)');
    for (const { name, sql, checksum } of listMigrations(dir)) {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        if (!isDone.get(name)) {
          sqlite.exec(sql);
          record.run(crypto.randomUUID(), checksum, name);
          applied.push(name);
        }
        sqlite.exec('COMMIT');
      } catch (error) {
        sqlite.exec('ROLLBACK');
        throw new Error(`migration ${name} failed: ${error.message}`);
      }
      if (applied.at(-1) === name) log(`applied ${name}`);
    }
  } finally {
    sqlite.close();
  }
  return applied;
}

module.exports = { migrateSqlite, sqliteFile };

if (require.main === module) {
  const url = process.env.DATABASE_URL || 'file:./data/workbench.db';
  if (!url.startsWith('file:')) {
    console.error('DATABASE_URL must be a file: URL');
    process.exit(1);
  }
  try {
    const applied = migrateSqlite(sqliteFile(url), { log: console.log });
    console.log(applied.length ? `${applied.length} migration(s) applied` : 'SQLite database is up to date');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
