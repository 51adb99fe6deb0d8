// The PostgreSQL schema is derived from prisma/schema.prisma, never edited by
// hand: this fails when someone changed the schema and forgot to re-derive it
// (`npm run db:postgres-schema`) and to add the PostgreSQL migration.
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { derivePostgresSchema, source, target } = require('../../scripts/postgres-schema.js') as {
  derivePostgresSchema(text: string): string;
  source: string;
  target: string;
};

describe('prisma/postgresql/schema.prisma', () => {
  it('is the derivation of prisma/schema.prisma', () => {
    expect(fs.readFileSync(target, 'utf8')).toBe(derivePostgresSchema(fs.readFileSync(source, 'utf8')));
  });

  it('differs only in provider and client output', () => {
    const derived = derivePostgresSchema(fs.readFileSync(source, 'utf8'));
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('generated/prisma-pg');
    expect(derived).not.toContain('provider = "sqlite"');
  });

  it('has a migration for every model', () => {
    const dir = path.join(path.dirname(target), 'migrations');
    const sql = fs
      .readdirSync(dir)
      .filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
      .map((name) => fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'))
      .join('\n');
    const models = [...fs.readFileSync(source, 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(models.length).toBeGreaterThan(5);
    for (const model of models) expect(sql).toContain(`CREATE TABLE "${model}"`);
  });
});
