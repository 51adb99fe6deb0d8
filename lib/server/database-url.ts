// One place that decides where the embedded database lives, shared by the app,
// the Prisma CLI config and the set-up script.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/workbench.db';

/** Absolute path of the SQLite file named by a `file:` URL (relative to the project root / cwd). */
export function sqliteFileFromUrl(url: string | undefined = process.env.DATABASE_URL): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE_URL;
  if (!value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL must be a SQLite file: URL (got ${value.split(':')[0]}:). PostgreSQL is not supported yet; see README.`,
    );
  }
  const file = value.slice('file:'.length).split('?')[0];
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
