#!/usr/bin/env node
// Prepares the embedded database: data/ folder, session secret, migrations, seed.
// Safe to run on every start: each step does nothing when already done.
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { spawnSync } = require('node:child_process');

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

// The committed migrations, applied by the project's own runners into Prisma's
// history table (Prisma 7's `migrate deploy` needs a native engine that cannot
// be downloaded here): PostgreSQL through the pg driver, SQLite through better-sqlite3.
run(process.execPath, [path.join(__dirname, 'migrate.js')]);
run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'prisma', 'seed.ts')]);
