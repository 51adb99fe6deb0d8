#!/usr/bin/env node
// Playwright's webServer: the real app (`npm start`) on a fresh throwaway database,
// so every e2e run begins from the seeded state. playwright.config.ts passes
// SEED_PASSWORD (the test-only password of tests/e2e/helpers.ts) and PORT.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const tmpDir = path.join(root, 'tests', '.tmp');
const dbFile = path.join(tmpDir, 'e2e.db');
const port = process.env.PORT || '3100';

if (!process.env.SEED_PASSWORD) {
  console.error('scripts/e2e-server.js: SEED_PASSWORD is not set (run it through `npx playwright test`).');
  process.exit(1);
}

fs.mkdirSync(tmpDir, { recursive: true });
for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: 'file:./tests/.tmp/e2e.db',
  PORT: port,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
};

// With SEED_PASSWORD set the seed leaves data/demo-accounts.txt alone, so a
// developer's own demo password survives test runs.
const server = spawn(process.execPath, [path.join(__dirname, 'start.js')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
