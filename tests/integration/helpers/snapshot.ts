// Everything a request could have written, so a test can assert that a
// refused request left the database exactly as it was.
import { db } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';

export async function dbSnapshot() {
  const [articles, revisions, claims, sources, reviews, comments, verdicts, users, auditEvents] = await Promise.all([
    db.article.findMany({ orderBy: { id: 'asc' } }),
    db.articleRevision.findMany({ orderBy: { id: 'asc' } }),
    db.claim.findMany({ orderBy: { id: 'asc' } }),
    db.source.findMany({ orderBy: { id: 'asc' } }),
    db.review.findMany({ orderBy: { id: 'asc' } }),
    db.comment.findMany({ orderBy: { id: 'asc' } }),
    db.verdictOption.findMany({ orderBy: { key: 'asc' } }),
    db.user.findMany({ orderBy: { id: 'asc' } }),
    db.auditEvent.count(),
  ]);
  return { articles, revisions, claims, sources, reviews, comments, verdicts, users, auditEvents };
}

/**
 * Every row of every model in the schema (Prisma.ModelName, so a table added
 * later is covered without touching this), each table in a stable order. For
 * tests that must prove a request wrote nothing at all, audit events included.
 */
export async function everyRow(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model[0].toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`no Prisma delegate for model ${model}`);
    const rows = await delegate.findMany();
    tables[model] = rows
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
  return tables;
}
