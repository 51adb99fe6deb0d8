// Everything a request could have written, so a test can assert that a
// refused request left the database exactly as it was.
import { db } from '@/lib/server/db';

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
