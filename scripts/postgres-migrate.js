#!/usr/bin/env node
// Applies prisma/postgresql/migrations to the PostgreSQL database named by
// DATABASE_URL, each migration in its own transaction, recording it in Prisma's
// own `_prisma_migrations` table (same checksum), so that `prisma migrate
// deploy` on a machine with Prisma's engines sees the same history. Used here
// because Prisma 7's `migrate deploy` needs a native schema engine that cannot
// be downloaded on these machines (scripts/sqlite-migrate.js does the same for SQLite).
const crypto = require('node:crypto');
const { listMigrations, POSTGRES_MIGRATIONS } = require('./migrations');
const { withSetupLock } = require('./postgres-setup-lock');

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies what is not applied yet on client, which must hold the set-up lock
 * (scripts/postgres-setup-lock.js): several instances may start at once.
 * Returns the names of the migrations it applied.
 */
async function applyPostgresMigrations(client, { log = () => {} } = {}) {
  const applied = [];
  await client.query(HISTORY_TABLE);
  const done = new Set((await client.query('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')).rows.map((r) => r.migration_name));
  for (const { name, sql, checksum } of listMigrations(POSTGRES_MIGRATIONS)) {
    if (done.has(name)) continue;
    await client.query('BEGIN');
    try {
      await client.query(sql);
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)', [crypto.randomUUID(), checksum, name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`migration ${name} failed: ${error.message}`);
    }
    applied.push(name);
    log(`applied ${name}`);
  }
  return applied;
}

/** The migrations alone, under the set-up lock (`npm run db:migrate`, the test template). Returns the names applied. */
function migratePostgres(connectionString, { log = () => {} } = {}) {
  return withSetupLock(connectionString, (client) => applyPostgresMigrations(client, { log }));
}

/** What the runner says when done. */
function migrationSummary(applied) {
  return applied.length ? `${applied.length} migration(s) applied` : 'PostgreSQL database is up to date';
}

module.exports = { applyPostgresMigrations, migratePostgres, migrationSummary };

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:/.test(url)) {
    console.error('DATABASE_URL must be a postgresql:// URL');
    process.exit(1);
  }
  migratePostgres(url, { log: console.log })
    .then((applied) => console.log(migrationSummary(applied)))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
