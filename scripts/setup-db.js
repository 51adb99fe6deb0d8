#!/usr/bin/env node
// `npm run setup` (and the first step of `npm start`): data/ folder, session
// secret, migrations, seed. Safe to run on every start, and on PostgreSQL by
// several instances at once: each step does nothing when already done.
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
const { isPostgresUrl } = require('./migrate');
const { applyPostgresMigrations, migrationSummary } = require('./postgres-migrate');
const { withSetupLock } = require('./postgres-setup-lock');

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, 'data');
fs.mkdirSync(dataDir, { recursive: true });

const secretFile = path.join(dataDir, 'auth-secret');
if (!process.env.NEXTAUTH_SECRET && !fs.existsSync(secretFile)) {
  fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  console.log('Generated a session secret in data/auth-secret');
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const seed = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'prisma', 'seed.ts')];

// The committed migrations, applied by the project's own runners into Prisma's
// history table (Prisma 7's `migrate deploy` needs a native engine that cannot
// be downloaded here): PostgreSQL through the pg driver, SQLite through better-sqlite3.
if (isPostgresUrl(process.env.DATABASE_URL)) {
  setUpPostgres().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
} else {
  // SQLite serves one instance per file (several instances need PostgreSQL): nothing to wait for.
  run(process.execPath, [path.join(__dirname, 'migrate.js')]);
  run(process.execPath, seed);
}

// Several instances may start together on one database: the first
// holds the set-up lock through the migrations and the seed, the others wait
// and then find both done (the seed leaves what is there alone).
async function setUpPostgres() {
  const status = await withSetupLock(
    process.env.DATABASE_URL,
    async (client) => {
      console.log(migrationSummary(await applyPostgresMigrations(client, { log: console.log })));
      return exitStatus(spawn(process.execPath, seed, { cwd: root, stdio: 'inherit', env: process.env }));
    },
    { onWait: () => console.log('Another instance is setting up this database; waiting for it...') },
  );
  if (status !== 0) process.exit(status ?? 1);
}

function exitStatus(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}
