#!/usr/bin/env node
// `npm run db:migrate`: the committed migrations of the database DATABASE_URL
// names, by the project's own runner for it (README, "Migrations").
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Whether a DATABASE_URL names PostgreSQL (anything else is the SQLite file: lib/server/database-url.ts). */
const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url || '');

module.exports = { isPostgresUrl };

if (require.main === module) {
  const runner = isPostgresUrl(process.env.DATABASE_URL) ? 'postgres-migrate.js' : 'sqlite-migrate.js';
  process.exit(spawnSync(process.execPath, [path.join(__dirname, runner)], { stdio: 'inherit' }).status ?? 1);
}
