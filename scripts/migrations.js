// The committed migrations as the project's runners apply them
// (scripts/sqlite-migrate.js, scripts/postgres-migrate.js): every folder with a
// migration.sql, in name order, with the checksum Prisma records for it
// (SHA-256 of the file, hex), so that `prisma migrate deploy` on a machine that
// has Prisma's schema engine sees the same history and applies nothing twice.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const SQLITE_MIGRATIONS = path.join(root, 'prisma', 'migrations');
const POSTGRES_MIGRATIONS = path.join(root, 'prisma', 'postgresql', 'migrations');

/** @returns {{ name: string, sql: string, checksum: string }[]} */
function listMigrations(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

module.exports = { listMigrations, SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS };
