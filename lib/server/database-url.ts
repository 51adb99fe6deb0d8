// One place that decides which database the app uses and where it lives,
// shared by the app, the Prisma CLI config and the set-up script.
// `file:` (or nothing): the embedded SQLite file; `postgres://` / `postgresql://`: PostgreSQL.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/workbench.db';

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url: string | undefined = process.env.DATABASE_URL): DatabaseKind {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (value.startsWith('file:')) return 'sqlite';
  if (/^postgres(?:ql)?:\/\//.test(value)) return 'postgresql';
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL (got ${value.split(':')[0]}:).`);
}

/** Absolute path of the SQLite file named by a `file:` URL (relative to the project root / cwd). */
export function sqliteFileFromUrl(url: string | undefined = process.env.DATABASE_URL): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (databaseKind(value) !== 'sqlite') throw new Error('sqliteFileFromUrl needs a file: URL');
  const file = value.slice('file:'.length).split('?')[0];
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
