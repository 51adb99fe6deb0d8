#!/usr/bin/env node
// Runs the Prisma CLI without letting it download engine binaries, which cannot
// succeed on our machines: the client runs on driver adapters and needs none, and
// pointing the engine variables at an existing file makes the CLI skip the
// download. Used for `generate`; migrations have their own runner (scripts/migrate.js).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/dev/null';
env.PRISMA_QUERY_ENGINE_LIBRARY ??= '/dev/null';
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
env.CHECKPOINT_DISABLE = '1';

const cli = path.join(__dirname, '..', 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
