// Types of scripts/sqlite-migrate.js (CommonJS, run by Node as it is) for the
// TypeScript that imports it: the integration tests' database helper.
export function migrateSqlite(file: string, options?: { log?: (line: string) => void; dir?: string }): string[];
export function sqliteFile(url: string): string;
