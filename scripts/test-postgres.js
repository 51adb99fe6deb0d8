#!/usr/bin/env node
// `npm run test:integration:postgres`: the integration suite against PostgreSQL.
// Starts a throwaway cluster (scripts/postgres-cluster.js) on a loopback port,
// migrates a template database with prisma/postgresql/migrations, runs the
// integration tests (each test file gets its own copy of the template, see
// tests/integration/setup-env.ts), then stops and deletes the cluster.
// Skips, saying so, when the PostgreSQL server binaries are not installed.
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');
const { findPostgresBinaries, startCluster } = require('./postgres-cluster');
const { migratePostgres } = require('./postgres-migrate');

const TEMPLATE = 'workbench_template';

async function main() {
  if (!findPostgresBinaries()) {
    console.log('test:integration:postgres: SKIPPED — PostgreSQL server binaries (initdb, pg_ctl) not found on PATH, PG_BIN or /usr/lib/postgresql/*/bin.');
    return 0;
  }
  const port = Number(process.env.TEST_POSTGRES_PORT || 54329);
  const cluster = startCluster({ port });
  const stop = () => cluster.stop();
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    console.log(`test:integration:postgres: PostgreSQL cluster on 127.0.0.1:${port}`);
    const admin = new Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.end();
    const applied = await migratePostgres(cluster.url(TEMPLATE));
    console.log(`test:integration:postgres: template migrated (${applied.join(', ')})`);
    const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
    const result = spawnSync(process.execPath, [jest, '--selectProjects', 'integration', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, TEST_POSTGRES_ADMIN_URL: cluster.url(), TEST_POSTGRES_TEMPLATE: TEMPLATE },
    });
    return result.status ?? 1;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
