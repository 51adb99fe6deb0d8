#!/usr/bin/env node
// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma: the same
// models, the postgresql provider, and its own generated client. The derived
// file is committed (its migrations are made from it) and a unit test fails
// when it is out of date: run `npm run db:postgres-schema` after a schema change.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'prisma', 'schema.prisma');
const target = path.join(root, 'prisma', 'postgresql', 'schema.prisma');

function derivePostgresSchema(text) {
  const swaps = [
    ['provider = "sqlite"', 'provider = "postgresql"'],
    ['output              = "../lib/server/generated/prisma"', 'output              = "../../lib/server/generated/prisma-pg"'],
  ];
  let out = text;
  for (const [from, to] of swaps) {
    if (!out.includes(from)) throw new Error(`prisma/schema.prisma no longer contains ${from}; update scripts/postgres-schema.js`);
    out = out.replace(from, to);
  }
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.js — do not edit.\n${out}`;
}

module.exports = { derivePostgresSchema, source, target };

if (require.main === module) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, derivePostgresSchema(fs.readFileSync(source, 'utf8')));
  console.log(`wrote ${path.relative(root, target)}`);
}
