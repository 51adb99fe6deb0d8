// Types of scripts/migrations.js (CommonJS, run by Node as it is) for the
// TypeScript that imports it: tests/integration/concurrent-setup.test.ts.
export function listMigrations(dir: string): { name: string; sql: string; checksum: string }[];
export const SQLITE_MIGRATIONS: string;
export const POSTGRES_MIGRATIONS: string;
